#include "CliApp.h"
#include "CliOptions.h"
#include "Commands.h"
#include "SecretInput.h"
#include "SignalWatcher.h"
#include "log/DeliveryLog.h"
#include "phone/PhoneNumber.h"
#include "sandbox/Auth0Sandbox.h"
#include "sandbox/Auth0SandboxFixtures.h"
#include "sandbox/SandboxActions.h"
#include "sandbox/SandboxProfile.h"
#include "sandbox/TwilioSandbox.h"
#include "secrets/SecretRules.h"
#include "sms/SegmentCalculator.h"
#include "twilio/DeliveryTracker.h"
#include "twilio/ErrorDictionary.h"
#include "twilio/TwilioClient.h"
#include "twilio/TwilioReply.h"
#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>
#include <algorithm>
#include <cstdio>

// sms-hook-cli phone and segments: what a number and a text are to Twilio, offline.

int CliApp::phone(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("region"), tr("Region for numbers written without +."),
                      QStringLiteral("CC")});
    if (!parse(parser, args, QStringLiteral("phone"), 1, tr("phone number")))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    const QString input = parser.positionalArguments().constFirst();
    const QString region = parser.value(QStringLiteral("region")).toUpper();
    const QString regionProblem = ProfileRules::checkRegion(region);
    if (!regionProblem.isEmpty())
        return m_out.fail(CliOutput::UsageError, QStringLiteral("invalid-argument"), regionProblem);
    const PhoneNumberInfo info = PhoneNumbers::parse(input, region);
    QJsonObject json {{QStringLiteral("ok"), info.valid},
                      {QStringLiteral("input"), input},
                      {QStringLiteral("parsed"), info.parsed},
                      {QStringLiteral("valid"), info.valid}};
    if (info.parsed) {
        json.insert(QStringLiteral("e164"), info.e164);
        json.insert(QStringLiteral("region"), info.regionCode);
        json.insert(QStringLiteral("country_code"), info.countryCode);
        json.insert(QStringLiteral("type"), info.typeName());
        json.insert(QStringLiteral("can_receive_sms"), info.canReceiveSms());
        json.insert(QStringLiteral("is_e164_input"), info.isE164Input);
    }
    if (!info.valid)
        return m_out.fail(CliOutput::Failure, QStringLiteral("invalid-number"), info.error, {},
                          json);
    m_out.text(tr("%1  valid, %2, region %3").arg(info.e164, info.typeName(), info.regionCode));
    if (!info.canReceiveSms())
        m_out.warning(tr("warning: %1").arg(info.smsWarning()));
    if (!info.isE164Input)
        m_out.text(tr("Write it as %1 in the hook and in Twilio (E.164).").arg(info.e164));
    m_out.result(json);
    return CliOutput::Success;
}

int CliApp::segments(const QStringList &args)
{
    QCommandLineParser parser;
    if (!parse(parser, args, QStringLiteral("segments"), 0))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return m_out.fail(CliOutput::Failure, QStringLiteral("no-input"),
                          tr("could not read standard input."));
    int malformed = 0;
    int lineNumber = 0;
    // Always JSON lines, one per input line, in order: the output is made for scripts.
    auto emitLine = [](const QJsonObject &o) {
        const QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    };
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        const QJsonObject o = doc.object();
        QString problem;
        if (error.error != QJsonParseError::NoError)
            problem = tr("line %1: not JSON (%2)").arg(lineNumber).arg(error.errorString());
        else if (!doc.isObject() || !o.value(QStringLiteral("body")).isString())
            problem = tr("line %1: expected an object with a string \"body\"").arg(lineNumber);
        else if (o.contains(QStringLiteral("smart_encoding"))
                 && !o.value(QStringLiteral("smart_encoding")).isBool())
            problem = tr("line %1: \"smart_encoding\" must be true or false").arg(lineNumber);
        if (!problem.isEmpty()) {
            ++malformed;
            emitLine({{QStringLiteral("error"), problem}});
            continue;
        }
        const SegmentInfo info
            = SegmentCalculator::calculate(o.value(QStringLiteral("body")).toString(),
                                           o.value(QStringLiteral("smart_encoding")).toBool());
        emitLine({{QStringLiteral("encoding"), SegmentCalculator::encodingName(info.encoding)},
                  {QStringLiteral("segments"), info.segments},
                  {QStringLiteral("characters"), info.characters},
                  {QStringLiteral("unicode_scalars"), info.unicodeScalars},
                  {QStringLiteral("non_gsm"), QJsonArray::fromStringList(info.nonGsm)}});
    }
    std::fflush(stdout);
    if (malformed > 0) {
        const QString line = tr("sms-hook-cli: %n input line(s) could not be read; see the "
                                "\"error\" lines.",
                                nullptr, malformed);
        std::fputs(qPrintable(line + QLatin1Char('\n')), stderr);
        return CliOutput::Failure;
    }
    return CliOutput::Success;
}
