#pragma once

#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QPair>
#include <QPalette>
#include <QString>

// What the Hook code page's parts share to show text: the output colours, readable on a light
// or dark background, and JSON in one line.
namespace HookPageStyle {

inline const QColor Green(0x1e, 0x7b, 0x34);
inline const QColor Red(0xc0, 0x2a, 0x2a);
inline const QColor Amber(0xb0, 0x6a, 0x00);
inline const QColor Blue(0x2a, 0x6f, 0xb8);

// Colours readable on the output view's own background, light or dark.
inline QColor readable(const QColor &color, const QPalette &palette)
{
    if (palette.color(QPalette::Base).lightness() >= 128)
        return color;
    return color.lighter(170);
}

inline QString coloured(const QString &text, const QColor &color)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), text);
}

inline QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isString())
        return QStringLiteral("\"%1\"").arg(value.toString());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isNull())
        return QStringLiteral("null");
    return QStringLiteral("undefined");
}

// 1-based line and column of a UTF-8 byte offset in text.
inline QPair<int, int> lineAndColumn(const QByteArray &utf8, int offset)
{
    const QByteArray before = utf8.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int lastBreak = int(before.lastIndexOf('\n'));
    const int column = int(QString::fromUtf8(before.mid(lastBreak + 1)).size()) + 1;
    return {line, column};
}

} // namespace HookPageStyle
