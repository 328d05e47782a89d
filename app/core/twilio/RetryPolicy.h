#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

// When and how often TwilioClient tries a request again. The rules on what may be retried (never a
// POST that may have reached Twilio) live in TwilioClient; this is only the arithmetic.
struct RetryPolicy
{
    int maxAttempts = 3; // including the first
    int initialBackoffMs = 500; // doubled on every retry
    int maxBackoffMs = 8000;
    int maxRetryAfterMs = 30000; // a longer Retry-After is clamped to this

    // Delay before attempt number `attempt + 1` after `attempt` failed (attempt counts from 1).
    int backoffMs(int attempt) const;
    // The wait for a 429: Retry-After when readable, clamped to [0, maxRetryAfterMs]; exponential
    // backoff when absent or unreadable.
    int retryAfterDelayMs(const QByteArray &retryAfter, const QDateTime &nowUtc, int attempt) const;

    // Retry-After as delay-seconds ("120", decimals tolerated) or an HTTP date ("Wed, 21 Oct
    // 2015 07:28:00 GMT"), in ms from nowUtc; negative results become 0. nullopt if unreadable.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);
};
