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
    Avatar a;
    a.raw = o;
    FieldReader r(o, &a.problems, path);
    a.size = r.string("size"_L1);
    a.url = r.string("url"_L1);
    return a;
}

User readUser(const QJsonObject &o, const QString &path)
{
    User u;
    u.raw = o;
    FieldReader r(o, &u.problems, path);
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
    return u;
}

UserError readUserError(const QJsonObject &o, const QString &path)
{
    UserError e;
    e.raw = o;
    FieldReader r(o, &e.problems, path);
    e.error = r.string("error"_L1);
    e.email = r.string("email"_L1);
    e.id = r.stringOrNumber("id"_L1);
    return e;
}

UserList readUserList(const QJsonObject &o, const QString &path)
{
    UserList l;
    l.raw = o;
    FieldReader r(o, &l.problems, path);
    l.users = readRecords<User>(r, "users"_L1, readUser);
    l.errors = readRecords<UserError>(r, "errors"_L1, readUserError);
    return l;
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
