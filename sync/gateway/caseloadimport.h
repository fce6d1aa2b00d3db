// A caseload snapshot from the case system applied to the gateway (docs/integration.md):
// what it changes is computed against what the gateway holds for the municipality
// (sync/integration/importplan.h), then written in one transaction, or not at all.
#pragma once

#include "sync/gateway/centralstore.h"
#include "sync/integration/caseloadsnapshot.h"
#include "sync/integration/importplan.h"

#include <QStringList>

namespace homevisit::gateway {

struct ImportOptions
{
    bool dryRun = false;           // compute and describe, write nothing
    bool allowMassRemoval = false; // apply even a plan that removes many children
    QString actor;                 // who imports, for the audit log
};

struct ImportOutcome
{
    bool applied = false;
    QStringList refusals; // English; non-empty = nothing was changed
    integration::ImportPlan plan;
};

// `homevisit-central --data-dir DIR import FILE [--dry-run] [--allow-mass-removal]`: reads
// the snapshot (a .jsonl file or a folder of CSV files), prints what changes, and applies
// it. Exit 0 applied (or dry run), 1 refused (every reason on stderr), 2 usage.
int runImport(CentralStore &store, const QStringList &arguments);

// Store errors propagate (CentralStoreError) with the transaction rolled back.
ImportOutcome importSnapshot(CentralStore &store, const integration::CaseloadSnapshot &snapshot,
                             const ImportOptions &options);

} // namespace homevisit::gateway
