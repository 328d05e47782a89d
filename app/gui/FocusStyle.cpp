#include "FocusStyle.h"

#include <QPainter>
#include <QStyleOption>

#include <cmath>

namespace {

qreal luminance(const QColor &color)
{
    const auto channel
        = [](qreal c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

void drawRing(QPainter *painter, const QRectF &rect, const QColor &color)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(color, FocusStyle::RingWidth));
    const qreal inset = FocusStyle::RingWidth / 2.0;
    painter->drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), 2, 2);
    painter->restore();
}

} // namespace

FocusStyle::FocusStyle(QStyle *base) : QProxyStyle(base) { }

qreal FocusStyle::contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor FocusStyle::ringColor(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    QColor ring = palette.color(QPalette::Active, QPalette::Highlight);
    // Toward the text's side of the window: darker on a light window, lighter on a dark one.
    const bool lightWindow = luminance(window) > 0.18;
    for (int step = 0; step < 20 && contrast(ring, window) < 3.0; ++step) {
        float h = 0, s = 0, l = 0, a = 1;
        ring.getHslF(&h, &s, &l, &a);
        l = lightWindow ? qMax(0.0f, l - 0.05f) : qMin(1.0f, l + 0.05f);
        ring.setHslF(h < 0 ? 0 : h, s, l, 1.0f);
    }
    return ring;
}

void FocusStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                               QPainter *painter, const QWidget *widget) const
{
    switch (element) {
    case PE_FrameFocusRect:
        // Shown for keyboard focus only, as the platform styles do: a click shows no ring.
        if (option->state & State_KeyboardFocusChange)
            drawRing(painter, option->rect, ringColor(option->palette));
        return;
    case PE_FrameLineEdit:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if ((option->state & State_HasFocus) && (option->state & State_Enabled))
            drawRing(painter, option->rect, ringColor(option->palette));
        return;
    default:
        break;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}
