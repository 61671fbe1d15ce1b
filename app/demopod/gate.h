// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "dataset.h"
#include "httptypes.h"
#include "sessions.h"

namespace Inspector::DemoPod {

struct EndpointContext;

/**
 * @brief The one preamble of every authenticated handler: authorize the caller, then check and
 * resolve what the path names, in the order the handler asks. The first step that fails records
 * its error reply and makes every later step do nothing, so a handler reads
 *
 *     Gate gate(context, request, Component::Pod);
 *     int index = -1;
 *     if (!gate.stream(sid, &index).canView(index))
 *         return gate.reply();
 */
class Gate
{
public:
    /** Authorizes the request's tokens (401 "Invalid session" / "Invalid key manager token"). */
    Gate(EndpointContext &context, const HttpRequest &request, Component component);

    /** true while no step has failed. */
    explicit operator bool() const { return !m_failed; }
    /** The error reply of the step that failed. */
    const HttpReply &reply() const { return m_error; }
    /** The caller's user id (0 when authorization failed). */
    qint64 caller() const { return m_caller; }

    /** 403 unless the caller is an administrator (a system account). */
    Gate &admin();
    /** Resolves a URL-safe stream id into *index; 400 "Stream not found." for unknown or standard ids. */
    Gate &stream(const QString &id, int *index);
    /** As stream(), then 400 "Stream … is not a room." unless it is a room. */
    Gate &room(const QString &id, int *index);
    /**
     * Resolves a message id into *ref: 400 for a malformed or standard id; for an unknown one
     * @p missingStatus with @p missingMessage (204 = an empty answer).
     */
    Gate &message(const QString &id, int missingStatus, const QString &missingMessage, MessageRef *ref);
    /** 403 unless the caller may see stream @p index. */
    Gate &canView(int index);
    /** 403 unless the caller is a member of stream @p index. */
    Gate &member(int index);
    /** Fails with @p reply unless @p condition holds. */
    Gate &require(bool condition, const HttpReply &reply);

    /** The stream index of a URL-safe id, or -1 and a 400 reply in *error. */
    static int resolveStream(const DataSet &data, const QString &id, HttpReply *error);
    /** The 403 answer of a stream the caller may not see. */
    static HttpReply forbidden(qint64 userId);
    /** The 403 answer of an administrator-only endpoint. */
    static HttpReply notEntitled();

private:
    Gate &fail(const HttpReply &reply);

    const DataSet &m_data;
    qint64 m_caller = 0;
    bool m_failed = false;
    HttpReply m_error;
};

} // namespace Inspector::DemoPod
