#pragma once

#include "actionfactory.h"
#include "actionrunner.h"
#include "auditlog.h"
#include "profileloader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <variant>

namespace Pitwall::Test {

/// Plans and runs actions the way the dashboard and the command line do —
/// through an ActionRunner, on its worker thread — with the audit log in a
/// directory of the test's own.
class ActionProbe
{
public:
    explicit ActionProbe(Profile profile)
        : m_profile(std::move(profile))
        , m_audit(m_dir.filePath(QStringLiteral("audit.jsonl")))
    { }

    /// Plans @p request; false (with the reason in outcome()) when it cannot be planned.
    bool plan(const ActionRequest &request)
    {
        auto created = createAction(request, m_profile);
        if (const auto *error = std::get_if<QString>(&created)) {
            m_outcome = ActionOutcome{};
            m_outcome.message = *error;
            m_runner.reset();
            return false;
        }
        m_runner = std::make_unique<ActionRunner>(m_profile, std::move(std::get<std::unique_ptr<Action>>(created)));
        m_runner->setAuditLog(m_audit);
        QSignalSpy planned(m_runner.get(), &ActionRunner::planned);
        QSignalSpy finished(m_runner.get(), &ActionRunner::finished);
        m_runner->startPlanning();
        if (!QTest::qWaitFor([&] { return !planned.isEmpty() || !finished.isEmpty(); }, 120'000))
            qWarning("planning did not end");
        m_outcome = m_runner->outcome();
        return !planned.isEmpty();
    }
    const ActionPlan &currentPlan() const { return m_runner->plan(); }

    /// Runs the plan (typing @p confirmation for a destructive one) and waits for the outcome.
    ActionOutcome run(const QString &confirmation = {})
    {
        QSignalSpy finished(m_runner.get(), &ActionRunner::finished);
        m_runner->run(confirmation);
        if (finished.isEmpty() && !finished.wait(300'000))
            qWarning("the action did not finish");
        m_outcome = m_runner->outcome();
        return m_outcome;
    }
    ActionRunner &runner() { return *m_runner; }
    const ActionOutcome &outcome() const { return m_outcome; }

    /// The audit log's lines, parsed.
    QList<QJsonObject> auditLines() const
    {
        QList<QJsonObject> lines;
        QFile file(m_audit.path());
        if (!file.open(QIODevice::ReadOnly))
            return lines;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.isEmpty())
                lines << QJsonDocument::fromJson(line).object();
        }
        return lines;
    }
    QString auditPath() const { return m_audit.path(); }
    const Profile &profile() const { return m_profile; }

private:
    Profile m_profile;
    QTemporaryDir m_dir;
    AuditLog m_audit;
    std::unique_ptr<ActionRunner> m_runner;
    ActionOutcome m_outcome;
};

/// A profile from YAML text; fails the test when it does not load.
inline Profile actionProfile(const QString &yaml)
{
    auto loaded
        = ProfileLoader::parse(yaml.toUtf8(), QStringLiteral("actions.yaml"), ProfileLoader::defaultThresholds());
    if (const auto *error = std::get_if<ProfileError>(&loaded))
        qFatal("test profile does not load: %s", qPrintable(error->toString()));
    return std::get<Profile>(loaded);
}

/// Prints an outcome in a failure message.
inline QByteArray describe(const ActionOutcome &outcome)
{
    return (outcome.statusName() + QLatin1String(": ") + outcome.message + QLatin1String(" | ")
            + outcome.details.join(QLatin1String("; ")))
        .toUtf8();
}

} // namespace Pitwall::Test
