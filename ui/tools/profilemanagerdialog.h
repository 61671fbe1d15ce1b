// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QPointer>

#include "profiles/profile.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace Inspector {
class ProfileStore;
class SecretStore;
} // namespace Inspector

namespace Inspector::Ui {

class ProfileDialog;

/**
 * @brief File > Connection profiles: the list of profiles (the built-in "Demo pod" first) with
 * Add, Edit, Duplicate, Delete and Connect. Editing happens in a ProfileDialog; secrets go through
 * the SecretStore (duplicating copies them, deleting removes them), never QSettings. Connect
 * emits connectRequested() and closes. Child dialogs are opened with open(), never exec().
 * Lives on the GUI thread.
 */
class ProfileManagerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileManagerDialog)

public:
    ProfileManagerDialog(
        Inspector::ProfileStore *store, Inspector::SecretStore *secrets, QWidget *parent = nullptr);
    ~ProfileManagerDialog() override;

    /// The selected profile's id, empty when none.
    QString currentId() const;
    void selectProfile(const QString &id);
    /// The edit dialog currently open (Add or Edit), for tests and the main window.
    ProfileDialog *editor() const { return m_editor; }

    void addProfile();
    void editProfile();
    void duplicateProfile();
    /// Asks for confirmation first (a non-modal-loop message box).
    void deleteProfile();
    void connectProfile();

Q_SIGNALS:
    void connectRequested(const Inspector::Profile &profile);

private:
    void reload();
    void updateButtons();
    void openEditor(const Inspector::Profile &profile);
    void removeNow(const Inspector::Profile &profile);
    /// Removes these secrets of the profile from the store; ones never stored are no error.
    void removeSecrets(const QString &profileId, const QList<Inspector::Profile::Secret> &secrets);
    void setStatus(const QString &text);

    Inspector::ProfileStore *m_store;
    QPointer<Inspector::SecretStore> m_secrets;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_connect;
    QLabel *m_status;
    QPointer<ProfileDialog> m_editor;
};

} // namespace Inspector::Ui
