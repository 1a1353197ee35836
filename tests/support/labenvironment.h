#pragma once

#include <QMap>
#include <QString>
#include <QtTest>

namespace Pitwall::Test {

/// The running lab of tests/lab, read from its lab.env: ports, paths, profile.
class LabEnvironment
{
public:
    /// Finds the lab through $PITWALL_LAB or the pointer file the lab writes
    /// ($PITWALL_LAB_POINTER, default /tmp/pitwall-lab.current).
    static LabEnvironment find();

    bool isRunning() const { return !m_values.isEmpty(); }
    QString value(const QString &key) const { return m_values.value(key); }
    int port(const QString &key) const { return m_values.value(key).toInt(); }
    QString dir() const { return value(QStringLiteral("PITWALL_LAB")); }
    QString profilePath() const { return value(QStringLiteral("PITWALL_PROFILE")); }

    /// Runs `tests/lab/lab ARGS…` and returns its exit code.
    int lab(const QStringList &arguments) const;

private:
    QMap<QString, QString> m_values;
};

/// Where tests write what a person should look at (screenshots, exports).
QString testOutputDir();

/// True in CI, where nothing may be skipped for want of a server.
bool inCi();

} // namespace Pitwall::Test

/// Declares `var`, the running lab; without one, skips on a laptop and fails in CI.
#define PITWALL_REQUIRE_LAB(var)                                                                                       \
    const auto var = ::Pitwall::Test::LabEnvironment::find();                                                          \
    do {                                                                                                               \
        if (!var.isRunning()) {                                                                                        \
            if (::Pitwall::Test::inCi())                                                                               \
                QFAIL("no lab is running, and CI must not skip: start it with tests/lab/lab start");                   \
            QSKIP("no lab is running: start it with tests/lab/lab start");                                             \
        }                                                                                                              \
    } while (false)
