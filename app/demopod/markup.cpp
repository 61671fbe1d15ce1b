// SPDX-License-Identifier: Apache-2.0
#include "markup.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

namespace {

QString span(const QString &id, const QString &text)
{
    return u"<span class=\"entity\" data-entity-id=\""_s + id + u"\">"_s + Markup::escape(text)
        + u"</span>"_s;
}

QJsonObject taxonomy(const QString &type, const QString &idType, const QJsonValue &value)
{
    return QJsonObject {
        {u"type"_s, type},
        {u"version"_s, u"1.0"_s},
        {u"id"_s, QJsonArray {QJsonObject {{u"type"_s, idType}, {u"value"_s, value}}}},
    };
}

} // namespace

QString Markup::nextId(const QString &prefix)
{
    if (m_botStyle)
        return prefix + QString::number(++m_counter);
    return QString::number(m_counter++);
}

QString Markup::mention(qint64 userId, const QString &displayName)
{
    const QString id = nextId(u"mention"_s);
    m_entities.insert(id, taxonomy(u"com.symphony.user.mention"_s, u"com.symphony.user.userId"_s, userId));
    return span(id, u'@' + displayName);
}

QString Markup::hashtag(const QString &tag)
{
    const QString id = nextId(u"keyword"_s);
    m_entities.insert(
        id, taxonomy(u"org.symphonyoss.taxonomy"_s, u"org.symphonyoss.taxonomy.hashtag"_s, tag));
    return span(id, u'#' + tag);
}

QString Markup::cashtag(const QString &ticker)
{
    const QString id = nextId(u"keyword"_s);
    m_entities.insert(
        id, taxonomy(u"org.symphonyoss.fin.security"_s, u"org.symphonyoss.fin.security.id.ticker"_s, ticker));
    return span(id, u'$' + ticker);
}

QString Markup::emoji(const QString &shortcode, const QString &unicode, const QString &annotation)
{
    const QString id = nextId(u"emoji"_s);
    m_entities.insert(id,
        QJsonObject {
            {u"type"_s, u"com.symphony.emoji"_s},
            {u"version"_s, u"1.0"_s},
            {u"data"_s,
                QJsonObject {
                    {u"annotation"_s, annotation},
                    {u"shortcode"_s, shortcode},
                    {u"size"_s, u"normal"_s},
                    {u"unicode"_s, unicode},
                }},
        });
    return span(id, unicode);
}

QString Markup::document(const QString &body) const
{
    if (m_botStyle)
        return u"<div data-format=\"PresentationML\" data-version=\"2.0\">"_s + body + u"</div>"_s;
    return u"<div data-format=\"PresentationML\" data-version=\"2.0\" class=\"wysiwyg\">"_s + body
        + u"</div>"_s;
}

QString Markup::data() const
{
    return QString::fromUtf8(QJsonDocument(m_entities).toJson(QJsonDocument::Compact));
}

QString Markup::escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString Markup::plainText(const QString &presentationMl)
{
    QString out;
    out.reserve(presentationMl.size());
    bool inTag = false;
    for (const QChar c : presentationMl) {
        if (c == u'<') {
            inTag = true;
            out += u' ';
        } else if (c == u'>') {
            inTag = false;
        } else if (!inTag) {
            out += c;
        }
    }
    out.replace(u"&lt;"_s, u"<"_s);
    out.replace(u"&gt;"_s, u">"_s);
    out.replace(u"&quot;"_s, u"\""_s);
    out.replace(u"&amp;"_s, u"&"_s);
    return out.simplified();
}

} // namespace Inspector::DemoPod
