// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QString>

namespace Inspector::DemoPod {

/**
 * @brief Builds one message's PresentationML entities and the matching EntityJSON `data`
 * (docs/symphony-api.md §12.2). Client-authored messages number entities "0", "1", ...;
 * bot (messageml-utils) messages use "mention1", "keyword2", "emoji3", ...
 */
class Markup
{
public:
    explicit Markup(bool botStyle)
        : m_botStyle(botStyle)
    { }

    QString mention(qint64 userId, const QString &displayName);
    QString hashtag(const QString &tag);
    QString cashtag(const QString &ticker);
    QString emoji(const QString &shortcode, const QString &unicode, const QString &annotation);

    /** Wraps the body in the PresentationML root (with class="wysiwyg" for client messages). */
    QString document(const QString &body) const;
    /** EntityJSON serialised compactly; "{}" when the message has no entities. */
    QString data() const;

    static QString escape(const QString &text);
    /** The text of a PresentationML document with tags removed and entities decoded. */
    static QString plainText(const QString &presentationMl);

private:
    QString nextId(const QString &prefix);

    bool m_botStyle;
    int m_counter = 0;
    QJsonObject m_entities;
};

} // namespace Inspector::DemoPod
