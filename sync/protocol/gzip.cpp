// gzip (RFC 1952) through zlib: windowBits 15 + 16 selects the gzip wrapper.
#include "sync/protocol/protocol.h"

#include <zlib.h>

#include <array>

namespace homevisit::sync {

namespace {
constexpr qsizetype Chunk = 64 * 1024;

Bytef *bytes(const QByteArray &data)
{
    // zlib's next_in is not const-qualified but never written through.
    return reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
}
} // namespace

QByteArray gzipCompress(const QByteArray &data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        return {};
    stream.next_in = bytes(data);
    stream.avail_in = uInt(data.size());
    QByteArray out;
    std::array<Bytef, Chunk> buffer;
    int rc = Z_OK;
    while (rc == Z_OK) {
        stream.next_out = buffer.data();
        stream.avail_out = uInt(buffer.size());
        rc = deflate(&stream, Z_FINISH);
        out.append(reinterpret_cast<const char *>(buffer.data()),
                   qsizetype(buffer.size() - stream.avail_out));
    }
    deflateEnd(&stream);
    return rc == Z_STREAM_END ? out : QByteArray();
}

std::optional<QByteArray> gzipDecompress(const QByteArray &data, qsizetype maxOutput)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return std::nullopt;
    stream.next_in = bytes(data);
    stream.avail_in = uInt(data.size());
    QByteArray out;
    std::array<Bytef, Chunk> buffer;
    bool ok = false;
    for (;;) {
        stream.next_out = buffer.data();
        stream.avail_out = uInt(buffer.size());
        const int rc = inflate(&stream, Z_NO_FLUSH);
        const qsizetype produced = qsizetype(buffer.size() - stream.avail_out);
        // Stop at the cap, before holding more: a zip bomb never gets to allocate.
        if (out.size() + produced > maxOutput)
            break;
        out.append(reinterpret_cast<const char *>(buffer.data()), produced);
        if (rc == Z_STREAM_END) {
            ok = stream.avail_in == 0; // trailing bytes after the stream: not one gzip body
            break;
        }
        if (rc != Z_OK) // Z_BUF_ERROR here means truncated input; the rest are corruption
            break;
    }
    inflateEnd(&stream);
    return ok ? std::optional<QByteArray>(out) : std::nullopt;
}

} // namespace homevisit::sync
