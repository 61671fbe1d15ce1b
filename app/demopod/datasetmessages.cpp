// SPDX-License-Identifier: Apache-2.0
// The messages of the demo pod's data set: their metadata, made from a seed when asked; their
// JSON bodies; attachments, receipts and delivery status.
#include "dataset.h"

#include "binaryfixtures.h"
#include "demodata.h"
#include "hostiledata.h"
#include "idcodec.h"
#include "markup.h"

#include <QCryptographicHash>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Inspector::DemoPod {

namespace {

enum NamedKind
{
    FirstNamedKind = 100,
    M1Kind = FirstNamedKind,
    M2Kind,
    M3Kind,
    M4Kind,
    M5Kind,
    M6Kind,
    M7Kind,
    M8Kind,
    M8StandardKind,
    M9Kind,
    DiagnosticKind,
    AddedKind, ///< added through the control API (DataSet::addMessage, editMessage)
};

/** splitmix64: small, good enough, and identical on every platform. */
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T> const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

private:
    quint64 m_state;
};

quint64 seedFor(int stream, int index, quint64 salt)
{
    Rng mix((quint64(quint32(stream)) << 32) ^ quint64(quint32(index)) ^ (salt * 0x100000001b3ULL));
    return mix.next();
}

const QStringList &sentences()
{
    static const QStringList list {
        u"Front end is a touch softer after the auction tail, real money buying the belly."_s,
        u"Swap spreads tighter again as the supply calendar looks light into month end."_s,
        u"We saw decent two-way flow in the 5s30s steepener, mostly fast money."_s,
        u"Desk view stays neutral duration, happy to fade moves outside the recent range."_s,
        u"Liquidity is thinner than usual, bid-offer in the long end is about twice normal."_s,
        u"Client axes: better seller of 2y, better buyer of 10y, size available on request."_s,
        u"Remember the data release at 13:30 London; expect a wider range on the print."_s,
        u"Basis traders are active in the front contract, roll looks rich versus fair value."_s,
        u"Inflation breakevens drifted lower overnight with energy prices off the highs."_s,
        u"Repo is trading special in the on-the-run, keep an eye on fails into settlement."_s,
        u"Options vol is bid on the upside, skew moved a full point since yesterday."_s,
        u"Central bank speakers later today; market prices roughly two cuts by year end."_s,
        u"Corporate issuance pipeline is heavy this week, expect some rate locks."_s,
        u"Updated the curve model with the new fixings, results are on the shared drive."_s,
        u"Can someone confirm the settlement instructions for the Globex trade?"_s,
        u"Risk limits were refreshed this morning, no changes to the DV01 buckets."_s,
        u"Morning meeting notes are attached to the team page as usual."_s,
        u"Asia session was quiet, the move came with the European open."_s,
        u"Please keep quotes indicative until the compliance review is done."_s,
        u"The new pricing screen is live for the whole desk from today."_s,
        u"Levels are firm for the next ten minutes, then we refresh."_s,
        u"Momentum signals flipped to neutral on the 10y, nothing actionable yet."_s,
        u"Heads up: the data vendor feed had a short gap around 09:12."_s,
        u"Looks like the market is waiting for the minutes before taking a view."_s,
    };
    return list;
}

const QStringList &hashtags()
{
    static const QStringList list {
        u"rates"_s, u"fx"_s, u"credit"_s, u"macro"_s, u"eod"_s, u"ops"_s, u"risk"_s};
    return list;
}

const QStringList &cashtags()
{
    static const QStringList list {
        u"EURUSD"_s, u"USDJPY"_s, u"GBPUSD"_s, u"UST10Y"_s, u"BUND"_s, u"AAPL"_s, u"MSFT"_s};
    return list;
}

struct EmojiInfo
{
    QString shortcode;
    QString unicode;
    QString annotation;
};

const QList<EmojiInfo> &emojis()
{
    static const QList<EmojiInfo> list {
        {u"thumbsup"_s, u"\U0001F44D"_s, u"thumbs up"_s},
        {u"rocket"_s, u"\U0001F680"_s, u"rocket"_s},
        {u"chart_with_upwards_trend"_s, u"\U0001F4C8"_s, u"chart increasing"_s},
        {u"coffee"_s, u"\u2615"_s, u"hot beverage"_s},
        {u"white_check_mark"_s, u"\u2705"_s, u"check mark button"_s},
    };
    return list;
}

