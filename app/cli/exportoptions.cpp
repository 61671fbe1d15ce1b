// SPDX-License-Identifier: Apache-2.0
#include "exportoptions.h"

#include <QFileInfo>
#include <QTimeZone>

#include "export/messageexportjob.h"
#include "export/outputname.h"
#include "textutil.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

// The options that only make sense for CSV, with the name users typed.
const QStringList &csvOnlyOptions()
{
    static const QStringList names {u"columns"_s, u"bom"_s, u"separator"_s, u"quote-all"_s, u"no-header"_s,
        u"line-ending"_s, u"no-formula-guard"_s};
    return names;
}

QString countOf(qint64 n, const QString &one, const QString &many)
{
    return QString::number(n) + u' ' + (n == 1 ? one : many);
}

} // namespace

QList<OptionSpec> ExportOptions::optionSpecs(const QString &columnsHelp)
{
    return {
        {u"format"_s, u"FORMAT"_s,
            tr("csv, json (one array), jsonl (one object per line), html or pdf (transcripts to read and "
               "print; message exports only); several, comma separated (csv,html,pdf), from one fetch; "
               "default: from the suffix of --output.")},
        {u"output"_s, u"FILE"_s,
            tr("Write to FILE, atomically (a failed or interrupted export leaves a previous FILE as it was), "
               "or - "
               "for standard output. Required. With several formats FILE is a base name: each format "
               "writes FILE.SUFFIX (a format's suffix on FILE is replaced). Message exports: a template "
               "names one new file per stream: %N stream name, %I stream id, %T type, %d export date, "
               "%f and %l first and last message date, %x suffix, %% a %.")},
        {u"columns"_s, u"a,b,..."_s, columnsHelp},
        {u"bom"_s, {}, tr("CSV: start with a UTF-8 byte order mark (for Excel).")},
        {u"separator"_s, u"C"_s, tr("CSV: the separator, one character (default ,); \"tab\" for a tab.")},
        {u"quote-all"_s, {}, tr("CSV: quote every cell, not only those that need it.")},
        {u"no-header"_s, {}, tr("CSV: no header line.")},
        {u"line-ending"_s, u"crlf|lf"_s, tr("CSV: the line ending (default crlf, as RFC 4180 says).")},
        {u"no-formula-guard"_s, {},
            tr("CSV: keep cells that start with =, +, -, @, tab or carriage return as they are (by default "
               "they "
               "get a leading ' so that a spreadsheet does not run them); for machine consumers.")},
    };
}

QList<OptionSpec> ExportOptions::htmlOptionSpecs()
{
    return {
        {u"timezone"_s, u"ZONE"_s,
            tr("HTML: show times in this IANA time zone (e.g. Europe/London; default: the system's); each "
               "time's tooltip gives UTC.")},
        {u"partition"_s, u"N"_s,
            tr("HTML and PDF: N messages per file, named FILE-part-0001.html, FILE-part-0002.html, ..., "
               "each linking to the previous and the next (PDF: 5000 by default).")},
        {u"page-size"_s, u"A4|Letter"_s, tr("PDF: the paper size (default A4).")},
        {u"attachments"_s, {},
            tr("HTML: download the attachments into FILE_files/ beside the transcript (names sanitised), "
               "link them and show images as thumbnails; from an archive, its kept files.")},
    };
}

