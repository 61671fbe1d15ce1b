// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "services/diagnostics.h"

namespace Inspector {

class HealthModel;

/// The refresh of a HealthModel from a Diagnostics source (the diagnostics page's, and the tests').
namespace DiagnosticsFeed {

/// beginRefresh(), then the three values of @p source (health, agent info, session user) into
/// @p model, each call parented to the model and followed by it. Without a source nothing is
/// asked and the model is left as it is: returns false.
bool refresh(HealthModel *model, Diagnostics *source);

} // namespace DiagnosticsFeed

} // namespace Inspector
