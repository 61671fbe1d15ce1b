// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/plaintooltip.h"

namespace Inspector {

QString plainToolTip(const QString &text)
{
    if (!text.contains(u'<') && !text.contains(u'&'))
        return text;
    const QString escaped = text.toHtmlEscaped();
    const QStringView prefix(PlainToolTipPrefix);
    const QStringView suffix(PlainToolTipSuffix);
    QString tip;
    tip.reserve(prefix.size() + escaped.size() + suffix.size());
    tip += prefix;
    tip += escaped;
    tip += suffix;
    return tip;
}

} // namespace Inspector
