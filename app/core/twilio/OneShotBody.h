#pragma once

#include <QByteArray>
#include <QIODevice>

#include <algorithm>
#include <cstring>

// A request body that cannot be read twice. Qt's HTTP layer silently resends a request whose
// connection closed before the answer (up to three times); for a POST that would send the SMS (or
// make the tenant change) again. Qt must rewind the upload to resend, and a sequential device
// cannot be rewound, so Qt reports ContentReSendError instead, which the clients turn into
// "outcome unknown". Used by TwilioReply and Auth0Reply for every write.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(const QByteArray &data, QObject *parent) : QIODevice(parent), m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return (m_data.size() - m_pos) + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return m_pos >= m_data.size() && QIODevice::atEnd(); }
    bool reset() override { return false; } // the point of this class, without Qt's warning
    bool seek(qint64) override { return false; }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};
