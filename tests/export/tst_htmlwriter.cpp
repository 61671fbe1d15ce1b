// SPDX-License-Identifier: Apache-2.0
#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "common/testsuite.h"
#include "data/ids.h"
#include "data/parse.h"
#include "export/attachmentfolder.h"
#include "export/htmltranscript.h"
#include "export/htmlwriter.h"

using namespace Inspector;
using namespace Inspector::Export;
using namespace Qt::StringLiterals;

namespace {

// 2026-01-02T10:00:00Z
constexpr qint64 T0 = 1767348000000;
constexpr qint64 Minute = 60000;

const QString Hostile = u"<script>alert(1)</script><img src=x onerror=alert(2)>\"'&<b>bold</b>\u202Eevil"_s;

QJsonObject user(qint64 id, const QString &name)
{
    return {{u"userId"_s, id}, {u"displayName"_s, name}, {u"email"_s, u"u%1@acme.example"_s.arg(id)}};
}

QJsonObject message(const QString &id, qint64 time, const QJsonObject &sender, const QString &body,
    const QString &roomName = u"Rates Desk"_s)
{
    return {{u"messageId"_s, id}, {u"timestamp"_s, time},
        {u"message"_s,
            QString(u"<div data-format=\"PresentationML\" data-version=\"2.0\">"_s + body + u"</div>"_s)},
        {u"user"_s, sender},
        {u"stream"_s,
            QJsonObject {{u"streamId"_s, u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s},
                {u"streamType"_s, u"ROOM"_s}, {u"roomName"_s, roomName}}}};
}

QString id(int n)
{
    // 24 characters of URL-safe Base64: a valid id of 18 bytes.
    return u"AAAAAAAAAAAAAAAAAAAA%1"_s.arg(n, 4, 10, QChar(u'0'));
}

QList<Message> parse(const QJsonArray &array)
{
    const auto parsed = Parse::messages(QJsonDocument(array).toJson(QJsonDocument::Compact));
    [&] { QVERIFY2(parsed.ok(), qPrintable(parsed.error)); }();
    return parsed.value;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Written
{
    QString html;
    qint64 bytes = 0;
    qint64 replaced = 0;
};

HtmlDocumentInfo roomInfo()
{
    HtmlDocumentInfo info;
    info.streamId = u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s;
    return info;
}

Written render(const QList<Message> &messages, HtmlOptions options = {},
    const HtmlDocumentInfo &info = roomInfo(), HtmlWriter::Locate locate = {},
    const QList<Derived> &derived = {})
{
    if (!options.timeZone.isValid() || options.timeZone == QTimeZone::systemTimeZone())
        options.timeZone = QTimeZone::utc();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    HtmlWriter writer(&buffer, options, info, std::move(locate));
    for (qsizetype i = 0; i < messages.size(); ++i)
        [&] { QVERIFY(writer.write(messages[i], derived.value(i))); }();
    [&] { QVERIFY(writer.end()); }();
    return {QString::fromUtf8(buffer.data()), writer.bytesWritten(), writer.replacedCharacters()};
}

/// Every href in the document.
QStringList hrefs(const QString &html)
{
    QStringList out;
    static const QRegularExpression re(
        u"href\\s*=\\s*\"([^\"]*)\""_s, QRegularExpression::CaseInsensitiveOption);
    for (auto it = re.globalMatch(html); it.hasNext();)
        out.append(it.next().captured(1));
    return out;
}

/// What the hostile tests require of any transcript: nothing runs, nothing loads.
void checkInert(const QString &html)
{
    const QString lower = html.toLower();
    QVERIFY2(!lower.contains(u"<script"_s), "a script element");
    QVERIFY2(!lower.contains(u"<img"_s) && !lower.contains(u"<iframe"_s) && !lower.contains(u"<object"_s)
            && !lower.contains(u"<embed"_s) && !lower.contains(u"<link"_s) && !lower.contains(u"<svg"_s)
            && !lower.contains(u"<form"_s) && !lower.contains(u"<base"_s) && !lower.contains(u"<video"_s),
        "an element that loads or acts");
    static const QRegularExpression handler(u"<[^>]*\\son[a-z]+\\s*="_s);
    QVERIFY2(!handler.match(lower).hasMatch(), "an event handler attribute");
    static const QRegularExpression source(
        u"<[^>]*\\s(src|srcset|style|action|formaction|background)\\s*="_s);
    QVERIFY2(!source.match(lower).hasMatch(), "an attribute that loads or styles");
    QVERIFY2(!lower.contains(u"url("_s) && !lower.contains(u"@import"_s), "a style that loads");
    // The one style element is the writer's own, and the CSP names it by its hash.
    QCOMPARE(lower.count(u"<style"_s), 1);
    for (const QString &href : hrefs(html)) {
        const bool ok = href.startsWith(u"https://"_s) || href.startsWith(u"mailto:"_s)
            || href.startsWith(u"#m-"_s)
            || QRegularExpression(u"^[A-Za-z0-9%._~-]+\\.html(#m-[A-Za-z0-9_-]+)?$"_s).match(href).hasMatch();
        QVERIFY2(ok, qPrintable(u"a link that is not allowed: "_s + href));
    }
}

} // namespace

/** The HTML transcript writer on its own: structure, escaping, CSP, days, groups, zones, marks. */
class HtmlWriterTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentStructureAndPolicy()
    {
        const QList<Message> messages
            = parse({message(id(1), T0, user(1, u"Alice Adams"_s), u"<p>hello</p>"_s)});
        HtmlOptions options;
        options.pod = u"acme.symphony.example"_s;
        options.exporter = u"export-bot"_s;
        HtmlDocumentInfo info;
        info.streamId = u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s;
        info.exportedAtMs = T0 + 100 * Minute;
        const Written w = render(messages, options, info);
        const QString &html = w.html;
        QVERIFY(html.startsWith(u"<!DOCTYPE html>\n"_s));
        QVERIFY(html.trimmed().endsWith(u"</html>"_s));
        QCOMPARE(qint64(html.toUtf8().size()), w.bytes);
        // The CSP comes before anything that could load, and forbids all but the one style sheet.
        const qsizetype csp = html.indexOf(u"http-equiv=\"Content-Security-Policy\""_s);
        QVERIFY(csp > 0);
        QVERIFY(csp < html.indexOf(u"<style>"_s));
        QVERIFY(csp < html.indexOf(u"<title>"_s));
        const QString policy = HtmlWriter::contentSecurityPolicy();
        QVERIFY(policy.startsWith(u"default-src 'none'; "_s));
        QVERIFY(!policy.contains(u"script-src"_s));
        QVERIFY(!policy.contains(u"unsafe-eval"_s));
        QVERIFY(html.contains(u"content=\""_s + policy + u"\""_s));
        // The hash in the policy is that of the style sheet as written, so a browser applies it.
        const qsizetype from = html.indexOf(u"<style>"_s) + 7;
        const QString css = html.mid(from, html.indexOf(u"</style>"_s) - from);
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(css.toUtf8(), QCryptographicHash::Sha256).toBase64());
        QVERIFY2(policy.contains(u"'sha256-"_s + hash + u"'"_s), qPrintable(policy));
        QVERIFY(css.contains(u"prefers-color-scheme:dark"_s));
        QVERIFY(css.contains(u"@media print"_s));
        QVERIFY(css.contains(u"max-width:480px"_s));
        QVERIFY(html.contains(u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"_s));
        // The header.
        QVERIFY(html.contains(u"<title>Rates Desk</title>"_s));
        QVERIFY(html.contains(u"<h1><bdi>Rates Desk</bdi></h1>"_s));
        QVERIFY(html.contains(u"<dd>ROOM</dd>"_s));
        QVERIFY(html.contains(u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s));
        QVERIFY(html.contains(u"<bdi>acme.symphony.example</bdi>"_s));
        QVERIFY(html.contains(u"<bdi>export-bot</bdi>"_s));
        // The message: its element id, its time, its body through the converter.
        QVERIFY(html.contains(u"<article class=\"msg\" id=\"m-"_s + Ids::normalized(id(1)) + u"\">"_s));
        QVERIFY(html.contains(u"<p>hello</p>"_s));
        QVERIFY(html.contains(u"<dt>Messages</dt><dd>1</dd>"_s));
        QVERIFY(html.contains(u"<bdi>Alice Adams</bdi> (1)"_s));
        checkInert(html);
    }

    void emptyTranscriptIsStillADocument()
    {
        HtmlDocumentInfo info;
        info.streamId = u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s;
        const Written w = render({}, {}, info);
        QVERIFY(w.html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(w.html.contains(u"<dt>Messages</dt><dd>0</dd>"_s));
        QVERIFY(w.html.contains(u"Content-Security-Policy"_s));
        checkInert(w.html);
    }

    void hostileTextIsEscapedEverywhere()
    {
        QJsonObject m = message(id(1), T0, user(1, Hostile),
            u"<p>hi <a href=\"javascript:alert(3)\">click</a> <a "
            u"href=\"https://bank.example@evil.example/\">x</a>"
            "<img src=\"https://evil.example/track.png\"/></p><script>alert(4)</script>"
            "<style>body{background:url(https://evil.example/x.png)}</style><iframe "
            "src=\"https://evil.example\"/>"
            "<a href=\"data:text/html,&lt;script&gt;alert(5)&lt;/script&gt;\">d</a>"
            "<a href=\"https://ok.example/\" onclick=\"alert(6)\" style=\"color:red\">ok</a>"_s,
            Hostile);
        m.insert(u"messageId"_s, u"\"><script>alert(7)</script>"_s);
        m.insert(u"parentMessageId"_s, u"\" onmouseover=\"alert(8)"_s);
        m.insert(u"attachments"_s,
            QJsonArray {
                QJsonObject {{u"id"_s, u"f1"_s}, {u"name"_s, QString(Hostile + u".pdf"_s)}, {u"size"_s, 5}}});
        QJsonObject undecrypted
            = message(id(2), T0 + Minute, user(2, u"</bdi><script>x</script>"_s), {}, Hostile);
        undecrypted.remove(u"message"_s);
        undecrypted.insert(u"diagnostic"_s, Hostile);
        QJsonObject shared = message(id(3), T0 + 2 * Minute, user(3, u"Carol"_s), u"<p>wall</p>"_s, Hostile);
        shared.insert(
            u"sharedMessage"_s, message(Hostile, T0, user(4, Hostile), u"<p>x<script>y</script></p>"_s));
        HtmlOptions options;
        options.pod = Hostile;
        options.exporter = Hostile;
        HtmlDocumentInfo info;
        info.title = Hostile; // a search's query
        const Written w = render(parse({m, undecrypted, shared}), options, info);
        checkInert(w.html);
        QVERIFY(
            w.html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"_s));
        QVERIFY(!w.html.contains(u"javascript:"_s, Qt::CaseInsensitive)); // the converter writes &#58;
        QVERIFY(w.html.contains(u"href=\"https://ok.example/\""_s));
        QVERIFY(!w.html.contains(u"evil.example/\""_s)); // a link with user info is not live
        // A bidi override in a name stays inside its <bdi>.
        QVERIFY(w.html.contains(u"\u202Eevil</bdi>"_s));
        // The element id of a hostile message id is a hash.
        QVERIFY(w.html.contains(u"id=\"m-x"_s));
    }

    void daySeparatorsAndSenderGroups()
    {
        const QJsonObject alice = user(1, u"Alice Adams"_s);
        const QJsonObject bob = user(2, u"Bob Baker"_s);
        const QList<Message> messages = parse({
            message(id(1), T0, alice, u"<p>one</p>"_s),
            message(id(2), T0 + Minute, alice, u"<p>two</p>"_s),
            message(id(3), T0 + 2 * Minute, bob, u"<p>three</p>"_s),
            message(id(4), T0 + 3 * Minute, alice, u"<p>four</p>"_s),
            message(id(5), T0 + 24 * 60 * Minute, alice, u"<p>five, next day</p>"_s),
        });
        const QString html = render(messages).html;
        QCOMPARE(html.count(u"<h2 class=\"day\">"_s), 2);
        QVERIFY(html.contains(u"<time datetime=\"2026-01-02\">Friday 2 January 2026</time>"_s));
        QVERIFY(html.contains(u"<time datetime=\"2026-01-03\">Saturday 3 January 2026</time>"_s));
        // Alice (1, 2), Bob (3), Alice (4), and Alice again on the next day (5).
        QCOMPARE(html.count(u"<section class=\"group\">"_s), 4);
        QCOMPARE(html.count(u"</section>"_s), 4);
        QCOMPARE(html.count(u"<div class=\"sender\"><bdi>Alice Adams</bdi></div>"_s), 3);
        QCOMPARE(html.count(u"<article class=\"msg\""_s), 5);
        QVERIFY(html.indexOf(u"Saturday 3 January"_s) > html.indexOf(u"<p>four</p>"_s));
        QVERIFY(html.indexOf(u"Saturday 3 January"_s) < html.indexOf(u"<p>five, next day</p>"_s));
        QVERIFY(html.contains(u"<bdi>Alice Adams</bdi> (4), <bdi>Bob Baker</bdi> (1)"_s));
    }

    void timesInTheChosenZoneWithUtcInTheTitle_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("day");
        QTest::newRow("utc") << QByteArray("UTC") << u"23:30"_s << u"Friday 2 January 2026"_s;
        QTest::newRow("paris") << QByteArray("Europe/Paris") << u"00:30"_s << u"Saturday 3 January 2026"_s;
        QTest::newRow("new york") << QByteArray("America/New_York") << u"18:30"_s
                                  << u"Friday 2 January 2026"_s;
    }

    void timesInTheChosenZoneWithUtcInTheTitle()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, shown);
        QFETCH(QString, day);
        if (!QTimeZone::isTimeZoneIdAvailable(zone))
            QSKIP("time zone data is missing");
        HtmlOptions options;
        options.timeZone = QTimeZone(zone);
        const qint64 t = T0 + 13 * 60 * Minute + 30 * Minute; // 2026-01-02T23:30Z
        const QString html = render(parse({message(id(1), t, user(1, u"A"_s), u"x"_s)}), options).html;
        QVERIFY2(html.contains(
                     u"<time datetime=\"2026-01-02T23:30:00.000Z\" title=\"2026-01-02 23:30:00.000 UTC\">"_s
                     + shown + u"</time>"_s),
            qPrintable(html.mid(html.indexOf(u"<article"_s), 300)));
        QVERIFY(html.contains(u">"_s + day + u"</time></h2>"_s));
        QVERIFY(html.contains(u"<dt>Time zone</dt><dd>"_s + QString::fromLatin1(zone)));
    }

