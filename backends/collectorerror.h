#pragma once

#include <QString>

#include <stdexcept>

namespace Pitwall {

/// A poll or connection that failed, with a message for a person: which
/// source, where, what happened, and what to try. Never holds a secret.
class CollectorError : public std::runtime_error
{
public:
    explicit CollectorError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    { }

    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace Pitwall
