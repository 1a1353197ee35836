#pragma once

#include <QString>

#include <chrono>

namespace Pitwall {

/// The hints every kind of source gives for the same failure, in the window's
/// language: one text, translated once, whichever client met it.
namespace ConnectionHints {
/// "connection refused — is the server running?"
QString refused();
/// "no answer within N s — is the server hung or overloaded?"
QString noAnswer(std::chrono::milliseconds timeout);
} // namespace ConnectionHints

} // namespace Pitwall
