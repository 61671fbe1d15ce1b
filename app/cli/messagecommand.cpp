// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>

#include "api/apiclient.h"
#include "api/requests.h"
#include "commands.h"
#include "data/displayname.h"
#include "data/ids.h"
#include "data/parse.h"
#include "data/times.h"
#include "exitcode.h"
#include "messageformat.h"
#include "output.h"
#include "presentationml/presentationml.h"
#include "textutil.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

/** @brief `message ID`: one message in detail (/agent/v1/message/{id}). */
class MessageCommand final : public IdArgumentCommand
{
    Q_OBJECT

public:
    using IdArgumentCommand::IdArgumentCommand;

    void start() override
    {
        send(Requests::message(id()), [this](ApiJob *job) {
            // The agent answers 204 "No Messages" for an id it does not know.
            if (job->response().status == 204 || job->response().body.trimmed().isEmpty()) {
                ApiError e;
                e.kind = ApiError::Kind::NotFound;
                e.httpStatus = job->response().status;
                e.message = tr("No message %1 was found.").arg(id());
                fail(e);
                return;
            }
            const auto parsed = Parse::message(job->response().body);
            if (!parsed.ok()) {
                fail(ApiError::badResponse(job->request().description, parsed.error));
                return;
            }
            report(parsed.value);
        });
    }

private:
    void report(const Message &m)
    {
        const Export::Deduplicator::Item item {m, {}};
        if (out().isJson()) {
            out().addItem(MessageFormat::json(item));
            done(Success);
            return;
        }
        QStringList attachments;
        for (const AttachmentInfo &a : m.attachments)
            attachments.append(u"%1 (%2, id %3)"_s.arg(a.name, Text::humanSize(a.size), a.id));
        QString stream = m.stream.streamId + u' ' + m.stream.streamType;
        if (!m.stream.roomName.isEmpty())
            stream += u" \""_s + m.stream.roomName + u'"';
        QString sender = DisplayName::of(m.user) + u" ("_s + QString::number(m.user.userId);
        if (!m.user.username.isEmpty())
            sender += u", "_s + m.user.username;
        if (!m.user.email.isEmpty())
            sender += u", "_s + m.user.email;
        sender += u')';
        QList<QPair<QString, QString>> fields {
            {tr("Id"), m.messageId},
            {tr("Standard id"), Ids::toStandard(m.messageId)},
            {tr("Time"), Times::toIso(m.timestamp)},
            {tr("Stream"), stream},
            {tr("Sender"), sender},
        };
        if (!m.parentMessageId.isEmpty())
            fields.append({tr("Parent"), m.parentMessageId});
        if (!m.replacing.isEmpty())
            fields.append({tr("Replaces"), m.replacing});
        if (!m.replacedBy.isEmpty())
            fields.append({tr("Replaced by"), m.replacedBy});
        if (!m.attachments.isEmpty())
            fields.append({tr("Attachments"), attachments.join(u"; "_s)});
        const QStringList flags = MessageFormat::flags(item);
        if (!flags.isEmpty())
            fields.append({tr("Flags"), flags.join(u',')});
        if (!m.diagnostic.isEmpty())
            fields.append({tr("Diagnostic"), m.diagnostic});
        if (!m.userAgent.isEmpty())
            fields.append({tr("Client"), m.userAgent});
        // What was wrong with the message, e.g. why its standard id is empty (not a valid id).
        if (!m.problems.isEmpty())
            fields.append({tr("Problems"), m.problems.join(u"; "_s)});
        // The whole text, line by line, as PresentationML renders it (mentions, lists, tables).
        fields.append({tr("Text"), Text::printable(PresentationMl::toPlainText(m.message, m.data))});
        out().addFields(fields);
        reportProblems(m.problems.isEmpty() ? 0 : 1);
        done(Success);
    }
};

} // namespace

std::unique_ptr<Command> Commands::message(const CommandContext &context)
{
    return std::make_unique<MessageCommand>(context, IdArgumentCommand::Kind::Message);
}

} // namespace Inspector::Cli

#include "messagecommand.moc"
