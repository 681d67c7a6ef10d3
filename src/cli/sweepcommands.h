#pragma once

// "sweep": many trials of one experiment, on this computer or as a Slurm job array (sweep/sweep.h, sweep/slurm.h),
// and its subcommands status, cancel, resume, table and run-trial (what each Slurm array task runs).
#include "sweep/slurm.h"
#include "traincommand.h"

#include <string>
#include <vector>

namespace mw::cli {

struct SweepOptions {
    RunOptions run;
    std::string recipe, out, json, executor = "local";
    std::vector<std::string> models, vary;
    int random = 0;
    std::uint64_t randomSeed = 0;
    int parallel = 0; // local: trials at once (0: 2 where there are 2 cores or more, as the GUI's runs at once)
    bool noWait = false;
    mw::core::SlurmSettings slurm;
    // the subcommands'
    std::string dir;
    int index = -1, threads = 0; // run-trial's; cancel's --trial (-1: every trial)
    bool printJson = false, csv = false; // status and table print JSON / CSV instead
};

struct SweepCommands {
    CLI::App *sweep, *status, *cancel, *resume, *table, *runTrial;
};
// Adds "sweep" and its subcommands (everything but --data/--dataset, which main adds to "sweep").
SweepCommands addSweepCommands(CLI::App &app, SweepOptions &options);

// Exit codes: 0 every trial finished, 2 bad input or a trial that failed, 130 cancelled (Ctrl+C: the local trials
// stop and can be resumed, a Slurm array is scancel'ed; what finished is kept).
// folder: from --data/--dataset, empty when neither was given (a recipe's dataset then).
int sweep(const SweepOptions &options, const std::string &folder);
int sweepStatusCommand(const SweepOptions &options);
int sweepCancel(const SweepOptions &options);
int sweepResume(const SweepOptions &options);
int sweepTableCommand(const SweepOptions &options);
int sweepRunTrial(const SweepOptions &options);

} // namespace mw::cli
