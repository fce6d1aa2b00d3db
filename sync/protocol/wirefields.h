// Private to the protocol library: names and limits shared by encoding and decoding.
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace homevisit::sync::wire {

constexpr qint64 MaxRevision = 2147483647;  // 2^31 - 1
constexpr qint64 MaxSeq = 9007199254740991; // 2^53 - 1: exact in every JSON parser
constexpr int MaxCredentialChars = 64;
constexpr int MaxDeviceNameChars = 100;
constexpr int MaxMunicipalityChars = 100;
constexpr int MaxDisplayNameChars = 200;
constexpr int MaxAccessExpiresIn = 24 * 60 * 60;
constexpr int MaxCursorChars = 256;

// Characters as the doc counts them: Unicode code points, so an emoji counts as one.
qsizetype codePoints(QStringView text);

bool isRecordKind(QStringView name);   // child_visit | supervision_session | amendment | review
bool isRecordStatus(QStringView name); // draft | signed

} // namespace homevisit::sync::wire
