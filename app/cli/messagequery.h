// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

#include "data/localresult.h"

namespace Inspector::Cli {

class CommandLine;

/**
 * @brief What `messages`/`export` and `search`/`export-search` read from their command lines: a time
 * window, or a search. Plain values built by pure functions.
 */
struct MessageQuery
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Cli::MessageQuery)

public:
    qint64 since = 0;
    std::optional<qint64> until; ///< inclusive
    QString query; ///< field:value syntax, for GET /agent/v1/message/search
    QJsonObject criteria; ///< or a MessageSearchQuery body (plain words need a stream)

    /** --since and --until (epoch ms or ISO 8601); a usage error when unreadable or reversed. */
    static Result<MessageQuery> readTimeWindow(const CommandLine &cli);

    /**
     * A search for @p text within @p stream (may be empty): field:value terms go to the query syntax
     * (the stream added as a term), plain words to a {text, streamId} body, which Symphony allows
     * only within one stream. A usage error when the text is empty, the stream id is invalid
     * or plain words come without a stream.
     */
    static Result<MessageQuery> buildSearch(const QString &text, const QString &stream);
};

} // namespace Inspector::Cli
