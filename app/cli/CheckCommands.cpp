#include "Commands.h"

#include "CliApp.h"

// Being written (issue 6): until then the group answers as an unknown command.
int checkCommand(CliApp &app, const QStringList &args)
{
    Q_UNUSED(args);
    return app.out().fail(CliOutput::UsageError, QStringLiteral("usage"),
                          CliApp::tr("unknown command \"check\"."));
}

QString checkUsage()
{
    return {};
}
