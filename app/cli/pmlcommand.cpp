// SPDX-License-Identifier: Apache-2.0
#include <QFile>
#include <QIODevice>
#include <QStringDecoder>

#include "commands.h"
#include "console.h"
#include "exitcode.h"
#include "presentationml/presentationml.h"
#include "textutil.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

// Far above any real message (the pod caps a message at a few hundred KB): a larger input is a
// mistake, not a message, and is refused before it is read into memory.
constexpr qint64 MaxInputBytes = 16 * 1024 * 1024;

/**
 * @brief `pml [--html|--text] [FILE|-] [--data FILE]`: renders one message body (PresentationML)
 * the way the inspector shows and exports it, so that a user can check one by hand. Offline.
 *
 * --text (the default) prints PresentationMl::toPlainText, --html the safe HTML of
 * PresentationMl::toSafeHtml. What the converter dropped or refused is listed on standard error.
 * The text is made safe for a terminal (no control characters, no bidirectional overrides).
 */
class PmlCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    Result<> validate() override
    {
        if (cli().isSet(u"html"_s) && cli().isSet(u"text"_s))
            return LocalError(tr("--html and --text exclude each other."));
        if (cli().isSet(u"json"_s))
            return LocalError(tr("--json does not apply to pml: it prints text (--text) or HTML (--html)."));
        return {};
    }

    void start() override
    {
        const QString source = cli().arguments().value(0, u"-"_s);
        const Result<QString> markup = read(source);
        if (!markup) {
            failUsage(markup.error().message());
            return;
        }
        if (markup.value().trimmed().isEmpty()) {
            failUsage(tr("%1 holds no PresentationML: it is empty.").arg(label(source)));
            return;
        }
        QString data;
        if (cli().isSet(u"data"_s)) {
            const Result<QString> json = read(cli().value(u"data"_s));
            if (!json) {
                failUsage(u"--data: "_s + json.error().message());
                return;
            }
            const PresentationMl::Entities entities = PresentationMl::Entities::parse(json.value());
            if (!entities.error.isEmpty()) {
                failUsage(tr("--data %1 is not a message's entity JSON: %2")
                              .arg(cli().value(u"data"_s), entities.error));
                return;
            }
            data = json.value();
        }

        const PresentationMl::HtmlResult html = PresentationMl::toSafeHtml(markup.value(), data);
        int replaced = 0;
        QString text;
        if (cli().isSet(u"html"_s))
            text = Text::printable(html.html, &replaced);
        else
            text = Text::printable(PresentationMl::toPlainText(markup.value(), data), &replaced);
        if (!text.endsWith(u'\n'))
            text += u'\n';
        context().stdoutDevice->write(text.toUtf8());

        if (html.fellBack)
            console().note(
                tr("note: the markup could not be parsed as PresentationML; shown is its text content."));
        for (const QString &w : html.warnings)
            console().note(tr("note: %1").arg(w));
        if (replaced > 0)
            console().note(
                tr("note: %1 control or bidirectional formatting character(s) were replaced or removed.")
                    .arg(replaced));
        done(Success);
    }

private:
    QString label(const QString &source) const { return source == "-"_L1 ? tr("Standard input") : source; }

    Result<QString> read(const QString &source)
    {
        QByteArray bytes;
        if (source == "-"_L1) {
            QIODevice *in = context().stdinDevice;
            if (!in || !in->isReadable())
                return LocalError(tr("Standard input cannot be read; give a FILE."));
            bytes = in->read(MaxInputBytes + 1);
        } else {
            QFile file(source);
            if (!file.open(QIODevice::ReadOnly))
                return LocalError(tr("Cannot read %1: %2").arg(source, file.errorString()));
            bytes = file.read(MaxInputBytes + 1);
            if (bytes.isEmpty() && file.error() != QFileDevice::NoError)
                return LocalError(tr("Cannot read %1: %2").arg(source, file.errorString()));
        }
        if (bytes.size() > MaxInputBytes)
            return LocalError(tr("%1 is larger than %2 MiB: not a message body.")
                                  .arg(label(source))
                                  .arg(MaxInputBytes >> 20));
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8.decode(bytes);
        if (utf8.hasError())
            console().note(
                tr("note: %1 is not valid UTF-8; the bad bytes read as U+FFFD.").arg(label(source)));
        return text;
    }
};

} // namespace

std::unique_ptr<Command> Commands::pml(const CommandContext &context)
{
    return std::make_unique<PmlCommand>(context);
}

} // namespace Inspector::Cli

#include "pmlcommand.moc"
