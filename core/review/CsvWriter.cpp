// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

namespace ww {

CsvWriter::CsvWriter(QIODevice &device, Separator separator, ByteOrderMark byteOrderMark)
    : m_device(device)
    , m_separator(separator == Separator::Semicolon ? u';' : u',')
    , m_byteOrderMark(byteOrderMark == ByteOrderMark::With)
{ }

QString CsvWriter::cell(const QString &value, QChar separator)
{
    QString text = value;
    if (!text.isEmpty()) {
        const QChar first = text.at(0);
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            text.prepend(u'\'');
    }
    const bool needsQuotes
            = text.contains(separator) || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!needsQuotes)
        return text;
    return u'"' + text.replace(u'"', u"\"\""_qs) + u'"';
}

void CsvWriter::writeRow(const QStringList &cells)
{
    if (!m_started) {
        if (m_byteOrderMark)
            m_device.write("\xEF\xBB\xBF");
        m_started = true;
    }
    QStringList line;
    line.reserve(cells.size());
    for (const QString &value : cells)
        line.append(cell(value, m_separator));
    m_device.write((line.join(m_separator) + u"\r\n"_qs).toUtf8());
}

} // namespace ww
