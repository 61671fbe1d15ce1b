// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

#include "data/localresult.h"

namespace Inspector::Archive {

class Store;

/// One check of `archive verify`: how many things it looked at and what it found wrong.
struct VerifyCheck
{
    QString name; ///< a short machine name: structure, search-index, message-bytes, …
    QString title; ///< one line for a person
    qint64 checked = 0; ///< rows (or pages) looked at
    qint64 problemCount = 0; ///< every problem found, also past the ones listed
    QStringList problems; ///< the first few, one sentence each
    QString note; ///< why a check did not apply (e.g. PostgreSQL checks its pages itself)

    bool ok() const { return problemCount == 0; }
};

struct VerifyReport
{
    QList<VerifyCheck> checks;

    bool ok() const;
    qint64 problemCount() const;
};

/**
 * @brief `archive verify`: reads a whole archive and checks that it is what the writer left.
 *
 * - structure: SQLite's own integrity check of every page and index (PostgreSQL checks its pages
 *   itself; the check says so);
 * - search index: FTS5's integrity check (SQLite) or that every version is indexed (PostgreSQL);
 * - message bytes, stream bytes: every kept version still hashes to the SHA-256 stored with it,
 *   so a byte changed on disk or by hand is found;
 * - attachment files: every file an attachment is tied to (`archive sync --attachments`) is
 *   there and hashes to its SHA-256;
 * - revisions: each message has its versions 1…n without a gap, and no version lacks its message;
 * - run counts: what each run says it added (messages, versions, live events) is what the archive holds
 *   from that run; the writer adds them in the same transaction as the data, so this holds even
 *   for runs that were killed;
 * - memberships: intervals end after they start, and a member has one open interval at most.
 *
 * It only reads (a read-only connection is enough) and takes time in proportion to the archive.
 */
class Verifier
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Archive::Verifier)
public:
    explicit Verifier(Store &store);

    /// How many problems of one check are described (the rest are counted).
    static constexpr int ListedProblems = 20;

    /// Called before each check with its title, for progress.
    void setProgress(std::function<void(const QString &)> progress) { m_progress = std::move(progress); }

    /// Runs every check. An error is a failed read (the archive could not be checked at all).
    Result<VerifyReport> run();

private:
    Result<VerifyCheck> structure();
    Result<VerifyCheck> searchIndex();
    Result<VerifyCheck> messageBytes();
    Result<VerifyCheck> streamBytes();
    Result<VerifyCheck> attachmentFiles();
    Result<VerifyCheck> revisions();
    Result<VerifyCheck> runCounts();
    Result<VerifyCheck> memberships();

    Store &m_store;
    std::function<void(const QString &)> m_progress;
};

} // namespace Inspector::Archive
