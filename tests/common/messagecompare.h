// SPDX-License-Identifier: Apache-2.0
// Field-by-field comparison of parsed messages: Parse::messages() against
// Parse::messagesReference() in tst_messagepage and in the message page fuzz target.
#pragma once

#include <QString>
#include <QTest>

#include "data/message.h"

namespace Inspector::TestSupport {

using namespace Qt::StringLiterals;

// Field by field, so that a failure names what differs.
#define INSPECTOR_SAME(field)                                                                                \
    do {                                                                                                     \
        if (!(a.field == b.field)) {                                                                         \
            *why = where + u"." #field ": "_s                                                                \
                + QString::fromUtf8(QTest::toString(a.field) ? QTest::toString(a.field) : "?");              \
            return false;                                                                                    \
        }                                                                                                    \
    } while (false)

inline bool sameUser(const UserRef &a, const UserRef &b, const QString &where, QString *why)
{
    INSPECTOR_SAME(userId);
    INSPECTOR_SAME(firstName);
    INSPECTOR_SAME(lastName);
    INSPECTOR_SAME(displayName);
    INSPECTOR_SAME(email);
    INSPECTOR_SAME(username);
    INSPECTOR_SAME(raw);
    INSPECTOR_SAME(problems);
    return true;
}

inline bool sameMessage(const Message &a, const Message &b, const QString &where, QString *why)
{
    INSPECTOR_SAME(messageId);
    INSPECTOR_SAME(parentMessageId);
    INSPECTOR_SAME(timestamp);
    INSPECTOR_SAME(message);
    INSPECTOR_SAME(data);
    if (!sameUser(a.user, b.user, where + u".user"_s, why))
        return false;
    INSPECTOR_SAME(stream.streamId);
    INSPECTOR_SAME(stream.streamType);
    INSPECTOR_SAME(stream.roomName);
    INSPECTOR_SAME(stream.external);
    INSPECTOR_SAME(stream.crossPod);
    INSPECTOR_SAME(stream.recipientTenantIds);
    INSPECTOR_SAME(stream.raw);
    INSPECTOR_SAME(stream.problems);
    INSPECTOR_SAME(stream.members.size());
    for (qsizetype i = 0; i < a.stream.members.size(); ++i) {
        if (!sameUser(a.stream.members[i], b.stream.members[i], where + u".members"_s, why))
            return false;
    }
    INSPECTOR_SAME(attachments.size());
    for (qsizetype i = 0; i < a.attachments.size(); ++i) {
        INSPECTOR_SAME(attachments[i].id);
        INSPECTOR_SAME(attachments[i].name);
        INSPECTOR_SAME(attachments[i].size);
        INSPECTOR_SAME(attachments[i].raw);
        INSPECTOR_SAME(attachments[i].problems);
        INSPECTOR_SAME(attachments[i].images.size());
        for (qsizetype j = 0; j < a.attachments[i].images.size(); ++j) {
            INSPECTOR_SAME(attachments[i].images[j].id);
            INSPECTOR_SAME(attachments[i].images[j].dimension);
            INSPECTOR_SAME(attachments[i].images[j].raw);
            INSPECTOR_SAME(attachments[i].images[j].problems);
        }
    }
    INSPECTOR_SAME(externalRecipients.has_value());
    INSPECTOR_SAME(externalRecipients.value_or(false));
    INSPECTOR_SAME(diagnostic);
    INSPECTOR_SAME(userAgent);
    INSPECTOR_SAME(originalFormat);
    INSPECTOR_SAME(disclaimer);
    INSPECTOR_SAME(sid);
    INSPECTOR_SAME(replacing);
    INSPECTOR_SAME(replacedBy);
    INSPECTOR_SAME(initialTimestamp.has_value());
    INSPECTOR_SAME(initialTimestamp.value_or(0));
    INSPECTOR_SAME(initialMessageId);
    INSPECTOR_SAME(silent.has_value());
    INSPECTOR_SAME(silent.value_or(false));
    INSPECTOR_SAME(raw.object());
    INSPECTOR_SAME(problems);
    INSPECTOR_SAME(otherFields);
    if (bool(a.sharedMessage) != bool(b.sharedMessage)) {
        *why = where + u".sharedMessage: one side has none"_s;
        return false;
    }
    if (a.sharedMessage)
        return sameMessage(*a.sharedMessage, *b.sharedMessage, where + u".sharedMessage"_s, why);
    return true;
}

#undef INSPECTOR_SAME

} // namespace Inspector::TestSupport
