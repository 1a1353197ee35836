#include "indexadvisorrunner.h"

#include "indexadvisor.h"

#include <memory>
#include <vector>

namespace Pitwall {

/// The advisors, on the advisor's thread: they own their connections there
/// and keep their counters between refreshes.
class AdvisorWorker : public QObject
{
    Q_OBJECT

public:
    explicit AdvisorWorker(const Profile &profile)
    {
        for (const SourceConfig &source : profile.sources) {
            if (source.kind == SourceKind::Postgres)
                m_advisors.push_back(std::make_unique<IndexAdvisor>(source, profile));
        }
    }

    QStringList sources() const
    {
        QStringList names;
        for (const auto &advisor : m_advisors)
            names << advisor->source().name;
        return names;
    }

    void adviseAll()
    {
        for (const auto &advisor : m_advisors)
            Q_EMIT advised(advisor->advise());
        Q_EMIT finished();
    }

Q_SIGNALS:
    void advised(const Pitwall::IndexAdvice &advice);
    void finished();

private:
    std::vector<std::unique_ptr<IndexAdvisor>> m_advisors;
};

IndexAdvisorRunner::IndexAdvisorRunner(const Profile &profile, QObject *parent)
    : QObject(parent)
    , m_host(QStringLiteral("index-advisor"))
{
    qRegisterMetaType<Pitwall::IndexAdvice>();
    auto worker = std::make_unique<AdvisorWorker>(profile);
    m_sources = worker->sources();
    m_worker = m_host.adopt(std::move(worker));
    connect(m_worker, &AdvisorWorker::advised, this, &IndexAdvisorRunner::advised);
    connect(m_worker, &AdvisorWorker::finished, this, [this] {
        m_running = false;
        Q_EMIT finished();
    });
    m_host.start();
}

IndexAdvisorRunner::~IndexAdvisorRunner() = default;

QStringList IndexAdvisorRunner::sources() const
{
    return m_sources;
}

void IndexAdvisorRunner::refresh()
{
    if (m_running)
        return;
    m_running = true;
    QMetaObject::invokeMethod(m_worker, &AdvisorWorker::adviseAll, Qt::QueuedConnection);
}

} // namespace Pitwall

#include "indexadvisorrunner.moc"
