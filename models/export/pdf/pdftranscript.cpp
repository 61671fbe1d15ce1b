// SPDX-License-Identifier: Apache-2.0
#include "export/pdf/pdftranscript.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Inspector::Export {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Inspector::Export::PdfTranscript", text);
}

/// A document that loads nothing: no image, no style sheet, no file, no URL of any kind.
class SealedDocument final : public QTextDocument
{
public:
    explicit SealedDocument(qint64 *refused)
        : m_refused(refused)
    { }

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        Q_UNUSED(type)
        Q_UNUSED(name)
        ++*m_refused;
        return {};
    }

private:
    qint64 *m_refused;
};

} // namespace

PdfTranscript::PdfTranscript(const HtmlOptions &options, const HtmlDocumentInfo &info, const PdfOptions &pdf)
    : m_options(options)
    , m_info(info)
    , m_pdf(pdf)
{
    m_options.flavour = HtmlOptions::Flavour::Document;
    if (m_options.partition <= 0)
        m_options.partition = m_pdf.defaultPartition;
    if (!m_options.timeZone.isValid())
        m_options.timeZone = QTimeZone::utc();
}

PdfTranscript::~PdfTranscript()
{
    cancel();
}

SinkFactory PdfTranscript::factory(const PdfOptions &pdf)
{
    return [pdf](Format format, const HtmlOptions &options,
               const HtmlDocumentInfo &info) -> std::unique_ptr<MessageSink> {
        if (format != Format::Pdf)
            return nullptr;
        return std::make_unique<PdfTranscript>(options, info, pdf);
    };
}

std::optional<QPageSize::PageSizeId> PdfTranscript::pageSizeFromName(const QString &name)
{
    const QString n = name.trimmed();
    if (n.compare("a4"_L1, Qt::CaseInsensitive) == 0)
        return QPageSize::A4;
    if (n.compare("letter"_L1, Qt::CaseInsensitive) == 0)
        return QPageSize::Letter;
    return std::nullopt;
}

Result<> PdfTranscript::needsGui() const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return LocalError(tr("Writing a PDF needs Qt's GUI library (a QGuiApplication), which this program "
                             "did not start."));
    return {};
}

Result<> PdfTranscript::open(const QString &path, OutputFile::Path kind)
{
    if (Result<> gui = needsGui(); !gui)
        return gui;
    // The file is written when its part is full; a symbolic link the tool would write through is an
    // error now, not after the whole fetch.
    if (kind == OutputFile::Path::Derived) {
        if (Result<> plain = OutputFile::refuseSymLink(path); !plain)
            return plain;
    }
    m_path = path;
    m_kind = kind;
    startPart();
    return {};
}

Result<> PdfTranscript::openDevice(QIODevice *device)
{
    if (Result<> gui = needsGui(); !gui)
        return gui;
    m_device = device;
    m_options.partition = 0; // one document
    startPart();
    return {};
}

void PdfTranscript::startPart()
{
    ++m_part;
    m_html.clear();
    m_buffer = std::make_unique<QBuffer>(&m_html);
    m_buffer->open(QIODevice::WriteOnly);
    HtmlDocumentInfo info = m_info;
    if (m_part > 1) {
        info.part = m_part;
        info.previousFile = m_previousFile;
    }
    m_writer = std::make_unique<HtmlWriter>(
        m_buffer.get(), m_options, info, [this](const QString &id) { return locate(id); });
}

QString PdfTranscript::locate(const QString &messageId) const
{
    // Inside a PDF a reference is text ("the earlier message"): only whether it is there counts.
    return m_parts.partOf(messageId) ? u'#' + HtmlWriter::anchor(messageId) : QString();
}

Result<> PdfTranscript::write(const Message &message, const Derived &derived)
{
    if (!m_writer)
        return LocalError(tr("The transcript is not open."), LocalError::Category::File);
    if (m_options.partition > 0 && m_writer->itemCount() >= m_options.partition) {
        if (Result<> ended = endPart(false); !ended)
            return ended;
        startPart();
    }
    if (!m_writer->write(message, derived))
        return LocalError(
            tr("Could not write the export: %1").arg(m_writer->errorString()), LocalError::Category::File);
    m_parts.add(message.messageId, m_part);
    return {};
}

Result<> PdfTranscript::finish()
{
    if (!m_writer)
        return {};
    return endPart(true);
}

