#include "caseloadsnapshot.h"

#include "sync/integration/csvreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace homevisit::integration {

QString SnapshotError::toString() const
{
    return (where.line > 0 ? where.toString() : where.source) + QStringLiteral(": ") + message;
}

namespace {

// --- the fields of each row type ------------------------------------------------------

enum class Kind
{
    Text,     // a non-empty string of at most 200 characters, no control characters
    Id,       // a case-system id: 1 to 64 of A-Z a-z 0-9 . _ : / -
    UserName, // a sign-in name: 1 to 64 of a-z 0-9 . _ -
    Year,     // an integer from 1990 to this year
    Days,     // an integer from 1 to 365
    Date,     // YYYY-MM-DD
    Enum      // one of Field::values
};

struct Field
{
    const char16_t *name;
    Kind kind;
    bool required;
    QStringList values = {};
};

struct RowType
{
    const char16_t *name;
    QList<Field> fields;
};

const QList<RowType> &rowTypes()
{
    static const QList<RowType> types{
        {u"municipality", {{u"id", Kind::UserName, true}, {u"name", Kind::Text, true}}},
        {u"user",
         {{u"user", Kind::UserName, true},
          {u"display_name", Kind::Text, true},
          {u"role", Kind::Enum, true, {"caseworker", "foster_home_secretary", "supervisor"}},
          {u"supervisor", Kind::UserName, false}}},
        {u"child",
         {{u"id", Kind::Id, true},
          {u"name", Kind::Text, true},
          {u"birth_year", Kind::Year, true},
          {u"legal_basis", Kind::Enum, true, {"SoL", "LVU"}},
          {u"visit_interval_days", Kind::Days, true}}},
        {u"foster_home",
         {{u"id", Kind::Id, true},
          {u"name", Kind::Text, true},
          {u"home_type",
           Kind::Enum,
           true,
           {"own_recruited", "kinship", "emergency", "agency_supported", "residential"}},
          {u"address", Kind::Text, true},
          {u"phone", Kind::Text, false}}},
        {u"placement",
         {{u"id", Kind::Id, true},
          {u"child", Kind::Id, true},
          {u"foster_home", Kind::Id, true},
          {u"form",
           Kind::Enum,
           true,
           {"foster_home", "emergency_home", "kinship_home", "residential"}},
          {u"start_date", Kind::Date, true},
          {u"end_date", Kind::Date, false}}},
        {u"assignment",
         {{u"child", Kind::Id, false},
          {u"foster_home", Kind::Id, false},
          {u"user", Kind::UserName, true}}},
    };
    return types;
}

const RowType *rowType(QStringView name)
{
    for (const RowType &type : rowTypes())
        if (name == type.name)
            return &type;
    return nullptr;
}

QString typeNames()
{
    QStringList names;
    for (const RowType &type : rowTypes())
        names << QString::fromUtf16(type.name);
    return names.join(QStringLiteral(", "));
}

// A row as read, before its fields are checked: JSON values from JSON Lines, strings
// from CSV (typed here by the field's kind).
struct RawRow
{
    SourceLine from;
    QString type;
    QJsonObject fields;
    bool fromCsv = false;
};

// --- checking one row -------------------------------------------------------------------

class Errors
{
public:
    void add(const SourceLine &where, const QString &message)
    {
        if (m_list.size() < MaxSnapshotErrors)
            m_list.append({where, message});
    }
    bool any() const { return !m_list.isEmpty(); }
    QList<SnapshotError> sorted() const
    {
        QList<SnapshotError> list = m_list;
        std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return std::tie(a.where.source, a.where.line) < std::tie(b.where.source, b.where.line);
        });
        return list;
    }

private:
    QList<SnapshotError> m_list;
};

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

