// The JSON names of the domain's enumerations. They are the storage and wire
// format, so each table lists the names in enumerator order and a name, once
// stored, never changes meaning.
#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>

namespace homevisit::domain {

// Specialised next to each enumeration with
//   static constexpr std::array<const char *, N> names{...};  // in enumerator order
template <typename Enum> struct WireNames;

template <typename Enum> QString wireName(Enum value)
{
    return QString::fromLatin1(WireNames<Enum>::names[static_cast<std::size_t>(value)]);
}

template <typename Enum> std::optional<Enum> fromWireName(QStringView name)
{
    const auto &names = WireNames<Enum>::names;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (name == QLatin1String(names[i]))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

} // namespace homevisit::domain
