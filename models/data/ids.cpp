// SPDX-License-Identifier: Apache-2.0
#include "data/ids.h"

#include <QCoreApplication>

namespace Inspector::Ids {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Ids)
};

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9');
}

// The 6-bit value of a Base64 character of either alphabet (the caller checked the alphabet).
int sixBits(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'A' && u <= u'Z')
        return u - u'A';
    if (u >= u'a' && u <= u'z')
        return u - u'a' + 26;
    if (u >= u'0' && u <= u'9')
        return u - u'0' + 52;
    return (u == u'-' || u == u'+') ? 62 : 63;
}

QStringView withoutPadding(QStringView id)
{
    while (!id.isEmpty() && id.back() == u'=')
        id.chop(1);
    return id;
}

// Ids are quoted back in error messages; a pasted blob must not turn into a page-long sentence.
QString quoted(QStringView id)
{
    constexpr qsizetype MaxShown = 60;
    if (id.size() <= MaxShown)
        return id.toString();
    return id.first(MaxShown).toString() + u'\x2026';
}

QString describeCharacter(QChar c)
{
    if (c == u' ')
        return Text::tr("a space");
    if (c == u'\t')
        return Text::tr("a tab");
    if (c == u'\n' || c == u'\r')
        return Text::tr("a line break");
    if (c.isPrint() && !c.isSpace())
        return Text::tr("the character '%1'").arg(c);
    const QString code = QString::number(uint(c.unicode()), 16).toUpper().rightJustified(4, u'0');
    return Text::tr("the character U+%1").arg(code);
}

// The checks of validate(), returning the decoded bytes so decode() does not repeat them.
bool check(QStringView input, QString *error, QByteArray *bytes)
{
    const QStringView id = input.trimmed();
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (id.isEmpty())
        return fail(Text::tr("The id is empty."));

    const QStringView body = withoutPadding(id);
    const qsizetype padding = id.size() - body.size();
    if (body.isEmpty())
        return fail(Text::tr("The id '%1' consists only of '=' padding.").arg(quoted(id)));

    QChar urlSafeChar;
    QChar standardChar;
    for (const QChar c : body) {
        if (isAsciiAlnum(c))
            continue;
        if (c == u'-' || c == u'_') {
            if (urlSafeChar.isNull())
                urlSafeChar = c;
            continue;
        }
        if (c == u'+' || c == u'/') {
            if (standardChar.isNull())
                standardChar = c;
            continue;
        }
        if (c == u'=') {
            return fail(
                Text::tr("The id '%1' has '=' padding in the middle; padding may only appear at the end.")
                    .arg(quoted(id)));
        }
        return fail(
            Text::tr("The id '%1' contains %2, which is not Base64.").arg(quoted(id), describeCharacter(c)));
    }
    if (!urlSafeChar.isNull() && !standardChar.isNull()) {
        return fail(Text::tr("The id '%1' mixes the URL-safe Base64 character '%2' with the standard Base64 "
                             "character '%3'; an id uses one alphabet only.")
                        .arg(quoted(id), urlSafeChar, standardChar));
    }
    if (body.size() % 4 == 1) {
        return fail(Text::tr("The id '%1' has %2 Base64 characters, a length that no Base64 value has.")
                        .arg(quoted(id))
                        .arg(body.size()));
    }
    const qsizetype neededPadding = (4 - body.size() % 4) % 4;
    if (padding != 0 && padding != neededPadding) {
        return fail(Text::tr("The id '%1' ends in %2 '=' padding characters where its length needs %3.")
                        .arg(quoted(id))
                        .arg(padding)
                        .arg(neededPadding));
    }

    // Two spellings of the same bytes would give two keys for one message: only the canonical one
    // counts. The last character of a body of 4n+2 (4n+3) characters carries 4 (2) bits that no
    // byte uses; they must be zero. Checked on the text, so that validate() decodes nothing.
    const int unusedBits = body.size() % 4 == 2 ? 4 : body.size() % 4 == 3 ? 2 : 0;
    if (unusedBits != 0 && (sixBits(body.back()) & ((1 << unusedBits) - 1)) != 0) {
        return fail(Text::tr("The last character of the id '%1' carries stray bits, so it is not a canonical "
                             "Base64 value.")
                        .arg(quoted(id)));
    }
    if (!bytes)
        return true;

    QByteArray encoded = body.toLatin1();
    encoded.replace('+', '-').replace('/', '_');
    auto decoded = QByteArray::fromBase64Encoding(
        encoded, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    // The checks above leave nothing for the decoder to refuse, and a canonical text re-encodes to
    // itself; both stay checked, so that decode() can never disagree with validate() silently.
    if (!decoded
        || decoded.decoded.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
            != encoded)
        return fail(Text::tr("The id '%1' is not valid Base64.").arg(quoted(id)));
    *bytes = std::move(decoded.decoded);
    return true;
}

} // namespace

QString toUrlSafe(QStringView id)
{
    QString out = withoutPadding(id.trimmed()).toString();
    out.replace(u'+', u'-').replace(u'/', u'_');
    return out;
}

QString toStandard(QStringView id)
{
    // A form is only shown for what is an id: "test-message1" has no standard form, and inventing
    // "test+message1===" would show a value that no system ever used.
    if (!check(id, nullptr, nullptr))
        return {};
    QString out = withoutPadding(id.trimmed()).toString();
    out.replace(u'-', u'+').replace(u'_', u'/');
    while (out.size() % 4 != 0)
        out.append(u'=');
    return out;
}

QJsonValue toStandardJson(QStringView id)
{
    const QString standard = toStandard(id);
    return standard.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(standard);
}

Result<> validate(QStringView id)
{
    QString error;
    if (!check(id, &error, nullptr))
        return LocalError(error);
    return {};
}

int decodedLength(QStringView id)
{
    QByteArray bytes;
    if (!check(id, nullptr, &bytes))
        return -1;
    return int(bytes.size());
}

QString normalized(QStringView id)
{
    return toUrlSafe(id);
}

QByteArray decode(QStringView id, bool *ok)
{
    QByteArray bytes;
    const bool valid = check(id, nullptr, &bytes);
    if (ok)
        *ok = valid;
    return valid ? bytes : QByteArray();
}

} // namespace Inspector::Ids