// The value of one field as the snapshot's model needs it, or an error text.
std::variant<QJsonValue, QString> checkedValue(const Field &field, const QJsonValue &raw,
                                               bool fromCsv)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9._:/-]{1,64}$"));
    static const QRegularExpression userPattern(QStringLiteral("^[a-z0-9._-]{1,64}$"));
    const auto isInteger = [&](qint64 low, qint64 high) -> std::variant<QJsonValue, QString> {
        double number = raw.toDouble();
        bool ok = raw.isDouble();
        if (fromCsv)
            number = raw.toString().toLongLong(&ok);
        // The range first: casting a double outside qint64 is undefined behaviour.
        if (!ok || !(number >= low && number <= high) || number != double(qint64(number)))
            return QStringLiteral("must be an integer from %1 to %2").arg(low).arg(high);
        return QJsonValue(qint64(number));
    };
    if (field.kind == Kind::Year)
        return isInteger(1990, QDate::currentDate().year());
    if (field.kind == Kind::Days)
        return isInteger(1, 365);
    if (!raw.isString())
        return QStringLiteral("must be a string");
    const QString text = raw.toString();
    switch (field.kind) {
    case Kind::Text:
        if (text.trimmed().isEmpty())
            return QStringLiteral("must not be empty");
        if (text.size() > 200 || hasControlCharacters(text))
            return QStringLiteral("must be at most 200 characters without control characters");
        return QJsonValue(text.trimmed());
    case Kind::Id:
        if (!idPattern.match(text).hasMatch())
            return QStringLiteral("must be 1 to 64 of A-Z, a-z, 0-9, '.', '_', ':', '/', '-'");
        return QJsonValue(text);
    case Kind::UserName:
        if (!userPattern.match(text).hasMatch())
            return QStringLiteral("must be 1 to 64 of a-z, 0-9, '.', '_', '-'");
        return QJsonValue(text);
    case Kind::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (text.size() != 10 || !date.isValid())
            return QStringLiteral("must be a date YYYY-MM-DD");
        return QJsonValue(text);
    }
    case Kind::Enum:
        if (!field.values.contains(text))
            return QStringLiteral("must be one of: ") + field.values.join(QStringLiteral(", "));
        return QJsonValue(text);
    default:
        return QStringLiteral("has an unknown kind");
    }
}

// The row's fields checked one by one; nullopt (and errors) when any is wrong.
std::optional<QJsonObject> checkedFields(const RawRow &row, const RowType &type, Errors &errors)
{
    bool ok = true;
    for (auto it = row.fields.begin(); it != row.fields.end(); ++it) {
        const bool known = std::any_of(type.fields.cbegin(), type.fields.cend(),
                                       [&](const Field &f) { return it.key() == f.name; });
        if (!known) {
            errors.add(row.from, QStringLiteral("%1: unknown field '%2'").arg(row.type, it.key()));
            ok = false;
        }
    }
    QJsonObject fields;
    for (const Field &field : type.fields) {
        const QString name = QString::fromUtf16(field.name);
        const QJsonValue raw = row.fields.value(name);
        const bool absent =
            raw.isUndefined() || raw.isNull() || (row.fromCsv && raw.toString().isEmpty());
        if (absent) {
            if (field.required) {
                errors.add(row.from, QStringLiteral("%1: '%2' is missing").arg(row.type, name));
                ok = false;
            }
            continue;
        }
        const auto value = checkedValue(field, raw, row.fromCsv);
        if (const auto *message = std::get_if<QString>(&value)) {
            errors.add(row.from, QStringLiteral("%1: '%2' %3").arg(row.type, name, *message));
            ok = false;
        } else {
            fields.insert(name, std::get<QJsonValue>(value));
        }
    }
    return ok ? std::optional(fields) : std::nullopt;
}

// --- the snapshot as a whole ----------------------------------------------------------

class SnapshotBuilder
{
public:
    void addRow(const RawRow &row)
    {
        const RowType *type = rowType(row.type);
        if (!type) {
            m_errors.add(
                row.from,
                row.type.isEmpty()
                    ? QStringLiteral("the row has no 'type' (one of: %1)").arg(typeNames())
                    : QStringLiteral("unknown type '%1' (one of: %2)").arg(row.type, typeNames()));
            return;
        }
        const std::optional<QJsonObject> fields = checkedFields(row, *type, m_errors);
        if (fields)
            take(row.type, *fields, row.from);
    }

    void addError(const SourceLine &where, const QString &message) { m_errors.add(where, message); }

