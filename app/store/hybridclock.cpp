#include "hybridclock.h"

#include <QStringList>

#include <algorithm>

namespace homevisit {

QString HlcStamp::toString() const
{
    return QStringLiteral("%1.%2")
        .arg(physicalMs, 16, 10, QLatin1Char('0'))
        .arg(logical, 6, 10, QLatin1Char('0'));
}

namespace {
// toLongLong/toUInt alone also take a sign, spaces and stop at a NUL: a stamp that is
// read must be the one toString() writes, so text order stays stamp order.
bool isDigits(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}
} // namespace

std::optional<HlcStamp> HlcStamp::fromString(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 2 || parts[0].size() != 16 || parts[1].size() != 6 || !isDigits(parts[0]) ||
        !isDigits(parts[1]))
        return std::nullopt;
    bool okP = false, okL = false;
    HlcStamp s{parts[0].toLongLong(&okP), parts[1].toUInt(&okL)};
    if (!okP || !okL)
        return std::nullopt;
    return s;
}

HybridClock::HybridClock(WallClock wall) : m_wall(std::move(wall)) {}

// `logical` after `physical`, carried into the next millisecond past six digits so the
// stamp keeps its fixed width (a seven-digit counter made the gateway refuse every
// later stamp of the tablet).
HlcStamp HybridClock::next(qint64 physical, quint32 logical)
{
    if (logical > HlcStamp::MaxLogical)
        return {std::min(physical + 1, HlcStamp::MaxPhysicalMs), 0};
    return {physical, logical};
}

HlcStamp HybridClock::now()
{
    const qint64 wall = wallNow();
    if (wall > m_last.physicalMs)
        m_last = {wall, 0};
    else
        m_last = next(m_last.physicalMs, m_last.logical + 1);
    return m_last;
}

bool HybridClock::observe(const HlcStamp &remote)
{
    const qint64 wall = wallNow();
    if (remote.physicalMs > wall + MaxAheadMs)
        return false;
    const qint64 physical = std::max({wall, m_last.physicalMs, remote.physicalMs});
    quint32 logical = 0;
    if (physical == m_last.physicalMs && physical == remote.physicalMs)
        logical = std::max(m_last.logical, remote.logical) + 1;
    else if (physical == m_last.physicalMs)
        logical = m_last.logical + 1;
    else if (physical == remote.physicalMs)
        logical = remote.logical + 1;
    m_last = next(physical, logical);
    return true;
}

void HybridClock::restore(const HlcStamp &last)
{
    m_last = std::max(m_last, last);
}

void HybridClock::rebase(qint64 offsetMs, const HlcStamp &floor)
{
    m_offsetMs = offsetMs;
    m_last = floor;
}

} // namespace homevisit
