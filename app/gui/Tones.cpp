#include "Tones.h"

#include <QGuiApplication>
#include <QWidget>

namespace Tones {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor color(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    // Each pair keeps a contrast of at least 4.5:1 against a default light or dark window.
    switch (tone) {
    case Tone::Good:
        return dark ? QColor(0x6c, 0xd0, 0x84) : QColor(0x1e, 0x7b, 0x34);
    case Tone::Bad:
        return dark ? QColor(0xff, 0x86, 0x80) : QColor(0xb3, 0x1d, 0x1d);
    case Tone::Caution:
        return dark ? QColor(0xf2, 0xb8, 0x4b) : QColor(0x8f, 0x55, 0x00);
    case Tone::Busy:
        return dark ? QColor(0x7f, 0xb4, 0xf0) : QColor(0x25, 0x63, 0xa8);
    case Tone::Idle: {
        // Between the text and the window: quieter than text, still readable.
        const QColor text = palette.color(QPalette::WindowText);
        const QColor window = palette.color(QPalette::Window);
        return QColor((text.red() * 2 + window.red()) / 3, (text.green() * 2 + window.green()) / 3,
                      (text.blue() * 2 + window.blue()) / 3);
    }
    case Tone::Neutral:
        break;
    }
    return palette.color(QPalette::WindowText);
}

QColor color(Tone tone)
{
    return color(tone, QGuiApplication::palette());
}

QString style(Tone tone)
{
    if (tone == Tone::Neutral)
        return {};
    return QStringLiteral("color: %1;").arg(color(tone).name());
}

void apply(QWidget *widget, Tone tone)
{
    widget->setStyleSheet(style(tone));
}

QString frameStyle(const QString &objectName, Tone tone)
{
    const QPalette palette = QGuiApplication::palette();
    const QColor window = palette.color(QPalette::Window);
    const QColor accent = color(tone, palette);
    const auto mix = [](const QColor &a, const QColor &b, double t) {
        return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                                float(a.greenF() * (1 - t) + b.greenF() * t),
                                float(a.blueF() * (1 - t) + b.blueF() * t));
    };
    return QStringLiteral("QFrame#%1 { background-color: %2; border: 1px solid %3; "
                          "border-radius: 4px; }\n"
                          "QFrame#%1 QLabel { color: %4; background: transparent; border: none; }")
        .arg(objectName, mix(window, accent, 0.14).name(), mix(window, accent, 0.55).name(),
             palette.color(QPalette::WindowText).name());
}

} // namespace Tones
