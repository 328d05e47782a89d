#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// A Send Phone Message hook turned into an Action for a trigger (send-phone-message or
// custom-phone-provider). Pure: the conversion edits the hook's text at the positions of its
// syntax tree (resources/hooks/convert.js, in the thread's lint engine), so that the user's code,
// comments and formatting stay; no user code runs. What it cannot map stays in place under a
// "// TODO(convert): ..." comment (which lint reports); what it changed that the user should
// know is under a "// Converted: ..." comment.
struct ActionConversion
{
    Q_DECLARE_TR_FUNCTIONS(ActionConversion)
public:
    // One comment the conversion wrote into the code.
    struct Item
    {
        int line = 0; // 1-based, in code; 0 when it could not be placed
        QString kind; // stable: "context-field", "cb-nested", "verify-service-sid", ...
        QString arg; // what it is about: "context.factor_type", "cb"
        QString message; // translated: what it is and what to do
    };

    bool ok = false;
    QString code; // the Action's source
    QString trigger;
    QList<Item> unmapped; // left in place with a TODO(convert) comment
    QList<Item> notes; // changed, with a "Converted:" comment

    // When !ok: why, as a stable kind ("syntax", "not-hook", "already-action", "params",
    // "trigger", "output-syntax", "internal"), a translated message and fix, and where.
    QString errorKind;
    QString error;
    QString fix;
    int errorLine = 0;
    int errorColumn = 0;
};

namespace ActionConverter {
ActionConversion convert(const QString &hookSource, const QString &trigger);
} // namespace ActionConverter
