// Runs workload_sqlcipher and workload_sqlite (the same store_workload.cpp built against
// each library) three times each, taking turns, so all see the same disk and the same
// background noise, and compares their medians. Links no SQLite itself: the two
// libraries cannot share a process.
//
// Plain SQLite runs twice per round: with its default 4 KiB pages (what dropping
// SQLCipher would give) and with SQLCipher's 1 KiB pages (so the second ratio is closer
// to the cost of encryption alone; the embedded SQLite versions still differ).
#include "benchsupport.h"

#include <QList>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <vector>

using namespace homevisit::bench;

namespace {

constexpr int Runs = 3;

struct Config
{
    const char *label;
    QString program;
    QStringList arguments;
    QString firstReport;          // the human text of the first run
    QMap<QString, QString> facts; // the first run's RESULT key=value pairs
    std::vector<double> insertMs, queryMs, fileBytes;
};

QMap<QString, QString> resultFields(const QString &line)
{
    QMap<QString, QString> fields;
    for (const QString &pair : line.mid(7).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq > 0)
            fields.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return fields;
}

bool runOnce(Config &config, int run)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(config.program, config.arguments);
    // One run takes about a second here; two minutes means the disk is in trouble.
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        std::fprintf(stderr, "bench_workload_compare: %s %s failed (exit %d, %s)\n",
                     qPrintable(config.program), qPrintable(config.arguments.join(' ')),
                     process.exitCode(), qPrintable(process.errorString()));
        return false;
    }
    QMap<QString, QString> facts;
    QStringList human;
    for (const QString &line : QString::fromUtf8(process.readAllStandardOutput())
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("RESULT ")))
            facts = resultFields(line);
        else
            human << line;
    }
    bool ok1 = false, ok2 = false, ok3 = false;
    const double insert = facts.value(QStringLiteral("insert_ms")).toDouble(&ok1);
    const double query = facts.value(QStringLiteral("query_ms")).toDouble(&ok2);
    const double bytes = facts.value(QStringLiteral("file_bytes")).toDouble(&ok3);
    if (!ok1 || !ok2 || !ok3) {
        std::fprintf(stderr, "bench_workload_compare: no RESULT line from %s\n",
                     qPrintable(config.program));
        return false;
    }
    if (config.firstReport.isEmpty()) {
        config.firstReport = human.join(QLatin1Char('\n'));
        config.facts = facts;
    }
    config.insertMs.push_back(insert);
    config.queryMs.push_back(query);
    config.fileBytes.push_back(bytes);
    std::printf("  round %d  %-22s insert %8.1f ms   query %7.1f ms\n", run + 1, config.label,
                insert, query);
    std::fflush(stdout);
    return true;
}

// One table row: the three medians, then SQLCipher / SQLite and SQLCipher / SQLite 1 KiB.
void row(const char *what, const double (&v)[3], const char *format)
{
    std::printf("  %-18s", what);
    for (double x : v)
        std::printf(format, x);
    std::printf("  %11.2f  %11.2f\n", v[1] > 0 ? v[0] / v[1] : 0.0, v[2] > 0 ? v[0] / v[2] : 0.0);
}

} // namespace

int main()
{
    Config configs[3] = {
        {"SQLCipher", QStringLiteral(WORKLOAD_SQLCIPHER_PATH), {}, {}, {}, {}, {}, {}},
        {"SQLite", QStringLiteral(WORKLOAD_SQLITE_PATH), {}, {}, {}, {}, {}, {}},
        {"SQLite, 1 KiB pages",
         QStringLiteral(WORKLOAD_SQLITE_PATH),
         {QStringLiteral("--page-size"), QStringLiteral("1024")},
         {},
         {},
         {},
         {},
         {}},
    };

    const std::string base = baseDirectory();
    std::printf("store workload: SQLCipher vs plain SQLite, %d rounds, the order rotating\n", Runs);
    std::printf("  storage: %s (%s), 4 KiB write + fdatasync: %.2f ms median\n", base.c_str(),
                fileSystemOf(base).c_str(), fdatasyncMs(base));
    std::fflush(stdout);
    for (int run = 0; run < Runs; ++run) {
        // Rotate who goes first so none always inherits another's dirty pages.
        for (int i = 0; i < 3; ++i)
            if (!runOnce(configs[(run + i) % 3], run))
                return 1;
    }
    for (const Config &c : configs)
        std::printf("\n%s\n", qPrintable(c.firstReport));

    const Config &cipher = configs[0];
    const int rows = cipher.facts.value(QStringLiteral("rows")).toInt();
    const int queries = cipher.facts.value(QStringLiteral("queries")).toInt();
    double insertMs[3], insertsPerS[3], queryMs[3], perQueryUs[3], fileBytes[3];
    for (int i = 0; i < 3; ++i) {
        insertMs[i] = median(configs[i].insertMs);
        insertsPerS[i] = rows / (insertMs[i] / 1000);
        queryMs[i] = median(configs[i].queryMs);
        perQueryUs[i] = queryMs[i] * 1000 / queries;
        fileBytes[i] = median(configs[i].fileBytes);
    }
    std::printf("\nmedians of %d runs (%d inserts of ~1 KB in 100 transactions; %d indexed "
                "list queries):\n",
                Runs, rows, queries);
    std::printf("  %-18s%14s%14s%14s  %11s  %11s\n", "", "SQLCipher", "SQLite", "SQLite 1KiB",
                "SQLCipher/", "SQLCipher/");
    std::printf("  %-18s%14s%14s%14s  %11s  %11s\n", "", "", "", "", "SQLite", "SQLite 1KiB");
    row("insert total (ms)", insertMs, "%14.1f");
    row("inserts/s", insertsPerS, "%14.0f");
    row("query total (ms)", queryMs, "%14.1f");
    row("per query (us)", perQueryUs, "%14.1f");
    row("file (bytes)", fileBytes, "%14.0f");
    // Not encryption alone: say what else differs between the columns.
    std::printf("  SQLCipher embeds SQLite %s (page %s B); the plain library is SQLite %s "
                "(page %s B by default)\n",
                qPrintable(cipher.facts.value(QStringLiteral("sqlite_version"))),
                qPrintable(cipher.facts.value(QStringLiteral("page_size"))),
                qPrintable(configs[1].facts.value(QStringLiteral("sqlite_version"))),
                qPrintable(configs[1].facts.value(QStringLiteral("page_size"))));
    return 0;
}
