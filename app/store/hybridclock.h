// A hybrid logical clock (Kulkarni et al. 2014): stamps that follow wall time when it
// behaves and never go backwards when it does not, so a tablet whose clock is a day
// wrong or steps back cannot reorder its own journal.
//
// Two bounds keep one bad stamp from stopping sync (docs/sync-protocol.md, "Clock
// stamps"): a stamp observed from elsewhere moves this clock at most MaxAheadMs ahead
// of the wall clock (further is ignored: the server refuses stamps that far in its
// future), and the logical counter never outgrows its six digits (it carries into the
// millisecond instead).
#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace homevisit {

struct HlcStamp
{
    qint64 physicalMs = 0;
    quint32 logical = 0;

    static constexpr quint32 MaxLogical = 999'999;                 // six digits
    static constexpr qint64 MaxPhysicalMs = 9'999'999'999'999'999; // sixteen digits

    // Fixed-width text that sorts like the stamp: "0001732095600000.000000".
    QString toString() const;
    static std::optional<HlcStamp> fromString(const QString &text);
    auto operator<=>(const HlcStamp &) const = default;
};

class HybridClock
{
public:
    using WallClock = std::function<qint64()>;
    // The gateway refuses a stamp further than this ahead of its own clock.
    static constexpr qint64 MaxAheadMs = 10 * 60 * 1000;

    explicit HybridClock(WallClock wall);

    HlcStamp now(); // a local event
    // A stamp received from elsewhere. Returns false (and changes nothing) when it is
    // more than MaxAheadMs ahead of this clock's wall time.
    bool observe(const HlcStamp &remote);
    void restore(const HlcStamp &last); // after a restart: never go below this
    // The server said this clock runs ahead of it: from now on wall time is read with
    // `offsetMs` added, and the clock restarts at `floor` (the only step backwards).
    void rebase(qint64 offsetMs, const HlcStamp &floor);
    void setOffset(qint64 offsetMs) { m_offsetMs = offsetMs; }
    qint64 offset() const { return m_offsetMs; }
    qint64 wallNow() const { return m_wall() + m_offsetMs; }
    HlcStamp last() const { return m_last; }

private:
    static HlcStamp next(qint64 physical, quint32 logical);

    WallClock m_wall;
    qint64 m_offsetMs = 0;
    HlcStamp m_last;
};

} // namespace homevisit