Result<> PdfTranscript::endPart(bool last)
{
    // One part and the last: the path itself; else NAME-part-0001.pdf, NAME-part-0002.pdf, …
    const bool parted = !m_device && !(last && m_part == 1);
    const QString path = m_device ? QString()
        : parted                  ? HtmlTranscript::partPath(m_path, m_part, formatSuffix(Format::Pdf))
                                  : m_path;
    const QString next = last
        ? QString()
        : QFileInfo(HtmlTranscript::partPath(m_path, m_part + 1, formatSuffix(Format::Pdf))).fileName();
    const bool ended = m_writer->end(next);
    const QString heading = m_writer->heading();
    m_replacedClosed += m_writer->replacedCharacters();
    const QString why = m_writer->errorString();
    m_writer.reset();
    m_buffer.reset();
    if (!ended)
        return LocalError(tr("Could not write the export: %1").arg(why), LocalError::Category::File);
    const QString html = QString::fromUtf8(std::exchange(m_html, {}));
    if (m_device)
        return render(m_device, html, heading, 0);

    const OutputFile::Path kind = !parted ? m_kind
        : m_kind == OutputFile::Path::New ? OutputFile::Path::New
                                          : OutputFile::Path::Derived;
    OutputFile file(path, kind);
    file.setNumbered(!parted); // parts name each other
    if (Result<> opened = file.open(); !opened)
        return LocalError(
            tr("Could not create %1: %2").arg(path, opened.error().message()), LocalError::Category::File);
    if (Result<> rendered = render(file.device(), html, heading, parted ? m_part : 0); !rendered) {
        file.cancel();
        return rendered;
    }
    if (Result<> committed = file.commit(); !committed)
        return LocalError(
            tr("Could not save %1: %2").arg(path, committed.error().message()), LocalError::Category::File);
    m_committed.append(file.path()); // a new file may be "name (2).pdf"
    m_previousFile = QFileInfo(file.path()).fileName();
    return {};
}

Result<> PdfTranscript::render(QIODevice *device, const QString &html, const QString &heading, int part)
{
    const qint64 before = device->pos();
    SealedDocument doc(&m_refused);
    QFont base(u"DejaVu Sans"_s);
    base.setPointSizeF(9);
    // No ligatures (Qt shapes none with letter spacing): "ff" and "fi" stay two letters when the text
    // is copied or searched.
    base.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
    doc.setDefaultFont(base);
    doc.setHtml(html);

    QPdfWriter writer(device);
    writer.setPageSize(QPageSize(m_pdf.pageSize));
    writer.setPageMargins(QMarginsF(14, 12, 14, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(part > 0 ? tr("%1 (part %2)").arg(heading).arg(part) : heading);
    writer.setCreator(u"Symphony Inspector"_s);
    QPainter painter;
    if (!painter.begin(&writer))
        return LocalError(
            tr("Could not write the PDF: %1").arg(device->errorString()), LocalError::Category::File);

    const QRect area = writer.pageLayout().paintRectPixels(writer.resolution());
    const QRectF page(0, 0, area.width(), area.height());
    QFont small(u"DejaVu Sans"_s);
    small.setPointSizeF(7.5);
    const QFontMetricsF metrics(small, &writer);
    const qreal band = metrics.height() * 2.2;
    const QRectF body(0, band, page.width(), page.height() - 2 * band);

    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(body.size());
    const int pages = std::max(1, doc.pageCount());

    const QDateTime exported = QDateTime::fromMSecsSinceEpoch(
        m_info.exportedAtMs > 0 ? m_info.exportedAtMs : QDateTime::currentMSecsSinceEpoch(),
        m_options.timeZone);
    const QString footerLeft = tr("Exported %1 %2 by Symphony Inspector")
                                   .arg(QLocale::c().toString(exported, u"yyyy-MM-dd HH:mm"_s),
                                       QString::fromUtf8(m_options.timeZone.id()));
    const QString title = part > 0 ? tr("%1 · part %2").arg(heading).arg(part) : heading;
    const QColor muted(0x5f, 0x63, 0x68);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.setClipRect(body);
        painter.translate(body.left(), body.top() - i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * body.height(), body.width(), body.height());
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(small);
        painter.setPen(muted);
        const QRectF top(0, 0, page.width(), metrics.height());
        painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(title, Qt::ElideRight, page.width() * 0.8));
        painter.drawLine(QPointF(0, metrics.height() * 1.4), QPointF(page.width(), metrics.height() * 1.4));
        const QRectF bottom(0, page.height() - metrics.height(), page.width(), metrics.height());
        painter.drawLine(QPointF(0, bottom.top() - metrics.height() * 0.4),
            QPointF(page.width(), bottom.top() - metrics.height() * 0.4));
        painter.drawText(bottom, Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(footerLeft, Qt::ElideRight, page.width() * 0.7));
        painter.drawText(
            bottom, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
    if (!painter.end())
        return LocalError(
            tr("Could not write the PDF: %1").arg(device->errorString()), LocalError::Category::File);
    m_pages += pages;
    m_bytes += std::max<qint64>(0, device->pos() - before);
    return {};
}

void PdfTranscript::cancel()
{
    m_writer.reset();
    m_buffer.reset();
    m_html.clear();
}

void PdfTranscript::rename(const QString &path)
{
    if (m_part == 1 && !m_device)
        m_path = path; // one part so far: named at its end
}

qint64 PdfTranscript::replacedCharacters() const
{
    return m_replacedClosed + (m_writer ? m_writer->replacedCharacters() : 0);
}

} // namespace Inspector::Export
