#pragma once

#include "actioncontext.h"
#include "actionoutcome.h"
#include "actionplan.h"
#include "actionrequest.h"
#include "profile.h"

#include <QCoreApplication>

#include <chrono>
#include <exception>

namespace Pitwall {

/// One action on one source (DESIGN.md, actions). It is planned first — the
/// exact statements it will send, what they touch and an estimate, read from
/// the servers with nothing changed — and then run, on a worker thread (see
/// ActionRunner) with connections of its own, made in plan() and run() on
/// that thread. Identifiers and literals are quoted by the client libraries.
class Action
{
    Q_DECLARE_TR_FUNCTIONS(Pitwall::Action)

public:
    Action(ActionRequest request, const Profile &profile, SourceConfig source);
    virtual ~Action();
    Action(const Action &) = delete;
    Action &operator=(const Action &) = delete;

    const ActionRequest &request() const { return m_request; }
    /// The source as the profile names it (its monitoring URL).
    const SourceConfig &source() const { return m_source; }

    /// Reads what the action would do; sends nothing that changes a server.
    /// Throws CollectorError.
    virtual ActionPlan plan() = 0;
    /// Carries out what the last plan() said. On a read_only profile it
    /// refuses before it connects. Throws CollectorError.
    ActionOutcome run(ActionContext &context);

protected:
    /// run() without the read_only check.
    virtual ActionOutcome execute(ActionContext &context) = 0;

    const Profile &profile() const { return m_profile; }
    /// The source as actions connect to it (action_url, else url).
    SourceConfig actionSource() const { return m_source.forActions(); }
    /// "postgres `lab-pg` (127.0.0.1:5432)": how messages name the source.
    QString describe() const;
    /// The password of @p source (environment or keychain; empty: libpq's pgpass).
    QString passwordOf(const SourceConfig &source) const;
    /// For connecting and for each read.
    std::chrono::milliseconds timeout() const { return std::chrono::seconds(10); }
    /// A plan with the action and the source filled in.
    ActionPlan newPlan(const QString &title) const;
    /// A libpq failure of an action as a message a person can act on.
    QString explainPostgres(const std::exception &error) const;

private:
    ActionRequest m_request;
    Profile m_profile;
    SourceConfig m_source;
};

} // namespace Pitwall
