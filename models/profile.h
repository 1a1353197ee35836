#pragma once

#include "curatedindex.h"
#include "sourcekind.h"
#include "thresholdrule.h"
#include "warmrecipe.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QUrl>

#include <chrono>
#include <optional>

namespace Pitwall {

/// One source to poll, as the profile names it. The URL never carries a
/// password: secrets are resolved at connect time (environment reference,
/// libpq's .pgpass / PGPASSFILE / PGSERVICE, keychain) and never stored.
struct SourceConfig
{
    QString name;
    SourceKind kind = SourceKind::Postgres;
    QUrl url;
    /// A postgres or pgbouncer source's URL as the profile writes it (a password
    /// reference taken out), handed to libpq as it is: no host (the Unix socket),
    /// `?host=/socket/dir`, `?service=NAME`, several hosts. Empty: the url's text.
    QString uri{};
    /// Name of the environment variable that holds the password, from a
    /// `${VAR}` reference in the URL or the `password` key; empty if none.
    QString passwordEnv;
    /// `password: keychain`: the password is in the system keychain, service
    /// "pitwall", key the source's name.
    bool passwordInKeychain = false;

    /// `action_url`: whom actions connect as (a role that may VACUUM, cancel
    /// others' queries or write), with the same secret rules as the URL;
    /// empty: actions use the URL.
    QUrl actionUrl{};
    /// The action URL as written, for libpq (see uri).
    QString actionUri{};
    QString actionPasswordEnv{};
    /// `action_password: keychain`: service "pitwall", key "<name>/action".
    bool actionPasswordInKeychain = false;

    /// The source as actions connect to it: the action URL and its password
    /// when the profile gives one, else the source itself.
    SourceConfig forActions() const;
    /// `kind: sqlite`: the database file's absolute path, decoded from the URL
    /// (`sqlite:///var/lib/app/app.db`; `%20` and the like stand for themselves).
    QString databasePath() const { return url.path(QUrl::FullyDecoded); }
    /// What libpq is handed: uri, or the url's text.
    QString libpqUri() const;
    /// Where the source is, for a message: "127.0.0.1:6379", "127.0.0.1:default port", and
    /// for libpq sources also "/run/postgresql:5432", "h1:5432,h2:5433", "service lab".
    QString address() const;
    /// The key of the source's password in the system keychain.
    QString keychainKey() const { return keychainAccount.isEmpty() ? name : keychainAccount; }
    /// Set by forActions(): the keychain entry of the action password.
    QString keychainAccount{};
    /// `indexes`: a postgres source's curated indexes to ensure.
    QList<CuratedIndex> indexes{};
    /// A password typed into the window (a connection test before it is
    /// saved): used before any other, held in memory only, never read from
    /// or written to a profile, never logged.
    QString password{};
};

/// A PromQL expression asked of a Prometheus source, whose result series
/// report under one metric: a canonical one (its thresholds apply), or one the
/// panel declares with its own unit and limits. From the profile's `panels`
/// list, or the shipped defaults (resources/panels.yaml).
struct PanelConfig
{
    /// The Prometheus source to ask; empty: every Prometheus source of the profile.
    QString source;
    QString metric;
    QString promql;
    /// The rule of a metric the panel declares; empty when it reports under a known metric.
    std::optional<ThresholdRule> declared;
};

/// A validated profile: everything Pitwall polls and the limits it judges by.
struct Profile
{
    QString filePath;
    std::chrono::milliseconds interval{5000};
    bool readOnly = false;
    /// `session: {retention: 7d, max_size: 512MB}`: how long, and how much, the session file keeps.
    std::chrono::milliseconds sessionRetention{std::chrono::hours(24 * 7)};
    qint64 sessionMaxBytes = 512LL * 1024 * 1024;
    QList<SourceConfig> sources;
    /// The profile's own panels (the shipped defaults are ProfileLoader::defaultPanels()).
    QList<PanelConfig> panels;
    /// Every known metric's rule: the shipped defaults, the metrics the profile's
    /// panels declare, and the profile's overrides applied.
    QMap<QString, ThresholdRule> thresholds;
    /// `warm_recipes`: what "Warm cache" can write, and from where.
    QList<WarmRecipe> warmRecipes;

    const SourceConfig *source(const QString &name) const;
    const WarmRecipe *warmRecipe(const QString &name) const;
    /// The panels asked of @p source: @p defaults, then the profile's own for it.
    QList<PanelConfig> panelsFor(const QString &source, const QList<PanelConfig> &defaults) const;
};

} // namespace Pitwall
