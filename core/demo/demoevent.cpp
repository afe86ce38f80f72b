#include "demoevent.h"

#include "demojudging.h"
#include "parsing/claimcomment.h"
#include "storage/programmerepository.h"
#include "services/editionprofile.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/participantrepository.h"
#include "storage/problemrepository.h"
#include "storage/taskrepository.h"
#include "storage/teamrepository.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

struct DemoTask
{
    const char16_t *direction;
    const char16_t *title;
    const char16_t *stars;
    int cashYuan = 0;
    bool rfc = false;
};

// Track 1 of the 6th edition in shape: its directions, difficulty spread, RFC tasks and cash tasks.
const DemoTask track1Tasks[] = {
    {u"框架 API 开发", u"为 Paddle 新增 AdaptiveLogSoftmaxWithLoss API", u"2", 0, true},
    {u"框架 API 开发", u"为 Paddle 新增 cholesky_inverse API", u"1"},
    {u"框架 API 开发", u"为 Paddle 新增 ZeroPad1D / ZeroPad3D API", u"1"},
    {u"框架 API 开发", u"为 Paddle 新增 ormqr API", u"2", 0, true},
    {u"框架 API 开发", u"为 Paddle 新增 Chi2 / LKJCholesky API", u"2", 0, true},
    {u"框架 API 开发", u"为 Paddle 新增 MultivariateNormal API", u"2", 0, true},
    {u"框架 API 开发", u"为 Paddle 新增 StudentT API", u"2", 0, true},
    {u"框架 API 开发", u"为 Paddle 新增 FeatureAlphaDropout API", u"1"},
    {u"框架 API 开发", u"为 Paddle 新增 cartesian_prod API", u"1"},
    {u"框架 API 开发", u"为 Paddle 新增 isin API", u"1"},
    {u"框架 API 开发", u"为 Paddle 新增 bernoulli_ / log_normal_ / log_normal API", u"1"},
    {u"框架 API 开发", u"为 Paddle 新增 lu_solve API", u"2"},
    {u"框架 API 开发", u"为 Paddle 新增 RAdam / NAdam API", u"1"},
    {u"框架 API 开发", u"为 Paddle 新增 tensor_split / hsplit / dsplit API", u"1"},
    {u"框架其他开发任务", u"为 Paddle 框架 API 添加类型提示（Type Hints）", u"3", 0, true},
    {u"框架其他开发任务", u"为 Paddle 代码转换工具新增 API 转换规则（第 1 组）", u"1"},
    {u"框架其他开发任务", u"为 Paddle 代码转换工具新增 API 转换规则（第 2 组）", u"1"},
    {u"框架其他开发任务", u"为 Paddle 代码转换工具新增 API 转换规则（第 3 组）", u"1"},
    {u"框架其他开发任务", u"为 paddle.sparse 新增稀疏算子的反向实现", u"2"},
    {u"框架其他开发任务", u"为 Paddle 的 put_along_axis 增加 reduce 方式", u"1"},
    {u"框架其他开发任务", u"修复 Paddle 中 0-size Tensor 的边界问题", u"0.5"},
    {u"框架其他开发任务", u"为 Paddle 动转静新增 SOT 字节码支持", u"2", 0, true},
    {u"分布式", u"为 Paddle 分布式新增 flash attention 的 varlen 支持", u"3", 0, true},
    {u"分布式", u"为自动并行新增切分推导规则", u"2"},
    {u"分布式", u"为 Paddle 分布式通信库新增 all_to_all_single", u"2"},
    {u"科学计算", u"为 PaddleScience 新增 Transformer 物理模型", u"2"},
    {u"科学计算", u"为 PaddleScience 复现 NeuralOperator 案例", u"2"},
    {u"科学计算", u"为 PaddleScience 复现 DeepPhyLSTM 案例", u"1"},
    {u"科学计算", u"为 PaddleScience 新增支持分布式训练的案例", u"2", 0, true},
    {u"科学计算", u"在 PaddleScience 中实现 PirateNets 网络", u"2"},
    {u"科学计算", u"为 PaddleScience 新增 NSFNet 案例", u"1"},
    {u"合作伙伴", u"为 OpenVINO 实现 Paddle 算子 flip 转换", u"1"},
    {u"合作伙伴", u"为 OpenVINO 实现 Paddle 算子 tril/triu 转换", u"2"},
    {u"合作伙伴", u"为 OpenVINO 实现 Paddle 算子 rsqrt 转换", u"0.5"},
    {u"合作伙伴", u"为 OpenVINO 实现 Paddle 算子 scatter 转换", u"1"},
    {u"合作伙伴", u"为 OpenVINO 实现 Paddle 算子 scatter_nd_add 转换", u"1"},
    {u"合作伙伴", u"为 OpenVINO 实现 Paddle 算子 take_along_axis 转换", u"1"},
    {u"合作伙伴", u"为 OpenVINO 实现 Paddle 算子 gather_tree 转换", u"1"},
    {u"合作伙伴", u"为 OpenVINO 实现 Paddle 算子 unique 转换", u"2"},
    {u"合作伙伴", u"为 OpenVINO 实现 Paddle 算子 round 转换", u"0.5"},
    {u"合作伙伴", u"为 OpenVINO 实现 Paddle 算子 mv 转换", u"0.5"},
    {u"合作伙伴", u"为 OpenVINO 新增 Paddle 前端的 Python 单测", u"1"},
    {u"Paddle2ONNX", u"为 Paddle2ONNX 增加 Paddle 动态 shape 模型转换支持", u"0", 2000},
    {u"Paddle2ONNX", u"为 Paddle2ONNX 新增 PIR 格式模型转换", u"0", 1500},
    {u"Paddle2ONNX", u"为 Paddle2ONNX 修复 opset 18 下的算子转换", u"0", 1000},
    {u"Paddle2ONNX", u"为 Paddle2ONNX 新增 einsum 算子转换", u"1"},
    {u"Paddle2ONNX", u"为 Paddle2ONNX 新增 grid_sample 算子转换", u"1"},
    {u"套件开发", u"为 PaddleOCR 新增识别模型 SVTRv2", u"2"},
    {u"套件开发", u"为 PaddleDetection 新增 RT-DETR 的量化训练", u"2"},
    {u"套件开发", u"为 PaddleNLP 新增 Llama 模型的 LoRA 推理", u"2"},
    {u"套件开发", u"为 PaddleClas 新增 ViT 系列模型的 FP16 推理", u"1"},
    {u"套件开发", u"为 PaddleSeg 新增医学分割模型 nnUNet 的导出", u"2"},
    {u"文档", u"为 Paddle 中文文档补充 API 示例代码", u"0.5"},
    {u"文档", u"修复 Paddle 文档中的映射表错误", u"0.5"},
    {u"文档", u"为 Paddle 新增 API 映射文档（第 1 组）", u"0.5"},
};

