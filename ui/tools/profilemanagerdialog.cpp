// SPDX-License-Identifier: Apache-2.0
#include "tools/profilemanagerdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include "common/plaintext.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "tools/profiledialog.h"

using namespace Qt::StringLiterals;

namespace Inspector::Ui {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

ProfileManagerDialog::ProfileManagerDialog(ProfileStore *store, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_status(plainLabel(this))
{
    setObjectName(u"profileManagerDialog"_s);
    setWindowTitle(tr("Connection Profiles"));
    m_list->setObjectName(u"profileList"_s);
    m_list->setAccessibleName(tr("Connection profiles"));
    m_add->setObjectName(u"addProfile"_s);
    m_edit->setObjectName(u"editProfile"_s);
    m_duplicate->setObjectName(u"duplicateProfile"_s);
    m_delete->setObjectName(u"deleteProfile"_s);
    m_connect->setObjectName(u"connectProfile"_s);
    m_connect->setDefault(true);
    m_status->setObjectName(u"profileStatus"_s);
    m_status->setWordWrap(true);

    auto *side = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_duplicate, m_delete})
        side->addWidget(b);
    side->addStretch();
    side->addWidget(m_connect);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Secrets (passphrases, tokens, proxy passwords) are kept in the system "
                                    "keychain, never in the settings file."),
        this));
    layout->addLayout(row, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &ProfileManagerDialog::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &ProfileManagerDialog::editProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfileManagerDialog::duplicateProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfileManagerDialog::deleteProfile);
    connect(m_connect, &QPushButton::clicked, this, &ProfileManagerDialog::connectProfile);
    connect(m_list, &QListWidget::itemActivated, this, &ProfileManagerDialog::connectProfile);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileManagerDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(store, &ProfileStore::changed, this, &ProfileManagerDialog::reload);
    reload();
    resize(560, 360);
}

ProfileManagerDialog::~ProfileManagerDialog() = default;

void ProfileManagerDialog::reload()
{
    const QString keep = currentId();
    m_list->clear();
    for (const Profile &p : m_store->profiles()) {
        auto *item = new QListWidgetItem(p.demo ? tr("%1 (built in, no setup needed)").arg(p.name)
                                                : tr("%1 \u2014 %2").arg(p.name, p.podUrl),
            m_list);
        item->setData(IdRole, p.id);
    }
    selectProfile(keep.isEmpty() ? Profile::demoId() : keep);
    if (m_list->currentRow() < 0 && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

QString ProfileManagerDialog::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toString() : QString();
}

void ProfileManagerDialog::selectProfile(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(IdRole).toString() == id) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

void ProfileManagerDialog::updateButtons()
{
    const QString id = currentId();
    const bool editable = !id.isEmpty() && id != Profile::demoId();
    m_edit->setEnabled(editable);
    m_duplicate->setEnabled(editable);
    m_delete->setEnabled(editable);
    m_connect->setEnabled(!id.isEmpty());
}

void ProfileManagerDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ProfileManagerDialog::openEditor(const Profile &profile)
{
    if (m_editor)
        m_editor->close();
    m_editor = new ProfileDialog(profile, m_store, m_secrets, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &ProfileDialog::saved, this, [this](const Profile &p) {
        selectProfile(p.id);
        setStatus(tr("Saved \"%1\".").arg(p.name));
        // Secrets of another auth mode (say, the pasted tokens once the profile uses a key), or the
        // proxy password once there is no proxy user: nothing reads them any more, so they go.
        QList<Profile::Secret> unused;
        for (Profile::Secret secret : Profile::allSecrets()) {
            if (!p.usedSecrets().contains(secret))
                unused << secret;
        }
        removeSecrets(p.id, unused);
    });
    m_editor->open();
}

void ProfileManagerDialog::addProfile()
{
    openEditor(Profile::create(QString()));
}

void ProfileManagerDialog::editProfile()
{
    if (const auto p = m_store->profile(currentId()); p && !p->demo)
        openEditor(*p);
}

void ProfileManagerDialog::duplicateProfile()
{
    const QString id = currentId();
    const Result<Profile> duplicated = m_store->duplicate(id);
    if (!duplicated) {
        setStatus(duplicated.error().message());
        return;
    }
    const Profile &copy = duplicated.value();
    selectProfile(copy.id);
    setStatus(tr("Created \"%1\".").arg(copy.name));
    if (!m_secrets)
        return;
    // Copy each stored secret to the new id; missing ones are simply not there.
    for (Profile::Secret secret : Profile::allSecrets()) {
        SecretJob *read = m_secrets->read(Profile::secretKey(id, secret));
        const QString target = Profile::secretKey(copy.id, secret);
        connect(read, &SecretJob::finished, this, [this, target](SecretJob *job) {
            if (!job->isSuccess() || !m_secrets)
                return;
            if (m_secrets->isKeptForThisRun(job->key())) {
                m_secrets->keepForThisRun(target, job->data());
                return;
            }
            SecretJob *write = m_secrets->write(target, job->data());
            connect(write, &SecretJob::finished, this, [this](SecretJob *w) {
                if (!w->isSuccess())
                    setStatus(tr("A secret could not be copied: %1").arg(w->errorMessage()));
            });
        });
    }
}

void ProfileManagerDialog::deleteProfile()
{
    const auto p = m_store->profile(currentId());
    if (!p || p->demo)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Profile"),
        tr("Delete the profile \"%1\" and its stored secrets?").arg(p->name),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(u"confirmDelete"_s);
    makePlainText(box); // the profile's name is the user's text
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    const Profile profile = *p;
    connect(box, &QMessageBox::finished, this, [this, box, profile](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            removeNow(profile);
    });
    box->open();
}

void ProfileManagerDialog::removeNow(const Profile &profile)
{
    if (const Result<> removed = m_store->remove(profile.id); !removed) {
        setStatus(removed.error().message());
        return;
    }
    setStatus(tr("Deleted \"%1\".").arg(profile.name));
    removeSecrets(profile.id, Profile::allSecrets());
}

void ProfileManagerDialog::removeSecrets(const QString &profileId, const QList<Profile::Secret> &secrets)
{
    if (!m_secrets)
        return;
    for (Profile::Secret secret : secrets) {
        SecretJob *job = m_secrets->remove(Profile::secretKey(profileId, secret));
        connect(job, &SecretJob::finished, this, [this](SecretJob *done) {
            if (!done->isSuccess() && done->error() != SecretJob::Error::NotFound
                && done->error() != SecretJob::Error::NoBackend)
                setStatus(tr("A stored secret could not be removed: %1").arg(done->errorMessage()));
        });
    }
}

void ProfileManagerDialog::connectProfile()
{
    if (const auto p = m_store->profile(currentId())) {
        Q_EMIT connectRequested(*p);
        accept();
    }
}

} // namespace Inspector::Ui
