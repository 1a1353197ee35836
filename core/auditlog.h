#pragma once

#include "actionoutcome.h"
#include "actionplan.h"
#include "actionrequest.h"
#include "profile.h"

#include <QJsonObject>
#include <QString>

namespace Pitwall {

/// The audit log of actions: append-only JSON lines, one per run (dry runs,
/// refusals and runs a person did not confirm included) with the time, the
/// OS user, the profile, the source, the action, its statements, the outcome
/// and the duration. Never a password or a connection string: statements are
/// the plan's, which hold names and templates, not credentials or row data.
/// Each line is one write() on a file opened with O_APPEND, so that several
/// Pitwalls writing at once never interleave lines.
class AuditLog
{
public:
    /// `$XDG_DATA_HOME/pitwall/audit.jsonl` (QStandardPaths::GenericDataLocation).
    static QString defaultPath();

    explicit AuditLog(QString path = defaultPath());

    QString path() const { return m_path; }
    /// Appends one line; false (with @p error) when the file cannot be written.
    bool append(const QJsonObject &entry, QString *error = nullptr) const;

    /// The line for one run of @p request under @p profile.
    static QJsonObject entry(const Profile &profile, const ActionRequest &request, const ActionPlan &plan,
                             const ActionOutcome &outcome);
    /// The name of the user Pitwall runs as.
    static QString osUser();

private:
    QString m_path;
};

} // namespace Pitwall
