// Checklist, items 3, 4 and 6: the account fetched first, the sender and caller-ID lookups side
// by side with it, each item judged once its answers are in.

#include "Checklist.h"

#include "CheckJudge.h"
#include "phone/PhoneNumber.h"
#include "secrets/SecretRules.h"
#include "twilio/TwilioClient.h"
#include "twilio/TwilioReply.h"

namespace {

using Ids = CheckItem::Ids;

} // namespace

TwilioReply *Checklist::track(TwilioReply *reply)
{
    m_replies << reply;
    return reply;
}

void Checklist::askTwilio(const QMap<QString, QString> &values)
{
    if (const auto refused = CheckJudge::credentialsInput(values)) {
        m_credentials = *refused;
        if (wants(Ids::credentials()))
            complete(*refused);
        judgeSender();
        judgeTrial();
        return;
    }
    delete m_client;
    m_client = new TwilioClient(
        m_profile, {values.value(SecretNames::AccountSid), values.value(SecretNames::AuthToken)},
        m_network, this);
    m_client->setTimeoutMs(m_timeoutMs);
    const int generation = m_generation;
    auto onReply = [this, generation](TwilioReply *reply, auto handle) {
        connect(reply, &TwilioReply::finished, this, [this, generation, reply, handle] {
            reply->deleteLater();
            if (generation != m_generation)
                return;
            handle(reply);
        });
    };

    // The account first in line, the rest side by side with it: item 4 and 6 are judged once
    // both their own answer and the account's are in.
    onReply(track(m_client->fetchAccount()), [this](TwilioReply *r) { onAccount(r); });

    const QString region = m_profile.defaultRegion;
    if (wants(Ids::sender())) {
        const QString sender = values.value(SecretNames::PhoneNumber).trimmed();
        const QString number = CheckJudge::senderLookupNumber(sender, region);
        if (!number.isEmpty()) {
            m_pending.number = 1;
            onReply(track(m_client->findIncomingPhoneNumber(number)), [this](TwilioReply *r) {
                m_numberLooked = true;
                m_numbers = r->incomingPhoneNumbers();
                m_numberError = r->error();
                m_pending.number = 0;
                judgeSender();
            });
        }
        if (SecretRules::isSid(sender, QLatin1String("MG"))) {
            m_pending.messaging = 1;
            onReply(track(m_client->fetchMessagingService(sender)), [this](TwilioReply *r) {
                m_messagingLooked = true;
                m_messagingService = r->messagingService();
                m_messagingError = r->error();
                m_pending.messaging = 0;
                judgeSender();
            });
        }
        const QString service = values.value(SecretNames::VerifyServiceSid).trimmed();
        if (SecretRules::isSid(service, QLatin1String("VA"))) {
            m_pending.service = 1;
            onReply(track(m_client->fetchVerifyService(service)), [this](TwilioReply *r) {
                m_serviceLooked = true;
                m_service = r->verifyService();
                m_serviceError = r->error();
                m_pending.service = 0;
                judgeSender();
            });
        }
    }
    if (wants(Ids::trial())) {
        const PhoneNumberInfo to = PhoneNumbers::parse(m_recipient, region);
        if (to.valid) {
            m_pending.callerId = 1;
            onReply(track(m_client->findOutgoingCallerId(to.e164)), [this](TwilioReply *r) {
                m_callerIds = r->outgoingCallerIds();
                m_callerIdError = r->error();
                m_pending.callerId = 0;
                judgeTrial();
            });
        }
    }
}

void Checklist::onAccount(TwilioReply *reply)
{
    m_account = reply->account();
    m_credentials = CheckJudge::credentials(m_account, reply->error());
    if (wants(Ids::credentials()))
        complete(*m_credentials);
    judgeSender();
    judgeTrial();
}

void Checklist::judgeSender()
{
    if (!wants(Ids::sender()) || isDone(Ids::sender()) || !m_credentials)
        return;
    if (!CheckJudge::credentialsWork(*m_credentials)) {
        complete(CheckJudge::notChecked(Ids::sender(), tr("Needs working credentials (item 3).")));
        return;
    }
    if (m_pending.number || m_pending.service || m_pending.messaging)
        return;
    SenderFindings f;
    f.phoneNumber = m_values.value(SecretNames::PhoneNumber);
    f.verifyServiceSid = m_values.value(SecretNames::VerifyServiceSid);
    f.region = m_profile.defaultRegion;
    f.numberLooked = m_numberLooked;
    f.numbers = m_numbers;
    f.numberError = m_numberError;
    f.messagingServiceLooked = m_messagingLooked;
    f.messagingService = m_messagingService;
    f.messagingServiceError = m_messagingError;
    f.serviceLooked = m_serviceLooked;
    f.service = m_service;
    f.serviceError = m_serviceError;
    complete(CheckJudge::sender(f));
}

void Checklist::judgeTrial()
{
    if (!wants(Ids::trial()) || isDone(Ids::trial()) || !m_credentials)
        return;
    if (!CheckJudge::credentialsWork(*m_credentials)) {
        complete(CheckJudge::notChecked(Ids::trial(), tr("Needs working credentials (item 3).")));
        return;
    }
    // A full account needs no caller ID answer.
    if (m_account.isTrial() && m_pending.callerId)
        return;
    complete(CheckJudge::trial(m_account, m_recipient, m_profile.defaultRegion, m_callerIds,
                               m_callerIdError));
}
