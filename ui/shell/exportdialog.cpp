// SPDX-License-Identifier: Apache-2.0
#include "shell/exportdialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimeZone>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include "common/plaintext.h"
#include "common/themecolors.h"
#include "export/messagecolumns.h"
#include "export/outputname.h"
#include "export/pdf/pdftranscript.h"

using namespace Qt::StringLiterals;

namespace Inspector::Ui {

namespace {

constexpr int NameRole = Qt::UserRole + 1;

const QList<Export::Format> AllFormats {Export::Format::Csv, Export::Format::Json, Export::Format::JsonLines,
    Export::Format::Html, Export::Format::Pdf};

QString key(const char *name)
{
    return u"export/"_s + QLatin1StringView(name);
}

} // namespace

ExportDialog::ExportDialog(const Context &context, QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_settings(settings)
{
    setWindowTitle(tr("Export Messages"));
    setAccessibleName(tr("Export messages"));

    auto *scopeBox = new QGroupBox(tr("Messages"), this);
    buildScope(scopeBox);
    auto *formatBox = new QGroupBox(tr("Format"), this);
    buildFormat(formatBox);
    auto *columnsBox = new QGroupBox(tr("Columns"), this);
    buildColumns(columnsBox);

    auto *destinationBox = new QGroupBox(tr("Destination"), this);
    m_destination = new QLineEdit(destinationBox);
    m_destination->setAccessibleName(tr("Destination file"));
    m_destination->setPlaceholderText(tr("Choose a file to write"));
    auto *browseButton = new QPushButton(tr("Browse…"), destinationBox);
    browseButton->setAccessibleName(tr("Choose destination file"));
    m_templateHint = plainLabel(destinationBox);
    m_templateHint->setWordWrap(true);
    m_templateHint->setText(tr("Several formats: the name is a base, each format adds its suffix. "
                               "For several streams the name is a template: %N stream name, %I stream id, "
                               "%T type, %d export date, %f and %l first and last message date, "
                               "%x the format's suffix, %% a %."));
    m_openWhenDone = new QCheckBox(tr("Open when done"), destinationBox);
    m_openWhenDone->setToolTip(
        tr("When the export succeeds, open the file, or the folder of several files."));
    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(browseButton);
    auto *destinationLayout = new QVBoxLayout(destinationBox);
    destinationLayout->addLayout(destinationRow);
    destinationLayout->addWidget(m_templateHint);
    destinationLayout->addWidget(m_openWhenDone);

    m_problem = plainLabel(this);
    m_problem->setWordWrap(true);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, Theme::errorText(palette()));
    m_problem->setPalette(problemPalette);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    auto *left = new QVBoxLayout;
    left->addWidget(scopeBox);
    left->addWidget(formatBox);
    left->addStretch(1);
    auto *columnsRow = new QHBoxLayout;
    columnsRow->addLayout(left);
    columnsRow->addWidget(columnsBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columnsRow, 1);
    layout->addWidget(destinationBox);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_destination, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    for (QCheckBox *box : std::as_const(m_formats)) {
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updateSuffix);
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updateState);
    }
    connect(m_partition, &QSpinBox::valueChanged, this, &ExportDialog::updateState);
    connect(m_scopeGroup, &QButtonGroup::idToggled, this, &ExportDialog::updateState);
    connect(m_columns, &QListWidget::itemChanged, this, &ExportDialog::updateState);

    load();
    updateState();
}

void ExportDialog::buildScope(QWidget *page)
{
    m_scopeGroup = new QButtonGroup(this);
    auto *layout = new QVBoxLayout(page);
    auto add = [&](Scope scope, const QString &text, bool enabled) {
        auto *button = new QRadioButton(text, page);
        button->setEnabled(enabled);
        m_scopeGroup->addButton(button, int(scope));
        layout->addWidget(button);
    };
    add(Scope::SelectedRows, tr("Selected messages (%n)", nullptr, m_context.selectedRows),
        m_context.selectedRows > 0);
    add(Scope::FilteredRows, tr("Messages shown in the table (%n)", nullptr, m_context.filteredRows),
        m_context.filteredRows > 0);
    QString streams;
    if (m_context.streamIds.size() == 1)
        streams
            = tr("The whole stream \"%1\"").arg(m_context.streamTitles.value(0, m_context.streamIds.first()));
    else
        streams = tr("The whole history of %n chosen streams", nullptr, int(m_context.streamIds.size()));
    add(Scope::Streams, streams, !m_context.streamIds.isEmpty());
    add(Scope::Search,
        m_context.searchQuery.isEmpty() ? tr("A search result (run a search first)")
                                        : tr("Every result of the search \"%1\"").arg(m_context.searchQuery),
        !m_context.searchQuery.isEmpty());
}

