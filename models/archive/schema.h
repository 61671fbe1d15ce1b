// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Inspector::Archive {

/**
 * @brief The SQL that differs between SQLite and PostgreSQL, in one place.
 *
 * Every other statement of the archive is plain SQL both accept (`INSERT … ON CONFLICT`,
 * `RETURNING`, BIGINT, TEXT), written once.
 */
struct Dialect
{
    bool postgres = false;

    /// The statements of schema version @p version, run in one transaction to reach it from
    /// version - 1 (version 1 creates everything).
    QStringList migration(int version) const;
    /// A MATCH/tsquery condition on the revision table aliased @p alias, with one bound value.
    QString searchCondition(const QString &alias) const;
    /// The query text to bind to searchCondition() for the user's words (see Schema::searchTerms).
    QString searchArgument(const QStringList &terms) const;
    /// The two-argument minimum and maximum functions.
    QString least() const { return postgres ? QStringLiteral("LEAST") : QStringLiteral("MIN"); }
    QString greatest() const { return postgres ? QStringLiteral("GREATEST") : QStringLiteral("MAX"); }
    /// Adds the text of a revision to the full-text index. Bound: body, sender, stream name, then
    /// the revision: PostgreSQL its key (stream id, message id, rev), SQLite its rowid.
    QString indexRevision() const;
    /// Run first in a migration's transaction so that two programs migrate one after the other
    /// (empty for SQLite, whose BEGIN IMMEDIATE does it).
    QString migrationLock() const;
    /// The count of tables of the archive's schema named as the one bound value (0 or 1).
    QString tableCount() const;
    /// The characters of a message's text that PostgreSQL indexes (a tsvector holds at most 1 MB).
    static constexpr int IndexedCharacters = 100000;
    /// @p value as this backend can store it (PostgreSQL text holds no U+0000).
    QVariant bindable(const QVariant &value) const;
};

namespace Schema {
/// The version this program writes and reads.
constexpr int Version = 4;
/// The user's search: words and "quoted phrases", a trailing * for a prefix. Terms of one search
/// must all match. Empty when nothing searchable is left.
QStringList searchTerms(const QString &query);
} // namespace Schema

} // namespace Inspector::Archive
