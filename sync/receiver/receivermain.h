// homevisit-receiver's command line: serve, list, show (docs/receiver.md).
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace homevisit::receiver {

struct ServeOptions
{
    QString db;
    QString secretFile;
    QString host; // without brackets for IPv6
    int port = 0; // 0: any free port
    QString certFile;
    QString keyFile;
    bool plain = false;
    QString path = QStringLiteral("/journal");
    int failFirst = 0;
    int failEvery = 0;
    int delayMs = 0;
};

// The arguments after "serve"; an English message for a usage error.
std::optional<QString> parseServeOptions(const QStringList &arguments, ServeOptions &options);

// The whole program: 0 done, 1 a failure (a file, the database, the socket), 2 a usage
// error. Messages go to stderr as "homevisit-receiver: ...".
int receiverMain(int argc, char **argv);

} // namespace homevisit::receiver
