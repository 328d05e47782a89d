#include "TenantLogRecord.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cstdlib>

namespace {

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

QString firstNonEmpty(std::initializer_list<QString> values)
{
    for (const QString &v : values) {
        if (!v.isEmpty())
            return v;
    }
    return {};
}

QString executionIdOf(const QJsonObject &details)
{
    if (const QString direct = text(details.value(QLatin1String("execution_id")));
        !direct.isEmpty())
        return direct;
    // Observed on send events (not in Auth0's schema): details.actions.executions[] of ids or
    // of objects with an id.
    const QJsonArray runs = details.value(QLatin1String("actions"))
                                .toObject()
                                .value(QLatin1String("executions"))
                                .toArray();
    for (const QJsonValue &run : runs) {
        const QString id
            = run.isObject() ? text(run.toObject().value(QLatin1String("id"))) : text(run);
        if (!id.isEmpty())
            return id;
    }
    return {};
}

QString digitsOnly(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (c.isDigit())
            out += c;
    }
    return out;
}

} // namespace

TenantLogRecord TenantLogRecord::fromEvent(const TenantLogEvent &e, const QString &profile)
{
    TenantLogRecord r;
    r.logId = e.logId;
    r.profile = profile;
    r.at = e.date.toUTC();
    r.type = e.type;
    r.description = e.description;
    r.userId = e.userId;
    r.userName = e.userName;
    r.clientName = e.clientName;
    r.raw = e.raw;
    const QJsonObject &d = e.details;
    const auto phoneOf = [&d](const char *part) {
        return text(d.value(QLatin1String(part)).toObject().value(QLatin1String("phone_number")));
    };
    r.recipient
        = firstNonEmpty({text(d.value(QLatin1String("to"))), phoneOf("authenticator"),
                         phoneOf("enrollment"), text(d.value(QLatin1String("phone_number")))})
              .trimmed();
    r.executionId = executionIdOf(d);
    for (const char *part : {"failure_details", "provider_error"}) {
        const QJsonObject f = d.value(QLatin1String(part)).toObject();
        if (r.failureCode.isEmpty())
            r.failureCode = text(f.value(QLatin1String("errorCode")));
        if (r.failureMessage.isEmpty())
            r.failureMessage = text(f.value(QLatin1String("message")));
    }
    r.code = firstNonEmpty(
        {text(d.value(QLatin1String("code"))), text(d.value(QLatin1String("otp")))});
    return r;
}

const QStringList &TenantLogRecord::sendTypes()
{
    static const QStringList types {
        QStringLiteral("gd_send_sms"), QStringLiteral("gd_send_sms_failure"),
        QStringLiteral("gd_send_voice"), QStringLiteral("gd_send_voice_failure")};
    return types;
}

const QStringList &TenantLogRecord::syncedTypes()
{
    static const QStringList types = sendTypes()
        + QStringList {QStringLiteral("gd_start_auth"),
                       QStringLiteral("gd_auth_succeed"),
                       QStringLiteral("gd_auth_failed"),
                       QStringLiteral("gd_start_enroll"),
                       QStringLiteral("gd_start_enroll_failed"),
                       QStringLiteral("gd_enrollment_complete"),
                       QStringLiteral("gd_otp_rate_limit_exceed"),
                       QStringLiteral("limit_phone"),
                       QStringLiteral("actions_execution_failed")};
    return types;
}

bool TenantLogRecord::isFailure() const
{
    return type.endsWith(QLatin1String("_failure")) || type.endsWith(QLatin1String("_failed"))
        || type == QLatin1String("actions_execution_failed")
        || type == QLatin1String("gd_otp_rate_limit_exceed")
        || type == QLatin1String("limit_phone");
}

QString TenantLogRecord::searchQuery(const QDate &since)
{
    QStringList terms;
    for (const QString &t : syncedTypes())
        terms << QStringLiteral("type:%1").arg(t);
    return QStringLiteral("(%1) AND date:[%2 TO *]")
        .arg(terms.join(QStringLiteral(" OR ")), since.toString(Qt::ISODate));
}

