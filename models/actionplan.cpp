#include "actionplan.h"

namespace Pitwall {

QString ActionPlan::toText() const
{
    QString text = title + QLatin1Char('\n');
    const auto section = [&text](const char *heading, const QStringList &lines) {
        if (lines.isEmpty())
            return;
        text += QLatin1Char('\n') + QLatin1String(heading) + QLatin1Char('\n');
        for (const QString &line : lines)
            text += QLatin1String("  ") + line + QLatin1Char('\n');
    };
    section("Statements:", statements);
    section("Touches:", touches);
    if (!estimate.isEmpty())
        text += QStringLiteral("\nEstimate: ") + estimate + QLatin1Char('\n');
    section("Sample:", sample);
    section("Notes:", notes);
    if (nothingToDo)
        text += QStringLiteral("\nNothing to do.\n");
    if (!refusal.isEmpty())
        text += QStringLiteral("\nRefused: ") + refusal + QLatin1Char('\n');
    else if (isDestructive() && isRunnable())
        text += QStringLiteral("\nDestructive: type '%1' to confirm.\n").arg(confirmWord);
    return text;
}

} // namespace Pitwall
