// SPDX-License-Identifier: Apache-2.0
#include "tools/profiledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUuid>
#include <QVBoxLayout>

#include "auth/decodedprivatekey.h"
#include "common/plaintext.h"
#include "common/themecolors.h"
#include "profiles/profilestore.h"

using namespace Qt::StringLiterals;

namespace Inspector::Ui {

namespace {

QLineEdit *passwordField(QWidget *parent, const QString &accessibleName, const QString &objectName)
{
    auto *field = new QLineEdit(parent);
    field->setEchoMode(QLineEdit::Password);
    field->setAccessibleName(accessibleName);
    field->setObjectName(objectName);
    field->setPlaceholderText(ProfileDialog::tr("Leave empty to keep the stored value"));
    return field;
}

} // namespace

ProfileDialog::ProfileDialog(
    const Profile &profile, ProfileStore *store, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_original(profile)
    , m_store(store)
    , m_secrets(secrets)
    , m_isNew(profile.id.isEmpty() || !store->profile(profile.id))
    , m_name(new QLineEdit(this))
    , m_pod(new QLineEdit(this))
    , m_agent(new QLineEdit(this))
    , m_keyManager(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_authMode(new QComboBox(this))
    , m_authPages(new QStackedWidget(this))
    , m_proxyType(new QComboBox(this))
    , m_proxyHost(new QLineEdit(this))
    , m_proxyPort(new QSpinBox(this))
    , m_proxyUser(new QLineEdit(this))
    , m_timeout(new QSpinBox(this))
    , m_message(plainLabel(this))
    , m_keepForRun(new QPushButton(tr("Keep for this run only"), this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    if (m_original.id.isEmpty())
        m_original.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    setObjectName(u"profileDialog"_s);
    setWindowTitle(m_isNew ? tr("New Connection Profile") : tr("Edit Connection Profile"));

    const QString derived = tr("Derived from the pod URL");
    auto named = [](QLineEdit *e, const QString &accessible, const QString &object,
                     const QString &placeholder = {}) {
        e->setAccessibleName(accessible);
        e->setObjectName(object);
        e->setPlaceholderText(placeholder);
    };
    named(m_name, tr("Profile name"), u"profileName"_s);
    named(m_pod, tr("Pod URL"), u"podUrl"_s, tr("https://mycompany.symphony.com"));
    named(m_agent, tr("Agent URL"), u"agentUrl"_s, derived);
    named(m_keyManager, tr("Key manager URL"), u"keyManagerUrl"_s, derived);
    named(m_login, tr("Login URL"), u"loginUrl"_s, derived);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Pod URL:"), m_pod);
    form->addRow(tr("&Agent URL:"), m_agent);
    form->addRow(tr("&Key manager URL:"), m_keyManager);
    form->addRow(tr("&Login URL:"), m_login);

    m_authMode->setObjectName(u"authMode"_s);
    m_authMode->setAccessibleName(tr("Authentication"));
    m_authMode->addItem(tr("RSA key file (bot)"), int(Profile::AuthMode::RsaKey));
    m_authMode->addItem(tr("Pasted tokens"), int(Profile::AuthMode::Tokens));
    m_authMode->addItem(tr("Client certificate"), int(Profile::AuthMode::Certificate));
    form->addRow(tr("Au&thentication:"), m_authMode);

    // RSA page
    auto *rsaPage = new QWidget(m_authPages);
    auto *rsaForm = new QFormLayout(rsaPage);
    rsaForm->setContentsMargins(0, 0, 0, 0);
    m_username = new QLineEdit(rsaPage);
    named(m_username, tr("Bot username"), u"username"_s);
    rsaForm->addRow(tr("Bot &username:"), m_username);
    m_keyFile = addPathRow(rsaForm, tr("Private &key file:"), tr("Private key file"), u"keyFile"_s,
        tr("PEM keys (*.pem *.key);;All files (*)"));
    m_keyPassphrase = passwordField(rsaPage, tr("Key passphrase"), u"keyPassphrase"_s);
    rsaForm->addRow(tr("Key &passphrase:"), m_keyPassphrase);
    m_authPages->addWidget(rsaPage);

    // Tokens page
    auto *tokenPage = new QWidget(m_authPages);
    auto *tokenForm = new QFormLayout(tokenPage);
    tokenForm->setContentsMargins(0, 0, 0, 0);
    m_sessionToken = passwordField(tokenPage, tr("Session token"), u"sessionToken"_s);
    m_keyManagerToken = passwordField(tokenPage, tr("Key manager token"), u"keyManagerToken"_s);
    tokenForm->addRow(tr("&Session token:"), m_sessionToken);
    tokenForm->addRow(tr("Key &manager token:"), m_keyManagerToken);
    m_authPages->addWidget(tokenPage);

    // Certificate page
    auto *certPage = new QWidget(m_authPages);
    auto *certForm = new QFormLayout(certPage);
    certForm->setContentsMargins(0, 0, 0, 0);
    m_certificateFile = addPathRow(certForm, tr("&Certificate file:"), tr("Certificate file"),
        u"certificateFile"_s, tr("Certificates (*.pem *.crt *.p12 *.pfx);;All files (*)"));
    m_certificateKeyFile = addPathRow(certForm, tr("Separate &key file:"), tr("Certificate key file"),
        u"certificateKeyFile"_s, tr("PEM keys (*.pem *.key);;All files (*)"));
    m_certificateKeyFile->setPlaceholderText(tr("Empty when the certificate file holds the key"));
    m_certificatePassphrase
        = passwordField(certPage, tr("Certificate passphrase"), u"certificatePassphrase"_s);
    certForm->addRow(tr("&Passphrase:"), m_certificatePassphrase);
    m_authPages->addWidget(certPage);
    form->addRow(m_authPages);

    m_caFile = addPathRow(
        form, tr("CA &file:"), tr("CA file"), u"caFile"_s, tr("Certificates (*.pem *.crt);;All files (*)"));
    m_caFile->setPlaceholderText(tr("Only for a pod behind a private CA"));

    m_proxyType->setObjectName(u"proxyType"_s);
    m_proxyType->setAccessibleName(tr("Proxy type"));
    m_proxyType->addItem(tr("No proxy"), int(QNetworkProxy::NoProxy));
    m_proxyType->addItem(tr("HTTP proxy"), int(QNetworkProxy::HttpProxy));
    m_proxyType->addItem(tr("SOCKS5 proxy"), int(QNetworkProxy::Socks5Proxy));
    named(m_proxyHost, tr("Proxy host"), u"proxyHost"_s);
    m_proxyPort->setRange(0, 65535);
    m_proxyPort->setObjectName(u"proxyPort"_s);
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    named(m_proxyUser, tr("Proxy user"), u"proxyUser"_s, tr("None"));
    m_proxyPassword = passwordField(this, tr("Proxy password"), u"proxyPassword"_s);
    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxyType);
    proxyRow->addWidget(m_proxyHost, 1);
    proxyRow->addWidget(m_proxyPort);
    form->addRow(tr("P&roxy:"), proxyRow);
    auto *proxyAuth = new QHBoxLayout;
    proxyAuth->addWidget(m_proxyUser, 1);
    proxyAuth->addWidget(m_proxyPassword, 1);
    form->addRow(tr("Proxy user and password:"), proxyAuth);

    m_timeout->setRange(Profile::MinTimeoutSeconds, Profile::MaxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setObjectName(u"timeout"_s);
    m_timeout->setAccessibleName(tr("Request timeout in seconds"));
    form->addRow(tr("&Timeout:"), m_timeout);

    m_message->setObjectName(u"profileMessage"_s);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Problems"));
    m_message->hide();
    m_keepForRun->setObjectName(u"keepForThisRun"_s);
    m_keepForRun->setToolTip(
        tr("The secrets stay in memory until the program ends and are never written anywhere."));
    m_keepForRun->hide();
    m_busy->setRange(0, 0);
    m_busy->setObjectName(u"profileBusy"_s);
    m_busy->setAccessibleName(tr("Saving"));
    m_busy->setTextVisible(false);
    m_busy->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_busy, 1);
    bottom->addWidget(m_keepForRun);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    // Fill in.
    m_name->setText(m_original.name);
    m_pod->setText(m_original.podUrl);
    m_agent->setText(m_original.agentUrl);
    m_keyManager->setText(m_original.keyManagerUrl);
    m_login->setText(m_original.loginUrl);
    m_authMode->setCurrentIndex(m_authMode->findData(int(m_original.authMode)));
    m_username->setText(m_original.username);
    m_keyFile->setText(m_original.authMode == Profile::AuthMode::RsaKey ? m_original.keyFile : QString());
    m_certificateKeyFile->setText(
        m_original.authMode == Profile::AuthMode::Certificate ? m_original.keyFile : QString());
    m_certificateFile->setText(m_original.certificateFile);
    m_caFile->setText(m_original.caFile);
    m_proxyType->setCurrentIndex(std::max(0, m_proxyType->findData(int(m_original.proxy.type))));
    m_proxyHost->setText(m_original.proxy.host);
    m_proxyPort->setValue(m_original.proxy.port);
    m_proxyUser->setText(m_original.proxy.user);
    m_timeout->setValue(m_original.timeoutSeconds);
    if (m_isNew) {
        for (QLineEdit *f :
            {m_keyPassphrase, m_sessionToken, m_keyManagerToken, m_certificatePassphrase, m_proxyPassword})
            f->setPlaceholderText(tr("Kept in the system keychain, never in the settings"));
    }
    updateAuthPage();
    updateProxyFields();

    connect(m_authMode, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateAuthPage);
    connect(m_proxyType, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateProxyFields);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!isBusy())
            reject();
    });
    connect(m_keepForRun, &QPushButton::clicked, this, &ProfileDialog::keepSecretsForThisRun);
    resize(620, sizeHint().height());
}

