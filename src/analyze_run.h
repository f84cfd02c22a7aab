#pragma once
// The analysis command: expands the inputs, analyses them on -j threads and
// reports them in input order. Inputs are files and directories, or, with
// --input-format jsonl, JSON Lines records ({"id": …, "text": …}) read from
// the named files or standard input as a stream with bounded memory. One
// bad input or record never stops the others.

#include "exit_code.h"
#include "fail_policy.h"
#include "lexicon.h"
#include "model.h"
#include "options.h"
#include "output.h"
#include "report/reporter.h"

namespace wijzij {

/// Runs the analysis of `options.paths`; reports go to `reporter`.
ExitCode RunAnalysis(const Options& options, const LexiconSet& lexicons, const Model& model,
                     const FailPolicy& policy, Reporter* reporter, Output* output);

}  // namespace wijzij
