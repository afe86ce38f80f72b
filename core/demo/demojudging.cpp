#include "demojudging.h"

#include "judging/judgingservice.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/participantrepository.h"
#include "storage/rubricrepository.h"
#include "storage/submissionrepository.h"
#include "storage/taskrepository.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

const QString demoActor = u"demo"_s;

struct DemoCriterion
{
    const char16_t *name;
    const char16_t *description;
    int weight;
    const char16_t *anchors[4]; // at 1, 4, 7 and 9
};

const DemoCriterion fundableCriteria[] = {
    {u"完成度",
     u"子任务与 RFC 目标完成了多少",
     35,
     {u"子任务大多未完成", u"完成约一半子任务", u"完成八成以上，主要目标达成", u"全部完成，并有超出预期的成果"}},
    {u"技术质量",
     u"设计、代码、测试与文档",
     30,
     {u"设计或代码有明显问题", u"可用，但测试与文档不足", u"设计清晰，测试充分", u"设计出色，可作为范例"}},
    {u"社区影响",
     u"对飞桨用户与开发者的价值",
     20,
     {u"几乎无人受益", u"对少数开发者有帮助", u"被广泛使用或带动了社区贡献", u"显著改变了社区的开发方式"}},
    {u"答辩表现",
     u"答辩中的讲解与答问",
     15,
     {u"说不清做了什么", u"讲清了做了什么", u"讲清了为什么这样做与取舍", u"答问深入透彻"}},
};

const DemoCriterion articleCriteria[] = {
    {u"内容质量",
     u"内容是否正确、完整、可复现",
     30,
     {u"内容有误或与飞桨无关", u"内容正确但较浅", u"内容扎实，示例可运行", u"内容出色，可作为官方教程"}},
    {u"技术深度",
     u"是否深入原理与实现",
     25,
     {u"只复述文档", u"有一定的个人理解", u"深入原理，有实验或源码分析", u"有独到见解，超出常见资料"}},
    {u"表达清晰", u"结构、图示与行文", 15, {u"难以读懂", u"结构尚可", u"结构清晰，图文并茂", u"行文流畅，引人入胜"}},
};

// Figure-derived criteria of the article stage 2, next to the judges'; weights are editable.
const struct
{
    const char16_t *name;
    Figure figure;
    int weight;
} articleFigures[] = {
    {u"浏览量", Figure::Views, 10},   {u"点赞数", Figure::Likes, 8},       {u"收藏数", Figure::Favourites, 6},
    {u"评论数", Figure::Comments, 4}, {u"新增关注", Figure::Followers, 2},
};

struct DemoJudge
{
    const char16_t *login;
    const char16_t *name;
    const char16_t *organisation;
    bool fundable;
    bool articles;
    JudgeConflict::Kind conflictKind;
    const char16_t *conflict; // nullptr: none declared
};

const DemoJudge demoJudges[] = {
    {u"zhang-wei", u"张伟", u"百度", true, true, JudgeConflict::Kind::Participant, nullptr},
    {u"chen-jie", u"陈杰", u"百度", true, false, JudgeConflict::Kind::Team, u"飞桨小分队"}, // mentored the team
    {u"liu-yang", u"刘洋", u"浙江大学", true, false, JudgeConflict::Kind::Participant, nullptr},
    {u"zhao-lei", u"赵磊", u"上海交通大学", true, false, JudgeConflict::Kind::Participant, nullptr},
    {u"sun-li", u"孙丽", u"英特尔", true, true, JudgeConflict::Kind::Participant, nullptr},
    {u"huang-min", u"黄敏", u"中国科学院", true, false, JudgeConflict::Kind::Participant, nullptr},
    {u"wang-fang", u"王芳", u"湖南大学", false, true, JudgeConflict::Kind::Participant, nullptr},
    {u"xu-ming", u"徐明", u"飞桨社区", false, true, JudgeConflict::Kind::Participant, u"NKNaN"},
    {u"gao-jing", u"高静", u"开源中国", false, true, JudgeConflict::Kind::Participant, nullptr},
};

Rubric rubricOf(qint64 trackId, const DemoCriterion *criteria, qsizetype count)
{
    Rubric r;
    r.trackId = trackId;
    r.scaleMin = 1;
    r.scaleMax = 10;
    for (qsizetype i = 0; i < count; ++i) {
        const DemoCriterion &d = criteria[i];
        Criterion c;
        c.name = QString::fromUtf16(d.name);
        c.description = QString::fromUtf16(d.description);
        c.weight = d.weight;
        const int levels[] = {1, 4, 7, 9};
        for (int l = 0; l < 4; ++l)
            c.anchors.append({levels[l], QString::fromUtf16(d.anchors[l])});
        r.criteria.append(c);
    }
    return r;
}

} // namespace

