#pragma once

#include <QMap>
#include <QString>

#include <mutex>

/// The lab's ports (lab.env) and the workload's steering knobs (workload.conf,
/// re-read every second so tests can change the traffic while it runs).
class WorkloadControl
{
public:
    bool loadEnvironment(const QString &path);
    void setControlFile(const QString &path) { m_controlPath = path; }
    /// Re-reads the control file; keeps the last values if it cannot be read.
    void reload();

    QString env(const QString &key) const { return m_env.value(key); }
    double number(const QString &key, double fallback) const;
    bool flag(const QString &key) const;
    /// A knob as written (sqlite_reader=hold).
    QString text(const QString &key) const;

private:
    QMap<QString, QString> m_env;
    QString m_controlPath;
    mutable std::mutex m_mutex;
    QMap<QString, QString> m_knobs;
};
