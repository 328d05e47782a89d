#pragma once

#include "run/Outcomes.h"

#include <QColor>
#include <QPalette>
#include <QString>

class QWidget;

// The console's one set of judging colours (good, bad, caution, busy, idle), derived from the
// palette so that they stay readable on a light and on a dark window: every page colours its
// outcomes, states and hints through these, never through colours of its own.
namespace Tones {

QColor color(Tone tone, const QPalette &palette);
QColor color(Tone tone); // the application's palette
// "color: #rrggbb;" for a label's style sheet; empty for Tone::Neutral (the palette's text).
QString style(Tone tone);
// Colours a label (or any widget's text) by tone; Neutral restores the palette's own.
void apply(QWidget *widget, Tone tone);
bool isDark(const QPalette &palette);
// A notice frame in a tone (a warning, an error): a tint of it over the window, a border of
// it, and the palette's own text, so that it reads in a light and in a dark palette. For the
// style sheet of the frame called objectName.
QString frameStyle(const QString &objectName, Tone tone);

} // namespace Tones
