// SPDX-License-Identifier: Apache-2.0
#include "detail/safetextbrowser.h"

#include <QDesktopServices>
#include <QEvent>
#include <QImage>
#include <QMessageBox>
#include <QPointer>
#include <QTextDocument>

#include "common/plaintext.h"
#include "common/themecolors.h"

using namespace Qt::StringLiterals;

namespace Inspector::Ui {

namespace {

QString css(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

} // namespace

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setAccessibleName(tr("Message preview"));
    confirmOpen = [this](const QUrl &url, const std::function<void(bool)> &decide) {
        auto *box = new QMessageBox(QMessageBox::Question, tr("Open link"),
            tr("Open this address in your web browser?"), QMessageBox::Open | QMessageBox::Cancel, this);
        // The whole address, as plain text: what is shown is exactly what would be opened.
        box->setInformativeText(url.toString(QUrl::FullyEncoded));
        makePlainText(box); // a query's "&lt;" must not show as "<"
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(
            box, &QMessageBox::finished, this, [decide](int result) { decide(result == QMessageBox::Open); });
        box->open();
    };
    openExternally = [](const QUrl &url) { QDesktopServices::openUrl(url); };
    connect(this, &QTextBrowser::anchorClicked, this, &SafeTextBrowser::onAnchorClicked);
}

void SafeTextBrowser::setSafeHtml(const QString &html)
{
    m_html = html;
    m_requested.clear();
    document()->setDefaultStyleSheet(styleSheet(palette()));
    setHtml(html);
}

bool SafeTextBrowser::isOpenable(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || !url.userInfo().isEmpty())
        return false;
    return (scheme == u"https"_s && !url.host().isEmpty()) || scheme == u"mailto"_s;
}

QString SafeTextBrowser::styleSheet(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor highlight = palette.color(QPalette::Highlight);
    const QColor link = palette.color(QPalette::Link);
    const QColor alternate = palette.color(QPalette::AlternateBase);
    const QColor muted = Theme::mutedText(palette);
    const QColor chip = Theme::blend(highlight, base, 0.22);
    const QColor tag = Theme::blend(link, base, 0.15);
    const QColor card = Theme::blend(palette.color(QPalette::Mid), base, 0.15);
    return QStringList {
        u"a { color: %1; }"_s.arg(css(link)),
        u".pml-mention { background-color: %1; color: %2; font-weight: bold; }"_s.arg(css(chip), css(text)),
        u".pml-hashtag { background-color: %1; color: %2; }"_s.arg(css(tag), css(link)),
        u".pml-cashtag { background-color: %1; color: %2; font-weight: bold; }"_s.arg(css(tag), css(link)),
        u".pml-emoji { }"_s,
        u".pml-datetime { color: %1; }"_s.arg(css(Theme::successText(palette))),
        u".pml-link-blocked { color: %1; }"_s.arg(css(Theme::warningText(palette))),
        u".pml-image { color: %1; font-style: italic; }"_s.arg(css(muted)),
        u".pml-chime { color: %1; font-style: italic; }"_s.arg(css(muted)),
        u".pml-card { background-color: %1; }"_s.arg(css(card)),
        u".pml-expandable-card { background-color: %1; }"_s.arg(css(card)),
        u".pml-card-header { font-weight: bold; }"_s,
        u".pml-expandable-card-header { font-weight: bold; }"_s,
        u".pml-variant-error { color: %1; background-color: %2; }"_s.arg(
            css(Theme::errorText(palette)), css(Theme::errorBackground(palette))),
        u".pml-form { background-color: %1; }"_s.arg(css(alternate)),
        u".pml-button { font-weight: bold; color: %1; }"_s.arg(css(palette.color(QPalette::ButtonText))),
        u".pml-field { color: %1; }"_s.arg(css(muted)),
        u".pml-fallback { color: %1; }"_s.arg(css(muted)),
        u"code { font-family: monospace; background-color: %1; }"_s.arg(css(alternate)),
        u"pre { font-family: monospace; background-color: %1; }"_s.arg(css(alternate)),
        u"th { background-color: %1; font-weight: bold; }"_s.arg(css(alternate)),
    }
        .join(u'\n');
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    m_requested.append(name);
    // Never a null QVariant: for that QTextDocument would try to read a local file itself.
    if (type == QTextDocument::ImageResource) {
        QImage placeholder(16, 16, QImage::Format_ARGB32_Premultiplied);
        placeholder.fill(Theme::mutedText(palette()));
        return placeholder;
    }
    return QByteArray("");
}

void SafeTextBrowser::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_html.isEmpty()) {
        document()->setDefaultStyleSheet(styleSheet(palette()));
        setHtml(m_html);
    }
}

void SafeTextBrowser::onAnchorClicked(const QUrl &url)
{
    if (!isOpenable(url)) {
        Q_EMIT statusMessage(tr("Not opened: %1 is not a web or mail address.").arg(url.toString()));
        return;
    }
    if (!confirmOpen)
        return;
    QPointer<SafeTextBrowser> self(this);
    confirmOpen(url, [self, url](bool yes) {
        if (!self)
            return;
        if (!yes) {
            Q_EMIT self->statusMessage(tr("Link not opened."));
            return;
        }
        if (self->openExternally)
            self->openExternally(url);
        Q_EMIT self->statusMessage(tr("Opened %1 in the web browser.").arg(url.toString()));
    });
}

} // namespace Inspector::Ui
