#pragma once

#include <QString>
#include <QStringList>

class CliApp;

// Command groups that live in their own files, over the same CliApp helpers (options, profile,
// output, network). Each returns an exit code, or -1 when it ends later through finishLater().
// Each also gives its lines for `sms-hook-cli --help`.

// LogsCommands.cpp: logs list | export | sync
int logsCommand(CliApp &app, const QString &verb, const QStringList &args);
QString logsUsage();

// HookCommands.cpp: run-hook FILE ...
int runHookCommand(CliApp &app, const QStringList &args);
QString hookUsage();

// ActionCommands.cpp: lint FILE ..., action convert HOOK ...
int lintCommand(CliApp &app, const QStringList &args);
int actionCommand(CliApp &app, const QString &verb, const QStringList &args);
QString actionUsage();

// CheckCommands.cpp: check --profile P [--to N]
int checkCommand(CliApp &app, const QStringList &args);
QString checkUsage();

// Auth0Commands.cpp: auth0 connect | status | disconnect
int auth0Command(CliApp &app, const QString &verb, const QStringList &args);
QString auth0Usage();

// DeployCommands.cpp: action deploy | pull | rollback (the Action in the tenant)
bool isDeployVerb(const QString &verb);
int deployCommand(CliApp &app, const QString &verb, const QStringList &args);
QString deployUsage();

// MfaCommands.cpp: auth0 test-mfa (the MFA flow through Auth0's Authentication API)
int mfaTestCommand(CliApp &app, const QStringList &args);
QString mfaTestUsage();

// TenantLogCommands.cpp: auth0 logs sync (the tenant's MFA log events into the delivery log)
int tenantLogsCommand(CliApp &app, const QStringList &args);
QString tenantLogsUsage();