QString level(Rng &rng)
{
    const int bp = 300 + rng.below(250);
    return QString::number(bp / 100) + u'.' + QString::number(bp % 100).rightJustified(2, u'0') + u'%';
}

QString padTo(Rng &rng, QString body, int target)
{
    while (body.size() < target) {
        const QString first = Markup::escape(rng.pick(sentences()));
        const QString second = Markup::escape(rng.pick(sentences()));
        body += u"<p>"_s + first + u' ' + second + u"</p>"_s;
    }
    return body;
}

QByteArray csvFor(int stream, int index)
{
    Rng rng(seedFor(stream, index, 77));
    QByteArray out = "tenor,bid,ask,change_bp\n";
    const char *tenors[] = {"1M", "3M", "6M", "1Y", "2Y", "3Y", "5Y", "7Y", "10Y", "15Y", "20Y", "30Y"};
    for (const char *tenor : tenors) {
        const int bid = 300 + rng.below(200);
        out += QByteArray(tenor) + ',' + QByteArray::number(bid / 100.0, 'f', 3) + ','
            + QByteArray::number((bid + 2) / 100.0, 'f', 3) + ',' + QByteArray::number(rng.below(21) - 10)
            + '\n';
    }
    return out;
}

QString csvFileId(int stream, int index)
{
    return u"internal_130_"_s + QString::number(qint64(stream) * 1000000000LL + index);
}

} // namespace

MessageMeta DataSet::plainMeta(int stream, int index) const
{
    m_work.messageMetas += 1;
    MessageMeta m;
    m.ref = {stream, index};
    m.timestamp = timestamp(stream, index);
    const DemoStream &s = m_streams.at(stream);
    if (index >= s.messageCount) {
        m.kind = AddedKind;
        m.authorId = changes(stream)->added.at(index - s.messageCount).authorId;
        return m;
    }

    if (stream == Demo::RatesDeskIndex && index <= Demo::RatesDeskM9Index) {
        switch (index) {
        case 0:
            m.kind = M1Kind;
            m.authorId = Demo::AliceId;
            m.mentions = {Demo::BobId};
            m.hashtags = {u"rates"_s};
            return m;
        case 1:
            m.kind = M2Kind;
            m.authorId = Demo::BobId;
            return m;
        case 2:
            m.kind = M3Kind;
            m.authorId = Demo::BotId;
            m.cashtags = {u"EURUSD"_s};
            return m;
        case 3:
            m.kind = M4Kind;
            m.authorId = Demo::BotId;
            return m;
        case Demo::RatesDeskDiagnosticIndex:
            m.kind = DiagnosticKind;
            m.authorId = Demo::BobId;
            return m;
        case Demo::RatesDeskM9Index:
            m.kind = M9Kind;
            m.authorId = Demo::CarolId;
            return m;
        }
    }
    if (stream == Demo::ImIndex && index <= 1) {
        m.kind = index == 0 ? M5Kind : M6Kind;
        m.authorId = Demo::AliceId;
        if (index == 0) {
            m.attachments = {
                {QString::fromLatin1(Demo::PdfAttachmentId), u"term-sheet.pdf"_s, Demo::PdfAttachmentSize,
                    u"application/pdf"_s, QString(), 0},
                {QString::fromLatin1(Demo::PngAttachmentId), u"chart.png"_s, Demo::PngAttachmentSize,
                    u"image/png"_s, QString::fromLatin1(Demo::PngThumbnailId), 600},
            };
        }
        return m;
    }
    if (stream == Demo::MimIndex && index == 0) {
        m.kind = M7Kind;
        m.authorId = Demo::BobId;
        return m;
    }
    if (stream == Demo::CrossPodIndex && index <= 1) {
        m.kind = index == 0 ? M8Kind : M8StandardKind;
        m.authorId = Demo::ErinId;
        m.mentions = {Demo::AliceId};
        m.cashtags = {u"GBPUSD"_s};
        return m;
    }

    Rng rng(seedFor(stream, index, 1));
    m.authorId = rng.pick(s.authors);
    const bool bot = m.authorId == Demo::BotId;
    m.kind = bot ? 5 + rng.below(5) : rng.below(5);
    QList<qint64> others;
    for (const qint64 member : s.mentioned) {
        if (member != m.authorId && member != Demo::BotId)
            others.append(member);
    }
    if (m.kind == 0 && !others.isEmpty())
        m.mentions = {rng.pick(others)};
    if (m.kind == 0 || m.kind == 1 || rng.chance(30))
        m.hashtags = {rng.pick(hashtags())};
    if (m.kind == 0 || m.kind == 1 || m.kind == 5 || rng.chance(25)) {
        m.cashtags = {rng.pick(cashtags())};
        if (m.kind == 1 || m.kind == 5) {
            const QString second = rng.pick(cashtags());
            if (second != m.cashtags.first())
                m.cashtags.append(second);
        }
    }
    if (stream == Demo::RatesDeskIndex && index >= 7 && index % 50 == 25) {
        const QByteArray csv = csvFor(stream, index);
        m.attachments = {{csvFileId(stream, index), u"rates-snapshot-"_s + QString::number(index) + u".csv"_s,
            csv.size(), u"text/csv"_s, QString(), 0}};
    }
    return m;
}

