// How the tenant sends phone messages: tenant settings (phone_consolidated_experience), Guardian's
// factors and legacy phone set-up, and the Unified Phone Experience's phone providers.

#include "sandbox/Auth0SandboxPrivate.h"

#include <QMetaObject>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Auth0SandboxReply;
using namespace Auth0SandboxState;
using Reply = Auth0SandboxReply::Reply;

namespace {

const QStringList ReadFactors {u"read:guardian_factors"_s};
const QStringList UpdateFactors {u"update:guardian_factors"_s};
const QStringList ReadProviders {u"read:phone_providers"_s};
const QStringList CreateProviders {u"create:phone_providers"_s};
const QStringList UpdateProviders {u"update:phone_providers"_s};
const QStringList DeleteProviders {u"delete:phone_providers"_s};

// The keys PATCH /tenants/settings takes (its schema has additionalProperties: false).
const QStringList &settingsKeys()
{
    static const QStringList keys {u"acr_values_supported"_s,
                                   u"allow_organization_name_in_authentication_api"_s,
                                   u"allowed_logout_urls"_s,
                                   u"authorization_response_iss_parameter_supported"_s,
                                   u"change_password"_s,
                                   u"client_id_metadata_document_supported"_s,
                                   u"country_codes"_s,
                                   u"customize_mfa_in_postlogin_action"_s,
                                   u"default_audience"_s,
                                   u"default_directory"_s,
                                   u"default_redirection_uri"_s,
                                   u"default_token_quota"_s,
                                   u"device_flow"_s,
                                   u"dynamic_client_registration_security_mode"_s,
                                   u"enable_ai_guide"_s,
                                   u"enabled_locales"_s,
                                   u"ephemeral_session_lifetime"_s,
                                   u"ephemeral_session_lifetime_in_minutes"_s,
                                   u"error_page"_s,
                                   u"flags"_s,
                                   u"friendly_name"_s,
                                   u"guardian_mfa_page"_s,
                                   u"idle_ephemeral_session_lifetime"_s,
                                   u"idle_ephemeral_session_lifetime_in_minutes"_s,
                                   u"idle_session_lifetime"_s,
                                   u"idle_session_lifetime_in_minutes"_s,
                                   u"include_session_metadata_in_tenant_logs"_s,
                                   u"legacy_sandbox_version"_s,
                                   u"mtls"_s,
                                   u"oidc_logout"_s,
                                   u"phone_consolidated_experience"_s,
                                   u"picture_url"_s,
                                   u"pushed_authorization_requests_supported"_s,
                                   u"resource_parameter_profile"_s,
                                   u"sandbox_version"_s,
                                   u"security_headers"_s,
                                   u"session_cookie"_s,
                                   u"session_lifetime"_s,
                                   u"session_lifetime_in_minutes"_s,
                                   u"sessions"_s,
                                   u"skip_non_verifiable_callback_uri_confirmation_prompt"_s,
                                   u"support_email"_s,
                                   u"support_url"_s};
    return keys;
}

Reply providerNotFound()
{
    return notFound(u"Phone provider has not been configured."_s);
}

bool isE164(const QString &number)
{
    static const QRegularExpression e164(u"^\\+[1-9][0-9]{1,14}$"_s);
    return e164.match(number).hasMatch();
}

// Auth0 documents this errorCode (sic: "email") for a custom phone provider without a deployed
// custom-phone-provider Action; the status and the message are the sandbox's.
Reply noDeployedProviderAction()
{
    return apiError(400,
                    u"A custom phone provider needs a deployed Action for the "
                    "custom-phone-provider trigger."_s,
                    u"custom_email_provider_deployed_action_not_found"_s);
}

} // namespace

std::optional<Reply> Auth0SandboxPrivate::legacyPhoneRefused(const Tenant &t) const
{
    if (!t.isUnified())
        return std::nullopt;
    // Auth0's words under the Unified Phone Experience (Terraform provider issues #1204 and
    // #1580). The errorCode is the one auth0-cli's sources name.
    return apiError(403,
                    u"Insufficient privileges to use this deprecated feature. To handle Phone "
                    "Provider/Templates refer to Tenant Phone Settings"_s,
                    u"legacy_mfa_phone_provider_not_allowed"_s);
}

