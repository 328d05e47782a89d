// Auth0Requests for the phone set-up: Guardian factors, phone message types, the selected
// provider and the phone providers.

#include "Auth0RequestParts.h"
#include "Auth0Requests.h"

#include <QJsonArray>

using namespace Auth0RequestParts;

Auth0Request Auth0Requests::listGuardianFactors(const Auth0Connection &c)
{
    return api(c, Auth0Request::Method::Get, QStringLiteral("/guardian/factors"), ReadFactors);
}

Auth0Request Auth0Requests::setGuardianFactor(const Auth0Connection &c, const QString &name,
                                              bool enabled)
{
    if (!isPathSafeId(name))
        return badId(tr("Factor"), name);
    return withJson(api(c, Auth0Request::Method::Put, QStringLiteral("/guardian/factors/") + name,
                        UpdateFactors),
                    QJsonObject {{QStringLiteral("enabled"), enabled}});
}

Auth0Request Auth0Requests::getPhoneMessageTypes(const Auth0Connection &c)
{
    return api(c, Auth0Request::Method::Get,
               QStringLiteral("/guardian/factors/phone/message-types"), ReadFactors);
}

Auth0Request Auth0Requests::setPhoneMessageTypes(const Auth0Connection &c, const QStringList &types)
{
    for (const QString &t : types) {
        if (t != QLatin1String("sms") && t != QLatin1String("voice"))
            return failed(tr("Message types: use sms and/or voice, not \"%1\".").arg(t));
    }
    return withJson(
        api(c, Auth0Request::Method::Put, QStringLiteral("/guardian/factors/phone/message-types"),
            UpdateFactors),
        QJsonObject {{QStringLiteral("message_types"), QJsonArray::fromStringList(types)}});
}

Auth0Request Auth0Requests::getPhoneSelectedProvider(const Auth0Connection &c)
{
    return api(c, Auth0Request::Method::Get,
               QStringLiteral("/guardian/factors/phone/selected-provider"), ReadFactors);
}

Auth0Request Auth0Requests::setPhoneSelectedProvider(const Auth0Connection &c,
                                                     const QString &provider)
{
    if (provider != GuardianPhoneProvider::Auth0 && provider != GuardianPhoneProvider::Twilio
        && provider != GuardianPhoneProvider::Custom)
        return failed(tr("Phone provider: use auth0, twilio or phone-message-hook, not \"%1\".")
                          .arg(provider));
    return withJson(api(c, Auth0Request::Method::Put,
                        QStringLiteral("/guardian/factors/phone/selected-provider"), UpdateFactors),
                    QJsonObject {{QStringLiteral("provider"), provider}});
}

Auth0Request Auth0Requests::listPhoneProviders(const Auth0Connection &c,
                                               std::optional<bool> disabled)
{
    Query query;
    if (disabled)
        query.append({QStringLiteral("disabled"),
                      *disabled ? QStringLiteral("true") : QStringLiteral("false")});
    return api(c, Auth0Request::Method::Get, QStringLiteral("/branding/phone/providers"),
               ReadProviders, query);
}

Auth0Request Auth0Requests::getPhoneProvider(const Auth0Connection &c, const QString &id)
{
    if (!isPathSafeId(id))
        return badId(tr("Phone provider"), id);
    return api(c, Auth0Request::Method::Get, QStringLiteral("/branding/phone/providers/") + id,
               ReadProviders);
}

QJsonObject Auth0Requests::phoneProviderDraftJson(const PhoneProviderDraft &d, bool forCreate)
{
    QJsonObject o;
    if (forCreate)
        o.insert(QStringLiteral("name"), d.name);
    if (d.disabled)
        o.insert(QStringLiteral("disabled"), *d.disabled);
    if (d.deliveryMethods)
        o.insert(QStringLiteral("configuration"),
                 QJsonObject {{QStringLiteral("delivery_methods"),
                               QJsonArray::fromStringList(*d.deliveryMethods)}});
    // Auth0 requires credentials even for the custom provider, where they are {}: the spec's
    // CreateBrandingPhoneProviderRequestContent lists them as required, so a create always sends
    // them; sendCredentials=false only leaves them out of an update.
    if (forCreate || d.sendCredentials)
        o.insert(QStringLiteral("credentials"), d.credentials);
    return o;
}

Auth0Request Auth0Requests::createPhoneProvider(const Auth0Connection &c,
                                                const PhoneProviderDraft &draft)
{
    if (draft.name.isEmpty())
        return failed(tr("Phone provider: name the provider (custom)."));
    // The spec's PhoneProviderNameEnum.
    if (draft.name != QLatin1String("custom") && draft.name != QLatin1String("twilio"))
        return failed(tr("Phone provider: use custom or twilio, not \"%1\".").arg(draft.name));
    if (const QString e = checkDeliveryMethods(draft.deliveryMethods); !e.isEmpty())
        return failed(e);
    return withJson(api(c, Auth0Request::Method::Post, QStringLiteral("/branding/phone/providers"),
                        {QStringLiteral("create:phone_providers")}),
                    phoneProviderDraftJson(draft, true));
}

Auth0Request Auth0Requests::updatePhoneProvider(const Auth0Connection &c, const QString &id,
                                                const PhoneProviderDraft &draft)
{
    if (!isPathSafeId(id))
        return badId(tr("Phone provider"), id);
    if (const QString e = checkDeliveryMethods(draft.deliveryMethods); !e.isEmpty())
        return failed(e);
    const QJsonObject body = phoneProviderDraftJson(draft, false);
    if (body.isEmpty())
        return failed(tr("Phone provider update: nothing to change."));
    return withJson(api(c, Auth0Request::Method::Patch,
                        QStringLiteral("/branding/phone/providers/") + id,
                        {QStringLiteral("update:phone_providers")}),
                    body);
}

Auth0Request Auth0Requests::tryPhoneProvider(const Auth0Connection &c, const QString &id,
                                             const QString &to, const QString &deliveryMethod)
{
    if (!isPathSafeId(id))
        return badId(tr("Phone provider"), id);
    if (to.isEmpty())
        return failed(tr("To: enter the phone number to send the test message to."));
    // The spec allows 1 to 16 characters: an E.164 number, '+' and at most 15 digits.
    if (to.size() > 16)
        return failed(tr("To: enter the number in E.164 form, such as +14155552671, without "
                         "spaces or punctuation (\"%1\" is longer than 16 characters).")
                          .arg(to));
    if (!deliveryMethod.isEmpty() && !isDeliveryMethod(deliveryMethod))
        return failed(tr("Delivery method: use text or voice, not \"%1\".").arg(deliveryMethod));
    QJsonObject body {{QStringLiteral("to"), to}};
    if (!deliveryMethod.isEmpty())
        body.insert(QStringLiteral("delivery_method"), deliveryMethod);
    return withJson(api(c, Auth0Request::Method::Post,
                        QStringLiteral("/branding/phone/providers/") + id + QStringLiteral("/try"),
                        {QStringLiteral("create:phone_providers")}),
                    body);
}
