// A hybrid logical clock (Kulkarni et al. 2014): stamps that follow wall time when it
// behaves and never go backwards when it does not, so a tablet whose clock is a day
// wrong or steps back cannot reorder its own journal.
#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace homevisit {

struct HlcStamp
{
    qint64 physicalMs = 0;
    quint32 logical = 0;

    // Fixed-width text that sorts like the stamp: "0001732095600000.000000".
    QString toString() const;
    static std::optional<HlcStamp> fromString(const QString &text);
    auto operator<=>(const HlcStamp &) const = default;
};

class HybridClock
{
public:
    using WallClock = std::function<qint64()>;
    explicit HybridClock(WallClock wall);

    HlcStamp now();                       // a local event
    void observe(const HlcStamp &remote); // a stamp received from elsewhere
    void restore(const HlcStamp &last);   // after a restart: never go below this
    HlcStamp last() const { return m_last; }

private:
    WallClock m_wall;
    HlcStamp m_last;
};

} // namespace homevisit
