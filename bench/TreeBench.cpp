// SPDX-License-Identifier: GPL-3.0-or-later
// bench_tree: loading the generated 5,000-node tree, and one step through it in the core walker and in the
// TreeWalkerPanel. Steps are timed one by one so p50 and p99 can be reported next to the 16.7 ms frame.
#include "TreeGenerator.h"

#include "content/ShippedContent.h"
#include "content/TreeLanguageCheck.h"
#include "directory/DirectoryLoader.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqlCaseStore.h"
#include "tree/TreeLoader.h"
#include "tree/TreeWalker.h"
#include "tree/TreeWalkerPanel.h"
#include "json/JsonFileReader.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWindow>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Content
{
    ww::bench::GeneratedContent generated;
    std::shared_ptr<const ww::ReferralDirectory> directory;
    std::shared_ptr<const ww::DecisionTree> tree;
};

const Content &content()
{
    static const Content made = [] {
        Content c;
        c.generated = ww::bench::TreeGenerator().generate();
        const ww::DirectoryLoadResult directory = ww::DirectoryLoader::load(
                ww::JsonFileReader::readBytes(c.generated.directoryJson, u"bench.directory.json"_qs));
        if (!directory.ok())
            throw std::runtime_error(qPrintable(directory.diagnostics.constFirst().toString()));
        c.directory = directory.directory;
        const ww::TreeLoadResult tree = ww::TreeLoader::load(
                ww::JsonFileReader::readBytes(c.generated.treeJson, u"bench.tree.json"_qs), *c.directory);
        if (!tree.ok())
            throw std::runtime_error(qPrintable(tree.diagnostics.constFirst().toString()));
        c.tree = tree.tree;
        return c;
    }();
    return made;
}

/// Per-iteration times; Google Benchmark itself only reports means.
class Samples
{
public:
    explicit Samples(std::size_t expected) { m_ms.reserve(expected); }

    void add(Clock::duration elapsed, benchmark::State &state)
    {
        state.SetIterationTime(std::chrono::duration<double>(elapsed).count());
        addOnly(elapsed);
    }

    /// For a subset of the steps, reported beside the whole.
    void addOnly(Clock::duration elapsed)
    {
        m_ms.push_back(std::chrono::duration<double, std::milli>(elapsed).count());
    }

    void report(benchmark::State &state, const std::string &prefix = {})
    {
        std::sort(m_ms.begin(), m_ms.end());
        state.counters[prefix + "p50_ms"] = percentile(0.50);
        state.counters[prefix + "p99_ms"] = percentile(0.99);
        state.counters[prefix + "max_ms"] = m_ms.empty() ? 0.0 : m_ms.back();
        state.counters[prefix + "samples"] = double(m_ms.size());
    }

private:
    // Nearest rank: the smallest sample with at least p of all samples at or below it.
    double percentile(double p) const
    {
        if (m_ms.empty())
            return 0.0;
        const auto rank = std::size_t(std::ceil(p * double(m_ms.size())));
        return m_ms[std::clamp<std::size_t>(rank, 1, m_ms.size()) - 1];
    }

    std::vector<double> m_ms;
};

/// A deterministic choice of option, so every run walks the same paths.
class Chooser
{
public:
    qsizetype choose(qsizetype optionCount)
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return qsizetype((m_state >> 33) % std::uint64_t(optionCount));
    }

private:
    std::uint64_t m_state = 42;
};

void BM_ParseJsonOnly(benchmark::State &state)
{
    const QByteArray &bytes = content().generated.treeJson;
    Samples samples(std::size_t(state.max_iterations));
    for (auto _ : state) {
        const auto start = Clock::now();
        const QJsonDocument document = QJsonDocument::fromJson(bytes);
        const auto elapsed = Clock::now() - start;
        benchmark::DoNotOptimize(document);
        samples.add(elapsed, state);
    }
    samples.report(state);
    state.counters["bytes"] = double(bytes.size());
}

// The reader alone (parse, UTF-8 check, source map, duplicate keys, depth), to show where loading spends.
void BM_ReadJson(benchmark::State &state)
{
    const QByteArray &bytes = content().generated.treeJson;
    Samples samples(std::size_t(state.max_iterations));
    for (auto _ : state) {
        const auto start = Clock::now();
        const ww::JsonInput input = ww::JsonFileReader::readBytes(bytes, u"bench.tree.json"_qs);
        const auto elapsed = Clock::now() - start;
        benchmark::DoNotOptimize(input.root);
        samples.add(elapsed, state);
    }
    samples.report(state);
}

