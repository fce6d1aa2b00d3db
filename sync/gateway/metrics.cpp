#include "metrics.h"

namespace homevisit::gateway {

void Metrics::countRequest(const QString &endpoint, int status, double seconds)
{
    std::lock_guard lock(m_mutex);
    ++m_requests[{endpoint, status}];
    for (std::size_t i = 0; i < Buckets.size(); ++i) {
        if (seconds <= Buckets[i])
            ++m_bucketCounts[i];
    }
    ++m_durationCount;
    m_durationSum += seconds;
}

void Metrics::countMutation(const QString &outcome)
{
    std::lock_guard lock(m_mutex);
    ++m_mutations[outcome];
}

QByteArray Metrics::render() const
{
    std::lock_guard lock(m_mutex);
    QByteArray out;
    out += "# HELP homevisit_http_requests_total HTTP requests by endpoint and status.\n"
           "# TYPE homevisit_http_requests_total counter\n";
    for (const auto &[key, count] : m_requests) {
        out += "homevisit_http_requests_total{endpoint=\"" + key.first.toUtf8() + "\",code=\"" +
               QByteArray::number(key.second) + "\"} " + QByteArray::number(count) + "\n";
    }
    out += "# HELP homevisit_push_mutations_total Pushed mutations by outcome.\n"
           "# TYPE homevisit_push_mutations_total counter\n";
    for (const auto &[outcome, count] : m_mutations) {
        out += "homevisit_push_mutations_total{outcome=\"" + outcome.toUtf8() + "\"} " +
               QByteArray::number(count) + "\n";
    }
    out += "# HELP homevisit_request_seconds Time to answer a request.\n"
           "# TYPE homevisit_request_seconds histogram\n";
    for (std::size_t i = 0; i < Buckets.size(); ++i) {
        out += "homevisit_request_seconds_bucket{le=\"" + QByteArray::number(Buckets[i]) + "\"} " +
               QByteArray::number(m_bucketCounts[i]) + "\n";
    }
    out += "homevisit_request_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(m_durationCount) +
           "\n";
    out += "homevisit_request_seconds_sum " + QByteArray::number(m_durationSum) + "\n";
    out += "homevisit_request_seconds_count " + QByteArray::number(m_durationCount) + "\n";
    return out;
}

} // namespace homevisit::gateway
