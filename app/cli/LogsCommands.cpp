#include "Commands.h"

#include "CliApp.h"

// Being written (issue 4): until then the group answers as an unknown command.
int logsCommand(CliApp &app, const QString &verb, const QStringList &args)
{
    Q_UNUSED(args);
    return app.out().fail(CliOutput::UsageError, QStringLiteral("usage"),
                          CliApp::tr("unknown command \"logs %1\". Run sms-hook-cli --help for "
                                     "the list.")
                              .arg(verb));
}

QString logsUsage()
{
    return {};
}
