#pragma once

#include "Auth0Types.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// Auth0's JSON answers -> value types. Pure functions over JSON that Auth0Reply has already read
// and checked to be JSON (an answer that is not is an InvalidResponse error there). Lenient, as
// Auth0 adds fields over time: an absent field keeps the type's default, an unknown one is
// ignored. Dates are ISO 8601 ("2026-11-30T10:00:00.000Z"), always returned as UTC.
namespace Auth0Parser {

// /oauth/token: {"access_token","expires_in","scope","token_type"}. nowUtc stamps obtainedAt and
// expiresAt. nullopt when access_token or expires_in is missing.
std::optional<Auth0Token> token(const QJsonObject &o, const QDateTime &nowUtc);

TenantSettings tenantSettings(const QJsonObject &o);

Action action(const QJsonObject &o);
ActionVersion actionVersion(const QJsonObject &o);
ActionList actionList(const QJsonObject &o); // {total,page,per_page,actions:[...]}
ActionVersionList actionVersionList(const QJsonObject &o); // {..., versions:[...]}
QList<ActionTrigger> triggers(const QJsonObject &o); // {triggers:[...]}
TriggerBindingList triggerBindings(const QJsonObject &o); // {..., bindings:[...]}
ActionExecution execution(const QJsonObject &o);
// POST /actions/actions/{id}/test answers {"payload": {...}}: the payload.
QJsonObject testPayload(const QJsonObject &o);

QList<GuardianFactor> guardianFactors(const QJsonArray &a);
QStringList phoneMessageTypes(const QJsonObject &o); // {message_types:[...]}
QString phoneSelectedProvider(const QJsonObject &o); // {provider}

PhoneProvider phoneProvider(const QJsonObject &o);
QList<PhoneProvider> phoneProviders(const QJsonObject &o); // {providers:[...]}
PhoneProviderTryResult phoneProviderTry(const QJsonObject &o);

QList<Hook> hooks(const QJsonArray &a);
Hook hook(const QJsonObject &o);

TenantLogEvent logEvent(const QJsonObject &o);
// The events of a GET /logs answer: a JSON array in both modes (no totals requested).
QList<TenantLogEvent> logEvents(const QJsonArray &a);

QDateTime parseDate(const QString &text);

} // namespace Auth0Parser
