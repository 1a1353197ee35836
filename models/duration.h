#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace Pitwall {

/// Parses durations as profiles write them: "500ms", "5s", "1.5s", "2m", "1h", "1d", "1w",
/// "1y", and Prometheus' form, whole amounts with units largest first: "1h30m", "2m30s500ms".
/// A bare number is not accepted: a unit must be explicit.
std::optional<std::chrono::milliseconds> parseDuration(const QString &text);

/// The shortest exact spelling of @p duration in the units parseDuration() reads.
QString formatDuration(std::chrono::milliseconds duration);

} // namespace Pitwall
