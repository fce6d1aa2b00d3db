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

HlcStamp HybridClock::now()
{
    const qint64 wall = m_wall();
    if (wall > m_last.physicalMs)
        m_last = {wall, 0};
    else
        ++m_last.logical;
    return m_last;
}

void HybridClock::observe(const HlcStamp &remote)
{
    const qint64 wall = m_wall();
    const qint64 physical = std::max({wall, m_last.physicalMs, remote.physicalMs});
    quint32 logical = 0;
    if (physical == m_last.physicalMs && physical == remote.physicalMs)
        logical = std::max(m_last.logical, remote.logical) + 1;
    else if (physical == m_last.physicalMs)
        logical = m_last.logical + 1;
    else if (physical == remote.physicalMs)
        logical = remote.logical + 1;
    m_last = {physical, logical};
}

void HybridClock::restore(const HlcStamp &last)
{
    m_last = std::max(m_last, last);
}

} // namespace homevisit
