// SPDX-License-Identifier: Apache-2.0
#include "browse/localtimedelegate.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Inspector::Ui {

LocalTimeDelegate::LocalTimeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QString LocalTimeDelegate::displayText(const QVariant &value, const QLocale &locale) const
{
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime().toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    return QStyledItemDelegate::displayText(value, locale);
}

} // namespace Inspector::Ui
