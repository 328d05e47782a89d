#include "Icons.h"
#include "Tones.h"

#include <QHash>

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace Icons {

namespace {

QPixmap eyePixmap(int size, bool crossed, const QColor &color)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    QPen pen(color, qMax(1.0, s / 12.0));
    painter.setPen(pen);
    QPainterPath outline;
    outline.moveTo(s * 0.06, s * 0.5);
    outline.quadTo(s * 0.5, s * 0.05, s * 0.94, s * 0.5);
    outline.quadTo(s * 0.5, s * 0.95, s * 0.06, s * 0.5);
    painter.drawPath(outline);
    painter.setBrush(color);
    painter.drawEllipse(QPointF(s * 0.5, s * 0.5), s * 0.14, s * 0.14);
    if (crossed) {
        painter.setPen(QPen(color, qMax(1.5, s / 9.0), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(s * 0.15, s * 0.85), QPointF(s * 0.85, s * 0.15));
    }
    return pixmap;
}

QPixmap applicationPixmap(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(s * 0.06, s * 0.1, s * 0.88, s * 0.64), s * 0.14, s * 0.14);
    QPainterPath tail;
    tail.moveTo(s * 0.24, s * 0.7);
    tail.lineTo(s * 0.2, s * 0.92);
    tail.lineTo(s * 0.44, s * 0.72);
    bubble = bubble.united(tail);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1f, 0x5f, 0xbf));
    painter.drawPath(bubble);
    painter.setBrush(Qt::white);
    for (int i = 0; i < 3; ++i)
        painter.drawEllipse(QPointF(s * (0.3 + 0.2 * i), s * 0.42), s * 0.065, s * 0.065);
    return pixmap;
}

} // namespace

QIcon eye(bool crossed)
{
    const QColor color = QGuiApplication::palette().color(QPalette::WindowText);
    QIcon icon;
    for (int size : {16, 24, 32})
        icon.addPixmap(eyePixmap(size, crossed, color));
    return icon;
}

QIcon application()
{
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128})
        icon.addPixmap(applicationPixmap(size));
    return icon;
}

QIcon dot(const QColor &color)
{
    static QHash<QRgb, QIcon> icons;
    const auto it = icons.constFind(color.rgba());
    if (it != icons.constEnd())
        return *it;
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    painter.end();
    const QIcon icon(pixmap);
    icons.insert(color.rgba(), icon);
    return icon;
}

} // namespace Icons

namespace {
using State = CheckItem::State;

} // namespace

QColor Icons::stateColor(CheckItem::State state)
{
    switch (state) {
    case State::Pass:
        return Tones::color(Tone::Good);
    case State::Fail:
        return Tones::color(Tone::Bad);
    case State::Warning:
        return Tones::color(Tone::Caution);
    case State::Manual:
        return Tones::color(Tone::Busy);
    case State::NotChecked:
    case State::Running:
        break;
    }
    return Tones::color(Tone::Idle);
}

QIcon Icons::state(CheckItem::State state)
{
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        const QColor color = stateColor(state);
        if (state == State::NotChecked || state == State::Running) {
            p.setPen(QPen(color, s / 10.0));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QRectF(s * 0.1, s * 0.1, s * 0.8, s * 0.8));
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawEllipse(QRectF(s * 0.05, s * 0.05, s * 0.9, s * 0.9));
        }
        QPen pen(state == State::NotChecked || state == State::Running ? color : QColor(Qt::white),
                 s / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        switch (state) {
        case State::Pass: {
            const QPointF points[]
                = {{s * 0.3, s * 0.52}, {s * 0.45, s * 0.67}, {s * 0.72, s * 0.36}};
            p.drawPolyline(points, 3);
            break;
        }
        case State::Fail:
            p.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66));
            p.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66));
            break;
        case State::Warning:
            p.drawLine(QPointF(s * 0.5, s * 0.28), QPointF(s * 0.5, s * 0.56));
            p.drawPoint(QPointF(s * 0.5, s * 0.72));
            break;
        case State::Manual: {
            QFont font = p.font();
            font.setPixelSize(int(s * 0.7));
            font.setBold(true);
            p.setFont(font);
            p.drawText(QRectF(0, 0, s, s), Qt::AlignCenter, QStringLiteral("?"));
            break;
        }
        case State::NotChecked:
            p.drawLine(QPointF(s * 0.35, s * 0.5), QPointF(s * 0.65, s * 0.5));
            break;
        case State::Running:
            for (qreal x : {0.32, 0.5, 0.68})
                p.drawPoint(QPointF(s * x, s * 0.5));
            break;
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
