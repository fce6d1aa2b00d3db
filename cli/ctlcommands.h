// homevisitctl: the operator's and developer's command line over the same core the app
// uses. Everything here is plain English; nothing here knows about a screen.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace homevisit::cli {

// Exit codes, so scripts can tell a wrong PIN from a refused record.
enum ExitCode
{
    Ok = 0,
    Failure = 1, // I/O, damaged files, anything else
    Usage = 2,   // bad command line
    WrongPin = 3,
    LockedOut = 4,  // delayed after failures, or the key was destroyed
    Invalid = 5,    // the record or input was refused; nothing was changed
    NotAllowed = 6, // not found, signed and immutable, someone else's draft
    VerifyFailed = 7,
    NotSynced = 8, // sync could not finish (offline, refused); records stay on the device
    Revoked = 9,   // the server revoked this device: the store was crypto-erased
};

struct CtlIo
{
    QTextStream &out;
    QTextStream &err;
    QTextStream &in; // `--json -`
};

// args excludes the program name.
int runCtl(const QStringList &args, CtlIo io);

} // namespace homevisit::cli
