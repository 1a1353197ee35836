#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Pitwall {

/// What an action will do, read from the servers before anything is sent
/// that changes them: the exact statements or commands, what they touch, and
/// an estimate (keys matched, parts to merge, dead rows, sizes).
struct ActionPlan
{
    /// The action's command-line name and the source it acts on.
    QString action;
    QString source;
    /// One line for a person: "Flush the keys matching 'lab:*' on lab-redis".
    QString title;
    /// Exactly what will be sent, in order; a line stands for a repeated
    /// command where the plan says so ("UNLINK <the keys of each SCAN batch>").
    QStringList statements;
    /// The objects the statements touch, one a line.
    QStringList touches;
    /// Counts and sizes: "2,500 keys match (of 3,512)".
    QString estimate;
    /// A few of the objects touched (keys, rows), for a person to recognise.
    QStringList sample;
    /// What a person should know: a fallback taken, a limit applied.
    QStringList notes;
    /// Set for destructive plans (FLUSHDB, OPTIMIZE FINAL of a whole table,
    /// terminating a backend): the word a person must type to go ahead.
    QString confirmWord;
    /// Why the plan cannot run (read_only profile, a missing privilege); empty if it can.
    QString refusal;
    /// The plan would change nothing (no key matches, every partition has one part).
    bool nothingToDo = false;

    bool isDestructive() const { return !confirmWord.isEmpty(); }
    bool isRunnable() const { return refusal.isEmpty() && !nothingToDo; }
    /// The plan as plain text, as the command line prints it.
    QString toText() const;
};

} // namespace Pitwall

Q_DECLARE_METATYPE(Pitwall::ActionPlan)
