// Prometheus counters for GET /metrics. Labels are endpoints, codes and outcomes only:
// nothing here may identify a child, a user or a record.
#pragma once

#include <QByteArray>
#include <QString>

#include <array>
#include <map>
#include <mutex>
#include <utility>

namespace homevisit::gateway {

class Metrics
{
public:
    void countRequest(const QString &endpoint, int status, double seconds);
    void countMutation(const QString &outcome);
    QByteArray render() const; // Prometheus text exposition format 0.0.4

private:
    static constexpr std::array<double, 10> Buckets{0.005, 0.01, 0.025, 0.05, 0.1,
                                                    0.25,  0.5,  1.0,   2.5,  5.0};
    mutable std::mutex m_mutex;
    std::map<std::pair<QString, int>, quint64> m_requests;
    std::map<QString, quint64> m_mutations;
    std::array<quint64, Buckets.size()> m_bucketCounts{};
    quint64 m_durationCount = 0;
    double m_durationSum = 0;
};

} // namespace homevisit::gateway
