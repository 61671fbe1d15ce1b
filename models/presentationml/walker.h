// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "presentationml/presentationml.h"
#include "presentationml/tags.h"

#include <QStringList>
#include <QVarLengthArray>

#include <optional>

// The single pass over the markup, shared by both outputs; internal to presentationml/.
namespace Inspector::PresentationMl::Detail {

class Report
{
public:
    explicit Report(bool enabled)
        : m_enabled(enabled)
    { }

    bool enabled() const { return m_enabled; }

    void warn(const QString &warning)
    {
        if (m_enabled && m_warnings.size() < 32 && !m_warnings.contains(warning))
            m_warnings.append(warning);
    }

    void link(const QString &href)
    {
        if (m_enabled)
            m_links.append(href);
    }

    void image(const QString &src)
    {
        if (m_enabled)
            m_images.append(src);
    }

    void clearFindings()
    {
        m_warnings.clear();
        m_links.clear();
        m_images.clear();
    }

    QStringList m_warnings;
    QStringList m_links;
    QStringList m_images;

private:
    bool m_enabled;
};

enum FrameFlag : quint8
{
    InPre = 1,
    InLink = 2,
};

struct Frame
{
    Node node = Node::Transparent;
    quint8 flags = 0;
    int context = -1; // index of the nearest ancestor frame that emitted a node
    int counter = 0; // children counted by this node: <ol> items, <tr> cells, <select> options
};

enum class Failure
{
    None,
    NotWellFormed,
    Doctype,
    TooDeep,
    TooManyAttributes
};

/**
 * @brief Reads markup once and tells a sink (HtmlSink, TextSink) what to write: the allowlist, the
 * entity chips, the link and image policy and the limits of RenderOptions live here, the output
 * format in the sink. Instantiated for those two sinks only (walker.cpp).
 */
template<typename Sink> class Walker
{
public:
    Walker(Sink &sink, const Entities &entities, const RenderOptions &options, Report &report);

    Failure run(const QString &input);

    /**
     * The same pass with Detail::MarkupScanner instead of QXmlStreamReader: nullopt when the
     * scanner does not take this markup, and the caller must start again (with a new sink and
     * walker) with run().
     */
    std::optional<Failure> runScanner(const QString &input);

    const QString &errorText() const { return m_errorText; }

private:
    int contextIndex() const;

    Node contextNode() const;

    template<typename Reader> void startElement(const Reader &reader);

    void endElement();

    void characters(QStringView text, bool whitespace);

    void noteLinkContent(QStringView visible);

    // A span or div carrying data-entity-id (or one of the legacy tag classes) becomes a chip;
    // its inner markup is read as text only.
    template<typename Reader> bool startEntity(const Reader &reader);

    void startCapture(Chip kind, const Entity *entity, QStringView attribute);

    void finishCapture();

    void emitText(const QString &text);

    template<typename Reader> Node divNode(const Reader &reader, OpenInfo &info);

    template<typename Reader> Node startLink(const Reader &reader, quint8 inherited, OpenInfo &info);

    template<typename Reader> void image(const Reader &reader);

    template<typename Reader> void input(const Reader &reader);

    struct LinkState
    {
        int frame = -1;
        QString url;
        QString text;
        bool hasContent = false;

        void appendText(QStringView t)
        {
            // Only compared with the url, so a little more than its length is enough.
            const qsizetype room = url.size() + 16 - text.size();
            if (room > 0)
                text += t.first(std::min(room, t.size()));
        }
    };

    struct Capture
    {
        bool active = false;
        Chip kind = Chip::Infer;
        const Entity *entity = nullptr;
        int nesting = 0;
        QString text;
        QString attribute;
    };

    Sink &m_sink;
    const Entities &m_entities;
    const RenderOptions &m_options;
    Report &m_report;
    QVarLengthArray<Frame, 72> m_frames;
    LinkState m_link;
    Capture m_capture;
    int m_depth = 0;
    int m_dropDepth = 0;
    QString m_errorText;
};

class HtmlSink;
class TextSink;
extern template class Walker<HtmlSink>;
extern template class Walker<TextSink>;

} // namespace Inspector::PresentationMl::Detail
