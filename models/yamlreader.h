#pragma once

#include "profileloader.h"

#include <QString>

#include <yaml-cpp/yaml.h>

#include <chrono>
#include <initializer_list>

namespace Pitwall {

/// Walks a parsed YAML document: the checks every section's reader shares.
/// Each check that fails throws a ProfileError at the node it is about, with
/// the file, line and column.
class YamlReader
{
public:
    explicit YamlReader(QString fileName)
        : m_fileName(std::move(fileName))
    { }

    [[noreturn]] void fail(const YAML::Node &node, const QString &message) const;
    void expectMap(const YAML::Node &node, const QString &what) const;
    void expectKeys(const YAML::Node &map, std::initializer_list<const char *> allowed, const QString &what) const;
    QString scalar(const YAML::Node &node, const QString &what) const;
    double number(const YAML::Node &node, const QString &what) const;
    bool boolean(const YAML::Node &node, const QString &what) const;
    std::chrono::milliseconds duration(const YAML::Node &node, const QString &what) const;
    /// The variable named by a `${VAR}` reference; anything else is a
    /// password written in the clear and refused.
    QString passwordReference(const YAML::Node &node, const QString &text, const QString &what) const;

    /// How a refused password tells the person what to write instead.
    static const QString &secureWays();

private:
    QString m_fileName;
};

} // namespace Pitwall