// What `tree validate` does with a tree file: read, validate, and the plain-language check of every caller text.
void BM_LoadTree(benchmark::State &state)
{
    const Content &c = content();
    const ww::TreeLanguageCheck language;
    Samples samples(std::size_t(state.max_iterations));
    qsizetype warnings = 0;
    for (auto _ : state) {
        const auto start = Clock::now();
        const ww::JsonInput input = ww::JsonFileReader::readBytes(c.generated.treeJson, u"bench.tree.json"_qs);
        const ww::TreeLoadResult result = ww::TreeLoader::load(input, *c.directory);
        const ww::Diagnostics found = result.ok() ? language.check(*result.tree, input) : ww::Diagnostics{};
        const auto elapsed = Clock::now() - start;
        if (!result.ok()) {
            state.SkipWithError("the generated tree did not load");
            return;
        }
        warnings = found.size();
        samples.add(elapsed, state);
    }
    samples.report(state);
    state.counters["nodes"] = double(c.tree->nodes().size());
    state.counters["options"] = double(c.generated.optionCount);
    state.counters["bytes"] = double(c.generated.treeJson.size());
    state.counters["language_warnings"] = double(warnings);
}

// The same without the language check: what loading cost before it, measured in the same run.
void BM_LoadTreeWithoutLanguageCheck(benchmark::State &state)
{
    const Content &c = content();
    Samples samples(std::size_t(state.max_iterations));
    for (auto _ : state) {
        const auto start = Clock::now();
        const ww::TreeLoadResult result = ww::TreeLoader::load(
                ww::JsonFileReader::readBytes(c.generated.treeJson, u"bench.tree.json"_qs), *c.directory);
        const auto elapsed = Clock::now() - start;
        if (!result.ok()) {
            state.SkipWithError("the generated tree did not load");
            return;
        }
        samples.add(elapsed, state);
    }
    samples.report(state);
}

// The plain-language check alone, on a tree already loaded: its share of the above. Warnings are located by
// reading the file again (JsonSourceMap::find), so one input serves every iteration.
void BM_LanguageCheck(benchmark::State &state)
{
    const Content &c = content();
    const ww::TreeLanguageCheck language;
    const ww::JsonInput input = ww::JsonFileReader::readBytes(c.generated.treeJson, u"bench.tree.json"_qs);
    Samples samples(std::size_t(state.max_iterations));
    for (auto _ : state) {
        const auto start = Clock::now();
        const ww::Diagnostics found = language.check(*c.tree, input);
        const auto elapsed = Clock::now() - start;
        benchmark::DoNotOptimize(found);
        samples.add(elapsed, state);
    }
    samples.report(state);
}

// LanguageCheck alone on every caller text of the generated tree, as an editor would call it: no tree walk for
// pupils' branches, no exceptions, no locating in the file. What is left of BM_LanguageCheck is finding the
// 14,000 warnings in the file.
void BM_LanguageCheckTexts(benchmark::State &state)
{
    const Content &c = content();
    const ww::LanguageCheck check;
    Samples samples(std::size_t(state.max_iterations));
    qsizetype hints = 0;
    for (auto _ : state) {
        hints = 0;
        const auto start = Clock::now();
        for (const ww::TreeNode &node : c.tree->nodes()) {
            QList<const ww::LocalizedText *> texts{&node.text};
            for (const ww::TreeOption &option : node.options)
                texts.append(&option.label);
            for (const ww::TreeReferral &referral : node.referrals)
                texts.append(&referral.script);
            for (const ww::LocalizedText *text : std::as_const(texts)) {
                hints += check.check(text->nl, u"nl"_qs, ww::LanguageAudience::Callers).size();
                hints += check.check(text->en, u"en"_qs, ww::LanguageAudience::Callers).size();
            }
        }
        const auto elapsed = Clock::now() - start;
        samples.add(elapsed, state);
    }
    samples.report(state);
    state.counters["hints"] = double(hints);
}

// The same check on the shipped tree, as `tree validate resources/tree/wegwijzer.tree.json` runs it.
void BM_LanguageCheckShippedTree(benchmark::State &state)
{
    const ww::DirectoryLoadResult directory = ww::ShippedContent::loadDirectory();
    const ww::JsonInput input = ww::JsonFileReader::readFile(ww::ShippedContent::treePath());
    const ww::TreeLoadResult tree
            = directory.ok() ? ww::TreeLoader::load(input, *directory.directory) : ww::TreeLoadResult{};
    if (!tree.ok()) {
        state.SkipWithError("the shipped content did not load");
        return;
    }
    const ww::TreeLanguageCheck language;
    Samples samples(std::size_t(state.max_iterations));
    qsizetype warnings = 0;
    for (auto _ : state) {
        const auto start = Clock::now();
        warnings = language.check(*tree.tree, input).size();
        const auto elapsed = Clock::now() - start;
        samples.add(elapsed, state);
    }
    samples.report(state);
    state.counters["nodes"] = double(tree.tree->nodes().size());
    state.counters["language_warnings"] = double(warnings);
}

// What start-up pays for the content compiled into the program, whatever its size is today.
void BM_LoadShippedContent(benchmark::State &state)
{
    Samples samples(std::size_t(state.max_iterations));
    qsizetype nodes = 0;
    for (auto _ : state) {
        const auto start = Clock::now();
        const ww::DirectoryLoadResult directory = ww::ShippedContent::loadDirectory();
        const ww::TreeLoadResult tree
                = directory.ok() ? ww::ShippedContent::loadTree(*directory.directory) : ww::TreeLoadResult{};
        const auto elapsed = Clock::now() - start;
        if (!tree.ok()) {
            state.SkipWithError("the shipped content did not load");
            return;
        }
        nodes = tree.tree->nodes().size();
        samples.add(elapsed, state);
    }
    samples.report(state);
    state.counters["nodes"] = double(nodes);
    state.counters["bytes"] = double(QFileInfo(ww::ShippedContent::treePath()).size()
                                     + QFileInfo(ww::ShippedContent::directoryPath()).size());
}

