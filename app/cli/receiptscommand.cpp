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
 */
class ReceiptsCommand final : public Command
{
    Q_OBJECT

public:
    using Command::Command;

    bool validate(QString *error) override
    {
        m_id = cli().arguments().constFirst().trimmed();
        return Commands::checkId(m_id, tr("message"), error);
    }

    void start() override
    {
        Pager *pager = Fetch::receipts(client(), m_id, [this](const QList<ReceiptPage> &pages) {
            for (const ReceiptPage &p : pages)
                accept(p);
        });
        run(pager, tr("receipts"), [this] {
            if (m_pages == 0 && !out().isJson())
                out().addNote(tr("No receipts."));
            reportProblems(m_problems);
            done(Success);
        });
    }

private:
    void accept(const ReceiptPage &page)
    {
        ++m_pages;
        m_problems += page.problems.isEmpty() ? 0 : 1;
        if (m_pages == 1 && !out().isJson()) {
            QString stream = page.stream.id + u' ' + page.stream.streamType;
            if (!page.stream.name.isEmpty())
                stream += u" \""_s + page.stream.name + u'"';
            out().addFields({{tr("Message"), m_id}, {tr("Stream"), stream},
                {tr("Created"), Commands::isoOrEmpty(page.creationDate)},
                {tr("Creator"), u"%1 (%2)"_s.arg(page.creator.name).arg(page.creator.id)},
                {tr("Delivered"), QString::number(page.deliveryReceiptCount)},
                {tr("Read"), QString::number(page.readReceiptCount)},
                {tr("Email notified"), QString::number(page.emailNotificationCount)}});
            out().setColumns(
                {{tr("USER ID"), 16}, {tr("USERNAME"), 16}, {tr("NAME"), 24}, {tr("DELIVERED"), 24},
                    {tr("READ"), 24}, {tr("EMAILED"), 24}, {tr("DOWNLOADS"), 0}},
                tr("No receipt details."));
        }
        for (const Receipt &r : page.receipts) {
            m_problems += r.problems.isEmpty() ? 0 : 1;
            const auto iso
                = [](const std::optional<qint64> &t) { return t ? Commands::isoOrEmpty(*t) : QString(); };
            if (out().isJson()) {
                QJsonObject derived {{u"messageId"_s, Ids::normalized(m_id)}, {u"page"_s, m_pages},
                    {u"problems"_s, QJsonArray::fromStringList(r.problems)}};
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

    QString m_id;
    int m_pages = 0;
    int m_problems = 0;
};

} // namespace

std::unique_ptr<Command> Commands::receipts(const CommandContext &context)
{
    return std::make_unique<ReceiptsCommand>(context);
}

} // namespace Inspector::Cli

#include "receiptscommand.moc"
