#include "Commands.h"

#include "CliApp.h"

// Being written (issue 5): until then the group answers as an unknown command.
int runHookCommand(CliApp &app, const QStringList &args)
{
    Q_UNUSED(args);
    return app.out().fail(CliOutput::UsageError, QStringLiteral("usage"),
                          CliApp::tr("unknown command \"run-hook\"."));
}

int lintCommand(CliApp &app, const QStringList &args)
{
    Q_UNUSED(args);
    return app.out().fail(CliOutput::UsageError, QStringLiteral("usage"),
                          CliApp::tr("unknown command \"lint\"."));
}

QString hookUsage()
{
    return {};
}
