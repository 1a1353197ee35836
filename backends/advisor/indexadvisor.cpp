#include "indexadvisor.h"

#include "collectorerror.h"
#include "indexadvisorrun.h"
#include "logging.h"
#include "pgconnection.h"

#include <QDateTime>

#include <pqxx/except>

#include <algorithm>

namespace Pitwall {

IndexAdvisor::IndexAdvisor(SourceConfig source, const Profile &profile)
    : IndexAdvisor(std::move(source), profile, Options())
{ }

IndexAdvisor::IndexAdvisor(SourceConfig source, const Profile &profile, Options options)
    : m_source(std::move(source))
    , m_profile(profile)
    , m_options(options)
{ }

IndexAdvisor::~IndexAdvisor() = default;

IndexAdvice IndexAdvisor::advise()
{
    IndexAdvice advice;
    advice.source = m_source.name;
    advice.timeMs = QDateTime::currentMSecsSinceEpoch();
    IndexAdvisorRun run(*this, advice);
    try {
        run.run();
    } catch (const CollectorError &error) {
        advice.problem = error.message();
    } catch (const pqxx::broken_connection &error) {
        advice.problem = PgConnection::explain(m_source.name, error);
    } catch (const std::exception &error) {
        advice.problem = PgConnection::explain(m_source.name, error);
    }
    std::sort(advice.recommendations.begin(), advice.recommendations.end(),
              [](const IndexRecommendation &a, const IndexRecommendation &b) {
                  if (a.state != b.state)
                      return int(a.state) < int(b.state);
                  return a.estimatedSavingMs > b.estimatedSavingMs;
              });
    qCInfo(lcAdvisor).noquote() << m_source.name << "index advice:" << advice.recommendations.size()
                                << "recommendation(s)," << advice.unhelpable.size() << "unhelpable predicate(s)"
                                << (advice.problem.isEmpty() ? QString() : advice.problem);
    return advice;
}

} // namespace Pitwall
