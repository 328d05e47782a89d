#pragma once

#include "Auth0Error.h"
#include "Auth0Types.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// What one read of a tenant found about whether a login's MFA text message reaches Twilio through
// this profile's Action: each reading side by side (TenantSnapshot), and the findings judged from
// them (TenantFinding), each saying what is wrong and the fix. Plain data; TenantJudge judges,
// TenantStatusReader reads.

// One thing the status board shows.
struct TenantFinding
{
    enum class Severity { Ok, Info, Warning, Problem, NotChecked };

    QString id; // stable, see Ids
    Severity severity = Severity::NotChecked;
    QString title; // translated: "SMS factor"
    QString finding; // translated, one line: what was found
    QString details; // translated Markdown, may be empty
    QString fix; // translated: what to do; empty when nothing is to be done
    QUrl dashboardUrl; // where in the Auth0 Dashboard to do it; may be empty

    struct Ids
    {
        static QString connection() { return QStringLiteral("connection"); }
        static QString mode() { return QStringLiteral("mode"); }
        static QString smsFactor() { return QStringLiteral("sms-factor"); }
        static QString messageTypes() { return QStringLiteral("message-types"); }
        static QString provider() { return QStringLiteral("provider"); }
        static QString binding() { return QStringLiteral("binding"); }
        static QString deployed() { return QStringLiteral("deployed"); }
        static QString build() { return QStringLiteral("build"); }
        static QString runtime() { return QStringLiteral("runtime"); }
        static QString dependency() { return QStringLiteral("twilio-dependency"); }
        static QString secrets() { return QStringLiteral("secrets"); }
        static QString code() { return QStringLiteral("code"); }
        static QString hooks() { return QStringLiteral("legacy-hooks"); }
    };

    static QString severityName(Severity s); // stable: "ok", "info", "warning", "problem", ...
    static QString severityText(Severity s); // translated
};

// One read's answer: the value when ok, else the error (a read not made has made == false).
template<typename T> struct TenantRead
{
    bool made = false;
    T value {};
    Auth0Error error;
    bool isOk() const { return made && !error.isError(); }
};

struct TenantSnapshot
{
    enum class Mode { Unknown, Unified, Legacy };

    Auth0Error tokenError; // the token could not be had: nothing else was read
    QStringList grantedScopes;
    TenantRead<TenantSettings> settings;
    TenantRead<QList<GuardianFactor>> factors;
    TenantRead<QStringList> messageTypes;
    TenantRead<QString> selectedProvider; // legacy only (403 on Unified tenants)
    TenantRead<QList<PhoneProvider>> phoneProviders;
    TenantRead<TriggerBindingList> sendPhoneMessageBindings;
    TenantRead<TriggerBindingList> customPhoneProviderBindings;
    TenantRead<Action> boundAction; // the first Action bound to the mode's trigger, read whole
    TenantRead<QList<Hook>> hooks; // send-phone-message hooks still listed

    // What the console knows of the profile's side.
    bool profileCodeSaved = false;
    QString profileCode;
    QStringList deployedCodeSecrets; // secret names the deployed code reads (lint)
    bool deployedCodeRequiresTwilio = false;

    Mode mode() const;
    // The trigger the mode runs ("custom-phone-provider" or "send-phone-message").
    QString trigger() const;
    const TenantRead<TriggerBindingList> &bindingsFor(const QString &trigger) const;
};

struct TenantStatus
{
    Q_DECLARE_TR_FUNCTIONS(TenantStatus)
public:
    TenantSnapshot snapshot;
    QList<TenantFinding> findings;
    QString domain;
    QString codeDiff; // unified diff profile -> deployed, empty when equal or not compared

    // No finding is a Problem or NotChecked: a login's MFA text would go to this Action.
    bool wouldSend() const;
    const TenantFinding *finding(const QString &id) const;
    // Translated one line: "The tenant sends MFA text messages through Action X." / "3 problems:
    // ..."
    QString summary() const;
    QList<TenantFinding> problems() const;
};

Q_DECLARE_METATYPE(TenantStatus)
