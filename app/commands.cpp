#include "commands.h"

#include "profileloader.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

namespace Pitwall {

std::optional<Profile> loadProfileForCommand(const QString &path)
{
    auto loaded = ProfileLoader::load(path);
    if (const auto *error = std::get_if<ProfileError>(&loaded)) {
        QTextStream(stderr)
            << QCoreApplication::translate("main", "pitwall: profile refused: %1").arg(error->toString()) << Qt::endl;
        return std::nullopt;
    }
    // A headless command's output carries the errors; the collectors' retry notes would only repeat them.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("pitwall.*.info=false"));
    return std::get<Profile>(loaded);
}

} // namespace Pitwall
