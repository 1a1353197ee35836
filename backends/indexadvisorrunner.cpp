#include "indexadvisorrunner.h"

#include "indexadvisor.h"

namespace Pitwall {

IndexAdvisorRunner::IndexAdvisorRunner(const Profile &profile, QObject *parent)
    : QObject(parent)
    , m_context(new QObject)
{
    qRegisterMetaType<Pitwall::IndexAdvice>();
    for (const SourceConfig &source : profile.sources) {
        if (source.kind == SourceKind::Postgres)
            m_advisors.push_back(std::make_unique<IndexAdvisor>(source, profile));
    }
    m_thread.setObjectName(QStringLiteral("index-advisor"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

IndexAdvisorRunner::~IndexAdvisorRunner()
{
    m_thread.quit();
    m_thread.wait();
}

QStringList IndexAdvisorRunner::sources() const
{
    QStringList names;
    for (const auto &advisor : m_advisors)
        names << advisor->source().name;
    return names;
}

void IndexAdvisorRunner::refresh()
{
    if (m_running)
        return;
    m_running = true;
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            for (const auto &advisor : m_advisors) {
                const IndexAdvice advice = advisor->advise();
                QMetaObject::invokeMethod(
                    this, [this, advice] { Q_EMIT advised(advice); }, Qt::QueuedConnection);
            }
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_running = false;
                    Q_EMIT finished();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace Pitwall
