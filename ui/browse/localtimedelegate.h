// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace Inspector::Ui {

/**
 * @brief Shows a QDateTime cell in local time, to the second (`2026-01-02 11:00:00`); the model's
 * tooltip keeps the UTC ISO 8601 form. GUI thread.
 */
class LocalTimeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalTimeDelegate)

public:
    explicit LocalTimeDelegate(QObject *parent = nullptr);
    QString displayText(const QVariant &value, const QLocale &locale) const override;
};

} // namespace Inspector::Ui
