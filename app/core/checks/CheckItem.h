#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// One thing the user can do about a checklist item. The console performs RewriteE164 and
// ConfirmManual itself (Checklist::applyFix); the others are navigation the front end does.
struct CheckFix
{
    enum class Kind {
        OpenSecret, // argument: the secret's name
        RewriteE164, // argument: the E.164 form to store as TWILIO_PHONE_NUMBER
        OpenUrl, // argument: a Twilio Console (or docs) URL
        SendTest, // argument: the recipient to prefill, may be empty
        ConfirmManual, // argument: "1" to confirm, "0" to withdraw the confirmation
        OpenHookCode, // argument: empty
        OpenTenant, // argument: empty; the Tenant page (connect, status board)
    };

    Kind kind = Kind::OpenSecret;
    QString label; // translated, for a button
    QString argument;

    static QString kindName(Kind kind); // stable, for --json: "open-secret", ...
    bool operator==(const CheckFix &o) const
    {
        return kind == o.kind && label == o.label && argument == o.argument;
    }
};

// One item of the troubleshooting checklist, as the user sees it: a state, one line saying what
// was found, details (Markdown) and the fixes that apply. Never holds a credential: the only
// secret value an item may show is the sending number, which is not one.
struct CheckItem
{
    Q_DECLARE_TR_FUNCTIONS(CheckItem)
public:
    enum class State { NotChecked, Running, Pass, Warning, Fail, Manual };

    QString id; // stable: see Ids below
    QString title; // translated
    State state = State::NotChecked;
    QString finding; // translated, one line
    QString details; // translated Markdown
    QList<CheckFix> fixes;

    // The items, in the order of Auth0's troubleshooting list.
    struct Ids
    {
        static QString tenant() { return QStringLiteral("tenant"); }
        static QString secrets() { return QStringLiteral("secrets"); }
        static QString credentials() { return QStringLiteral("credentials"); }
        static QString sender() { return QStringLiteral("sender"); }
        static QString e164() { return QStringLiteral("e164"); }
        static QString trial() { return QStringLiteral("trial"); }
        static QString lastSend() { return QStringLiteral("last-send"); }
    };
    static QStringList allIds();
    // 1-based position of id in allIds(), 0 when unknown.
    static int number(const QString &id);
    // The item as it stands before any check: its title, NotChecked, no finding.
    static CheckItem initial(const QString &id);
    static QString titleFor(const QString &id);

    static QString stateName(State state); // stable: "pass", "warning", "fail", "not-checked", ...
    static std::optional<State> stateFromName(const QString &name);
    static QString stateText(State state); // translated: "Pass", "Not checked", ...
    // One-character mark for terminals: ✔ ! ✖ – ? … (ASCII fallback: + ! x - ? .)
    static QString stateMark(State state, bool ascii = false);
    // How bad a state is, to combine sub-results: Fail > Warning > NotChecked > Manual > Pass.
    static int severity(State state);
    static State worst(State a, State b);

    bool hasFix(CheckFix::Kind kind) const;
    std::optional<CheckFix> fix(CheckFix::Kind kind) const;
};

Q_DECLARE_METATYPE(CheckItem)
