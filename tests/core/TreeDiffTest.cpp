// SPDX-License-Identifier: GPL-3.0-or-later
// What `tree diff` reports between two trees and two directories.
#include "TestContent.h"

#include "content/ShippedContent.h"
#include "tree/TreeDiff.h"
#include "tree/TreeLoader.h"
#include "json/JsonFileReader.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace ww;

namespace {

using Kind = ContentChange::Kind;
using Subject = ContentChange::Subject;

QJsonObject smallTreeObject()
{
    return QJsonDocument::fromJson(test::smallTreeJson()).object();
}

std::shared_ptr<const DecisionTree> load(const QJsonObject &object)
{
    const TreeLoadResult result
            = TreeLoader::load(JsonFileReader::readBytes(QJsonDocument(object).toJson(), u"changed.tree.json"_qs),
                               *test::smallDirectory());
    if (!result.ok())
        throw std::runtime_error(qPrintable(result.diagnostics.constFirst().toString()));
    return result.tree;
}

/// The small tree with \a change applied to the node \a id.
QJsonObject withNode(const QString &id, const std::function<void(QJsonObject &)> &change,
                     QJsonObject tree = smallTreeObject())
{
    QJsonArray nodes = tree[u"nodes"_qs].toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        QJsonObject node = nodes.at(i).toObject();
        if (node[u"id"_qs].toString() == id) {
            change(node);
            nodes[i] = node;
        }
    }
    tree[u"nodes"_qs] = nodes;
    return tree;
}

QList<ContentChange> diff(const QJsonObject &after)
{
    return TreeDiff::compare(*test::smallTree(), *load(after));
}

ContentChange nodeChange(const QString &id, const QString &field, Kind kind, const QString &before,
                         const QString &after)
{
    return {Subject::Node, id, field, kind, before, after};
}

} // namespace

TEST(TreeDiff, TheShippedContentAgainstItselfHasNoDifferences)
{
    const DirectoryLoadResult directory = ShippedContent::loadDirectory();
    ASSERT_TRUE(directory.ok());
    const TreeLoadResult first = ShippedContent::loadTree(*directory.directory);
    const TreeLoadResult second = ShippedContent::loadTree(*directory.directory);
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_TRUE(TreeDiff::compare(*first.tree, *second.tree).isEmpty());
    EXPECT_TRUE(TreeDiff::compare(*directory.directory, *directory.directory).isEmpty());
    EXPECT_EQ(TreeDiff::toText({}), u"no differences\n"_qs);
}

TEST(TreeDiff, TextsChangePerLanguage)
{
    const QList<ContentChange> changes = diff(withNode(u"caller"_qs, [](QJsonObject &node) {
        node[u"text"_qs] = QJsonObject{{u"nl"_qs, u"Wie belt?"_qs}, {u"en"_qs, u"Who is calling?"_qs}};
        node[u"note"_qs] = QJsonObject{{u"nl"_qs, u"Vraag niet naar namen."_qs}, {u"en"_qs, u"No names."_qs}};
    }));
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes.at(0),
              nodeChange(u"caller"_qs, u"text.nl"_qs, Kind::Changed, u"Wie belt er?"_qs, u"Wie belt?"_qs));
    EXPECT_EQ(changes.at(1), nodeChange(u"caller"_qs, u"note.en"_qs, Kind::Changed, {}, u"No names."_qs));
}

