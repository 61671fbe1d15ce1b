// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Inspector {

struct AdminMemberUser;
struct StatusUser;
struct User;
struct UserRef;

/**
 * @brief The one rule that names a person, wherever the tool shows one (tables, details, the
 * stream tree, the CLI): the display name, else the e-mail address, else the user name, else the
 * numeric id. A value made only of white space counts as missing. An unknown person (no field and
 * id 0) gets an empty string, so that the caller decides what to show instead.
 */
namespace DisplayName {

QString of(const QString &displayName, const QString &email, const QString &username, qint64 userId);

QString of(const UserRef &user);
QString of(const User &user);
QString of(const StatusUser &user);
QString of(const AdminMemberUser &user);

} // namespace DisplayName
} // namespace Inspector
