// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>

#include <functional>

namespace Inspector {

/// Where a service delivers its results: one call per batch, in order (see ServiceCall).
template<typename T> using BatchSink = std::function<void(const QList<T> &)>;

} // namespace Inspector
