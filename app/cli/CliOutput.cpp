#include "CliOutput.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace {
void writeLine(FILE *stream, const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}
} // namespace

void CliOutput::text(const QString &line) const
{
    if (!m_json)
        writeLine(stdout, line);
}

void CliOutput::warning(const QString &line) const
{
    writeLine(stderr, line);
}

void CliOutput::result(const QJsonValue &value) const
{
    if (!m_json)
        return;
    const QByteArray bytes = value.isObject()
        ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
        : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    writeLine(stdout, QString::fromUtf8(bytes));
}

int CliOutput::fail(ExitCode code, const QString &errorCode, const QString &message,
                    const QString &fix, const QJsonObject &extra) const
{
    QString line = message;
    if (!fix.isEmpty())
        line += QLatin1Char(' ') + fix;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    writeLine(stderr, QStringLiteral("sms-hook-cli: ") + line);
    if (m_json) {
        QJsonObject error {{QStringLiteral("code"), errorCode},
                           {QStringLiteral("message"), message}};
        if (!fix.isEmpty())
            error.insert(QStringLiteral("fix"), fix);
        QJsonObject document = extra;
        document.insert(QStringLiteral("ok"), false);
        document.insert(QStringLiteral("error"), error);
        result(document);
    }
    return code;
}
