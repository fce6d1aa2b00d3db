#include "csvreader.h"

namespace homevisit::integration {

namespace {

class CsvParser
{
public:
    explicit CsvParser(const QByteArray &text) : m_text(text) {}

    CsvTable parse()
    {
        while (m_at < m_text.size() && m_table.error.isEmpty())
            readRow();
        return m_table;
    }

private:
    void readRow()
    {
        CsvRow row{m_line, {}};
        for (;;) {
            QByteArray cell;
            if (!readCell(cell))
                return;
            row.cells.append(QString::fromUtf8(cell));
            if (m_at >= m_text.size() || atLineEnd()) {
                skipLineEnd();
                break;
            }
            ++m_at; // the comma
        }
        const bool blank = row.cells.size() == 1 && row.cells.first().isEmpty();
        if (!blank)
            m_table.rows.append(row);
    }

    bool atLineEnd() const
    {
        return m_text[m_at] == '\n' ||
               (m_text[m_at] == '\r' && m_at + 1 < m_text.size() && m_text[m_at + 1] == '\n');
    }

    void skipLineEnd()
    {
        if (m_at < m_text.size() && m_text[m_at] == '\r')
            ++m_at;
        if (m_at < m_text.size() && m_text[m_at] == '\n')
            ++m_at;
        ++m_line;
    }

    bool readCell(QByteArray &cell)
    {
        if (m_at < m_text.size() && m_text[m_at] == '"')
            return readQuoted(cell);
        while (m_at < m_text.size() && m_text[m_at] != ',' && !atLineEnd()) {
            if (m_text[m_at] == '"' || m_text[m_at] == '\r')
                return fail(m_text[m_at] == '"' ? "a quote inside an unquoted cell"
                                                : "a carriage return without a line feed");
            cell.append(m_text[m_at++]);
        }
        return true;
    }

    bool readQuoted(QByteArray &cell)
    {
        const int startLine = m_line;
        ++m_at;
        for (;;) {
            if (m_at >= m_text.size()) {
                m_line = startLine;
                return fail("a quoted cell is never closed");
            }
            const char c = m_text[m_at++];
            if (c == '"') {
                if (m_at < m_text.size() && m_text[m_at] == '"') {
                    cell.append('"');
                    ++m_at;
                    continue;
                }
                if (m_at < m_text.size() && m_text[m_at] != ',' && !atLineEnd())
                    return fail("text after a closing quote");
                return true;
            }
            if (c == '\n')
                ++m_line;
            cell.append(c);
        }
    }

    bool fail(const char *message)
    {
        m_table.error = QString::fromLatin1(message);
        m_table.errorLine = m_line;
        return false;
    }

    const QByteArray &m_text;
    qsizetype m_at = 0;
    int m_line = 1;
    CsvTable m_table;
};

} // namespace

CsvTable readCsv(const QByteArray &utf8)
{
    return CsvParser(utf8).parse();
}

} // namespace homevisit::integration
