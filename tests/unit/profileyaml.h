#pragma once

// The profile loader's tests parse YAML held in the test itself.

#include "profileloader.h"

#include <QByteArray>
#include <QString>

#include <variant>

namespace Pitwall::Test {

inline const QString profileFile = QStringLiteral("test.yaml");

inline std::variant<Profile, ProfileError> parse(const char *yaml)
{
    return ProfileLoader::parse(QByteArray(yaml), profileFile, ProfileLoader::defaultThresholds());
}

inline QByteArray describe(const std::variant<Profile, ProfileError> &result)
{
    if (const auto *error = std::get_if<ProfileError>(&result))
        return error->toString().toUtf8();
    return "accepted";
}

} // namespace Pitwall::Test
