#pragma once

#include "TenantStatus.h"

#include <QCoreApplication>

// Turns what was read from a tenant into the status board's findings. Pure functions, no I/O,
// so that each judgement is tested without a network. The dashboard links are built from the
// domain (Auth0Dashboard).
class TenantJudge
{
    Q_DECLARE_TR_FUNCTIONS(TenantJudge)
public:
    // Every finding, in the order the board shows them.
    static TenantStatus judge(const TenantSnapshot &snapshot, const QString &domain);

    static TenantFinding connection(const TenantSnapshot &s, const QString &domain);
    static TenantFinding mode(const TenantSnapshot &s, const QString &domain);
    static TenantFinding smsFactor(const TenantSnapshot &s, const QString &domain);
    static TenantFinding messageTypes(const TenantSnapshot &s, const QString &domain);
    static TenantFinding provider(const TenantSnapshot &s, const QString &domain);
    static TenantFinding binding(const TenantSnapshot &s, const QString &domain);
    static TenantFinding deployed(const TenantSnapshot &s, const QString &domain);
    static TenantFinding build(const TenantSnapshot &s, const QString &domain);
    static TenantFinding runtime(const TenantSnapshot &s, const QString &domain);
    static TenantFinding dependency(const TenantSnapshot &s, const QString &domain);
    static TenantFinding secrets(const TenantSnapshot &s, const QString &domain);
    static TenantFinding code(const TenantSnapshot &s, const QString &domain, QString *diff);
    static TenantFinding hooks(const TenantSnapshot &s, const QString &domain);

    // Code compared as Auth0 would run it: line endings and trailing blanks do not count.
    static bool sameCode(const QString &a, const QString &b);
    // Whether source is a legacy hook (module.exports = function (recipient, text, context, cb))
    // rather than an Action (exports.onExecute...).
    static bool isLegacyHook(const QString &source);
};
