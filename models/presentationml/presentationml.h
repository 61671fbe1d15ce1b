// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>
#include <optional>

// clang-format off
/**
 * PresentationML (the `message` field of a V4Message) to safe HTML and to plain text.
 *
 * Every function here is pure: no QObject, no shared state, callable from any thread at once.
 *
 * The HTML is an allowlist rebuilt from a QXmlStreamReader pass, never the input copied through.
 * It uses only tags that QTextDocument's HTML 4 subset and browsers both understand, with no
 * style attributes and no colours; everything visual comes from a style sheet keyed on these
 * classes (all prefixed `pml-`, several may be combined in one `class` attribute, which
 * QTextDocument's CSS class selectors match token by token):
 *
 * | Output | From | Class(es) |
 * |---|---|---|
 * | `p div h1-h6 b i u strong em sub sup code pre br hr ul ol li` | the same tag; no attributes kept | – |
 * | `table thead tbody tfoot tr th td` | the same tag; `table` carries `border="1" cellspacing="0" cellpadding="4"` | `table.pml-table` |
 * | `a href` | `a` whose href is `https:` (no user info) or `mailto:` | – |
 * | `span` | `a` with any other href: its text plus ` (url)` as plain text | `pml-link-blocked` |
 * | `span` | mention entity, text `@Display Name` | `pml-mention` |
 * | `span` | hashtag entity, text `#value` | `pml-hashtag` |
 * | `span` | cashtag entity, text `$VALUE` | `pml-cashtag` |
 * | `span` | emoji entity, its unicode text | `pml-emoji` |
 * | `span` | `time` (dateTime), its text or its `datetime` | `pml-datetime` |
 * | `span` | `img`, text `[image: url]`, never loaded | `pml-image` |
 * | `span` | `audio` (chime), text `🔔 chime`, never played | `pml-chime` |
 * | `div` | `div.card` / `div.cardHeader` / `div.cardBody` | `pml-card` / `pml-card-header` / `pml-card-body` |
 * | `div` | `div.expandable-card` + `data-state` | `pml-expandable-card` + `pml-state-collapsed`/`-cropped`/`-expanded` |
 * | `div` | `div.expandableCardHeader` | `pml-expandable-card-header` |
 * | `div` | `div.expandableCardBody` + `data-variant` | `pml-expandable-card-body` (+ `pml-variant-error`) |
 * | `div` / `span` | Elements: `form` / `button` as `[label]` / `input`, `select`, `textarea` as `[value]` | `pml-form` / `pml-button` / `pml-field` |
 * | `p` | the whole message when it could not be parsed: its text content only | `pml-fallback` |
 *
 * A URL shown as text (blocked link, image) has each `:` written as `&#58;`: it reads the same,
 * but no later linkifier or careless consumer of the HTML finds a live `javascript:` in it.
 * Whole subtrees of `script style iframe object embed svg math template head meta link base video`
 * and similar are dropped; other unknown tags are removed and their text kept; every kept text is
 * escaped. A DOCTYPE, XML that is not well formed, nesting deeper than `maxDepth`, an element with
 * more than `maxAttributes` attributes or input larger than `maxInputBytes` make the converter
 * fall back to the escaped text content. Every path, fallback included, takes time linear in the
 * size of its input.
 */
// clang-format on
namespace Inspector::PresentationMl {

/** @brief One entry of a message's EntityJSON, reduced to what rendering needs. Plain value. */
struct Entity
{
    enum class Kind : quint8
    {
        Other,
        Mention,
        Hashtag,
        Cashtag,
        Emoji
    };
    Kind kind = Kind::Other;
    /** Mention: the `com.symphony.user.userId` value, 0 when the JSON has none that is an integer. */
    qint64 userId = 0;
    /** Hashtag/cashtag: the value without a leading `#`/`$`; emoji: `data.unicode`. May be empty. */
    QString value;
    /** The JSON `type`, e.g. `com.symphony.user.mention`. */
    QString type;
};

/**
 * @brief The EntityJSON of one message (its `data` string), keyed by `data-entity-id`.
 * Immutable after parse(); a plain value usable from any thread.
 */
struct Entities
{
    QHash<QString, Entity> byId;
    /** Why `data` could not be used (not JSON, not an object); empty when it was fine or absent. */
    QString error;

    /** Never throws. Empty, `null` and `{}` give no entities and no error. */
    static Entities parse(const QString &dataJson);
    /** The same with QJsonDocument alone: the reading parse() is tested against, and falls back to. */
    static Entities parseReference(const QString &dataJson);

    const Entity *find(QStringView id) const;
    std::optional<qint64> mentionUserId(QStringView id) const;
    /** The hashtag value without `#`, or a null string when `id` is not a hashtag. */
    QString hashtag(QStringView id) const;
    /** The cashtag value without `$`, or a null string when `id` is not a cashtag. */
    QString cashtag(QStringView id) const;
    /** The emoji's unicode text, or a null string when `id` is not an emoji. */
    QString emojiUnicode(QStringView id) const;
};

namespace Detail {
/** Entities::parse() without its fallback to QJsonDocument: nothing where that fallback would run. */
std::optional<Entities> parseEntitiesFast(const QByteArray &utf8);
} // namespace Detail

struct RenderOptions
{
    /** Current display name of a mentioned user; empty result means "unknown", so the markup text is used. */
    std::function<QString(qint64 userId)> displayName;
    /** UTF-8 size above which the markup is not parsed but shown as (truncated) text. */
    int maxInputBytes = 2 * 1024 * 1024;
    /** Element nesting above which the markup is shown as text. */
    int maxDepth = 64;
    /** Attributes of one element above which the markup is shown as text. */
    int maxAttributes = 64;
    /** Longer attribute values (href, src, value…) are cut to this many characters plus `…`. */
    int maxAttributeChars = 8 * 1024;
    /**
     * toPlainText() reads ordinary markup with a dedicated scanner and everything else with
     * QXmlStreamReader; true reads all with QXmlStreamReader (the reference the scanner is tested
     * against). The text is the same either way.
     */
    bool fullParser = false;
};

struct HtmlResult
{
    QString html;
    /** What was dropped or refused, one sentence each, without duplicates (at most 32). */
    QStringList warnings;
    /** True when the markup could not be parsed and `html` is its escaped text content. */
    bool fellBack = false;
    /** The https/mailto targets kept as live links, normalised as they appear in `href`. */
    QStringList links;
    /** The `src` of every image, shown as a placeholder and never fetched. */
    QStringList images;
};

/** Safe HTML for QTextDocument (see the table above for the tags and classes). */
HtmlResult toSafeHtml(
    const QString &presentationMl, const QString &dataJson, const RenderOptions &options = {});

/**
 * Plain text for CSV, tables and search: mentions `@Name`, tags `#x`/`$X`, links `text (url)`
 * (only `url` when the text is the url), table rows on their own lines with cells joined by
 * ` | `, list items on their own lines as `- ` or `1. `, paragraphs/divs/br as line breaks,
 * whitespace collapsed within lines (except inside `pre`), no leading or trailing blank lines.
 */
QString toPlainText(
    const QString &presentationMl, const QString &dataJson, const RenderOptions &options = {});

} // namespace Inspector::PresentationMl
