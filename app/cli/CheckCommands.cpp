#include "Commands.h"

#include "CliApp.h"
#include "checks/Checklist.h"
#include "checks/ChecklistReport.h"
#include "log/DeliveryLog.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QMap>

#include <memory>

// sms-hook-cli check: the console's troubleshooting checklist for scripts and CI. Prints each
// item as it is judged, then exits 1 when any item failed.

namespace {

// Terminals that cannot show the marks get ASCII ones.
bool asciiOnly()
{
    const QByteArray locale = qgetenv("LC_ALL") + qgetenv("LC_CTYPE") + qgetenv("LANG");
    return !locale.toUpper().contains("UTF-8") && !locale.toUpper().contains("UTF8");
}

QString itemLine(const CheckItem &item, bool ascii)
{
    return QStringLiteral("%1 %2. %3: %4")
        .arg(CheckItem::stateMark(item.state, ascii))
        .arg(CheckItem::number(item.id))
        .arg(item.title, item.finding);
}

} // namespace

int checkCommand(CliApp &app, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("profile"), CliApp::tr("The profile."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("to"),
                      CliApp::tr("Test recipient to check (E.164, or national with the profile's "
                                 "region); default: the one last used with this profile."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("item"),
                      CliApp::tr("Check only this item (%1).")
                          .arg(CheckItem::allIds().join(QStringLiteral(", "))),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("details"), CliApp::tr("Print each item's details too.")});
    if (!app.parse(parser, args, QStringLiteral("check"), 0))
        return parser.isSet(QStringLiteral("help")) ? CliOutput::Success : CliOutput::UsageError;
    QStringList ids = CheckItem::allIds();
    if (parser.isSet(QStringLiteral("item"))) {
        const QString id = parser.value(QStringLiteral("item"));
        const int number = id.toInt();
        if (number >= 1 && number <= ids.size())
            ids = {ids.at(number - 1)};
        else if (ids.contains(id))
            ids = {id};
        else
            return app.out().fail(CliOutput::UsageError, QStringLiteral("usage"),
                                  CliApp::tr("--item: \"%1\" is not an item; use 1-7 or one of %2.")
                                      .arg(id, CheckItem::allIds().join(QStringLiteral(", "))));
    }
    int code = 0;
    auto profile = app.requireProfile(parser, &code);
    if (!profile || !app.prepareProfile(&*profile, &code))
        return code;

    // The log is only read (item 7); a log that cannot be opened leaves that item unchecked.
    // Closed before the command ends, while the event loop still runs.
    auto *log = new DeliveryLog(DeliveryLog::defaultPath());
    log->open();
    auto *checklist = new Checklist(&app.profiles(), &app.secrets(), app.network(), log, qApp);
    checklist->setProfile(*profile);
    const QString to = parser.isSet(QStringLiteral("to")) ? parser.value(QStringLiteral("to"))
                                                          : checklist->rememberedRecipient();
    checklist->setRecipient(to);
    if (parser.isSet(QStringLiteral("to")))
        checklist->rememberRecipient(to);

    const bool ascii = asciiOnly();
    const bool details = parser.isSet(QStringLiteral("details"));
    CliOutput &out = app.out();
    out.text(CliApp::tr("Checking profile \"%1\"%2...")
                 .arg(profile->name,
                      to.isEmpty() ? QString() : CliApp::tr(" with test recipient %1").arg(to)));
    const QString profileName = profile->name;
    // Items are judged as their answers come in; they are printed in their own order, each as
    // soon as those before it are done.
    auto judged = std::make_shared<QMap<QString, CheckItem>>();
    auto next = std::make_shared<int>(0);
    QObject::connect(
        checklist, &Checklist::itemChanged, checklist,
        [&out, ascii, details, ids, judged, next, profileName](const CheckItem &item) {
            if (item.state == CheckItem::State::Running)
                return;
            judged->insert(item.id, item);
            while (*next < ids.size() && judged->contains(ids.at(*next))) {
                const CheckItem done = judged->value(ids.at((*next)++));
                out.text(itemLine(done, ascii));
                if (details && !done.details.isEmpty())
                    out.text(QStringLiteral("    ")
                             + QString(done.details)
                                   .replace(QLatin1Char('\n'), QStringLiteral("\n    ")));
                for (const CheckFix &fix : done.fixes) {
                    if (fix.kind == CheckFix::Kind::OpenUrl)
                        out.text(QStringLiteral("    -> %1: %2").arg(fix.label, fix.argument));
                    else if (fix.kind == CheckFix::Kind::OpenSecret)
                        out.text(QStringLiteral("    -> %1: sms-hook-cli secrets set --profile "
                                                "\"%2\" %3")
                                     .arg(fix.label, profileName, fix.argument));
                    else if (fix.kind == CheckFix::Kind::OpenTenant)
                        out.text(QStringLiteral("    -> %1: sms-hook-cli auth0 %2 --profile \"%3\"")
                                     .arg(fix.label,
                                          done.state == CheckItem::State::Manual
                                              ? QStringLiteral("connect")
                                              : QStringLiteral("status"),
                                          profileName));
                    else if (fix.kind == CheckFix::Kind::RewriteE164)
                        out.text(QStringLiteral("    -> printf %s '%1' | sms-hook-cli secrets set "
                                                "--profile \"%2\" TWILIO_PHONE_NUMBER")
                                     .arg(fix.argument, profileName));
                }
            }
        });
    QObject::connect(
        checklist, &Checklist::finished, checklist, [&app, checklist, log, ids, profileName, to] {
            QList<CheckItem> items;
            for (const QString &id : ids)
                items << checklist->item(id);
            const bool failed = ChecklistReport::anyFailed(items);
            app.out().text(ChecklistReport::summaryText(items));
            app.out().result(
                QJsonObject {{QStringLiteral("ok"), !failed},
                             {QStringLiteral("profile"), profileName},
                             {QStringLiteral("to"), to},
                             {QStringLiteral("summary"), ChecklistReport::summaryJson(items)},
                             {QStringLiteral("items"), ChecklistReport::itemsJson(items)}});
            if (failed)
                app.out().warning(CliApp::tr("sms-hook-cli: %1; see the items marked "
                                             "as failed above.")
                                      .arg(ChecklistReport::summaryText(items)));
            checklist->deleteLater();
            delete log;
            app.finishLater(failed ? CliOutput::Failure : CliOutput::Success);
        });
    checklist->runItems(ids);
    return -1;
}

QString checkUsage()
{
    return CliApp::tr("  check --profile P [--to N] [--item ID] [--details]\n"
                      "                                     the troubleshooting checklist: each "
                      "item\n"
                      "                                     checked for real; exit 1 if any "
                      "fails\n");
}
