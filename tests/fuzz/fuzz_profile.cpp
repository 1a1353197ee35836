// libFuzzer target: a profile (YAML) as a user, an editor or a bad copy may
// leave it. Whatever the bytes, the loader answers with a profile or an error
// that names a line and column; it never crashes, hangs or half-loads.

#include "profileloader.h"

#include <QFile>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
Pitwall::ProfileLoader::ThresholdMap thresholds;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    QFile file(QStringLiteral(PITWALL_THRESHOLDS_FILE));
    if (!file.open(QIODevice::ReadOnly))
        std::abort();
    auto parsed = Pitwall::ProfileLoader::parseThresholds(file.readAll(), QStringLiteral("thresholds.yaml"));
    if (!std::holds_alternative<Pitwall::ProfileLoader::ThresholdMap>(parsed))
        std::abort();
    thresholds = std::get<Pitwall::ProfileLoader::ThresholdMap>(parsed);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto loaded = Pitwall::ProfileLoader::parse(yaml, QStringLiteral("fuzz.yaml"), thresholds);
    if (const auto *error = std::get_if<Pitwall::ProfileError>(&loaded)) {
        if (error->line < 0 || error->message.isEmpty())
            std::abort();
        (void)error->toString();
    } else {
        const auto &profile = std::get<Pitwall::Profile>(loaded);
        // A loaded profile has a source, and no secret in any URL.
        if (profile.sources.isEmpty())
            std::abort();
        for (const auto &source : profile.sources) {
            if (!source.url.password().isEmpty())
                std::abort();
        }
    }
    (void)Pitwall::ProfileLoader::parseThresholds(yaml, QStringLiteral("fuzz.yaml"));
    return 0;
}
