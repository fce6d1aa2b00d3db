// The journal's side of signatures (docs/records.md, "Signatures"): this store's Ed25519
// key pair, kept only inside the encrypted file; signing a record in the transaction that
// signs it; and checking the signature of every pulled signed record against the key of
// its device: this tablet's own, or the one pinned the first time that device was seen.
#include "store/journalstore.h"

#include "store/storeinternal.h"

#include <QJsonDocument>

#include <sodium.h>

namespace homevisit::store {

using namespace internal;
namespace signature = domain::signature;

namespace {

// Key material must not stay behind in freed heap memory.
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void wipe(QString &text)
{
    if (!text.isEmpty())
        sodium_memzero(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

void writeKeyPair(Database &db, const signature::KeyPair &pair, qint64 now)
{
    QByteArray secretBase64 = pair.secretKey.toBase64();
    QString secretText = QString::fromLatin1(secretBase64);
    db.prepare("INSERT OR REPLACE INTO signing_keys(id, public_key, secret_key, created_at)"
               " VALUES (1, ?1, ?2, ?3)")
        .bind(1, QString::fromLatin1(pair.publicKey.toBase64()))
        .bind(2, secretText)
        .bind(3, now)
        .run();
    wipe(secretText);
    wipe(secretBase64);
}

QString ownPublicKey(Database &db)
{
    Statement st = db.prepare("SELECT public_key FROM signing_keys WHERE id = 1");
    return st.step() ? st.text(0) : QString();
}

// Signs with the stored secret key; every copy of it is wiped before returning.
QString signWithStoreKey(Database &db, const domain::SignedContent &content)
{
    QString secretText;
    {
        Statement st = db.prepare("SELECT secret_key FROM signing_keys WHERE id = 1");
        if (st.step())
            secretText = st.text(0);
    }
    QByteArray secretBase64 = secretText.toLatin1();
    QByteArray secret = QByteArray::fromBase64(secretBase64);
    const QString signed_ = signature::sign(content, secret);
    wipe(secret);
    wipe(secretBase64);
    wipe(secretText);
    return signed_;
}

} // namespace

QString JournalStore::ensureSigningKeyInTx()
{
    if (QString existing = ownPublicKey(*m_db); !existing.isEmpty())
        return existing;
    signature::KeyPair pair = signature::generate();
    if (pair.publicKey.size() != signature::PublicKeyBytes)
        throw JournalStoreError(JournalStoreError::Code::Other,
                                "libsodium could not make a signing key");
    writeKeyPair(*m_db, pair, wallNow());
    wipe(pair.secretKey);
    auditInTx(QStringLiteral("signing_key"), {}, QStringLiteral("signing key made"), tick());
    return QString::fromLatin1(pair.publicKey.toBase64());
}

QString JournalStore::signingPublicKey()
{
    Transaction tx(*m_db);
    const QString key = ensureSigningKeyInTx();
    tx.commit();
    return key;
}

void JournalStore::adoptSigningKey(const signature::KeyPair &pair)
{
    if (pair.publicKey.size() != signature::PublicKeyBytes ||
        pair.secretKey.size() != signature::SecretKeyBytes)
        throw JournalStoreError(JournalStoreError::Code::Invalid, "not an Ed25519 key pair");
    Transaction tx(*m_db);
    const QString before = ownPublicKey(*m_db);
    writeKeyPair(*m_db, pair, wallNow());
    // Records signed with a key the server never got would all be refused.
    const int resigned = before.isEmpty() ? 0 : signQueuedRecords(true);
    auditInTx(QStringLiteral("signing_key"), {},
              QStringLiteral("signing key registered at enrollment; %1 queued records signed again")
                  .arg(resigned),
              tick());
    tx.commit();
}

QString JournalStore::pinnedDeviceKey(const QString &deviceId)
{
    Statement st = m_db->prepare("SELECT public_key FROM device_keys WHERE device_id = ?1");
    st.bind(1, deviceId);
    return st.step() ? st.text(0) : QString();
}

void JournalStore::signInTx(const QString &id)
{
    ensureSigningKeyInTx();
    const std::optional<StoredRecord> record = load(id);
    if (!record || record->status != RecordStatus::Signed)
        return;
    // Built from the row as stored, so the signature covers exactly what goes on the wire.
    const QString signatureBase64 = signWithStoreKey(*m_db, record->signedContent());
    if (signatureBase64.isEmpty())
        throw JournalStoreError(JournalStoreError::Code::Other,
                                "record " + id.toStdString() + " could not be signed");
    m_db->prepare("UPDATE records SET signature = ?2, signature_state = 'valid' WHERE id = ?1")
        .bind(1, id)
        .bind(2, signatureBase64)
        .run();
}

int JournalStore::signQueuedRecords(bool resign)
{
    QStringList ids;
    {
        Statement st =
            m_db->prepare("SELECT r.id FROM records r WHERE r.status = 'signed' AND r.device = ?1"
                          " AND r.author = ?2 AND (?3 OR r.signature IS NULL)"
                          " AND EXISTS (SELECT 1 FROM outbox o WHERE o.record_id = r.id)");
        st.bind(1, m_identity.device).bind(2, m_identity.user).bind(3, resign);
        while (st.step())
            ids << st.text(0);
    }
    for (const QString &id : ids) {
        signInTx(id);
        const QString signatureBase64 = load(id)->signature;
        // The frozen wire form goes out with the signature; rows queued before schema 4
        // have none and are filled from the record when sent.
        QList<std::pair<qint64, QJsonObject>> rows;
        {
            Statement st = m_db->prepare(
                "SELECT seq, payload FROM outbox WHERE record_id = ?1 AND payload IS NOT NULL");
            st.bind(1, id);
            while (st.step())
                rows.append({st.int64(0), QJsonDocument::fromJson(st.text(1).toUtf8()).object()});
        }
        for (auto &[seq, payload] : rows) {
            payload.insert("signature", signatureBase64);
            m_db->prepare("UPDATE outbox SET payload = ?2 WHERE seq = ?1")
                .bind(1, seq)
                .bind(2, QString::fromUtf8(serialize(payload)))
                .run();
        }
    }
    return int(ids.size());
}

SignatureState JournalStore::verifyPulled(const domain::SignedContent &content,
                                          const QString &signatureBase64, const QString &pulledKey)
{
    if (signatureBase64.isEmpty())
        return SignatureState::Legacy;
    if (content.deviceId == m_identity.device) // this tablet's own: only its own key counts
        return signature::verify(content, signatureBase64, ensureSigningKeyInTx())
                   ? SignatureState::Valid
                   : SignatureState::Invalid;
    const QString pinned = pinnedDeviceKey(content.deviceId);
    if (pinned.isEmpty()) {
        if (pulledKey.isEmpty())
            return SignatureState::Unverified;
        // Trust on first use, but only a key that signed what came with it.
        if (!signature::verify(content, signatureBase64, pulledKey))
            return SignatureState::Invalid;
        m_db->prepare("INSERT INTO device_keys(device_id, public_key, first_seen_at)"
                      " VALUES (?1, ?2, ?3)")
            .bind(1, content.deviceId)
            .bind(2, pulledKey)
            .bind(3, wallNow())
            .run();
        auditInTx(QStringLiteral("device_key"), {},
                  QStringLiteral("key of device %1 (%2) pinned").arg(content.deviceId, pulledKey),
                  tick());
        return SignatureState::Valid;
    }
    // A known device with another key than the one pinned: the key is the forgery.
    if (!pulledKey.isEmpty() && pulledKey != pinned)
        return SignatureState::Invalid;
    return signature::verify(content, signatureBase64, pinned) ? SignatureState::Valid
                                                               : SignatureState::Invalid;
}

bool JournalStore::signatureHolds(const StoredRecord &r)
{
    const QString key =
        r.device == m_identity.device ? ownPublicKey(*m_db) : pinnedDeviceKey(r.device);
    return !key.isEmpty() && signature::verify(r.signedContent(), r.signature, key);
}

} // namespace homevisit::store