QJsonObject DataSet::messageEnvelope(const MessageMeta &meta) const
{
    const int stream = meta.ref.stream;
    const DemoStream &s = m_streams.at(stream);
    const bool bot = meta.authorId == Demo::BotId;
    const QByteArray sidSeed = messageRawId(stream, meta.ref.index);
    QJsonObject o {
        {u"messageId"_s, messageId(stream, meta.ref.index)},
        {u"timestamp"_s, meta.timestamp},
        {u"user"_s, v4User(meta.authorId)},
        {u"stream"_s, v4Stream(stream)},
        {u"externalRecipients"_s, s.crossPod},
        {u"userAgent"_s, bot ? u"Agent-25.8.1-Linux-6.1.0"_s : u"DESKTOP-25.9.0-1234-Windows-10"_s},
        {u"originalFormat"_s, u"com.symphony.messageml.v2"_s},
        {u"sid"_s,
            QUuid::fromRfc4122(QCryptographicHash::hash(sidSeed, QCryptographicHash::Md5))
                .toString(QUuid::WithoutBraces)},
    };
    if (!meta.attachments.isEmpty()) {
        QJsonArray list;
        for (const AttachmentMeta &a : meta.attachments) {
            QJsonArray images;
            if (!a.previewId.isEmpty())
                images.append(
                    QJsonObject {{u"id"_s, a.previewId}, {u"dimension"_s, QString::number(a.previewWidth)}});
            list.append(QJsonObject {
                {u"id"_s, a.id},
                {u"name"_s, a.name},
                {u"size"_s, a.size},
                {u"images"_s, images},
            });
        }
        o.insert(u"attachments"_s, list);
    }
    return o;
}

