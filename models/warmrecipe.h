#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace Pitwall {

/// A profile's "warm recipe": a read-only query on a PostgreSQL or ClickHouse
/// source whose rows are written to a Redis source as `SET key value EX ttl`.
/// Keys come from a template with a fixed prefix (everything before the first
/// `{`), so that a recipe never writes outside its own part of the keyspace.
struct WarmRecipe
{
    QString name;
    /// The source the query runs on (postgres or clickhouse).
    QString source;
    QString query;
    /// The redis source the rows are written to.
    QString redis;
    /// `lab:customer:{id}`: placeholders name the query's columns.
    QString keyTemplate;
    QString valueTemplate;
    std::chrono::seconds ttl{600};

    /// Everything before the first `{` of the key template.
    QString keyPrefix() const;

    /// The columns a template names, in order, each once.
    static QStringList placeholders(const QString &text);
    /// Checks a template's syntax: `{column}` placeholders only, no stray
    /// brace. An empty string when it is fine, else what is wrong.
    static QString checkTemplate(const QString &text);
    /// @p text with every `{column}` replaced by @p row's value.
    static QByteArray fill(const QString &text, const QHash<QString, QByteArray> &row);

    /// The key for @p row, or nothing when the row is refused: a placeholder
    /// with no column, an empty value, a control character, a key that would
    /// not start with the prefix, or one longer than Redis keys should be.
    /// @p why says which.
    std::optional<QByteArray> keyFor(const QHash<QString, QByteArray> &row, QString *why = nullptr) const;
};

} // namespace Pitwall
