// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <array>

// Internal to presentationml/.
namespace Inspector::PresentationMl::Detail {

/**
 * @brief A pull tokenizer for the plain XML that PresentationML nearly always is: elements with
 * quoted attributes, text, the five XML entities, character references and HTML entity names.
 *
 * It reports the tokens QXmlStreamReader would report for such markup (same names, attribute
 * values, text and whitespace flags, references decoded in place), several times faster. Anything
 * else (comments, CDATA, processing instructions, a DOCTYPE, namespaces, non-ASCII names, carriage
 * returns, characters XML forbids, unknown entities, mismatched tags, any well-formedness error)
 * makes it answer Unsupported, and the caller starts again with QXmlStreamReader: the scanner
 * never has to reproduce an error. Reads the markup it is given, which must outlive it.
 */
class MarkupScanner
{
public:
    enum class Token
    {
        StartElement,
        EndElement,
        Characters,
        End,
        Unsupported
    };

    /// The markup is read as the content of a synthetic root element, as the converter reads it.
    explicit MarkupScanner(QStringView markup)
        : m_p(markup.data())
        , m_end(markup.data() + markup.size())
    {
        m_open.append(u"r");
    }

    Token readNext();

    QStringView name() const { return m_name; }
    QStringView text() const { return m_text; }
    bool isWhitespace() const { return m_whitespace; }

    /// The attributes of the current start element, read like QXmlStreamAttributes.
    class Attributes
    {
    public:
        QStringView value(QLatin1StringView name) const
        {
            for (const Attribute &a : m_list) {
                if (a.name == name)
                    return a.value;
            }
            return {};
        }
        qsizetype size() const { return m_list.size(); }
        bool hasAttribute(QLatin1StringView name) const
        {
            for (const Attribute &a : m_list) {
                if (a.name == name)
                    return true;
            }
            return false;
        }

    private:
        friend class MarkupScanner;
        struct Attribute
        {
            QStringView name;
            QStringView value;
        };
        QVarLengthArray<Attribute, 8> m_list;
    };
    const Attributes &attributes() const { return m_attributes; }

private:
    static constexpr int MaxAttributes = 16;

    bool startTag();
    bool endTag();
    bool characters();
    bool readName(QStringView *name);
    bool readAttributeValue(int index, QStringView *value);
    /// Decodes the reference at m_p (on '&') into `out`; false when the scanner does not take it.
    bool reference(QString *out);
    void skipSpace();

    const QChar *m_p;
    const QChar *m_end;
    QStringView m_name;
    QStringView m_text;
    bool m_whitespace = false;
    bool m_pendingEnd = false; // after an empty-element tag, its end comes next
    Attributes m_attributes;
    QVarLengthArray<QStringView, 32> m_open;
    QString m_decodedText;
    std::array<QString, MaxAttributes> m_decodedValues;
};

} // namespace Inspector::PresentationMl::Detail
