#pragma once

#include "profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <variant>

namespace Pitwall {

/// Why a profile or thresholds file was refused, pointing at the spot.
struct ProfileError
{
    QString file;
    int line = 0; ///< 1-based; 0 when the error is not about one place
    int column = 0; ///< 1-based
    QString message;

    /// "file:line:column: message", the form editors jump to.
    QString toString() const;
};

/// Reads and validates profiles (DESIGN.md, profile). A profile is either
/// accepted whole or refused with the first error; it is never half-loaded.
class ProfileLoader
{
    Q_DECLARE_TR_FUNCTIONS(Pitwall::ProfileLoader)

public:
    using ThresholdMap = QMap<QString, ThresholdRule>;

    /// The rules shipped in resources/thresholds.yaml.
    static ThresholdMap defaultThresholds();

    /// The Prometheus panels shipped in resources/panels.yaml, asked of every Prometheus source.
    static QList<PanelConfig> defaultPanels();

    static std::variant<Profile, ProfileError> load(const QString &path);
    static std::variant<Profile, ProfileError> parse(const QByteArray &yaml, const QString &fileName,
                                                     const ThresholdMap &defaults);
    /// Parses a thresholds file: a map from metric name to rule, each with its unit.
    static std::variant<ThresholdMap, ProfileError> parseThresholds(const QByteArray &yaml, const QString &fileName);
    /// Parses a panels file (a list of panels without `source`) against the @p known metrics.
    static std::variant<QList<PanelConfig>, ProfileError> parsePanels(const QByteArray &yaml, const QString &fileName,
                                                                      ThresholdMap known);
};

} // namespace Pitwall
