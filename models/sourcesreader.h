#pragma once

#include "yamlreader.h"

namespace Pitwall {

/// Reads a profile's `sources:`: each source's name, kind, URLs, password
/// references and curated indexes. A password written out is refused.
class SourcesReader : public YamlReader
{
public:
    using YamlReader::YamlReader;

    /// The list, at least one source, each name once.
    QList<SourceConfig> sources(const YAML::Node &list, const YAML::Node &parent) const;
    SourceConfig source(const YAML::Node &node) const;

private:
    /// `indexes: [{table: public.transactions, columns: [user_id, created_at]}]`
    QList<CuratedIndex> curatedIndexes(const YAML::Node &list, const QString &what) const;
    /// A source's URL: `user:${VAR}@host` names the variable that holds the
    /// password (put in @p passwordEnv); a password written out is refused.
    /// A postgres or pgbouncer URL is libpq's, kept as written in @p libpqUri:
    /// it may name no host (the Unix socket), hosts in ?host=, a ?service=, several hosts.
    QUrl url(const YAML::Node &node, const QString &what, SourceKind kind, QString *passwordEnv,
             QString *libpqUri) const;
    QUrl libpqUrl(const YAML::Node &node, const QString &what, const QString &text, QString *libpqUri) const;
    /// Refuses a URL scheme the source's kind does not speak, and TLS that
    /// Pitwall cannot give: `rediss://` would otherwise be read in plain text.
    /// `sqlite:///absolute/path/app.db`: a local file, no host, no options. Spaces
    /// and quotes may be written as they are or percent-encoded.
    QUrl sqliteUrl(const YAML::Node &node, const QString &what) const;
    void expectScheme(const YAML::Node &node, SourceKind kind, const QUrl &url, const QString &what) const;
};

} // namespace Pitwall
