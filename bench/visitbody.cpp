#include "visitbody.h"

#include "domain/examples.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <random>

namespace homevisit::bench {

namespace {

// The words a social secretary's notes are made of: short function words, and content
// words built from a stem (sometimes two: Swedish compounds) and an ending. Drawn at random
// they read as nonsense, but their letters, lengths and variety are near enough to the
// journal's that gzip compresses them about as well as real prose: ~2.4:1 for one record,
// ~3.4:1 across a batch of fifty (real prose: ~2.5 and ~2.8). A small fixed word list
// would compress far better than prose and flatter every byte count on the wire.
const char *const FunctionWords[] = {
    "och",   "att",    "som",    "när",    "om",    "med",    "på",   "i",   "till", "från",
    "efter", "under",  "inför",  "sedan",  "hon",   "han",    "de",   "vi",  "det",  "inte",
    "ofta",  "ibland", "alltid", "numera", "men",   "är",     "har",  "kan", "ska",  "vill",
    "får",   "blir",   "var",    "hade",   "också", "mycket", "lite", "mer"};
const char *const Stems[] = {
    "barn",    "flick",    "pojk",       "familjehem", "mamm",    "papp",    "syskon",  "bror",
    "syster",  "skol",     "lärar",      "fritid",     "fotboll", "kompis",  "rum",     "hem",
    "kök",     "trädgård", "hund",       "katt",       "samtal",  "besök",   "umgänge", "plan",
    "vårdnad", "social",   "handläggar", "nätverk",    "berätt",  "visa",    "säg",     "verk",
    "upplev",  "önsk",     "träff",      "lek",        "rit",     "sov",     "ät",      "glad",
    "ledsen",  "trygg",    "orolig",     "lugn",       "trött",   "nyfiken", "öppen",   "tyst",
    "avslapp", "läx",      "matt",       "svensk",     "idrott",  "musik",   "hälsa",   "tand",
    "vård",    "psykolog", "kontakt",    "relation",   "anknyt",  "stöd",    "behov",   "uppfölj",
    "överens", "genomför", "beslut",     "placer",     "insats",  "mående",  "vecka",   "helg",
    "kväll",   "morgon",   "sommar",     "vinter",     "höst",    "vår",     "läsning", "skriv",
    "räkn",    "känsl",    "oro",        "rädsl",      "ilsk",    "glädj",   "sömn",    "mat",
    "lunch",   "middag",   "frukost",    "resa",       "buss",    "cykel",   "simning", "ridning",
    "teckn",   "dator",    "mobil",      "spel",       "film",    "bok"};
const char *const Endings[] = {"",     "en",     "et",  "er",   "ar",   "na", "arna",
                               "erna", "ade",    "de",  "t",    "s",    "ig", "lig",
                               "ning", "ningen", "are", "ande", "else", "an"};

template <typename T, std::size_t N> const char *pick(T (&words)[N], std::mt19937 &rng)
{
    return words[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)];
}

QString nextWord(std::mt19937 &rng)
{
    std::uniform_real_distribution<double> unit(0, 1);
    if (unit(rng) < 0.38)
        return QString::fromUtf8(pick(FunctionWords, rng));
    QByteArray word = pick(Stems, rng);
    if (unit(rng) < 0.2)
        word += pick(Stems, rng);
    return QString::fromUtf8(word + pick(Endings, rng));
}

// Sentences of 6-18 words, capitalized and ended: what the notes look like.
QString nextSentence(std::mt19937 &rng)
{
    const int length = std::uniform_int_distribution<int>(6, 18)(rng);
    QString sentence;
    for (int i = 0; i < length; ++i) {
        if (i > 0)
            sentence += QLatin1Char(' ');
        sentence += nextWord(rng);
    }
    sentence[0] = sentence[0].toUpper();
    return sentence + QStringLiteral(". ");
}

// Prose of exactly `bytes` bytes of UTF-8 (a multi-byte letter at the end is dropped and
// the gap filled with a space).
QString proseOfBytes(qsizetype bytes, std::mt19937 &rng)
{
    QByteArray text;
    while (text.size() < bytes)
        text += nextSentence(rng).toUtf8();
    QString prose = QString::fromUtf8(text).trimmed();
    while (prose.toUtf8().size() > bytes)
        prose.chop(1);
    while (prose.toUtf8().size() < bytes)
        prose += QLatin1Char('.');
    return prose;
}

// Free text (any string longer than an id, date or enum value) replaced by prose of the
// same length: in real visits every sentence is new, so nothing but the field names and
// enum values repeats from one record to the next.
QJsonValue rewriteFreeText(const QJsonValue &value, std::mt19937 &rng)
{
    constexpr qsizetype LongestNonText = 36; // a UUID
    if (value.isString() && value.toString().size() > LongestNonText)
        return proseOfBytes(value.toString().toUtf8().size(), rng);
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(rewriteFreeText(item, rng));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = rewriteFreeText(it.value(), rng);
        return object;
    }
    return value;
}

} // namespace

qsizetype compactSize(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact).size();
}

QJsonObject paddedChildVisit(const QString &childId, const QDateTime &start, quint32 seed,
                             qsizetype bytes)
{
    std::mt19937 rng(seed);
    QJsonObject body = rewriteFreeText(domain::exampleChildVisit(childId, start), rng).toObject();
    const QString key = QStringLiteral("observations");
    const QString observations = body.value(key).toString();
    const qsizetype missing = bytes - compactSize(body) - 1; // and one space between
    if (missing > 0)
        body.insert(key, observations + QLatin1Char(' ') + proseOfBytes(missing, rng));
    return body;
}

} // namespace homevisit::bench