TEST(TreeDiff, NodesAddedRemovedAndChanged)
{
    // The white spot is replaced by a new outcome "other-help"; "theme" now leads there.
    QJsonObject tree = withNode(u"theme"_qs, [](QJsonObject &node) {
        QJsonArray options = node[u"options"_qs].toArray();
        QJsonObject other = options.at(1).toObject();
        other[u"next"_qs] = u"other-help"_qs;
        options[1] = other;
        node[u"options"_qs] = options;
    });
    QJsonArray nodes = tree[u"nodes"_qs].toArray();
    nodes.removeLast();
    nodes.append(
            QJsonObject{{u"id"_qs, u"other-help"_qs},
                        {u"kind"_qs, u"outcome"_qs},
                        {u"text"_qs, QJsonObject{{u"nl"_qs, u"Bel de Kindertelefoon."_qs}}},
                        {u"referrals"_qs,
                         QJsonArray{QJsonObject{{u"party"_qs, u"kindertelefoon"_qs},
                                                {u"script"_qs, QJsonObject{{u"nl"_qs, u"Altijd bereikbaar."_qs}}}}}}});
    tree[u"nodes"_qs] = nodes;
    const QList<ContentChange> changes = diff(tree);
    ASSERT_EQ(changes.size(), 3);
    // Sorted by node id: other-help, theme, white-spot.
    EXPECT_EQ(changes.at(0), nodeChange(u"other-help"_qs, {}, Kind::Added, {}, u"Bel de Kindertelefoon."_qs));
    EXPECT_EQ(changes.at(1),
              nodeChange(u"theme"_qs, u"options[other].next"_qs, Kind::Changed, u"white-spot"_qs, u"other-help"_qs));
    EXPECT_EQ(changes.at(2), nodeChange(u"white-spot"_qs, {}, Kind::Removed, u"Hier past geen partij."_qs, {}));

    const QString text = TreeDiff::toText(changes);
    EXPECT_EQ(text,
              u"node other-help:\n  + added \"Bel de Kindertelefoon.\"\n"
              "node theme:\n  ~ options[other].next: \"white-spot\"\n      → \"other-help\"\n"
              "node white-spot:\n  - removed \"Hier past geen partij.\"\n"_qs);
}

TEST(TreeDiff, OptionsAddedRemovedAndRelabelled)
{
    QJsonObject tree = withNode(u"caller"_qs, [](QJsonObject &node) {
        QJsonArray options = node[u"options"_qs].toArray();
        QJsonObject parent = options.at(1).toObject();
        parent[u"label"_qs] = QJsonObject{{u"nl"_qs, u"Ouder"_qs}, {u"en"_qs, u"Parent or carer"_qs}};
        parent[u"sets"_qs] = QJsonObject{{u"callerRole"_qs, u"parent"_qs}, {u"theme"_qs, u"bullying"_qs}};
        const QJsonObject staff{{u"id"_qs, u"staff"_qs},
                                {u"label"_qs, QJsonObject{{u"nl"_qs, u"Medewerker"_qs}}},
                                {u"next"_qs, u"theme"_qs}};
        node[u"options"_qs] = QJsonArray{staff, parent}; // "pupil" removed
    });
    // Without "pupil", pupil-help is unreachable: it goes too.
    QJsonArray nodes = tree[u"nodes"_qs].toArray();
    for (qsizetype i = nodes.size() - 1; i >= 0; --i) {
        if (nodes.at(i).toObject()[u"id"_qs].toString() == u"pupil-help")
            nodes.removeAt(i);
    }
    tree[u"nodes"_qs] = nodes;
    const QList<ContentChange> changes = diff(tree);
    const QList<ContentChange> expected{
            nodeChange(u"caller"_qs, u"options[staff]"_qs, Kind::Added, {}, u"Medewerker → theme"_qs),
            nodeChange(u"caller"_qs, u"options[parent].label.en"_qs, Kind::Changed, u"Parent"_qs,
                       u"Parent or carer"_qs),
            nodeChange(u"caller"_qs, u"options[parent].sets"_qs, Kind::Changed, u"callerRole=parent"_qs,
                       u"callerRole=parent, theme=bullying"_qs),
            nodeChange(u"caller"_qs, u"options[pupil]"_qs, Kind::Removed, u"Leerling → pupil-help"_qs, {}),
    };
    ASSERT_EQ(changes.size(), 5);
    EXPECT_EQ(changes.mid(0, 4), expected);
    EXPECT_EQ(changes.at(4), nodeChange(u"pupil-help"_qs, {}, Kind::Removed, u"Praat erover."_qs, {}));
}

