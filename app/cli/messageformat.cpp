// SPDX-License-Identifier: Apache-2.0
#include "messageformat.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "data/displayname.h"
#include "data/ids.h"
#include "data/times.h"
#include "export/messagecolumns.h"
#include "presentationml/presentationml.h"
#include "textutil.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli::MessageFormat {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Inspector::Cli::MessageFormat", text);
}

} // namespace

QList<Output::Column> columns()
{
    return {{tr("TIME"), 24}, {tr("ID"), 36}, {tr("SENDER"), 24}, {tr("TEXT"), 60}, {tr("ATT"), 3, true},
        {tr("FLAGS"), 0}};
}

QStringList flags(const Export::Deduplicator::Item &item)
{
    const Message &m = item.message;
    QStringList f;
    if (!m.replacing.isEmpty())
        f.append(u"edited"_s);
    if (!m.replacedBy.isEmpty())
        f.append(u"replaced"_s);
    if (m.externalRecipients.value_or(false) || m.stream.external)
        f.append(u"external"_s);
    if (item.derived.isDuplicate)
        f.append(u"duplicate"_s);
    if (item.derived.duplicates > 0)
        f.append(u"delivered-%1x"_s.arg(item.derived.duplicates + 1));
    if (!m.diagnostic.isEmpty())
        f.append(u"undecryptable"_s);
    return f;
}

QStringList row(const Export::Deduplicator::Item &item)
{
    const Message &m = item.message;
    QString text = Text::excerpt(PresentationMl::toPlainText(m.message, m.data), 60);
    if (m.message.isNull() && !m.diagnostic.isEmpty())
        text = u"["_s + m.diagnostic + u']';
    return {Times::toIso(m.timestamp), m.messageId, DisplayName::of(m.user), text,
        QString::number(m.attachments.size()), flags(item).join(u',')};
}

QJsonObject json(const Export::Deduplicator::Item &item)
{
    // The JSON exports' item, so that --json and an export print the same thing.
    return Export::messageJson(item.message, item.derived);
}

} // namespace Inspector::Cli::MessageFormat
