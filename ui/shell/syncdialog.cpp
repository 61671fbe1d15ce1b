// SPDX-License-Identifier: Apache-2.0
#include "shell/syncdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>

#include "common/plaintext.h"
#include "common/themecolors.h"

using namespace Qt::StringLiterals;

namespace Inspector::Ui {

namespace {

const QStringList StreamTypes {u"IM"_s, u"MIM"_s, u"ROOM"_s, u"POST"_s};
constexpr qint64 DayMs = 24LL * 3600 * 1000;

} // namespace

SyncDialog::SyncDialog(const Context &context, QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_settings(settings)
{
    setWindowTitle(tr("Sync to an Archive"));
    setAccessibleName(tr("Sync to an archive"));
    setWindowModality(Qt::WindowModal);

    // Where.
    auto *whereBox = new QGroupBox(tr("Archive"), this);
    m_archive = new QLineEdit(whereBox);
    m_archive->setAccessibleName(tr("Archive file or PostgreSQL URL"));
    m_archive->setPlaceholderText(tr("A file, or postgresql://user@host/database"));
    m_archive->setToolTip(tr("A SQLite file, or a PostgreSQL URL without a password (the password "
                             "comes from PGPASSWORD or ~/.pgpass)"));
    auto *browseButton = new QPushButton(tr("Browse…"), whereBox);
    browseButton->setAccessibleName(tr("Choose the archive file"));
    auto *whereLayout = new QHBoxLayout(whereBox);
    whereLayout->addWidget(m_archive, 1);
    whereLayout->addWidget(browseButton);

    // What.
    auto *scopeBox = new QGroupBox(tr("Streams"), this);
    m_scopeGroup = new QButtonGroup(this);
    auto *scopeLayout = new QVBoxLayout(scopeBox);
    auto addScope = [&](Scope scope, const QString &text, bool enabled) {
        auto *button = new QRadioButton(text, scopeBox);
        button->setEnabled(enabled);
        m_scopeGroup->addButton(button, int(scope));
        scopeLayout->addWidget(button);
    };
    addScope(Scope::Streams,
        m_context.streamIds.isEmpty()
            ? tr("The streams chosen in the streams pane (none chosen)")
            : tr("The %n streams chosen in the streams pane", nullptr, int(m_context.streamIds.size())),
        !m_context.streamIds.isEmpty());
    addScope(Scope::Mine, tr("My streams (those the account is a member of)"), true);
    addScope(Scope::Admin, tr("Every stream of the enterprise (an administrator's account)"), true);
    auto *types = new QHBoxLayout;
    types->addWidget(plainLabel(scopeBox, tr("Types:")));
    for (const QString &type : StreamTypes) {
        auto *box = new QCheckBox(type, scopeBox);
        box->setAccessibleName(tr("Stream type %1").arg(type));
        m_types.append(box);
        types->addWidget(box);
    }
    types->addStretch(1);
    scopeLayout->addLayout(types);
    m_inactive = new QCheckBox(tr("Include inactive streams"), scopeBox);
    scopeLayout->addWidget(m_inactive);

    // How.
    auto *optionsBox = new QGroupBox(tr("Options"), this);
    m_sinceOn = new QCheckBox(tr("Only messages since"), optionsBox);
    m_sinceOn->setToolTip(tr("How far back a first sync of a stream reads (unchecked: its whole history)"));
    m_since = new QDateEdit(optionsBox);
    m_since->setAccessibleName(tr("Oldest message date"));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_since->setDate(QDate::currentDate().addYears(-1));
    auto *sinceRow = new QHBoxLayout;
    sinceRow->addWidget(m_sinceOn);
    sinceRow->addWidget(m_since);
    sinceRow->addStretch(1);
    m_lookback = new QSpinBox(optionsBox);
    m_lookback->setAccessibleName(tr("Look-back in days"));
    m_lookback->setRange(0, 3650);
    m_lookback->setSuffix(tr(" days"));
    m_lookback->setToolTip(tr("What each later sync reads again, to see edits and removals"));
    m_members = new QCheckBox(tr("Members of each stream"), optionsBox);
    m_receipts = new QCheckBox(tr("Read receipts of each message (an administrator's listing)"), optionsBox);
    m_attachments = new QCheckBox(tr("Attachments"), optionsBox);
    m_attachments->setToolTip(
        tr("Download the files, kept beside the archive (SQLite) or in it (PostgreSQL)"));
    m_concurrency = new QSpinBox(optionsBox);
    m_concurrency->setAccessibleName(tr("Streams read at once"));
    m_concurrency->setRange(1, 16);
    auto *form = new QFormLayout(optionsBox);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(sinceRow);
    form->addRow(tr("&Look-back:"), m_lookback);
    form->addRow(tr("Streams read at &once:"), m_concurrency);
    form->addRow(m_members);
    form->addRow(m_receipts);
    form->addRow(m_attachments);

    m_problem = plainLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Why the sync cannot start yet"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sync"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(whereBox);
    layout->addWidget(scopeBox);
    layout->addWidget(optionsBox);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(browseButton, &QPushButton::clicked, this, &SyncDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SyncDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SyncDialog::reject);
    connect(m_archive, &QLineEdit::textChanged, this, &SyncDialog::updateState);
    connect(m_scopeGroup, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            updateState();
    });
    connect(m_sinceOn, &QCheckBox::toggled, this, &SyncDialog::updateState);
    for (QCheckBox *box : std::as_const(m_types))
        connect(box, &QCheckBox::toggled, this, &SyncDialog::updateState);

    load();
    updateState();
}

QString SyncDialog::defaultArchive(const QString &profileName)
{
    QString name = profileName.trimmed();
    // A file name on every system: no separators, no characters Windows refuses, no leading dot.
    static const QString Refused = u"/\\:*?\"<>|"_s;
    for (QChar &c : name) {
        if (Refused.contains(c) || c.unicode() < 0x20)
            c = u'_';
    }
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    if (name.isEmpty())
        name = u"archive"_s;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(name + u".sqlite"_s);
}

QString SyncDialog::key(const QString &name) const
{
    const QString profile = QString::fromLatin1(QUrl::toPercentEncoding(m_context.profileId));
    return u"archiveSync/"_s + (profile.isEmpty() ? u"_"_s : profile) + u'/' + name;
}

QString SyncDialog::archive() const
{
    return m_archive->text().trimmed();
}

void SyncDialog::setArchive(const QString &text)
{
    m_archive->setText(text);
}

SyncDialog::Scope SyncDialog::scope() const
{
    return Scope(m_scopeGroup->checkedId());
}

void SyncDialog::setScope(Scope scope)
{
    if (QAbstractButton *b = m_scopeGroup->button(int(scope)); b && b->isEnabled())
        b->setChecked(true);
}

bool SyncDialog::isScopeEnabled(Scope scope) const
{
    const QAbstractButton *b = m_scopeGroup->button(int(scope));
    return b && b->isEnabled();
}

Archive::Location SyncDialog::location() const
{
    return Archive::Location::parse(archive()).valueOr(Archive::Location());
}

Archive::SyncOptions SyncDialog::syncOptions() const
{
    Archive::SyncOptions o;
    o.scope = scope();
    if (o.scope == Scope::Streams)
        o.streams = m_context.streamIds;
    if (o.scope != Scope::Streams) { // the chosen streams are synced whatever their type
        for (QCheckBox *box : m_types) {
            if (box->isChecked())
                o.types.append(box->text());
        }
        if (o.types.size() == StreamTypes.size())
            o.types.clear(); // every type: no filter
        o.includeInactive = m_inactive->isChecked();
    }
    o.since = m_sinceOn->isChecked() ? m_since->date().startOfDay(QTimeZone::utc()).toMSecsSinceEpoch() : 0;
    o.lookbackMs = m_lookback->value() * DayMs;
    o.members = m_members->isChecked();
    o.receipts = m_receipts->isChecked();
    o.attachments = m_attachments->isChecked();
    o.concurrency = m_concurrency->value();
    return o;
}

QString SyncDialog::problem() const
{
    if (archive().isEmpty())
        return tr("Choose an archive file or type a PostgreSQL URL.");
    if (const Result<Archive::Location> parsed = Archive::Location::parse(archive()); !parsed)
        return parsed.error().message();
    if (m_scopeGroup->checkedId() < 0)
        return tr("Choose which streams to sync.");
    if (scope() == Scope::Streams && m_context.streamIds.isEmpty())
        return tr("No stream is chosen in the streams pane.");
    bool anyType = false;
    for (const QCheckBox *box : m_types)
        anyType = anyType || box->isChecked();
    if (!anyType && scope() != Scope::Streams)
        return tr("Choose at least one stream type.");
    return {};
}

void SyncDialog::updateState()
{
    const bool listing = scope() != Scope::Streams;
    for (QCheckBox *box : std::as_const(m_types))
        box->setEnabled(listing);
    m_inactive->setEnabled(listing);
    m_since->setEnabled(m_sinceOn->isChecked());
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void SyncDialog::accept()
{
    if (!problem().isEmpty())
        return;
    save();
    QDialog::accept();
}

void SyncDialog::browse()
{
    auto *picker = new QFileDialog(this, tr("Sync to"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setAcceptMode(QFileDialog::AcceptSave);
    // An existing archive is what a later sync writes to: no "replace?" question.
    picker->setOption(QFileDialog::DontConfirmOverwrite);
    picker->setDefaultSuffix(u"sqlite"_s);
    picker->setNameFilters({tr("Archives (*.sqlite *.db)"), tr("All files (*)")});
    const Result<Archive::Location> current = Archive::Location::parse(archive());
    const QString start = current && !current.value().isPostgres() ? current.value().path
                                                                   : defaultArchive(m_context.profileName);
    picker->setDirectory(QFileInfo(start).absolutePath());
    picker->selectFile(QFileInfo(start).fileName());
    connect(picker, &QFileDialog::fileSelected, this, &SyncDialog::setArchive);
    picker->open();
}

void SyncDialog::load()
{
    const QSettings &s = *m_settings;
    m_archive->setText(s.value(key(u"archive"_s), defaultArchive(m_context.profileName)).toString());
    const Scope fallback = m_context.streamIds.isEmpty() ? Scope::Mine : Scope::Streams;
    const int scope = s.value(key(u"scope"_s), int(fallback)).toInt();
    setScope(fallback);
    setScope(Scope(scope));
    const QStringList types = s.value(key(u"types"_s), StreamTypes).toStringList();
    for (QCheckBox *box : std::as_const(m_types))
        box->setChecked(types.contains(box->text()));
    m_inactive->setChecked(s.value(key(u"includeInactive"_s), false).toBool());
    const QDate since = QDate::fromString(s.value(key(u"since"_s)).toString(), Qt::ISODate);
    m_sinceOn->setChecked(since.isValid());
    if (since.isValid())
        m_since->setDate(since);
    const Archive::SyncOptions defaults;
    m_lookback->setValue(s.value(key(u"lookbackDays"_s), int(defaults.lookbackMs / DayMs)).toInt());
    m_members->setChecked(s.value(key(u"members"_s), defaults.members).toBool());
    m_receipts->setChecked(s.value(key(u"receipts"_s), defaults.receipts).toBool());
    m_attachments->setChecked(s.value(key(u"attachments"_s), defaults.attachments).toBool());
    m_concurrency->setValue(s.value(key(u"concurrency"_s), defaults.concurrency).toInt());
}

void SyncDialog::save() const
{
    QSettings &s = *m_settings;
    // problem() is empty: a PostgreSQL URL here has no password.
    s.setValue(key(u"archive"_s), archive());
    s.setValue(key(u"scope"_s), int(scope()));
    QStringList types;
    for (const QCheckBox *box : m_types) {
        if (box->isChecked())
            types.append(box->text());
    }
    s.setValue(key(u"types"_s), types);
    s.setValue(key(u"includeInactive"_s), m_inactive->isChecked());
    s.setValue(key(u"since"_s), m_sinceOn->isChecked() ? m_since->date().toString(Qt::ISODate) : QString());
    s.setValue(key(u"lookbackDays"_s), m_lookback->value());
    s.setValue(key(u"members"_s), m_members->isChecked());
    s.setValue(key(u"receipts"_s), m_receipts->isChecked());
    s.setValue(key(u"attachments"_s), m_attachments->isChecked());
    s.setValue(key(u"concurrency"_s), m_concurrency->value());
}

} // namespace Inspector::Ui
