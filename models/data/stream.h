// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Conventions for raw, problems and optional numbers: see data/user.h.

namespace Inspector {

/** @brief A stream the caller is a member of, from `/pod/v1/streams/list` (`StreamAttributes`). */
struct Stream
{
    QString id;
    bool crossPod = false;
    bool active = false;
    /** From `streamType.type` (a plain string is accepted too): `IM`, `MIM`, `ROOM` or `POST`. */
    QString type;
    /** From `streamAttributes.members`; IM and MIM only. */
    QList<qint64> members;
    /** From `roomAttributes.name`; rooms only. */
    QString roomName;

    /** Ids::normalized(id). */
    QString key() const;

    QJsonObject raw;
    QStringList problems;
};

/** @brief `attributes` of an admin stream listing (`V2AdminStreamAttributes`). */
struct AdminStreamAttributes
{
    QString roomName;
    QString roomDescription;
    /** IM and MIM only. */
    QList<qint64> members;
    qint64 createdByUserId = 0;
    qint64 createdDate = 0;
    qint64 lastModifiedDate = 0;
    QString originCompany;
    qint64 originCompanyId = 0;
    qint64 membersCount = 0;
    /** Absent for a stream without messages. */
    std::optional<qint64> lastMessageDate;
    /** Since SBE 20.16. */
    bool groupChat = false;

    QJsonObject raw;
    QStringList problems;
};

/** @brief One stream of the enterprise-wide listing `/pod/v2/admin/streams/list` (`V2AdminStreamInfo`). */
struct AdminStream
{
    QString id;
    /** Deprecated by the API in favour of origin. */
    bool isExternal = false;
    bool isActive = false;
    /** Rooms only. */
    bool isPublic = false;
    /** `IM`, `MIM` or `ROOM` (a plain string in this listing). */
    QString type;
    bool crossPod = false;
    /** `INTERNAL` or `EXTERNAL`. */
    QString origin;
    AdminStreamAttributes attributes;

    /** Ids::normalized(id). */
    QString key() const;

    QJsonObject raw;
    QStringList problems;
};

/**
 * @brief The envelope of one page of a paged list (`V2AdminStreamList`, `V3RoomSearchResults`,
 * `V2MembershipList`): the paging numbers, with the records in the struct derived from it.
 */
struct ListPage
{
    /** Total number of matches, for progress over pages. */
    qint64 count = 0;
    qint64 skip = 0;
    qint64 limit = 0;

    QJsonObject raw;
    /** The envelope's own problems; each record carries its own. */
    QStringList problems;
};

/** @brief Response of `/pod/v2/admin/streams/list` (`V2AdminStreamList`). */
struct AdminStreamList : ListPage
{
    QList<AdminStream> streams;
};

/** @brief An SDL group added to a room (`GroupItem`). */
struct GroupItem
{
    qint64 id = 0;
    qint64 addedBy = 0;

    QJsonObject raw;
    QStringList problems;
};

/** @brief Details of any stream, from `/pod/v2/streams/{sid}/info` (`V2StreamAttributes`). */
struct StreamInfo
{
    QString id;
    bool crossPod = false;
    /** `INTERNAL` or `EXTERNAL`. */
    QString origin;
    bool active = false;
    std::optional<qint64> lastMessageDate;
    /** From `streamType.type`. */
    QString type;
    /** From `streamAttributes.members`; IM and MIM only. */
    QList<qint64> members;
    /** From `roomAttributes.name`; rooms only. */
    QString roomName;
    /** From `roomAttributes.groups`. */
    QList<GroupItem> groups;

    /** Ids::normalized(id). */
    QString key() const;

    QJsonObject raw;
    QStringList problems;
};

/** @brief A search keyword of a room (`RoomTag`). */
struct RoomKeyword
{
    QString key;
    QString value;

    QJsonObject raw;
    QStringList problems;
};

/** @brief `roomAttributes` of a room (`V3RoomAttributes`). */
struct RoomAttributes
{
    QString name;
    QString description;
    QList<RoomKeyword> keywords;
    bool membersCanInvite = false;
    bool discoverable = false;
    /** JSON `public` (a C++ keyword). */
    bool isPublic = false;
    bool readOnly = false;
    bool copyProtected = false;
    bool crossPod = false;
    bool viewHistory = false;
    bool multiLateralRoom = false;
    bool scheduledMeeting = false;
    bool groupChat = false;
    /** Obsolete. */
    QString subType;
    QString pinnedMessageId;

    QJsonObject raw;
    QStringList problems;
};

/** @brief `roomSystemInfo` of a room (`RoomSystemInfo`). */
struct RoomSystemInfo
{
    QString id;
    qint64 creationDate = 0;
    qint64 createdByUserId = 0;
    bool active = false;

    /** Ids::normalized(id). */
    QString key() const;

    QJsonObject raw;
    QStringList problems;
};

/** @brief Response of `/pod/v3/room/{id}/info`, also the items of a room search (`V3RoomDetail`). */
struct RoomDetail
{
    RoomAttributes roomAttributes;
    RoomSystemInfo roomSystemInfo;
    QList<GroupItem> groups;

    QJsonObject raw;
    QStringList problems;
};

/** @brief Response of `/pod/v3/room/search` (`V3RoomSearchResults`). */
struct RoomSearchResult : ListPage
{
    QList<RoomDetail> rooms;
};

/** @brief One member of `/pod/v2/room/{id}/membership/list` (`MemberInfo`). */
struct RoomMember
{
    qint64 id = 0;
    bool owner = false;
    qint64 joinDate = 0;
    QList<qint64> addedThroughGroups;

    QJsonObject raw;
    QStringList problems;
};

/** @brief `user` of an admin membership record (`V2MemberUserDetail`). */
struct AdminMemberUser
{
    qint64 userId = 0;
    QString email;
    QString firstName;
    QString lastName;
    QString displayName;
    QString company;
    qint64 companyId = 0;
    bool isExternal = false;

    QJsonObject raw;
    QStringList problems;
};

/** @brief One member of `/pod/v1/admin/stream/{id}/membership/list` (`V2MemberInfo`). */
struct AdminMember
{
    AdminMemberUser user;
    bool isOwner = false;
    bool isCreator = false;
    qint64 joinDate = 0;
    QList<qint64> addedThroughGroups;

    QJsonObject raw;
    QStringList problems;
};

/** @brief Response of `/pod/v1/admin/stream/{id}/membership/list` (`V2MembershipList`). */
struct AdminMemberList : ListPage
{
    QList<AdminMember> members;
};

} // namespace Inspector