namespace {

QString formatNames(const QList<Export::Format> &formats)
{
    QStringList names;
    for (const Export::Format f : formats)
        names.append(Export::formatName(f));
    return names.join(u',');
}

Result<> readHtmlOptions(const CommandLine &cli, ExportOptions *o)
{
    const bool transcript = o->has(Export::Format::Html) || o->has(Export::Format::Pdf);
    for (const QString &name : {u"timezone"_s, u"partition"_s}) {
        if (cli.isSet(name) && !transcript)
            return LocalError(ExportOptions::tr("--%1 applies to HTML and PDF only, and the format is %2.")
                                  .arg(name, formatNames(o->formats)));
    }
    if (cli.isSet(u"attachments"_s) && !o->has(Export::Format::Html))
        return LocalError(ExportOptions::tr("--attachments applies to HTML only, and the format is %1.")
                              .arg(formatNames(o->formats)));
    if (cli.isSet(u"page-size"_s)) {
        if (!o->has(Export::Format::Pdf))
            return LocalError(ExportOptions::tr("--page-size applies to PDF only, and the format is %1.")
                                  .arg(formatNames(o->formats)));
        const QString size = cli.value(u"page-size"_s).trimmed();
        if (size.compare("a4"_L1, Qt::CaseInsensitive) == 0)
            o->pageSize = u"A4"_s;
        else if (size.compare("letter"_L1, Qt::CaseInsensitive) == 0)
            o->pageSize = u"Letter"_s;
        else
            return LocalError(ExportOptions::tr("--page-size wants A4 or Letter, not \"%1\".")
                                  .arg(cli.value(u"page-size"_s)));
    }
    if (cli.isSet(u"timezone"_s)) {
        const QString zone = cli.value(u"timezone"_s).trimmed();
        if (zone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
            return LocalError(ExportOptions::tr(
                "--timezone: unknown time zone \"%1\" (use an IANA name such as Europe/London "
                "or UTC).")
                                  .arg(cli.value(u"timezone"_s)));
        o->html.timeZone = QTimeZone(zone.toUtf8());
    }
    if (cli.isSet(u"partition"_s)) {
        bool ok = false;
        const int n = cli.value(u"partition"_s).trimmed().toInt(&ok);
        if (!ok || n < 1)
            return LocalError(
                ExportOptions::tr("--partition wants a number of messages per file, at least 1, "
                                  "not \"%1\".")
                    .arg(cli.value(u"partition"_s)));
        if (o->toStdout())
            return LocalError(
                ExportOptions::tr("--partition writes several files: it needs --output FILE, not -."));
        o->html.partition = n;
    }
    if (cli.isSet(u"attachments"_s)) {
        if (o->toStdout())
            return LocalError(ExportOptions::tr(
                "--attachments writes the files beside the transcript: it needs --output FILE, not -."));
        o->attachments = true;
    }
    return {};
}

} // namespace

Result<ExportOptions> ExportOptions::fromCommandLine(const CommandLine &cli)
{
    ExportOptions o;
    if (cli.isSet(u"json"_s))
        return LocalError(
            tr("--json does not apply to exports: use --format json (or jsonl) with --output."));
    o.output = cli.value(u"output"_s);
    if (o.output.isEmpty())
        return LocalError(tr("--output FILE is required (- for standard output)."));
    if (cli.isSet(u"format"_s)) {
        o.formats.clear();
        for (const QString &name : cli.value(u"format"_s).split(u',')) {
            const auto format = Export::formatFromName(name);
            if (!format)
                return LocalError(
                    tr("--format: unknown format \"%1\" (use csv, json, jsonl, html or pdf, or several "
                       "of them separated by commas).")
                        .arg(name.trimmed().isEmpty() ? cli.value(u"format"_s) : name));
            if (!o.formats.contains(*format))
                o.formats.append(*format);
        }
    } else {
        const QString suffix = o.toStdout() ? QString() : QFileInfo(o.output).suffix();
        const auto format = suffix.isEmpty() ? std::nullopt : Export::formatFromName(suffix);
        if (!format)
            return LocalError(tr("--format csv|json|jsonl|html|pdf is required: the output's name does "
                                 "not tell the format."));
        o.formats = {*format};
    }
    o.format = o.formats.constFirst();
    if (!o.toStdout() && Export::OutputName::isTemplate(o.output)) {
        if (Result<> valid = Export::OutputName::check(o.output); !valid)
            return valid.error();
        o.outputTemplate = true;
    }
    if (o.formats.size() > 1 && o.toStdout())
        return LocalError(tr("Several formats write one file each: they need --output NAME, not -."));
    if (o.has(Export::Format::Pdf) && o.toStdout())
        return LocalError(tr("A PDF is written to a file: it needs --output FILE, not -."));
    if (Result<> html = readHtmlOptions(cli, &o); !html)
        return html.error();
    if (o.outputTemplate && Export::OutputName::usesLast(o.output)
        && (o.has(Export::Format::Pdf) || o.html.partition > 0))
        return LocalError(tr("--output: %l (the last message's date) is known only at the end, and the parts "
                             "of a PDF or a partitioned transcript name each other as they are written."));
    if (!o.has(Export::Format::Csv)) {
        for (const QString &name : csvOnlyOptions()) {
            if (cli.isSet(name))
                return LocalError(
                    tr("--%1 applies to CSV only, and the format is %2.").arg(name, formatNames(o.formats)));
        }
        return o;
    }

    for (const QString &value : cli.values(u"columns"_s)) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            if (!part.trimmed().isEmpty())
                o.columns.append(part.trimmed());
        }
    }
    if (cli.isSet(u"columns"_s) && o.columns.isEmpty())
        return LocalError(tr("--columns names no column."));
    o.csv.bom = cli.isSet(u"bom"_s);
    o.csv.quoteAll = cli.isSet(u"quote-all"_s);
    o.csv.header = !cli.isSet(u"no-header"_s);
    o.csv.formulaGuard = !cli.isSet(u"no-formula-guard"_s);
    if (cli.isSet(u"separator"_s)) {
        QString separator = cli.value(u"separator"_s);
        if (separator.compare("tab"_L1, Qt::CaseInsensitive) == 0 || separator == "\\t"_L1)
            separator = u"\t"_s;
        if (separator.size() != 1 || separator == "\""_L1 || separator == "\r"_L1 || separator == "\n"_L1)
            return LocalError(
                tr("--separator wants one character other than a quote or a line break (\"tab\" for a tab), "
                   "not \"%1\".")
                    .arg(cli.value(u"separator"_s)));
        o.csv.separator = separator.front();
    }
    if (cli.isSet(u"line-ending"_s)) {
        const QString ending = cli.value(u"line-ending"_s).toLower();
        if (ending == "crlf"_L1) {
            o.csv.lineEnding = QByteArrayLiteral("\r\n");
        } else if (ending == "lf"_L1) {
            o.csv.lineEnding = QByteArrayLiteral("\n");
        } else
            return LocalError(
                tr("--line-ending wants crlf or lf, not \"%1\".").arg(cli.value(u"line-ending"_s)));
    }
    return o;
}

