#pragma once
// The one error type of the engine: a user-readable message plus the file it is about.
// Every failure that can reach a user (bad dataset, bad weights, unwritable folder) is an
// Error; programming errors stay asserts.

#include <QCoreApplication>
#include <QString>

#include <stdexcept>

namespace nexvitad {

class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message, const QString &path = {});

    const QString &message() const noexcept { return m_message; }
    const QString &path() const noexcept { return m_path; }
    // "path: message", or just the message when no file is involved.
    QString userText() const;

private:
    QString m_message;
    QString m_path;
};

// Thrown by Progress::throwIfCanceled(); callers treat it as "stopped on request", not a
// failure.
class Canceled : public Error
{
    Q_DECLARE_TR_FUNCTIONS(nexvitad::Canceled)
public:
    Canceled();
};

} // namespace nexvitad
