// Key material that is locked in RAM (no swap) and zeroed when it goes away.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <stdexcept>
#include <utility>

#include <sodium.h>

namespace homevisit {

class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size) : m_size(size)
    {
        if (sodium_init() < 0)
            throw std::runtime_error("libsodium failed to initialise");
        // sodium_malloc guards the pages and mlocks them, so keys never reach swap.
        m_data = static_cast<unsigned char *>(sodium_malloc(size ? size : 1));
        if (!m_data)
            throw std::bad_alloc();
    }
    // Copies then wipes the source: QByteArray buffers must not keep secrets around.
    static SecureBytes takeFrom(QByteArray &source)
    {
        SecureBytes out(std::size_t(source.size()));
        std::copy(source.cbegin(), source.cend(), out.m_data);
        sodium_memzero(source.data(), std::size_t(source.size()));
        source.clear();
        return out;
    }
    static SecureBytes copyOf(QByteArrayView source)
    {
        SecureBytes out(std::size_t(source.size()));
        std::copy(source.begin(), source.end(), out.m_data);
        return out;
    }
    ~SecureBytes() { reset(); }
    SecureBytes(SecureBytes &&other) noexcept
        : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
    {}
    SecureBytes &operator=(SecureBytes &&other) noexcept
    {
        if (this != &other) {
            reset();
            m_data = std::exchange(other.m_data, nullptr);
            m_size = std::exchange(other.m_size, 0);
        }
        return *this;
    }
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0 || !m_data; }
    QByteArrayView view() const
    {
        return QByteArrayView(reinterpret_cast<const char *>(m_data), qsizetype(m_size));
    }

    void reset()
    {
        if (m_data)
            sodium_free(m_data); // zeroes before freeing
        m_data = nullptr;
        m_size = 0;
    }

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace homevisit