void addDemoJudging(const Database &db)
{
    JudgeAssignmentRepository judgeRepo(db);
    SubmissionRepository submissionRepo(db);
    RubricRepository rubricRepo(db);
    if (!judgeRepo.judges().isEmpty())
        return;
    EventRepository events(db);
    qint64 fundable = 0, articles = 0;
    for (const Track &t : events.tracks()) {
        if (t.kind == TrackKind::Fundable && !fundable)
            fundable = t.id;
        if (t.kind == TrackKind::Articles && !articles)
            articles = t.id;
    }
    if (!fundable || !articles)
        return;

    Transaction tx(db);
    rubricRepo.saveRubric(rubricOf(fundable, fundableCriteria, std::size(fundableCriteria)), demoActor);
    Rubric articleRubric = rubricOf(articles, articleCriteria, std::size(articleCriteria));
    for (const auto &f : articleFigures) {
        Criterion c;
        c.name = QString::fromUtf16(f.name);
        c.description = figureName(f.figure);
        c.weight = f.weight;
        c.figure = f.figure;
        articleRubric.criteria.append(c);
    }
    rubricRepo.saveRubric(articleRubric, demoActor);

    // The fundable-project defence: every claimed project, by its team or its leader.
    QSet<qint64> seenTasks;
    for (const ClaimRow &claim : ClaimRepository(db).rows(fundable)) {
        const qint64 task = claim.claim.taskId;
        if (seenTasks.contains(task))
            continue;
        seenTasks.insert(task);
        const int number = claim.taskNumber;
        Submission s;
        s.trackId = fundable;
        s.title = claim.taskTitle;
        s.taskId = task;
        s.participantId = claim.claim.participantId;
        s.teamId = claim.claim.teamId;
        s.links = {{u"pr"_s, u"https://github.com/PaddlePaddle/community/pull/%1"_s.arg(850 + number)},
                   {u"other"_s, u"https://github.com/PaddlePaddle/Paddle/issues/%1"_s.arg(63100 + number)},
                   {u"slides"_s, u"https://github.com/PaddlePaddle/community/blob/master/hackathon/"
                                 u"hackathon_6th/defence/fundable_%1.pdf"_s.arg(number)}};
        submissionRepo.insertSubmission(s, demoActor);
    }

    // The article stage 2: every merged article, with the figures its author reported.
    QRandomGenerator rng(20240614);
    struct Article
    {
        PullRequest pr;
        qint64 topic = 0;
        qint64 author = 0;
    };
    QList<Article> merged; // by merge time
    QSet<qint64> topics;
    for (const Task &t : TaskRepository(db).all(articles))
        topics.insert(t.id);
    const ParticipantRepository people(db);
    for (const PullRequest &pr : ClaimRepository(db).pullRequests()) {
        const auto author = people.byLogin(pr.authorLogin);
        if (pr.state != PullRequest::State::Merged || !author)
            continue;
        for (const qint64 topic : pr.taskIds)
            if (topics.contains(topic))
                merged.append({pr, topic, author->id});
    }
    std::stable_sort(merged.begin(), merged.end(), [](const Article &a, const Article &b) {
        return std::pair(a.pr.mergedAt, a.pr.number) < std::pair(b.pr.mergedAt, b.pr.number);
    });
    for (const Article &article : std::as_const(merged)) {
        const PullRequest &pr = article.pr;
        Submission s;
        s.trackId = articles;
        s.title = pr.title;
        s.participantId = article.author;
        s.taskId = article.topic;
        s.links = {{u"article"_s, u"https://aistudio.baidu.com/projectdetail/%1"_s.arg(7600000 + pr.number)},
                   {u"pr"_s, u"https://github.com/%1/pull/%2"_s.arg(pr.repo).arg(pr.number)}};
        const qint64 views = 300 + rng.bounded(20000);
        s.figures[size_t(Figure::Views)] = views;
        s.figures[size_t(Figure::Likes)] = views / (20 + rng.bounded(30));
        s.figures[size_t(Figure::Favourites)] = views / (40 + rng.bounded(60));
        s.figures[size_t(Figure::Comments)] = rng.bounded(40);
        s.figures[size_t(Figure::Followers)] = rng.bounded(25);
        submissionRepo.insertSubmission(s, demoActor);
    }

    for (const DemoJudge &d : demoJudges) {
        Judge j;
        j.login = QString::fromUtf16(d.login);
        j.name = QString::fromUtf16(d.name);
        j.organisation = QString::fromUtf16(d.organisation);
        if (d.fundable)
            j.trackIds << fundable;
        if (d.articles)
            j.trackIds << articles;
        if (d.conflict)
            j.conflicts.append({d.conflictKind, QString::fromUtf16(d.conflict)});
        judgeRepo.insertJudge(j, demoActor);
    }
    assignTrack(db, fundable, 3, false, demoActor);
    assignTrack(db, articles, 3, false, demoActor);
    tx.commit();
}

} // namespace hd
