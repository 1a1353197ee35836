#pragma once

#include <QString>

#include <stdexcept>

namespace Pitwall {

/// A poll or connection that failed, with a message for a person: which
/// source, where, what happened, and what to try. Never holds a secret.
class CollectorError : public std::runtime_error
{
public:
    /// Authentication: the server refused the credentials (or wanted some):
    /// the window offers to ask for the password.
    enum class Kind { Other, Authentication };

    explicit CollectorError(const QString &message, Kind kind = Kind::Other)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_kind(kind)
    { }

    QString message() const { return m_message; }
    Kind kind() const { return m_kind; }

private:
    QString m_message;
    Kind m_kind;
};

} // namespace Pitwall