QJsonObject DataSet::namedMessage(const MessageMeta &meta) const
{
    QJsonObject o = messageEnvelope(meta);
    const bool bot = meta.authorId == Demo::BotId;
    Markup mk(bot);
    QString body;
    switch (meta.kind) {
    case M1Kind: {
        // Entities are created in text order: operands of + are evaluated in no fixed order.
        const QString bob = mk.mention(Demo::BobId, u"Bob Baker"_s);
        const QString rates = mk.hashtag(u"rates"_s);
        body = u"<p>Morning "_s + bob + u" see "_s + rates
            + u"</p><p>Curve is steeper overnight: 2s10s at +38bp, and the belly is cheap versus the wings. "
              u"I put the levels for the client call on the team page; shout if anything looks off before "
              u"11:00. "
              u"Also, the auction results are out at 15:00 so keep quotes indicative until then.</p>"_s
              u"<p>Agenda for the desk meeting:</p><ul><li>Supply calendar and rate locks</li>"
              u"<li>Client axes for the week</li><li>Risk limits refresh</li></ul>"_s;
        break;
    }
    case M2Kind:
        body = u"<p>Thanks Alice, looking at the curve now. Agree on the belly, our model has 5y about 2bp "
               u"cheap "
               u"to the fitted curve. I will send the client run once Carol signs off the levels.</p>"_s;
        o.insert(u"parentMessageId"_s, QString::fromLatin1(Demo::M1Id));
        break;
    case M3Kind: {
        const QString eurusd = mk.cashtag(u"EURUSD"_s);
        const QString chart = mk.emoji(u"chart_with_upwards_trend"_s, u"\U0001F4C8"_s, u"chart increasing"_s);
        body = u"<p>Indicative levels for "_s + eurusd + u" forwards "_s + chart
            + u"</p><table><thead><tr><th>Tenor</th><th>Bid</th><th>Ask</th><th>Change</th></tr></"
              u"thead><tbody>"
              u"<tr><td>1M</td><td>1.0842</td><td>1.0845</td><td>+0.0004</td></tr>"
              u"<tr><td>3M</td><td>1.0871</td><td>1.0875</td><td>+0.0006</td></tr>"
              u"<tr><td>6M</td><td>1.0903</td><td>1.0908</td><td>-0.0002</td></tr>"
              u"<tr><td>1Y</td><td>1.0968</td><td>1.0974</td><td>+0.0011</td></tr>"
              u"</tbody></table><p>Levels are indicative and refresh every 10 minutes.</p>"_s;
        break;
    }
    case M4Kind:
        body = u"<div class=\"card barStyle\" data-icon-src=\"https://assets.acme.example/icons/rates.png\" "
               u"data-accent-color=\"tempo-bg-color--blue\"><div class=\"cardHeader\">Daily rates "
               u"summary</div>"
               u"<div class=\"cardBody\"><p>UST 10Y 4.12% (+3bp), Bund 2.31% (+1bp), Gilt 4.05% (-2bp).</p>"
               u"<p>Volumes were 15% above the 20-day average.</p></div></div>"
               u"<div class=\"expandable-card\" data-state=\"cropped\"><div class=\"expandableCardHeader\">"
               u"Reconciliation report</div><div class=\"expandableCardBody\" data-variant=\"error\">"
               u"<p>3 trades failed reconciliation against the clearing house:</p><ul>"
               u"<li>T-20260102-0041: notional mismatch</li><li>T-20260102-0057: missing UTI</li>"
               u"<li>T-20260102-0063: settlement date differs</li></ul></div></div>"_s;
        break;
    case M5Kind:
        body = u"<p>Here is the term sheet and the chart we discussed.</p><p>Pricing snippet:</p>"
               u"<pre>def forward(spot, r_dom, r_for, t):\n    return spot * (1 + r_dom * t) / (1 + r_for * "
               u"t)</pre>"
               u"<p>Run it with <code data-language=\"python\">forward(1.0842, 0.045, 0.031, 0.25)</code> "
               u"for the 3M point.</p>"_s;
        o.insert(u"replacedBy"_s, QString::fromLatin1(Demo::M6Id));
        break;
    case M6Kind:
        body
            = u"<p>Here is the term sheet and the updated chart we discussed (v2, with the 6M point).</p>"
              u"<p>Pricing snippet:</p>"
              u"<pre>def forward(spot, r_dom, r_for, t):\n    return spot * (1 + r_dom * t) / (1 + r_for * t)</pre>"_s;
        o.insert(u"replacing"_s, QString::fromLatin1(Demo::M5Id));
        o.insert(u"initialMessageId"_s, QString::fromLatin1(Demo::M5Id));
        o.insert(u"initialTimestamp"_s, timestamp(Demo::ImIndex, 0));
        o.insert(u"silent"_s, true);
        break;
    case M7Kind:
        body = u"<p>Check this out <img src=\"http://tracker.example/p.gif\"/> and "
               u"<a href=\"javascript:alert(1)\">click here for the report</a></p>"
               u"<audio src=\"https://asset.symphony.com/symphony/audio/chime.mp3\" autoplay=\"true\"/>"
               u"<p style=\"color:red\" onclick=\"alert(2)\">Styled &amp; scripted paragraph &lt;b&gt;</p>"
               u"<blink>unknown tag</blink><script>alert(3)</script>"
               u"<iframe src=\"https://evil.example/\"></iframe>"
               u"<p>Normal link: <a href=\"https://www.acme.example/research\">research</a></p>"_s;
        break;
    case M8Kind:
    case M8StandardKind: {
        const QString alice = mk.mention(Demo::AliceId, u"Alice Adams"_s);
        const QString gbpusd = mk.cashtag(u"GBPUSD"_s);
        body = u"<p>Hello from Globex "_s + alice + u", we are interested in "_s + gbpusd
            + u" 3M forwards for 25m. Could you send indicative levels before our 15:00 call? "
              u"Our compliance needs the term sheet by end of day.</p>"_s;
        break;
    }
    case M9Kind:
        body = u"<p>This message has been suppressed.</p>"_s;
        break;
    case DiagnosticKind:
        o.insert(u"diagnostic"_s, u"decryption failed"_s);
        return o;
    default:
        break;
    }
    o.insert(u"message"_s, mk.document(body));
    o.insert(u"data"_s, mk.data());
    return o;
}