const char16_t *const campProjects[] = {
    u"飞桨框架 PIR 方向：新 IR 下的算子适配", u"飞桨框架 CINN 方向：编译器后端 Pass 优化",
    u"飞桨框架 动转静方向：SOT 子图打断优化", u"科学计算方向：PaddleScience 案例复现",
    u"套件方向：PaddleOCR 模型升级",          u"分布式方向：自动并行切分推导",
    u"合作伙伴方向：OpenVINO Paddle 前端",    u"框架 API 方向：复数类型支持",
};

struct DemoFundable
{
    const char16_t *title;
    int stars;
};
const DemoFundable fundableProjects[] = {
    {u"Paddle 框架旧动态图机制退场", 13},
    {u"将 xdoctest 引入到飞桨框架工作流中", 8},
    {u"在 PaddleScience 中支持 Windows 与 macOS", 6},
};

const char16_t *const articleTopics[] = {
    u"飞桨新 IR 入门与实践",   u"从零实现一个 Paddle 算子",
    u"飞桨动转静原理浅析",     u"用 PaddleScience 求解偏微分方程",
    u"参加黑客松的心得与经验", u"OpenVINO 与 Paddle 的模型转换",
};

// Participants: GitHub-style logins with names and organisations.
const char16_t *const people[][3] = {
    {u"megemini", u"Megemini", u""},
    {u"MagnetoWang", u"王磁", u"北京大学"},
    {u"Asthestarsfalll", u"Asthestarsfalll", u"西安电子科技大学"},
    {u"lin-yichen", u"林一晨", u"浙江大学"},
    {u"zhou-haoran", u"周浩然", u"华中科技大学"},
    {u"xuewen-dev", u"薛文", u""},
    {u"chen-siyu", u"陈思雨", u"上海交通大学"},
    {u"GreatV", u"GreatV", u""},
    {u"liu-zixuan", u"刘子轩", u"中山大学"},
    {u"yang-mengqi", u"杨梦琪", u"武汉大学"},
    {u"huang-jiale", u"黄家乐", u"南京大学"},
    {u"sun-yuhang", u"孙宇航", u"哈尔滨工业大学"},
    {u"wu-ruoxi", u"吴若曦", u"复旦大学"},
    {u"zhao-tianyi", u"赵天翼", u"电子科技大学"},
    {u"qian-bowen", u"钱博文", u""},
    {u"feng-yiran", u"冯一然", u"同济大学"},
    {u"deng-kaiwen", u"邓凯文", u"东南大学"},
    {u"ma-xinyue", u"马欣悦", u"北京航空航天大学"},
    {u"he-junjie", u"何俊杰", u"中国科学技术大学"},
    {u"luo-shiyu", u"罗诗雨", u"四川大学"},
    {u"tang-hao", u"唐浩", u""},
    {u"cao-zhiyuan", u"曹志远", u"西北工业大学"},
    {u"xu-anran", u"徐安然", u"清华大学"},
    {u"hu-chenxi", u"胡晨曦", u"厦门大学"},
    {u"guo-yifan", u"郭一帆", u"天津大学"},
    {u"lu-xingchen", u"卢星辰", u"山东大学"},
    {u"jiang-muyang", u"蒋沐阳", u"南开大学"},
    {u"peng-yuxi", u"彭雨溪", u""},
    {u"cai-jingyu", u"蔡靖宇", u"大连理工大学"},
    {u"ye-qingyang", u"叶清扬", u"吉林大学"},
    {u"NKNaN", u"NKNaN", u""},
    {u"Turing-dev", u"图灵", u""},
    {u"pan-ziyi", u"潘子怡", u"湖南大学"},
    {u"du-haoyu", u"杜浩宇", u"重庆大学"},
    {u"shen-wanqing", u"沈婉清", u"中国人民大学"},
    {u"yao-zhenyu", u"姚振宇", u""},
    {u"fu-jiayi", u"付佳怡", u"北京理工大学"},
    {u"song-yichen", u"宋奕辰", u"华南理工大学"},
    {u"wei-xiaoyu", u"魏晓宇", u""},
    {u"ren-zhixin", u"任志欣", u"兰州大学"},
};

} // namespace

