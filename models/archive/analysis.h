// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "data/localresult.h"

namespace Inspector::Archive {

class Store;

/// One change between two runs of an archive.
struct Change
{
    enum class Kind
    {
        StreamAdded,
        StreamRenamed,
        StreamDeactivated,
        StreamReactivated,
        MemberJoined,
        MemberLeft,
        OwnerChanged,
        MessageNew,
        MessageEdited, ///< a new version replacing an earlier message (`replacing`), or changed content
        MessageSuppressed,
        MessageMissing ///< the pod no longer returned it in a window that held it
    };
    Kind kind = Kind::MessageNew;
    qint64 run = 0; ///< the run that saw it
    QString streamId;
    QString streamName;
    QString messageId; ///< message changes
    qint64 userId = 0; ///< member changes
    qint64 timestamp = 0; ///< message changes: the message's time
    QString before; ///< renames: the old name; edits: the old one-line text; owner: "owner"/"member"
    QString after;

    /// `stream-added`, `message-edited`, …
    static QString kindName(Kind kind);
    /// The change as one JSON record (`archive diff --json`, the Changes page's export): ids
    /// URL-safe, the user id as a string, empty fields left out.
    QJsonObject toRecord() const;
};

/// Messages per period of one stream, and whether the archive's passes covered that period.
struct CoverageRow
{
    QString streamId;
    QString streamName;
    qint64 periodStart = 0; ///< ms, UTC
    qint64 periodEnd = 0; ///< exclusive
    qint64 messages = 0;
    enum class Covered
    {
        No,
        Partly,
        Yes
    };
    Covered covered = Covered::No;
};

/// A stretch of time a stream's passes did not cover.
struct CoverageGap
{
    QString streamId;
    QString streamName;
    qint64 from = 0;
    qint64 to = 0; ///< exclusive
};

struct CoverageReport
{
    QList<CoverageRow> rows;
    QList<CoverageGap> gaps;
};

/// Messages of one day (all streams summed, or one stream's), and how much of it the passes read.
struct ActivityDay
{
    qint64 dayStart = 0; ///< ms, UTC midnight
    qint64 messages = 0;
    /// Yes: every stream's passes read the whole day; No: none read any of it; Partly otherwise.
    CoverageRow::Covered covered = CoverageRow::Covered::No;
};

/// One line of a "busiest" table: a stream or a sender, and how many stored messages it has.
struct BusiestRow
{
    QString id; ///< stream id (normalised) or the sender's user id as text
    QString name; ///< stream name (empty for IMs and MIMs), or the sender's name (DisplayName::of)
    qint64 messages = 0;
    QString type; ///< streams: IM, MIM, ROOM or POST
};

/**
 * @brief What changed between runs, and what time the archive covers: read from the archive alone.
 */
class Analysis
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Archive::Analysis)
public:
    explicit Analysis(Store &store);

    /// The runs a diff compares by default: the last two finished sync runs (0 when there are not two).
    Result<QPair<qint64, qint64>> defaultRuns();
    /// Changes seen by the runs after @p fromRun up to and including @p toRun, in run order.
    Result<QList<Change>> diff(qint64 fromRun, qint64 toRun);

    enum class Period
    {
        Day,
        Week
    };
    /// Per stream (one, or all when @p streamId is empty), each period from the stream's oldest
    /// message to the end of what its passes read: messages stored, and how much of the period
    /// some pass read (a pass reads everything from its start to where it stopped).
    Result<CoverageReport> coverage(const QString &streamId, Period period);

    /// The start of the period holding @p ms (UTC; weeks start on Monday).
    static qint64 periodStart(qint64 ms, Period period);

    /// Messages per day of one stream (all streams summed when @p streamId is empty), every day
    /// from the oldest message to the end of what was read, with how much of it the passes read
    /// (coverage() by day, merged over the streams).
    Result<QList<ActivityDay>> activity(const QString &streamId);
    /// The @p limit streams with the most stored messages, most first (ties: by name, then id).
    Result<QList<BusiestRow>> busiestStreams(int limit);
    /// The @p limit senders of the most stored messages, most first (ties: by user id).
    Result<QList<BusiestRow>> busiestSenders(int limit);
    /// The names of the people with these user ids as the archive knows them (DisplayName::of);
    /// an id the archive does not know is left out.
    Result<QHash<qint64, QString>> peopleNames(const QList<qint64> &userIds);

private:
    Store &m_store;
};

} // namespace Inspector::Archive