namespace ExportText {

QString duration(qint64 ms)
{
    if (ms < 10000)
        return QString::number(double(ms) / 1000.0, 'f', 1) + u" s"_s;
    if (ms < 60000)
        return QString::number(ms / 1000) + u" s"_s;
    const qint64 s = ms / 1000;
    const QString mmss
        = u"%1:%2"_s.arg((s / 60) % 60, s >= 3600 ? 2 : 1, 10, QChar(u'0')).arg(s % 60, 2, 10, QChar(u'0'));
    return s >= 3600 ? QString::number(s / 3600) + u':' + mmss : mmss;
}

QStringList report(const Summary &s)
{
    QString where;
    if (s.files.isEmpty())
        where = ExportOptions::tr("standard output");
    else if (s.files.size() == 1)
        where = s.files.constFirst();
    else
        where = ExportOptions::tr("%1 files: %2").arg(s.files.size()).arg(s.files.join(u", "_s));
    const QString first
        = ExportOptions::tr("Wrote %1 (%2) to %3 in %4.")
              .arg(countOf(s.count, s.one, s.many), Text::humanSize(s.bytes), where, duration(s.elapsedMs));
    QStringList parts;
    if (s.duplicatesDropped) {
        QString d = ExportOptions::tr("duplicates dropped: %1").arg(*s.duplicatesDropped);
        if (s.lateDuplicates > 0)
            d += ExportOptions::tr(" (%1 of them out of order)").arg(s.lateDuplicates);
        parts.append(d);
    }
    parts.append(ExportOptions::tr("characters replaced by U+FFFD: %1").arg(s.replacedCharacters));
    if (s.guardedCells)
        parts.append(ExportOptions::tr("cells guarded against formulas: %1").arg(*s.guardedCells));
    QString second = parts.join(u"; "_s) + u'.';
    second[0] = second[0].toUpper();
    return {first, second};
}

QString progress(const Export::ExportProgress &p)
{
    QString line = ExportOptions::tr("%1 messages, %2 MB")
                       .arg(p.messages)
                       .arg(QString::number(double(p.bytes) / 1e6, 'f', 1));
    if (p.messagesPerSecond > 0)
        line += ExportOptions::tr(", %1 messages/s").arg(qRound64(p.messagesPerSecond));
    if (p.sourceCount > 1)
        line += ExportOptions::tr(", stream %1 of %2")
                    .arg(std::min(p.sourceIndex + 1, p.sourceCount))
                    .arg(p.sourceCount);
    if (p.fraction)
        line += u", %1%"_s.arg(qRound(*p.fraction * 100.0));
    if (p.etaMs)
        line += ExportOptions::tr(", ETA %1").arg(duration(*p.etaMs));
    return line;
}

} // namespace ExportText

} // namespace Inspector::Cli
