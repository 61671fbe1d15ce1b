// SPDX-License-Identifier: Apache-2.0
#include "common/plaintext.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QMutex>
#include <QMutexLocker>
#include <QTextDocument>
#include <QToolTip>

#include "itemmodels/plaintooltip.h"

namespace Inspector::Ui {

namespace {

// Enough to show what went wrong; a hostile document cannot grow the record without bound.
constexpr int MaxRecorded = 1000;

struct Requests
{
    QMutex mutex;
    QList<QUrl> urls;
};

Requests &requests()
{
    static Requests r;
    return r;
}

/// The default resource provider: records the request and answers with an empty image.
QVariant provideNothing(const QUrl &url)
{
    {
        Requests &r = requests();
        const QMutexLocker lock(&r.mutex);
        if (r.urls.size() < MaxRecorded)
            r.urls.append(url);
    }
    // Never a null QVariant or a null image: Qt would then read the file itself. An image is
    // ignored where a style sheet or HTML was asked for.
    QImage blank(1, 1, QImage::Format_ARGB32_Premultiplied);
    blank.fill(Qt::transparent);
    return blank;
}

} // namespace

QLabel *plainLabel(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    return label;
}

void makePlainText(QMessageBox *box)
{
    box->setTextFormat(Qt::PlainText);
    const QList<QLabel *> labels = box->findChildren<QLabel *>();
    for (QLabel *label : labels)
        label->setTextFormat(Qt::PlainText);
}

RichTextGuard::RichTextGuard(QObject *parent)
    : QObject(parent)
{ }

void RichTextGuard::install()
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app || app->findChild<RichTextGuard *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    QTextDocument::setDefaultResourceProvider(&provideNothing);
    app->installEventFilter(new RichTextGuard(app));
}

QList<QUrl> RichTextGuard::requestedResources()
{
    Requests &r = requests();
    const QMutexLocker lock(&r.mutex);
    return r.urls;
}

void RichTextGuard::clearRequestedResources()
{
    Requests &r = requests();
    const QMutexLocker lock(&r.mutex);
    r.urls.clear();
}

bool RichTextGuard::isSafeToolTip(const QString &toolTip)
{
    if (!Qt::mightBeRichText(toolTip))
        return true;
    const QStringView prefix(PlainToolTipPrefix);
    const QStringView suffix(PlainToolTipSuffix);
    if (!toolTip.startsWith(prefix) || !toolTip.endsWith(suffix)
        || toolTip.size() < prefix.size() + suffix.size())
        return false;
    // Escaped text holds no tag: the paragraph is the only markup.
    const QStringView inner
        = QStringView(toolTip).mid(prefix.size(), toolTip.size() - prefix.size() - suffix.size());
    return !inner.contains(u'<') && !inner.contains(u'>');
}

bool RichTextGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ToolTip || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    const auto *help = static_cast<QHelpEvent *>(event);
    QString tip;
    QRect area;
    // An item view's viewport (a header is an item view too) shows the tooltip of its model.
    auto *view = qobject_cast<QAbstractItemView *>(widget->parentWidget());
    if (view && view->viewport() == widget) {
        if (auto *header = qobject_cast<QHeaderView *>(view)) {
            const int section = header->logicalIndexAt(help->pos());
            if (section < 0 || !header->model())
                return false;
            tip = header->model()->headerData(section, header->orientation(), Qt::ToolTipRole).toString();
        } else {
            const QModelIndex index = view->indexAt(help->pos());
            if (!index.isValid())
                return false;
            tip = index.data(Qt::ToolTipRole).toString();
            area = view->visualRect(index);
        }
    } else {
        tip = widget->toolTip();
    }
    if (tip.isEmpty() || isSafeToolTip(tip))
        return false; // Qt shows it itself, as plain text or as our escaped paragraph
    QToolTip::showText(help->globalPos(), plainToolTip(tip), widget, area, widget->toolTipDuration());
    return true;
}

} // namespace Inspector::Ui
