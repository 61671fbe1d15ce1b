// SPDX-License-Identifier: Apache-2.0
// A page of messages (`/agent/v4/stream/{sid}/message`), as the pager reads it: the quick outline,
// the simdjson parse and the QJsonDocument reference parse. The three must agree (parse.h): the
// outline decides the next request before the page is parsed, and the fast parse promises the
// reference's values, problems and sentences.
#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <cstddef>
#include <cstdint>

#include "common/messagecompare.h"
#include "data/parse.h"
#include "fuzzcheck.h"

using namespace Inspector;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A deep copy: the parsers may keep slices of the body in the messages they return.
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    const auto fast = Parse::messages(body);
    const auto reference = Parse::messagesReference(body);
    FUZZ_CHECK_MSG(fast.error == reference.error,
        qPrintable(QStringLiteral("fast: %1 / reference: %2").arg(fast.error, reference.error)));
    FUZZ_CHECK(fast.flagged == reference.flagged);
    FUZZ_CHECK(fast.replaced == reference.replaced);
    FUZZ_CHECK(fast.value.size() == reference.value.size());
    for (qsizetype i = 0; i < fast.value.size(); ++i) {
        QString why;
        FUZZ_CHECK_MSG(
            TestSupport::sameMessage(fast.value[i], reference.value[i], QStringLiteral("item"), &why),
            qPrintable(why));
        const Message &m = fast.value[i];
        if (!m.json.isEmpty()) {
            // The bytes a message keeps are its own object, and read back to the same object.
            FUZZ_CHECK(m.json.startsWith('{') && m.json.endsWith('}'));
            FUZZ_CHECK(QJsonDocument::fromJson(m.json).object() == reference.value[i].raw.object());
        }
        (void)m.key();
    }

    if (const auto outline = Parse::messagePageOutline(body)) {
        FUZZ_CHECK(fast.ok());
        FUZZ_CHECK(outline->timestamps.size() == fast.value.size());
        for (qsizetype i = 0; i < fast.value.size(); ++i)
            FUZZ_CHECK(outline->timestamps[i] == fast.value[i].timestamp);
        FUZZ_CHECK(
            outline->firstMessageId == (fast.value.isEmpty() ? QString() : fast.value.first().messageId));
    }
    return 0;
}
