// SPDX-License-Identifier: GPL-3.0-or-later
// Every input in tests/fuzz/corpus, the fuzzers' seeds and the inputs that once broke something, through the
// same entry points the fuzzers use (FuzzTargets.h), in the ordinary build: a regression aborts this suite.
#include "FuzzTargets.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>

#include <functional>

namespace {

using Entry = std::function<int(const std::uint8_t *, std::size_t)>;

int replay(const QString &folder, const Entry &entry)
{
    const QDir dir(QStringLiteral(WW_SOURCE_DIR "/tests/fuzz/corpus/") + folder);
    int replayed = 0;
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile file(dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(name);
        const QByteArray bytes = file.readAll();
        SCOPED_TRACE(name.toStdString());
        EXPECT_EQ(entry(reinterpret_cast<const std::uint8_t *>(bytes.constData()), std::size_t(bytes.size())), 0);
        ++replayed;
    }
    return replayed;
}

} // namespace

TEST(FuzzCorpus, EveryTreeInputLoadsOrIsRefusedWithLocatedErrors)
{
    EXPECT_GE(replay(QStringLiteral("tree"), ww::fuzz::treeLoader), 2);
}

TEST(FuzzCorpus, EveryDirectoryInputLoadsOrIsRefusedWithLocatedErrors)
{
    EXPECT_GE(replay(QStringLiteral("directory"), ww::fuzz::directoryLoader), 2);
}

TEST(FuzzCorpus, EveryChatFrameInputIsAFrameOrAnErrorWithAValidRef)
{
    EXPECT_GE(replay(QStringLiteral("chat_frame"), ww::fuzz::chatFrame), 30);
}

// The invariants are checked, not assumed: a refused tree carries at least one located error.
TEST(FuzzCorpus, TheEntryPointsTakeEmptyAndBrokenInputs)
{
    for (const QByteArray &bytes : {QByteArray(), QByteArray("{"), QByteArray("\xff\xfe", 2), QByteArray("[]"),
                                    QByteArray(R"({"format":1,"nodes":[{"id":"a","options":[{"next":"a"}]}]})")}) {
        const auto *data = reinterpret_cast<const std::uint8_t *>(bytes.constData());
        EXPECT_EQ(ww::fuzz::treeLoader(data, std::size_t(bytes.size())), 0);
        EXPECT_EQ(ww::fuzz::directoryLoader(data, std::size_t(bytes.size())), 0);
        EXPECT_EQ(ww::fuzz::chatFrame(data, std::size_t(bytes.size())), 0);
    }
}
