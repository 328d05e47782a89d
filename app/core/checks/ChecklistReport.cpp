#include "ChecklistReport.h"

#include <QLocale>

QString ChecklistReport::markdown(const QString &profile, const QList<CheckItem> &items,
                                  const QDateTime &when)
{
    QStringList out;
    out << tr("# SMS MFA troubleshooting report") << QString();
    out << tr("- **Profile**: %1").arg(profile);
    out << tr("- **Date**: %1").arg(when.toUTC().toString(Qt::ISODate));
    out << tr("- **Result**: %1").arg(summaryText(items));
    out << QString();
    for (const CheckItem &item : items) {
        out << QStringLiteral("## %1. %2").arg(CheckItem::number(item.id)).arg(item.title);
        out << QString();
        out << tr("**%1**: %2").arg(CheckItem::stateText(item.state), item.finding);
        if (!item.details.isEmpty())
            out << QString() << item.details;
        QStringList links;
        for (const CheckFix &fix : item.fixes) {
            if (fix.kind == CheckFix::Kind::OpenUrl)
                links << QStringLiteral("- [%1](%2)").arg(fix.label, fix.argument);
        }
        if (!links.isEmpty())
            out << QString() << links.join(QLatin1Char('\n'));
        out << QString();
    }
    out << tr("Made by %1. Secret values are never included in this report.")
               .arg(QCoreApplication::applicationName());
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject ChecklistReport::itemJson(const CheckItem &item)
{
    QJsonArray fixes;
    for (const CheckFix &fix : item.fixes)
        fixes.append(QJsonObject {{QStringLiteral("kind"), CheckFix::kindName(fix.kind)},
                                  {QStringLiteral("label"), fix.label},
                                  {QStringLiteral("argument"), fix.argument}});
    return {{QStringLiteral("id"), item.id},
            {QStringLiteral("number"), CheckItem::number(item.id)},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("state"), CheckItem::stateName(item.state)},
            {QStringLiteral("finding"), item.finding},
            {QStringLiteral("details"), item.details},
            {QStringLiteral("fixes"), fixes}};
}

QJsonArray ChecklistReport::itemsJson(const QList<CheckItem> &items)
{
    QJsonArray list;
    for (const CheckItem &item : items)
        list.append(itemJson(item));
    return list;
}

QJsonObject ChecklistReport::summaryJson(const QList<CheckItem> &items)
{
    QJsonObject counts;
    for (const CheckItem &item : items) {
        const QString key = CheckItem::stateName(item.state);
        counts.insert(key, counts.value(key).toInt() + 1);
    }
    return counts;
}

bool ChecklistReport::anyFailed(const QList<CheckItem> &items)
{
    for (const CheckItem &item : items) {
        if (item.state == CheckItem::State::Fail)
            return true;
    }
    return false;
}

QString ChecklistReport::summaryText(const QList<CheckItem> &items)
{
    int pass = 0, warning = 0, fail = 0, manual = 0, other = 0;
    for (const CheckItem &item : items) {
        switch (item.state) {
        case CheckItem::State::Pass:
            ++pass;
            break;
        case CheckItem::State::Warning:
            ++warning;
            break;
        case CheckItem::State::Fail:
            ++fail;
            break;
        case CheckItem::State::Manual:
            ++manual;
            break;
        case CheckItem::State::NotChecked:
        case CheckItem::State::Running:
            ++other;
            break;
        }
    }
    QStringList parts;
    parts << tr("%n passed", nullptr, pass);
    if (fail)
        parts << tr("%n failed", nullptr, fail);
    if (warning)
        parts << tr("%n with warnings", nullptr, warning);
    if (manual)
        parts << tr("%n to check by hand", nullptr, manual);
    if (other)
        parts << tr("%n not checked", nullptr, other);
    return parts.join(QStringLiteral(", "));
}
