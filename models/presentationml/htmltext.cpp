// SPDX-License-Identifier: Apache-2.0
#include "presentationml/htmltext.h"

#include "presentationml/textscan.h"

#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Inspector::PresentationMl::Detail {

void appendEscaped(QString &out, QStringView text)
{
    const QChar *begin = text.data();
    const QChar *const end = begin + text.size();
    const QChar *run = begin;
    for (const QChar *p = begin; p != end; ++p) {
        const char16_t c = p->unicode();
        QLatin1StringView replacement;
        if (c == u'&')
            replacement = "&amp;"_L1;
        else if (c == u'<')
            replacement = "&lt;"_L1;
        else if (c == u'>')
            replacement = "&gt;"_L1;
        else if (c == u'"')
            replacement = "&quot;"_L1;
        else if (!isDroppedControl(c))
            continue;
        out.append(run, p - run);
        out += replacement;
        run = p + 1;
    }
    out.append(run, end - run);
}

void appendUrlText(QString &out, QStringView url)
{
    qsizetype from = 0;
    while (from <= url.size()) {
        const qsizetype colon = url.indexOf(u':', from);
        const qsizetype stop = colon < 0 ? url.size() : colon;
        appendEscaped(out, url.sliced(from, stop - from));
        if (colon < 0)
            break;
        out += "&#58;"_L1;
        from = colon + 1;
    }
}

bool hasClassToken(QStringView classes, QLatin1StringView token)
{
    qsizetype i = 0;
    const qsizetype n = classes.size();
    while (i < n) {
        while (i < n && classes[i].isSpace())
            ++i;
        qsizetype j = i;
        while (j < n && !classes[j].isSpace())
            ++j;
        if (j > i && classes.sliced(i, j - i) == token)
            return true;
        i = j;
    }
    return false;
}

QString truncated(QStringView value, int maxChars, bool *wasTruncated)
{
    const bool cut = value.size() > maxChars;
    if (wasTruncated)
        *wasTruncated = cut;
    if (!cut)
        return value.toString();
    qsizetype keep = std::max(maxChars, 0);
    if (keep > 0 && QChar::isHighSurrogate(value[keep - 1].unicode()))
        --keep; // never half a surrogate pair
    return value.first(keep).toString() + u'…';
}

namespace {

// A mailto href with only the address and the header fields that cannot reach beyond the mail
// being written: subject, body and cc. Anything else (attach=/etc/passwd, which some mail clients
// honour, bcc, in-reply-to…) is dropped and named in `dropped` (decoded, lower-case). A kept
// value is decoded and percent-encoded again, so no '&', ';' or '=' in it can start a field.
QString mailtoHref(const QUrl &url, QStringList *dropped)
{
    QString href = u"mailto:"_s + url.path(QUrl::FullyEncoded);
    if (!url.hasQuery())
        return href;
    const QString query = url.query(QUrl::FullyEncoded);
    QChar separator = u'?';
    for (const QStringView item : QStringView(query).split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        const QString key = QUrl::fromPercentEncoding((eq < 0 ? item : item.first(eq)).toUtf8()).toLower();
        if (key != "subject"_L1 && key != "body"_L1 && key != "cc"_L1) {
            const QString shown = truncated(key, 32);
            if (dropped->size() < 8 && !dropped->contains(shown))
                dropped->append(shown);
            continue;
        }
        const QString value = eq < 0 ? QString() : QUrl::fromPercentEncoding(item.sliced(eq + 1).toUtf8());
        href += separator;
        href += key;
        href += u'=';
        href += QString::fromLatin1(QUrl::toPercentEncoding(value, "@,"));
        separator = u'&';
    }
    return href;
}

} // namespace

QString allowedHref(QStringView raw, QStringList *droppedFields)
{
    for (const QChar ch : raw) {
        const char16_t c = ch.unicode();
        if (c <= 0x20 || (c >= 0x7f && c <= 0x9f) || c == u'\\' || ch.isSpace())
            return {};
    }
    const bool https = raw.startsWith(u"https://", Qt::CaseInsensitive);
    const bool mailto = raw.startsWith(u"mailto:", Qt::CaseInsensitive);
    if (!https && !mailto)
        return {};
    const QUrl url(raw.toString(), QUrl::TolerantMode);
    if (!url.isValid())
        return {};
    if (https && (url.scheme() != "https"_L1 || url.host().isEmpty() || !url.userInfo().isEmpty()))
        return {};
    if (mailto && (url.scheme() != "mailto"_L1 || url.path().isEmpty()))
        return {};
    if (mailto)
        return mailtoHref(url, droppedFields);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace Inspector::PresentationMl::Detail
