#include "fuzzentries.h"
#include "support/fakegithub.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>

#include <cstdio>

// Every input of the fuzz corpora (tests/fuzz/corpus/<target>/: the minimised corpus of the fuzzing runs,
// with every input that once failed) through the fuzz targets' own entry points, in the normal build: a
// reader that crashes, hangs or breaks its invariants on one of them aborts this test, which names the
// file on stderr. See docs/reliability.md, "Fuzzing".

using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

using Entry = void (*)(const uint8_t *, size_t);

int runCorpus(const QString &target, Entry entry)
{
    const QDir dir(QStringLiteral(HACKDESK_FUZZ_CORPUS "/") + target);
    const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QByteArray bytes = readAll(file.filePath());
        std::fprintf(stderr, "%s\n", qPrintable(file.fileName()));
        entry(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
    }
    return int(files.size());
}

} // namespace

TEST(FuzzCorpus, IssueTable)
{
    EXPECT_GT(runCorpus(u"issue_table"_s, hd::fuzz::issueTable), 0);
}

TEST(FuzzCorpus, ClaimComment)
{
    EXPECT_GT(runCorpus(u"claim_comment"_s, hd::fuzz::claimComment), 0);
}

TEST(FuzzCorpus, PrTitle)
{
    EXPECT_GT(runCorpus(u"pr_title"_s, hd::fuzz::prTitle), 0);
}

TEST(FuzzCorpus, Csv)
{
    EXPECT_GT(runCorpus(u"csv"_s, hd::fuzz::csv), 0);
}

TEST(FuzzCorpus, GitHubJson)
{
    ensureCoreApplication();
    EXPECT_GT(runCorpus(u"github_json"_s, hd::fuzz::githubJson), 0);
}

TEST(FuzzCorpus, JudgePacket)
{
    EXPECT_GT(runCorpus(u"judge_packet"_s, hd::fuzz::judgePacket), 0);
}

TEST(FuzzCorpus, EditionProfile)
{
    EXPECT_GT(runCorpus(u"edition_profile"_s, hd::fuzz::editionProfile), 0);
}
