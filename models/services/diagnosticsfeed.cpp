// SPDX-License-Identifier: Apache-2.0
#include "services/diagnosticsfeed.h"

#include "itemmodels/healthmodel.h"
#include "services/servicecall.h"

namespace Inspector {

namespace DiagnosticsFeed {

bool refresh(HealthModel *model, Diagnostics *source)
{
    if (!source)
        return false;
    model->beginRefresh();
    model->follow(source->health(model->healthSink(), model));
    model->follow(source->agentInfo(model->agentInfoSink(), model));
    model->follow(source->sessionUser(model->sessionUserSink(), model));
    return true;
}

} // namespace DiagnosticsFeed

} // namespace Inspector
