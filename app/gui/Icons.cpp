#include "Icons.h"
#include "Tones.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

#include <algorithm>
#include <iterator>

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

// ---- page and tool icons ----------------------------------------------------------------------

namespace {

struct Named
{
    const char *name; // freedesktop icon name
    const char *file; // resources/icons/<file>.svg
};

// Each set is taken whole from the theme or whole from the console's own icons.
const Named PageIcons[] = {
    {"dialog-password", "secrets"}, {"network-server", "tenant"}, {"text-x-script", "hook-code"},
    {"mail-send", "run"},           {"view-list", "log"},         {"checkbox-checked", "checklist"},
};
const Named ToolIcons[] = {
    {"document-open", "open"},
    {"document-save", "save"},
    {"document-save-as", "save-as"},
    {"document-new", "template"},
    {"edit-find", "find"},
    {"edit-undo", "undo"},
    {"edit-redo", "redo"},
    {"go-up", "up"},
    {"go-down", "down"},
    {"window-close", "close"},
    {"media-playback-start", "play"},
    {"media-playback-stop", "stop"},
    {"document-send", "deploy"},
    {"convert", "convert"},
};

template<size_t N> bool themeHasAll(const Named (&set)[N])
{
    for (const Named &entry : set) {
        if (!QIcon::hasThemeIcon(QLatin1String(entry.name)))
            return false;
    }
    return true;
}

// A bundled SVG drawn in the palette's colour for the icon's mode, at any size.
class SvgIconEngine : public QIconEngine
{
public:
    SvgIconEngine(const QString &name, const QByteArray &svg) : m_name(name), m_svg(svg) { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, ratio));
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const int side = qMax(1, qRound(qMin(size.width(), size.height()) * scale));
        const QColor color = colorFor(mode);
        const QString key = QStringLiteral("smshook-icon:%1:%2:%3")
                                .arg(m_name)
                                .arg(side)
                                .arg(color.rgba(), 0, 16);
        QPixmap pixmap;
        if (!QPixmapCache::find(key, &pixmap)) {
            QByteArray svg = m_svg;
            svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
            QSvgRenderer renderer(svg);
            pixmap = QPixmap(side, side);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter, QRectF(0, 0, side, side));
            painter.end();
            if (color.alpha() < 255) {
                // The SVG takes an opaque colour; a translucent one (disabled) applies here.
                QPixmap faded(side, side);
                faded.fill(Qt::transparent);
                QPainter fader(&faded);
                fader.setOpacity(color.alphaF());
                fader.drawPixmap(0, 0, pixmap);
                fader.end();
                pixmap = faded;
            }
            QPixmapCache::insert(key, pixmap);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = qMin(size.width(), size.height());
        return {side, side};
    }
    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {{16, 16}, {20, 20}, {22, 22}, {24, 24}, {32, 32}, {48, 48}};
    }
    QIconEngine *clone() const override { return new SvgIconEngine(m_name, m_svg); }
    QString key() const override { return QStringLiteral("smshook-svg"); }
    QString iconName() override { return m_name; }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    static QColor colorFor(QIcon::Mode mode)
    {
        const QPalette palette = QGuiApplication::palette();
        switch (mode) {
        case QIcon::Disabled:
            return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected:
            return palette.color(QPalette::Active, QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    QString m_name;
    QByteArray m_svg;
};

QIcon bundled(const Named &entry)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(entry.file)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new SvgIconEngine(QLatin1String(entry.name), file.readAll()));
}

template<size_t N> QIcon fromSet(const Named (&set)[N], const QString &name)
{
    for (const Named &entry : set) {
        if (name == QLatin1String(entry.name))
            return themeHasAll(set) ? QIcon::fromTheme(name) : bundled(entry);
    }
    return {};
}

template<size_t N> bool inSet(const Named (&set)[N], const QString &name)
{
    return std::any_of(std::begin(set), std::end(set),
                       [&name](const Named &entry) { return name == QLatin1String(entry.name); });
}

} // namespace

QString Icons::pageIconName(Page page)
{
    return QLatin1String(PageIcons[int(page)].name);
}

QIcon Icons::page(Page page)
{
    return fromSet(PageIcons, pageIconName(page));
}

QIcon Icons::tool(const QString &name)
{
    return fromSet(ToolIcons, name);
}

bool Icons::fromSystemTheme(const QString &name)
{
    if (inSet(PageIcons, name))
        return themeHasAll(PageIcons);
    if (inSet(ToolIcons, name))
        return themeHasAll(ToolIcons);
    return false;
}
