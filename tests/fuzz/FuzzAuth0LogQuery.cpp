// Log searches (GET /api/v2/logs?q=) as the Auth0 simulator reads them with Auth0LogQuery: a
// query parses or names its error, and a parsed one is matched against a few events.

#include "FuzzSupport.h"

#include "sandbox/Auth0LogQuery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QList<QJsonObject> &events()
{
    static const QList<QJsonObject> list = [] {
        QList<QJsonObject> out;
        const QByteArray json = R"([
            {"log_id": "90020261130100000000000000000000000000000000000000000001",
             "date": "2026-11-30T10:00:00.000Z", "type": "gd_send_sms",
             "description": "Guardian - Second factor SMS sent", "client_name": "Console",
             "client_id": "abc123", "connection": "Username-Password-Authentication",
             "user_id": "auth0|123", "user_name": "ana@example.com", "ip": "203.0.113.7",
             "hostname": "acme.us.auth0.com", "strategy": "auth0", "strategy_type": "database"},
            {"log_id": "2", "date": "2026-11-01T00:00:00Z", "type": "gd_send_sms_failure",
             "description": "Custom phone provider failed: 21211", "ip": null,
             "user_agent": "Chrome 131.0.0 / Linux 0.0.0", "organization_id": 7},
            {"date": "not a date", "type": "", "description": ""}
        ])";
        for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
            out << v.toObject();
        return out;
    }();
    return list;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const std::optional<Auth0LogQuery> query = Auth0LogQuery::parse(Fuzz::utf8(data, size), &error);
    if (!query) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    FUZZ_CHECK(error.isEmpty());
    for (const QJsonObject &event : events())
        (void)query->matches(event);
    return 0;
}
