// SPDX-License-Identifier: Apache-2.0
#include "messagequery.h"

#include <QRegularExpression>

#include "commandline.h"
#include "commands.h"
#include "data/ids.h"
#include "data/times.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

bool MessageQuery::readTimeWindow(const CommandLine &cli, MessageQuery *window, QString *error)
{
    if (cli.isSet(u"since"_s)) {
        const Result<qint64> since = Times::parse(cli.value(u"since"_s));
        if (!since) {
            *error = tr("--since: %1").arg(since.error().message());
            return false;
        }
        window->since = since.value();
    }
    if (cli.isSet(u"until"_s)) {
        const Result<qint64> until = Times::parse(cli.value(u"until"_s));
        if (!until) {
            *error = tr("--until: %1").arg(until.error().message());
            return false;
        }
        window->until = until.value();
        if (*window->until < window->since) {
            *error = tr("--until (%1) is before --since (%2).")
                         .arg(Times::toIso(*window->until), Times::toIso(window->since));
            return false;
        }
    }
    return true;
}

bool MessageQuery::buildSearch(
    const QString &text, const QString &stream, MessageQuery *search, QString *error)
{
    const QString words = text.trimmed();
    if (words.isEmpty()) {
        *error = tr("A search needs a QUERY.");
        return false;
    }
    QString streamId = stream.trimmed();
    if (!streamId.isEmpty()) {
        if (!Commands::checkId(streamId, tr("stream"), error))
            return false;
        streamId = Ids::toUrlSafe(streamId);
    }
    // field:value terms go to the query syntax of GET /agent/v1/message/search.
    static const QRegularExpression fieldTerm(u"(^|\\s)[A-Za-z]+:\\S"_s);
    if (fieldTerm.match(words).hasMatch()) {
        search->query = streamId.isEmpty() ? words : words + u" AND streamId:"_s + streamId;
        return true;
    }
    if (streamId.isEmpty()) {
        *error = tr("A plain-words search needs --stream ID (Symphony searches text only within one stream); "
                    "or use field:value terms such as hashtag:rates.");
        return false;
    }
    search->criteria = QJsonObject {{u"text"_s, words}, {u"streamId"_s, streamId}};
    return true;
}

} // namespace Inspector::Cli
