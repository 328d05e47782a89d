#include "FormCodec.h"

#include <QUrl>

namespace {

QString decodeComponent(QByteArray raw)
{
    raw.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
}

} // namespace

FormCodec::Fields FormCodec::parse(const QByteArray &encoded)
{
    Fields fields;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        // A key without '=' has an empty, not a null, value: it was sent.
        fields.append({decodeComponent(key), decodeComponent(value)});
        if (fields.last().second.isNull())
            fields.last().second = QLatin1String("");
    }
    return fields;
}

QByteArray FormCodec::encode(const Fields &fields)
{
    QByteArray out;
    for (const auto &field : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(field.first);
        out += '=';
        out += QUrl::toPercentEncoding(field.second);
    }
    return out;
}

QString FormCodec::value(const Fields &fields, const QString &key)
{
    for (const auto &field : fields) {
        if (field.first == key)
            return field.second;
    }
    return {};
}

bool FormCodec::contains(const Fields &fields, const QString &key)
{
    for (const auto &field : fields) {
        if (field.first == key)
            return true;
    }
    return false;
}
