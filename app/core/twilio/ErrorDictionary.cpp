#include "ErrorDictionary.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QHash<int, ErrorExplanation> load()
{
    QHash<int, ErrorExplanation> entries;
    QFile file(QStringLiteral(":/twilio/twilio-errors.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Twilio error dictionary resource missing");
        return entries;
    }
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const int code = o.value(QLatin1String("code")).toInt();
        if (code <= 0)
            continue;
        ErrorExplanation e;
        e.message = o.value(QLatin1String("message")).toString();
        e.secondaryMessage = o.value(QLatin1String("secondary_message")).toString();
        e.causes = o.value(QLatin1String("causes")).toString();
        e.solutions = o.value(QLatin1String("solutions")).toString();
        e.docsUrl = ErrorDictionary::docsUrl(code);
        entries.insert(code, e);
    }
    return entries;
}

const QHash<int, ErrorExplanation> &entries()
{
    static const QHash<int, ErrorExplanation> all = load();
    return all;
}

} // namespace

ErrorExplanation ErrorDictionary::lookup(int code)
{
    return entries().value(code);
}

bool ErrorDictionary::contains(int code)
{
    return entries().contains(code);
}

QList<int> ErrorDictionary::codes()
{
    QList<int> list = entries().keys();
    std::sort(list.begin(), list.end());
    return list;
}

QUrl ErrorDictionary::docsUrl(int code)
{
    return QUrl(QStringLiteral("https://www.twilio.com/docs/errors/%1").arg(code));
}