QString TenantLogRecord::typeText(const QString &type)
{
    if (type == QLatin1String("gd_send_sms"))
        return tr("MFA SMS sent");
    if (type == QLatin1String("gd_send_sms_failure"))
        return tr("MFA SMS failed");
    if (type == QLatin1String("gd_send_voice"))
        return tr("MFA voice call made");
    if (type == QLatin1String("gd_send_voice_failure"))
        return tr("MFA voice call failed");
    if (type == QLatin1String("gd_start_auth"))
        return tr("MFA challenge started");
    if (type == QLatin1String("gd_auth_succeed"))
        return tr("MFA code accepted");
    if (type == QLatin1String("gd_auth_failed"))
        return tr("MFA code refused");
    if (type == QLatin1String("gd_start_enroll"))
        return tr("MFA enrolment started");
    if (type == QLatin1String("gd_start_enroll_failed"))
        return tr("MFA enrolment failed to start");
    if (type == QLatin1String("gd_enrollment_complete"))
        return tr("MFA enrolment complete");
    if (type == QLatin1String("gd_otp_rate_limit_exceed"))
        return tr("Too many MFA attempts");
    if (type == QLatin1String("limit_phone"))
        return tr("Phone messages rate-limited");
    if (type == QLatin1String("actions_execution_failed"))
        return tr("Action failed");
    return type;
}

QString TenantLogRecord::matchName(Match m)
{
    switch (m) {
    case Match::Sid:
        return QStringLiteral("sid");
    case Match::Fuzzy:
        return QStringLiteral("fuzzy");
    case Match::None:
        break;
    }
    return QString();
}

TenantLogRecord::Match TenantLogRecord::matchFromName(const QString &name)
{
    if (name == QLatin1String("sid"))
        return Match::Sid;
    if (name == QLatin1String("fuzzy"))
        return Match::Fuzzy;
    return Match::None;
}

QString TenantLogMatch::visibleTail(const QString &recipient)
{
    static const QRegularExpression mask(QStringLiteral("[Xx*•]"));
    const qsizetype last = recipient.lastIndexOf(mask);
    if (last < 0)
        return {};
    return digitsOnly(recipient.mid(last + 1));
}

bool TenantLogMatch::recipientMatches(const QString &eventRecipient, const QString &attemptTo)
{
    if (eventRecipient.isEmpty() || attemptTo.isEmpty())
        return false;
    const QString tail = visibleTail(eventRecipient);
    if (!tail.isEmpty())
        return tail.size() >= 2 && digitsOnly(attemptTo).endsWith(tail);
    const QString wanted = digitsOnly(eventRecipient);
    return !wanted.isEmpty() && wanted == digitsOnly(attemptTo);
}

std::optional<qint64> TenantLogMatch::pick(const TenantLogRecord &event,
                                           const QList<Candidate> &candidates)
{
    if (!event.isSend() || !event.at.isValid())
        return std::nullopt;
    const qint64 t = event.at.toMSecsSinceEpoch();
    std::optional<qint64> best;
    bool bestHasCode = false;
    qint64 bestDistance = 0;
    for (const Candidate &c : candidates) {
        if (!recipientMatches(event.recipient, c.to) || !c.createdAt.isValid())
            continue;
        const qint64 dt = c.createdAt.toMSecsSinceEpoch() - t;
        if (dt < -BeforeMs || dt > AfterMs)
            continue;
        // The code in the body is the strongest sign; masked bodies (CodeMask) do not carry it.
        const bool hasCode = !event.code.isEmpty() && c.body.contains(event.code);
        const qint64 distance = std::llabs(dt);
        if (!best || (hasCode && !bestHasCode)
            || (hasCode == bestHasCode && distance < bestDistance)) {
            best = c.id;
            bestHasCode = hasCode;
            bestDistance = distance;
        }
    }
    return best;
}
