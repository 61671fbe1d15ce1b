// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

#include "data/message.h"
#include "export/messagecolumns.h"

class QIODevice;

namespace Inspector::Export {

class AttachmentFolder;
class AttachmentSource;

/// The settings of an HTML transcript (Format::Html).
struct HtmlOptions
{
    enum class Flavour
    {
        Browser, ///< the self-contained file for a browser
        /// The subset QTextDocument renders (the PDF transcript): HTML 4 elements, a plain style sheet
        /// without variables or grid, and links only where they lead outside the document.
        Document
    };
    Flavour flavour = Flavour::Browser;
    QTimeZone timeZone = QTimeZone::systemTimeZone(); ///< the times shown; UTC is in each time's title
    int partition = 0; ///< messages per file ("NAME-part-0001.html", …); 0 = one file per stream
    QString pod; ///< shown in the header; the job fills it from its client when empty
    QString exporter; ///< who exported, shown in the header; from the client's account when empty
    /// `--attachments`: the files of the attachments, written beside the transcript in
    /// `NAME_files/` (AttachmentFolder), linked, and images shown from them; none when null.
    std::shared_ptr<AttachmentSource> attachments;
};

/// What one transcript file is about, known before its first message.
struct HtmlDocumentInfo
{
    QString streamId; ///< empty for a search or a selection
    QString title; ///< the heading when the messages do not name their stream (a search: its query)
    qint64 since = 0; ///< the time window asked for
    std::optional<qint64> until;
    qint64 exportedAtMs = 0;
    int part = 0; ///< 1, 2, … with a partition; 0 without
    QString previousFile; ///< the previous part's file name (linked), if any
};

/**
 * @brief Writes a stream's messages as one self-contained HTML transcript for people to read and
 * print, message by message (memory stays flat: only the names of the senders seen are kept).
 *
 * The file: a header (the stream's name, type and id from its first message, the pod, who exported
 * and when, the time window asked for, the time zone), a heading per day, the messages of one
 * sender in a row under one name, each message an `article id="m-<id>"` (anchor()) with its time in
 * the chosen zone (UTC in the title), marks for edited, replaced, suppressed, duplicate and
 * undecryptable messages, a link to the parent of a reply or to the shared message when `locate`
 * finds it, the body through the PresentationML converter (PresentationMl::toSafeHtml, the one
 * that renders the preview) and the attachments' name, type and size; then a footer with the count,
 * the first and last message's times, the senders, and the link to the next part.
 *
 * Safe by construction: every text from the server is escaped; there is no script, no event
 * handler and no remote resource; a Content-Security-Policy meta (contentSecurityPolicy()) forbids
 * every load but the one inline style sheet, named by its hash; links are only those the
 * converter lets live (`https:` and `mailto:`) and the anchors inside the transcript. Colours follow
 * `prefers-color-scheme`, print is black on white, and the page reads at 320 px wide.
 *
 * The output is valid UTF-8 (lone surrogates become U+FFFD and are counted).
 */
class HtmlWriter
{
    Q_DECLARE_TR_FUNCTIONS(Inspector::Export::HtmlWriter)
public:
    /// The href of a message already written (`#m-…`, or `FILE#m-…` in an earlier part), or a
    /// null string when it is not in the transcript.
    using Locate = std::function<QString(const QString &messageId)>;

    HtmlWriter(
        QIODevice *device, const HtmlOptions &options, const HtmlDocumentInfo &info, Locate locate = {});

    /// The attachments' files of this document (HtmlOptions::attachments): each attachment links
    /// its file, an image (by its bytes) shows as a thumbnail, and the policy lets the page show
    /// images of its own folder (contentSecurityPolicy(true)).
    void setAttachmentFolder(AttachmentFolder *folder) { m_files = folder; }

    bool write(const Message &message, const Derived &derived);
    /// Closes the document; `nextFile` is the next part's file name, linked from the footer.
    bool end(const QString &nextFile = {});

    qint64 itemCount() const { return m_items; }
    /// The document's heading (the stream's name, the search, …), known once the first message or
    /// the end was written.
    QString heading() const { return m_heading; }
    qint64 bytesWritten() const { return m_bytes; }
    qint64 replacedCharacters() const { return m_replaced; }
    QString errorString() const { return m_error; }

    /// The element id of a message: "m-" and its normalised URL-safe id (a hash for a non-id).
    static QString anchor(const QString &messageId);
    /// The Content-Security-Policy of every transcript; with @p localImages (attachments beside
    /// it), images of the transcript's own origin too (`img-src 'self'`: files, never the network).
    static QString contentSecurityPolicy(bool localImages = false);
    /// The file name as an href: every byte but the unreserved ones percent-encoded.
    static QString fileHref(const QString &fileName);

private:
    void prolog(const Message *first);
    void openGroup(const Message &message);
    void closeGroup();
    void appendMessage(const Message &message, const Derived &derived);
    void appendShared(const Message &shared);
    QString timeElement(qint64 ms, bool withDate) const;
    QString nameOf(const UserRef &user);
    bool flush(bool force);
    bool forBrowser() const { return m_options.flavour == HtmlOptions::Flavour::Browser; }
    /// @p tag (an HTML5 element), or the HTML 4 element QTextDocument renders in its place.
    QLatin1StringView el(QLatin1StringView tag) const;
    /// Text of a person or a stream: escaped and isolated (a bidi override in it cannot turn the
    /// text around it).
    QString bdi(QStringView text) const;
    /// `<a href>` around @p innerHtml; for a Document, the text alone (links inside the transcript
    /// and to its other files do not survive in a PDF).
    QString link(const QString &href, const QString &innerHtml, QLatin1StringView rel = {}) const;
    /// The header's and the footer's facts: a list of terms for a browser, a table for a Document.
    QString factsOpen() const;
    QString factRow(const QString &term, const QString &valueHtml) const;
    QString factsClose() const;
    /// The link to the previous or the next part's file.
    QString partLink(bool previous, const QString &fileName) const;

    QIODevice *m_device;
    HtmlOptions m_options;
    HtmlDocumentInfo m_info;
    Locate m_locate;
    QString m_html; // what is not written yet
    QString m_heading;
    bool m_prolog = false;
    bool m_groupOpen = false;
    qint64 m_groupSender = -1;
    QString m_groupStream;
    QDate m_day;
    qint64 m_first = 0;
    qint64 m_last = 0;
    QHash<qint64, QString> m_names; // userId -> name, for the mentions and the footer
    QList<qint64> m_senders; // in the order they first wrote
    QHash<qint64, qint64> m_counts;
    qint64 m_items = 0;
    qint64 m_bytes = 0;
    qint64 m_replaced = 0;
    QString m_error;
    AttachmentFolder *m_files = nullptr;
};

} // namespace Inspector::Export