    SnapshotRead finish(const QString &source)
    {
        if (m_municipalities == 0)
            m_errors.add(
                {source, 0},
                QStringLiteral("no 'municipality' row: a snapshot is of one municipality"));
        checkDuplicates();
        checkReferences();
        if (m_errors.any())
            return m_errors.sorted();
        return m_snapshot;
    }

private:
    void take(const QString &type, const QJsonObject &f, const SourceLine &from)
    {
        const auto text = [&](const char *name) { return f.value(QLatin1String(name)).toString(); };
        const auto number = [&](const char *name) { return f.value(QLatin1String(name)).toInt(); };
        if (type == u"municipality") {
            if (++m_municipalities > 1)
                m_errors.add(from,
                             QStringLiteral(
                                 "a second 'municipality' row: a snapshot is of one municipality"));
            m_snapshot.municipality = text("id");
            m_snapshot.municipalityName = text("name");
        } else if (type == u"user") {
            m_snapshot.users.append({text("user"), text("display_name"),
                                     *sync::roleFromName(text("role")), text("supervisor"), from});
        } else if (type == u"child") {
            m_snapshot.children.append({text("id"), text("name"), number("birth_year"),
                                        text("legal_basis"), number("visit_interval_days"), from});
        } else if (type == u"foster_home") {
            m_snapshot.fosterHomes.append({text("id"), text("name"), text("home_type"),
                                           text("address"), text("phone"), from});
        } else if (type == u"placement") {
            SnapshotPlacement p{text("id"),
                                text("child"),
                                text("foster_home"),
                                text("form"),
                                QDate::fromString(text("start_date"), Qt::ISODate),
                                QDate::fromString(text("end_date"), Qt::ISODate),
                                from};
            if (p.end.isValid() && p.end < p.start)
                m_errors.add(from, QStringLiteral("placement: 'end_date' is before 'start_date'"));
            m_snapshot.placements.append(p);
        } else if (type == u"assignment") {
            const bool child = f.contains(QLatin1String("child"));
            if (child == f.contains(QLatin1String("foster_home"))) {
                m_errors.add(
                    from,
                    QStringLiteral("assignment: name exactly one of 'child' and 'foster_home'"));
                return;
            }
            m_snapshot.assignments.append(
                {child ? SnapshotAssignment::Of::Child : SnapshotAssignment::Of::FosterHome,
                 child ? text("child") : text("foster_home"), text("user"), from});
        }
    }

    template <typename Row, typename Key>
    void uniqueBy(const QList<Row> &rows, Key key, const QString &what)
    {
        QHash<QString, SourceLine> seen;
        for (const Row &row : rows) {
            const QString k = key(row);
            if (const auto it = seen.constFind(k); it != seen.constEnd())
                m_errors.add(
                    row.from,
                    QStringLiteral("duplicate %1 '%2' (first at %3)").arg(what, k, it->toString()));
            else
                seen.insert(k, row.from);
        }
    }

    void checkDuplicates()
    {
        uniqueBy(
            m_snapshot.users, [](const SnapshotUser &u) { return u.user; }, "user");
        uniqueBy(
            m_snapshot.children, [](const SnapshotChild &c) { return c.caseId; }, "child id");
        uniqueBy(
            m_snapshot.fosterHomes, [](const SnapshotFosterHome &h) { return h.caseId; },
            "foster home id");
        uniqueBy(
            m_snapshot.placements, [](const SnapshotPlacement &p) { return p.caseId; },
            "placement id");
        uniqueBy(
            m_snapshot.assignments,
            [](const SnapshotAssignment &a) {
                return (a.of == SnapshotAssignment::Of::Child ? QStringLiteral("child ")
                                                              : QStringLiteral("foster home ")) +
                       a.caseId;
            },
            "assignment of");
    }

    void checkReferences()
    {
        QHash<QString, sync::Role> roles;
        for (const SnapshotUser &u : std::as_const(m_snapshot.users))
            roles.insert(u.user, u.role);
        QSet<QString> children, homes;
        for (const SnapshotChild &c : std::as_const(m_snapshot.children))
            children.insert(c.caseId);
        for (const SnapshotFosterHome &h : std::as_const(m_snapshot.fosterHomes))
            homes.insert(h.caseId);

        for (const SnapshotUser &u : std::as_const(m_snapshot.users))
            if (!u.supervisor.isEmpty() &&
                roles.value(u.supervisor, sync::Role::Admin) != sync::Role::Supervisor)
                m_errors.add(u.from, QStringLiteral("user '%1': supervisor '%2' is not a user of "
                                                    "role supervisor in this snapshot")
                                         .arg(u.user, u.supervisor));
        for (const SnapshotPlacement &p : std::as_const(m_snapshot.placements)) {
            if (!children.contains(p.childCaseId))
                m_errors.add(p.from, QStringLiteral("placement '%1': unknown child '%2'")
                                         .arg(p.caseId, p.childCaseId));
            if (!homes.contains(p.fosterHomeCaseId))
                m_errors.add(p.from, QStringLiteral("placement '%1': unknown foster home '%2'")
                                         .arg(p.caseId, p.fosterHomeCaseId));
        }
        for (const SnapshotAssignment &a : std::as_const(m_snapshot.assignments))
            checkAssignment(a, a.of == SnapshotAssignment::Of::Child ? children : homes, roles);
    }

