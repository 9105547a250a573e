// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRecord.h"

#include "storage/Database.h"
#include "storage/SqlCaseStore.h"
#include "storage/SqlValues.h"

namespace ww {

using namespace SqlValues;

CaseRecordReader::CaseRecordReader(Database &database)
    : m_database(database)
{ }

std::optional<CaseRecord> CaseRecordReader::read(const QUuid &caseId)
{
    SqlCaseStore store(m_database);
    std::optional<Case> found = store.loadCase(caseId);
    if (!found)
        return std::nullopt;
    CaseRecord record;
    record.caseData = std::move(*found);
    record.draft = store.draft(caseId);
    const QVariantMap id{{u"case_id"_qs, caseId.toString(QUuid::WithoutBraces)}};

    QSqlQuery &handovers = m_database.run(u"case_handovers_select"_qs, id);
    while (handovers.next())
        record.handovers.append({handovers.value(0).toString(), handovers.value(1).toString(),
                                 handovers.value(2).toString(), timeFrom(handovers.value(3))});
    handovers.finish();

    QSqlQuery &transcript = m_database.run(u"case_chat_transcript_select"_qs, id);
    while (transcript.next())
        record.transcript.append({transcript.value(0).toInt(), transcript.value(1).toString(),
                                  transcript.value(2).toString(), transcript.value(3).toString(),
                                  timeFrom(transcript.value(4))});
    transcript.finish();

    QSqlQuery &reviews = m_database.run(u"case_reviews_select"_qs, id);
    while (reviews.next())
        record.reviews.append({reviews.value(0).toString(), timeFrom(reviews.value(1)), reviews.value(2).toString(),
                               reviews.value(3).toInt(), reviews.value(4).toInt() != 0});
    reviews.finish();

    QSqlQuery &audit = m_database.run(u"case_audit_select"_qs, id);
    while (audit.next())
        record.audit.append({timeFrom(audit.value(0)), audit.value(1).toString(), audit.value(2).toString(),
                             audit.value(3).toString()});
    audit.finish();
    return record;
}

} // namespace ww
