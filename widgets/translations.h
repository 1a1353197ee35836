#pragma once

#include <QString>

namespace Pitwall {

/// Loads Pitwall's and Qt's translations for @p language ("de", "en"; empty:
/// the system's language) from resources; needs an application object.
void installTranslators(const QString &language);

} // namespace Pitwall
