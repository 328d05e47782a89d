#include "TwilioClient.h"

#include <QNetworkAccessManager>

TwilioClient::TwilioClient(const Profile &profile, const TwilioCredentials &credentials,
                           QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent),
      m_profile(profile),
      m_credentials(credentials),
      m_nam(nam ? nam : new QNetworkAccessManager(this))
{ }

TwilioReply *TwilioClient::send(TwilioReply::Operation operation, const TwilioRequest &request)
{
    TwilioReply::Settings settings;
    settings.timeoutMs = m_timeoutMs;
    settings.retry = m_retry;
    auto *reply = new TwilioReply(operation, request, m_credentials, m_nam, settings, this);
    connect(reply, &TwilioReply::logLine, this, &TwilioClient::logLine);
    connect(reply, &TwilioReply::retrying, this,
            [this](int, int, const QString &, const QString &notice) { Q_EMIT retrying(notice); });
    reply->start();
    return reply;
}

TwilioReply *TwilioClient::createMessage(const MessageRequest &message)
{
    return send(TwilioReply::Operation::CreateMessage,
                TwilioRequests::createMessage(m_profile, m_credentials, message));
}

TwilioReply *TwilioClient::fetchMessage(const QString &messageSid)
{
    return send(TwilioReply::Operation::FetchMessage,
                TwilioRequests::fetchMessage(m_profile, m_credentials, messageSid));
}

TwilioReply *TwilioClient::listMessages(const MessageFilter &filter)
{
    return send(TwilioReply::Operation::ListMessages,
                TwilioRequests::listMessages(m_profile, m_credentials, filter));
}

TwilioReply *TwilioClient::fetchNextPage(const QString &nextPageUri)
{
    return send(TwilioReply::Operation::ListMessages,
                TwilioRequests::nextPage(m_profile, m_credentials, nextPageUri));
}

TwilioReply *TwilioClient::fetchAccount()
{
    return send(TwilioReply::Operation::FetchAccount,
                TwilioRequests::fetchAccount(m_profile, m_credentials));
}

TwilioReply *TwilioClient::findIncomingPhoneNumber(const QString &phoneNumber)
{
    return send(TwilioReply::Operation::FindIncomingPhoneNumber,
                TwilioRequests::findIncomingPhoneNumber(m_profile, m_credentials, phoneNumber));
}

TwilioReply *TwilioClient::findOutgoingCallerId(const QString &phoneNumber)
{
    return send(TwilioReply::Operation::FindOutgoingCallerId,
                TwilioRequests::findOutgoingCallerId(m_profile, m_credentials, phoneNumber));
}

TwilioReply *TwilioClient::fetchVerifyService(const QString &serviceSid)
{
    return send(TwilioReply::Operation::FetchVerifyService,
                TwilioRequests::fetchVerifyService(m_profile, m_credentials, serviceSid));
}

TwilioReply *TwilioClient::fetchMessagingService(const QString &serviceSid)
{
    return send(TwilioReply::Operation::FetchMessagingService,
                TwilioRequests::fetchMessagingService(m_profile, m_credentials, serviceSid));
}

TwilioReply *TwilioClient::createVerification(const QString &serviceSid,
                                              const VerificationRequest &verification)
{
    return send(
        TwilioReply::Operation::CreateVerification,
        TwilioRequests::createVerification(m_profile, m_credentials, serviceSid, verification));
}

TwilioReply *TwilioClient::sendRaw(const TwilioRequest &request)
{
    return send(TwilioReply::Operation::Raw, request);
}
