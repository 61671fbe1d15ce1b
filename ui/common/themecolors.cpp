// SPDX-License-Identifier: Apache-2.0
#include "common/themecolors.h"

#include <algorithm>

namespace Inspector::Ui::Theme {

namespace {

// Hues (degrees) chosen to be told apart by most colour-blind readers too, backed by text/icons.
constexpr int SuccessHue = 130;
constexpr int ErrorHue = 0;
constexpr int WarningHue = 38;
constexpr int InfoHue = 210;

QColor foreground(const QPalette &palette, int hue)
{
    // Light theme: a dark, saturated tone; dark theme: a light one. Either keeps >= 4.5:1 against
    // the base in practice, which a fixed RGB value cannot do on both.
    return isDark(palette) ? QColor::fromHsl(hue, 170, 175) : QColor::fromHsl(hue, 200, 75);
}

QColor background(const QPalette &palette, int hue)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor tint = QColor::fromHsl(hue, 200, isDark(palette) ? 90 : 170);
    return blend(tint, base, isDark(palette) ? 0.45 : 0.35);
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor mutedText(const QPalette &palette)
{
    return palette.color(QPalette::Disabled, QPalette::Text);
}

QColor successText(const QPalette &palette)
{
    return foreground(palette, SuccessHue);
}
QColor errorText(const QPalette &palette)
{
    return foreground(palette, ErrorHue);
}
QColor warningText(const QPalette &palette)
{
    return foreground(palette, WarningHue);
}

QColor successBackground(const QPalette &palette)
{
    return background(palette, SuccessHue);
}
QColor errorBackground(const QPalette &palette)
{
    return background(palette, ErrorHue);
}
QColor warningBackground(const QPalette &palette)
{
    return background(palette, WarningHue);
}
QColor infoBackground(const QPalette &palette)
{
    return background(palette, InfoHue);
}

QColor blend(const QColor &a, const QColor &b, double amount)
{
    const double t = std::clamp(amount, 0.0, 1.0);
    const auto mix = [t](double x, double y) { return x * t + y * (1.0 - t); };
    return QColor::fromRgbF(
        float(mix(a.redF(), b.redF())), float(mix(a.greenF(), b.greenF())), float(mix(a.blueF(), b.blueF())));
}

} // namespace Inspector::Ui::Theme