QJsonObject DataSet::fillerMessage(const MessageMeta &meta) const
{
    QJsonObject o = messageEnvelope(meta);
    const int stream = meta.ref.stream;
    const int index = meta.ref.index;
    Rng rng(seedFor(stream, index, 2));
    const bool bot = meta.authorId == Demo::BotId;
    Markup mk(bot);
    auto sentence = [&rng]() { return Markup::escape(rng.pick(sentences())); };
    // Entities are created before the markup is assembled so that their ids follow the text.
    QString mention;
    for (const qint64 id : meta.mentions) {
        const DemoUser *u = user(id);
        mention += mk.mention(id, u ? u->displayName() : QString::number(id));
    }
    QString tags;
    for (const QString &h : meta.hashtags)
        tags += u' ' + mk.hashtag(h);
    QString cash;
    for (const QString &c : meta.cashtags)
        cash += u' ' + mk.cashtag(c);
    // Random parts are drawn up front in a fixed order (braced lists evaluate left to right):
    // the operands of one + chain are evaluated in no set order.
    const QStringList text {sentence(), sentence(), sentence()};
    const QStringList levels {level(rng), level(rng), level(rng), level(rng), level(rng), level(rng),
        level(rng), level(rng), level(rng)};
    const QList<int> numbers {rng.below(9000), rng.below(21), rng.below(900), rng.below(5000), rng.below(3)};

    QString body;
    switch (meta.kind) {
    case 0: {
        const int note = 1000 + numbers[0];
        body = u"<p>Morning "_s + mention + u", "_s + text[0] + tags + u"</p><p>" + text[1] + cash + u' '
            + text[2] + u"</p><p>Notes: <a href=\"https://research.acme.example/notes/"_s
            + QString::number(note) + u"\">https://research.acme.example/notes/"_s + QString::number(note)
            + u"</a></p>"_s;
        break;
    }
    case 1: {
        body = u"<p>Levels into the close"_s + tags + u":</p><ul>"_s;
        for (int i = 0; i < meta.cashtags.size(); ++i)
            body += u"<li>"_s + meta.cashtags.at(i) + u" at "_s + levels.at(i) + u"</li>"_s;
        body += u"<li>Spread "_s + levels.at(8) + u"</li></ul><p>" + text[0] + cash + u"</p>"_s;
        break;
    }
    case 2:
        body = u"<p>"_s + text[0] + tags + cash + u"</p><p>" + text[1] + u"</p>"_s;
        if (index > 0)
            o.insert(u"parentMessageId"_s, messageId(stream, index - 1));
        break;
    case 3: {
        const EmojiInfo &e = rng.pick(emojis());
        const QString emoji = mk.emoji(e.shortcode, e.unicode, e.annotation);
        body = u"<p><b>Quick one:</b> "_s + text[0] + u' ' + emoji + tags + cash + u"</p><p><i>" + text[1]
            + u"</i></p>"_s;
        break;
    }
    case 4:
        body = u"<p>Pasted from the pricer"_s + tags + cash + u":</p><table class=\"pasted-table\"><tbody>"_s
            + u"<tr><td>Tenor</td><td>Bid</td><td>Ask</td></tr>"_s;
        for (int i = 0; i < 4; ++i) {
            static const char *const tenors[] = {"2Y", "5Y", "10Y", "30Y"};
            body += u"<tr><td>"_s + QString::fromLatin1(tenors[i]) + u"</td><td>" + levels.at(2 * i)
                + u"</td><td>" + levels.at(2 * i + 1) + u"</td></tr>"_s;
        }
        body += u"</tbody></table>"_s;
        break;
    case 5:
        body = u"<p>Automated snapshot"_s + cash + tags
            + u"</p><table><thead><tr><th>Instrument</th><th>Level</th>"
              u"<th>Change</th></tr></thead><tbody>"_s;
        for (int i = 0; i < meta.cashtags.size(); ++i)
            body += u"<tr><td>"_s + meta.cashtags.at(i) + u"</td><td>" + levels.at(i) + u"</td><td>"
                + QString::number(numbers[1] - 10 + i) + u"bp</td></tr>"_s;
        body += u"</tbody></table>"_s;
        break;
    case 6:
        body = u"<div class=\"card barStyle\" data-accent-color=\"tempo-bg-color--green\"><div "
               u"class=\"cardHeader\">"
               u"Market update"_s
            + tags + u"</div><div class=\"cardBody\"><p>" + text[0] + cash + u"</p><p>" + text[1]
            + u"</p></div></div>"_s;
        break;
    case 7: {
        static const QStringList states {u"collapsed"_s, u"expanded"_s, u"cropped"_s};
        body = u"<div class=\"expandable-card\" data-state=\""_s + states.at(numbers[4])
            + u"\"><div class=\"expandableCardHeader\">Batch job report"_s + tags
            + u"</div><div class=\"expandableCardBody\" data-variant=\"default\"><p>" + text[0] + cash
            + u"</p></div></div>"_s;
        break;
    }
    case 8:
        body = u"<p>Job output"_s + tags + cash + u":</p><pre>run=" + QString::number(index)
            + u" status=OK rows=" + QString::number(100 + numbers[2]) + u"\nwarnings=0 elapsed_ms="
            + QString::number(numbers[3]) + u"</pre><p>Rerun with <code>export --stream "
            + m_streams.at(stream).id + u"</code> if needed.</p>"_s;
        break;
    default:
        body = u"<h3>Daily checklist"_s + tags + u"</h3><ol><li>"_s + text[0] + u"</li><li>" + text[1] + cash
            + u"</li><li>" + text[2] + u"</li></ol>"_s;
        break;
    }
    if (!meta.attachments.isEmpty())
        body += u"<p>Snapshot attached: "_s + Markup::escape(meta.attachments.first().name) + u"</p>"_s;
    body = padTo(rng, body, 700 + rng.below(500));
    o.insert(u"message"_s, mk.document(body));
    o.insert(u"data"_s, mk.data());
    return o;
}