bool initEvent(const Database &db)
{
    if (EventRepository(db).event())
        return false;
    EditionProfile::load(u"paddle-6th"_s).apply(db);
    return true;
}

bool addDemoData(const Database &db)
{
    initEvent(db);
    if (TaskRepository(db).count() > 0)
        return false;

    EventRepository events(db);
    TaskRepository tasks(db);
    ParticipantRepository participants(db);
    TeamRepository teams(db);
    ClaimRepository claims(db);
    const QList<Track> tracks = events.tracks();
    auto trackOf = [&](TrackKind kind) {
        for (const Track &t : tracks)
            if (t.kind == kind)
                return t.id;
        return qint64(0);
    };

    Transaction tx(db);
    QList<qint64> people_;
    for (const auto &p : people)
        people_.append(
            participants.insert({0, QString::fromUtf16(p[0]), QString::fromUtf16(p[1]),
                                 QString::fromUtf16(p[0]).toLower() + u"@example.com"_s, QString::fromUtf16(p[2])}));

    const qint64 teamA = teams.insert({0, u"飞桨小分队"_s, people_[3], {people_[3], people_[4], people_[5]}});
    const qint64 teamB = teams.insert({0, u"ScienceLab"_s, people_[6], {people_[6], people_[7]}});
    teams.insert({0, u"OpenVINO 爱好者"_s, people_[8], {people_[8], people_[9], people_[10]}});

    // Deterministic "randomness": the same demo every time.
    QRandomGenerator rng(20240320);
    const QDateTime launch = events.requireEvent().launchAt;
    const QString repos[] = {u"PaddlePaddle/Paddle"_s, u"PaddlePaddle/PaddleScience"_s, u"openvinotoolkit/openvino"_s,
                             u"PaddlePaddle/Paddle2ONNX"_s};
    int nextPr = 62950;

    auto addTrackTasks = [&](const QList<Task> &list) {
        QList<qint64> ids;
        for (const Task &t : list)
            ids.append(tasks.insert(t));
        return ids;
    };

    // Track 1: tasks with claims climbing the ladder.
    const qint64 t1 = trackOf(TrackKind::Tasks);
    QList<Task> list;
    int number = 0;
    for (const DemoTask &d : track1Tasks) {
        Task t;
        t.trackId = t1;
        t.number = ++number;
        t.title = QString::fromUtf16(d.title);
        t.url = u"https://github.com/PaddlePaddle/Paddle/issues/62905#task%1"_s.arg(number);
        t.directionId = events.ensureDirection(t1, QString::fromUtf16(d.direction));
        t.stars = *Stars::parse(QString::fromUtf16(d.stars));
        t.rfcRequired = d.rfc;
        if (d.cashYuan)
            t.cashFen = Fen(d.cashYuan) * 100;
        list.append(t);
    }
    const QList<qint64> t1Ids = addTrackTasks(list);

    for (int i = 0; i < t1Ids.size(); ++i) {
        const int claimants = 1 + int(rng.bounded(3));
        // About two in three tasks get completed, a few stay at lower rungs, all are claimed.
        const int roll = int(rng.bounded(100));
        const ClaimStatus top = roll < 68   ? ClaimStatus::Completed
                                : roll < 76 ? ClaimStatus::PrSubmitted
                                : roll < 82 ? ClaimStatus::PartlyDone
                                : roll < 88 ? ClaimStatus::RfcSubmitted
                                : roll < 94 ? ClaimStatus::DesignDone
                                            : ClaimStatus::Registered;
        Task task = *tasks.get(t1Ids[i]);
        const QString repo = repos[i % 3];
        for (int c = 0; c < claimants; ++c) {
            const qint64 who = people_[int(rng.bounded(qsizetype(people_.size())))];
            if (claims.find(task.id, who, 0))
                continue;
            Claim claim;
            claim.taskId = task.id;
            claim.participantId = who;
            claim.claimedAt = launch.addDays(int(rng.bounded(20))).addSecs(int(rng.bounded(86400)));
            claim.updatedAt = claim.claimedAt;
            claim.status = c == 0 ? top : static_cast<ClaimStatus>(rng.bounded(4)); // others stop below 部分完成
            if (claim.status > ClaimStatus::Registered) {
                PullRequest pr;
                pr.repo = claim.status <= ClaimStatus::DesignDone ? u"PaddlePaddle/community"_s : repo;
                pr.number = nextPr++;
                pr.title = u"【Hackathon 6th No.%1】%2"_s.arg(task.number).arg(task.title);
                pr.authorLogin = participants.get(who)->login;
                pr.createdAt = claim.claimedAt.addDays(3 + int(rng.bounded(20)));
                const bool merged = claim.status == ClaimStatus::Completed || claim.status == ClaimStatus::DesignDone ||
                                    claim.status == ClaimStatus::PartlyDone;
                pr.state = merged ? PullRequest::State::Merged : PullRequest::State::Open;
                if (merged)
                    pr.mergedAt = pr.createdAt.addDays(2 + int(rng.bounded(10)));
                if (claim.status == ClaimStatus::PartlyDone)
                    pr.title += u"-part"_s;
                pr.taskIds = {task.id};
                claims.upsertPullRequest(pr);
                claim.updatedAt = pr.mergedAt.isValid() ? pr.mergedAt : pr.createdAt;
            }
            if (claim.status == ClaimStatus::Completed && !task.finisherId) {
                task.finisherId = who;
                task.locked = true;
                tasks.update(task);
            } else if (claim.status == ClaimStatus::Completed) {
                claim.status = ClaimStatus::PrSubmitted; // one finisher per task
            }
            claims.insert(claim);
        }
    }

    // Track 2: code-camp projects, each with a camper.
    const qint64 t2 = trackOf(TrackKind::Camp);
    list.clear();
    number = 0;
    for (const auto *title : campProjects) {
        Task t;
        t.trackId = t2;
        t.number = ++number;
        t.title = QString::fromUtf16(title);
        list.append(t);
    }
    const QList<qint64> t2Ids = addTrackTasks(list);
    for (int i = 0; i < t2Ids.size(); ++i) {
        Claim claim;
        claim.taskId = t2Ids[i];
        claim.participantId = people_[20 + i];
        claim.claimedAt = launch.addDays(2 + i);
        claim.updatedAt = claim.claimedAt;
        claim.status = i < 5 ? ClaimStatus::PrSubmitted : ClaimStatus::Registered;
        claims.insert(claim);
    }
    // Applications: the eight campers were accepted on their first choice; six more applicants are
    // still in the pipeline. Campers report their weekly hours (camp from 1 April, 13 weeks, 25 h).
    ProgrammeRepository programmes(db);
    events.setSetting(u"camp.start"_s, u"2024-04-01"_s);
    events.setSetting(u"camp.weeks"_s, u"13"_s);
    events.setSetting(u"camp.min-hours"_s, u"25"_s);
    const char16_t *const repos2[] = {u"PaddlePaddle/Paddle",        u"PaddlePaddle/Paddle",    u"PaddlePaddle/Paddle",
                                      u"PaddlePaddle/PaddleScience", u"PaddlePaddle/PaddleOCR", u"PaddlePaddle/Paddle",
                                      u"openvinotoolkit/openvino",   u"PaddlePaddle/Paddle"};
    for (int i = 0; i < t2Ids.size(); ++i) {
        CampProject details;
        details.taskId = t2Ids[i];
        details.repo = QString::fromUtf16(repos2[i]);
        details.description = QString::fromUtf16(campProjects[i]);
        details.skills = u"C++, Python"_s;
        details.mentors = u"@"_s + participants.get(people_[i])->login;
        programmes.saveCampProjectDetails(details);
        CampApplication a;
        a.trackId = t2;
        a.participantId = people_[20 + i];
        a.choices = {i + 1, {(i + 1) % 8 + 1}, i % 3 != 0};
        a.stage = ApplicationStage::Accepted;
        a.project = i + 1;
        a.interviewer = participants.get(people_[i])->login;
        a.appliedAt = launch.addDays(1 + i);
        a.interviewAt = launch.addDays(8 + i);
        const qint64 id = programmes.saveApplication(a);
        const int weeks = i < 5 ? 13 : 6;
        for (int w = 1; w <= weeks; ++w)
            if (!(i == 6 && w == 3)) // one missing report
                programmes.setWeeklyReport(
                    id, w, (i == 7 && w == 2) ? 18 : 25 + int(rng.bounded(15)),
                    u"https://github.com/PaddlePaddle/Paddle/issues/%1"_s.arg(63000 + i * 20 + w));
    }
    const ApplicationStage pipeline[] = {
        ApplicationStage::Applied,     ApplicationStage::ResumeReceived, ApplicationStage::InterviewScheduled,
        ApplicationStage::Interviewed, ApplicationStage::Waitlisted,     ApplicationStage::Rejected};
    for (int i = 0; i < 6; ++i) {
        CampApplication a;
        a.trackId = t2;
        a.participantId = people_[i + 10];
        a.choices = {1 + i % 4, {5, 6}, i % 2 == 0};
        a.stage = pipeline[i];
        a.appliedAt = launch.addDays(3 + i);
        programmes.saveApplication(a);
    }

    // Defences of the first six campers: five passed with a grade, one did not pass.
    const char16_t *const campGrades[] = {u"优秀", u"良好", u"及格", u"优秀", u"良好", u""};
    for (int i = 0; i < 6; ++i)
        programmes.saveCampDefence(
            {t2Ids[i], people_[20 + i], QString::fromUtf16(campGrades[i]), 3, launch.addDays(90 + i).date(), {}});

    // Track 3: article topics; several people may write on one topic.
    const qint64 t3 = trackOf(TrackKind::Articles);
    list.clear();
    number = 0;
    for (const auto *title : articleTopics) {
        Task t;
        t.trackId = t3;
        t.number = ++number;
        t.title = QString::fromUtf16(title);
        t.stars = Stars::fromMilli(500);
        list.append(t);
    }
    const QList<qint64> t3Ids = addTrackTasks(list);
    for (int i = 0; i < 12; ++i) {
        Claim claim;
        claim.taskId = t3Ids[i % t3Ids.size()];
        claim.participantId = people_[28 + i];
        claim.claimedAt = launch.addDays(5 + i);
        claim.updatedAt = claim.claimedAt.addDays(4);
        claim.status = i < 8 ? ClaimStatus::Completed : ClaimStatus::PrSubmitted;
        PullRequest pr;
        pr.repo = u"PaddlePaddle/community"_s;
        pr.number = nextPr++;
        pr.title = u"【Hackathon 6th Article No.%1】%2"_s.arg(i % t3Ids.size() + 1)
                       .arg(QString::fromUtf16(articleTopics[i % 6]));
        pr.authorLogin = participants.get(claim.participantId)->login;
        pr.createdAt = claim.claimedAt.addDays(4);
        pr.state = i < 8 ? PullRequest::State::Merged : PullRequest::State::Open;
        if (i < 8)
            pr.mergedAt = pr.createdAt.addDays(3 + i);
        pr.taskIds = {claim.taskId};
        const qint64 prId = claims.upsertPullRequest(pr);
        if (i < 3) // stage 2: the organisers ranked three articles
            claims.setPrizeRank(prId, i + 1);
        claims.insert(claim);
    }

    // Track 4: fundable projects led by teams.
    const qint64 t4 = trackOf(TrackKind::Fundable);
    list.clear();
    number = 0;
    for (const DemoFundable &f : fundableProjects) {
        Task t;
        t.trackId = t4;
        t.number = ++number;
        t.title = QString::fromUtf16(f.title);
        t.stars = Stars::whole(f.stars);
        t.rfcRequired = true;
        list.append(t);
    }
    const QList<qint64> t4Ids = addTrackTasks(list);
    const qint64 fundableTeams[] = {teamA, teamB};
    for (int i = 0; i < 2; ++i) {
        Claim claim;
        claim.taskId = t4Ids[i];
        claim.teamId = fundableTeams[i];
        claim.claimedAt = launch.addDays(1 + i);
        claim.updatedAt = launch.addDays(80 + i);
        claim.status = i == 0 ? ClaimStatus::PartlyDone : ClaimStatus::DesignDone;
        claims.insert(claim);
    }
    // Project 1 defended and 90 % done, split 50/30/20; project 2 below the threshold; project 3 running.
    for (int p = 0; p < 2; ++p)
        for (int n = 1; n <= 10; ++n)
            programmes.saveSubTask(t4Ids[p], {n, u"子任务 %1：迁移第 %1 组单测"_s.arg(n),
                                              participants.get(people_[3 + n % 3])->login,
                                              u"#%1"_s.arg(63500 + p * 20 + n), n <= (p == 0 ? 9 : 7), 0});
    programmes.setDeliverable(t4Ids[0], u"rfc"_s, u"https://github.com/PaddlePaddle/community/pull/850"_s);
    programmes.setDeliverable(t4Ids[0], u"tracking-issue"_s, u"https://github.com/PaddlePaddle/Paddle/issues/63200"_s);
    programmes.setDeliverable(t4Ids[0], u"slides"_s, u"https://github.com/PaddlePaddle/community/pull/901"_s);
    Task project = *tasks.get(t4Ids[0]);
    project.completionBp = 9000;
    project.defence = Task::Defence::Passed;
    project.lead = u"@"_s + participants.get(people_[3])->login;
    tasks.update(project);
    const int shares[] = {5000, 3000, 2000};
    for (int i = 0; i < 3; ++i)
        teams.setShare(teamA, people_[3 + i], shares[i]);
    project = *tasks.get(t4Ids[1]);
    project.completionBp = 7000;
    project.defence = Task::Defence::Partly;
    tasks.update(project);

    Claim solo;
    solo.taskId = t4Ids[2];
    solo.participantId = people_[0];
    solo.claimedAt = launch.addDays(6);
    solo.updatedAt = solo.claimedAt;
    claims.insert(solo);

    // What the last sync could not take in, with the replies the event's bot would post.
    const QString issue = u"https://github.com/PaddlePaddle/Paddle/issues/62905#issuecomment-"_s;
    const struct
    {
        const char16_t *kind, *login, *text, *reason;
        QString reply;
    } problems[] = {
        {u"comment", u"ren-zhixin", u"【报名】：99", u"Task No.99 does not exist.",
         botReplyUnknownTask(u"ren-zhixin", 99)},
        {u"comment", u"song-yichen", u"【报名】：12", u"Task No.12 is locked.",
         botReplyRemovedTask(u"song-yichen", 12)},
        {u"comment", u"fu-jiayi", u"我想报名第五题", u"No task numbers could be read.", botReplyBadFormat(u"fu-jiayi")},
    };
    int n = 2024032101;
    for (const auto &p : problems)
        ProblemRepository(db).add({0, u"sync"_s, QString::fromUtf16(p.kind), issue + QString::number(n++),
                                   QString::fromUtf16(p.login), QString::fromUtf16(p.text),
                                   QString::fromUtf16(p.reason), p.reply, launch.addDays(3)});

    addDemoJudging(db);
    tx.commit();
    return true;
}

} // namespace hd
