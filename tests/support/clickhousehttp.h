#pragma once

#include "labenvironment.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QProcess;

namespace Pitwall::Test {

/// A test's own ClickHouse client: the lab's HTTP port through curl.
class ClickHouseHttp
{
public:
    explicit ClickHouseHttp(const LabEnvironment &lab);

    /// The answer's body (TabSeparated unless @p sql says otherwise); @p ok false on an error status.
    QByteArray query(const QString &sql, bool *ok = nullptr) const;
    QString value(const QString &sql) const { return QString::fromUtf8(query(sql)).trimmed(); }
    /// Starts @p sql with @p queryId in a curl of its own.
    std::unique_ptr<QProcess> start(const QString &sql, const QString &queryId) const;

private:
    int m_port;
};

} // namespace Pitwall::Test
