#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// application/x-www-form-urlencoded as Twilio reads and writes it. Pure functions.
// QUrlQuery is not used on purpose: it neither turns '+' into a space when parsing nor encodes
// '+' when building, and a sandbox that inherited that would hide the very bug (To=+1... arriving
// as " 1...") that it exists to reveal.
class FormCodec
{
public:
    using Fields = QList<QPair<QString, QString>>;

    // Splits on '&', decodes '+' as a space and %XX as UTF-8 bytes, keeps order and duplicates.
    static Fields parse(const QByteArray &encoded);
    // Percent-encodes every byte but the unreserved ones, so '+' goes out as %2B.
    static QByteArray encode(const Fields &fields);

    // The first value of key, or a null QString when absent.
    static QString value(const Fields &fields, const QString &key);
    static bool contains(const Fields &fields, const QString &key);
};
