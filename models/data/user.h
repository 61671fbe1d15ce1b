// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/*
 * Conventions shared by every value type in data/:
 * - `raw` is the server's JSON object unchanged, so exports lose nothing and unknown fields survive.
 * - `problems` holds one sentence per field that had the wrong type (or a missing record key). The
 *   record is kept; a wrong-typed field keeps its default value. Problems of nested objects are also
 *   copied into the enclosing record's list, with the field path ("user.userId").
 * - Strings absent or null in the JSON are null QStrings. Numbers the server always sends are plain
 *   (0 when absent); numbers the server may omit are std::optional. 64-bit ids never pass through
 *   double or int.
 */

#include "data/lazyjsonobject.h"

namespace Inspector {

/** @brief Author or member of a message or event (agent `V4User`). */
struct UserRef
{
    qint64 userId = 0;
    QString firstName;
    QString lastName;
    QString displayName;
    QString email;
    /** Internal users only; read from `username` or, as some payloads spell it, `userName`. */
    QString username;

    /** Built on first use when the user came from a message page (see LazyJsonObject). */
    LazyJsonObject raw;
    QStringList problems;
};

/** @brief One avatar picture of a user (`Avatar`). */
struct Avatar
{
    QString size;
    QString url;

    QJsonObject raw;
    QStringList problems;
};

/** @brief A user record of `/pod/v3/users` or `/pod/v2/user` (`UserV2`). */
struct User
{
    qint64 id = 0;
    QString emailAddress;
    QString firstName;
    QString lastName;
    QString displayName;
    QString title;
    QString company;
    QString username;
    QString location;
    /** `NORMAL`, `SYSTEM` or `SDL`. */
    QString accountType;
    QStringList roles;
    QString workPhoneNumber;
    QString mobilePhoneNumber;
    QString jobFunction;
    QString department;
    QString division;
    QList<Avatar> avatars;

    QJsonObject raw;
    QStringList problems;
};

/** @brief One rejected lookup value of `/pod/v3/users` (`UserError`); `email` or `id` is set. */
struct UserError
{
    /** Error code such as `invalid.format`. */
    QString error;
    QString email;
    /** A string in the spec and a number in its example: both are read, as text. */
    QString id;

    QJsonObject raw;
    QStringList problems;
};

/** @brief Response of `/pod/v3/users` (`V2UserList`). */
struct UserList
{
    QList<User> users;
    QList<UserError> errors;

    QJsonObject raw;
    /** The envelope's own problems; each user and error carries its own. */
    QStringList problems;
};

} // namespace Inspector
