#pragma once
// RFC 4180 CSV: comma-separated cells, a cell in double quotes may hold commas, line
// breaks and "" for a quote; lines end in LF or CRLF. Nothing else is guessed (no other
// separators, no trimming), so a cell reads back exactly as the case system wrote it.

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace homevisit::integration {

struct CsvRow
{
    int line = 0; // where the row starts (a quoted cell may span lines)
    QStringList cells;
};

struct CsvTable
{
    QList<CsvRow> rows; // blank lines are skipped
    QString error;      // empty when the whole text read
    int errorLine = 0;
};

CsvTable readCsv(const QByteArray &utf8);

} // namespace homevisit::integration
