#include "forwarder.h"

#include "sync/receiver/forwardsignature.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUrl>

#include <curl/curl.h>

#include <algorithm>
#include <cstdio>

namespace homevisit::gateway {

namespace {

constexpr std::chrono::hours MaxDelay{1};
// Due retries are looked for at least this often; new entries wake the thread at once.
constexpr std::chrono::seconds IdlePoll{1};

size_t collect(char *data, size_t size, size_t count, void *target)
{
    static_cast<QByteArray *>(target)->append(data, qsizetype(size * count));
    return size * count;
}

// Retry-After in seconds, when the receiver sent one.
size_t readHeader(char *data, size_t size, size_t count, void *target)
{
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.toLower().startsWith("retry-after:")) {
        bool ok = false;
        const int seconds = line.mid(12).trimmed().toInt(&ok);
        if (ok && seconds >= 0)
            *static_cast<std::optional<int> *>(target) = seconds;
    }
    return size * count;
}

bool isLoopbackHost(const QString &host)
{
    return host == u"localhost" || host.startsWith(u"127.") || host == u"::1";
}

} // namespace

std::chrono::milliseconds forwardingDelay(int attempts, double random01,
                                          std::optional<int> retryAfterSeconds)
{
    using namespace std::chrono;
    const int exponent = std::clamp(attempts - 1, 0, 20);
    const milliseconds ceiling =
        std::min<milliseconds>(duration_cast<milliseconds>(seconds(1LL << exponent)), MaxDelay);
    auto delay = milliseconds(qint64(double(ceiling.count()) * (0.5 + 0.5 * random01)));
    if (retryAfterSeconds)
        delay = std::max<milliseconds>(
            delay, std::min<milliseconds>(seconds(*retryAfterSeconds), MaxDelay));
    return delay;
}

// One easy handle for the thread's life: the connection to the receiver is kept alive.
struct Forwarder::Curl
{
    CURL *handle = curl_easy_init();
    ~Curl() { curl_easy_cleanup(handle); }
};

Forwarder::Forwarder(CentralStore &store, ForwardingConfig config)
    : m_store(store), m_config(std::move(config)), m_curl(std::make_unique<Curl>())
{}

Forwarder::~Forwarder()
{
    stop();
}

std::optional<QString> Forwarder::check(const ForwardingConfig &config)
{
    const QUrl url(config.url, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return "--forward-url is not a URL: " + config.url;
    if (url.scheme() != u"https" && !(url.scheme() == u"http" && isLoopbackHost(url.host())))
        return QStringLiteral("--forward-url must be https:// (http:// only to a loopback host)");
    if (config.secret.size() < 16)
        return QStringLiteral("the forwarding secret must be at least 16 bytes");
    return std::nullopt;
}

void Forwarder::start()
{
    m_thread = std::thread([this] { loop(); });
}

void Forwarder::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wakeup.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void Forwarder::wake()
{
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_wakeup.notify_all();
}

void Forwarder::loop()
{
    for (;;) {
        int delivered = 0;
        try {
            delivered = runOnce();
        } catch (const std::exception &error) {
            // The store is down: nothing was marked, everything is tried again later.
            std::fprintf(stderr, "homevisit-central: forwarding: %s\n", error.what());
        }
        std::unique_lock lock(m_mutex);
        if (m_stopping)
            return;
        if (delivered > 0)
            continue; // more may be due behind what was just delivered
        m_wakeup.wait_for(lock, IdlePoll, [this] { return m_stopping || m_woken; });
        m_woken = false;
        if (m_stopping)
            return;
    }
}

int Forwarder::runOnce()
{
    int delivered = 0;
    const QList<JournalEntryRow> due =
        m_store.dueForForwarding(QDateTime::currentDateTimeUtc(), m_config.batch);
    for (const JournalEntryRow &entry : due) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                break;
        }
        const Delivery delivery = post(entry);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (delivery.delivered) {
            m_store.markForwarded(entry.seq, now, delivery.status);
            ++delivered;
            continue;
        }
        const int attempts = entry.attempts + 1;
        const auto wait = forwardingDelay(attempts, QRandomGenerator::global()->generateDouble(),
                                          delivery.retryAfterSeconds);
        m_store.markForwardFailed(entry.seq, attempts, now.addMSecs(wait.count()), delivery.status,
                                  delivery.error);
        std::fprintf(stderr,
                     "homevisit-central: forwarding: entry %s attempt %d failed: %s;"
                     " next in %lld s\n",
                     qPrintable(entry.entryId), attempts, qPrintable(delivery.error),
                     static_cast<long long>(wait.count() / 1000));
    }
    return delivered;
}

Delivery Forwarder::post(const JournalEntryRow &entry)
{
    CURL *curl = m_curl->handle;
    curl_easy_reset(curl);
    const QByteArray url = m_config.url.toUtf8();
    const QByteArray signature =
        "Homevisit-Signature: " +
        receiver::signatureHeader(m_config.secret, entry.data, QDateTime::currentSecsSinceEpoch());
    const QByteArray idempotency = "Idempotency-Key: " + entry.entryId.toUtf8();
    curl_slist *headers = nullptr;
    headers = curl_slist_append(headers, "Content-Type: application/json; charset=utf-8");
    headers = curl_slist_append(headers, idempotency.constData());
    headers = curl_slist_append(headers, signature.constData());
    headers = curl_slist_append(headers, "Expect:");
    QByteArray answer;
    Delivery delivery;
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, entry.data.constData());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(entry.data.size()));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(m_config.timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "https,http");
    curl_easy_setopt(curl, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    const QByteArray caFile = m_config.caFile.toLocal8Bit();
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &answer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, readHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &delivery.retryAfterSeconds);
    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(headers);
    if (code != CURLE_OK) {
        delivery.error = QStringLiteral("no answer: ") + curl_easy_strerror(code);
        return delivery;
    }
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    delivery.status = int(status);
    delivery.delivered = status >= 200 && status < 300;
    if (!delivery.delivered)
        delivery.error = QStringLiteral("HTTP %1: %2")
                             .arg(status)
                             .arg(QString::fromUtf8(answer.left(200)).simplified());
    return delivery;
}

} // namespace homevisit::gateway
