// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the generated benchmark directory and tree to files, so wegwijzer-desk can be started with them.
#include "TreeGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "generate_bench_content: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: generate_bench_content DIR\n");
        return 2;
    }
    const QDir dir(arguments.at(1));
    const ww::bench::GeneratedContent content = ww::bench::TreeGenerator().generate();
    if (!write(dir.filePath(u"bench.directory.json"_qs), content.directoryJson)
        || !write(dir.filePath(u"bench.tree.json"_qs), content.treeJson))
        return 1;
    return 0;
}
