#pragma once

#include "collector.h"
#include "collectorfactory.h"
#include "profileloader.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>
#include <variant>

namespace Pitwall::Test {

/// One poll's outcome: the result, or the error a person would read.
struct PollOutcome
{
    bool ok = false;
    PollResult result;
    QString error;
    /// The failure was the server refusing the credentials (the window asks for a password).
    bool authentication = false;

    /// The samples of @p metric with exactly @p labels.
    std::optional<double> value(const QString &metric, const Labels &labels = {}) const
    {
        for (const auto &sample : result.samples)
            if (sample.key.metric == metric && sample.key.labels == labels)
                return sample.value;
        return std::nullopt;
    }
};

/// A profile from YAML text; fails the test when it does not load.
inline Profile profileFrom(const QString &yaml)
{
    auto loaded = ProfileLoader::parse(yaml.toUtf8(), QStringLiteral("test.yaml"), ProfileLoader::defaultThresholds());
    if (const auto *error = std::get_if<ProfileError>(&loaded))
        qFatal("test profile does not load: %s", qPrintable(error->message));
    return std::get<Profile>(loaded);
}

/// Drives a collector on the test's own thread, one poll at a time, so that a
/// test can read the server itself right before and after a poll.
class CollectorProbe
{
public:
    CollectorProbe(const Profile &profile, const QString &source)
        : m_collector(createCollector(*profile.source(source), profile))
    { }
    ~CollectorProbe() { m_collector->shutdown(); }

    PollOutcome poll()
    {
        QSignalSpy polled(m_collector.get(), &Collector::polled);
        QSignalSpy failed(m_collector.get(), &Collector::failed);
        QSignalSpy deferred(m_collector.get(), &Collector::deferred);
        m_collector->pollOnce();
        PollOutcome outcome;
        if (!polled.isEmpty()) {
            outcome.ok = true;
            outcome.result = polled.first().first().value<PollResult>();
        } else if (!failed.isEmpty()) {
            outcome.error = failed.first().at(1).toString();
            outcome.authentication = failed.first().at(2).toBool();
        } else if (!deferred.isEmpty()) {
            outcome.error = QStringLiteral("deferred");
        }
        return outcome;
    }

    Collector &collector() { return *m_collector; }

private:
    std::unique_ptr<Collector> m_collector;
};

} // namespace Pitwall::Test
