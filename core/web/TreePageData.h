// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>

namespace ww {

class DecisionTree;
class ReferralDirectory;

/// What the exported tree page knows of a tree and its parties: what a visitor may read. Agent notes and
/// the coded fields answers imply stay out; every party an outcome refers to comes with what the desk shows
/// of it (ww::OutcomeHtml), its check date already written out in Dutch and English as the desk writes it.
///
/// {"identity", "version", "draft", "title", "start",
///  "nodes": [{"id", "kind": "question", "text", "options": [{"id", "label", "next"}]}
///          | {"id", "kind": "outcome", "text", "urgent", "whiteSpot", "referrals": [{"party", "script"}]}],
///  "parties": [{"id", "name", "alternateName", "can", "cannot", "conditions",
///               "channels": [{"type", "value", "hours", "note"}], "url", "checked": {"nl", "en"}}]}
/// Texts are {"nl": ..., "en": ...}, "en" only when there is a translation.
class TreePageData
{
public:
    static QJsonObject build(const DecisionTree &tree, const ReferralDirectory &directory);
};

} // namespace ww
