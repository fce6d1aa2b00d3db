#include "demoteam.h"

#include "domain/amendment.h"
#include "domain/examples.h"
#include "domain/review.h"
#include "store/journalstore.h"
#include "store/uuid.h"

#include <QDateTime>
#include <QTimeZone>

#include <sodium.h>

#include <array>

namespace homevisit::ui {

using domain::RecordKind;
using store::PulledChange;

namespace {

constexpr int pageSize = 500;        // a pull page's size (the protocol allows 1-500)
constexpr int signOffAfterDays = 10; // older records have been signed off
constexpr int returnedIndex = 1;     // the second-newest record was returned

// Fixed ids for the team's children and foster homes, in the pattern of democaseload.
QString teamId(char kind, int n)
{
    return QStringLiteral("0190d000-0000-7000-8%1%2-%3")
        .arg(QLatin1Char(kind))
        .arg(n / 100 % 100, 2, 10, QLatin1Char('0'))
        .arg(n, 12, 10, QLatin1Char('0'));
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// The demo team's tablets sign as real ones do, each with a key pair derived from its
// author's name: throwaway keys, the same on every run.
domain::signature::KeyPair demoTabletKeys(const QString &author)
{
    const QByteArray name = "homevisit-demo-tablet:" + author.toUtf8();
    unsigned char seed[crypto_sign_SEEDBYTES];
    crypto_generichash(seed, sizeof seed, reinterpret_cast<const unsigned char *>(name.data()),
                       quint64(name.size()), nullptr, 0);
    domain::signature::KeyPair pair;
    pair.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    pair.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pair.publicKey.data()),
                             reinterpret_cast<unsigned char *>(pair.secretKey.data()), seed);
    return pair;
}

constexpr std::array<const char *, 10> ChildFirstNames = {"Noah", "Elsa", "Liam",  "Maja",  "Omar",
                                                          "Alva", "Hugo", "Wilma", "Lucas", "Saga"};
constexpr std::array<const char *, 8> ChildSurnames = {
    "Hägg Karlsson", "Berglund", "Lindqvist", "Östman Persson",
    "Nygren",        "Wallin",   "Sjöberg",   "Ahlgren Olsson"};
constexpr std::array<const char *, 24> FosterHomeNames = {
    "Familjen Holm",     "Familjen Sandberg", "Familjen Ek",        "Familjen Lund",
    "Familjen Berg",     "Familjen Strand",   "Familjen Forsberg",  "Familjen Nyberg",
    "Familjen Dahlberg", "Familjen Hedlund",  "Familjen Engström",  "Familjen Björk",
    "Familjen Sundin",   "Familjen Åberg",    "Familjen Falk",      "Familjen Lindgren",
    "Familjen Blom",     "Familjen Sjögren",  "Familjen Norberg",   "Familjen Hellström",
    "Familjen Wikström", "Familjen Borg",     "Familjen Söderlund", "Familjen Mattsson"};

// One record as a pull page carries it: the push fields plus received_at, signed, and
// the names the gateway adds (outside the signature).
PulledChange wireRecord(qint64 seq, RecordKind kind, const QString &author, qint64 signedMs,
                        const QJsonObject &body, const QString &subjectName)
{
    const QString hlc = QStringLiteral("%1.%2")
                            .arg(signedMs, 16, 10, QLatin1Char('0'))
                            .arg(0, 6, 10, QLatin1Char('0'));
    QJsonObject data{{"id", makeUuidV7(signedMs)},
                     {"kind", domain::kindName(kind)},
                     {"status", "signed"},
                     {"author", author},
                     {"device_id", teamId('f', int(qHash(author) % 1000))},
                     {"hlc", hlc},
                     {"revision", 1},
                     {"created_at", isoUtc(signedMs - 3'600'000)},
                     {"signed_at", isoUtc(signedMs)},
                     {"received_at", isoUtc(signedMs + 60'000)},
                     {"body", body}};
    static const bool sodiumReady = sodium_init() >= 0;
    if (sodiumReady) {
        const domain::signature::KeyPair keys = demoTabletKeys(author);
        const domain::SignedContent content{
            data.value("id").toString(),
            domain::kindName(kind),
            1,
            author,
            data.value("device_id").toString(),
            QDateTime::fromMSecsSinceEpoch(signedMs - 3'600'000, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(signedMs, Qt::UTC),
            body};
        data.insert("signature", domain::signature::sign(content, keys.secretKey));
        data.insert("signing_key", QString::fromLatin1(keys.publicKey.toBase64()));
    }
    // The supervisor's own reviews get no name here: her tablet names her records itself.
    if (const QString name = demoTeamDisplayName(author); !name.isEmpty())
        data.insert("author_name", name);
    if (!subjectName.isEmpty())
        data.insert("subject_name", subjectName);
    return {PulledChange::Type::Record, seq, false, data};
}

struct TeamRecord
{
    RecordKind kind;
    QString author;
    QDateTime start;
    QJsonObject body;
    QString subject; // the child's or foster home's name
};

// Record i of n, i = 0 the newest: its author, day and body.
TeamRecord teamRecord(const QDate &today, int i, int n)
{
    const int daysAgo = 1 + int(qint64(i) * 120 / qMax(n, 1));
    const QDate day = today.addDays(-daysAgo);
    const QTimeZone zone("Europe/Stockholm");
    if (i % 5 == 4) {
        const QDateTime start(day, QTime(13, 0), zone);
        return {RecordKind::SupervisionSession, QString::fromLatin1(demoTeamFosterHomeSecretary),
                start, domain::exampleSupervisionSession(teamId('a', i % 24), day),
                demoTeamFosterHomeName(i % 24)};
    }
    const QDateTime start(day, QTime(9 + i % 6, (i * 17) % 4 * 15), zone);
    return {RecordKind::ChildVisit, QString::fromLatin1(demoTeamCaseworkers[i % 2]), start,
            domain::exampleChildVisitVariant(teamId('e', i % 40), start, i),
            demoTeamChildName(i % 40)};
}

class Pages
{
public:
    explicit Pages(store::JournalStore &journal) : m_journal(journal) {}
    void add(RecordKind kind, const QString &author, qint64 signedMs, const QJsonObject &body,
             const QString &subjectName = {})
    {
        m_changes.append(wireRecord(++m_seq, kind, author, signedMs, body, subjectName));
        m_lastId = m_changes.last().data.value("id").toString();
        if (m_changes.size() >= pageSize)
            flush();
    }
    QString lastId() const { return m_lastId; }
    void flush()
    {
        if (m_changes.isEmpty())
            return;
        m_journal.applyPulled(m_changes, QStringLiteral("demo-%1").arg(m_seq));
        m_changes.clear();
    }

private:
    store::JournalStore &m_journal;
    QList<PulledChange> m_changes;
    qint64 m_seq = 0;
    QString m_lastId;
};

} // namespace

QString demoTeamDisplayName(const QString &user)
{
    if (user == QLatin1String(demoTeamCaseworkers[0]))
        return QStringLiteral("Anna Lind");
    if (user == QLatin1String(demoTeamCaseworkers[1]))
        return QStringLiteral("Johan Ek");
    if (user == QLatin1String(demoTeamFosterHomeSecretary))
        return QStringLiteral("Lena Sund");
    return {};
}

// 40 different names: the surname moves on with each round of first names.
QString demoTeamChildName(int n)
{
    const int first = n % int(ChildFirstNames.size());
    const int round = n / int(ChildFirstNames.size());
    const int last = (n + 13 * round) % int(ChildSurnames.size());
    return QString::fromUtf8(ChildFirstNames[size_t(first)]) + u' ' +
           QString::fromUtf8(ChildSurnames[size_t(last)]);
}

QString demoTeamFosterHomeName(int n)
{
    return QString::fromUtf8(FosterHomeNames[size_t(n) % FosterHomeNames.size()]);
}

DemoTeamSummary seedDemoTeam(store::JournalStore &journal, const QDate &today, int count)
{
    DemoTeamSummary summary;
    const QString me = journal.identity().user;
    Pages pages(journal);
    // Oldest first, as the server's sequence orders them.
    for (int i = count - 1; i >= 0; --i) {
        const TeamRecord r = teamRecord(today, i, count);
        const qint64 signedMs = r.start.addSecs(2 * 3600).toMSecsSinceEpoch();
        pages.add(r.kind, r.author, signedMs, r.body, r.subject);
        const QString id = pages.lastId();
        ++summary.records;
        summary.concerns += domain::factsOf(r.kind, r.body).concern ? 1 : 0;
        if (i == returnedIndex) {
            const domain::Review review{
                id, domain::ReviewDecision::Returned,
                QStringLiteral("Skälet till att samtalet inte hölls enskilt behöver förklaras "
                               "närmare. Komplettera med en rättelse.")};
            pages.add(RecordKind::Review, me, signedMs + 3'600'000, review.toJson());
            ++summary.returned;
        } else if (i == returnedIndex + 2) {
            const domain::Amendment amendment{
                id,
                QStringLiteral("Besöket hölls i skolan, inte i familjehemmet. Familjehemsmamman "
                               "deltog inte."),
                QStringLiteral("Fel plats och deltagare angavs vid signeringen.")};
            pages.add(RecordKind::Amendment, r.author, signedMs + 1'800'000, amendment.toJson());
            ++summary.amendments;
        } else if (r.start.date().daysTo(today) > signOffAfterDays && i % 3 != 0) {
            const domain::Review review{id, domain::ReviewDecision::SignedOff, {}};
            pages.add(RecordKind::Review, me, signedMs + 86'400'000, review.toJson());
            ++summary.signedOff;
        }
    }
    pages.flush();
    return summary;
}

} // namespace homevisit::ui
