#pragma once

#include "TwilioError.h"
#include "TwilioTypes.h"

#include <QObject>
#include <QPointer>

class TwilioClient;
class TwilioReply;

// Finds, in Twilio's own message list, a message whose creation had an unknown outcome (the POST
// may have reached Twilio but no answer came). Only GETs, which are safe to repeat: this is how
// the console answers "was it sent?" without ever sending twice. Emits finished() exactly once.
class MessageLookup : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxPages = 5;
    static constexpr int SlackSeconds = 120; // clock skew between this machine and Twilio

    MessageLookup(TwilioClient *client, const MessageLookupHint &hint, const QString &body,
                  QObject *parent = nullptr);

    // A message in the list is the one sought when recipient, sender and body agree and it was
    // created inside the hint's window (with slack). Pure.
    static bool matches(const Message &message, const MessageLookupHint &hint, const QString &body);

    void start();
    void cancel();

    const QList<Message> &found() const { return m_found; }
    const TwilioError &error() const { return m_error; }

Q_SIGNALS:
    void finished();

private:
    void onPage();
    void finish(const TwilioError &error = {});

    TwilioClient *m_client;
    MessageLookupHint m_hint;
    QString m_body;
    QPointer<TwilioReply> m_reply;
    QList<Message> m_found;
    TwilioError m_error;
    int m_pages = 0;
    bool m_finished = false;
};