    void marksRepliesAndAttachments()
    {
        const QJsonObject alice = user(1, u"Alice Adams"_s);
        QJsonObject edited = message(id(2), T0 + Minute, alice, u"<p>edited text</p>"_s);
        edited.insert(u"replacing"_s, id(1));
        QJsonObject reply = message(id(3), T0 + 2 * Minute, alice, u"<p>a reply</p>"_s);
        reply.insert(u"parentMessageId"_s, Ids::toStandard(id(1))); // either form of the id
        QJsonObject orphan = message(id(4), T0 + 3 * Minute, alice, u"<p>reply to the unknown</p>"_s);
        orphan.insert(u"parentMessageId"_s, id(99));
        QJsonObject undecrypted = message(id(5), T0 + 4 * Minute, alice, {});
        undecrypted.remove(u"message"_s);
        undecrypted.insert(u"diagnostic"_s, u"decryption failed"_s);
        const QJsonObject suppressed
            = message(id(6), T0 + 5 * Minute, alice, u"<p>This message has been suppressed.</p>"_s);
        QJsonObject files = message(id(7), T0 + 6 * Minute, alice, u"<p>files</p>"_s);
        files.insert(u"attachments"_s,
            QJsonArray {QJsonObject {{u"id"_s, u"a"_s}, {u"name"_s, u"term-sheet.pdf"_s}, {u"size"_s, 12345}},
                QJsonObject {{u"id"_s, u"b"_s}, {u"name"_s, u"chart.png"_s}, {u"size"_s, 20480}}});
        QJsonObject replaced = message(id(1), T0, alice, u"<p>first</p>"_s);
        replaced.insert(u"replacedBy"_s, id(2));

        const QString firstId = Ids::normalized(id(1));
        HtmlWriter::Locate locate = [&](const QString &messageId) {
            return Ids::normalized(messageId) == firstId ? u"#m-"_s + firstId : QString();
        };
        const QList<Derived> derived {{}, {}, {2, false}, {0, true}};
        const QString html = render(
            parse({replaced, edited, reply, orphan, undecrypted, suppressed, files}), {}, {}, locate, derived)
                                 .html;
        QVERIFY(html.contains(u"<span class=\"mark mark-replaced\">replaced by a later version</span>"_s));
        QVERIFY(html.contains(u"<span class=\"mark mark-edited\">edited</span>"_s));
        QVERIFY(
            html.contains(u"<div class=\"ref ref-replacing\">Replaces <a href=\"#m-"_s + firstId + u"\">"_s));
        QVERIFY(
            html.contains(u"<div class=\"ref ref-reply\">In reply to <a href=\"#m-"_s + firstId + u"\">"_s));
        QVERIFY(html.contains(
            u"In reply to a message not in this transcript (<code>"_s + id(99) + u"</code>)"_s));
        QVERIFY(html.contains(u"<span class=\"mark mark-delivered\">delivered 3 times</span>"_s));
        QVERIFY(html.contains(u"<span class=\"mark mark-duplicate\">duplicate delivery</span>"_s));
        QVERIFY(html.contains(u"<span class=\"mark mark-undecryptable\">not decrypted</span>"_s));
        QVERIFY(html.contains(u"<p class=\"undecrypted\">Not decrypted: decryption failed</p>"_s));
        QVERIFY(html.contains(u"<span class=\"mark mark-suppressed\">suppressed</span>"_s));
        QCOMPARE(html.count(u"mark-suppressed"_s), 1);
        QVERIFY(html.contains(
            u"<bdi>term-sheet.pdf</bdi></span> <span class=\"file-meta\">application/pdf · 12.06 KiB"_s));
        QVERIFY(
            html.contains(u"<bdi>chart.png</bdi></span> <span class=\"file-meta\">image/png · 20.00 KiB"_s));
        checkInert(html);
    }

