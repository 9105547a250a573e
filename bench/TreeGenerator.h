// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <span>

namespace ww::bench {

/// One text in both content languages.
struct Phrase
{
    const char16_t *nl;
    const char16_t *en;
};

/// A generated directory and a tree that refers to its parties, as compact JSON.
struct GeneratedContent
{
    QByteArray directoryJson;
    QByteArray treeJson;
    qsizetype questionCount = 0;
    qsizetype outcomeCount = 0;
    qsizetype optionCount = 0;
};

/// Makes a large, valid, realistic tree (docs/tree-format.md) for benchmarks: questions with 2–9 options,
/// subtrees shared between questions, outcomes that refer to the parties of a small generated directory,
/// and Dutch and English texts of the lengths authors write. The same seed always gives the same bytes.
class TreeGenerator
{
public:
    static constexpr std::uint32_t DefaultSeed = 20261101;
    static constexpr int DefaultNodeCount = 5000;
    static constexpr int DefaultPartyCount = 16;

    explicit TreeGenerator(std::uint32_t seed = DefaultSeed);

    GeneratedContent generate(int nodeCount = DefaultNodeCount, int partyCount = DefaultPartyCount);

private:
    std::uint32_t next();
    int pick(int count);
    bool chance(int percent);
    const Phrase &pickPhrase(std::span<const Phrase> phrases);

    QJsonObject sentence(std::span<const Phrase> stems, char16_t end);
    QJsonObject optionLabel();
    QJsonObject party(int index);
    QJsonObject question(int index, const QList<int> &targets, int questionCount);
    QJsonObject outcome(int index, int partyCount);

    std::uint64_t m_state;
};

} // namespace ww::bench
