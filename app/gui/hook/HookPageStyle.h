#pragma once

#include "Tones.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QPair>
#include <QPalette>
#include <QString>

// What the Hook code page's parts share to show text: the output colours (the console's
// palette-derived tones), and JSON in one line.
namespace HookPageStyle {

// The console's judging colours (Tones), under the names this page's code uses.
inline constexpr Tone Green = Tone::Good;
inline constexpr Tone Red = Tone::Bad;
inline constexpr Tone Amber = Tone::Caution;
inline constexpr Tone Blue = Tone::Busy;

// A tone readable on this palette's background, light or dark.
inline QColor readable(Tone tone, const QPalette &palette)
{
    return Tones::color(tone, palette);
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