    void bodiesGoThroughTheConverter()
    {
        const QString body
            = u"<p>Hi <span class=\"entity\" data-entity-id=\"m1\">@Bob</span> "
              "<span class=\"entity\" data-entity-id=\"h1\">#rates</span> "
              "<span class=\"entity\" data-entity-id=\"c1\">$EURUSD</span></p>"
              "<table><tr><td>1Y</td><td>2.5</td></tr></table><code>x = 1</code>"
              "<div class=\"card\"><div class=\"cardHeader\">Head</div><div class=\"cardBody\">Body</div></div>"_s;
        QJsonObject m = message(id(1), T0, user(1, u"Alice"_s), body);
        m.insert(u"data"_s,
            uR"({"m1":{"type":"com.symphony.user.mention","id":[{"type":"com.symphony.user.userId","value":2}]},
                "h1":{"type":"org.symphonyoss.taxonomy","id":[{"type":"org.symphonyoss.taxonomy.hashtag","value":"rates"}]},
                "c1":{"type":"org.symphonyoss.fin.security","id":[{"type":"org.symphonyoss.fin.security.id.ticker","value":"EURUSD"}]}})"_s);
        // Bob wrote earlier: the mention shows his name as the transcript knows it.
        const QList<Message> messages
            = parse({message(id(2), T0 - Minute, user(2, u"Bob Baker"_s), u"hi"_s), m});
        const QString html = render(messages).html;
        QVERIFY2(html.contains(u"<span class=\"pml-mention\">@Bob Baker</span>"_s),
            qPrintable(html.mid(html.indexOf(u"<article"_s), 600)));
        QVERIFY(html.contains(u"class=\"pml-hashtag\""_s));
        QVERIFY(html.contains(u"class=\"pml-cashtag\""_s));
        QVERIFY(html.contains(u"<table"_s));
        QVERIFY(html.contains(u"<code>x = 1</code>"_s));
        QVERIFY(html.contains(u"pml-card-header"_s));
        QVERIFY(html.contains(u".pml-mention,.pml-hashtag,.pml-cashtag{"_s)); // styled as chips
    }

    void loneSurrogatesAreReplacedAndCounted()
    {
        QList<Message> messages = parse({message(id(1), T0, user(1, u"x"_s), u"y"_s)});
        messages[0].user.displayName = u"bad "_s + QChar(0xD800) + u" name"_s;
        const Written w = render(messages);
        QCOMPARE(w.replaced, 2); // in the group header and in the footer
        QVERIFY(w.html.contains(u"bad \uFFFD name"_s));
    }

    void writesAsTheMessagesCome()
    {
        // Flat memory: the document goes to the device in chunks while messages come, not at the end.
        QJsonArray array;
        for (int i = 0; i < 400; ++i)
            array.append(message(id(i), T0 + i * Minute, user(i % 3, u"Sender %1"_s.arg(i % 3)),
                u"<p>A message long enough to fill the buffer quickly, number %1.</p>"_s.arg(i)));
        const QList<Message> messages = parse(array);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        HtmlOptions options;
        options.timeZone = QTimeZone::utc();
        HtmlWriter writer(&buffer, options, roomInfo());
        qint64 seenAt = -1;
        for (const Message &m : messages) {
            QVERIFY(writer.write(m, {}));
            if (seenAt < 0 && buffer.size() > 0)
                seenAt = writer.itemCount();
        }
        QVERIFY2(seenAt > 0 && seenAt < 300, qPrintable(QString::number(seenAt)));
        QCOMPARE(writer.bytesWritten(), buffer.size());
        QVERIFY(writer.end());
        QCOMPARE(writer.bytesWritten(), buffer.size());
        QCOMPARE(writer.itemCount(), 400);
    }

    void defaultZoneIsTheSystems()
    {
        QCOMPARE(HtmlOptions {}.timeZone, QTimeZone::systemTimeZone());
        QCOMPARE(HtmlOptions {}.partition, 0);
    }

    void attachmentsBesideTheTranscript()
    {
        // --attachments: the files land in NAME_files/ under sanitised, unique names, whatever the
        // server calls them; images (by their bytes) show as thumbnails from there.
        struct Source final : AttachmentSource
        {
            QHash<QString, QByteArray> files;
            std::optional<QByteArray> bytes(
                const QString &, const QString &, const QString &attachmentId) override
            {
                if (!files.contains(attachmentId))
                    return std::nullopt;
                return files.value(attachmentId);
            }
        };
        auto source = std::make_shared<Source>();
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(40, 'p');
        const QByteArray gif = "GIF89a" + QByteArray(20, 'g');
        const QString longName = QString(300, u'l') + u".txt"_s;
        const QList<std::pair<QString, QString>> names {{u"1"_s, u"../x.png"_s}, {u"2"_s, u"/etc/passwd"_s},
            {u"3"_s, u"a\u0001b\nc.txt"_s}, {u"4"_s, u"\u202Egnp.exe"_s}, {u"5"_s, longName},
            {u"6"_s, u"same.txt"_s}, {u"7"_s, u"same.txt"_s}, {u"8"_s, u"not-an-image.png"_s},
            {u"9"_s, u"picture.txt"_s}, {u"10"_s, u"missing.bin"_s}};
        QJsonArray list;
        for (const auto &[fileId, name] : names) {
            list.append(QJsonObject {{u"id"_s, fileId}, {u"name"_s, name}, {u"size"_s, 10}});
            if (fileId != u"10"_s)
                source->files.insert(fileId,
                    fileId == u"1"_s       ? png
                        : fileId == u"9"_s ? gif
                                           : fileId.toUtf8());
        }
        QJsonObject m = message(id(1), T0, user(1, u"Alice"_s), u"<p>files</p>"_s);
        m.insert(u"attachments"_s, list);
        // The same message again (a second delivery, or the next part) links the same files.
        const QList<Message> messages = parse({m, m});

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"room.html"_s);
        HtmlOptions options;
        options.timeZone = QTimeZone::utc();
        options.attachments = source;
        HtmlTranscript transcript(options, roomInfo());
        INSPECTOR_VERIFY_OK(transcript.open(path, OutputFile::Path::Chosen));
        for (const Message &message : messages)
            INSPECTOR_VERIFY_OK(transcript.write(message, {}));
        INSPECTOR_VERIFY_OK(transcript.finish());
        QVERIFY(transcript.warnings().isEmpty());

        // Nothing outside the folder but the transcript; nine files in it (the tenth had no bytes).
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
            QStringList({u"room.html"_s, u"room_files"_s}));
        const QDir folder(dir.filePath(u"room_files"_s));
        const QStringList files
            = folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        QCOMPARE(files.size(), 9);
        for (const QString &name : files) {
            QVERIFY2(QFileInfo(folder.filePath(name)).isFile(), qPrintable(name));
            QVERIFY2(!name.startsWith(u'.') && !name.contains(u'/') && QFile::encodeName(name).size() <= 200,
                qPrintable(name));
            for (const QChar c : name)
                QVERIFY2(c.unicode() >= 0x20 && c != QChar(0x202E), qPrintable(name));
        }
        QVERIFY(files.contains(u"same.txt"_s) && files.contains(u"same (2).txt"_s));
        QCOMPARE(folder.entryList({u"*x.png"_s}).size(), 1);
        QCOMPARE(readAll(folder.filePath(folder.entryList({u"*x.png"_s}).first())), png);

        const QString html = QString::fromUtf8(readAll(path));
        QVERIFY(html.contains(u"img-src 'self'"_s));
        // Links only into the folder; images only for the bytes of an image, named as they are.
        QStringList images;
        static const QRegularExpression img(u"<img src=\"([^\"]*)\""_s);
        for (auto it = img.globalMatch(html); it.hasNext();)
            images.append(it.next().captured(1));
        QCOMPARE(images.size(), 4); // x.png and picture.txt, in both deliveries
        QVERIFY2(images.contains(u"room_files/picture.txt"_s), qPrintable(images.join(u' ')));
        for (const QString &src : images)
            QVERIFY2(src.startsWith(u"room_files/"_s) && !src.mid(11).contains(u'/'), qPrintable(src));
        int local = 0;
        for (const QString &href : hrefs(html)) {
            if (!href.startsWith(u"room_files/"_s))
                continue;
            ++local;
            const QString name = QUrl::fromPercentEncoding(href.mid(11).toUtf8());
            QVERIFY2(!href.mid(11).contains(u'/') && files.contains(name), qPrintable(href));
        }
        QCOMPARE(local, 2 * (9 + 2)); // every file linked (images twice), in both deliveries
        QVERIFY(html.contains(u"<bdi>missing.bin</bdi></span>"_s)); // listed, not linked

        // Without --attachments: no image allowed.
        QVERIFY(!render(messages).html.contains(u"img-src"_s));
    }

    void elementIds()
    {
        const QString urlSafe = u"WM4HarJ2K-cuwJqoNJVsgH___mSGkin_dA"_s;
        QCOMPARE(HtmlWriter::anchor(urlSafe), u"m-"_s + Ids::normalized(urlSafe));
        QCOMPARE(HtmlWriter::anchor(Ids::toStandard(urlSafe)), HtmlWriter::anchor(urlSafe));
        const QString hostile = HtmlWriter::anchor(u"\"><script>"_s);
        QVERIFY(QRegularExpression(u"^m-x[0-9a-f]{32}$"_s).match(hostile).hasMatch());
        QCOMPARE(HtmlWriter::fileHref(u"a b\"<.html"_s), u"a%20b%22%3C.html"_s);
    }
};

INSPECTOR_TEST_APPLESS_MAIN(HtmlWriterTest)
#include "tst_htmlwriter.moc"
