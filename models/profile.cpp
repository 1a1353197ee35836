#include "profile.h"

namespace Pitwall {

const SourceConfig *Profile::source(const QString &name) const
{
    for (const auto &source : sources) {
        if (source.name == name)
            return &source;
    }
    return nullptr;
}

} // namespace Pitwall
