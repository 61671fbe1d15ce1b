// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QPalette>

namespace Inspector::Ui::Theme {

/*
 * Status colours derived from the palette in use, so that they read on a light and on a dark
 * one (Qt 6.4 has no colour-scheme API). Each hue is fixed; its lightness follows the palette's
 * window and text so the contrast against the background stays usable.
 */

/// True when the palette's window is darker than its text (a dark theme).
bool isDark(const QPalette &palette);

/// Text that should recede (inactive streams, hints): the palette's disabled text colour.
QColor mutedText(const QPalette &palette);

/// Foreground for "healthy/UP/succeeded", "DOWN/failed" and "attention" on the palette's base.
QColor successText(const QPalette &palette);
QColor errorText(const QPalette &palette);
QColor warningText(const QPalette &palette);

/// Background tints for banners and status cells: the hue blended softly into the palette's base.
QColor successBackground(const QPalette &palette);
QColor errorBackground(const QPalette &palette);
QColor warningBackground(const QPalette &palette);
QColor infoBackground(const QPalette &palette);

/// `a` blended into `b`, `amount` of `a` (0..1).
QColor blend(const QColor &a, const QColor &b, double amount);

} // namespace Inspector::Ui::Theme
