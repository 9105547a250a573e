// SPDX-License-Identifier: GPL-3.0-or-later
#include "FlatJsonWriter.h"

namespace ww::chat {

void FlatJsonWriter::beginList()
{
    separate();
    m_text += u'[';
}

void FlatJsonWriter::endList()
{
    m_text += u']';
}

void FlatJsonWriter::beginObject()
{
    separate();
    m_text += u'{';
}

void FlatJsonWriter::endObject()
{
    m_text += u'}';
}

void FlatJsonWriter::field(QStringView name, QStringView value)
{
    key(name);
    string(value);
}

void FlatJsonWriter::field(QStringView name, int value)
{
    key(name);
    m_text += QString::number(value);
}

void FlatJsonWriter::nullField(QStringView name)
{
    key(name);
    m_text += u"null";
}

void FlatJsonWriter::separate()
{
    if (!m_text.isEmpty() && m_text.back() != u'{' && m_text.back() != u'[')
        m_text += u',';
}

void FlatJsonWriter::key(QStringView name)
{
    separate();
    string(name);
    m_text += u':';
}

void FlatJsonWriter::string(QStringView value)
{
    // RFC 8259: the quotation mark, the reverse solidus and the control characters must be escaped; all
    // else may stand as it is (a socket or the database driver sends the text as UTF-8).
    m_text += u'"';
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        m_text += value.mid(plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case u'"':
            m_text += u"\\\"";
            break;
        case u'\\':
            m_text += u"\\\\";
            break;
        case u'\n':
            m_text += u"\\n";
            break;
        case u'\r':
            m_text += u"\\r";
            break;
        case u'\t':
            m_text += u"\\t";
            break;
        default:
            m_text += u"\\u00";
            m_text += QString::number(c >> 4, 16);
            m_text += QString::number(c & 0xF, 16);
        }
    }
    m_text += value.mid(plainFrom);
    m_text += u'"';
}

} // namespace ww::chat
