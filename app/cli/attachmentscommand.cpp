// SPDX-License-Identifier: Apache-2.0
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include "api/apiclient.h"
#include "api/attachmentbody.h"
#include "api/fetch.h"
#include "commands.h"
#include "console.h"
#include "data/ids.h"
#include "exitcode.h"
#include "files/filenames.h"
#include "files/newfile.h"
#include "output.h"
#include "textutil.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

/**
 * @brief `attachments STREAM [--download DIR]`: a stream's attachments, each optionally saved.
 *
 * Without --download, rows are written as the pages come. With it, the whole list is read first
 * (it is small), then the files are fetched one at a time so that only one file is in memory;
 * each is decoded and written as a Files::NewFile under its sanitised name, or `name (2).ext`…
 * when that is taken: never a half-written file, never a file replaced or a link followed. Its
 * row is written once it is on disk, and the closing note lists every file under its saved name.
 */
class AttachmentsCommand final : public IdArgumentCommand
{
    Q_OBJECT

public:
    using IdArgumentCommand::IdArgumentCommand;

    Result<> validate() override
    {
        if (Result<> valid = IdArgumentCommand::validate(); !valid)
            return valid;
        if (cli().isSet(u"download"_s)) {
            m_dir = cli().value(u"download"_s);
            const QFileInfo info(m_dir);
            if (info.exists() && !info.isDir())
                return LocalError(tr("--download: \"%1\" exists and is not a directory.").arg(m_dir));
        }
        return {};
    }

    void start() override
    {
        if (!m_dir.isEmpty() && !QDir().mkpath(m_dir)) {
            failUsage(tr("--download: cannot create the directory \"%1\".").arg(m_dir));
            return;
        }
        QList<Output::Column> columns {{tr("TIME"), 24}, {tr("MESSAGE"), 36}, {tr("FILE ID"), 24},
            {tr("NAME"), 32}, {tr("SIZE"), 10, true}, {tr("TYPE"), 24}};
        if (!m_dir.isEmpty())
            columns.append({tr("SAVED AS"), 0});
        out().setColumns(columns, tr("No attachments."));
        Pager *pager = Fetch::attachments(
            client(), id(), std::nullopt, std::nullopt, [this](const QList<StreamAttachment> &page) {
                if (m_dir.isEmpty()) {
                    for (const StreamAttachment &a : page)
                        write(a, {});
                } else {
                    m_pending += page;
                }
            });
        run(pager, tr("attachments"), [this] { downloadNext(); });
    }

private:
    void downloadNext()
    {
        if (m_pending.isEmpty()) {
            if (!m_dir.isEmpty() && !m_saved.isEmpty()) {
                console().note(
                    tr("Saved %1 file(s) in %2:").arg(m_saved.size()).arg(QDir(m_dir).absolutePath()));
                for (const QString &line : std::as_const(m_saved))
                    console().note(line);
            }
            reportProblems(m_problems);
            done(Success);
            return;
        }
        const StreamAttachment a = m_pending.takeFirst();
        const QString name = Files::safeFileName(a.name, a.fileId);
        console().progress(tr("downloading %1…").arg(name));
        send(Requests::attachment(id(), a.fileId, a.messageId), [this, a, name](ApiJob *job) {
            const auto bytes = AttachmentBody::decode(job->response().body);
            if (!bytes) {
                fail(ApiError::badResponse(job->request().description, tr("the body is not Base64 text.")));
                return;
            }
            if (a.size > 0 && bytes->size() != a.size)
                console().note(tr("%1: %2 bytes downloaded, the listing said %3.")
                                   .arg(name)
                                   .arg(bytes->size())
                                   .arg(a.size));
            // Created as a new file: an existing name (a file, a link, even a dangling one) is
            // never replaced or followed; the file gets the next free "name (n).ext" instead.
            Files::NewFile file(m_dir, name);
            Result<> written = file.open();
            if (written && file.device()->write(*bytes) != bytes->size())
                written = LocalError(file.device()->errorString());
            if (written)
                written = file.commit();
            if (!written) {
                const QString error = written.error().message();
                fail(ApiError::fromLocal(
                    LocalError(tr("Cannot write \"%1\": %2").arg(QDir(m_dir).filePath(name), error),
                        LocalError::Category::File)));
                return;
            }
            m_saved.append(file.fileName() == name ? u"- "_s + name
                                                   : tr("- %1 (%2 was taken)").arg(file.fileName(), name));
            write(a, file.filePath());
            downloadNext();
        });
    }

    void write(const StreamAttachment &a, const QString &savedAs)
    {
        m_problems += a.problems.isEmpty() ? 0 : 1;
        if (out().isJson()) {
            QJsonObject derived {{u"messageUrlSafeId"_s, Ids::normalized(a.messageId)},
                {u"messageStandardId"_s, Ids::toStandardJson(a.messageId)},
                {u"problems"_s, QJsonArray::fromStringList(a.problems)}};
            if (a.ingestionDate > 0)
                derived.insert(u"ingestionDateIso"_s, Commands::isoOrEmpty(a.ingestionDate));
            if (!savedAs.isEmpty())
                derived.insert(u"savedAs"_s, savedAs);
            out().addItem(Commands::withInspector(a.raw, derived));
            return;
        }
        QStringList row {Commands::isoOrEmpty(a.ingestionDate), Ids::normalized(a.messageId), a.fileId,
            a.name, Text::humanSize(a.size), a.contentType};
        if (!m_dir.isEmpty())
            row.append(savedAs);
        out().addRow(row);
    }

    QString m_dir;
    QList<StreamAttachment> m_pending;
    QStringList m_saved; // one line per saved file, for the closing note
    int m_problems = 0;
};

} // namespace

std::unique_ptr<Command> Commands::attachments(const CommandContext &context)
{
    return std::make_unique<AttachmentsCommand>(context, IdArgumentCommand::Kind::Stream);
}

} // namespace Inspector::Cli

#include "attachmentscommand.moc"
