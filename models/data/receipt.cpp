// SPDX-License-Identifier: Apache-2.0
#include "data/receipt.h"

#include "data/ids.h"

namespace Inspector {

QString ReceiptStream::key() const
{
    return Ids::normalized(id);
}

} // namespace Inspector
