// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordFile.h"

#include <QByteArray>
#include <QStringDecoder>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ww {

namespace {

/// Closes the descriptor however read() returns.
class FileDescriptor
{
public:
    explicit FileDescriptor(int fd)
        : m_fd(fd)
    { }
    ~FileDescriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

std::optional<QString> PasswordFile::read(const QString &path, QString *error)
{
    const QByteArray name = path.toLocal8Bit();
    const FileDescriptor fd(::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (fd.get() < 0) {
        *error = tr("%1: cannot open the password file: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return std::nullopt;
    }
    // Checked on the opened file, so the file read is the file checked.
    struct stat status = {};
    if (::fstat(fd.get(), &status) != 0 || !S_ISREG(status.st_mode)) {
        *error = tr("%1: the password file is not a regular file").arg(path);
        return std::nullopt;
    }
    const mode_t mode = status.st_mode & 07777;
    if ((mode & 077) != 0) {
        *error = tr("%1: the password file can be read or changed by others (mode %2); "
                    "allow its owner only: chmod 600 %1")
                         .arg(path, QString::number(mode, 8).rightJustified(4, u'0'));
        return std::nullopt;
    }
    QByteArray content(MaxBytes + 1, Qt::Uninitialized);
    qsizetype filled = 0;
    while (filled < content.size()) {
        const ssize_t got = ::read(fd.get(), content.data() + filled, size_t(content.size() - filled));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            *error = tr("%1: cannot read the password file: %2")
                             .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            return std::nullopt;
        }
        if (got == 0)
            break;
        filled += got;
    }
    content.truncate(filled);
    if (content.size() > MaxBytes) {
        *error = tr("%1: the password file is larger than %2 bytes").arg(path, QString::number(MaxBytes));
        return std::nullopt;
    }
    // One line: the line end that editors and `echo` add is not part of the password.
    if (content.endsWith("\r\n"))
        content.chop(2);
    else if (content.endsWith('\n'))
        content.chop(1);
    if (content.isEmpty()) {
        *error = tr("%1: the password file is empty").arg(path);
        return std::nullopt;
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString password = utf8.decode(content);
    if (utf8.hasError()) {
        *error = tr("%1: the password file is not UTF-8 text").arg(path);
        return std::nullopt;
    }
    for (qsizetype i = 0; i < password.size(); ++i) {
        if (password.at(i).category() == QChar::Other_Control) {
            const qsizetype line = password.left(i).count(u'\n') + 1;
            *error = tr("%1:%2: the password file holds a control character (a second line?); "
                        "put the password alone on the first line")
                             .arg(path, QString::number(line));
            return std::nullopt;
        }
    }
    return password;
}

} // namespace ww
