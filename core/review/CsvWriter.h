// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QStringList>

namespace ww {

/// Writes CSV that Excel and LibreOffice open as they should: RFC 4180 quoting, CRLF line ends,
/// UTF-8 with a byte order mark (Excel guesses the encoding otherwise). A cell that a spreadsheet
/// would run as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe.
class CsvWriter
{
public:
    /// ';' is what Excel expects in Dutch regional settings; ',' is the RFC's own.
    enum class Separator { Semicolon, Comma };
    /// Without: for data that R or pandas load as it is, where the mark would stick to the first name.
    enum class ByteOrderMark { With, Without };

    CsvWriter(QIODevice &device, Separator separator = Separator::Semicolon,
              ByteOrderMark byteOrderMark = ByteOrderMark::With);

    void writeRow(const QStringList &cells);
    /// One cell as it appears in the file.
    static QString cell(const QString &value, QChar separator);

private:
    QIODevice &m_device;
    QChar m_separator;
    bool m_started = false;
    bool m_byteOrderMark = true;
};

} // namespace ww
