#include "ConversionCases.h"
#include "RunnerHarness.h"
#include "hook/ActionConverter.h"
#include "sandbox/FormCodec.h"
#include "sandbox/SandboxFixtures.h"

// A hook and the Action the conversion made of it do the same thing at Twilio: each clean case of
// ConversionCases (both triggers) runs as a hook and as its Action in the real Node runner,
// against the in-process Twilio sandbox, for the same input (an SMS, a voice message, a number
// Twilio refuses), and the Twilio requests each made are compared: method, path and form fields,
// in order. The one difference allowed is the one the conversion makes on purpose: Auth0's guide's
// Verify hook passes the Account SID as the Verify service, the Action the Verify service SID.
using namespace Qt::StringLiterals;

class TestConversionEquality : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sameTwilioRequests_data();
    void sameTwilioRequests();

private:
    struct Sent
    {
        QStringList requests; // "POST /path To=...&From=..." with the fields sorted by name
        HookRunResult result;
    };
    Sent runAndRecord(const HookRunRequest &request);

    RunnerHarness m_h;
};

namespace {

// What a request was, independent of the order the SDK wrote its fields in.
QString describe(const TwilioSandbox::LoggedRequest &r)
{
    FormCodec::Fields fields = r.form;
    std::sort(fields.begin(), fields.end());
    QStringList parts;
    for (const auto &f : std::as_const(fields))
        parts << f.first + u'=' + f.second;
    return r.method + u' ' + r.path + u' ' + parts.join(u'&');
}

} // namespace

void TestConversionEquality::initTestCase()
{
    QVERIFY(m_h.setUp());
    m_h.sandbox().setTimeScale(0.05);
}

void TestConversionEquality::sameTwilioRequests_data()
{
    QTest::addColumn<QString>("hook");
    QTest::addColumn<QString>("trigger");
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("messageType");
    QTest::addColumn<bool>("verifyServiceFixed");
    int rows = 0;
    for (const ConversionCases::Case &c : ConversionCases::all()) {
        // What the conversion could not map is left for the user to finish: no promise there.
        if (!c.clean)
            continue;
        const bool fixed = c.notes.contains(u"verify-service-sid"_s);
        struct Input
        {
            const char *name;
            QString to;
            QString messageType;
        };
        for (const Input &in : {Input {"sms", u"+14155552671"_s, u"sms"_s},
                                Input {"voice", u"+14155552671"_s, u"voice"_s},
                                Input {"refused number", u"+15005550001"_s, u"sms"_s}}) {
            QTest::addRow("%s %s", qPrintable(c.name), in.name)
                << c.hookSource << c.trigger << c.secrets << in.to << in.messageType << fixed;
            ++rows;
        }
    }
    QVERIFY(rows >= 24);
}

TestConversionEquality::Sent TestConversionEquality::runAndRecord(const HookRunRequest &request)
{
    m_h.sandbox().reset();
    Sent sent;
    sent.result = m_h.run(request);
    for (const TwilioSandbox::LoggedRequest &r : m_h.sandbox().requestLog())
        sent.requests << describe(r);
    return sent;
}

void TestConversionEquality::sameTwilioRequests()
{
    QFETCH(QString, hook);
    QFETCH(QString, trigger);
    QFETCH(QStringList, secrets);
    QFETCH(QString, to);
    QFETCH(QString, messageType);
    QFETCH(bool, verifyServiceFixed);

    const ActionConversion conversion = ActionConverter::convert(hook, trigger);
    QVERIFY2(conversion.ok, qPrintable(conversion.error));

    HookRunRequest request = m_h.request(hook, to);
    request.context.insert(u"message_type"_s, messageType);
    // Only the secrets a profile for this hook defines.
    const QMap<QString, QString> all = request.secrets;
    request.secrets.clear();
    for (const QString &name : secrets)
        request.secrets.insert(name, all.value(name));

    const Sent asHook = runAndRecord(request);
    QCOMPARE(asHook.result.kind, CodeKind::Hook);
    // Either it reached Twilio, or it refused the input itself (an SMS-only hook asked for voice).
    QVERIFY2(!asHook.requests.isEmpty() || !asHook.result.succeeded(),
             qPrintable(asHook.result.error));
    request.source = conversion.code;
    const Sent asAction = runAndRecord(request);
    QCOMPARE(RunEvents::kindName(asAction.result.kind), trigger);

    QStringList expected = asHook.requests;
    if (verifyServiceFixed) {
        // The guide's hook names the Account SID where the Verify service SID belongs.
        const auto &c = SandboxFixtures::credentials();
        for (QString &r : expected)
            r.replace(u"/v2/Services/"_s + c.accountSid + u'/',
                      u"/v2/Services/"_s + request.secrets.value(u"TWILIO_VERIFY_SERVICE_SID"_s)
                          + u'/');
    }
    QCOMPARE(asAction.requests, expected);
    // The same ending, as far as Twilio's part goes: a send that went through is a success both
    // ways; one Twilio refused fails both ways.
    if (!verifyServiceFixed)
        QCOMPARE(asAction.result.succeeded(), asHook.result.succeeded());
    if (messageType == u"sms"_s && to == u"+14155552671"_s)
        QVERIFY2(asAction.result.succeeded(), qPrintable(asAction.result.error));
}

QTEST_GUILESS_MAIN(TestConversionEquality)
#include "TestConversionEquality.moc"
