#include "connectionhints.h"

#include <QCoreApplication>

namespace Pitwall::ConnectionHints {

QString refused()
{
    return QCoreApplication::translate("Pitwall::ConnectionHints", "connection refused — is the server running?");
}

QString noAnswer(std::chrono::milliseconds timeout)
{
    return QCoreApplication::translate("Pitwall::ConnectionHints",
                                       "no answer within %1 s — is the server hung or overloaded?")
        .arg(double(timeout.count()) / 1000.0);
}

} // namespace Pitwall::ConnectionHints
