#include "common/error.h"

namespace nexvitad {

namespace {
std::string composeWhat(const QString &message, const QString &path)
{
    return (path.isEmpty() ? message : path + QStringLiteral(": ") + message).toStdString();
}
} // namespace

Error::Error(const QString &message, const QString &path)
    : std::runtime_error(composeWhat(message, path))
    , m_message(message)
    , m_path(path)
{
}

QString Error::userText() const
{
    return QString::fromStdString(what());
}

Canceled::Canceled()
    : Error(tr("Canceled by the user."))
{
}

} // namespace nexvitad
