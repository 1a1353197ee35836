#pragma once

#include "collector.h"

#include <memory>

namespace Pitwall {

/// The collector for a source's kind.
std::unique_ptr<Collector> createCollector(const SourceConfig &source, const Profile &profile);

} // namespace Pitwall
