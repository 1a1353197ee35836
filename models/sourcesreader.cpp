#include "sourcesreader.h"

#include "libpquri.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

namespace Pitwall {

QList<SourceConfig> SourcesReader::sources(const YAML::Node &list, const YAML::Node &parent) const
{
    if (!list || !list.IsSequence() || list.size() == 0)
        fail(list ? list : parent, ProfileLoader::tr("sources: expected a list of at least one source"));
    QList<SourceConfig> result;
    QSet<QString> names;
    for (const auto &node : list) {
        SourceConfig config = source(node);
        if (names.contains(config.name))
            fail(node["name"], ProfileLoader::tr("source '%1' is named twice").arg(config.name));
        names.insert(config.name);
        result.append(config);
    }
    return result;
}

SourceConfig SourcesReader::source(const YAML::Node &node) const
{
    const QString what = QStringLiteral("source");
    expectMap(node, what);
    expectKeys(node, {"name", "kind", "url", "password", "action_url", "action_password", "indexes"}, what);
    SourceConfig config;
    for (const char *required : {"name", "kind", "url"}) {
        if (!node[required])
            fail(node, ProfileLoader::tr("source: missing key '%1'").arg(QLatin1String(required)));
    }
    config.name = scalar(node["name"], what);
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    if (!validName.match(config.name).hasMatch())
        fail(node["name"],
             ProfileLoader::tr("source name '%1': use letters, digits, '-', '_' and '.'").arg(config.name));
    const QString sourceWhat = QStringLiteral("source '%1'").arg(config.name);

    const QString kindText = scalar(node["kind"], sourceWhat);
    const auto kind = sourceKindFromName(kindText);
    if (!kind)
        fail(node["kind"],
             ProfileLoader::tr("%1: unknown kind '%2'; expected one of: %3")
                 .arg(sourceWhat, kindText, sourceKindNames()));
    config.kind = *kind;

    if (config.kind == SourceKind::Sqlite) {
        config.url = sqliteUrl(node["url"], sourceWhat);
        for (const char *key : {"password", "action_url", "action_password", "indexes"}) {
            if (const auto extra = node[key])
                fail(extra,
                     ProfileLoader::tr("%1: %2: a sqlite source is a file; actions open the same file read-write")
                         .arg(sourceWhat, QLatin1String(key)));
        }
        return config;
    }
    config.url = url(node["url"], sourceWhat, config.kind, &config.passwordEnv, &config.uri);
    expectScheme(node["url"], config.kind, config.url, sourceWhat);
    if (const auto password = node["password"]) {
        if (!config.passwordEnv.isEmpty())
            fail(password, ProfileLoader::tr("%1: the password is given twice (url and password)").arg(sourceWhat));
        const QString value = scalar(password, sourceWhat);
        if (value == QLatin1String("keychain"))
            config.passwordInKeychain = true;
        else
            config.passwordEnv = passwordReference(password, value, sourceWhat);
    }

    if (const auto actionUrl = node["action_url"]) {
        if (config.kind != SourceKind::Postgres && config.kind != SourceKind::Redis
            && config.kind != SourceKind::ClickHouse)
            fail(actionUrl,
                 ProfileLoader::tr("%1: action_url: %2 sources have no actions")
                     .arg(sourceWhat, sourceKindName(config.kind)));
        const QString actionWhat = sourceWhat + QLatin1String(" action_url");
        config.actionUrl = url(actionUrl, actionWhat, config.kind, &config.actionPasswordEnv, &config.actionUri);
        if (config.actionUrl.scheme() != config.url.scheme())
            fail(actionUrl,
                 ProfileLoader::tr("%1: expected a %2:// URL like the source's url")
                     .arg(actionWhat, config.url.scheme()));
    }
    if (const auto password = node["action_password"]) {
        const QString actionWhat = sourceWhat + QLatin1String(" action_password");
        if (!node["action_url"])
            fail(password, ProfileLoader::tr("%1: there is no action_url to use it with").arg(actionWhat));
        if (!config.actionPasswordEnv.isEmpty())
            fail(password,
                 ProfileLoader::tr("%1: the password is given twice (action_url and action_password)").arg(actionWhat));
        const QString value = scalar(password, actionWhat);
        if (value == QLatin1String("keychain"))
            config.actionPasswordInKeychain = true;
        else
            config.actionPasswordEnv = passwordReference(password, value, actionWhat);
    }
    if (const auto indexes = node["indexes"]) {
        if (config.kind != SourceKind::Postgres)
            fail(indexes,
                 ProfileLoader::tr("%1: indexes: only postgres sources have indexes to ensure; this one is %2")
                     .arg(sourceWhat, sourceKindName(config.kind)));
        config.indexes = curatedIndexes(indexes, sourceWhat + QLatin1String(" indexes"));
    }
    return config;
}

QList<CuratedIndex> SourcesReader::curatedIndexes(const YAML::Node &list, const QString &what) const
{
    QList<CuratedIndex> indexes;
    if (list.IsNull())
        return indexes;
    if (!list.IsSequence())
        fail(list, ProfileLoader::tr("%1: expected a list of {table: schema.table, columns: [a, b]}").arg(what));
    for (const auto &node : list) {
        expectMap(node, what);
        expectKeys(node, {"table", "columns"}, what);
        for (const char *required : {"table", "columns"}) {
            if (!node[required])
                fail(node, ProfileLoader::tr("%1: missing key '%2'").arg(what, QLatin1String(required)));
        }
        CuratedIndex index;
        index.table = scalar(node["table"], what).trimmed();
        if (index.table.isEmpty())
            fail(node["table"], ProfileLoader::tr("%1: the table is empty").arg(what));
        const auto columns = node["columns"];
        if (!columns.IsSequence() || columns.size() == 0)
            fail(columns, ProfileLoader::tr("%1: columns: expected a list of at least one column").arg(what));
        if (columns.size() > 32)
            fail(columns, ProfileLoader::tr("%1: columns: an index has at most 32 columns").arg(what));
        for (const auto &column : columns) {
            const QString name = scalar(column, what);
            if (name.isEmpty())
                fail(column, ProfileLoader::tr("%1: columns: a column name is empty").arg(what));
            if (index.columns.contains(name))
                fail(column, ProfileLoader::tr("%1: columns: '%2' is named twice").arg(what, name));
            index.columns << name;
        }
        if (indexes.contains(index))
            fail(node,
                 ProfileLoader::tr("%1: %2 (%3) is listed twice")
                     .arg(what, index.table, index.columns.join(QLatin1String(", "))));
        indexes << index;
    }
    return indexes;
}

QUrl SourcesReader::url(const YAML::Node &node, const QString &what, SourceKind kind, QString *passwordEnv,
                        QString *libpqUri) const
{
    QString urlText = scalar(node, what);
    static const QRegularExpression envPassword(QStringLiteral("^([^/]*//[^:@/]*):\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}@"));
    if (const auto match = envPassword.match(urlText); match.hasMatch()) {
        *passwordEnv = match.captured(2);
        urlText.replace(0, match.capturedLength(), match.captured(1) + QLatin1Char('@'));
    }
    if (kind == SourceKind::Postgres || kind == SourceKind::PgBouncer)
        return libpqUrl(node, what, urlText, libpqUri);
    QUrl parsed(urlText, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().isEmpty() || parsed.host().isEmpty())
        fail(node, ProfileLoader::tr("%1: '%2' is not a URL with a scheme and a host").arg(what, urlText));
    if (!parsed.password().isEmpty() || QUrlQuery(parsed).hasQueryItem(QStringLiteral("password")))
        fail(node, ProfileLoader::tr("%1: a password is written into the profile; %2").arg(what, secureWays()));
    parsed.setPassword(QString());
    return parsed;
}

QUrl SourcesReader::libpqUrl(const YAML::Node &node, const QString &what, const QString &text, QString *libpqUri) const
{
    QString reason;
    const auto uri = LibpqUri::parse(text, &reason);
    if (!uri)
        fail(node,
             ProfileLoader::tr("%1: not a libpq URI (%2); e.g. postgresql://user@host:5432/db, "
                               "postgresql:///db?host=/run/postgresql or postgresql://?service=name")
                 .arg(what, reason));
    if (uri->hasPassword || uri->hasParameter(QStringLiteral("password")))
        fail(node, ProfileLoader::tr("%1: a password is written into the profile; %2").arg(what, secureWays()));
    *libpqUri = text;
    // The QUrl is for what reads one (the scheme, the database); libpq gets the text.
    QUrl parsed(text, QUrl::StrictMode);
    if (parsed.isValid())
        return parsed;
    QUrl url;
    url.setScheme(uri->scheme);
    url.setUserName(uri->user);
    url.setPath(QLatin1Char('/') + uri->database);
    QUrlQuery query;
    for (const auto &[key, value] : uri->parameters)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url;
}

QUrl SourcesReader::sqliteUrl(const YAML::Node &node, const QString &what) const
{
    const QString urlText = scalar(node, what);
    const QString expected = ProfileLoader::tr("expected sqlite:///absolute/path/app.db");
    if (!urlText.startsWith(QLatin1String("sqlite://")))
        fail(node, ProfileLoader::tr("%1: '%2': %3").arg(what, urlText, expected));
    QUrl parsed(urlText, QUrl::TolerantMode);
    if (!parsed.isValid() || !parsed.host().isEmpty() || !parsed.userInfo().isEmpty() || parsed.port() != -1)
        fail(node, ProfileLoader::tr("%1: '%2' names a host; %3").arg(what, urlText, expected));
    if (parsed.hasQuery() || parsed.hasFragment())
        fail(node,
             ProfileLoader::tr("%1: '%2': a sqlite URL takes no options (write '?' and '#' in a file name as %3F "
                               "and %23)")
                 .arg(what, urlText));
    const QString path = parsed.path(QUrl::FullyDecoded);
    if (!path.startsWith(QLatin1Char('/')) || path.endsWith(QLatin1Char('/')) || path.contains(QChar(0)))
        fail(node, ProfileLoader::tr("%1: '%2' is not a file's absolute path; %3").arg(what, urlText, expected));
    return parsed;
}

void SourcesReader::expectScheme(const YAML::Node &node, SourceKind kind, const QUrl &url, const QString &what) const
{
    const QString scheme = url.scheme();
    if (kind == SourceKind::Redis && scheme == QLatin1String("rediss"))
        fail(node,
             ProfileLoader::tr("%1: rediss:// (Redis over TLS) is not supported: this build's hiredis has "
                               "no TLS, and the password would be sent in the clear. Reach the server "
                               "through a TLS tunnel (e.g. stunnel) on loopback with redis://, or use "
                               "redis:// on a trusted network")
                 .arg(what));
    QStringList expected;
    if (kind == SourceKind::Postgres || kind == SourceKind::PgBouncer)
        expected = {QStringLiteral("postgresql"), QStringLiteral("postgres")};
    else if (kind == SourceKind::Redis)
        expected = {QStringLiteral("redis")};
    else if (kind == SourceKind::ClickHouse || kind == SourceKind::Prometheus || kind == SourceKind::Metrics)
        expected = {QStringLiteral("http"), QStringLiteral("https")};
    if (!expected.isEmpty() && !expected.contains(scheme))
        fail(node,
             ProfileLoader::tr("%1: a %2 source's url starts with %3, not %4://")
                 .arg(what, sourceKindName(kind), expected.join(QLatin1String(":// or ")) + QLatin1String("://"),
                      scheme));
}

} // namespace Pitwall
