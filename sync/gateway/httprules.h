// The HTTP layer's rules that need no socket: what a request's header block may hold,
// which Content-Type a JSON body may carry, the request target's path and query, the
// endpoint label for metrics, and inflating a gzip body with a cap.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace homevisit::gateway::http_rules {

enum class HeaderBlock
{
    Incomplete, // no empty line yet, still within the size limit: read more
    Complete,   // ends with CRLF CRLF, within every limit, no forbidden byte
    TooLarge,   // more bytes than allowed before the empty line: 431
    TooMany,    // more header lines than allowed: 431
    Forbidden,  // a control character, a bare LF or an obs-fold line: 400
};

// Looks at the bytes received so far; *length is set to the block's length (up to and
// including the empty line) when Complete.
HeaderBlock checkHeaderBlock(std::string_view received, std::size_t maxBytes, int maxHeaders,
                             std::size_t *length);

// "application/json", optionally with "charset=utf-8" (any case, optional quotes).
bool isJsonContentType(std::string_view value);
// The same for JSON Lines (application/x-ndjson or application/jsonl): caseload snapshots.
bool isJsonLinesContentType(std::string_view value);

// The percent-decoded path of a request target ("/v1/pull?cursor=x" -> "/v1/pull").
std::string targetPath(std::string_view target);
// The first value of a query parameter, percent-decoded ('+' is a space), or "".
std::string queryValue(std::string_view target, std::string_view key);

// One label per endpoint; admin paths hold ids, so they share one.
QString endpointLabel(std::string_view path);

// A gzip body inflated to at most maxOutput bytes; otherwise why not.
enum class InflateFailure
{
    NotGzip,
    TooLarge
};
std::variant<QByteArray, InflateFailure> inflateCapped(std::string_view data,
                                                       std::size_t maxOutput);

} // namespace homevisit::gateway::http_rules
