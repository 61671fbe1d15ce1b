// SPDX-License-Identifier: Apache-2.0
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include "api/apierror.h"
#include "common/testsuite.h"
#include "common/themecolors.h"
#include "shell/bannerwidget.h"

using namespace Qt::StringLiterals;
using Inspector::ApiError;
using Inspector::Ui::BannerWidget;
namespace Theme = Inspector::Ui::Theme;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    return p;
}

} // namespace

/** @brief The inline banner: text, Details expander, dismiss, palette-derived colours. */
class BannerWidgetTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsAndDismisses()
    {
        QWidget parent;
        auto *banner = new BannerWidget(&parent);
        parent.show();
        QVERIFY(!banner->isVisible());
        QSignalSpy dismissed(banner, &BannerWidget::dismissed);
        banner->showMessage(BannerWidget::Level::Info, u"Hello"_s);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), u"Hello"_s);
        QToolButton *details = nullptr;
        for (QToolButton *b : banner->findChildren<QToolButton *>()) {
            if (b->isCheckable())
                details = b;
        }
        QVERIFY(details);
        QVERIFY(!details->isVisibleTo(banner)); // no details, no expander
        banner->dismiss();
        QVERIFY(!banner->isVisible());
        QCOMPARE(dismissed.size(), 1);
        banner->dismiss();
        QCOMPARE(dismissed.size(), 1); // only once
    }

    void errorDetailsExpand()
    {
        QWidget parent;
        auto *banner = new BannerWidget(&parent);
        parent.show();
        ApiError e = ApiError::fromHttp(500, R"({"code":500,"message":"boom"})", u"listing streams"_s);
        banner->showError(e);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), e.message);
        QVERIFY(banner->details().contains(u"HTTP status: 500"_s));
        QVERIFY(banner->details().contains(u"boom"_s));
        QVERIFY(!banner->detailsVisible());
        QToolButton *details = nullptr;
        for (QToolButton *b : banner->findChildren<QToolButton *>()) {
            if (b->isCheckable())
                details = b;
        }
        QVERIFY(details && details->isVisible());
        details->click();
        QVERIFY(banner->detailsVisible());
        details->click();
        QVERIFY(!banner->detailsVisible());
    }

    void cancellationIsNotShown()
    {
        QWidget parent;
        auto *banner = new BannerWidget(&parent);
        parent.show();
        banner->showError(ApiError::cancelled());
        QVERIFY(!banner->isVisible());
        banner->showError(ApiError {});
        QVERIFY(!banner->isVisible());
    }

    void anActionBelongsToItsMessage()
    {
        QWidget parent;
        auto *banner = new BannerWidget(&parent);
        parent.show();
        int triggered = 0;
        banner->showMessage(BannerWidget::Level::Info, u"Synced"_s);
        QCOMPARE(banner->actionText(), QString());
        banner->setAction(u"Show changes"_s, [&triggered] { ++triggered; });
        QCOMPARE(banner->actionText(), u"Show changes"_s);
        QPushButton *button = nullptr;
        for (QPushButton *b : banner->findChildren<QPushButton *>()) {
            if (b->text() == u"Show changes"_s)
                button = b;
        }
        QVERIFY(button);
        QVERIFY(button->isVisible());
        button->click();
        QCOMPARE(triggered, 1);
        QVERIFY(!banner->isVisible()); // done with: dismissed
        QCOMPARE(banner->actionText(), QString());

        // The next message, or a dismissal, takes the action away.
        banner->showMessage(BannerWidget::Level::Info, u"Synced"_s);
        banner->setAction(u"Show changes"_s, [&triggered] { ++triggered; });
        banner->showMessage(BannerWidget::Level::Error, u"Something else"_s);
        QVERIFY(!button->isVisible());
        banner->triggerAction();
        QCOMPARE(triggered, 1);
        banner->showMessage(BannerWidget::Level::Info, u"Synced"_s);
        banner->setAction(u"Show changes"_s, [&triggered] { ++triggered; });
        banner->dismiss();
        banner->triggerAction();
        QCOMPARE(triggered, 1);
    }

    void coloursFollowThePalette_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
    }

    void coloursFollowThePalette()
    {
        QFETCH(QPalette, palette);
        QWidget parent;
        parent.setPalette(palette);
        auto *banner = new BannerWidget(&parent);
        parent.show();
        banner->showMessage(BannerWidget::Level::Error, u"Broken"_s);
        QCOMPARE(banner->background(), Theme::errorBackground(palette));
        QCOMPARE(banner->foreground(), Theme::errorText(palette));
        auto *label = banner->findChild<QLabel *>(u"bannerText"_s);
        QVERIFY(label);
        QCOMPARE(label->palette().color(QPalette::WindowText), Theme::errorText(palette));
        // A later theme switch is followed.
        const QPalette other = Theme::isDark(palette) ? lightPalette() : darkPalette();
        parent.setPalette(other);
        QCOMPARE(banner->background(), Theme::errorBackground(other));
        QCOMPARE(label->palette().color(QPalette::WindowText), Theme::errorText(other));
        banner->showMessage(BannerWidget::Level::Warning, u"Careful"_s);
        QCOMPARE(banner->background(), Theme::warningBackground(other));
        // What is painted is that colour.
        const QImage image = banner->grab().toImage();
        QCOMPARE(image.pixelColor(image.width() / 2, 1).rgb(), Theme::warningBackground(other).rgb());
    }
};

INSPECTOR_TEST_MAIN(BannerWidgetTest)

#include "tst_bannerwidget.moc"