QJsonObject DataSet::addedMessage(const MessageMeta &meta) const
{
    QJsonObject o = messageEnvelope(meta);
    const AddedMessage &a
        = changes(meta.ref.stream)->added.at(meta.ref.index - messageCount(meta.ref.stream));
    o.insert(u"message"_s, Markup(meta.authorId == Demo::BotId).document(a.body));
    o.insert(u"data"_s, u"{}"_s);
    if (!a.replacing.isEmpty()) {
        o.insert(u"replacing"_s, a.replacing);
        o.insert(u"initialMessageId"_s, a.initialMessageId);
        o.insert(u"initialTimestamp"_s, a.initialTimestamp);
        o.insert(u"silent"_s, true);
    }
    return o;
}

void DataSet::applyChange(int stream, int index, QJsonObject *message, MessageMeta *meta) const
{
    const StreamChanges *c = changes(stream);
    if (!c)
        return;
    const auto it = c->messages.constFind(index);
    if (it == c->messages.cend())
        return;
    if (meta && (it->suppressed || !it->body.isEmpty())) {
        // The tags and files were those of the old content.
        meta->mentions.clear();
        meta->hashtags.clear();
        meta->cashtags.clear();
        if (it->suppressed)
            meta->attachments.clear();
    }
    if (!message)
        return;
    const bool bot = message->value(u"user"_s).toObject().value(u"userId"_s).toInteger() == Demo::BotId;
    if (it->suppressed || !it->body.isEmpty()) {
        const QString body = it->suppressed ? u"<p>This message has been suppressed.</p>"_s : it->body;
        message->insert(u"message"_s, Markup(bot).document(body));
        message->insert(u"data"_s, u"{}"_s);
        message->remove(u"diagnostic"_s);
        if (it->suppressed)
            message->remove(u"attachments"_s);
    }
    if (!it->replacedBy.isEmpty())
        message->insert(u"replacedBy"_s, it->replacedBy);
}

