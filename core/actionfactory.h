#pragma once

#include "action.h"

#include <memory>
#include <variant>

namespace Pitwall {

/// The action @p request asks for on @p profile, or why the request does not
/// fit the profile (no such source, a source of the wrong kind, a missing
/// option): a message for the person who typed it.
std::variant<std::unique_ptr<Action>, QString> createAction(const ActionRequest &request, const Profile &profile);

} // namespace Pitwall
