#include "TwilioTypes.h"

bool Message::isFinalStatus(const QString &status)
{
    // `read` is WhatsApp's receipt; `canceled` applies to scheduled messages.
    static const QStringList finals
        = {QStringLiteral("delivered"), QStringLiteral("undelivered"), QStringLiteral("failed"),
           QStringLiteral("canceled"), QStringLiteral("read")};
    return finals.contains(status);
}