QJsonObject DataSet::message(int stream, int index) const
{
    m_work.messagesBuilt += 1;
    const MessageMeta m = meta(stream, index);
    QJsonObject o = m.kind == AddedKind ? addedMessage(m)
        : m.kind >= FirstNamedKind      ? namedMessage(m)
                                        : fillerMessage(m);
    applyChange(stream, index, &o, nullptr);
    if (m_config.hostileNames) {
        // A first paragraph, right after the PresentationML root's opening tag.
        QString markup = o.value(u"message"_s).toString();
        markup.insert(
            markup.indexOf(u'>') + 1, u"<p>"_s + Markup::escape(Demo::Hostile::messageText()) + u"</p>"_s);
        o.insert(u"message"_s, markup);
    }
    return o;
}

QString DataSet::plainText(int stream, int index) const
{
    return Markup::plainText(message(stream, index).value(u"message"_s).toString());
}

QList<int> DataSet::messagesWithAttachments(int stream, int first, int last, bool descending, int max) const
{
    // Only m5 (IM #0) and every Rates Desk message #i >= 7 with i % 50 == 25 carry files, so the
    // candidates are enumerated directly instead of scanning a possibly huge history.
    QList<int> candidates;
    auto consider = [&](int i) {
        if (i >= first && i < last && !isRemoved(stream, i) && !meta(stream, i).attachments.isEmpty())
            candidates.append(i);
    };
    if (stream == Demo::RatesDeskIndex) {
        if (!descending) {
            int i = qMax(first, 7);
            i += ((25 - i % 50) + 50) % 50;
            for (; i < last && candidates.size() < max; i += 50)
                consider(i);
        } else {
            int i = last - 1;
            i -= ((i % 50 - 25) + 50) % 50;
            for (; i >= qMax(first, 7) && candidates.size() < max; i -= 50)
                consider(i);
        }
    } else if (stream == Demo::ImIndex) {
        consider(0);
    }
    return candidates;
}

QByteArray DataSet::attachmentBytes(const MessageRef &ref, const QString &fileId) const
{
    const MessageMeta m = meta(ref.stream, ref.index);
    for (const AttachmentMeta &a : m.attachments) {
        if (a.id == fileId) {
            if (a.contentType == u"application/pdf"_s)
                return BinaryFixtures::pdf("Term sheet: GBP/USD 3M forward, notional 25m", a.size);
            if (a.contentType == u"image/png"_s)
                return BinaryFixtures::png(96, 64, a.size);
            return csvFor(ref.stream, ref.index);
        }
        if (!a.previewId.isEmpty() && a.previewId == fileId)
            return BinaryFixtures::png(48, 32, 0);
    }
    return {};
}

QList<ReceiptEntry> DataSet::receipts(const MessageRef &ref) const
{
    const qint64 t = timestamp(ref.stream, ref.index);
    if (ref.stream == Demo::RatesDeskIndex && ref.index == 0) {
        return {
            {Demo::BobId, t + 2000, t + 65000, QString(), 0},
            {Demo::CarolId, t + 3000, t + 120000, QString(), 0},
            {Demo::BotId, t + 1000, 0, QString(), 0},
        };
    }
    if (ref.stream == Demo::ImIndex && ref.index == 0)
        return {{Demo::BotId, t + 1000, t + 4000, u"term-sheet.pdf"_s, t + 9000}};
    if (ref.stream == Demo::CrossPodIndex && ref.index <= 1) {
        return {
            {Demo::ErinId, t + 500, t + 500, QString(), 0},
            {Demo::AliceId, t + 1500, t + 30000, QString(), 0},
            {Demo::BotId, t + 1000, 0, QString(), 0},
        };
    }
    return {};
}

MessageStatusData DataSet::status(const MessageRef &ref) const
{
    const qint64 t = timestamp(ref.stream, ref.index);
    MessageStatusData out;
    if (ref.stream == Demo::RatesDeskIndex && ref.index == 0) {
        out.read = {{Demo::BobId, t + 65000}};
        out.delivered = {{Demo::BotId, t + 1000}};
        out.sent = {{Demo::CarolId, t + 200}};
        return out;
    }
    const MessageMeta m = meta(ref.stream, ref.index);
    const DemoStream &s = m_streams.at(ref.stream);
    for (const RoomMember &member : s.members) {
        if (member.userId == m.authorId)
            continue;
        if (member.userId == Demo::BotId)
            out.delivered.append({member.userId, t + 1000});
        else
            out.read.append({member.userId, t + 30000});
    }
    return out;
}

} // namespace Inspector::DemoPod
