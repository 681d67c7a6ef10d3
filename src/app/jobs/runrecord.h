#pragma once

// A run as the GUI keeps it, between the job that reads the run store and the pages and models that show it.
#include "training/result.h"

#include <QMetaType>
#include <QString>

#include <vector>

namespace mw::app {

// A finished run as the Results page keeps it: what the engine wrote, and where.
struct RunRecord {
    mw::core::RunResult result;
    QString dir;
    QString sweep; // the sweep folder's name for a sweep's trial (mw::core::sweepOfRun), else empty
};

} // namespace mw::app

Q_DECLARE_METATYPE(std::vector<mw::app::RunRecord>)
