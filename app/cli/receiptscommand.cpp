// SPDX-License-Identifier: Apache-2.0
#include <QJsonArray>

#include "api/apiclient.h"
#include "api/fetch.h"
#include "commands.h"
#include "data/ids.h"
#include "exitcode.h"
#include "output.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

/**
 * @brief `receipts MESSAGE`: every page of a message's receipts. The first page's summary
 * (creator, stream, counts) heads the table; the JSON items are the receipts themselves.
 *
 * Nothing of the response is lost: each JSON item carries, under `_inspector.response`, the
 * fields of the MessageReceiptDetailResponse that held it (creator, onBehalfOfUser, stream,
 * creationDate, the counts, downloadReceiptCounts, pagination: everything but the
 * MessageReceiptDetail list itself), with their problems under `_inspector.responseProblems`, so
 * that export-receipts writes them too (CSV columns `_inspector.response.*`). A response without
 * any receipt detail gives one item holding only `_inspector`, so that its counts are kept.
 */
class ReceiptsCommand final : public IdArgumentCommand
{
    Q_OBJECT

public:
    using IdArgumentCommand::IdArgumentCommand;

    void start() override
    {
        Pager *pager = Fetch::receipts(client(), id(), [this](const QList<ReceiptPage> &pages) {
            for (const ReceiptPage &p : pages)
                accept(p);
        });
        run(pager, tr("receipts"), [this] {
            if (m_pages == 0 && !out().isJson())
                out().addNote(tr("No receipts."));
            if (m_details == 0 && !m_firstResponse.isEmpty() && out().isJson())
                out().addItem(
                    QJsonObject {{u"_inspector"_s, inspector(m_firstResponse, m_firstProblems, 1, {})}});
            reportProblems(m_problems);
            done(Success);
        });
    }

private:
    /// The page's own fields, as sent: the response without its list of receipt details.
    static QJsonObject responseFields(const ReceiptPage &page)
    {
        QJsonObject response = page.raw;
        response.remove(u"MessageReceiptDetail"_s);
        return response;
    }

    /// `problems` are the item's own; `responseProblems` those of the response's fields.
    QJsonObject inspector(const QJsonObject &response, const QStringList &responseProblems, int page,
        const QStringList &problems) const
    {
        return {{u"messageId"_s, Ids::normalized(id())}, {u"page"_s, page}, {u"response"_s, response},
            {u"responseProblems"_s, QJsonArray::fromStringList(responseProblems)},
            {u"problems"_s, QJsonArray::fromStringList(problems)}};
    }

    static QString userText(const MessageUser &u)
    {
        // One arg() call: a chained arg() would replace a "%2" inside the server's text.
        return u"%1 (%2)"_s.arg(u.name, QString::number(u.id));
    }

    void accept(const ReceiptPage &page)
    {
        ++m_pages;
        m_problems += page.problems.isEmpty() ? 0 : 1;
        const QJsonObject response = out().isJson() ? responseFields(page) : QJsonObject();
        if (m_pages == 1) {
            m_firstResponse = response;
            m_firstProblems = page.problems;
        }
        if (m_pages == 1 && !out().isJson()) {
            QString stream = page.stream.id + u' ' + page.stream.streamType;
            if (!page.stream.name.isEmpty())
                stream += u" \""_s + page.stream.name + u'"';
            QList<QPair<QString, QString>> fields {{tr("Message"), id()}, {tr("Stream"), stream},
                {tr("Created"), Commands::isoOrEmpty(page.creationDate)},
                {tr("Creator"), userText(page.creator)}};
            if (page.onBehalfOfUser.id != 0 || !page.onBehalfOfUser.name.isEmpty())
                fields.append({tr("On behalf of"), userText(page.onBehalfOfUser)});
            fields.append({{tr("Delivered"), QString::number(page.deliveryReceiptCount)},
                {tr("Read"), QString::number(page.readReceiptCount)},
                {tr("Email notified"), QString::number(page.emailNotificationCount)}});
            if (!page.downloadReceiptCounts.isEmpty()) {
                QStringList downloads;
                for (const DownloadCount &d : page.downloadReceiptCounts)
                    downloads.append(u"%1 (%2)"_s.arg(d.fileName, QString::number(d.count)));
                fields.append({tr("Downloads"), downloads.join(u", "_s)});
            }
            out().addFields(fields);
            out().setColumns(
                {{tr("USER ID"), 16}, {tr("USERNAME"), 16}, {tr("NAME"), 24}, {tr("DELIVERED"), 24},
                    {tr("READ"), 24}, {tr("EMAILED"), 24}, {tr("DOWNLOADS"), 0}},
                tr("No receipt details."));
        }
        for (const Receipt &r : page.receipts) {
            ++m_details;
            m_problems += r.problems.isEmpty() ? 0 : 1;
            const auto iso
                = [](const std::optional<qint64> &t) { return t ? Commands::isoOrEmpty(*t) : QString(); };
            if (out().isJson()) {
                QJsonObject derived = inspector(response, page.problems, m_pages, r.problems);
                if (r.deliveryReceiptTimestamp)
                    derived.insert(u"deliveredIso"_s, iso(r.deliveryReceiptTimestamp));
                if (r.readReceiptTimestamp)
                    derived.insert(u"readIso"_s, iso(r.readReceiptTimestamp));
                if (r.emailNotificationTimestamp)
                    derived.insert(u"emailedIso"_s, iso(r.emailNotificationTimestamp));
                out().addItem(Commands::withInspector(r.raw, derived));
                continue;
            }
            QStringList downloads;
            for (const DownloadReceipt &d : r.downloadReceipts)
                downloads.append(d.fileName);
            out().addRow({QString::number(r.user.id), r.user.username,
                QString(r.user.firstName + u' ' + r.user.lastName).trimmed(), iso(r.deliveryReceiptTimestamp),
                iso(r.readReceiptTimestamp), iso(r.emailNotificationTimestamp), downloads.join(u", "_s)});
        }
    }

    QJsonObject m_firstResponse;
    QStringList m_firstProblems;
    int m_pages = 0;
    int m_details = 0;
    int m_problems = 0;
};

} // namespace

std::unique_ptr<Command> Commands::receipts(const CommandContext &context)
{
    return std::make_unique<ReceiptsCommand>(context, IdArgumentCommand::Kind::Message);
}

} // namespace Inspector::Cli

#include "receiptscommand.moc"
