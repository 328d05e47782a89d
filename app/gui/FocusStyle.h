#pragma once

#include <QProxyStyle>

// The console's style: the platform's own, with a keyboard focus ring that can be seen. Fusion's
// ring is a faint, translucent line; this one is two pixels wide, solid, in the palette's
// highlight colour made to stand out from the window by at least 3:1 (WCAG's contrast for a
// focus indicator), on a light and on a dark palette alike.
class FocusStyle : public QProxyStyle
{
    Q_OBJECT
public:
    explicit FocusStyle(QStyle *base = nullptr);

    // The ring's colour for a palette: its highlight, lightened or darkened until it stands out
    // from the window by at least 3:1.
    static QColor ringColor(const QPalette &palette);
    // The contrast ratio of two colours (1 to 21).
    static qreal contrast(const QColor &a, const QColor &b);
    static constexpr int RingWidth = 2;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};
