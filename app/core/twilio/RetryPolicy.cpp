#include "RetryPolicy.h"

#include <algorithm>
#include <cmath>

int RetryPolicy::backoffMs(int attempt) const
{
    const int exponent = std::clamp(attempt - 1, 0, 20);
    const qint64 delay = qint64(initialBackoffMs) << exponent;
    return int(std::clamp<qint64>(delay, 0, maxBackoffMs));
}

int RetryPolicy::retryAfterDelayMs(const QByteArray &retryAfter, const QDateTime &nowUtc,
                                   int attempt) const
{
    const std::optional<qint64> ms = parseRetryAfter(retryAfter, nowUtc);
    if (!ms)
        return backoffMs(attempt);
    return int(std::clamp<qint64>(*ms, 0, maxRetryAfterMs));
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty() || v.size() > 64)
        return std::nullopt;
    bool ok = false;
    const double seconds = v.toDouble(&ok);
    if (ok) {
        if (!std::isfinite(seconds))
            return std::nullopt;
        // Cap before converting so that absurd values cannot overflow.
        return qint64(std::clamp(seconds, 0.0, 86400.0 * 365) * 1000.0);
    }
    // HTTP dates end in "GMT", which Qt's RFC 2822 parser does not take; it means +0000.
    QString text = QString::fromLatin1(v);
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.left(text.size() - 4) + QStringLiteral(" +0000");
    const QDateTime date = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!date.isValid())
        return std::nullopt;
    return std::max<qint64>(0, nowUtc.msecsTo(date));
}
