// SPDX-License-Identifier: Apache-2.0
// A batch of real-time events (`V5EventList`, datafeed and datahose reads), and what the live view
// derives from each event.
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

#include "data/event.h"
#include "fuzzcheck.h"

using namespace Inspector;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto batch = Parse::eventList(body);
    if (!batch.ok()) {
        FUZZ_CHECK(!batch.error.isEmpty());
        FUZZ_CHECK(batch.value.events.isEmpty());
        return 0;
    }
    const QJsonArray items = batch.value.raw.value(QLatin1String("events")).toArray();
    FUZZ_CHECK(batch.value.events.size() == items.size());
    int flagged = 0;
    for (qsizetype i = 0; i < batch.value.events.size(); ++i) {
        const Event &e = batch.value.events[i];
        FUZZ_CHECK(e.raw == items.at(i).toObject()); // the server's object, unchanged
        flagged += e.problems.isEmpty() ? 0 : 1;
        for (const QString &p : e.problems)
            FUZZ_CHECK(!p.isEmpty());
        FUZZ_CHECK(e.preview.size() <= Event::PreviewLength);
        const QJsonObject derived = e.derivedJson();
        FUZZ_CHECK(derived.value(QLatin1String("key")).toString() == e.key());
        FUZZ_CHECK(derived.value(QLatin1String("problems")).toArray().size() == e.problems.size());
        if (e.message)
            FUZZ_CHECK(e.message->raw.object()
                == e.raw.value(QLatin1String("payload"))
                       .toObject()
                       .value(Event::payloadKey(e.type))
                       .toObject()
                       .value(QLatin1String("message"))
                       .toObject());
    }
    FUZZ_CHECK(batch.flagged == flagged);
    return 0;
}