TEST(TreeDiff, ReferralsAddedRemovedReorderedAndTheirScriptsChanged)
{
    const QList<ContentChange> changes = diff(withNode(u"bullying-help"_qs, [](QJsonObject &node) {
        const QJsonObject kinder{
                {u"party"_qs, u"kindertelefoon"_qs},
                {u"script"_qs,
                 QJsonObject{{u"nl"_qs, u"Uw kind kan ook bellen."_qs}, {u"en"_qs, u"Your child can call too."_qs}}}};
        const QJsonObject thuis{{u"party"_qs, u"veilig-thuis"_qs},
                                {u"script"_qs, QJsonObject{{u"nl"_qs, u"Bij zorgen thuis."_qs}}}};
        node[u"referrals"_qs] = QJsonArray{kinder, thuis}; // school-route removed
    }));
    const QList<ContentChange> expected{
            nodeChange(u"bullying-help"_qs, u"referrals[kindertelefoon].script.en"_qs, Kind::Changed, {},
                       u"Your child can call too."_qs),
            nodeChange(u"bullying-help"_qs, u"referrals[veilig-thuis]"_qs, Kind::Added, {}, u"Bij zorgen thuis."_qs),
            nodeChange(u"bullying-help"_qs, u"referrals[school-route]"_qs, Kind::Removed,
                       u"Praat eerst met de mentor."_qs, {}),
    };
    EXPECT_EQ(changes, expected);

    const QList<ContentChange> reordered = diff(withNode(u"bullying-help"_qs, [](QJsonObject &node) {
        QJsonArray referrals = node[u"referrals"_qs].toArray();
        node[u"referrals"_qs] = QJsonArray{referrals.at(1), referrals.at(0)};
    }));
    ASSERT_EQ(reordered.size(), 1);
    EXPECT_EQ(reordered.at(0),
              nodeChange(u"bullying-help"_qs, u"referrals.order"_qs, Kind::Changed, u"school-route, kindertelefoon"_qs,
                         u"kindertelefoon, school-route"_qs));
}

TEST(TreeDiff, TheTreeItselfAndOutcomeFlags)
{
    QJsonObject tree = withNode(u"white-spot"_qs, [](QJsonObject &node) { node[u"urgent"_qs] = true; });
    tree[u"version"_qs] = u"test-2"_qs;
    tree[u"title"_qs] = QJsonObject{{u"nl"_qs, u"Testboom"_qs}, {u"en"_qs, u"The test tree"_qs}};
    const QList<ContentChange> changes = diff(tree);
    const QList<ContentChange> expected{
            {Subject::Tree, {}, u"version"_qs, Kind::Changed, u"test-1"_qs, u"test-2"_qs},
            {Subject::Tree, {}, u"title.en"_qs, Kind::Changed, u"Test tree"_qs, u"The test tree"_qs},
            nodeChange(u"white-spot"_qs, u"urgent"_qs, Kind::Changed, u"false"_qs, u"true"_qs),
    };
    EXPECT_EQ(changes, expected);
    EXPECT_TRUE(TreeDiff::toText(changes).startsWith(u"tree:\n  ~ version: \"test-1\"\n      → \"test-2\"\n"_qs));
}

TEST(TreeDiff, PartiesAddedRemovedAndChanged)
{
    const std::shared_ptr<const ReferralDirectory> before = test::smallDirectory();
    QJsonObject directory = QJsonDocument::fromJson(test::smallDirectoryJson()).object();
    QJsonArray parties = directory[u"parties"_qs].toArray();
    QJsonObject first = parties.at(0).toObject();
    const QString firstId = first[u"id"_qs].toString();
    first[u"url"_qs] = u"https://example.org/nieuw"_qs;
    parties[0] = first;
    QJsonObject copy = parties.at(1).toObject();
    const QString removedId = copy[u"id"_qs].toString();
    const QString removedName = copy[u"name"_qs].toObject()[u"nl"_qs].toString();
    copy[u"id"_qs] = u"zz-nieuwe-partij"_qs;
    parties[1] = copy;
    directory[u"parties"_qs] = parties;
    const DirectoryLoadResult after
            = DirectoryLoader::load(JsonFileReader::readBytes(QJsonDocument(directory).toJson(), u"d.json"_qs));
    ASSERT_TRUE(after.ok()) << after.diagnostics.constFirst().toString().toStdString();
    const QList<ContentChange> changes = TreeDiff::compare(*before, *after.directory);
    ASSERT_EQ(changes.size(), 3);
    EXPECT_EQ(changes.at(0).subject, Subject::Party);
    // Sorted by party id.
    QList<ContentChange> expected{
            {Subject::Party, firstId, u"url"_qs, Kind::Changed, before->party(firstId)->url,
             u"https://example.org/nieuw"_qs},
            {Subject::Party, removedId, {}, Kind::Removed, removedName, {}},
            {Subject::Party, u"zz-nieuwe-partij"_qs, {}, Kind::Added, {}, removedName},
    };
    std::sort(expected.begin(), expected.end(),
              [](const ContentChange &a, const ContentChange &b) { return a.id < b.id; });
    EXPECT_EQ(changes, expected);
}