ProfileDialog::~ProfileDialog()
{
    for (auto *h : {&m_written, &m_noBackend}) {
        for (auto it = h->begin(); it != h->end(); ++it)
            Auth::Detail::wipe(it.value());
    }
}

QLineEdit *ProfileDialog::addPathRow(QFormLayout *form, const QString &label, const QString &accessibleName,
    const QString &objectName, const QString &filter)
{
    auto *edit = new QLineEdit(this);
    edit->setAccessibleName(accessibleName);
    edit->setObjectName(objectName);
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(tr("Choose the %1").arg(accessibleName.toLower()));
    browse->setObjectName(objectName + u"Browse"_s);
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    form->addRow(label, row);
    connect(browse, &QPushButton::clicked, this,
        [this, edit, accessibleName, filter] { chooseFile(edit, accessibleName, filter); });
    return edit;
}

void ProfileDialog::chooseFile(QLineEdit *target, const QString &title, const QString &filter)
{
    // open(), not exec() or getOpenFileName(): no nested event loop.
    auto *chooser = new QFileDialog(this, title, target->text(), filter);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setFileMode(QFileDialog::ExistingFile);
    connect(chooser, &QFileDialog::fileSelected, target,
        [target](const QString &file) { target->setText(file); });
    chooser->open();
}

