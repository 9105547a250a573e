// SPDX-License-Identifier: GPL-3.0-or-later
// The exported tree page as text: its embedded data, escaping, policy and the addresses it accepts.
// How it behaves in a browser is tested in tests/web/tree_page_e2e.py.
#include "web/TreePage.h"
#include "TestContent.h"
#include "directory/DirectoryLoader.h"
#include "tree/TreeLoader.h"
#include "web/PageAddress.h"
#include "web/ScriptSafeJson.h"
#include "web/TreePageData.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

using namespace ww;

namespace {

const QString Hostile = u"</script><script>alert(1)</script> <!-- <script> </SCRIPT > & \u2028 {{SCRIPT}}"_qs;

std::shared_ptr<const DecisionTree> treeFrom(QByteArray json)
{
    const TreeLoadResult result
            = TreeLoader::load(JsonFileReader::readBytes(json, u"test.tree.json"_qs), *test::smallDirectory());
    EXPECT_TRUE(result.ok()) << qPrintable(result.diagnostics.value(0).toString());
    return result.tree;
}

/// The small test tree with a hostile text as its first question and as an answer's label.
std::shared_ptr<const DecisionTree> hostileTree()
{
    QByteArray json = test::smallTreeJson();
    const QByteArray quoted = QJsonDocument(QJsonArray{Hostile}).toJson(QJsonDocument::Compact).mid(1);
    const QByteArray text = quoted.left(quoted.size() - 1); // "..." with JSON escapes
    json.replace("\"Is er nu gevaar?\"", text);
    json.replace("\"Leerling\"", text);
    return treeFrom(json);
}

QString render(const DecisionTree &tree, const QUrl &chat = {})
{
    return QString::fromUtf8(TreePage::render(tree, *test::smallDirectory(), {chat, TreePage::defaultExitPage()}));
}

/// The text of every element <tag ...> ... </tag> in \a html, in order.
QStringList elements(const QString &html, const QString &openTag, const QString &tag)
{
    QStringList contents;
    const QRegularExpression element(QRegularExpression::escape(openTag) + u"(.*?)</"_qs + tag + u'>',
                                     QRegularExpression::DotMatchesEverythingOption);
    for (auto it = element.globalMatch(html); it.hasNext();)
        contents.append(it.next().captured(1));
    return contents;
}

QString policyOf(const QString &html)
{
    static const QRegularExpression meta(u"<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">"_qs);
    return meta.match(html).captured(1).replace(u"&#39;"_qs, u"'"_qs);
}

QJsonObject embeddedData(const QString &html)
{
    const QStringList blocks = elements(html, u"<script type=\"application/json\" id=\"ww-data\">"_qs, u"script"_qs);
    EXPECT_EQ(blocks.size(), 1);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(blocks.value(0).toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString());
    return document.object();
}

const QJsonObject *nodeIn(const QJsonObject &data, const QString &id, QJsonObject *storage)
{
    for (const QJsonValue &node : data.value(u"nodes"_qs).toArray()) {
        if (node.toObject().value(u"id"_qs).toString() == id) {
            *storage = node.toObject();
            return storage;
        }
    }
    return nullptr;
}

} // namespace

TEST(ScriptSafeJson, NoTextCanCloseTheScriptElementAndEveryTextRoundTrips)
{
    const QJsonObject original{{u"text"_qs, Hostile}, {u"list"_qs, QJsonArray{u"a<b>c&d"_qs, u"\u2029"_qs}}};
    const QByteArray safe = ScriptSafeJson::encode(original);
    for (const char *forbidden : {"<", ">", "&", "\xE2\x80\xA8", "\xE2\x80\xA9"})
        EXPECT_FALSE(safe.contains(forbidden)) << forbidden << " in " << safe.constData();
    EXPECT_TRUE(safe.contains("\\u003c/script\\u003e"));
    EXPECT_TRUE(safe.contains("\\u2028"));
    EXPECT_EQ(QJsonDocument::fromJson(safe).object(), original);
}

TEST(TreePageData, HoldsWhatVisitorsMayReadAndNotTheAgentNotesOrCodes)
{
    const auto tree = test::smallTree();
    const auto directory = test::smallDirectory();
    const QJsonObject data = TreePageData::build(*tree, *directory);
    EXPECT_EQ(data.value(u"identity"_qs).toString(), tree->identity());
    EXPECT_EQ(data.value(u"start"_qs).toString(), tree->startNodeId());
    EXPECT_TRUE(data.value(u"draft"_qs).toBool());
    EXPECT_EQ(data.value(u"nodes"_qs).toArray().size(), tree->nodes().size());

    QJsonObject storage;
    const QJsonObject *caller = nodeIn(data, u"caller"_qs, &storage);
    ASSERT_NE(caller, nullptr);
    EXPECT_FALSE(caller->contains(u"note"_qs)) << "agent notes are not for visitors";
    const QJsonObject pupil = caller->value(u"options"_qs).toArray().at(0).toObject();
    EXPECT_EQ(pupil.keys(), QStringList({u"id"_qs, u"label"_qs, u"next"_qs})) << "no coded fields";
    EXPECT_EQ(pupil.value(u"next"_qs).toString(), u"pupil-help");

    const QJsonObject *theme = nodeIn(data, u"theme"_qs, &storage);
    ASSERT_NE(theme, nullptr);
    EXPECT_EQ(theme->value(u"text"_qs).toObject().keys(), QStringList{u"nl"_qs}) << "no English: Dutch only";

    const QJsonObject *bullying = nodeIn(data, u"bullying-help"_qs, &storage);
    ASSERT_NE(bullying, nullptr);
    const QJsonArray referrals = bullying->value(u"referrals"_qs).toArray();
    ASSERT_EQ(referrals.size(), 2);
    EXPECT_EQ(referrals.at(0).toObject().value(u"party"_qs).toString(), u"school-route");
    EXPECT_EQ(referrals.at(0).toObject().value(u"script"_qs).toObject().value(u"nl"_qs).toString(),
              u"Praat eerst met de mentor.");

    // Every referred party, in directory order, with the check date as the desk writes it.
    QStringList partyIds;
    for (const QJsonValue &party : data.value(u"parties"_qs).toArray())
        partyIds.append(party.toObject().value(u"id"_qs).toString());
    EXPECT_EQ(partyIds, QStringList({u"school-route"_qs, u"kindertelefoon"_qs, u"veilig-thuis"_qs}));
    const QJsonObject kindertelefoon = data.value(u"parties"_qs).toArray().at(1).toObject();
    const Party *expected = directory->party(u"kindertelefoon"_qs);
    EXPECT_EQ(kindertelefoon.value(u"checked"_qs).toObject().value(u"nl"_qs).toString(),
              QLocale(u"nl"_qs).toString(expected->assuredDate, QLocale::LongFormat));
    EXPECT_EQ(kindertelefoon.value(u"conditions"_qs).toArray().size(), expected->conditions.size());
    const QJsonObject channel = kindertelefoon.value(u"channels"_qs).toArray().at(0).toObject();
    EXPECT_EQ(channel.value(u"value"_qs).toString(), u"0800-0432");
    EXPECT_EQ(channel.value(u"hours"_qs).toObject().value(u"en"_qs).toString(), u"daily 11-21");
}

TEST(TreePageData, LeavesOutPartiesNoOutcomeRefersTo)
{
    QByteArray json = test::smallTreeJson();
    json.replace("{\"party\": \"veilig-thuis\"", "{\"party\": \"kindertelefoon\"");
    const QJsonObject data = TreePageData::build(*treeFrom(json), *test::smallDirectory());
    for (const QJsonValue &party : data.value(u"parties"_qs).toArray())
        EXPECT_NE(party.toObject().value(u"id"_qs).toString(), u"veilig-thuis");
    EXPECT_EQ(data.value(u"parties"_qs).toArray().size(), 2);
}

TEST(TreePage, HostileTextsStayInsideTheDataAndComeBackUnchanged)
{
    const auto tree = hostileTree();
    const QString html = render(*tree);
    // Only the page's own script elements close: the data block and the page script.
    EXPECT_EQ(html.count(u"</script>"_qs, Qt::CaseInsensitive), 2) << qPrintable(html.left(3000));
    QFile pageTemplate(u":/web/tree-page.html"_qs);
    ASSERT_TRUE(pageTemplate.open(QIODevice::ReadOnly));
    EXPECT_EQ(html.count(u"<!--"_qs), QString::fromUtf8(pageTemplate.readAll()).count(u"<!--"_qs))
            << "the template's own comments only";
    const QJsonObject data = embeddedData(html);
    QJsonObject storage;
    const QJsonObject *danger = nodeIn(data, u"danger"_qs, &storage);
    ASSERT_NE(danger, nullptr);
    EXPECT_EQ(danger->value(u"text"_qs).toObject().value(u"nl"_qs).toString(), Hostile);
    EXPECT_EQ(data, [&] {
        QJsonObject expected = TreePageData::build(*tree, *test::smallDirectory());
        expected.insert(u"exitUrl"_qs, TreePage::defaultExitPage().toString());
        return expected;
    }());
    // The marker in the text was not filled in, and none is left outside the data.
    QString outsideData = html;
    outsideData.remove(elements(html, u"<script type=\"application/json\" id=\"ww-data\">"_qs, u"script"_qs).value(0));
    EXPECT_FALSE(outsideData.contains(u"{{"_qs));
}

TEST(TreePage, TheTitleIsEscapedInTheMarkup)
{
    QByteArray json = test::smallTreeJson();
    json.replace("\"Testboom\"", "\"Boom <b>&amp;</b>\"");
    const QString html = render(*treeFrom(json));
    EXPECT_TRUE(html.contains(u"<title>Boom &lt;b&gt;&amp;amp;&lt;/b&gt;</title>"_qs));
    EXPECT_FALSE(html.contains(u"<b>"_qs));
}

TEST(TreePage, ThePolicyAllowsExactlyTheInlineScriptsAndStyleAndNothingExternal)
{
    const QString html = render(*test::smallTree());
    const QString policy = policyOf(html);
    const QStringList scripts = elements(html, u"<script>"_qs, u"script"_qs);
    ASSERT_EQ(scripts.size(), 1);
    const QStringList styles = elements(html, u"<style id=\"wwc-style\">"_qs, u"style"_qs);
    ASSERT_EQ(styles.size(), 1);
    EXPECT_EQ(policy,
              u"default-src 'none'; script-src "_qs + TreePage::hashSource(scripts.at(0)) + u"; style-src "_qs
                      + TreePage::hashSource(styles.at(0))
                      + u"; img-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'"_qs);
    EXPECT_FALSE(html.contains(u"wegwijzer-chat"_qs)) << "no chat without a gateway";
    // The hash is the standard one: SHA-256 of the UTF-8 text, in base64.
    const QByteArray digest = QCryptographicHash::hash("\xC3\xA9", QCryptographicHash::Sha256);
    EXPECT_EQ(TreePage::hashSource(u"é"_qs), u"'sha256-"_qs + QString::fromLatin1(digest.toBase64()) + u'\'');
    EXPECT_FALSE(html.contains(u" src="_qs)) << "nothing is loaded";
    EXPECT_FALSE(html.contains(u"<link rel=\"stylesheet\""_qs));
}

TEST(TreePage, WithAChatThePageInlinesTheWidgetAndMayConnectToTheGatewayOnly)
{
    const QUrl gateway(u"wss://chat.example:8443/visitor"_qs);
    const QString html = render(*test::smallTree(), gateway);
    const QStringList scripts = elements(html, u"<script>"_qs, u"script"_qs);
    ASSERT_EQ(scripts.size(), 2);
    EXPECT_TRUE(scripts.at(0).contains(u"ChatWidget.prototype.setTreePath"_qs));
    EXPECT_FALSE(scripts.at(0).contains(u"</script"_qs, Qt::CaseInsensitive));
    const QString policy = policyOf(html);
    EXPECT_TRUE(policy.contains(u"script-src "_qs + TreePage::hashSource(scripts.at(0)) + u' '
                                + TreePage::hashSource(scripts.at(1)) + u';'));
    EXPECT_TRUE(policy.contains(u"; connect-src wss://chat.example:8443/visitor;"_qs)) << qPrintable(policy);
    EXPECT_TRUE(html.contains(u"<div id=\"wegwijzer-chat\" data-gateway=\"wss://chat.example:8443/visitor\" "
                              "data-exit-url=\"https://www.google.nl/\" data-lang=\"nl\"></div>"_qs));
}

TEST(TreePage, InlineScriptsCannotEndTheirElementEarly)
{
    EXPECT_EQ(TreePage::inlineScript(u"a = '</script>'; // </SCRIPT > <!-- x"_qs),
              u"a = '<\\/script>'; // <\\/SCRIPT > <\\!-- x"_qs);
}

TEST(PageAddress, AcceptsEncryptedGatewaysAndUnencryptedOnesOnThisComputerOnly)
{
    QString problem;
    for (const QString &good : {u"wss://chat.example/"_qs, u"wss://chat.example:8443/visitor"_qs,
                                u"ws://127.0.0.1:8765/"_qs, u"ws://localhost:1/"_qs, u"ws://[::1]:9/"_qs}) {
        const auto url = PageAddress::chatGateway(good, &problem);
        ASSERT_TRUE(url) << qPrintable(good) << ": " << qPrintable(problem);
        EXPECT_EQ(url->toString(QUrl::FullyEncoded), good);
    }
    const QList<std::pair<QString, QString>> bad{
            {u"ws://chat.example/"_qs, u"must start with wss://"_qs},
            {u"https://chat.example/"_qs, u"must start with wss://"_qs},
            {u"javascript:alert(1)"_qs, u"not a web address with a host"_qs},
            {u"wss://chat.example/x;y"_qs, u"characters a web page cannot use"_qs},
            {u"wss://chat.example/'unsafe-inline'"_qs, u"characters a web page cannot use"_qs},
            {u"wss://chat.example/a b"_qs, u"not a web address"_qs},
            {u"wss://me@chat.example/"_qs, u"user name"_qs},
            {u"wss://chat.example/?x=1"_qs, u"?query"_qs},
            {u"wss://chat.example/#x"_qs, u"#fragment"_qs},
            {u"wss://chat.example/"_qs + QString(2000, u'a'), u"longer than 2000 characters"_qs},
    };
    for (const auto &[text, why] : bad) {
        problem.clear();
        EXPECT_FALSE(PageAddress::chatGateway(text, &problem)) << qPrintable(text);
        EXPECT_TRUE(problem.startsWith(u"--chat \""_qs) && problem.contains(why)) << qPrintable(problem);
    }
}

TEST(PageAddress, TheExitPageIsHttpsOrOnThisComputer)
{
    QString problem;
    EXPECT_TRUE(PageAddress::exitPage(u"https://www.weeronline.nl/?q=1"_qs, &problem));
    EXPECT_TRUE(PageAddress::exitPage(u"http://127.0.0.1:8000/neutral.html"_qs, &problem));
    EXPECT_FALSE(PageAddress::exitPage(u"http://www.example.nl/"_qs, &problem));
    EXPECT_TRUE(problem.contains(u"--exit-url"_qs) && problem.contains(u"https://"_qs)) << qPrintable(problem);
    EXPECT_FALSE(PageAddress::exitPage(u"data:text/html,hi"_qs, &problem));
}

TEST(TreePage, APhoneNumberWithAGatewayOffersPhoneCodesFromThatGatewayOnly)
{
    const QUrl gateway(u"wss://chat.example:8443/visitor"_qs);
    TreePageSettings settings{gateway, TreePage::defaultExitPage(), u"0800 1234 567"_qs};
    const QString html = QString::fromUtf8(TreePage::render(*test::smallTree(), *test::smallDirectory(), settings));
    const QJsonObject phone = embeddedData(html).value(u"phone"_qs).toObject();
    EXPECT_EQ(phone.value(u"number"_qs).toString(), u"0800 1234 567");
    EXPECT_EQ(phone.value(u"gateway"_qs).toString(), gateway.toString());
    EXPECT_TRUE(policyOf(html).contains(u"; connect-src wss://chat.example:8443/visitor;"_qs));
    EXPECT_TRUE(html.contains(u"id=\"ww-phone-status\" role=\"status\" aria-live=\"polite\""_qs));

    settings.chatGateway = QUrl();
    const QString without = QString::fromUtf8(TreePage::render(*test::smallTree(), *test::smallDirectory(), settings));
    EXPECT_FALSE(embeddedData(without).contains(u"phone"_qs)) << "no gateway, no codes";
    EXPECT_TRUE(policyOf(without).contains(u"connect-src 'none'"_qs));
}

TEST(PageAddress, APhoneNumberIsDigitsSpacesAndHyphens)
{
    QString problem;
    for (const QString &good : {u"0800 1234 567"_qs, u"+31 20 123 45 67"_qs, u"0800-1234"_qs, u"112"_qs})
        EXPECT_EQ(PageAddress::phoneNumber(good, &problem), good) << qPrintable(problem);
    for (const QString &bad : {u""_qs, u"1"_qs, u"0800 CALL NOW"_qs, u"\"; alert(1)"_qs, u"0800 "_qs, u"+ 31"_qs,
                               QString(30, u'1'), u"0800\n1234"_qs}) {
        EXPECT_FALSE(PageAddress::phoneNumber(bad, &problem)) << qPrintable(bad);
        EXPECT_TRUE(problem.startsWith(u"--phone \""_qs)) << qPrintable(problem);
    }
}
