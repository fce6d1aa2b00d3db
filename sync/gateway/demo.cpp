#include "demo.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUuid>

namespace homevisit::gateway {

namespace {

using sync::Role;

constexpr char Gotland[] = "region-gotland";
constexpr char Vetlanda[] = "vetlanda";

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

const char *const ChildNames[] = {"Elsa Berglund Andersson",
                                  "Liam Johansson",
                                  "Alva Lindqvist",
                                  "Noah Karlsson",
                                  "Maja Nilsson",
                                  "Hugo Eriksson",
                                  "Ella Larsson",
                                  "William Olsson",
                                  "Wilma Persson",
                                  "Lucas Svensson",
                                  "Saga Gustafsson",
                                  "Oscar Pettersson",
                                  "Astrid Jonsson",
                                  "Elias Hansson",
                                  "Freja Bengtsson",
                                  "Adam Jakobsson",
                                  "Ebba Magnusson"};

const char *const FamilyNames[] = {"Berg",     "Lund",     "Holm",    "Dahl",
                                   "Ek",       "Sjöberg",  "Wallin",  "Engström",
                                   "Lindgren", "Axelsson", "Hedlund", "Nyberg"};

const char *const HomeTypes[] = {"own_recruited", "kinship", "emergency", "agency_supported"};

void addPeople(CentralStore &store)
{
    store.addMunicipality(Gotland, "Region Gotland");
    store.addMunicipality(Vetlanda, "Vetlanda kommun");
    store.addUser({"bodil", Gotland, Role::Supervisor, "Bodil Ekström", "", false});
    store.addUser({"anna", Gotland, Role::Caseworker, "Anna Lind", "bodil", false});
    store.addUser({"karin", Gotland, Role::FosterHomeSecretary, "Karin Holmberg", "bodil", false});
    store.addUser({"admin", Gotland, Role::Admin, "Administratör Gotland", "", false});
    // A second social secretary, with no children yet: someone to hand a child over to.
    store.addUser({"erik", Gotland, Role::Caseworker, "Erik Sandström", "bodil", false});
    store.addUser({"vera", Vetlanda, Role::Caseworker, "Vera Sandberg", "", false});
}

QJsonObject fosterHome(const QString &family, int index, const QString &secretary)
{
    return {{"id", newId()},
            {"family_name", "Familjen " + family},
            {"address", QStringLiteral("Storgatan %1, Visby").arg(index + 3)},
            {"home_type", HomeTypes[index % 4]},
            {"secretary", secretary},
            {"phone", QStringLiteral("0498-%1").arg(200100 + index)}};
}

QJsonObject child(const QString &name, int index, const QString &secretary)
{
    return {{"id", newId()},
            {"name", name},
            {"birth_year", 2008 + index % 15},
            {"secretary", secretary},
            {"visit_interval_days", 42}};
}

QJsonObject placement(const QJsonObject &child, const QJsonObject &home, int index)
{
    return {{"id", newId()},
            {"child_id", child.value("id")},
            {"foster_home_id", home.value("id")},
            {"legal_basis", index % 3 == 0 ? "LVU" : "SoL"},
            {"start_date", QDate(2023, 1 + index % 12, 1 + index).toString(Qt::ISODate)},
            {"end_date", QJsonValue()}};
}

void addCaseload(CentralStore &store)
{
    QList<QJsonObject> homes;
    for (int i = 0; i < 12; ++i) {
        homes.append(fosterHome(FamilyNames[i], i, "karin"));
        store.putFosterHome(Gotland, homes.last());
    }
    for (int i = 0; i < 17; ++i) {
        const QJsonObject placed = child(ChildNames[i], i, "anna");
        store.putChild(Gotland, placed);
        store.putPlacement(Gotland, placement(placed, homes[i % 12], i));
    }
    const QJsonObject home{{"id", newId()},
                           {"family_name", "Familjen Ström"},
                           {"address", "Kyrkgatan 2, Vetlanda"},
                           {"home_type", "kinship"},
                           {"secretary", ""},
                           {"phone", "0383-123456"}};
    const QJsonObject placed = child("Nils Ström", 3, "vera");
    store.putFosterHome(Vetlanda, home);
    store.putChild(Vetlanda, placed);
    store.putPlacement(Vetlanda, placement(placed, home, 1));
}

bool writePrivateJson(const QString &path, const QJsonArray &array, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        *error = "cannot write " + path;
        return false;
    }
    file.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = "cannot write " + path;
        return false;
    }
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace

bool runDemo(Gateway &gateway, const QString &dataDir, QString *error)
{
    CentralStore &store = gateway.store();
    if (store.isEmpty()) {
        store.transaction([&] {
            addPeople(store);
            addCaseload(store);
            store.audit({"demo", {}, {}, "demo_seed", {}, {}});
            return true;
        });
    }
    QStringList enrolled;
    for (const DeviceRow &device : store.devices({}))
        enrolled.append(device.user);
    QJsonArray credentials;
    for (const UserRow &user : store.users()) {
        if (user.revoked || enrolled.contains(user.name))
            continue;
        store.retireCredentials(user.name); // only the newest file's credentials work
        const auto credential = gateway.issueCredential(user.name, "demo");
        if (!credential)
            continue;
        credentials.append(QJsonObject{{"municipality", user.municipality},
                                       {"user", user.name},
                                       {"role", sync::roleName(user.role)},
                                       {"credential", credential->credential}});
    }
    return writePrivateJson(dataDir + "/demo-credentials.json", credentials, error);
}

} // namespace homevisit::gateway
