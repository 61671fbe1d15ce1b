// SPDX-License-Identifier: Apache-2.0
#include "export/htmlwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QIODevice>
#include <QLocale>
#include <QMimeDatabase>
#include <QUrl>

#include "data/displayname.h"
#include "data/ids.h"
#include "data/times.h"
#include "export/attachmentfolder.h"
#include "export/textsafety.h"
#include "presentationml/htmltext.h"
#include "presentationml/presentationml.h"

using namespace Qt::StringLiterals;

namespace Inspector::Export {

namespace {

QString esc(QStringView text)
{
    QString out;
    PresentationMl::Detail::appendEscaped(out, text);
    return out;
}

// At most this many senders are named in the footer and known to the mentions.
constexpr qsizetype MaxNames = 10000;

// What Symphony's history shows in place of a suppressed message's content.
bool isSuppressed(const Message &m)
{
    if (!m.message.contains("suppressed"_L1) || m.message.size() > 1000)
        return false;
    return PresentationMl::toPlainText(m.message, m.data).trimmed() == "This message has been suppressed."_L1;
}

const QString &styleSheet()
{
    // No url(), no @import, no font-face: nothing to load. Colours come from variables set for
    // light, dark and print.
    static const QString css = uR"(
:root{color-scheme:light dark;--bg:#fff;--fg:#1d1d1f;--muted:#5f6368;--line:#d9dce1;--chip:#e8effc;--chip-fg:#1a4fa0;--card:#f6f7f9;--mark:#fff4d6;--mark-fg:#6b4e00;--code:#f1f3f5;--link:#0b57d0}
@media (prefers-color-scheme:dark){:root{--bg:#17181a;--fg:#e6e6e6;--muted:#a0a4aa;--line:#3a3d42;--chip:#243552;--chip-fg:#b9d0ff;--card:#212327;--mark:#3d3420;--mark-fg:#ffd98a;--code:#26292d;--link:#8ab4f8}}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--fg)}
body{margin:0 auto;max-width:60rem;padding:.75rem;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;overflow-wrap:anywhere}
a{color:var(--link)}
h1{font-size:1.4rem;margin:.2rem 0 .5rem}
.transcript-header,.transcript-footer{border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem;margin:.5rem 0}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;margin:0}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0}
nav.parts{margin:.4rem 0;display:flex;gap:1rem;flex-wrap:wrap}
h2.day{font-size:.95rem;color:var(--muted);text-align:center;border-bottom:1px solid var(--line);margin:1.2rem 0 .4rem;padding-bottom:.2rem}
section.group{margin:.5rem 0}
.sender{font-weight:600;margin-top:.4rem}
.sender .stream{font-weight:400;color:var(--muted)}
article.msg{display:grid;grid-template-columns:3.4rem 1fr;gap:0 .5rem;padding:.15rem 0;break-inside:avoid}
article.msg:target{outline:2px solid var(--link);outline-offset:2px}
.meta{color:var(--muted);font-size:.85rem;padding-top:.1rem}
.content{min-width:0}
.marks{display:flex;flex-wrap:wrap;gap:.3rem}
.mark{font-size:.75rem;background:var(--mark);color:var(--mark-fg);border-radius:3px;padding:0 .35rem}
.ref{font-size:.85rem;color:var(--muted)}
.body p{margin:.1rem 0}
.undecrypted{font-style:italic;color:var(--muted)}
.pml-mention,.pml-hashtag,.pml-cashtag{background:var(--chip);color:var(--chip-fg);border-radius:3px;padding:0 .25rem;white-space:nowrap}
.pml-link-blocked,.pml-image,.pml-chime{color:var(--muted)}
.pml-card,.pml-expandable-card{border:1px solid var(--line);border-radius:6px;padding:.4rem .6rem;margin:.3rem 0;background:var(--card)}
.pml-card-header,.pml-expandable-card-header{font-weight:600}
.pml-variant-error{border-left:3px solid #c5221f;padding-left:.4rem}
.pml-button,.pml-field{border:1px solid var(--line);border-radius:3px;padding:0 .3rem}
code,pre{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.88em;background:var(--code);border-radius:3px}
pre{padding:.4rem;white-space:pre-wrap}
table{border-collapse:collapse;border:0;display:block;width:max-content;max-width:100%;overflow-x:auto;margin:.3rem 0}
th,td{border:1px solid var(--line);padding:.15rem .4rem;text-align:left;vertical-align:top}
blockquote.shared{border-left:3px solid var(--line);margin:.3rem 0;padding:.1rem .6rem}
ul.files{margin:.2rem 0;padding-left:1.2rem;font-size:.9rem}
.file-meta{color:var(--muted)}
a.thumb{display:block}a.thumb img{max-width:min(100%,240px);max-height:240px;border:1px solid var(--line)}
@media (max-width:480px){body{padding:.4rem;font-size:14px}article.msg{grid-template-columns:1fr}dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.2rem}}
@media print{:root{--bg:#fff;--fg:#000;--muted:#444;--line:#999;--chip:#fff;--chip-fg:#000;--card:#fff;--mark:#fff;--mark-fg:#000;--code:#fff;--link:#000}
html,body{background:#fff!important;color:#000!important}body{max-width:none;font-size:10.5pt}
h2.day{break-after:avoid;break-before:auto}.sender{break-after:avoid}.mark{border:1px solid #000}
.pml-mention,.pml-hashtag,.pml-cashtag{border:1px solid #999}article.msg:target{outline:none}}
)"_s;
    return css;
}

const QString &documentStyleSheet()
{
    // What QTextDocument understands: no variables, no grid, no media queries; black on white.
    // Lengths in px (QTextDocument scales them to the page), sizes in pt.
    static const QString css = uR"(
body{font-family:"DejaVu Sans",sans-serif;font-size:9pt;color:#1d1d1f}
a{color:#0b57d0}
h1{font-size:15pt;margin-top:0;margin-bottom:4px}
td.term{color:#5f6368}
.parts{color:#5f6368;margin-top:4px}
h2.day{font-size:10pt;font-weight:bold;color:#5f6368;text-align:center;margin-top:16px;margin-bottom:2px}
.sender{font-weight:bold;margin-top:9px;margin-bottom:0}
.stream{font-weight:normal;color:#5f6368}
.meta{color:#5f6368;font-size:7.5pt;margin-top:3px;margin-bottom:0}
.mark{color:#6b4e00;background-color:#fff4d6;font-size:7.5pt}
.ref{color:#5f6368;font-size:7.5pt;margin:0}
p{margin-top:0;margin-bottom:2px}
.undecrypted{font-style:italic;color:#5f6368}
.pml-mention,.pml-hashtag,.pml-cashtag{color:#1a4fa0;background-color:#e8effc}
.pml-link-blocked,.pml-image,.pml-chime{color:#5f6368}
.pml-card,.pml-expandable-card{background-color:#f6f7f9}
.pml-card-header,.pml-expandable-card-header{font-weight:bold}
code,pre{font-family:"DejaVu Sans Mono",monospace;font-size:8pt;background-color:#f1f3f5}
table{border-collapse:collapse}
th,td{padding:2px;border:1px solid #b9bec6}
table.facts td{border-style:none;border-width:0;padding:1px 10px 1px 0}
blockquote.shared{margin-left:14px;color:#1d1d1f}
ul.files{margin-top:1px;margin-bottom:1px;font-size:7.5pt}
.file-meta{color:#5f6368}
)"_s;
    return css;
}

QString styleHash()
{
    static const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(styleSheet().toUtf8(), QCryptographicHash::Sha256).toBase64());
    return hash;
}

} // namespace

HtmlWriter::HtmlWriter(
    QIODevice *device, const HtmlOptions &options, const HtmlDocumentInfo &info, Locate locate)
    : m_device(device)
    , m_options(options)
    , m_info(info)
    , m_locate(std::move(locate))
{
    if (!m_options.timeZone.isValid())
        m_options.timeZone = QTimeZone::utc();
}

QString HtmlWriter::contentSecurityPolicy(bool localImages)
{
    // Only the one style sheet, by its hash: no script, no image, no font, no frame, no form, no
    // connection, and a <base> could not change where the links go. With attachments, images of
    // the page's own origin: for a file, the files beside it (a remote image stays refused).
    return u"default-src 'none'; style-src 'sha256-%1'; %2base-uri 'none'; form-action 'none'"_s.arg(
        styleHash(), localImages ? u"img-src 'self'; "_s : QString());
}

QString HtmlWriter::anchor(const QString &messageId)
{
    const QString id = Ids::normalized(messageId);
    bool plain = !id.isEmpty() && id.size() <= 64;
    for (const QChar c : id) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_') {
            plain = false;
            break;
        }
    }
    if (plain)
        return u"m-"_s + id;
    // Not an id: a hash of it names the element, the same for every mention of it.
    return u"m-x"_s
        + QString::fromLatin1(
            QCryptographicHash::hash(messageId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

QString HtmlWriter::fileHref(const QString &fileName)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(fileName));
}

QLatin1StringView HtmlWriter::el(QLatin1StringView tag) const
{
    if (forBrowser())
        return tag;
    if (tag == "time"_L1 || tag == "bdi"_L1)
        return "span"_L1;
    if (tag == "article"_L1 || tag == "section"_L1 || tag == "header"_L1 || tag == "main"_L1
        || tag == "footer"_L1 || tag == "nav"_L1)
        return "div"_L1;
    return tag;
}

QString HtmlWriter::bdi(QStringView text) const
{
    if (forBrowser())
        return u"<bdi>"_s + esc(text) + u"</bdi>"_s;
    // QTextDocument has no <bdi>: the isolate characters do the same (FSI ... PDI).
    return QChar(0x2068) + esc(text) + QChar(0x2069);
}

QString HtmlWriter::link(const QString &href, const QString &innerHtml, QLatin1StringView rel) const
{
    if (!forBrowser())
        return innerHtml;
    QString a = u"<a"_s;
    if (!rel.isEmpty())
        a += u" rel=\""_s + rel + u'"';
    return a + u" href=\""_s + esc(href) + u"\">"_s + innerHtml + u"</a>"_s;
}

QString HtmlWriter::timeElement(qint64 ms, bool withDate) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, m_options.timeZone);
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    const QString shown = withDate ? QLocale::c().toString(local, u"yyyy-MM-dd HH:mm"_s)
                                   : QLocale::c().toString(local, u"HH:mm"_s);
    if (!forBrowser())
        return u"<span class=\"time\">"_s + shown + u"</span>"_s;
    return u"<time datetime=\""_s + Times::toIso(ms) + u"\" title=\""_s
        + QLocale::c().toString(utc, u"yyyy-MM-dd HH:mm:ss.zzz"_s) + u" UTC\">"_s + shown + u"</time>"_s;
}

QString HtmlWriter::nameOf(const UserRef &user)
{
    QString name = DisplayName::of(user);
    if (name.isEmpty())
        name = tr("Unknown sender");
    if (!m_names.contains(user.userId) && m_names.size() < MaxNames) {
        m_names.insert(user.userId, name);
        m_senders.append(user.userId);
    }
    return name;
}

void HtmlWriter::prolog(const Message *first)
{
    m_prolog = true;
    QString name;
    QString type;
    QString streamId = m_info.streamId;
    if (first) {
        name = first->stream.roomName;
        type = first->stream.streamType;
        if (streamId.isEmpty() && !m_info.title.isEmpty())
            name.clear(); // a search: the messages may come from many streams
        else if (streamId.isEmpty())
            streamId = first->stream.streamId;
    }
    QString heading = !name.trimmed().isEmpty() ? name
        : !m_info.title.isEmpty()               ? m_info.title
        : !type.isEmpty()                       ? tr("%1 conversation").arg(type)
                                                : tr("Conversation");
    m_heading = heading;
    QString title = heading;
    if (m_info.part > 0)
        title += tr(" (part %1)").arg(m_info.part);

    QString &h = m_html;
    if (forBrowser()) {
        h += u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
             u"<meta http-equiv=\"Content-Security-Policy\" content=\""_s
            + contentSecurityPolicy(m_files != nullptr)
            + u"\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
              u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
              u"<meta name=\"color-scheme\" content=\"light dark\">\n"
              u"<meta name=\"generator\" content=\"Symphony Inspector\">\n<title>"_s
            + esc(title) + u"</title>\n<style>"_s + styleSheet() + u"</style>\n</head>\n<body>\n"_s;
    } else {
        h += u"<html>\n<head>\n<meta charset=\"utf-8\">\n<title>"_s + esc(title) + u"</title>\n<style>"_s
            + documentStyleSheet() + u"</style>\n</head>\n<body>\n"_s;
    }
    h += u'<' + el("header"_L1) + u" class=\"transcript-header\">\n<h1>"_s + bdi(heading) + u"</h1>\n"_s
        + factsOpen();
    auto fact = [this, &h](const QString &term, const QString &valueHtml) { h += factRow(term, valueHtml); };
    if (!type.isEmpty() && !m_info.streamId.isEmpty())
        fact(tr("Type"), esc(type));
    if (!streamId.isEmpty())
        fact(tr("Stream id"), u"<code>"_s + esc(streamId) + u"</code>"_s);
    if (m_info.streamId.isEmpty() && !m_info.title.isEmpty())
        fact(tr("Search"), bdi(m_info.title));
    if (!m_options.pod.isEmpty())
        fact(tr("Pod"), bdi(m_options.pod));
    if (!m_options.exporter.isEmpty())
        fact(tr("Exported by"), bdi(m_options.exporter));
    if (m_info.exportedAtMs > 0)
        fact(tr("Exported at"), timeElement(m_info.exportedAtMs, true));
    QString window;
    window = m_info.since > 0 ? timeElement(m_info.since, true) : tr("the beginning");
    window += u" – "_s + (m_info.until ? timeElement(*m_info.until, true) : tr("the export"));
    fact(tr("Time range"), window);
    fact(tr("Time zone"),
        esc(QString::fromUtf8(m_options.timeZone.id()))
            + (forBrowser() ? u" "_s + esc(tr("(each time's tooltip gives UTC)")) : QString()));
    if (m_info.part > 0)
        fact(tr("Part"), QString::number(m_info.part));
    h += factsClose();
    if (!m_info.previousFile.isEmpty())
        h += u'<' + el("nav"_L1) + u" class=\"parts\">"_s + partLink(true, m_info.previousFile) + u"</"_s
            + el("nav"_L1) + u">\n"_s;
    h += u"</"_s + el("header"_L1) + u">\n<"_s + el("main"_L1) + u">\n"_s;
}

QString HtmlWriter::factsOpen() const
{
    return forBrowser() ? u"<dl class=\"facts\">\n"_s
                        : u"<table class=\"facts\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\">\n"_s;
}

QString HtmlWriter::factRow(const QString &term, const QString &valueHtml) const
{
    if (forBrowser())
        return u"<dt>"_s + esc(term) + u"</dt><dd>"_s + valueHtml + u"</dd>\n"_s;
    return u"<tr><td class=\"term\">"_s + esc(term) + u"</td><td>"_s + valueHtml + u"</td></tr>\n"_s;
}

QString HtmlWriter::factsClose() const
{
    return forBrowser() ? u"</dl>\n"_s : u"</table>\n"_s;
}

QString HtmlWriter::partLink(bool previous, const QString &fileName) const
{
    if (!forBrowser())
        return esc((previous ? tr("Previous part: %1") : tr("Next part: %1")).arg(fileName));
    return link(fileHref(fileName), esc(previous ? tr("← Previous part") : tr("Next part →")),
        previous ? "prev"_L1 : "next"_L1);
}

void HtmlWriter::closeGroup()
{
    if (m_groupOpen)
        m_html += u"</"_s + el("section"_L1) + u">\n"_s;
    m_groupOpen = false;
}

void HtmlWriter::openGroup(const Message &m)
{
    closeGroup();
    m_groupOpen = true;
    m_groupSender = m.user.userId;
    m_groupStream = m.stream.streamId;
    m_html += u'<' + el("section"_L1) + u" class=\"group\">\n<div class=\"sender\">"_s + bdi(nameOf(m.user));
    if (m_info.streamId.isEmpty() && !m.stream.roomName.isEmpty())
        m_html += u" <span class=\"stream\">· "_s + bdi(m.stream.roomName) + u"</span>"_s;
    m_html += u"</div>\n"_s;
}

void HtmlWriter::appendShared(const Message &shared)
{
    m_html += u"<blockquote class=\"shared\"><div class=\"ref\">"_s;
    const QString href = m_locate && !shared.messageId.isEmpty() ? m_locate(shared.messageId) : QString();
    const QString who = bdi(DisplayName::of(shared.user)) + u", "_s + timeElement(shared.timestamp, true);
    if (!href.isEmpty())
        m_html += esc(tr("Shared: ")) + link(href, who);
    else
        m_html += esc(tr("Shared: ")) + who;
    m_html += u"</div><div class=\"body\">"_s;
    PresentationMl::RenderOptions options;
    options.displayName = [this](qint64 id) { return m_names.value(id); };
    m_html += PresentationMl::toSafeHtml(shared.message, shared.data, options).html;
    m_html += u"</div></blockquote>\n"_s;
}

void HtmlWriter::appendMessage(const Message &m, const Derived &derived)
{
    QString &h = m_html;
    if (forBrowser())
        h += u"<article class=\"msg\" id=\""_s + esc(anchor(m.messageId)) + u"\">\n"_s;
    else
        h += u"<div class=\"msg\"><a name=\""_s + esc(anchor(m.messageId)) + u"\"></a>\n"_s;
    h += u"<div class=\"meta\">"_s + timeElement(m.timestamp, false) + u"</div>\n<div class=\"content\">\n"_s;

    const bool undecrypted = m.message.isEmpty() && !m.diagnostic.isEmpty();
    QStringList marks;
    if (!m.replacing.isEmpty())
        marks.append(u"edited"_s);
    if (!m.replacedBy.isEmpty())
        marks.append(u"replaced"_s);
    if (isSuppressed(m))
        marks.append(u"suppressed"_s);
    if (derived.isDuplicate)
        marks.append(u"duplicate"_s);
    if (undecrypted)
        marks.append(u"undecryptable"_s);
    if (!marks.isEmpty() || derived.duplicates > 0) {
        h += u"<div class=\"marks\">"_s;
        for (const QString &mark : std::as_const(marks)) {
            const QString text = mark == "edited"_L1 ? tr("edited")
                : mark == "replaced"_L1              ? tr("replaced by a later version")
                : mark == "suppressed"_L1            ? tr("suppressed")
                : mark == "duplicate"_L1             ? tr("duplicate delivery")
                                                     : tr("not decrypted");
            h += u"<span class=\"mark mark-"_s + mark + u"\">"_s + esc(text) + u"</span>"_s;
        }
        if (derived.duplicates > 0)
            h += u"<span class=\"mark mark-delivered\">"_s
                + esc(tr("delivered %n times", nullptr, int(derived.duplicates + 1))) + u"</span>"_s;
        h += u"</div>\n"_s;
    }

    auto reference = [&](const QString &label, const QString &id, const QString &cls) {
        const QString href = m_locate ? m_locate(id) : QString();
        h += u"<div class=\"ref "_s + cls + u"\">"_s + esc(label) + u" "_s;
        if (!href.isEmpty())
            h += link(href, esc(tr("the earlier message")));
        else
            h += esc(tr("a message not in this transcript")) + u" (<code>"_s + esc(id) + u"</code>)"_s;
        h += u"</div>\n"_s;
    };
    if (!m.parentMessageId.isEmpty() && Ids::normalized(m.parentMessageId) != Ids::normalized(m.messageId))
        reference(tr("In reply to"), m.parentMessageId, u"ref-reply"_s);
    if (!m.replacing.isEmpty())
        reference(tr("Replaces"), m.replacing, u"ref-replacing"_s);

    if (undecrypted) {
        h += u"<p class=\"undecrypted\">"_s + esc(tr("Not decrypted: %1").arg(m.diagnostic)) + u"</p>\n"_s;
    } else {
        PresentationMl::RenderOptions options;
        options.displayName = [this](qint64 id) { return m_names.value(id); };
        h += u"<div class=\"body\">"_s + PresentationMl::toSafeHtml(m.message, m.data, options).html
            + u"</div>\n"_s;
    }
    if (m.sharedMessage)
        appendShared(*m.sharedMessage);

    if (!m.attachments.isEmpty()) {
        static const QMimeDatabase mimes;
        const QLocale english(QLocale::English);
        h += u"<ul class=\"files\">"_s;
        for (const AttachmentInfo &a : m.attachments) {
            const QString name = a.name.isEmpty() ? tr("(no name)") : a.name;
            const QString type = mimes.mimeTypeForFile(a.name, QMimeDatabase::MatchExtension).name();
            const std::optional<LocalAttachment> file = m_files
                ? m_files->fileFor(m_info.streamId.isEmpty() ? m.stream.streamId : m_info.streamId, m, a)
                : std::nullopt;
            if (file) {
                // The file beside the transcript; an image (by its bytes, never its name) shown too.
                const QString href = esc(file->href);
                h += u"<li><a class=\"file-name\" href=\""_s + href + u"\">"_s + bdi(name) + u"</a>"_s;
                if (!file->imageType.isEmpty())
                    h += u" <a class=\"thumb\" href=\""_s + href + u"\"><img src=\""_s + href + u"\" alt=\""_s
                        + esc(name) + u"\"></a>"_s;
                h += u" <span class=\"file-meta\">"_s + esc(type) + u" · "_s
                    + esc(english.formattedDataSize(a.size)) + u"</span></li>"_s;
                continue;
            }
            h += u"<li><span class=\"file-name\">"_s + bdi(name) + u"</span> <span class=\"file-meta\">"_s
                + esc(type) + u" · "_s + esc(english.formattedDataSize(a.size)) + u"</span></li>"_s;
        }
        h += u"</ul>\n"_s;
    }
    h += u"</div>\n</"_s + el("article"_L1) + u">\n"_s;
}

bool HtmlWriter::write(const Message &message, const Derived &derived)
{
    if (!m_prolog)
        prolog(&message);
    const QDate day = QDateTime::fromMSecsSinceEpoch(message.timestamp, m_options.timeZone).date();
    if (m_items == 0 || day != m_day) {
        closeGroup();
        m_day = day;
        const QString shown = esc(QLocale(QLocale::English).toString(day, u"dddd d MMMM yyyy"_s));
        if (forBrowser())
            m_html += u"<h2 class=\"day\"><time datetime=\""_s + day.toString(Qt::ISODate) + u"\">"_s + shown
                + u"</time></h2>\n"_s;
        else
            m_html += u"<h2 class=\"day\">"_s + shown + u"</h2>\n"_s;
    }
    if (!m_groupOpen || message.user.userId != m_groupSender || message.stream.streamId != m_groupStream)
        openGroup(message);
    appendMessage(message, derived);
    if (m_items == 0)
        m_first = message.timestamp;
    m_last = message.timestamp;
    ++m_items;
    if (m_counts.size() < MaxNames || m_counts.contains(message.user.userId))
        ++m_counts[message.user.userId];
    return flush(false);
}

bool HtmlWriter::end(const QString &nextFile)
{
    if (!m_prolog)
        prolog(nullptr);
    closeGroup();
    QString &h = m_html;
    h += u"</"_s + el("main"_L1) + u">\n<"_s + el("footer"_L1) + u" class=\"transcript-footer\">\n"_s
        + factsOpen();
    h += factRow(tr("Messages"), QString::number(m_items));
    if (m_items > 0) {
        h += factRow(tr("First"), timeElement(m_first, true));
        h += factRow(tr("Last"), timeElement(m_last, true));
        QStringList people;
        for (const qint64 id : std::as_const(m_senders)) {
            if (m_counts.contains(id))
                people.append(
                    bdi(m_names.value(id)) + u" ("_s + QString::number(m_counts.value(id)) + u")"_s);
        }
        h += factRow(tr("Senders"), people.join(u", "_s));
    }
    h += factsClose();
    if (!m_info.previousFile.isEmpty() || !nextFile.isEmpty()) {
        h += u'<' + el("nav"_L1) + u" class=\"parts\">"_s;
        if (!m_info.previousFile.isEmpty())
            h += partLink(true, m_info.previousFile);
        if (!m_info.previousFile.isEmpty() && !nextFile.isEmpty() && !forBrowser())
            h += u" · "_s;
        if (!nextFile.isEmpty())
            h += partLink(false, nextFile);
        h += u"</"_s + el("nav"_L1) + u">\n"_s;
    }
    h += u"</"_s + el("footer"_L1) + u">\n</body>\n</html>\n"_s;
    return flush(true);
}

bool HtmlWriter::flush(bool force)
{
    constexpr qsizetype Chunk = 64 * 1024;
    if (m_html.isEmpty() || (!force && m_html.size() < Chunk))
        return m_error.isEmpty();
    const QByteArray bytes = toUtf8Checked(m_html, &m_replaced);
    m_html.resize(0); // keeps its capacity for the next chunk
    if (m_device->write(bytes) != bytes.size()) {
        m_error = m_device->errorString();
        return false;
    }
    m_bytes += bytes.size();
    return true;
}

} // namespace Inspector::Export
