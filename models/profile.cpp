#include "profile.h"

#include "libpquri.h"

#include <QCoreApplication>

namespace Pitwall {

const SourceConfig *Profile::source(const QString &name) const
{
    for (const auto &source : sources) {
        if (source.name == name)
            return &source;
    }
    return nullptr;
}

const WarmRecipe *Profile::warmRecipe(const QString &name) const
{
    for (const auto &recipe : warmRecipes) {
        if (recipe.name == name)
            return &recipe;
    }
    return nullptr;
}

SourceConfig SourceConfig::forActions() const
{
    if (actionUrl.isEmpty())
        return *this;
    SourceConfig config = *this;
    config.url = actionUrl;
    config.uri = actionUri;
    config.passwordEnv = actionPasswordEnv;
    config.passwordInKeychain = actionPasswordInKeychain;
    config.keychainAccount = name + QLatin1String("/action");
    return config;
}

QString SourceConfig::libpqUri() const
{
    return uri.isEmpty() ? url.toString(QUrl::FullyEncoded) : uri;
}

QString SourceConfig::address() const
{
    if (kind == SourceKind::Postgres || kind == SourceKind::PgBouncer) {
        if (const auto parsed = LibpqUri::parse(libpqUri()))
            return parsed->address();
    }
    return url.host() + QLatin1Char(':')
        + (url.port(-1) == -1 ? QCoreApplication::translate("Pitwall::LibpqUri", "default port")
                              : QString::number(url.port()));
}

QList<PanelConfig> Profile::panelsFor(const QString &source, const QList<PanelConfig> &defaults) const
{
    QList<PanelConfig> result = defaults;
    for (const auto &panel : panels) {
        if (panel.source.isEmpty() || panel.source == source)
            result.append(panel);
    }
    return result;
}

} // namespace Pitwall
