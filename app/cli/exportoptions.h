// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

#include "commandline.h"
#include "data/localresult.h"
#include "export/csvwriter.h"
#include "export/exportformat.h"
#include "export/htmlwriter.h"

namespace Inspector::Export {
struct ExportProgress;
}

namespace Inspector::Cli {

/**
 * @brief The output options every export command shares: format, destination and the CSV details.
 *
 * Read once from the parsed command line by a pure function; options that cannot work together
 * (a CSV option with JSON, --json instead of --format, a separator of two characters…) are usage
 * errors with one sentence each. A plain value.
 */
struct ExportOptions
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Cli::ExportOptions)

public:
    Export::Format format = Export::Format::Csv; ///< the first of formats
    /// --format a,b,...: several formats from one pass, one file each (output is then a base name).
    QList<Export::Format> formats {Export::Format::Csv};
    Export::CsvOptions csv;
    QString output; ///< a path, or "-" for standard output
    bool outputTemplate = false; ///< output has fields (%N, %I, …): Export::OutputName
    QStringList columns; ///< as given to --columns, split at commas; empty = every column
    Export::HtmlOptions html; ///< --timezone and --partition (HTML and PDF)
    QString pageSize = QStringLiteral("A4"); ///< --page-size (PDF): A4 or Letter
    bool attachments = false; ///< --attachments (HTML only): the files beside the transcript

    bool toStdout() const { return output == QLatin1StringView("-"); }
    bool has(Export::Format f) const { return formats.contains(f); }

    /** The options above as OptionSpecs; @p columnsHelp describes --columns for the command. */
    static QList<OptionSpec> optionSpecs(const QString &columnsHelp);
    /** --timezone and --partition, for the message exports (HTML transcripts). */
    static QList<OptionSpec> htmlOptionSpecs();
    /** Reads them; a usage error when they cannot work. */
    static Result<ExportOptions> fromCommandLine(const CommandLine &cli);

    /**
     * Sets @p settings (an export's settings: Export::ExportSettings, Export::RecordExportSettings)
     * to the format, the CSV options and the destination: @p stdoutDevice for "-", else the file.
     */
    template<typename Settings> void applyTo(Settings *settings, QIODevice *stdoutDevice) const
    {
        settings->format = format;
        settings->csv = csv;
        if (toStdout())
            settings->device = stdoutDevice;
        else
            settings->outputPath = output;
    }
};

/** @brief The export commands' lines on standard error: progress and the closing report. Pure functions. */
namespace ExportText {

/** What an export wrote, for the report. */
struct Summary
{
    qint64 count = 0;
    QString one; ///< the noun for one item, e.g. "message"
    QString many; ///< the noun for several, e.g. "messages"
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    QStringList files; ///< the files written (empty: standard output)
    std::optional<qint64> duplicatesDropped; ///< messages only
    qint64 lateDuplicates = 0;
    qint64 replacedCharacters = 0;
    std::optional<qint64> guardedCells; ///< CSV only
};

/** One or two lines: what was written where, in how long; then what was changed on the way. */
QStringList report(const Summary &summary);

/** "1500 messages, 1.2 MB, 3400 messages/s, 42%, ETA 1:12": the rate, share and ETA when known. */
QString progress(const Export::ExportProgress &progress);

/** 1234 ms -> "1.2 s"; 12345 -> "12 s"; 75000 -> "1:15"; 4000000 -> "1:06:40". */
QString duration(qint64 ms);

} // namespace ExportText

} // namespace Inspector::Cli