void ProfileDialog::updateAuthPage()
{
    m_authPages->setCurrentIndex(std::max(0, m_authMode->currentIndex()));
}

void ProfileDialog::updateProxyFields()
{
    const bool on = m_proxyType->currentData().toInt() != int(QNetworkProxy::NoProxy);
    for (QWidget *w :
        std::initializer_list<QWidget *> {m_proxyHost, m_proxyPort, m_proxyUser, m_proxyPassword})
        w->setEnabled(on);
}

Profile ProfileDialog::profile() const
{
    Profile p = m_original;
    p.name = m_name->text().trimmed();
    p.podUrl = m_pod->text().trimmed();
    p.agentUrl = m_agent->text().trimmed();
    p.keyManagerUrl = m_keyManager->text().trimmed();
    p.loginUrl = m_login->text().trimmed();
    p.authMode = Profile::AuthMode(m_authMode->currentData().toInt());
    p.username = m_username->text().trimmed();
    p.keyFile = p.authMode == Profile::AuthMode::RsaKey ? m_keyFile->text().trimmed()
        : p.authMode == Profile::AuthMode::Certificate  ? m_certificateKeyFile->text().trimmed()
                                                        : QString();
    p.certificateFile
        = p.authMode == Profile::AuthMode::Certificate ? m_certificateFile->text().trimmed() : QString();
    p.caFile = m_caFile->text().trimmed();
    p.proxy.type = QNetworkProxy::ProxyType(m_proxyType->currentData().toInt());
    if (p.proxy.type == QNetworkProxy::NoProxy) {
        p.proxy = {};
    } else {
        p.proxy.host = m_proxyHost->text().trimmed();
        p.proxy.port = m_proxyPort->value();
        p.proxy.user = m_proxyUser->text().trimmed();
    }
    p.timeoutSeconds = m_timeout->value();
    return p;
}