QJsonObject Auth0SandboxPrivate::providerJson(const Tenant &t, const Provider &p) const
{
    return {{u"id"_s, p.id},
            {u"tenant"_s, t.fixture->name},
            {u"name"_s, p.name},
            {u"channel"_s, u"phone"_s},
            {u"disabled"_s, p.disabled},
            {u"configuration"_s, p.configuration},
            {u"created_at"_s, isoTime(p.createdAt)},
            {u"updated_at"_s, isoTime(p.updatedAt)}};
}

std::optional<Reply> Auth0SandboxPrivate::validateProvider(const Tenant &t, const QJsonObject &body,
                                                           const QString &name, bool create)
{
    Payload p;
    p.allowOnly(body, {u"name"_s, u"disabled"_s, u"configuration"_s, u"credentials"_s});
    if (create)
        p.required(body, {u"name"_s, u"credentials"_s});
    else
        p.minProperties(body, 1);
    p.isOneOf(body.value(u"name"_s), {u"twilio"_s, u"custom"_s}, u"name"_s);
    p.isBool(body.value(u"disabled"_s), u"disabled"_s);
    p.isObject(body.value(u"configuration"_s), u"configuration"_s);
    p.isObject(body.value(u"credentials"_s), u"credentials"_s);
    const QJsonObject configuration = body.value(u"configuration"_s).toObject();
    const QJsonObject credentials = body.value(u"credentials"_s).toObject();
    const QString methods = u"configuration.delivery_methods"_s;
    if (name == u"custom"_s) {
        p.allowOnly(configuration, {u"delivery_methods"_s}, u"configuration"_s);
        if (body.contains(u"configuration"_s))
            p.required(configuration, {u"delivery_methods"_s}, u"configuration"_s);
        p.allowOnly(credentials, {}, u"credentials"_s);
    } else {
        p.allowOnly(configuration, {u"sid"_s, u"delivery_methods"_s, u"default_from"_s, u"mssid"_s},
                    u"configuration"_s);
        if (body.contains(u"configuration"_s) || create)
            p.required(configuration, {u"sid"_s, u"delivery_methods"_s}, u"configuration"_s);
        p.isString(configuration.value(u"sid"_s), u"configuration.sid"_s, 1);
        p.allowOnly(credentials, {u"auth_token"_s}, u"credentials"_s);
        if (body.contains(u"credentials"_s))
            p.required(credentials, {u"auth_token"_s}, u"credentials"_s);
        p.isString(credentials.value(u"auth_token"_s), u"credentials.auth_token"_s, 1, 255);
    }
    p.isArray(configuration.value(u"delivery_methods"_s), methods, 1);
    const QJsonArray list = configuration.value(u"delivery_methods"_s).toArray();
    for (int i = 0; i < list.size(); ++i)
        p.isOneOf(list.at(i), {u"text"_s, u"voice"_s}, Payload::item(methods, i));
    if (!p.ok())
        return p.error();
    if (name == u"twilio"_s && body.contains(u"configuration"_s)
        && !configuration.contains(u"default_from"_s) && !configuration.contains(u"mssid"_s)) {
        // Observed in the Terraform provider's recordings: Twilio without a sender.
        return apiError(400, u"Bad Operation on Notification Resource"_s);
    }
    if (name == u"custom"_s && !hasDeployedAction(t, u"custom-phone-provider"_s))
        return noDeployedProviderAction();
    return std::nullopt;
}

