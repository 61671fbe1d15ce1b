// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

#include "profiles/profile.h"
#include "profiles/secretstore.h"

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace Inspector {
class ProfileStore;
}

namespace Inspector::Ui {

/**
 * @brief Adds or edits one connection profile: URLs, authentication (RSA key file, pasted tokens
 * or client certificate), CA file, proxy and timeout.
 *
 * Secrets typed here (passphrases, tokens, proxy password) go to the SecretStore only, written
 * asynchronously while the dialog shows a busy state; an empty secret field keeps what is stored.
 * The profile itself goes to the ProfileStore once its secrets are safe. Problems are shown
 * inline. When no keychain service exists the dialog says so and offers an explicit choice to keep
 * the secrets for this run only. Opened with open() (never exec()); accepted once everything is
 * saved. Lives on the GUI thread.
 */
class ProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDialog)

public:
    /// @p profile with an empty id (or not yet in @p store) is added, else updated.
    ProfileDialog(const Inspector::Profile &profile, Inspector::ProfileStore *store,
        Inspector::SecretStore *secrets, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    /// The profile as currently entered (the saved one after accept()).
    Inspector::Profile profile() const;
    bool isBusy() const { return m_pending > 0; }
    /// The inline message (validation, keychain trouble), empty when none.
    QString message() const;

    /// Sets the text of a secret field (tests and pre-filling).
    void setSecretText(Inspector::Profile::Secret secret, const QString &text);

    /// OK: validate, write the secrets, then save the profile.
    void save();
    /// After a NoBackend failure: keep the failed secrets in memory for this run, then save.
    void keepSecretsForThisRun();

Q_SIGNALS:
    void saved(const Inspector::Profile &profile);

private:
    void updateAuthPage();
    void updateProxyFields();
    void setBusy(bool busy);
    void showMessage(const QString &text, bool error);
    void secretWritten(Inspector::Profile::Secret secret, Inspector::SecretJob *job);
    void finishSave();
    void chooseFile(QLineEdit *target, const QString &title, const QString &filter);
    QLineEdit *secretField(Inspector::Profile::Secret secret) const;
    QLineEdit *addPathRow(QFormLayout *form, const QString &label, const QString &accessibleName,
        const QString &objectName, const QString &filter);

    Inspector::Profile m_original;
    Inspector::ProfileStore *m_store;
    QPointer<Inspector::SecretStore> m_secrets;
    bool m_isNew;

    QLineEdit *m_name;
    QLineEdit *m_pod;
    QLineEdit *m_agent;
    QLineEdit *m_keyManager;
    QLineEdit *m_login;
    QComboBox *m_authMode;
    QStackedWidget *m_authPages;
    QLineEdit *m_username;
    QLineEdit *m_keyFile;
    QLineEdit *m_keyPassphrase;
    QLineEdit *m_sessionToken;
    QLineEdit *m_keyManagerToken;
    QLineEdit *m_certificateFile;
    QLineEdit *m_certificateKeyFile;
    QLineEdit *m_certificatePassphrase;
    QLineEdit *m_caFile;
    QComboBox *m_proxyType;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QLineEdit *m_proxyUser;
    QLineEdit *m_proxyPassword;
    QSpinBox *m_timeout;
    QLabel *m_message;
    QPushButton *m_keepForRun;
    QProgressBar *m_busy;
    QDialogButtonBox *m_buttons;

    int m_pending = 0;
    QHash<Inspector::Profile::Secret, QByteArray> m_written; ///< secrets of the save in progress
    QHash<Inspector::Profile::Secret, QByteArray> m_noBackend; ///< those the keychain could not take
    QStringList m_failures;
};

} // namespace Inspector::Ui
