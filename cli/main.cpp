// homevisitctl: a thin front end; the commands live in ctlcommands.cpp.
#include "ctlcommands.h"
#include "platform/processhardening.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (!homevisit::hardenProcess())
        std::fprintf(stderr, "homevisitctl: warning: could not disable core dumps\n");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("homevisitctl"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return homevisit::cli::runCtl(args, {out, err, in});
}
