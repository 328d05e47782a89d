#pragma once

// What the fuzz targets share: an application object for the parts of the core that expect one,
// the two ways raw bytes become text, and a check that stops the run (libFuzzer then saves the
// input that broke the property).

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", #condition, __FILE__,          \
                         __LINE__);                                                                \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace Fuzz {

// Translations and QJSEngine look for the application; one lives for the whole run.
inline void initApplication()
{
    static int argc = 1;
    static char name[] = "smshook-fuzz";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // reachable until exit, never a leak
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Text as a user or a server sends it: UTF-8, with invalid sequences replaced.
inline QString utf8(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Text as an editor may hold it: any UTF-16 units, lone surrogates included.
inline QString utf16(const uint8_t *data, size_t size)
{
    QString text;
    text.reserve(qsizetype(size / 2));
    for (size_t i = 0; i + 1 < size; i += 2)
        text.append(QChar(char16_t(data[i] | (data[i + 1] << 8))));
    return text;
}

// The first byte chooses how the rest is read: even as UTF-8, odd as UTF-16.
inline QString text(const uint8_t *data, size_t size, uint8_t selector)
{
    return (selector & 1) ? utf16(data, size) : utf8(data, size);
}

} // namespace Fuzz