void ExportDialog::buildFormat(QWidget *page)
{
    // Every format checked is written from the same pass over the pages: the pod is asked once.
    auto *formats = new QWidget(page);
    auto *formatGrid = new QGridLayout(formats);
    formatGrid->setContentsMargins(0, 0, 0, 0);
    const QStringList titles {tr("CSV (spreadsheets)"), tr("JSON (one array)"),
        tr("JSON Lines (one message per line)"), tr("HTML transcript (to read)"),
        tr("PDF transcript (to print)")};
    for (int i = 0; i < AllFormats.size(); ++i) {
        auto *box = new QCheckBox(titles.at(i), formats);
        box->setAccessibleName(tr("Export format %1").arg(Export::formatName(AllFormats.at(i)).toUpper()));
        m_formats.append(box);
        formatGrid->addWidget(box, i % 3, i / 3);
    }

    m_separator = new QComboBox(page);
    m_separator->setAccessibleName(tr("CSV separator"));
    m_separator->addItem(tr("Comma ( , )"), QString(u','));
    m_separator->addItem(tr("Semicolon ( ; )"), QString(u';'));
    m_separator->addItem(tr("Tab"), QString(u'\t'));
    m_separator->addItem(tr("Vertical bar ( | )"), QString(u'|'));
    m_lineEnding = new QComboBox(page);
    m_lineEnding->setAccessibleName(tr("Line ending"));
    m_lineEnding->addItem(tr("CRLF (RFC 4180, Windows)"), QByteArray("\r\n"));
    m_lineEnding->addItem(tr("LF (Unix)"), QByteArray("\n"));
    m_quoteAll = new QCheckBox(tr("Quote every cell"), page);
    m_header = new QCheckBox(tr("Header row"), page);
    m_bom = new QCheckBox(tr("UTF-8 byte order mark (for Excel)"), page);
    m_formulaGuard = new QCheckBox(tr("Defuse cells a spreadsheet would run as formulas"), page);
    m_dedupe = new QCheckBox(tr("Drop duplicate deliveries of a message"), page);
    m_split = new QCheckBox(tr("One file per stream"), page);

    // The transcripts' options (HTML, PDF), shown only when one of them is checked.
    m_transcript = new QGroupBox(tr("Transcripts (HTML, PDF)"), page);
    m_timeZone = new QComboBox(m_transcript);
    m_timeZone->setAccessibleName(tr("Time zone of the transcripts"));
    m_timeZone->addItem(tr("System (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QString());
    m_timeZone->addItem(u"UTC"_s, u"UTC"_s);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        // IANA region ids only: the many UTC±hh:mm aliases add nothing a user would look for.
        if (id.contains('/'))
            m_timeZone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    }
    m_partition = new QSpinBox(m_transcript);
    m_partition->setAccessibleName(tr("Messages per transcript file"));
    m_partition->setRange(0, 1000000);
    m_partition->setSingleStep(1000);
    m_partition->setSpecialValueText(tr("One file (PDF: 5000 per file)"));
    m_pageSize = new QComboBox(m_transcript);
    m_pageSize->setAccessibleName(tr("PDF page size"));
    m_pageSize->addItem(tr("A4"), u"A4"_s);
    m_pageSize->addItem(tr("Letter"), u"Letter"_s);
    m_attachments = new QCheckBox(tr("HTML: download the attachments beside it (NAME_files/)"), m_transcript);
    m_attachments->setToolTip(tr("The files of the exported streams' attachments are saved next to the "
                                 "transcript and linked; images are shown from them."));
    auto *transcriptForm = new QFormLayout(m_transcript);
    transcriptForm->addRow(tr("&Time zone:"), m_timeZone);
    transcriptForm->addRow(tr("&Messages per file:"), m_partition);
    transcriptForm->addRow(tr("&Page size (PDF):"), m_pageSize);
    transcriptForm->addRow(m_attachments);

    auto *form = new QFormLayout(page);
    form->addRow(formats);
    form->addRow(tr("&Separator:"), m_separator);
    form->addRow(tr("&Line ending:"), m_lineEnding);
    form->addRow(m_quoteAll);
    form->addRow(m_header);
    form->addRow(m_bom);
    form->addRow(m_formulaGuard);
    form->addRow(m_transcript);
    form->addRow(m_dedupe);
    form->addRow(m_split);
}

void ExportDialog::buildColumns(QWidget *page)
{
    m_columns = new QListWidget(page);
    m_columns->setAccessibleName(tr("Columns to export"));
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    auto *up = new QToolButton(page);
    up->setArrowType(Qt::UpArrow);
    up->setToolTip(tr("Move up"));
    up->setAccessibleName(tr("Move column up"));
    auto *down = new QToolButton(page);
    down->setArrowType(Qt::DownArrow);
    down->setToolTip(tr("Move down"));
    down->setAccessibleName(tr("Move column down"));
    auto *defaults = new QPushButton(tr("Defaults"), page);
    defaults->setAccessibleName(tr("Default columns"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addStretch(1);
    buttons->addWidget(defaults);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_columns, 1);
    layout->addLayout(buttons);

    connect(up, &QToolButton::clicked, this, [this] { moveColumn(-1); });
    connect(down, &QToolButton::clicked, this, [this] { moveColumn(1); });
    connect(defaults, &QPushButton::clicked, this,
        [this] { setColumns(Export::MessageColumns::defaultNames()); });
}

ExportDialog::Scope ExportDialog::scope() const
{
    return Scope(m_scopeGroup->checkedId());
}

void ExportDialog::setScope(Scope scope)
{
    if (QAbstractButton *button = m_scopeGroup->button(int(scope)); button && button->isEnabled())
        button->setChecked(true);
}

bool ExportDialog::isScopeEnabled(Scope scope) const
{
    const QAbstractButton *button = m_scopeGroup->button(int(scope));
    return button && button->isEnabled();
}

void ExportDialog::setFormat(Export::Format format)
{
    setFormats({format});
}

void ExportDialog::setFormats(const QList<Export::Format> &formats)
{
    for (int i = 0; i < AllFormats.size(); ++i)
        m_formats.at(i)->setChecked(formats.contains(AllFormats.at(i)));
}

QList<Export::Format> ExportDialog::formats() const
{
    QList<Export::Format> checked;
    for (int i = 0; i < AllFormats.size(); ++i) {
        if (m_formats.at(i)->isChecked())
            checked.append(AllFormats.at(i));
    }
    return checked;
}

QString ExportDialog::timeZoneId() const
{
    return m_timeZone->currentData().toString();
}

void ExportDialog::setTimeZoneId(const QString &id)
{
    m_timeZone->setCurrentIndex(qMax(0, m_timeZone->findData(id)));
}

bool ExportDialog::openWhenDone() const
{
    return m_openWhenDone->isChecked();
}

void ExportDialog::setOpenWhenDone(bool open)
{
    m_openWhenDone->setChecked(open);
}

bool ExportDialog::downloadAttachments() const
{
    return m_attachments->isEnabled() && m_attachments->isChecked();
}

void ExportDialog::setDownloadAttachments(bool download)
{
    m_attachments->setChecked(download);
}

QString ExportDialog::defaultTemplate()
{
    return u"%T-%N-%d.%x"_s;
}

void ExportDialog::setDestination(const QString &path)
{
    m_destination->setText(path);
}

QString ExportDialog::destination() const
{
    return m_destination->text().trimmed();
}

QStringList ExportDialog::columns() const
{
    QStringList names;
    for (int i = 0; i < m_columns->count(); ++i) {
        const QListWidgetItem *item = m_columns->item(i);
        if (item->checkState() == Qt::Checked)
            names.append(item->data(NameRole).toString());
    }
    return names;
}

void ExportDialog::setColumns(const QStringList &names)
{
    m_columns->clear();
    // The chosen ones first, in their order, then every other column unchecked.
    QList<Export::MessageColumns::Column> ordered;
    const QList<Export::MessageColumns::Column> &all = Export::MessageColumns::all();
    for (const QString &name : names) {
        for (const Export::MessageColumns::Column &c : all) {
            if (c.name == name)
                ordered.append(c);
        }
    }
    for (const Export::MessageColumns::Column &c : all) {
        if (!names.contains(c.name))
            ordered.append(c);
    }
    for (const Export::MessageColumns::Column &c : std::as_const(ordered)) {
        auto *item = new QListWidgetItem(c.title, m_columns);
        item->setData(NameRole, c.name);
        item->setToolTip(c.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setFlags(item->flags() & ~Qt::ItemIsDropEnabled);
        item->setCheckState(names.contains(c.name) ? Qt::Checked : Qt::Unchecked);
    }
    updateState();
}

void ExportDialog::moveColumn(int delta)
{
    const int row = m_columns->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_columns->count())
        return;
    QListWidgetItem *item = m_columns->takeItem(row);
    m_columns->insertItem(target, item);
    m_columns->setCurrentRow(target);
}

Export::ExportSettings ExportDialog::exportSettings() const
{
    Export::ExportSettings s;
    s.formats = formats();
    s.format = s.formats.value(0, Export::Format::Csv);
    s.csv.separator = m_separator->currentData().toString().at(0);
    s.csv.lineEnding = m_lineEnding->currentData().toByteArray();
    s.csv.quoteAll = m_quoteAll->isChecked();
    s.csv.header = m_header->isChecked();
    s.csv.bom = m_bom->isChecked();
    s.csv.formulaGuard = m_formulaGuard->isChecked();
    s.dedupe = m_dedupe->isChecked();
    s.split = m_split->isEnabled() && m_split->isChecked();
    s.columns = columns();
    s.outputPath = destination();
    s.outputTemplate = Export::OutputName::isTemplate(s.outputPath);
    if (!timeZoneId().isEmpty())
        s.html.timeZone = QTimeZone(timeZoneId().toUtf8());
    s.html.partition = m_partition->value();
    if (s.formats.contains(Export::Format::Pdf)) {
        Export::PdfOptions pdf;
        pdf.pageSize = Export::PdfTranscript::pageSizeFromName(m_pageSize->currentData().toString())
                           .value_or(QPageSize::A4);
        s.sinkFactory = Export::PdfTranscript::factory(pdf);
    }
    return s;
}

QString ExportDialog::problem() const
{
    if (m_scopeGroup->checkedId() < 0)
        return tr("There is nothing to export yet: open a stream or run a search first.");
    const QList<Export::Format> chosen = formats();
    if (chosen.isEmpty())
        return tr("Choose at least one format.");
    if (columns().isEmpty())
        return tr("Choose at least one column.");
    const QString path = destination();
    if (path.isEmpty())
        return tr("Choose a file to write.");
    const bool transcript = chosen.contains(Export::Format::Html) || chosen.contains(Export::Format::Pdf);
    const bool isTemplate = Export::OutputName::isTemplate(path);
    if (isTemplate) {
        // The core's own check of a template (the CLI's --output): no second parser here.
        if (const Result<> valid = Export::OutputName::check(path); !valid)
            return valid.error().message();
        if (Export::OutputName::usesLast(path)
            && (chosen.contains(Export::Format::Pdf) || (transcript && m_partition->value() > 0)))
            return tr("%l (the last message's date) is known only at the end, and the parts of a PDF or a "
                      "partitioned transcript name each other as they are written: use %f or %d.");
    }
    if (transcript && scope() == Scope::Streams && m_context.streamIds.size() > 1 && !isTemplate
        && !(m_split->isEnabled() && m_split->isChecked()))
        return tr("A transcript (HTML, PDF) holds one stream: name the files with a template (%1) or "
                  "write one file per stream.")
            .arg(defaultTemplate());
    const QFileInfo info(path);
    if (info.isDir())
        return tr("\"%1\" is a folder: choose a file name.").arg(path);
    if (!info.absoluteDir().exists())
        return tr("The folder \"%1\" does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
    return {};
}

void ExportDialog::accept()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        m_problem->setText(why);
        return;
    }
    save();
    QDialog::accept();
}

void ExportDialog::browse()
{
    const QList<Export::Format> chosen = formats();
    auto *picker = new QFileDialog(this, tr("Export to"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setAcceptMode(QFileDialog::AcceptSave);
    if (chosen.size() == 1) {
        const Export::Format format = chosen.first();
        picker->setDefaultSuffix(Export::formatSuffix(format));
        picker->setNameFilters(
            {tr("%1 files (*.%2)").arg(Export::formatName(format).toUpper(), Export::formatSuffix(format)),
                tr("All files (*)")});
    }
    if (!destination().isEmpty())
        picker->selectFile(destination());
    connect(picker, &QFileDialog::fileSelected, this, &ExportDialog::setDestination);
    picker->open();
}

void ExportDialog::updateSuffix()
{
    // Follow the formats in the file name while it still ends in one of ours (or in none, after
    // several formats): one format, its suffix; several, a base name each format adds its own to.
    // A template names each file itself (%x).
    const QString path = destination();
    if (path.isEmpty() || Export::OutputName::isTemplate(path))
        return;
    const QList<Export::Format> chosen = formats();
    QString base = path;
    const QFileInfo info(path);
    const bool ours = !info.completeBaseName().isEmpty() && Export::formatFromName(info.suffix());
    if (ours)
        base.chop(info.suffix().size() + 1);
    else if (!info.suffix().isEmpty())
        return; // a suffix of the user's own stays
    if (chosen.size() == 1)
        base += u'.' + Export::formatSuffix(chosen.first());
    if (base != path)
        m_destination->setText(base);
}

void ExportDialog::updateState()
{
    const QList<Export::Format> chosen = formats();
    const bool csv = chosen.contains(Export::Format::Csv);
    m_transcript->setVisible(chosen.contains(Export::Format::Html) || chosen.contains(Export::Format::Pdf));
    m_pageSize->setEnabled(chosen.contains(Export::Format::Pdf));
    // The files of streams (not of a search or of rows in memory), beside an HTML file.
    m_attachments->setEnabled(chosen.contains(Export::Format::Html) && scope() == Scope::Streams);
    for (QWidget *w : {static_cast<QWidget *>(m_separator), static_cast<QWidget *>(m_lineEnding),
             static_cast<QWidget *>(m_quoteAll), static_cast<QWidget *>(m_header),
             static_cast<QWidget *>(m_bom), static_cast<QWidget *>(m_formulaGuard)})
        w->setEnabled(csv);
    // Splitting names files after streams: it means something only for several whole streams.
    m_split->setEnabled(m_scopeGroup->checkedId() == int(Scope::Streams) && m_context.streamIds.size() > 1);
    const QString why = problem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    m_problem->setText(why);
}

QString ExportDialog::profileKey(const QString &name) const
{
    const QString profile = QString::fromLatin1(QUrl::toPercentEncoding(m_context.profileId));
    return u"export/"_s + (profile.isEmpty() ? u"_"_s : profile) + u'/' + name;
}

void ExportDialog::load()
{
    Export::CsvOptions defaults;
    const QSettings &s = *m_settings;
    // Formats, zone, page size and Open when done are remembered per profile; before them, one
    // format for every profile ("export/format").
    QList<Export::Format> remembered;
    for (const QString &name : s.value(profileKey(u"formats"_s)).toStringList()) {
        if (const auto f = Export::formatFromName(name))
            remembered.append(*f);
    }
    if (remembered.isEmpty())
        remembered
            = {Export::formatFromName(s.value(key("format")).toString()).value_or(Export::Format::Csv)};
    setFormats(remembered);
    setTimeZoneId(s.value(profileKey(u"timeZone"_s)).toString());
    m_pageSize->setCurrentIndex(qMax(0, m_pageSize->findData(s.value(profileKey(u"pageSize"_s)).toString())));
    m_partition->setValue(s.value(profileKey(u"partition"_s), 0).toInt());
    m_openWhenDone->setChecked(s.value(profileKey(u"openWhenDone"_s), false).toBool());
    m_attachments->setChecked(s.value(profileKey(u"attachments"_s), false).toBool());
    const int sep = m_separator->findData(s.value(key("separator"), QString(defaults.separator)).toString());
    m_separator->setCurrentIndex(qMax(0, sep));
    const int eol = m_lineEnding->findData(s.value(key("lineEnding"), defaults.lineEnding).toByteArray());
    m_lineEnding->setCurrentIndex(qMax(0, eol));
    m_quoteAll->setChecked(s.value(key("quoteAll"), defaults.quoteAll).toBool());
    m_header->setChecked(s.value(key("header"), defaults.header).toBool());
    m_bom->setChecked(s.value(key("bom"), defaults.bom).toBool());
    m_formulaGuard->setChecked(s.value(key("formulaGuard"), defaults.formulaGuard).toBool());
    m_dedupe->setChecked(s.value(key("dedupe"), true).toBool());
    m_split->setChecked(s.value(key("split"), false).toBool());

    const Result<QStringList> names = Export::MessageColumns::resolve(s.value(key("columns")).toStringList());
    setColumns(names && !names.value().isEmpty() ? names.value() : Export::MessageColumns::defaultNames());

    // A file named after what is exported, in the folder used last time (or Documents).
    QString folder = QFileInfo(s.value(key("lastFile")).toString()).absolutePath();
    if (s.value(key("lastFile")).toString().isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    QString base = m_context.streamIds.size() == 1 ? m_context.streamTitles.value(0) : QString();
    base = base.trimmed();
    for (QChar &c : base) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'-';
    }
    if (base.isEmpty())
        base = u"messages"_s;
    const QList<Export::Format> chosen = formats();
    if (m_context.streamIds.size() > 1)
        m_destination->setText(QDir(folder).filePath(defaultTemplate())); // one file per stream and format
    else if (chosen.size() == 1)
        m_destination->setText(QDir(folder).filePath(base + u'.' + Export::formatSuffix(chosen.first())));
    else
        m_destination->setText(QDir(folder).filePath(base)); // a base name: each format adds its suffix

    // The remembered scope if it is possible now, else the narrowest one that is.
    setScope(Scope(s.value(key("scope"), int(Scope::Streams)).toInt()));
    if (m_scopeGroup->checkedId() < 0 || !m_scopeGroup->checkedButton()->isEnabled()) {
        for (Scope candidate : {Scope::SelectedRows, Scope::Streams, Scope::Search, Scope::FilteredRows}) {
            if (isScopeEnabled(candidate)) {
                setScope(candidate);
                break;
            }
        }
    }
}

void ExportDialog::save() const
{
    QSettings &s = *m_settings;
    const Export::ExportSettings e = exportSettings();
    s.setValue(key("format"), Export::formatName(e.format));
    QStringList names;
    for (const Export::Format f : e.formats)
        names.append(Export::formatName(f));
    s.setValue(profileKey(u"formats"_s), names);
    s.setValue(profileKey(u"timeZone"_s), timeZoneId());
    s.setValue(profileKey(u"pageSize"_s), m_pageSize->currentData().toString());
    s.setValue(profileKey(u"partition"_s), m_partition->value());
    s.setValue(profileKey(u"openWhenDone"_s), openWhenDone());
    s.setValue(profileKey(u"attachments"_s), m_attachments->isChecked());
    s.setValue(key("separator"), QString(e.csv.separator));
    s.setValue(key("lineEnding"), e.csv.lineEnding);
    s.setValue(key("quoteAll"), e.csv.quoteAll);
    s.setValue(key("header"), e.csv.header);
    s.setValue(key("bom"), e.csv.bom);
    s.setValue(key("formulaGuard"), e.csv.formulaGuard);
    s.setValue(key("dedupe"), e.dedupe);
    s.setValue(key("split"), m_split->isChecked());
    s.setValue(key("columns"), e.columns);
    s.setValue(key("lastFile"), e.outputPath);
    s.setValue(key("scope"), int(scope()));
}

} // namespace Inspector::Ui
