// SPDX-License-Identifier: Apache-2.0
// Users.
#include "data/parse.h"

#include "data/fieldreader.h"
#include "data/parsebody.h"

using namespace Qt::StringLiterals;

namespace Inspector::Parse {

using namespace Detail;

namespace {

Avatar readAvatar(const QJsonObject &o, const QString &path)
{
    return readRecord<Avatar>(o, path, [](Avatar &a, FieldReader &r) {
        a.size = r.string("size"_L1);
        a.url = r.string("url"_L1);
    });
}

User readUser(const QJsonObject &o, const QString &path)
{
    return readRecord<User>(o, path, [](User &u, FieldReader &r) {
        r.require("id"_L1);
        u.id = r.integer("id"_L1);
        u.emailAddress = r.string("emailAddress"_L1);
        u.firstName = r.string("firstName"_L1);
        u.lastName = r.string("lastName"_L1);
        u.displayName = r.string("displayName"_L1);
        u.title = r.string("title"_L1);
        u.company = r.string("company"_L1);
        u.username = r.has("username"_L1) ? r.string("username"_L1) : r.string("userName"_L1);
        u.location = r.string("location"_L1);
        u.accountType = r.string("accountType"_L1);
        u.roles = r.stringList("roles"_L1);
        u.workPhoneNumber = r.stringOrNumber("workPhoneNumber"_L1);
        u.mobilePhoneNumber = r.stringOrNumber("mobilePhoneNumber"_L1);
        u.jobFunction = r.string("jobFunction"_L1);
        u.department = r.string("department"_L1);
        u.division = r.string("division"_L1);
        u.avatars = r.objectList<Avatar>("avatars"_L1, readAvatar);
    });
}

UserError readUserError(const QJsonObject &o, const QString &path)
{
    return readRecord<UserError>(o, path, [](UserError &e, FieldReader &r) {
        e.error = r.string("error"_L1);
        e.email = r.string("email"_L1);
        e.id = r.stringOrNumber("id"_L1);
    });
}

UserList readUserList(const QJsonObject &o, const QString &path)
{
    return readRecord<UserList>(o, path, [](UserList &l, FieldReader &r) {
        l.users = readRecords<User>(r, "users"_L1, readUser);
        l.errors = readRecords<UserError>(r, "errors"_L1, readUserError);
    });
}

} // namespace

Result<UserList> users(const QByteArray &body)
{
    return parseObject<UserList>(body, Text::tr("a list of users"), readUserList, true);
}

Result<User> user(const QByteArray &body)
{
    return parseObject<User>(body, Text::tr("a user"), readUser);
}

} // namespace Inspector::Parse
