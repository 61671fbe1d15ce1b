// SPDX-License-Identifier: Apache-2.0
#include "idreport.h"

#include <QCoreApplication>

#include <limits>

#include "data/ids.h"
#include "data/times.h"

using namespace Qt::StringLiterals;

namespace Inspector::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Inspector::Cli::IdReport", text);
}

} // namespace

IdReport IdReport::analyse(const QString &id)
{
    IdReport r;
    r.input = id.trimmed();
    const Result<> valid = Ids::validate(r.input);
    r.valid = valid.ok();
    r.error = valid.error().message();
    if (!r.valid)
        return r;
    r.urlSafe = Ids::toUrlSafe(r.input);
    r.standard = Ids::toStandard(r.input);
    const QByteArray bytes = Ids::decode(r.input);
    r.decodedLength = int(bytes.size());
    if (bytes.size() == 25) {
        // Bytes 16..23 hold Long.MAX_VALUE - creation time in milliseconds, big-endian (§10.2).
        quint64 inverted = 0;
        for (int i = 16; i < 24; ++i)
            inverted = (inverted << 8) | quint8(bytes.at(i));
        const quint64 max = quint64(std::numeric_limits<qint64>::max());
        if (inverted <= max) {
            const qint64 ms = qint64(max - inverted);
            // Only a time after 2000 and before 2200 is a plausible reading of the layout.
            if (ms >= 946684800000LL && ms < 7258118400000LL)
                r.inferredCreationMs = ms;
        }
        const char tag = bytes.at(24);
        if (tag == 't')
            r.inferredKind = u"stream"_s;
        else if (tag == 'm')
            r.inferredKind = u"message"_s;
    }
    return r;
}

QList<QPair<QString, QString>> IdReport::fields() const
{
    QList<QPair<QString, QString>> out;
    out.append({tr("Input"), input});
    out.append({tr("Valid"), valid ? tr("yes") : tr("no: %1").arg(error)});
    if (!valid)
        return out;
    out.append({tr("URL-safe"), urlSafe});
    out.append({tr("Standard"), standard});
    out.append({tr("Decoded length"), tr("%1 bytes").arg(decodedLength)});
    if (inferredCreationMs)
        out.append({tr("Created (inferred)"),
            tr("%1 (%2 ms; from the id's byte layout, not documented by Symphony)")
                .arg(Times::toIso(*inferredCreationMs))
                .arg(*inferredCreationMs)});
    else if (decodedLength == 25)
        out.append({tr("Created (inferred)"), tr("unknown: the id does not follow the usual layout")});
    else
        out.append({tr("Created (inferred)"), tr("unknown: only 25-byte ids carry a creation time")});
    if (!inferredKind.isEmpty())
        out.append({tr("Kind (inferred)"), inferredKind});
    return out;
}

QJsonObject IdReport::toJson() const
{
    QJsonObject o {{u"valid"_s, valid}};
    if (!valid) {
        o.insert(u"error"_s, error);
        return o;
    }
    o.insert(u"urlSafeId"_s, urlSafe);
    o.insert(u"standardId"_s, standard);
    o.insert(u"decodedLength"_s, decodedLength);
    if (inferredCreationMs) {
        o.insert(u"inferredCreationTime"_s, *inferredCreationMs);
        o.insert(u"inferredCreationTimeIso"_s, Times::toIso(*inferredCreationMs));
    }
    if (!inferredKind.isEmpty())
        o.insert(u"inferredKind"_s, inferredKind);
    o.insert(u"inferred"_s,
        u"creation time and kind come from the id's byte layout (docs §10.2), "
        u"inferred from examples, not documented by Symphony"_s);
    return o;
}

} // namespace Inspector::Cli
