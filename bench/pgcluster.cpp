#include "pgcluster.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

namespace homevisit::bench {

QString requireProgram(const QString &name, const QStringList &extraPaths)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, extraPaths);
    if (path.isEmpty())
        throw BenchError(name.toStdString() + " not found (Debian: postgresql, postgresql-common"
                                              "); or run with --store sqlite");
    return path;
}

CommandResult mustRun(const QString &program, const QStringList &arguments, int timeoutMs)
{
    CommandResult r = runCommand(program, arguments, timeoutMs);
    if (r.exitCode != 0)
        throw BenchError(QFileInfo(program).fileName().toStdString() +
                         " failed: " + r.err.trimmed().left(400).toStdString());
    return r;
}

QString psql(const QString &database, const QString &sql)
{
    return QString::fromUtf8(
               mustRun(requireProgram("psql", PgBin),
                       {"-X", "-Atq", "-v", "ON_ERROR_STOP=1", "-d", database, "-c", sql})
                   .out)
        .trimmed();
}

QString conninfo(const QString &database)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    return QStringLiteral("host=%1 port=%2 user=%3 dbname=%4")
        .arg(env.value("PGHOST"), env.value("PGPORT"), env.value("PGUSER"), database);
}

int reexecUnderPgVirtualenv(const char *insideFlag, const QStringList &arguments)
{
    const QString virtualenv = requireProgram("pg_virtualenv");
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(virtualenv,
                QStringList{"-t", "-o", "fsync=on", QCoreApplication::applicationFilePath(),
                            QString::fromLatin1(insideFlag)} +
                    arguments);
    if (!child.waitForStarted())
        throw BenchError("cannot start pg_virtualenv");
    child.waitForFinished(-1);
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        throw BenchError("the PostgreSQL part failed (exit " + std::to_string(child.exitCode()) +
                         ")");
    return 0;
}

} // namespace homevisit::bench
