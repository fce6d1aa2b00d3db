// What the crash worker writes, shared with the test that checks it after a SIGKILL:
// the text of a draft at a given revision is a pure function of (id, revision), so the
// test can tell exactly which saved text must be on disk.
#pragma once

#include <QString>

namespace homevisit::test {

inline QString autosaveText(const QString &id, int revision)
{
    // Grows and shrinks so pages are both appended and rewritten.
    return QStringLiteral("Autosparad anteckning %1 version %2: ").arg(id).arg(revision) +
           QString((revision * 379) % 5000, QChar(u'å'));
}

} // namespace homevisit::test