void BM_CoreStep(benchmark::State &state)
{
    ww::TreeWalker walker(content().tree);
    const QString language = u"nl"_qs;
    Chooser chooser;
    Samples samples(std::size_t(state.max_iterations));
    qsizetype walks = 0;
    qsizetype steps = 0;
    for (auto _ : state) {
        if (walker.atOutcome()) { // a new call: not part of the step
            walker.restart();
            ++walks;
        }
        const ww::TreeNode &node = walker.current();
        const QString optionId = node.options.at(chooser.choose(node.options.size())).id;
        const auto start = Clock::now();
        walker.answer(optionId);
        const ww::TreeNode &current = walker.current();
        QString shown = current.text.in(language);
        for (const ww::TreeOption &option : current.options)
            shown += option.label.in(language);
        const auto elapsed = Clock::now() - start;
        benchmark::DoNotOptimize(shown);
        samples.add(elapsed, state);
        ++steps;
    }
    samples.report(state);
    state.counters["steps_per_walk"] = walks ? double(steps) / double(walks) : 0.0;
}

/// Counts paint events, to show that the timed step really reached the pixels.
class PaintCounter : public QObject
{
public:
    qsizetype count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

// The panel inside the real main window: chooseOption rebuilds the widgets, then the event loop lays
// them out and paints, which is what has to fit in a frame.
void BM_PanelStep(benchmark::State &state)
{
    const Content &c = content();
    // The walker lives in a case now: every step also saves the case, as it does for an agent.
    QTemporaryDir dir;
    const std::unique_ptr<ww::Database> database
            = ww::Database::open(ww::DatabaseUrl::sqliteFile(dir.filePath(u"bench.db"_qs)));
    ww::Migrator(*database).migrate();
    ww::SqlCaseStore store(*database);
    ww::DirectCaseWork cases(store);
    ww::MainWindow window(c.tree, c.directory, cases, u"bench"_qs);
    window.newCase(ww::Channel::Phone);
    window.resize(1280, 800);
    window.show();
    // Under X the window paints only once the server has mapped it.
    const auto deadline = Clock::now() + std::chrono::seconds(5);
    while (!(window.windowHandle() && window.windowHandle()->isExposed()) && Clock::now() < deadline)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    QApplication::processEvents();
    ww::TreeWalkerPanel *panel = window.walkerPanel();
    PaintCounter paints;
    panel->installEventFilter(&paints);

    Chooser chooser;
    Samples samples(std::size_t(state.max_iterations));
    // Steps that reach an outcome render its parties as HTML; the others only rebuild buttons.
    Samples toOutcome(std::size_t(state.max_iterations));
    Samples toQuestion(std::size_t(state.max_iterations));
    qsizetype walks = 0;
    for (auto _ : state) {
        if (panel->walker().atOutcome()) {
            panel->restart();
            QApplication::processEvents();
            ++walks;
        }
        const qsizetype choice = chooser.choose(panel->walker().current().options.size());
        const auto start = Clock::now();
        panel->chooseOption(choice);
        QApplication::processEvents();
        const auto elapsed = Clock::now() - start;
        samples.add(elapsed, state);
        (panel->walker().atOutcome() ? toOutcome : toQuestion).addOnly(elapsed);
    }
    samples.report(state);
    toOutcome.report(state, "outcome_");
    toQuestion.report(state, "question_");
    state.counters["paints_per_step"] = double(paints.count) / double(state.iterations());
    state.counters["walks"] = double(walks);
}

} // namespace

// Fixed iteration counts keep the whole run short and its length predictable on a 2-core machine.
BENCHMARK(BM_ParseJsonOnly)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(BM_ReadJson)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(BM_LoadTree)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(40);
BENCHMARK(BM_LoadTreeWithoutLanguageCheck)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(40);
BENCHMARK(BM_LanguageCheck)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(BM_LanguageCheckTexts)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(20);
BENCHMARK(BM_LanguageCheckShippedTree)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(40);
BENCHMARK(BM_LoadShippedContent)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(40);
BENCHMARK(BM_CoreStep)->UseManualTime()->Unit(benchmark::kMicrosecond)->Iterations(200000);
BENCHMARK(BM_PanelStep)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(2000);

namespace {

QtMessageHandler previousHandler = nullptr;

// The offscreen platform warns on every layout change of a top-level window; that says nothing here.
void dropOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (previousHandler && !message.contains(u"propagateSizeHints"))
        previousHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // the main window reads settings: never the user's own
    previousHandler = qInstallMessageHandler(dropOffscreenNoise);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"WegwijzerBench"_qs);
    QApplication::setApplicationName(u"bench_tree"_qs);
    content(); // generate and check once, outside every timing
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
