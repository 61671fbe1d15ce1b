// SPDX-License-Identifier: Apache-2.0
#include "api/apiclient.h"
#include "api/fetch.h"
#include "commands.h"
#include "console.h"
#include "exitcode.h"
#include "messageformat.h"
#include "messagequery.h"
#include "output.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

/**
 * @brief `messages STREAM` and `search QUERY`: a list of messages, written as it arrives.
 *
 * Repeated deliveries of one message are dropped (Export::Deduplicator, as in the exports) unless
 * --keep-duplicates, which keeps and flags them.
 * --limit caps the rows written: once reached, the rest of the current page is only checked for
 * copies of rows already taken and the pager is stopped.
 */
class MessagesCommand final : public Command
{
    Q_OBJECT

public:
    enum class Mode
    {
        History,
        Search
    };

    MessagesCommand(const CommandContext &context, Mode mode)
        : Command(context)
        , m_mode(mode)
        , m_dedup(context.cli->isSet(u"keep-duplicates"_s) ? Export::Deduplicator::Mode::KeepAndFlag
                                                           : Export::Deduplicator::Mode::Drop)
    { }

    Result<> validate() override
    {
        const Result<int> limit = Commands::readLimit(cli());
        if (!limit)
            return limit.error();
        m_limit = limit.value();
        return m_mode == Mode::History ? validateHistory() : validateSearch();
    }

    void start() override
    {
        out().setColumns(MessageFormat::columns(), tr("No messages."));
        const auto sink = [this](const QList<Message> &page) { accept(page); };
        m_pager = m_mode == Mode::History ? Fetch::messages(client(), m_stream, m_since, m_until, -1, sink)
                                          : Fetch::messageSearch(client(), m_query, m_criteria, -1, sink);
        run(m_pager, tr("messages"), [this] {
            writeHeld();
            if (m_dedup.dropped() > 0)
                console().note(
                    tr("Dropped %1 repeated deliveries of messages already listed (same message id); "
                       "--keep-duplicates keeps them.")
                        .arg(m_dedup.dropped()));
            reportProblems(m_problems);
            done(Success);
        });
    }

protected:
    void writeHeld() override { write(m_dedup.flush()); }

private:
    Result<> validateHistory()
    {
        m_stream = cli().arguments().constFirst().trimmed();
        if (Result<> valid = Commands::checkId(m_stream, tr("stream")); !valid)
            return valid;
        const Result<MessageQuery> window = MessageQuery::readTimeWindow(cli());
        if (!window)
            return window.error();
        m_since = window.value().since;
        m_until = window.value().until;
        return {};
    }

    Result<> validateSearch()
    {
        const Result<MessageQuery> search
            = MessageQuery::buildSearch(cli().arguments().join(u' '), cli().value(u"stream"_s));
        if (!search)
            return search.error();
        m_query = search.value().query;
        m_criteria = search.value().criteria;
        return {};
    }

    void accept(const QList<Message> &page)
    {
        const bool keep = cli().isSet(u"keep-duplicates"_s);
        for (const Message &m : page) {
            const bool row = keep || !m_dedup.isKnown(m);
            if (row && m_limit > 0 && m_taken >= m_limit) {
                m_limitReached = true;
                continue;
            }
            if (row)
                ++m_taken;
            write(m_dedup.add({m}));
        }
        if (m_limitReached && m_pager)
            stopEarly(std::exchange(m_pager, nullptr));
    }

    void write(const QList<Export::Deduplicator::Item> &items)
    {
        for (const Export::Deduplicator::Item &item : items) {
            m_problems += item.message.problems.isEmpty() ? 0 : 1;
            if (out().isJson())
                out().addItem(MessageFormat::json(item));
            else
                out().addRow(MessageFormat::row(item));
        }
    }

    Mode m_mode;
    Export::Deduplicator m_dedup;
    QPointer<Pager> m_pager;
    QString m_stream;
    qint64 m_since = 0;
    std::optional<qint64> m_until;
    QString m_query;
    QJsonObject m_criteria;
    int m_limit = 0;
    int m_taken = 0;
    bool m_limitReached = false;
    int m_problems = 0;
};

} // namespace

std::unique_ptr<Command> Commands::messages(const CommandContext &context)
{
    return std::make_unique<MessagesCommand>(context, MessagesCommand::Mode::History);
}

std::unique_ptr<Command> Commands::search(const CommandContext &context)
{
    return std::make_unique<MessagesCommand>(context, MessagesCommand::Mode::Search);
}

} // namespace Inspector::Cli

#include "messagescommand.moc"
