#include "commands.h"

#include "profileloader.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

namespace Pitwall {

std::optional<Profile> loadProfileForCommand(const QString &path, QString *refusal)
{
    auto loaded = ProfileLoader::load(path);
    if (const auto *error = std::get_if<ProfileError>(&loaded)) {
        const QString message
            = QCoreApplication::translate("main", "pitwall: profile refused: %1").arg(error->toString());
        QTextStream(stderr) << message << Qt::endl;
        if (refusal)
            *refusal = message;
        return std::nullopt;
    }
    // A headless command's output carries the errors; the collectors' retry notes would only repeat them.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("pitwall.*.info=false"));
    return std::get<Profile>(loaded);
}

} // namespace Pitwall
