// PostgreSQL for the benchmarks: a throwaway cluster made by pg_virtualenv, as the tests
// use, and the client programs run against it.
#pragma once

#include "centralprocess.h"

#include <QString>
#include <QStringList>

namespace homevisit::bench {

// Debian's PostgreSQL programs that are not on PATH.
inline const QStringList PgBin{QStringLiteral("/usr/lib/postgresql/15/bin")};

// The program's path, or BenchError naming the Debian packages to install.
QString requireProgram(const QString &name, const QStringList &extraPaths = {});

// runCommand, or BenchError with the start of stderr when it exits non-zero.
CommandResult mustRun(const QString &program, const QStringList &arguments,
                      int timeoutMs = 120'000);

// psql -c SQL on `database`; its output trimmed.
QString psql(const QString &database, const QString &sql);

// A libpq connection string for `database` in the cluster pg_virtualenv made. The
// password stays in the environment (PGPASSWORD, inherited by the gateway), never on a
// command line where ps shows it.
QString conninfo(const QString &database);

// Runs this binary again under `pg_virtualenv -t` (a throwaway cluster in a temporary
// directory, as root too) with fsync on, with `insideFlag` and `arguments`: pg_virtualenv
// turns fsync off for speed, and a write must be on disk before it is acknowledged, as
// with SQLite's synchronous=FULL. Returns 0, or throws BenchError if that run failed.
int reexecUnderPgVirtualenv(const char *insideFlag, const QStringList &arguments);

} // namespace homevisit::bench