void Auth0SandboxPrivate::addPhoneRoutes()
{
    addRoute("GET", u"/tenants/settings"_s, {u"read:tenant_settings"_s},
             [](Context &c) -> Reply { return ok(c.tenant.settings); });

    addRoute("PATCH", u"/tenants/settings"_s, {u"update:tenant_settings"_s},
             [](Context &c) -> Reply {
                 Payload p;
                 if (!p.isObject(c.json))
                     return p.error();
                 const QJsonObject body = c.json.toObject();
                 p.allowOnly(body, settingsKeys());
                 for (const char *key : {"friendly_name", "support_email", "support_url",
                                         "picture_url", "default_audience", "default_directory"})
                     p.isString(body.value(QLatin1String(key)), QLatin1String(key));
                 p.isBool(body.value(u"phone_consolidated_experience"_s),
                          u"phone_consolidated_experience"_s);
                 p.isArray(body.value(u"enabled_locales"_s), u"enabled_locales"_s, 1);
                 const QJsonArray locales = body.value(u"enabled_locales"_s).toArray();
                 for (int i = 0; i < locales.size(); ++i)
                     p.isString(locales.at(i), Payload::item(u"enabled_locales"_s, i), 2);
                 if (!p.ok())
                     return p.error();
                 for (auto it = body.begin(); it != body.end(); ++it)
                     c.tenant.settings.insert(it.key(), it.value());
                 return ok(c.tenant.settings);
             });

    // Guardian factors.
    addRoute("GET", u"/guardian/factors"_s, ReadFactors, [](Context &c) -> Reply {
        QJsonArray list;
        for (const auto &[name, enabled] : std::as_const(c.tenant.factors))
            list.append(QJsonObject {
                {u"name"_s, name}, {u"enabled"_s, enabled}, {u"trial_expired"_s, false}});
        return ok(list);
    });

    addRoute("PUT", u"/guardian/factors/{}"_s, UpdateFactors, [](Context &c) -> Reply {
        const QString name = c.args.at(0);
        if (!factorNames().contains(name))
            return apiError(400,
                            u"Path validation error: 'No enum match for: \"%1\"' on property "
                            "name."_s.arg(name),
                            u"invalid_uri"_s);
        // Only {enabled}: a provider or message type here is refused (they have their own
        // endpoints).
        Payload p;
        if (!p.isObject(c.json) || !p.allowOnly(c.json.toObject(), {u"enabled"_s})
            || !p.required(c.json.toObject(), {u"enabled"_s})
            || !p.isBool(c.json[u"enabled"_s], u"enabled"_s))
            return p.error();
        const bool enabled = c.json[u"enabled"_s].toBool();
        for (auto &factor : c.tenant.factors) {
            if (factor.first == name)
                factor.second = enabled;
        }
        return ok(QJsonObject {{u"enabled"_s, enabled}});
    });

    // Works in both phone set-ups.
    addRoute("GET", u"/guardian/factors/phone/message-types"_s, ReadFactors,
             [](Context &c) -> Reply {
                 return ok(QJsonObject {
                     {u"message_types"_s, QJsonArray::fromStringList(c.tenant.messageTypes)}});
             });
    addRoute("PUT", u"/guardian/factors/phone/message-types"_s, UpdateFactors,
             [](Context &c) -> Reply {
                 Payload p;
                 p.isObject(c.json);
                 p.allowOnly(c.json.toObject(), {u"message_types"_s});
                 p.required(c.json.toObject(), {u"message_types"_s});
                 p.isArray(c.json[u"message_types"_s], u"message_types"_s);
                 const QJsonArray types = c.json[u"message_types"_s].toArray();
                 for (int i = 0; i < types.size(); ++i)
                     p.isOneOf(types.at(i), {u"sms"_s, u"voice"_s},
                               Payload::item(u"message_types"_s, i));
                 if (!p.ok())
                     return p.error();
                 c.tenant.messageTypes.clear();
                 for (const QJsonValue &v : types)
                     c.tenant.messageTypes << v.toString();
                 return ok(QJsonObject {
                     {u"message_types"_s, QJsonArray::fromStringList(c.tenant.messageTypes)}});
             });

    // The legacy phone set-up, under /phone/ and its older /sms/ name: refused under the Unified
    // Phone Experience.
    const QString legacyPath = u"/guardian/factors/(?:phone|sms)/"_s;
    addRoute("GET", legacyPath + u"selected-provider"_s, ReadFactors, [this](Context &c) -> Reply {
        if (auto refused = legacyPhoneRefused(c.tenant))
            return *refused;
        return ok(QJsonObject {{u"provider"_s, c.tenant.selectedProvider}});
    });
    addRoute(
        "PUT", legacyPath + u"selected-provider"_s, UpdateFactors, [this](Context &c) -> Reply {
            if (auto refused = legacyPhoneRefused(c.tenant))
                return *refused;
            Payload p;
            if (!p.isObject(c.json) || !p.allowOnly(c.json.toObject(), {u"provider"_s})
                || !p.required(c.json.toObject(), {u"provider"_s})
                || !p.isOneOf(c.json[u"provider"_s],
                              {u"auth0"_s, u"twilio"_s, u"phone-message-hook"_s}, u"provider"_s))
                return p.error();
            c.tenant.selectedProvider = c.json[u"provider"_s].toString();
            return ok(QJsonObject {{u"provider"_s, c.tenant.selectedProvider}});
        });
    addRoute("GET", legacyPath + u"templates"_s, ReadFactors, [this](Context &c) -> Reply {
        if (auto refused = legacyPhoneRefused(c.tenant))
            return *refused;
        return ok(c.tenant.phoneTemplates);
    });
    addRoute("PUT", legacyPath + u"templates"_s, UpdateFactors, [this](Context &c) -> Reply {
        if (auto refused = legacyPhoneRefused(c.tenant))
            return *refused;
        const QStringList names {u"enrollment_message"_s, u"verification_message"_s};
        Payload p;
        p.isObject(c.json);
        p.allowOnly(c.json.toObject(), names);
        p.required(c.json.toObject(), names);
        for (const QString &name : names)
            p.isString(c.json[name], name, 1);
        if (!p.ok())
            return p.error();
        c.tenant.phoneTemplates = c.json.toObject();
        return ok(c.tenant.phoneTemplates);
    });
    addRoute("GET", legacyPath + u"providers/twilio"_s, ReadFactors, [this](Context &c) -> Reply {
        if (auto refused = legacyPhoneRefused(c.tenant))
            return *refused;
        return ok(c.tenant.twilioProvider);
    });
    addRoute("PUT", legacyPath + u"providers/twilio"_s, UpdateFactors, [this](Context &c) -> Reply {
        if (auto refused = legacyPhoneRefused(c.tenant))
            return *refused;
        const QStringList names {u"from"_s, u"messaging_service_sid"_s, u"auth_token"_s, u"sid"_s};
        Payload p;
        if (!p.isObject(c.json) || !p.allowOnly(c.json.toObject(), names))
            return p.error();
        for (const QString &name : names) {
            if (!c.json[name].isNull())
                p.isString(c.json[name], name, 0, name == u"from"_s ? 64 : -1);
        }
        if (!p.ok())
            return p.error();
        const QJsonObject body = c.json.toObject();
        for (auto it = body.begin(); it != body.end(); ++it)
            c.tenant.twilioProvider.insert(it.key(), it.value());
        return ok(c.tenant.twilioProvider);
    });

    // The tenant's phone providers (Unified Phone Experience; tenant-level, so both tenants).
    addRoute("GET", u"/branding/phone/providers"_s, ReadProviders, [this](Context &c) -> Reply {
        const QString disabled = FormCodec::value(c.query, u"disabled"_s);
        QJsonArray list;
        for (const Provider &p : std::as_const(c.tenant.providers)) {
            if (disabled.isEmpty() || (disabled == u"true"_s) == p.disabled)
                list.append(providerJson(c.tenant, p));
        }
        return ok(QJsonObject {{u"providers"_s, list}});
    });

    addRoute("POST", u"/branding/phone/providers"_s, CreateProviders, [this](Context &c) -> Reply {
        Payload p;
        if (!p.isObject(c.json))
            return p.error();
        const QJsonObject body = c.json.toObject();
        const QString name = body.value(u"name"_s).toString();
        if (auto error = validateProvider(c.tenant, body, name, true))
            return *error;
        if (!c.tenant.providers.isEmpty())
            return apiError(409, u"Custom phone provider conflict."_s);
        Provider provider;
        provider.id = u"pro_"_s + randomId(22);
        provider.name = name;
        provider.disabled = body.value(u"disabled"_s).toBool();
        provider.configuration = body.value(u"configuration"_s).toObject();
        provider.credentials = body.value(u"credentials"_s).toObject();
        provider.createdAt = now();
        provider.updatedAt = provider.createdAt;
        c.tenant.providers.append(provider);
        return ok(providerJson(c.tenant, provider), 201);
    });

    const auto findProvider = [](Tenant &t, const QString &id) -> Provider * {
        const auto it = std::find_if(t.providers.begin(), t.providers.end(),
                                     [&](const Provider &p) { return p.id == id; });
        return it == t.providers.end() ? nullptr : &*it;
    };
    const auto badId = [](const QString &id) {
        static const QRegularExpression shape(u"^pro_[A-Za-z0-9]{22}$"_s);
        return !shape.match(id).hasMatch();
    };

    addRoute("GET", u"/branding/phone/providers/{}"_s, ReadProviders,
             [this, findProvider, badId](Context &c) -> Reply {
                 if (badId(c.args.at(0)))
                     return apiError(400, u"Invalid id for provider."_s, u"invalid_uri"_s);
                 const Provider *p = findProvider(c.tenant, c.args.at(0));
                 return p ? ok(providerJson(c.tenant, *p)) : providerNotFound();
             });

    addRoute("PATCH", u"/branding/phone/providers/{}"_s, UpdateProviders,
             [this, findProvider, badId](Context &c) -> Reply {
                 if (badId(c.args.at(0)))
                     return apiError(400, u"Invalid id for provider."_s, u"invalid_uri"_s);
                 Provider *provider = findProvider(c.tenant, c.args.at(0));
                 if (!provider)
                     return providerNotFound();
                 Payload p;
                 if (!p.isObject(c.json))
                     return p.error();
                 const QJsonObject body = c.json.toObject();
                 const QString name = body.value(u"name"_s).toString(provider->name);
                 if (auto error = validateProvider(c.tenant, body, name, false))
                     return *error;
                 provider->name = name;
                 if (body.contains(u"disabled"_s))
                     provider->disabled = body.value(u"disabled"_s).toBool();
                 if (body.contains(u"configuration"_s))
                     provider->configuration = body.value(u"configuration"_s).toObject();
                 if (body.contains(u"credentials"_s))
                     provider->credentials = body.value(u"credentials"_s).toObject();
                 provider->updatedAt = now();
                 return ok(providerJson(c.tenant, *provider));
             });

    addRoute("DELETE", u"/branding/phone/providers/{}"_s, DeleteProviders,
             [findProvider, badId](Context &c) -> Reply {
                 if (badId(c.args.at(0)))
                     return apiError(400, u"Invalid id for provider."_s, u"invalid_uri"_s);
                 if (!findProvider(c.tenant, c.args.at(0)))
                     return providerNotFound();
                 c.tenant.providers.erase(
                     std::remove_if(c.tenant.providers.begin(), c.tenant.providers.end(),
                                    [&](const Provider &p) { return p.id == c.args.at(0); }),
                     c.tenant.providers.end());
                 return noContent();
             });

    addRoute(
        "POST", u"/branding/phone/providers/{}/try"_s, CreateProviders,
        [this, findProvider, badId](Context &c) -> Reply {
            if (badId(c.args.at(0)))
                return apiError(400, u"Invalid id for provider."_s, u"invalid_uri"_s);
            const Provider *provider = findProvider(c.tenant, c.args.at(0));
            if (!provider)
                return providerNotFound();
            Payload p;
            p.isObject(c.json);
            p.allowOnly(c.json.toObject(), {u"to"_s, u"delivery_method"_s});
            p.required(c.json.toObject(), {u"to"_s});
            p.isString(c.json[u"to"_s], u"to"_s, 1, 16);
            p.isOneOf(c.json[u"delivery_method"_s], {u"text"_s, u"voice"_s}, u"delivery_method"_s);
            if (!p.ok())
                return p.error();
            const QString to = c.json[u"to"_s].toString();
            const QString method = c.json[u"delivery_method"_s].toString(u"text"_s);
            if (!isE164(to))
                return apiError(400,
                                u"The phone number %1 is not in E.164 format (+ and up to "
                                "15 digits)."_s.arg(to),
                                u"invalid_body"_s);
            const QJsonArray methods
                = provider->configuration.value(u"delivery_methods"_s).toArray();
            if (!methods.isEmpty() && !methods.contains(method))
                return apiError(400,
                                u"The phone provider is not configured for the %1 delivery "
                                "method."_s.arg(method),
                                u"invalid_body"_s);
            Auth0Sandbox::ProviderTry request;
            request.tenant = c.tenant.mode;
            request.providerId = provider->id;
            request.providerName = provider->name;
            request.to = to;
            request.deliveryMethod = method;
            if (provider->name == u"custom"_s) {
                if (!hasDeployedAction(c.tenant, u"custom-phone-provider"_s))
                    return noDeployedProviderAction();
                for (const Binding &b : c.tenant.bindings.value(u"custom-phone-provider"_s)) {
                    const Action *a = c.tenant.findAction(b.actionId);
                    if (a && !a->deployedVersionId.isEmpty() && request.actionId.isEmpty())
                        request.actionId = a->id;
                }
                for (const Action &a : std::as_const(c.tenant.actions)) {
                    if (request.actionId.isEmpty() && a.triggerId == u"custom-phone-provider"_s
                        && !a.deployedVersionId.isEmpty())
                        request.actionId = a.id;
                }
            }
            // Announced once the 202 is on its way, as Auth0 sends after answering.
            QMetaObject::invokeMethod(
                q, [this, request] { Q_EMIT q->providerTryRequested(request); },
                Qt::QueuedConnection);
            return ok(QJsonObject {{u"code"_s, 202}, {u"message"_s, u"Phone notification sent."_s}},
                      202);
        });
}
