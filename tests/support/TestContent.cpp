// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestContent.h"

#include "directory/DirectoryLoader.h"
#include "tree/TreeLoader.h"
#include "json/JsonFileReader.h"

#include <stdexcept>

namespace ww::test {

QByteArray smallDirectoryJson()
{
    return R"({
  "format": 1,
  "review": {"status": "awaiting-review"},
  "parties": [
    {"id": "school-route", "name": {"nl": "De school", "en": "The school"}, "kind": "school",
     "description": {"nl": "De eigen school."}, "audiences": ["pupil", "parent"], "themes": ["bullying"],
     "school_types": ["po", "vo"], "eligibility_description": {"nl": "Iedereen op school."},
     "can": [{"nl": "Luisteren en maatregelen nemen."}], "cannot": [{"nl": "Geen bindend oordeel."}],
     "conditions": [], "channels": [{"type": "web", "value": "https://school.example"}],
     "languages": ["nl"], "assured_date": "2026-11-01"},
    {"id": "kindertelefoon", "name": {"nl": "De Kindertelefoon"}, "kind": "network",
     "description": {"nl": "Praat anoniem met iemand."}, "audiences": ["pupil"], "themes": ["bullying", "other"],
     "school_types": ["po", "so", "vo"], "eligibility_description": {"nl": "Kinderen van 8 tot 18."},
     "can": [{"nl": "Luisteren."}], "cannot": [{"nl": "Geen klacht behandelen."}],
     "conditions": [{"nl": "8 tot 18 jaar."}],
     "channels": [{"type": "phone", "value": "0800-0432", "hours": {"nl": "elke dag 11-21 uur", "en": "daily 11-21"}}],
     "languages": ["nl"], "assured_date": "2026-11-01"},
    {"id": "veilig-thuis", "name": {"nl": "Veilig Thuis"}, "kind": "safeguarding",
     "description": {"nl": "Advies bij huiselijk geweld."}, "audiences": ["pupil", "parent", "staff"],
     "themes": ["violence"], "school_types": ["po", "so", "vo", "mbo"],
     "eligibility_description": {"nl": "Iedereen."}, "can": [{"nl": "Advies."}], "cannot": [{"nl": "Geen politie."}],
     "channels": [{"type": "phone", "value": "0800-2000"}], "languages": ["nl", "en"], "assured_date": "2026-11-01"}
  ]
})";
}

std::shared_ptr<const ReferralDirectory> smallDirectory()
{
    const DirectoryLoadResult result
            = DirectoryLoader::load(JsonFileReader::readBytes(smallDirectoryJson(), u"small.directory.json"_qs));
    if (!result.ok())
        throw std::runtime_error(qPrintable(result.diagnostics.constFirst().toString()));
    return result.directory;
}

QByteArray smallTreeJson()
{
    return R"({
  "format": 1,
  "version": "test-1",
  "review": {"status": "awaiting-review"},
  "title": {"nl": "Testboom", "en": "Test tree"},
  "start": "danger",
  "nodes": [
    {"id": "danger", "kind": "question", "text": {"nl": "Is er nu gevaar?", "en": "Is there danger now?"},
     "options": [
       {"id": "yes", "label": {"nl": "Ja", "en": "Yes"}, "next": "urgent-help"},
       {"id": "no", "label": {"nl": "Nee", "en": "No"}, "next": "caller"}]},
    {"id": "caller", "kind": "question", "text": {"nl": "Wie belt er?", "en": "Who is calling?"},
     "note": {"nl": "Vraag niet naar namen."},
     "options": [
       {"id": "pupil", "label": {"nl": "Leerling", "en": "Pupil"}, "next": "pupil-help", "sets": {"callerRole": "pupil"}},
       {"id": "parent", "label": {"nl": "Ouder", "en": "Parent"}, "next": "theme", "sets": {"callerRole": "parent"}}]},
    {"id": "theme", "kind": "question", "text": {"nl": "Waar gaat het over?"},
     "options": [
       {"id": "bullying", "label": {"nl": "Pesten"}, "next": "bullying-help", "sets": {"theme": "bullying"}},
       {"id": "other", "label": {"nl": "Iets anders"}, "next": "white-spot", "sets": {"theme": "other"}}]},
    {"id": "urgent-help", "kind": "outcome", "urgent": true, "text": {"nl": "Bel nu 112."},
     "referrals": [{"party": "veilig-thuis", "script": {"nl": "Bel Veilig Thuis na 112."}}]},
    {"id": "pupil-help", "kind": "outcome", "text": {"nl": "Praat erover."},
     "referrals": [{"party": "kindertelefoon", "script": {"nl": "Je kunt altijd bellen."}}]},
    {"id": "bullying-help", "kind": "outcome", "text": {"nl": "Eerst naar school."},
     "referrals": [{"party": "school-route", "script": {"nl": "Praat eerst met de mentor."}},
                   {"party": "kindertelefoon", "script": {"nl": "Uw kind kan ook bellen."}}]},
    {"id": "white-spot", "kind": "outcome", "whiteSpot": true, "text": {"nl": "Hier past geen partij."},
     "referrals": []}
  ]
})";
}

std::shared_ptr<const DecisionTree> smallTree()
{
    const TreeLoadResult result
            = TreeLoader::load(JsonFileReader::readBytes(smallTreeJson(), u"small.tree.json"_qs), *smallDirectory());
    if (!result.ok())
        throw std::runtime_error(qPrintable(result.diagnostics.constFirst().toString()));
    return result.tree;
}

Diagnostics treeProblems(const QByteArray &treeJson)
{
    return TreeLoader::load(JsonFileReader::readBytes(treeJson, u"t.json"_qs), *smallDirectory()).diagnostics;
}

bool hasProblem(const Diagnostics &problems, const QString &fragment)
{
    for (const Diagnostic &problem : problems) {
        if (problem.message.contains(fragment))
            return true;
    }
    return false;
}

} // namespace ww::test
