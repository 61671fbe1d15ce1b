// SPDX-License-Identifier: Apache-2.0
#include "messagequery.h"

#include <QRegularExpression>

#include "commandline.h"
#include "commands.h"
#include "data/ids.h"
#include "data/times.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

Result<MessageQuery> MessageQuery::readTimeWindow(const CommandLine &cli)
{
    MessageQuery window;
    if (cli.isSet(u"since"_s)) {
        const Result<qint64> since = Times::parse(cli.value(u"since"_s));
        if (!since)
            return LocalError(tr("--since: %1").arg(since.error().message()));
        window.since = since.value();
    }
    if (cli.isSet(u"until"_s)) {
        const Result<qint64> until = Times::parse(cli.value(u"until"_s));
        if (!until)
            return LocalError(tr("--until: %1").arg(until.error().message()));
        window.until = until.value();
        if (*window.until < window.since)
            return LocalError(tr("--until (%1) is before --since (%2).")
                                  .arg(Times::toIso(*window.until), Times::toIso(window.since)));
    }
    return window;
}

Result<MessageQuery> MessageQuery::buildSearch(const QString &text, const QString &stream)
{
    const QString words = text.trimmed();
    if (words.isEmpty())
        return LocalError(tr("A search needs a QUERY."));
    QString streamId = stream.trimmed();
    if (!streamId.isEmpty()) {
        if (Result<> valid = Commands::checkId(streamId, tr("stream")); !valid)
            return valid.error();
        streamId = Ids::toUrlSafe(streamId);
    }
    MessageQuery search;
    // field:value terms go to the query syntax of GET /agent/v1/message/search.
    static const QRegularExpression fieldTerm(u"(^|\\s)[A-Za-z]+:\\S"_s);
    if (fieldTerm.match(words).hasMatch()) {
        search.query = streamId.isEmpty() ? words : words + u" AND streamId:"_s + streamId;
        return search;
    }
    if (streamId.isEmpty())
        return LocalError(tr("A plain-words search needs --stream ID (Symphony searches text only within one "
                             "stream); or use field:value terms such as hashtag:rates."));
    search.criteria = QJsonObject {{u"text"_s, words}, {u"streamId"_s, streamId}};
    return search;
}

} // namespace Inspector::Cli
