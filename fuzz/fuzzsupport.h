// Shared by every fuzz target: the entry point's signature, an invariant check that
// stops the run with a message (libFuzzer saves the input; the regression replay
// fails), and the round-trip checks the protocol targets apply to each decoder.
#pragma once

#include "sync/protocol/protocol.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <variant>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace homevisit::fuzz {

// An invariant beyond "no crash": abort() so libFuzzer reports it like a crash.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    // A deep copy: QByteArray::fromRawData would let Qt read past size if it assumed
    // a terminating NUL, which the fuzzer's buffer does not have.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The error codes strict decoding answers with (docs/sync-protocol.md).
inline bool isDecodeErrorCode(const QString &code)
{
    return code == u"malformed_json" || code == u"body_too_large" || code == u"unknown_field" ||
           code == u"missing_field" || code == u"wrong_type" || code == u"invalid_value";
}

// RFC 8259 JSON has no raw control characters: none inside a string (they must be
// escaped), and outside strings only tab, newline and carriage return as whitespace.
// Written apart from the decoder's own check, as the oracle it is tested against.
inline bool hasRawControlCharacters(const QByteArray &json)
{
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto byte = static_cast<unsigned char>(json[i]);
        if (byte < 0x20 && (inString || (byte != '\t' && byte != '\n' && byte != '\r')))
            return true;
        if (inString && byte == '\\')
            ++i; // the escaped character cannot end the string
        else if (byte == '"')
            inString = !inString;
    }
    return false;
}

// A refusal is one the gateway can send and the client read back unchanged.
inline void checkRefusal(const sync::ProtocolError &error)
{
    FUZZ_CHECK(isDecodeErrorCode(error.code));
    FUZZ_CHECK(error.httpStatus == 400 || error.httpStatus == 413);
    FUZZ_CHECK(!error.message.isEmpty());
    const auto echoed = sync::ProtocolError::fromBody(error.httpStatus, error.toBody());
    FUZZ_CHECK(echoed.has_value() && *echoed == error);
}

// What one end accepts, the other end's encoding of it decodes to the same value, and
// that encoding is stable (encode(decode(encode(v))) == encode(v)). Returns what the
// input decoded to, if anything.
template <typename T>
void checkEncodingRoundTrip(const T &value, sync::Decoded<T> (*decode)(const QByteArray &))
{
    const QByteArray encoded = sync::encode(value);
    const sync::Decoded<T> again = decode(encoded);
    FUZZ_CHECK(std::holds_alternative<T>(again));
    FUZZ_CHECK(std::get<T>(again) == value);
    FUZZ_CHECK(sync::encode(std::get<T>(again)) == encoded);
}

// Decodes input; a refusal must be one the client can read back, an accepted value
// must be valid JSON. Returns what the input decoded to, if anything.
template <typename T>
std::optional<T> checkDecoding(const QByteArray &input,
                               sync::Decoded<T> (*decode)(const QByteArray &))
{
    const sync::Decoded<T> decoded = decode(input);
    if (const auto *error = std::get_if<sync::ProtocolError>(&decoded)) {
        checkRefusal(*error);
        return std::nullopt;
    }
    FUZZ_CHECK(!hasRawControlCharacters(input)); // only valid JSON is accepted
    return std::get<T>(decoded);
}

template <typename T>
std::optional<T> checkRoundTrip(const QByteArray &input,
                                sync::Decoded<T> (*decode)(const QByteArray &))
{
    std::optional<T> value = checkDecoding(input, decode);
    if (value)
        checkEncodingRoundTrip(*value, decode);
    return value;
}

} // namespace homevisit::fuzz
