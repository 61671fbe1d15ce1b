// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QStringList>

#include "archive/location.h"
#include "archive/sync.h"

class QButtonGroup;
class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;

namespace Inspector::Ui {

/**
 * @brief Archive > Sync…: collects where to sync (a SQLite file or a PostgreSQL URL without a
 * password) and what (scope, types, depth, look-back, members, receipts, concurrency). It runs
 * nothing: the window hands the choice to an Archive::SyncRunner.
 *
 * The choices are remembered per profile in the injected QSettings (group "archiveSync/<profile>"):
 * nothing secret, since a URL with a password cannot be accepted. GUI thread only; the file is
 * picked with a non-modal QFileDialog (no nested event loop), or set with setArchive().
 */
class SyncDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncDialog)

public:
    using Scope = Archive::SyncOptions::Scope;

    struct Context
    {
        QString profileId; ///< the key of the remembered choices
        QString profileName; ///< names the default archive file
        QStringList streamIds; ///< the streams chosen in the streams pane (URL-safe ids)
    };

    SyncDialog(const Context &context, QSettings *settings, QWidget *parent = nullptr);

    /// The archive file of a profile when none was chosen yet: `<profile name>.sqlite` in the
    /// application's data folder.
    static QString defaultArchive(const QString &profileName);

    QString archive() const;
    void setArchive(const QString &text);
    Scope scope() const;
    void setScope(Scope scope);
    bool isScopeEnabled(Scope scope) const;

    /// Valid once problem() is empty.
    Archive::Location location() const;
    Archive::SyncOptions syncOptions() const;
    /// Why the dialog cannot be accepted yet (empty when it can).
    QString problem() const;

    void accept() override;

private:
    QString key(const QString &name) const;
    void browse();
    void updateState();
    void load();
    void save() const;

    Context m_context;
    QSettings *m_settings;
    QLineEdit *m_archive = nullptr;
    QButtonGroup *m_scopeGroup = nullptr;
    QList<QCheckBox *> m_types;
    QCheckBox *m_inactive = nullptr;
    QCheckBox *m_sinceOn = nullptr;
    QDateEdit *m_since = nullptr;
    QSpinBox *m_lookback = nullptr;
    QCheckBox *m_members = nullptr;
    QCheckBox *m_receipts = nullptr;
    QCheckBox *m_attachments = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Inspector::Ui
