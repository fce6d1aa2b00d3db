#include "httprules.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace homevisit::gateway::http_rules {

namespace {

bool forbiddenByte(unsigned char c)
{
    return (c < 0x20 && c != '\t' && c != '\r' && c != '\n') || c == 0x7f;
}

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

std::string_view trim(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::string percentDecode(std::string_view text, bool plusIsSpace)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 &&
            hexValue(text[i + 2]) >= 0) {
            out += char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            out += plusIsSpace && c == '+' ? ' ' : c;
        }
    }
    return out;
}

} // namespace

HeaderBlock checkHeaderBlock(std::string_view received, std::size_t maxBytes, int maxHeaders,
                             std::size_t *length)
{
    const std::size_t end = received.find("\r\n\r\n");
    const std::size_t blockLength = end == std::string_view::npos ? received.size() : end + 4;
    const std::string_view block = received.substr(0, std::min(blockLength, maxBytes + 1));
    int lines = 0;
    for (std::size_t i = 0; i < block.size(); ++i) {
        const unsigned char c = block[i];
        if (forbiddenByte(c))
            return HeaderBlock::Forbidden;
        if (c != '\n')
            continue;
        if (i == 0 || block[i - 1] != '\r')
            return HeaderBlock::Forbidden; // a bare LF ends no line in HTTP/1.1
        // A header line that starts with a space or tab continues the one before it
        // (obs-fold, RFC 9112 5.2): refused, as two readers may join it differently.
        if (i + 1 < block.size() && (block[i + 1] == ' ' || block[i + 1] == '\t'))
            return HeaderBlock::Forbidden;
        ++lines;
    }
    // lines counts the request line, every header line and the empty line.
    if (lines - 2 > maxHeaders)
        return HeaderBlock::TooMany;
    if (blockLength > maxBytes)
        return HeaderBlock::TooLarge;
    if (end == std::string_view::npos)
        return HeaderBlock::Incomplete;
    *length = blockLength;
    return HeaderBlock::Complete;
}

namespace {
// "<mediaType>" or "<mediaType>; charset=utf-8", case-insensitive.
bool isUtf8ContentType(std::string_view value, std::string_view mediaType)
{
    const std::string text = lower(value);
    const std::size_t semicolon = text.find(';');
    if (trim(std::string_view(text).substr(0, semicolon)) != mediaType)
        return false;
    if (semicolon == std::string::npos)
        return true;
    std::string_view parameter = trim(std::string_view(text).substr(semicolon + 1));
    if (parameter.empty())
        return true;
    if (parameter.substr(0, 8) != "charset=")
        return false;
    parameter.remove_prefix(8);
    return parameter == "utf-8" || parameter == "\"utf-8\"";
}
} // namespace

bool isJsonContentType(std::string_view value)
{
    return isUtf8ContentType(value, "application/json");
}

bool isJsonLinesContentType(std::string_view value)
{
    return isUtf8ContentType(value, "application/x-ndjson") ||
           isUtf8ContentType(value, "application/jsonl");
}

std::string targetPath(std::string_view target)
{
    return percentDecode(target.substr(0, target.find('?')), false);
}

std::string queryValue(std::string_view target, std::string_view key)
{
    const std::size_t question = target.find('?');
    if (question == std::string_view::npos)
        return {};
    std::string_view query = target.substr(question + 1);
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        const std::size_t equals = pair.find('=');
        if (percentDecode(pair.substr(0, equals), true) == key)
            return equals == std::string_view::npos ? std::string()
                                                    : percentDecode(pair.substr(equals + 1), true);
        if (amp == std::string_view::npos)
            break;
        query.remove_prefix(amp + 1);
    }
    return {};
}

QString endpointLabel(std::string_view path)
{
    static const char *const Known[] = {"/v1/enroll", "/v1/token",  "/v1/push", "/v1/pull",
                                        "/v1/health", "/v1/export", "/metrics"};
    for (const char *known : Known) {
        if (path == known)
            return QString::fromLatin1(known);
    }
    if (path.substr(0, 10) == "/v1/admin/")
        return QStringLiteral("/v1/admin");
    if (path == "/v1/devices" || path.substr(0, 12) == "/v1/devices/")
        return QStringLiteral("/v1/devices");
    return QStringLiteral("other");
}

std::variant<QByteArray, InflateFailure> inflateCapped(std::string_view data, std::size_t maxOutput)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK) // gzip wrapper only
        return InflateFailure::NotGzip;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    QByteArray out;
    std::array<Bytef, 64 * 1024> buffer;
    std::optional<InflateFailure> failure;
    for (;;) {
        stream.next_out = buffer.data();
        stream.avail_out = uInt(buffer.size());
        const int rc = inflate(&stream, Z_NO_FLUSH);
        const std::size_t produced = buffer.size() - stream.avail_out;
        // Stop at the cap before holding more: a zip bomb never gets to allocate.
        if (std::size_t(out.size()) + produced > maxOutput) {
            failure = InflateFailure::TooLarge;
            break;
        }
        out.append(reinterpret_cast<const char *>(buffer.data()), qsizetype(produced));
        if (rc == Z_STREAM_END) {
            if (stream.avail_in != 0) // bytes after the stream: not one gzip body
                failure = InflateFailure::NotGzip;
            break;
        }
        if (rc != Z_OK) { // truncated or corrupt
            failure = InflateFailure::NotGzip;
            break;
        }
    }
    inflateEnd(&stream);
    if (failure)
        return *failure;
    return out;
}

} // namespace homevisit::gateway::http_rules