QString ProfileDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QLineEdit *ProfileDialog::secretField(Profile::Secret secret) const
{
    switch (secret) {
    case Profile::Secret::KeyPassphrase:
        return m_keyPassphrase;
    case Profile::Secret::SessionToken:
        return m_sessionToken;
    case Profile::Secret::KeyManagerToken:
        return m_keyManagerToken;
    case Profile::Secret::CertificatePassphrase:
        return m_certificatePassphrase;
    case Profile::Secret::ProxyPassword:
        return m_proxyPassword;
    }
    return nullptr;
}

void ProfileDialog::setSecretText(Profile::Secret secret, const QString &text)
{
    secretField(secret)->setText(text);
}

void ProfileDialog::showMessage(const QString &text, bool error)
{
    const QPalette source = palette();
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, error ? Theme::errorText(source) : source.color(QPalette::WindowText));
    m_message->setPalette(p);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ProfileDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    for (QWidget *w : findChildren<QWidget *>()) {
        if (w != m_busy && w != m_message && w != m_buttons && !m_buttons->isAncestorOf(w)
            && (qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QSpinBox *>(w)))
            w->setEnabled(!busy);
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    if (!busy)
        updateProxyFields();
}

void ProfileDialog::save()
{
    if (isBusy())
        return;
    m_keepForRun->hide();
    const Profile p = profile();
    if (const QStringList problems = p.validate(); !problems.isEmpty()) {
        showMessage(problems.join(u'\n'), true);
        return;
    }
    m_written.clear();
    m_noBackend.clear();
    m_failures.clear();
    for (Profile::Secret secret : p.usedSecrets()) {
        const QString text = secretField(secret)->text();
        if (!text.isEmpty())
            m_written.insert(secret, text.toUtf8());
    }
    if (m_written.isEmpty() || !m_secrets) {
        finishSave();
        return;
    }
    showMessage(tr("Saving the secrets in the system keychain…"), false);
    setBusy(true);
    m_pending = int(m_written.size());
    for (auto it = m_written.cbegin(); it != m_written.cend(); ++it) {
        const Profile::Secret secret = it.key();
        SecretJob *job = m_secrets->write(Profile::secretKey(p.id, secret), it.value());
        connect(job, &SecretJob::finished, this,
            [this, secret](SecretJob *done) { secretWritten(secret, done); });
    }
}

void ProfileDialog::secretWritten(Profile::Secret secret, SecretJob *job)
{
    if (job->error() == SecretJob::Error::NoBackend)
        m_noBackend.insert(secret, m_written.value(secret));
    else if (!job->isSuccess())
        m_failures << job->errorMessage();
    if (--m_pending > 0)
        return;
    setBusy(false);
    if (!m_failures.isEmpty()) {
        showMessage(tr("The secrets could not be saved: %1").arg(m_failures.join(u' ')), true);
        return;
    }
    if (!m_noBackend.isEmpty()) {
        showMessage(SecretStore::noBackendMessage(), true);
        m_keepForRun->show();
        m_keepForRun->setFocus();
        return;
    }
    finishSave();
}

void ProfileDialog::keepSecretsForThisRun()
{
    if (!m_secrets || m_noBackend.isEmpty())
        return;
    const QString id = profile().id;
    for (auto it = m_noBackend.cbegin(); it != m_noBackend.cend(); ++it)
        m_secrets->keepForThisRun(Profile::secretKey(id, it.key()), it.value());
    m_keepForRun->hide();
    finishSave();
}

void ProfileDialog::finishSave()
{
    const Profile p = profile();
    const Result<> stored = m_isNew ? m_store->add(p) : m_store->update(p);
    if (!stored) {
        showMessage(stored.error().message(), true);
        return;
    }
    for (auto *h : {&m_written, &m_noBackend}) {
        for (auto it = h->begin(); it != h->end(); ++it)
            Auth::Detail::wipe(it.value());
        h->clear();
    }
    for (Profile::Secret s : Profile::allSecrets())
        secretField(s)->clear();
    m_original = p;
    m_isNew = false;
    showMessage({}, false);
    Q_EMIT saved(p);
    accept();
}

} // namespace Inspector::Ui