    void checkAssignment(const SnapshotAssignment &a, const QSet<QString> &ids,
                         const QHash<QString, sync::Role> &roles)
    {
        const bool child = a.of == SnapshotAssignment::Of::Child;
        const QString what = child ? QStringLiteral("child") : QStringLiteral("foster home");
        if (!ids.contains(a.caseId))
            m_errors.add(a.from, QStringLiteral("assignment: unknown %1 '%2'").arg(what, a.caseId));
        const sync::Role needed = child ? sync::Role::Caseworker : sync::Role::FosterHomeSecretary;
        if (!roles.contains(a.user))
            m_errors.add(a.from, QStringLiteral("assignment: unknown user '%1'").arg(a.user));
        else if (roles.value(a.user) != needed)
            m_errors.add(a.from,
                         QStringLiteral("assignment: a %1 goes to a user of role %2, '%3' is %4")
                             .arg(what, sync::roleName(needed), a.user,
                                  sync::roleName(roles.value(a.user))));
    }

    CaseloadSnapshot m_snapshot;
    Errors m_errors;
    int m_municipalities = 0;
};

QByteArray withoutByteOrderMark(const QByteArray &content)
{
    return content.startsWith("\xEF\xBB\xBF") ? content.mid(3) : content;
}

const QStringList CsvFiles{"municipality", "user",      "child",
                           "foster_home",  "placement", "assignment"};

QString csvFileName(const QString &type)
{
    // users.csv, children.csv, foster_homes.csv, ...
    if (type == u"municipality")
        return QStringLiteral("municipality.csv");
    if (type == u"child")
        return QStringLiteral("children.csv");
    return type + QStringLiteral("s.csv");
}

void readCsvFile(const QString &path, const QString &type, SnapshotBuilder &builder)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        builder.addError({name, 0}, QStringLiteral("cannot read: ") + file.errorString());
        return;
    }
    if (file.size() > MaxSnapshotBytes) {
        builder.addError({name, 0}, QStringLiteral("larger than %1 bytes").arg(MaxSnapshotBytes));
        return;
    }
    const CsvTable table = readCsv(withoutByteOrderMark(file.readAll()));
    if (!table.error.isEmpty()) {
        builder.addError({name, table.errorLine}, table.error);
        return;
    }
    if (table.rows.isEmpty()) {
        builder.addError({name, 0}, QStringLiteral("no header row"));
        return;
    }
    const QStringList header = table.rows.first().cells;
    if (QSet<QString>(header.begin(), header.end()).size() != header.size()) {
        builder.addError({name, 1}, QStringLiteral("a column is named twice in the header"));
        return;
    }
    for (qsizetype i = 1; i < table.rows.size(); ++i) {
        const CsvRow &row = table.rows[i];
        if (row.cells.size() != header.size()) {
            builder.addError({name, row.line}, QStringLiteral("%1 cells where the header has %2")
                                                   .arg(row.cells.size())
                                                   .arg(header.size()));
            continue;
        }
        RawRow raw{{name, row.line}, type, {}, true};
        for (qsizetype c = 0; c < header.size(); ++c)
            raw.fields.insert(header[c], row.cells[c]);
        builder.addRow(raw);
    }
}

} // namespace

SnapshotRead readJsonLines(const QByteArray &content, const QString &sourceName)
{
    SnapshotBuilder builder;
    const QList<QByteArray> lines = withoutByteOrderMark(content).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const SourceLine from{sourceName, int(i + 1)};
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            builder.addError(from, error.error != QJsonParseError::NoError
                                       ? QStringLiteral("not JSON: ") + error.errorString()
                                       : QStringLiteral("not a JSON object"));
            continue;
        }
        QJsonObject fields = document.object();
        const QJsonValue type = fields.take(QLatin1String("type"));
        builder.addRow({from, type.toString(), fields, false});
    }
    return builder.finish(sourceName);
}

SnapshotRead readCsvFolder(const QString &folder)
{
    SnapshotBuilder builder;
    const QDir dir(folder);
    for (const QString &type : CsvFiles) {
        const QString path = dir.filePath(csvFileName(type));
        if (QFileInfo::exists(path))
            readCsvFile(path, type, builder);
        else if (type == u"municipality")
            builder.addError({csvFileName(type), 0}, QStringLiteral("missing in ") + folder);
    }
    return builder.finish(folder);
}

SnapshotRead readSnapshot(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return readCsvFolder(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QList<SnapshotError>{
            {{path, 0}, QStringLiteral("cannot read: ") + file.errorString()}};
    if (file.size() > MaxSnapshotBytes)
        return QList<SnapshotError>{
            {{path, 0}, QStringLiteral("larger than %1 bytes").arg(MaxSnapshotBytes)}};
    return readJsonLines(file.readAll(), info.fileName());
}

} // namespace homevisit::integration
