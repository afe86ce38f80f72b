<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CampRules</name>
    <message>
        <source>Applied</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Résumé received</source>
        <translation>已收简历</translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation>已约面试</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>已面试</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已录取</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>未录取</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>A camp application uses 【报名】, not 【提交】.</source>
        <translation>集训营报名应使用【报名】，而不是【提交】。</translation>
    </message>
    <message numerus="yes">
        <source>Project %1 has no seat left (%n seat(s), all filled).</source>
        <translation>
            <numerusform>项目 %1 已无剩余名额（共 %n 个名额，均已占满）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The applicant did not wish for project %1 and does not accept reassignment (不接受调剂).</source>
        <translation>报名者未将项目 %1 列为志愿，且不接受调剂。</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>No.%1 %2</source>
        <translation>No.%1 %2</translation>
    </message>
</context>
<context>
    <name>ChangeFeed</name>
    <message>
        <source>%1 is a file: only a shared event (postgresql://…) announces its changes.</source>
        <translation>%1 是一个文件：只有共享赛事（postgresql://…）才会通告其变更。</translation>
    </message>
    <message>
        <source>Cannot listen for changes on %1: %2</source>
        <translation>无法监听 %1 的变更：%2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>与 %1 的连接已断开：%2</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>%1 stars</source>
        <translation>%1 星</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>RFC due</source>
        <translation>RFC 截止</translation>
    </message>
    <message>
        <source>PR due</source>
        <translation>PR 截止</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果公布</translation>
    </message>
    <message>
        <source>day (event time)</source>
        <translation>天（活动时间）</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not claimed</source>
        <translation>未认领</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>Prize pool (all tracks)</source>
        <translation>奖金池（全部赛道）</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星数</translation>
    </message>
    <message>
        <source>stars</source>
        <translation>星数</translation>
    </message>
    <message>
        <source>Claim progress</source>
        <translation>认领进度</translation>
    </message>
    <message>
        <source>Tasks by direction</source>
        <translation>各任务方向的任务</translation>
    </message>
    <message>
        <source>Prize pool by track</source>
        <translation>各赛道奖金池</translation>
    </message>
    <message>
        <source>Stars leaderboard</source>
        <translation>星数排行榜</translation>
    </message>
    <message>
        <source>%1 (day %2)
Claimed: %3
Submitted: %4
Completed: %5</source>
        <translation>%1（第 %2 天）
已认领：%3
已提交：%4
已完成：%5</translation>
    </message>
    <message>
        <source>%1 · %2
Tasks: %3
Submitted / claimed: %4 / %5 (%6%)
Completed: %7 (%8%)</source>
        <translation>%1 · %2
任务：%3
已提交 / 已认领：%4 / %5（%6%）
已完成：%7（%8%）</translation>
    </message>
    <message>
        <source>%1
Committed: %2
No budget set</source>
        <translation>%1
已承诺：%2
未设置预算</translation>
    </message>
    <message>
        <source>%1
Committed: %2 of %3
Over budget by %4</source>
        <translation>%1
已承诺：%2 / %3
超出预算 %4</translation>
    </message>
    <message>
        <source>%1
Committed: %2 of %3
Remaining: %4</source>
        <translation>%1
已承诺：%2 / %3
剩余：%4</translation>
    </message>
    <message>
        <source>%1. @%2 %3
%4, paid %5</source>
        <translation>%1. @%2 %3
%4，已发放 %5</translation>
    </message>
    <message>
        <source>%1: no submitted scores yet</source>
        <translation>%1：暂无已提交的评分</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>标准化</translation>
    </message>
    <message>
        <source>weighted score</source>
        <translation>加权分</translation>
    </message>
    <message>
        <source>Score distributions by judge</source>
        <translation>各评委评分分布</translation>
    </message>
    <message>
        <source>%1: mean %2, median %3, %4 to %5</source>
        <translation>%1：均分 %2，中位数 %3，范围 %4 至 %5</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2
%n sheet(s) submitted</source>
        <translation>
            <numerusform>%1 · %2
已提交 %n 份评分表</numerusform>
        </translation>
    </message>
    <message>
        <source>Star of the event</source>
        <translation>开源之星</translation>
    </message>
    <message>
        <source>%1: no data yet</source>
        <translation>%1：暂无数据</translation>
    </message>
</context>
<context>
    <name>ClaimComment</name>
    <message>
        <source>Task number %1 is too large (at most %2).</source>
        <translation>任务编号 %1 过大（最大为 %2）。</translation>
    </message>
    <message>
        <source>Task number %1 does not exist: task numbers start at 1.</source>
        <translation>任务编号 %1 不存在：任务编号从 1 开始。</translation>
    </message>
    <message>
        <source>The range %1-%2 runs backwards.</source>
        <translation>范围 %1-%2 的起止顺序颠倒了。</translation>
    </message>
    <message>
        <source>The range %1-%2 names more than %3 tasks.</source>
        <translation>范围 %1-%2 包含的任务超过 %3 个。</translation>
    </message>
    <message>
        <source>More than %1 task numbers.</source>
        <translation>任务编号超过 %1 个。</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; after %2.</source>
        <translation>无法识别 %2 之后的“%1”。</translation>
    </message>
    <message>
        <source>No task number after %1; the format is 【报名】: task number.</source>
        <translation>%1 之后没有任务编号；正确的格式为【报名】: 任务编号。</translation>
    </message>
    <message>
        <source>The comment both claims (报名) and submits (提交); use one comment each.</source>
        <translation>该评论同时包含报名和提交；请分成两条评论。</translation>
    </message>
    <message>
        <source>【其他意向】 without 【报名】: name the project applied for first.</source>
        <translation>有【其他意向】但没有【报名】：请先写明报名的项目。</translation>
    </message>
    <message>
        <source>Task numbers without %1 before them; the format is %1: task number.</source>
        <translation>任务编号前没有 %1；正确的格式为 %1: 任务编号。</translation>
    </message>
</context>
<context>
    <name>ClaimRepository</name>
    <message>
        <source>A claim names task %1, which does not exist.</source>
        <translation>认领中的任务 %1 不存在。</translation>
    </message>
    <message>
        <source>A claim on task No.%1 needs either a participant or a team.</source>
        <translation>对任务 No.%1 的认领必须指定参赛者或队伍。</translation>
    </message>
    <message>
        <source>A claim on task No.%1 names a participant who does not exist.</source>
        <translation>对任务 No.%1 的认领所指定的参赛者不存在。</translation>
    </message>
    <message>
        <source>A claim on task No.%1 names a team that does not exist.</source>
        <translation>对任务 No.%1 的认领所指定的队伍不存在。</translation>
    </message>
    <message>
        <source>That claimant has already claimed task No.%1.</source>
        <translation>该认领者已认领过任务 No.%1。</translation>
    </message>
    <message>
        <source>That claim no longer exists.</source>
        <translation>该认领已不存在。</translation>
    </message>
    <message>
        <source>Could not store PR %1#%2.</source>
        <translation>无法保存 PR %1#%2。</translation>
    </message>
</context>
<context>
    <name>ClaimStatus</name>
    <message>
        <source>Claimed</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>RFC submitted</source>
        <translation>提交RFC</translation>
    </message>
    <message>
        <source>Design doc merged</source>
        <translation>完成设计文档</translation>
    </message>
    <message>
        <source>PR submitted</source>
        <translation>提交PR</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>部分完成</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成任务</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>hackdesk: %1 needs a value.</source>
        <translation>hackdesk: %1 需要一个值。</translation>
    </message>
    <message>
        <source>hackdesk: unknown option %1 (see hackdesk --help).</source>
        <translation>hackdesk: 未知选项 %1（参见 hackdesk --help）。</translation>
    </message>
    <message>
        <source>hackdesk: unknown command &quot;%1&quot; (see hackdesk --help).</source>
        <translation>hackdesk: 未知命令“%1”（参见 hackdesk --help）。</translation>
    </message>
    <message>
        <source>Also add demo data: tasks, people, teams and claims.</source>
        <translation>同时添加演示数据：任务、人员、队伍和认领。</translation>
    </message>
    <message>
        <source>Set up %1%2 in %3.</source>
        <translation>已在 %3 中创建活动“%1”%2。</translation>
    </message>
    <message>
        <source> with demo data</source>
        <translation>（含演示数据）</translation>
    </message>
    <message>
        <source>Nothing to do: %1 is already set up.</source>
        <translation>无需操作：%1 已经初始化。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Prints the event&apos;s figures.</source>
        <translation>输出活动的统计数据。</translation>
    </message>
    <message>
        <source>Pool %1, 1 star = %2, cap %3 per person</source>
        <translation>奖金池 %1，1 星 = %2，每人上限 %3</translation>
    </message>
    <message>
        <source>  [%1] %2 (%3): %4 tasks, %5 claimed, %6 submitted, %7 completed</source>
        <translation>  [%1] %2（%3）：任务 %4 个，已认领 %5 个，已提交 %6 个，已完成 %7 个</translation>
    </message>
    <message>
        <source>%1 participants, %2 teams, %3 claims</source>
        <translation>参赛者 %1 人，队伍 %2 支，认领 %3 条</translation>
    </message>
    <message>
        <source>get, set or list</source>
        <translation>get、set 或 list</translation>
    </message>
    <message>
        <source>the setting, e.g. github.prefix</source>
        <translation>设置项，例如 github.prefix</translation>
    </message>
    <message>
        <source>the new value (set only)</source>
        <translation>新值（仅用于 set）</translation>
    </message>
    <message>
        <source>Reads and changes the event&apos;s settings.</source>
        <translation>读取和修改活动设置。</translation>
    </message>
    <message>
        <source>hackdesk config: use &quot;config list&quot;, &quot;config get KEY&quot; or &quot;config set KEY VALUE&quot;.</source>
        <translation>hackdesk config: 请使用“config list”“config get KEY”或“config set KEY VALUE”。</translation>
    </message>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation>显示此命令的选项。</translation>
    </message>
    <message>
        <source>Print the event&apos;s figures per track.</source>
        <translation>按赛道输出活动的统计数据。</translation>
    </message>
    <message>
        <source>Read or change the event&apos;s settings (github.prefix, github.repos, track.&lt;id&gt;.issue ...).</source>
        <translation>读取或修改活动设置（github.prefix、github.repos、track.&lt;id&gt;.issue 等）。</translation>
    </message>
    <message>
        <source>the CSV file (UTF-8, with a header row)</source>
        <translation>CSV 文件（UTF-8 编码，含表头行）</translation>
    </message>
    <message>
        <source>hackdesk import-csv: give one FILE, e.g. &quot;import-csv --kind tasks tasks.csv&quot;.</source>
        <translation>hackdesk import-csv: 请指定一个 FILE，例如“import-csv --kind tasks tasks.csv”。</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translation>%1：新增 %2 行，更新 %3 行，未变 %4 行</translation>
    </message>
    <message numerus="yes">
        <source>; %n new participant(s)</source>
        <translation>
            <numerusform>；新增参赛者 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n claim(s) kept a higher status</source>
        <translation>
            <numerusform>；%n 条认领保留了更高的状态</numerusform>
        </translation>
    </message>
    <message>
        <source>where to write (with a byte-order mark for Excel); standard output without a BOM when left out</source>
        <translation>输出文件（带字节顺序标记 BOM，便于 Excel 打开）；省略时输出到标准输出，不带 BOM</translation>
    </message>
    <message>
        <source>hackdesk export-csv: give at most one FILE.</source>
        <translation>hackdesk export-csv: 最多只能指定一个 FILE。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>已向 %1 写入 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hackdesk export-csv: left out %n team claim(s); the claims file names one login per claim.</source>
        <translation>
            <numerusform>hackdesk export-csv: 略过了 %n 条队伍认领；认领文件中每条认领只对应一个 GitHub 用户名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a CSV file (all rows or none; existing rows are updated, so importing twice is safe).</source>
        <translation>导入 CSV 文件（全部导入或全部不导入；已有的行会被更新，因此重复导入也是安全的）。</translation>
    </message>
    <message>
        <source>Export as CSV with the same columns (standard output when no FILE is given).</source>
        <translation>按相同的列导出为 CSV（未指定 FILE 时输出到标准输出）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>The track: an id from summary --json, or tasks, camp, articles, fundable.</source>
        <translation>赛道：summary --json 给出的 id，或 tasks、camp、articles、fundable。</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>以 JSON 格式输出报告。</translation>
    </message>
    <message>
        <source>hackdesk import-issue: give --track T and --file BODY.md.</source>
        <translation>hackdesk import-issue: 请指定 --track T 和 --file BODY.md。</translation>
    </message>
    <message>
        <source>would change: %1</source>
        <translation>将更改：%1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>已更改：%1</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1 tasks added, %2 updated, %3 claims added, %4 status changes, %5 problems%6</source>
        <translation>新增任务 %1 个，更新 %2 个，新增认领 %3 条，状态变更 %4 处，问题 %5 个%6</translation>
    </message>
    <message>
        <source> (dry run: nothing saved)</source>
        <translation>（试运行：未保存任何内容）</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>写入此文件，而不是标准输出。</translation>
    </message>
    <message>
        <source>Writes a track&apos;s task list as its GitHub issue body.</source>
        <translation>将赛道的任务列表写成 GitHub issue 正文。</translation>
    </message>
    <message>
        <source>hackdesk export-issue: give --track T.</source>
        <translation>hackdesk export-issue: 请指定 --track T。</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv 或 json。</translation>
    </message>
    <message>
        <source>Computes who gets paid what under each track&apos;s rules.</source>
        <translation>按各赛道的规则计算每个人应得的奖金。</translation>
    </message>
    <message>
        <source>hackdesk payouts: --format is csv or json, not &quot;%1&quot;.</source>
        <translation>hackdesk payouts: --format 只能是 csv 或 json，不能是“%1”。</translation>
    </message>
    <message>
        <source>Read a track&apos;s task list (tables, claimants, PRs, finishers) from its GitHub issue body.</source>
        <translation>从赛道的 GitHub issue 正文读取任务列表（表格、认领者、PR、完成者）。</translation>
    </message>
    <message>
        <source>Write a track&apos;s task list, dashboard and leaderboard as Markdown for its GitHub issue.</source>
        <translation>将赛道的任务列表、看板和排行榜写成 GitHub issue 所用的 Markdown。</translation>
    </message>
    <message>
        <source>Compute every person&apos;s stars and money under the tracks&apos; rules, the cap and the pool.</source>
        <translation>按各赛道规则、个人上限和奖金池计算每个人的星数和奖金。</translation>
    </message>
    <message>
        <source>What the file holds: tasks, participants, claims, applications, weekly-reports or sub-tasks.</source>
        <translation>文件内容的类型：tasks、participants、claims、applications、weekly-reports 或 sub-tasks。</translation>
    </message>
    <message>
        <source>--kind is missing: give tasks, participants, claims, applications, weekly-reports or sub-tasks.</source>
        <translation>缺少 --kind：请指定 tasks、participants、claims、applications、weekly-reports 或 sub-tasks。</translation>
    </message>
    <message>
        <source>--kind &quot;%1&quot; is not one of tasks, participants, claims, applications, weekly-reports, sub-tasks.</source>
        <translation>--kind 的值“%1”不是 tasks、participants、claims、applications、weekly-reports、sub-tasks 之一。</translation>
    </message>
    <message>
        <source>Imports tasks, participants, claims, camp applications, weekly reports or sub-tasks from a CSV file: all rows or none; rows already there are updated.</source>
        <translation>从 CSV 文件导入任务、参赛者、认领、集训营报名、周报或子任务：全部导入或全部不导入；已有的行会被更新。</translation>
    </message>
    <message>
        <source>Exports tasks, participants, claims, camp applications, weekly reports or sub-tasks as CSV with the columns import-csv reads.</source>
        <translation>将任务、参赛者、认领、集训营报名、周报或子任务导出为 CSV，列与 import-csv 读取的列相同。</translation>
    </message>
    <message>
        <source>Print the board.</source>
        <translation>输出看板。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>The track (default: the first of its kind).</source>
        <translation>赛道（默认：该类型的第一个赛道）。</translation>
    </message>
    <message>
        <source>Prints the board of the code camp or the fundable projects.</source>
        <translation>输出集训营或资助项目的看板。</translation>
    </message>
    <message>
        <source>hackdesk %1: use &quot;%1 list [--json]&quot;.</source>
        <translation>hackdesk %1: 请使用“%1 list [--json]”。</translation>
    </message>
    <message>
        <source>Track %1 is not a %2 track.</source>
        <translation>赛道 %1 不是“%2”类赛道。</translation>
    </message>
    <message>
        <source>%1. %2 [%3] campers: %4 of %5; %6 h reported</source>
        <translation>%1. %2 [%3] 营员：%4（名额 %5 个）；已上报 %6 小时</translation>
    </message>
    <message>
        <source>%1. %2 (%3 stars) %4 % complete, defence %5</source>
        <translation>%1. %2（%3 星）完成度 %4%，答辩：%5</translation>
    </message>
    <message>
        <source>The code-camp board: projects, seats, campers and where each stands.</source>
        <translation>集训营看板：项目、名额、营员及各自的进展。</translation>
    </message>
    <message>
        <source>The fundable projects: sub-tasks, completion, deliverables and defence.</source>
        <translation>资助项目：子任务、完成度、交付物和答辩。</translation>
    </message>
    <message>
        <source>Waiting %1 s: %2</source>
        <translation>等待 %1 秒：%2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>hackdesk sync: --%1 needs a whole number of at least %2.</source>
        <translation>hackdesk sync: --%1 需要一个不小于 %2 的整数。</translation>
    </message>
    <message>
        <source>GitHub&apos;s API, instead of the github.api-url setting.</source>
        <translation>GitHub API 地址，用于代替 github.api-url 设置。</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>以一个 JSON 对象输出结果。</translation>
    </message>
    <message>
        <source>Read every page again instead of only what changed since the last sync.</source>
        <translation>重新读取所有页面，而不是只读取上次同步以来的变更。</translation>
    </message>
    <message>
        <source>Wait at most this long for a rate limit, else stop (default 300).</source>
        <translation>遇到速率限制时最多等待的秒数，超过则停止（默认 300）。</translation>
    </message>
    <message>
        <source>Give up on a request when nothing arrives for this long (default 30).</source>
        <translation>请求在这么多秒内没有收到任何数据时放弃（默认 30）。</translation>
    </message>
    <message>
        <source>Retries of a request after a server error or timeout (default 3).</source>
        <translation>服务器出错或超时后重试请求的次数（默认 3）。</translation>
    </message>
    <message>
        <source>Reads claims and PRs from GitHub into the event: the track issues, their comments and the PRs of the watched repos. The token comes from GITHUB_TOKEN.</source>
        <translation>从 GitHub 读取认领和 PR 并写入活动：包括各赛道的 issue 及其评论，以及所关注仓库中的 PR。token 取自 GITHUB_TOKEN。</translation>
    </message>
    <message>
        <source>problem: %1 (@%2): %3</source>
        <translation>问题：%1（@%2）：%3</translation>
    </message>
    <message>
        <source>  reply: %1</source>
        <translation>  回复：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 requests (%2 not modified), %3 tasks, %4 claims added, %5 status changes, %6 completed, %7 new problems; rate limit left: %8</source>
        <translation>请求 %1 次（%2 次未修改），任务 %3 个，新增认领 %4 条，状态变更 %5 处，完成 %6 个，新问题 %7 个；速率限制剩余：%8</translation>
    </message>
    <message>
        <source>Read claims (issue comments) and PR status from GitHub; only what changed since the last sync.</source>
        <translation>从 GitHub 读取认领（issue 评论）和 PR 状态；只读取上次同步以来的变更。</translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation>报告：%1。</translation>
    </message>
    <message>
        <source>Write the report as a PDF (A4) to this file.</source>
        <translation>将报告以 PDF（A4）格式写入此文件。</translation>
    </message>
    <message>
        <source>summary only: write the dashboard (看板信息) and leaderboard (统计信息) of every track as Markdown to this file.</source>
        <translation>仅 summary：将每个赛道的看板信息和统计信息以 Markdown 格式写入此文件。</translation>
    </message>
    <message>
        <source>--kind is missing: give one of %1.</source>
        <translation>缺少 --kind：请指定 %1 之一。</translation>
    </message>
    <message>
        <source>--kind &quot;%1&quot; is not one of %2.</source>
        <translation>--kind &quot;%1&quot; 不是 %2 之一。</translation>
    </message>
    <message>
        <source>hackdesk report: say where to write it: --pdf FILE.</source>
        <translation>hackdesk report：请指定输出位置：--pdf FILE。</translation>
    </message>
    <message>
        <source>hackdesk report: --markdown goes with --kind summary.</source>
        <translation>hackdesk report：--markdown 只能与 --kind summary 一起使用。</translation>
    </message>
    <message>
        <source>Wrote the dashboard and leaderboard to %1.</source>
        <translation>已将看板和排行榜写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 report (%n page(s)) to %2.</source>
        <translation>
            <numerusform>已将 %1 报告（%n 页）写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>conflicts: %1</source>
        <translation>利益冲突：%1</translation>
    </message>
    <message>
        <source>No judges yet.</source>
        <translation>还没有评委。</translation>
    </message>
    <message>
        <source>--conflict is participant:LOGIN, team:NAME or organisation:NAME, not &quot;%1&quot;.</source>
        <translation>--conflict 应为 participant:LOGIN、team:NAME 或 organisation:NAME，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Updated the judge @%1.</source>
        <translation>已更新评委 @%1。</translation>
    </message>
    <message>
        <source>Added the judge @%1.</source>
        <translation>已添加评委 @%1。</translation>
    </message>
    <message>
        <source>give --track T.</source>
        <translation>请指定 --track T。</translation>
    </message>
    <message>
        <source>--per-submission is a whole number of judges, at least 1.</source>
        <translation>--per-submission 须为评委人数，至少为 1 的整数。</translation>
    </message>
    <message>
        <source>%1 submission(s), %2 per submission; loads %3-%4 per judge</source>
        <translation>%1 个作品，每个作品 %2 位评委；每位评委负载 %3-%4</translation>
    </message>
    <message numerus="yes">
        <source>Would assign %n judge(s) in &quot;%1&quot; (%2; dry run: nothing saved).</source>
        <translation>
            <numerusform>将在“%1”中分配 %n 位评委（%2；试运行：未保存任何内容）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n judge(s) in &quot;%1&quot; (%2).</source>
        <translation>
            <numerusform>已在“%1”中分配 %n 位评委（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>impossible: %1</source>
        <translation>无法分配：%1</translation>
    </message>
    <message>
        <source>conflict: @%1 on #%2: %3</source>
        <translation>利益冲突：@%1 与 #%2：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) cannot get %1 judges without a conflict (see &quot;impossible&quot; above).</source>
        <translation>
            <numerusform>%n 个作品无法在无利益冲突的情况下分配到 %1 位评委（见上方“impossible”）。</numerusform>
        </translation>
    </message>
    <message>
        <source>list, add LOGIN or assign</source>
        <translation>list、add LOGIN 或 assign</translation>
    </message>
    <message>
        <source>assign: judges per submission (default 3).</source>
        <translation>assign：每个作品的评委人数（默认 3）。</translation>
    </message>
    <message>
        <source>assign: print what would be assigned and save nothing.</source>
        <translation>assign：打印将要进行的分配，不保存任何内容。</translation>
    </message>
    <message>
        <source>add: the judge&apos;s name.</source>
        <translation>add：评委的姓名。</translation>
    </message>
    <message>
        <source>add: the judge&apos;s organisation.</source>
        <translation>add：评委所属机构。</translation>
    </message>
    <message>
        <source>add: someone the judge must not judge (participant:LOGIN, team:NAME, organisation:NAME); repeat for several.</source>
        <translation>add：评委不得评审的对象（participant:LOGIN、team:NAME、organisation:NAME）；可重复指定多个。</translation>
    </message>
    <message>
        <source>Lists, adds and assigns judges: every submission gets K judges of its track, loads balanced, never a conflicted judge.</source>
        <translation>列出、添加和分配评委：每个作品分配 K 位本赛道评委，负载均衡，绝不分配存在利益冲突的评委。</translation>
    </message>
    <message>
        <source>use &quot;judges list [--track T]&quot;, &quot;judges add LOGIN [--name N] [--organisation O] [--track T]... [--conflict KIND:VALUE]...&quot; or &quot;judges assign --track T&quot;.</source>
        <translation>请使用 &quot;judges list [--track T]&quot;、&quot;judges add LOGIN [--name N] [--organisation O] [--track T]... [--conflict KIND:VALUE]...&quot; 或 &quot;judges assign --track T&quot;。</translation>
    </message>
    <message>
        <source>unlock: why the final results are opened again (logged).</source>
        <translation>unlock：重新开放最终结果的原因（记入日志）。</translation>
    </message>
    <message>
        <source>%1: %2 sheet(s) added, %3 updated, %4 unchanged; %5 saved as draft(s) (not every criterion scored).</source>
        <translation>%1：新增 %2 份评分表，更新 %3 份，%4 份未变；%5 份保存为草稿（并非所有评分项都已评分）。</translation>
    </message>
    <message>
        <source>The results of &quot;%1&quot; are final: scores, assignments and the rubric are locked.</source>
        <translation>“%1”的结果已定稿：评分、分配和评分细则均已锁定。</translation>
    </message>
    <message>
        <source>The results of &quot;%1&quot; are open again.</source>
        <translation>“%1”的结果已重新开放。</translation>
    </message>
    <message>
        <source>export or import FILE</source>
        <translation>export 或 import FILE</translation>
    </message>
    <message>
        <source>export: the judge&apos;s login.</source>
        <translation>export：评委的登录名。</translation>
    </message>
    <message>
        <source>export: the packet file to write.</source>
        <translation>export：要写入的评审包文件。</translation>
    </message>
    <message>
        <source>export: replace a packet that was never imported back (it will be refused from now on).</source>
        <translation>export：替换一个从未导回的评审包（此后该旧包将被拒绝）。</translation>
    </message>
    <message>
        <source>Offline judging: one authenticated file per judge, scored in &quot;hackdesk --judge-packet FILE&quot; and imported back.</source>
        <translation>离线评审：每位评委一个经认证的文件，在 &quot;hackdesk --judge-packet FILE&quot; 中评分后再导回。</translation>
    </message>
    <message>
        <source>give --judge LOGIN and --out FILE.</source>
        <translation>请指定 --judge LOGIN 和 --out FILE。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the packet of @%1 (%n submission(s), revision %2) to %3. Send it to the judge privately: it carries the key that authenticates it.</source>
        <translation>
            <numerusform>已将 @%1 的评审包（%n 个作品，修订版 %2）写入 %3。请私下发送给该评委：其中包含用于认证的密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing new from @%2 (revision %3 holds nothing that is not already imported).</source>
        <translation>%1：@%2 没有新内容（修订版 %3 中的内容均已导入）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported revision %2 of @%3&apos;s packet; %n sheet(s) changed.</source>
        <translation>
            <numerusform>%1：已导入 @%3 评审包的修订版 %2；%n 份评分表有变更。</numerusform>
        </translation>
    </message>
    <message>
        <source>use &quot;judge-packet export --judge LOGIN --out FILE [--replace]&quot; or &quot;judge-packet import FILE&quot;.</source>
        <translation>请使用 &quot;judge-packet export --judge LOGIN --out FILE [--replace]&quot; 或 &quot;judge-packet import FILE&quot;。</translation>
    </message>
    <message>
        <source>show, or set FILE.json</source>
        <translation>show，或 set FILE.json</translation>
    </message>
    <message>
        <source>Prints a track&apos;s rubric as JSON, or sets it from such a file: the scale, 3-6 weighted criteria with anchored levels, and for articles criteria derived from the reported figures.</source>
        <translation>以 JSON 格式打印赛道的评分细则，或从此类文件设置评分细则：分值范围、3-6 个带权重且有等级锚定的评分项，以及文章类作品根据报告数据得出的评分项。</translation>
    </message>
    <message numerus="yes">
        <source>The rubric of &quot;%1&quot; has %n criteria.</source>
        <translation>
            <numerusform>“%1”的评分细则有 %n 个评分项。</numerusform>
        </translation>
    </message>
    <message>
        <source>use &quot;rubric show --track T [--out FILE]&quot; or &quot;rubric set --track T FILE.json&quot;.</source>
        <translation>请使用 &quot;rubric show --track T [--out FILE]&quot; 或 &quot;rubric set --track T FILE.json&quot;。</translation>
    </message>
    <message>
        <source>export, or import FILE.csv</source>
        <translation>export，或 import FILE.csv</translation>
    </message>
    <message>
        <source>Exchanges a track&apos;s submissions as CSV (id,title,by,task,links,views,likes,favourites,comments,followers); import adds rows without an id and updates the others, all or nothing.</source>
        <translation>以 CSV 格式交换赛道的作品（id,title,by,task,links,views,likes,favourites,comments,followers）；import 会添加没有 id 的行并更新其余行，要么全部成功，要么全部不导入。</translation>
    </message>
    <message>
        <source>%1: %2 submission(s) added, %3 updated.</source>
        <translation>%1：新增 %2 个作品，更新 %3 个。</translation>
    </message>
    <message>
        <source>use &quot;submissions export --track T [--out FILE]&quot; or &quot;submissions import --track T FILE.csv&quot;.</source>
        <translation>请使用 &quot;submissions export --track T [--out FILE]&quot; 或 &quot;submissions import --track T FILE.csv&quot;。</translation>
    </message>
    <message>
        <source>Ranks a track&apos;s submissions by their normalised result (ties: raw mean, more judges, lower id); raw and normalised, three decimals.</source>
        <translation>按标准化结果对赛道的作品排名（并列时依次比较：原始均分、评委人数多者优先、id 小者优先）；给出原始和标准化结果，保留三位小数。</translation>
    </message>
    <message>
        <source>--format is csv or json, not &quot;%1&quot;.</source>
        <translation>--format 应为 csv 或 json，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>List or add judges; assign them to a track&apos;s submissions (K each, balanced, no conflicts).</source>
        <translation>列出或添加评委；将评委分配给赛道的作品（每个作品 K 位，负载均衡，无利益冲突）。</translation>
    </message>
    <message>
        <source>Export a judge&apos;s authenticated offline packet, or import it back.</source>
        <translation>导出评委经认证的离线评审包，或将其导回。</translation>
    </message>
    <message>
        <source>Print or set a track&apos;s rubric (scale, weighted criteria, anchored levels) as JSON.</source>
        <translation>以 JSON 格式打印或设置赛道的评分细则（分值范围、带权重的评分项、锚定等级）。</translation>
    </message>
    <message>
        <source>Exchange a track&apos;s submissions for judging as CSV.</source>
        <translation>以 CSV 格式交换赛道的待评审作品。</translation>
    </message>
    <message>
        <source>A track&apos;s ranked results: raw and normalised means, three decimals.</source>
        <translation>赛道的排名结果：原始均分和标准化均分，保留三位小数。</translation>
    </message>
    <message>
        <source>judging, score-sheets: only this track (an id from summary --json, or tasks, camp, articles, fundable).</source>
        <translation>judging、score-sheets：仅限此赛道（summary --json 给出的 id，或 tasks、camp、articles、fundable）。</translation>
    </message>
    <message>
        <source>judging, score-sheets: only this judge&apos;s pages.</source>
        <translation>judging、score-sheets：仅输出此评委的页面。</translation>
    </message>
    <message>
        <source>Writes a report: the summary for the sponsor, the payouts for the finance office, certificates for the winners, the judging results, blank score sheets for paper judging.</source>
        <translation>生成报告：供赞助方查看的总览、供财务部门使用的奖金发放表、获奖者证书、评审结果，以及用于纸质评审的空白评分表。</translation>
    </message>
    <message>
        <source>hackdesk report: --track and --judge go with --kind judging or score-sheets.</source>
        <translation>hackdesk report：--track 和 --judge 只能与 --kind judging 或 score-sheets 一起使用。</translation>
    </message>
    <message>
        <source>Write a PDF report: summary, payouts, judging results, certificates, blank score sheets.</source>
        <translation>生成 PDF 报告：总览、奖金发放、评审结果、证书、空白评分表。</translation>
    </message>
    <message>
        <source>template, export: only this judge&apos;s rows.</source>
        <translation>template、export：只输出该评委的行。</translation>
    </message>
    <message>
        <source>Paper score sheets as CSV (judge,submission,criterion,weight,min,max,score,comment): a blank template per track (or judge), the stored scores exported in the same form, and a filled-in file imported all or nothing. lock finalises a track&apos;s results; unlock opens them again, with a reason.</source>
        <translation>纸质评分表的 CSV（judge,submission,criterion,weight,min,max,score,comment）：按赛道（或评委）导出空白模板，以同样格式导出已录入的评分，并以全部导入或全部不导入的方式导入填好的文件。lock 将赛道结果定稿；unlock 说明理由后重新开放。</translation>
    </message>
    <message>
        <source>Paper score sheets as CSV: a blank template, the stored scores, the filled-in file; lock or unlock results.</source>
        <translation>纸质评分表的 CSV：空白模板、已录入的评分、填好的文件；锁定或解锁结果。</translation>
    </message>
    <message>
        <source>Set up the event from this profile: a built-in name (see &quot;hackdesk editions&quot;) or a profile file (.json). Default: paddle-6th.</source>
        <translation>按此配置创建活动：内置配置名（见 &quot;hackdesk editions&quot;）或配置文件（.json）。默认：paddle-6th。</translation>
    </message>
    <message>
        <source>Sets up a new event from an edition profile (the PaddlePaddle Hackathon 6th by default).</source>
        <translation>按届次配置创建新活动（默认为飞桨黑客马拉松第六期）。</translation>
    </message>
    <message>
        <source>--demo adds the 6th edition&apos;s demo data and goes only with the paddle-6th profile.</source>
        <translation>--demo 添加的是第六期的演示数据，只能与 paddle-6th 配置一起使用。</translation>
    </message>
    <message>
        <source>%1 already holds the event &quot;%2&quot;; init --edition sets up a new database.</source>
        <translation>%1 已有活动“%2”；init --edition 只用于新建数据库。</translation>
    </message>
    <message>
        <source>Set up a new event from an edition profile (the PaddlePaddle Hackathon 6th by default); --demo adds demo data.</source>
        <translation>按届次配置创建新活动（默认为飞桨黑客马拉松第六期）；--demo 添加演示数据。</translation>
    </message>
    <message>
        <source>Lists the built-in edition profiles for init --edition.</source>
        <translation>列出可用于 init --edition 的内置届次配置。</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n 个赛道</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the event&apos;s set-up as an edition profile that init --edition reads back.</source>
        <translation>把活动的设置写成届次配置，init --edition 可读回。</translation>
    </message>
    <message>
        <source>Wrote the profile of %1 to %2.</source>
        <translation>已将 %1 的配置写入 %2。</translation>
    </message>
    <message>
        <source>There is no track &quot;%1&quot;: give a track id from &quot;track list&quot;.</source>
        <translation>没有赛道“%1”：请使用 &quot;track list&quot; 中的赛道编号。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount in %3 (such as 50 or 1000.50).</source>
        <translation>%1“%2”不是以 %3 计的金额（如 50 或 1000.50）。</translation>
    </message>
    <message>
        <source>%1 stars</source>
        <translation>%1 星</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>预算 %1</translation>
    </message>
    <message>
        <source>quota %1 × %2 stars</source>
        <translation>名额 %1 × %2 星</translation>
    </message>
    <message>
        <source>threshold %1 %</source>
        <translation>门槛 %1 %</translation>
    </message>
    <message>
        <source>months rule</source>
        <translation>月数规则</translation>
    </message>
    <message>
        <source>issue %1</source>
        <translation>Issue %1</translation>
    </message>
    <message>
        <source>tiers: %1</source>
        <translation>奖励档位：%1</translation>
    </message>
    <message>
        <source>directions: %1</source>
        <translation>方向：%1</translation>
    </message>
    <message>
        <source>track add needs --kind tasks|camp|articles|fundable and --name NAME.</source>
        <translation>track add 需要 --kind tasks|camp|articles|fundable 和 --name 名称。</translation>
    </message>
    <message>
        <source>--kind &quot;%1&quot; is not one of tasks, camp, articles, fundable.</source>
        <translation>--kind“%1”不是 tasks、camp、articles、fundable 之一。</translation>
    </message>
    <message>
        <source>Unknown track key &quot;%1&quot;; known: %2.</source>
        <translation>未知的赛道键“%1”；可用：%2。</translation>
    </message>
    <message>
        <source>list, add, set ID KEY VALUE or remove ID</source>
        <translation>list、add、set 编号 键 值 或 remove 编号</translation>
    </message>
    <message>
        <source>list: print one JSON object.</source>
        <translation>list：输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>add: tasks, camp, articles or fundable.</source>
        <translation>add：tasks、camp、articles 或 fundable。</translation>
    </message>
    <message>
        <source>add: the track&apos;s name.</source>
        <translation>add：赛道名称。</translation>
    </message>
    <message>
        <source>add: the track&apos;s budget in the event&apos;s currency.</source>
        <translation>add：赛道预算，以活动的货币计。</translation>
    </message>
    <message>
        <source>Lists, adds, changes and removes tracks. Keys of set: %1.</source>
        <translation>列出、添加、修改和删除赛道。set 的键：%1。</translation>
    </message>
    <message>
        <source>Removed track %1 &quot;%2&quot;.</source>
        <translation>已删除赛道 %1“%2”。</translation>
    </message>
    <message>
        <source>use &quot;track list [--json]&quot;, &quot;track add --kind KIND --name NAME [--budget AMOUNT]&quot;, &quot;track set ID KEY VALUE&quot; or &quot;track remove ID&quot;.</source>
        <translation>用法：&quot;track list [--json]&quot;、&quot;track add --kind 类型 --name 名称 [--budget 金额]&quot;、&quot;track set 编号 键 值&quot; 或 &quot;track remove 编号&quot;。</translation>
    </message>
    <message>
        <source>add or remove</source>
        <translation>add 或 remove</translation>
    </message>
    <message>
        <source>The track&apos;s id.</source>
        <translation>赛道编号。</translation>
    </message>
    <message>
        <source>The tier&apos;s name, e.g. 优秀 or Gold.</source>
        <translation>档位名称，如 优秀 或 Gold。</translation>
    </message>
    <message>
        <source>add: what the tier pays in stars.</source>
        <translation>add：该档位奖励的星数。</translation>
    </message>
    <message>
        <source>add: what the tier pays in cash, in the event&apos;s currency.</source>
        <translation>add：该档位奖励的现金，以活动的货币计。</translation>
    </message>
    <message>
        <source>Adds and removes a track&apos;s reward tiers.</source>
        <translation>添加和删除赛道的奖励档位。</translation>
    </message>
    <message>
        <source>use &quot;tier add --track ID --name NAME --stars N|--cash AMOUNT&quot; or &quot;tier remove --track ID --name NAME&quot;.</source>
        <translation>用法：&quot;tier add --track 编号 --name 名称 --stars N|--cash 金额&quot; 或 &quot;tier remove --track 编号 --name 名称&quot;。</translation>
    </message>
    <message>
        <source>tier %1 needs --track ID and --name NAME.</source>
        <translation>tier %1 需要 --track 编号 和 --name 名称。</translation>
    </message>
    <message>
        <source>Track %1 has no reward tier &quot;%2&quot;.</source>
        <translation>赛道 %1 没有奖励档位“%2”。</translation>
    </message>
    <message>
        <source>tier add needs either --stars N or --cash AMOUNT.</source>
        <translation>tier add 需要 --stars N 或 --cash 金额 二者之一。</translation>
    </message>
    <message>
        <source>List the built-in edition profiles.</source>
        <translation>列出内置的届次配置。</translation>
    </message>
    <message>
        <source>Write the event&apos;s set-up as an edition profile.</source>
        <translation>把活动的设置写成届次配置。</translation>
    </message>
    <message>
        <source>List, add, change or remove the event&apos;s tracks.</source>
        <translation>列出、添加、修改或删除活动的赛道。</translation>
    </message>
    <message>
        <source>Add or remove a track&apos;s reward tiers.</source>
        <translation>添加或删除赛道的奖励档位。</translation>
    </message>
    <message>
        <source>The track: its id or kind (tasks, camp, articles, fundable).</source>
        <translation>赛道：其编号或类型（tasks、camp、articles、fundable）。</translation>
    </message>
    <message>
        <source>The task&apos;s number in the track.</source>
        <translation>任务在赛道中的序号。</translation>
    </message>
    <message>
        <source>The claimant&apos;s GitHub login (new logins become participants).</source>
        <translation>认领人的 GitHub 用户名（新用户名会成为参赛者）。</translation>
    </message>
    <message>
        <source>add: the claim&apos;s status, one of claimed, submitted, merged, completed (default: claimed for a new claim; an existing claim keeps its status).</source>
        <translation>add：认领状态，claimed、submitted、merged、completed 之一（默认：新认领为 claimed；已有认领保留原状态）。</translation>
    </message>
    <message>
        <source>Adds, corrects or removes a claim by hand. A claim made by hand is marked so: a later sync never lowers or removes it. Status completed on a task without a finisher makes the claimant its finisher.</source>
        <translation>手动添加、更正或删除认领。手动认领会被标记：之后的同步不会降低或删除它。在尚无完成者的任务上设为 completed，认领人即成为完成者。</translation>
    </message>
    <message>
        <source>hackdesk claim: use &quot;claim add --track ID --task N --login L [--status S]&quot; or &quot;claim remove --track ID --task N --login L&quot;.</source>
        <translation>hackdesk claim：请使用“claim add --track ID --task N --login L [--status S]”或“claim remove --track ID --task N --login L”。</translation>
    </message>
    <message>
        <source>hackdesk claim %1: --%2 is missing.</source>
        <translation>hackdesk claim %1：缺少 --%2。</translation>
    </message>
    <message>
        <source>hackdesk claim %1: --task &quot;%2&quot; is not a task number (a whole number from 1).</source>
        <translation>hackdesk claim %1：--task“%2”不是任务序号（应为从 1 起的整数）。</translation>
    </message>
    <message>
        <source>hackdesk claim remove: --status is for claim add.</source>
        <translation>hackdesk claim remove：--status 只用于 claim add。</translation>
    </message>
    <message>
        <source>hackdesk claim add: --status &quot;%1&quot; is not one of %2.</source>
        <translation>hackdesk claim add：--status“%1”不是 %2 之一。</translation>
    </message>
    <message>
        <source>Removed the claim of @%1 on task No.%2.</source>
        <translation>已删除 @%1 对任务 No.%2 的认领。</translation>
    </message>
    <message>
        <source>Added the claim of @%1 on task No.%2 (%3).</source>
        <translation>已添加 @%1 对任务 No.%2 的认领（%3）。</translation>
    </message>
    <message>
        <source>Updated the claim of @%1 on task No.%2 (%3).</source>
        <translation>已更新 @%1 对任务 No.%2 的认领（%3）。</translation>
    </message>
    <message>
        <source>@%1 is a new participant.</source>
        <translation>@%1 是新参赛者。</translation>
    </message>
    <message>
        <source>Task No.%1 is completed: @%2 is its finisher.</source>
        <translation>任务 No.%1 已完成：完成者为 @%2。</translation>
    </message>
    <message>
        <source>Task No.%1 no longer has a finisher and takes claims again.</source>
        <translation>任务 No.%1 不再有完成者，重新开放认领。</translation>
    </message>
    <message>
        <source>Add, correct or remove a claim by hand (a later sync never lowers or removes it).</source>
        <translation>手动添加、更正或删除认领（之后的同步不会降低或删除它）。</translation>
    </message>
    <message>
        <source>no such event database: %1 (&quot;hackdesk --db %1 init&quot; sets up a new one).</source>
        <translation>没有这个活动数据库：%1（用 &quot;hackdesk --db %1 init&quot; 新建一个）。</translation>
    </message>
    <message>
        <source>hackdesk %1: cannot write the output: %2</source>
        <translation>hackdesk %1：无法写出输出：%2</translation>
    </message>
    <message>
        <source>%1: event &quot;%2&quot;, written %3, %4 tasks, %5 participants, %6 claims (schema %7)</source>
        <translation>%1：活动“%2”，写于 %3，%4 个任务、%5 名参赛者、%6 条报名（架构 %7）</translation>
    </message>
    <message>
        <source>none set up</source>
        <translation>尚未设置</translation>
    </message>
    <message>
        <source>The backup file to write (replaced only once complete).</source>
        <translation>要写入的备份文件（写完后才替换）。</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the event database, also while other programs use it.</source>
        <translation>写出活动数据库的一致副本，其他程序正在使用时也可以。</translation>
    </message>
    <message>
        <source>hackdesk backup: give --out FILE, e.g. &quot;backup --out event-backup.sqlite&quot;.</source>
        <translation>hackdesk backup：请给出 --out FILE，例如 &quot;backup --out event-backup.sqlite&quot;。</translation>
    </message>
    <message>
        <source>Backed up %1</source>
        <translation>已备份 %1</translation>
    </message>
    <message>
        <source>Replace the event with the backup (without it, only show what it holds).</source>
        <translation>用备份替换活动（不加此项时只显示备份内容）。</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>Shows what a backup holds and, with --yes, replaces the event database&apos;s content with it. The event as it was is backed up first.</source>
        <translation>显示备份的内容；加 --yes 时用它替换活动数据库的内容。替换前先备份当前活动。</translation>
    </message>
    <message>
        <source>hackdesk restore: give one backup FILE, e.g. &quot;restore --yes event-backup.sqlite&quot;.</source>
        <translation>hackdesk restore：请给出一个备份文件，例如 &quot;restore --yes event-backup.sqlite&quot;。</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>备份 %1</translation>
    </message>
    <message>
        <source>hackdesk restore: %1 is the event database itself.</source>
        <translation>hackdesk restore：%1 就是活动数据库本身。</translation>
    </message>
    <message>
        <source>hackdesk restore: nothing restored; run again with --yes to replace the event in %1 with this backup.</source>
        <translation>hackdesk restore：未恢复任何内容；加 --yes 再运行一次，即用此备份替换 %1 中的活动。</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>已将 %1 恢复到 %2。</translation>
    </message>
    <message>
        <source>The event as it was before is in %1.</source>
        <translation>恢复前的活动保存在 %1。</translation>
    </message>
    <message>
        <source>Write a consistent copy of the event database (also while it is in use).</source>
        <translation>写出活动数据库的一致副本（使用中也可以）。</translation>
    </message>
    <message>
        <source>Show what a backup holds; with --yes, bring it back (the event as it was is backed up first).</source>
        <translation>显示备份的内容；加 --yes 时恢复它（先备份当前活动）。</translation>
    </message>
    <message numerus="yes">
        <source>; %n task(s) completed</source>
        <translation>
            <numerusform>；%n 个任务已完成</numerusform>
        </translation>
    </message>
    <message>
        <source>The issue body (or a comment holding task tables) as Markdown.</source>
        <translation>issue 正文（或包含任务表格的评论），Markdown 格式。</translation>
    </message>
    <message>
        <source>Print what would change and the column mapping chosen; change nothing.</source>
        <translation>输出将做出的更改和所选的列对应关系；不做任何修改。</translation>
    </message>
    <message>
        <source>Exit 0 even when some rows could not be read (they are still listed on stderr).</source>
        <translation>即使有行无法识别也以 0 退出（这些行仍会列在标准错误输出中）。</translation>
    </message>
    <message>
        <source>Reads a track&apos;s task list from its GitHub issue body.
Exit status: 0 all rows read; 1 no task could be read (nothing imported); 2 wrong usage; 3 imported, but some rows could not be read (listed on stderr with their lines; --accept-unreadable makes this 0).</source>
        <translation>从 GitHub issue 正文读取赛道的任务列表。
退出状态：0 全部行已读取；1 未读到任何任务（未导入）；2 用法错误；3 已导入，但有行无法识别（连同行号列在标准错误输出中；--accept-unreadable 时为 0）。</translation>
    </message>
    <message>
        <source>hackdesk import-issue: %1: %2</source>
        <translation>hackdesk import-issue: %1：%2</translation>
    </message>
    <message>
        <source>table at line %1 (%2): %3 rows read</source>
        <translation>第 %1 行的表格（%2）：已读取 %3 行</translation>
    </message>
    <message>
        <source>table at line %1 (%2): %3 rows read, %4 could not be read (lines %5)</source>
        <translation>第 %1 行的表格（%2）：已读取 %3 行，%4 行无法识别（第 %5 行）</translation>
    </message>
    <message>
        <source>  columns: %1</source>
        <translation>  列：%1</translation>
    </message>
    <message>
        <source>an SQLite file or a postgresql:// URL holding no event yet</source>
        <translation>尚无赛事的 SQLite 文件或 postgresql:// 地址</translation>
    </message>
    <message>
        <source>Copies the whole event, every table and row, into an empty event database: from a file to a PostgreSQL server or back.</source>
        <translation>把整个赛事（每张表、每一行）复制到一个空的赛事数据库：从文件到 PostgreSQL 服务器，或反过来。</translation>
    </message>
    <message>
        <source>hackdesk copy-to: give one destination, e.g. &quot;copy-to postgresql://staff@db.example.org/hackathon&quot; or &quot;copy-to event.sqlite&quot;.</source>
        <translation>hackdesk copy-to：请给出一个目标，例如 &quot;copy-to postgresql://staff@db.example.org/hackathon&quot; 或 &quot;copy-to event.sqlite&quot;。</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from %3 to %4.</source>
        <translation>已把 %2 张表中的 %1 行从 %3 复制到 %4。</translation>
    </message>
    <message>
        <source>One JSON object a line: {&quot;key&quot;: {...}, &quot;op&quot;: ..., &quot;table&quot;: ...}.</source>
        <translation>每行一个 JSON 对象：{&quot;key&quot;: {...}, &quot;op&quot;: ..., &quot;table&quot;: ...}。</translation>
    </message>
    <message>
        <source>Stop after N changes (default: run until stopped).</source>
        <translation>收到 N 条变更后停止（默认：一直运行，直到被停止）。</translation>
    </message>
    <message>
        <source>Prints one line for each row change any client commits to the shared event, as it happens, until stopped (Ctrl+C).</source>
        <translation>共享赛事中任何客户端每提交一行变更，就立即打印一行，直到被停止（Ctrl+C）。</translation>
    </message>
    <message>
        <source>hackdesk watch: --count takes a whole number of changes, e.g. &quot;watch --count 10&quot;.</source>
        <translation>hackdesk watch：--count 需要一个整数的变更条数，例如 &quot;watch --count 10&quot;。</translation>
    </message>
    <message>
        <source>Watching %1 for changes (Ctrl+C stops).</source>
        <translation>正在监视 %1 的变更（Ctrl+C 停止）。</translation>
    </message>
    <message>
        <source>Copy the event into an empty SQLite file or PostgreSQL database (postgresql://USER@HOST/DATABASE).</source>
        <translation>把赛事复制到一个空的 SQLite 文件或 PostgreSQL 数据库（postgresql://USER@HOST/DATABASE）。</translation>
    </message>
    <message>
        <source>On a shared event: print one line for each change any client commits, as it happens.</source>
        <translation>共享赛事：任何客户端每提交一条变更，就立即打印一行。</translation>
    </message>
    <message>
        <source>Backed up the event into %1.</source>
        <translation>已将活动备份到 %1。</translation>
    </message>
    <message>
        <source>This is @%1&apos;s connection: it shows only their own next submission.</source>
        <translation>这是 @%1 的连接：只显示其本人的下一个提交。</translation>
    </message>
    <message>
        <source>give --judge LOGIN (only a judge&apos;s own connection may leave it out).</source>
        <translation>请给出 --judge LOGIN（只有评委本人的连接可以省略）。</translation>
    </message>
    <message>
        <source>Nothing left for @%1 to score.</source>
        <translation>@%1 已没有待评分的提交。</translation>
    </message>
    <message numerus="yes">
        <source>Next for @%1: %2 (%n review(s) so far</source>
        <translation>
            <numerusform>@%1 的下一个：%2（目前已有 %n 份评审</numerusform>
        </translation>
    </message>
    <message>
        <source>; your draft is saved</source>
        <translation>；你的草稿已保存</translation>
    </message>
    <message>
        <source>template, export, next, import FILE.csv, lock or unlock</source>
        <translation>template、export、next、import FILE.csv、lock 或 unlock</translation>
    </message>
    <message>
        <source>next: one JSON object (null when nothing is left).</source>
        <translation>next：一个 JSON 对象（没有剩余时为 null）。</translation>
    </message>
    <message>
        <source>use &quot;scores template|export --track T [--judge LOGIN] [--out FILE]&quot;, &quot;scores next [--track T] [--judge LOGIN] [--json]&quot;, &quot;scores import FILE.csv&quot;, &quot;scores lock --track T&quot; or &quot;scores unlock --track T --reason TEXT&quot;.</source>
        <translation>请使用 &quot;scores template|export --track T [--judge LOGIN] [--out FILE]&quot;、&quot;scores next [--track T] [--judge LOGIN] [--json]&quot;、&quot;scores import FILE.csv&quot;、&quot;scores lock --track T&quot; 或 &quot;scores unlock --track T --reason TEXT&quot;。</translation>
    </message>
    <message>
        <source>the judge&apos;s login, as in judges list</source>
        <translation>评委的登录名，与 judges list 中相同</translation>
    </message>
    <message>
        <source>The PostgreSQL role to use (default: the judge&apos;s login).</source>
        <translation>要使用的 PostgreSQL 角色（默认：评委的登录名）。</translation>
    </message>
    <message>
        <source>Gives a judge of a shared event a PostgreSQL login of their own: connected with it, the judge sees only the submissions assigned to them and writes only their own scores, enforced by the server (row-level security). The password is set on the server, never here.</source>
        <translation>为共享活动的评委创建其本人的 PostgreSQL 登录：用它连接时，评委只能看到分配给自己的提交，只能写入自己的评分，由服务器强制执行（行级安全）。密码在服务器上设置，绝不在此处设置。</translation>
    </message>
    <message>
        <source>hackdesk grant-judge: give one judge&apos;s login, e.g. &quot;grant-judge liu-yang&quot;.</source>
        <translation>hackdesk grant-judge：请给出一个评委的登录名，例如 &quot;grant-judge liu-yang&quot;。</translation>
    </message>
    <message>
        <source>Created the role &quot;%1&quot; for the judge @%2 and gave it access to %3.</source>
        <translation>已为评委 @%2 创建角色 &quot;%1&quot;，并授予其访问 %3 的权限。</translation>
    </message>
    <message>
        <source>Gave the role &quot;%1&quot; access to %3 as the judge @%2.</source>
        <translation>已授予角色 &quot;%1&quot; 以评委 @%2 的身份访问 %3 的权限。</translation>
    </message>
    <message>
        <source>Set its password on the server (it is never shown or stored by HackDesk), e.g. psql -d %1 -c &apos;\password &quot;%2&quot;&apos;.</source>
        <translation>请在服务器上设置其密码（HackDesk 从不显示或保存密码），例如 psql -d %1 -c &apos;\password &quot;%2&quot;&apos;。</translation>
    </message>
    <message>
        <source>The judge connects with: hackdesk --db %1 scores next</source>
        <translation>评委这样连接：hackdesk --db %1 scores next</translation>
    </message>
    <message>
        <source>the judge&apos;s login</source>
        <translation>评委的登录名</translation>
    </message>
    <message>
        <source>Takes a judge&apos;s PostgreSQL role off the shared event: it can no longer read or write anything of it. The role stays on the server.</source>
        <translation>撤销评委在共享活动上的 PostgreSQL 角色：此后它无法读取或写入该活动的任何内容。角色本身仍保留在服务器上。</translation>
    </message>
    <message>
        <source>hackdesk revoke-judge: give one judge&apos;s login, e.g. &quot;revoke-judge liu-yang&quot;.</source>
        <translation>hackdesk revoke-judge：请给出一个评委的登录名，例如 &quot;revoke-judge liu-yang&quot;。</translation>
    </message>
    <message>
        <source>The judge %1 had no role on %2; nothing changed.</source>
        <translation>评委 %1 在 %2 上没有角色；未做任何更改。</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; has no access to %2 any more. It stays on the server (drop it with dropuser when no other event uses it).</source>
        <translation>角色 &quot;%1&quot; 已不能再访问 %2。它仍保留在服务器上（没有其他活动使用时，可用 dropuser 删除）。</translation>
    </message>
    <message>
        <source>On a shared event: a PostgreSQL login for a judge, who then sees only their submissions and writes only their scores.</source>
        <translation>在共享活动上：为评委创建 PostgreSQL 登录，评委此后只能看到自己的提交、只能写入自己的评分。</translation>
    </message>
    <message>
        <source>On a shared event: take a judge&apos;s PostgreSQL login off the event.</source>
        <translation>在共享活动上：撤销评委在该活动上的 PostgreSQL 登录。</translation>
    </message>
    <message>
        <source>Usage: hackdesk [--db FILE|URL] [--lang zh_CN|en] [COMMAND [OPTIONS]]
Without a command, opens the window.

Options:
  --db FILE     the event database (default: %1)
  --db postgresql://USER@HOST:PORT/DATABASE
                a shared event on a PostgreSQL server (password from PGPASSWORD or ~/.pgpass);
                a judge&apos;s login opens the window in judge mode
  --lang LANG   language of messages and the window
  --judge-packet FILE  open a judge&apos;s offline packet in judge mode
  --help        this help; COMMAND --help for a command&apos;s options
  --version     the version

Commands:
</source>
        <translation>用法：hackdesk [--db FILE|URL] [--lang zh_CN|en] [COMMAND [OPTIONS]]
不带命令时打开窗口。

选项：
  --db FILE     活动数据库（默认：%1）
  --db postgresql://USER@HOST:PORT/DATABASE
                PostgreSQL 服务器上的共享赛事（密码取自 PGPASSWORD 或 ~/.pgpass）；
                评委的登录名会以评委模式打开窗口
  --lang LANG   消息和窗口的语言
  --judge-packet FILE  以评委模式打开评委的离线评审包
  --help        显示此帮助；COMMAND --help 查看命令的选项
  --version     显示版本

命令：
</translation>
    </message>
    <message>
        <source>The backup holds no judge for the roles %1: they no longer have access to the event (grant-judge gives it back).</source>
        <translation>备份中没有角色 %1 对应的评委：这些角色已不能再访问本活动（可用 grant-judge 重新授权）。</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1: the file is UTF-16 text; save it as &quot;CSV UTF-8&quot; instead.</source>
        <translation>%1：该文件是 UTF-16 文本；请改存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>%1: the file holds a NUL byte; it is not a text file.</source>
        <translation>%1：该文件含有 NUL 字节，不是文本文件。</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8 text (byte 0x%2); save it as &quot;CSV UTF-8&quot; instead.</source>
        <translation>%1：该文件不是 UTF-8 文本（字节 0x%2）；请改存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>%1: field %2 has &quot;%3&quot; after its closing quote; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>%1：第 %2 个字段的结束引号后还有“%3”；带引号的字段中的引号须连写两个（&quot;&quot;）。</translation>
    </message>
    <message>
        <source>%1: field %2 opens a quote that is never closed.</source>
        <translation>%1：第 %2 个字段的引号没有闭合。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>CsvExchange</name>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation>
            <numerusform>未导入任何内容：共有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n problem(s).</source>
        <translation>
            <numerusform>未从 %1 导入任何内容：共有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>……另有 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is empty; its first line must be the header %1.</source>
        <translation>文件为空；第一行必须是表头 %1。</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice.</source>
        <translation>列“%1”出现了两次。</translation>
    </message>
    <message>
        <source>unknown column(s) %1; the %2 columns are %3.</source>
        <translation>未知的列 %1；%2 文件的列为 %3。</translation>
    </message>
    <message>
        <source>missing column(s) %1; the first line must be the header %2.</source>
        <translation>缺少列 %1；第一行必须是表头 %2。</translation>
    </message>
    <message numerus="yes">
        <source>field %1 is beyond the header&apos;s %n column(s).</source>
        <translation>
            <numerusform>第 %1 个字段超出了表头的 %n 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>field %1 has a value but its column has no name.</source>
        <translation>第 %1 个字段有值，但所在的列没有列名。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a positive whole number.</source>
        <translation>%1 的值“%2”不是正整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GitHub login (letters, digits and single hyphens, at most 39).</source>
        <translation>“%1”不是有效的 GitHub 用户名（只能包含字母、数字和单个连字符，最多 39 个字符）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of 1, 0, true, false, yes, no.</source>
        <translation>%1 的值“%2”不是 1、0、true、false、yes、no 之一。</translation>
    </message>
    <message>
        <source>stars cannot be negative (%1).</source>
        <translation>stars 不能为负数（%1）。</translation>
    </message>
    <message>
        <source>stars &quot;%1&quot; is not a number of stars like 1 or 0.5 (at most three decimals).</source>
        <translation>stars 的值“%1”不是有效的星数，应形如 1 或 0.5（最多三位小数）。</translation>
    </message>
    <message>
        <source>cash cannot be negative (%1).</source>
        <translation>cash 不能为负数（%1）。</translation>
    </message>
    <message>
        <source>task No.%1 of track &quot;%2&quot; is already on line %3.</source>
        <translation>赛道“%2”的任务 No.%1 已在第 %3 行出现。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>“%1”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>@%1 is already on line %2.</source>
        <translation>@%1 已在第 %2 行出现。</translation>
    </message>
    <message>
        <source>@%1 is already on line %2 as @%3 (logins are the same whatever their case).</source>
        <translation>@%1 已在第 %2 行以 @%3 出现（用户名不区分大小写）。</translation>
    </message>
    <message>
        <source>@%1 is already in the event as @%2 (logins are the same whatever their case); write it as @%2.</source>
        <translation>@%1 已以 @%2 存在于活动中（用户名不区分大小写）；请写作 @%2。</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is not one of %2 or %3.</source>
        <translation>status 的值“%1”不是 %2 或 %3 之一。</translation>
    </message>
    <message>
        <source>claimed_at &quot;%1&quot; is not a date and time like 2024-03-21T10:00:00+08:00.</source>
        <translation>claimed_at 的值“%1”不是有效的日期时间，应形如 2024-03-21T10:00:00+08:00。</translation>
    </message>
    <message>
        <source>track &quot;%1&quot; has no task No.%2.</source>
        <translation>赛道“%1”中没有任务 No.%2。</translation>
    </message>
    <message>
        <source>the claim of @%1 on task No.%2 is already on line %3.</source>
        <translation>@%1 对任务 No.%2 的认领已在第 %3 行出现。</translation>
    </message>
    <message>
        <source>track &quot;%1&quot; is not a %2 track.</source>
        <translation>赛道“%1”不是“%2”类赛道。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number from %3 to %4.</source>
        <translation>%1 的值“%2”不是 %3 到 %4 之间的整数。</translation>
    </message>
    <message>
        <source>other_wishes &quot;%1&quot; is not a list of project numbers.</source>
        <translation>other_wishes 的值“%1”不是项目编号列表。</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot; is not one of applied, resume, interview-scheduled, interviewed, accepted, waitlisted, rejected, withdrawn.</source>
        <translation>stage 的值“%1”不是 applied、resume、interview-scheduled、interviewed、accepted、waitlisted、rejected、withdrawn 之一。</translation>
    </message>
    <message>
        <source>an accepted application needs its project.</source>
        <translation>已录取的报名必须指定项目。</translation>
    </message>
    <message>
        <source>track &quot;%1&quot; has no project %2.</source>
        <translation>赛道“%1”中没有项目 %2。</translation>
    </message>
    <message>
        <source>@%1 has not applied to the code camp.</source>
        <translation>@%1 没有报名集训营。</translation>
    </message>
    <message>
        <source>cash &quot;%1&quot; is not an amount in %2 like 1500.</source>
        <translation>cash“%1”不是以 %2 计的金额（如 1500）。</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n field(s) but the header has %1; a cell is missing (a row cut short?).</source>
        <translation>
            <numerusform>该行有 %n 个字段，但表头有 %1 个；缺少单元格（该行是否被截断？）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot set up the database %1: %2</source>
        <translation>无法初始化数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a HackDesk one.</source>
        <translation>%1 是 SQLite 数据库，但不是 HackDesk 数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer HackDesk (schema %2; this version reads up to %3). Update HackDesk to open it.</source>
        <translation>%1 由更新版本的 HackDesk 写入（数据库结构版本 %2；本版本最高只能读取 %3）。请升级 HackDesk 后再打开。</translation>
    </message>
    <message>
        <source>Database error preparing &quot;%1&quot;: %2</source>
        <translation>准备“%1”时出现数据库错误：%2</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>无法创建数据库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a HackDesk database: it is not a database file at all.</source>
        <translation>%1 不是 HackDesk 数据库：它根本不是数据库文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read as an event database (%2).</source>
        <translation>无法将 %1 作为活动数据库读取（%2）。</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened (the integrity check says: %2). Restore a backup of it.</source>
        <translation>%1 已损坏，未打开（完整性检查结果：%2）。请恢复它的备份。</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>没有这个文件：%1</translation>
    </message>
    <message>
        <source>%1 is empty; it holds no event.</source>
        <translation>%1 是空文件，不含任何活动。</translation>
    </message>
    <message>
        <source>The event database %1 is busy: another program kept it locked for over %2 s. Nothing was changed; try again when it has finished.</source>
        <translation>活动数据库 %1 正忙：另一个程序锁定它已超过 %2 秒。未做任何更改；请等它完成后重试。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was changed; free some space and try again.</source>
        <translation>%1 所在的磁盘已满。未做任何更改；请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The event database %1 cannot be written (%2): check that the file and its folder are writable. Nothing was changed.</source>
        <translation>无法写入活动数据库 %1（%2）：请检查该文件及其文件夹是否可写。未做任何更改。</translation>
    </message>
    <message>
        <source>Reading or writing the event database %1 failed (%2). Nothing was changed.</source>
        <translation>读写活动数据库 %1 失败（%2）。未做任何更改。</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>%1 出现数据库错误：%2</translation>
    </message>
    <message>
        <source>Cannot back up %1 in the middle of a change.</source>
        <translation>更改进行中，无法备份 %1。</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot restore into %1 in the middle of a change.</source>
        <translation>更改进行中，无法恢复到 %1。</translation>
    </message>
    <message>
        <source>Cannot restore into %1: the database is not open.</source>
        <translation>无法恢复到 %1：数据库未打开。</translation>
    </message>
    <message>
        <source>another program is writing to it; try again when it has finished</source>
        <translation>另一个程序正在写入它；请等它完成后重试</translation>
    </message>
    <message>
        <source>Cannot restore %1 into %2: %3. The event is unchanged.</source>
        <translation>无法将 %1 恢复到 %2：%3。活动未改变。</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>无法打开 %1：未安装 Qt 的 PostgreSQL 驱动（Debian：libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database, but not a HackDesk one.</source>
        <translation>%1 是 PostgreSQL 数据库，但不是 HackDesk 的数据库。</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database that holds other tables, not a HackDesk event. Give HackDesk an empty database of its own.</source>
        <translation>%1 是一个含有其他表的 PostgreSQL 数据库，不是 HackDesk 赛事。请为 HackDesk 提供一个专用的空数据库。</translation>
    </message>
    <message>
        <source>The disk of the server holding %1 is full. Nothing was changed; try again once it has space.</source>
        <translation>存放 %1 的服务器磁盘已满。未做任何更改；请在腾出空间后重试。</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2). Nothing was changed; try again.</source>
        <translation>与 %1 的连接失败（%2）。未做任何更改；请重试。</translation>
    </message>
    <message>
        <source>Another client changed the same rows of %1 at the same moment (%2). Nothing was changed; try again.</source>
        <translation>另一个客户端在同一时刻修改了 %1 中的相同行（%2）。未做任何更改；请重试。</translation>
    </message>
    <message>
        <source>The event %1 cannot be written by this login (%2). Nothing was changed.</source>
        <translation>当前登录账号无法写入赛事 %1（%2）。未做任何更改。</translation>
    </message>
    <message>
        <source>%1: this login may not read the event. Staff give judges access with &quot;hackdesk --db URL grant-judge LOGIN&quot;.</source>
        <translation>%1：此登录不能读取该活动。工作人员可用 &quot;hackdesk --db URL grant-judge LOGIN&quot; 为评委开通访问。</translation>
    </message>
    <message>
        <source>Cannot restore %1 into %2: it cannot be copied into the temporary folder %3. The event is unchanged.</source>
        <translation>无法将 %1 恢复到 %2：不能复制到临时文件夹 %3。活动未作任何改动。</translation>
    </message>
    <message>
        <source>Cannot restore %1 into %2: %3 The event is unchanged.</source>
        <translation>无法将 %1 恢复到 %2：%3 活动未作任何改动。</translation>
    </message>
</context>
<context>
    <name>EditionProfile</name>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>未知字段（可用：%1）</translation>
    </message>
    <message>
        <source>must be text or a whole number</source>
        <translation>必须是文本或整数</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须是文本</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>not an amount in %1 (such as 50 or 1000.50)</source>
        <translation>不是以 %1 计的金额（如 50 或 1000.50）</translation>
    </message>
    <message>
        <source>not a number of stars (such as 2 or 0.5)</source>
        <translation>不是星数（如 2 或 0.5）</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be tasks, camp, articles or fundable</source>
        <translation>必须是 tasks、camp、articles 或 fundable</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a list of names</source>
        <translation>必须是名称列表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>“%1”出现了两次</translation>
    </message>
    <message>
        <source>must be a list of tiers</source>
        <translation>必须是档位列表</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>不是 JSON：第 %2 个字符处 %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>must be %1 (the profile format this HackDesk reads)</source>
        <translation>必须是 %1（本 HackDesk 读取的配置格式）</translation>
    </message>
    <message>
        <source>must be an object of setting keys and values</source>
        <translation>必须是由设置键和值组成的对象</translation>
    </message>
    <message>
        <source>unknown setting (see &quot;hackdesk config list&quot;)</source>
        <translation>未知设置（见 &quot;hackdesk config list&quot;）</translation>
    </message>
    <message>
        <source>missing: every event needs a name</source>
        <translation>缺失：每个活动都需要名称</translation>
    </message>
    <message>
        <source>must be a list of tracks</source>
        <translation>必须是赛道列表</translation>
    </message>
    <message>
        <source>%1 already holds an event; a profile sets up a new one.</source>
        <translation>%1 已有活动；配置只用于创建新活动。</translation>
    </message>
    <message>
        <source>There is no edition &quot;%1&quot;: give one of %2 or a profile file (.json).</source>
        <translation>没有届次“%1”：请给出 %2 之一或配置文件（.json）。</translation>
    </message>
    <message>
        <source>Cannot read the profile %1: %2</source>
        <translation>无法读取配置 %1：%2</translation>
    </message>
    <message>
        <source>The profile %1 is refused: %2</source>
        <translation>配置 %1 被拒绝：%2</translation>
    </message>
</context>
<context>
    <name>EventCopy</name>
    <message>
        <source>Cannot copy %1 onto itself.</source>
        <translation>不能把 %1 复制到它自身。</translation>
    </message>
    <message>
        <source>%1 (schema %2) and %3 (schema %4) differ; open both with this HackDesk first.</source>
        <translation>%1（架构 %2）与 %3（架构 %4）不一致；请先用此版本的 HackDesk 分别打开两者。</translation>
    </message>
    <message>
        <source>%1 already holds an event (%2 rows in table %3); copy only into a new, empty one.</source>
        <translation>%1 已有一个赛事（表 %3 中有 %2 行）；只能复制到新的空数据库中。</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>读取 %1</translation>
    </message>
    <message>
        <source>analysing %1</source>
        <translation>分析 %1</translation>
    </message>
    <message>
        <source>locking %1</source>
        <translation>锁定 %1</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Add task No.%1</source>
        <translation>添加任务 No.%1</translation>
    </message>
    <message>
        <source>Task No.%1 no longer exists.</source>
        <translation>任务 No.%1 已不存在。</translation>
    </message>
    <message>
        <source>Edit task No.%1</source>
        <translation>编辑任务 No.%1</translation>
    </message>
    <message>
        <source>That task no longer exists.</source>
        <translation>该任务已不存在。</translation>
    </message>
    <message>
        <source>Delete task No.%1</source>
        <translation>删除任务 No.%1</translation>
    </message>
    <message>
        <source>Add @%1</source>
        <translation>添加 @%1</translation>
    </message>
    <message>
        <source>@%1 no longer exists.</source>
        <translation>@%1 已不存在。</translation>
    </message>
    <message>
        <source>Edit @%1</source>
        <translation>编辑 @%1</translation>
    </message>
    <message>
        <source>That participant no longer exists.</source>
        <translation>该参赛者已不存在。</translation>
    </message>
    <message>
        <source>Delete @%1</source>
        <translation>删除 @%1</translation>
    </message>
    <message>
        <source>Add team %1</source>
        <translation>添加队伍 %1</translation>
    </message>
    <message>
        <source>The team %1 no longer exists.</source>
        <translation>队伍 %1 已不存在。</translation>
    </message>
    <message>
        <source>Edit team %1</source>
        <translation>编辑队伍 %1</translation>
    </message>
    <message>
        <source>That team no longer exists.</source>
        <translation>该队伍已不存在。</translation>
    </message>
    <message>
        <source>Delete team %1</source>
        <translation>删除队伍 %1</translation>
    </message>
    <message>
        <source>Another program changed task No.%1 while the form was open: only the fields you edited were saved; its other changes are kept.</source>
        <translation>表单打开期间，另一个程序修改了任务 No.%1：只保存了您编辑的字段，它的其他修改均已保留。</translation>
    </message>
    <message>
        <source>Another program changed @%1 while the form was open: only the fields you edited were saved; its other changes are kept.</source>
        <translation>表单打开期间，另一个程序修改了 @%1：只保存了您编辑的字段，它的其他修改均已保留。</translation>
    </message>
    <message>
        <source>Edit the claim of @%1 on No.%2</source>
        <translation>编辑 @%1 对 No.%2 的认领</translation>
    </message>
    <message>
        <source>Add the claim of @%1 on No.%2</source>
        <translation>添加 @%1 对 No.%2 的认领</translation>
    </message>
    <message>
        <source>That claim no longer exists.</source>
        <translation>该认领已不存在。</translation>
    </message>
    <message>
        <source>Delete a claim on No.%1</source>
        <translation>删除 No.%1 上的一条认领</translation>
    </message>
    <message>
        <source>Another program changed the team %1 while the form was open: only what you edited was saved; its other changes are kept.</source>
        <translation>表单打开期间，另一个程序修改了队伍 %1：只保存了您编辑的内容，它的其他修改均已保留。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>赛道</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星数</translation>
    </message>
    <message>
        <source>RFC required</source>
        <translation>需要 RFC</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Finisher</source>
        <translation>完成者</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成度</translation>
    </message>
    <message>
        <source>Defence</source>
        <translation>答辩</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>队长</translation>
    </message>
    <message>
        <source>task No.%1</source>
        <translation>任务 No.%1</translation>
    </message>
    <message>
        <source>the team %1</source>
        <translation>团队 %1</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>The database %1 holds no event yet: run &quot;hackdesk --db %1 init&quot; first.</source>
        <translation>数据库 %1 中还没有活动：请先运行“hackdesk --db %1 init”。</translation>
    </message>
    <message>
        <source>The event needs a name.</source>
        <translation>活动需要一个名称。</translation>
    </message>
    <message>
        <source>The star value, the cap and the pool cannot be negative.</source>
        <translation>每星金额、个人上限和奖金池都不能为负数。</translation>
    </message>
    <message>
        <source>There is no track &quot;%1&quot;: give a track id from &quot;summary --json&quot; or one of tasks, camp, articles, fundable.</source>
        <translation>没有赛道“%1”：请指定“summary --json”给出的赛道 id，或 tasks、camp、articles、fundable 之一。</translation>
    </message>
    <message>
        <source>A track needs a name.</source>
        <translation>赛道需要一个名称。</translation>
    </message>
    <message>
        <source>Track &quot;%1&quot;: the budget and quota cannot be negative and the threshold is 0 to 100 %.</source>
        <translation>赛道“%1”：预算和名额不能为负，门槛须在 0 到 100 % 之间。</translation>
    </message>
    <message numerus="yes">
        <source>it holds %n task(s)</source>
        <translation>
            <numerusform>其中有 %n 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n 个认领</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>%n 个作品</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no track %1.</source>
        <translation>没有赛道 %1。</translation>
    </message>
    <message>
        <source>Track %1 &quot;%2&quot; cannot be removed: %3. Remove those first.</source>
        <translation>无法删除赛道 %1“%2”：%3。请先删除这些。</translation>
    </message>
    <message>
        <source>A direction needs a name.</source>
        <translation>方向需要名称。</translation>
    </message>
    <message>
        <source>Track %1 already has a direction &quot;%2&quot;.</source>
        <translation>赛道 %1 已有方向“%2”。</translation>
    </message>
    <message>
        <source>The track already has a direction &quot;%1&quot;.</source>
        <translation>该赛道已有方向“%1”。</translation>
    </message>
    <message>
        <source>A reward tier needs a name.</source>
        <translation>奖励档位需要名称。</translation>
    </message>
    <message>
        <source>Reward tier &quot;%1&quot;: stars and cash cannot be negative.</source>
        <translation>奖励档位“%1”：星数和现金不能为负。</translation>
    </message>
    <message>
        <source>Track %1 already has a reward tier &quot;%2&quot;.</source>
        <translation>赛道 %1 已有奖励档位“%2”。</translation>
    </message>
</context>
<context>
    <name>EventSettings</name>
    <message>
        <source>cannot be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>not an ISO 8601 time such as 2024-06-14T23:59:59+08:00</source>
        <translation>不是 ISO 8601 时间（如 2024-06-14T23:59:59+08:00）</translation>
    </message>
    <message>
        <source>not an amount in %1 (whole numbers such as 50)</source>
        <translation>不是以 %1 计的金额（整数，如 50）</translation>
    </message>
    <message>
        <source>not an amount in %1 (such as 50 or 1000.50)</source>
        <translation>不是以 %1 计的金额（如 50 或 1000.50）</translation>
    </message>
    <message>
        <source>not a whole number from 1 to %1</source>
        <translation>不是 1 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not owner/name</source>
        <translation>“%1”不是 owner/name 形式</translation>
    </message>
    <message>
        <source>The event&apos;s name, printed on every report</source>
        <translation>活动名称，印在每份报告上</translation>
    </message>
    <message>
        <source>Who organises the event</source>
        <translation>活动的主办方</translation>
    </message>
    <message>
        <source>The event&apos;s sponsor</source>
        <translation>活动的赞助方</translation>
    </message>
    <message>
        <source>zh_CN or en: the language of the tables and bot replies for GitHub</source>
        <translation>zh_CN 或 en：写到 GitHub 的表格和机器人回复所用的语言</translation>
    </message>
    <message>
        <source>must be zh_CN or en</source>
        <translation>必须是 zh_CN 或 en</translation>
    </message>
    <message>
        <source>The ISO 4217 code of the currency paid in, e.g. CNY</source>
        <translation>支付货币的 ISO 4217 代码，如 CNY</translation>
    </message>
    <message>
        <source>not an ISO 4217 code HackDesk knows (%1)</source>
        <translation>不是 HackDesk 认识的 ISO 4217 代码（%1）</translation>
    </message>
    <message>
        <source>%1 has %2 decimal places and %3 has %4: set the star value, cap and pool to 0 first</source>
        <translation>%1 有 %2 位小数而 %3 有 %4 位：请先把每星金额、上限和奖池设为 0</translation>
    </message>
    <message>
        <source>The IANA time zone the dates are shown in</source>
        <translation>显示日期所用的 IANA 时区</translation>
    </message>
    <message>
        <source>not an IANA time zone such as Asia/Shanghai or Europe/Berlin</source>
        <translation>不是 IANA 时区（如 Asia/Shanghai 或 Europe/Berlin）</translation>
    </message>
    <message>
        <source>When the event starts (ISO 8601)</source>
        <translation>活动开始时间（ISO 8601）</translation>
    </message>
    <message>
        <source>The deadline for design documents</source>
        <translation>设计文档截止时间</translation>
    </message>
    <message>
        <source>The deadline for pull requests</source>
        <translation>PR 截止时间</translation>
    </message>
    <message>
        <source>When the results are announced</source>
        <translation>结果公布时间</translation>
    </message>
    <message>
        <source>What one star pays</source>
        <translation>每颗星的金额</translation>
    </message>
    <message>
        <source>The most cash one person gets; 0 = no cap</source>
        <translation>每人最多可得的现金；0 表示不设上限</translation>
    </message>
    <message>
        <source>The whole prize pool</source>
        <translation>总奖池</translation>
    </message>
    <message>
        <source>The words a claim comment starts with, ;-separated</source>
        <translation>认领评论开头的关键词，用 ; 分隔</translation>
    </message>
    <message>
        <source>PR-title patterns, ;-separated, {n} where the task numbers stand</source>
        <translation>PR 标题模式，用 ; 分隔，{n} 处为任务编号</translation>
    </message>
    <message>
        <source>The GitHub API address</source>
        <translation>GitHub API 地址</translation>
    </message>
    <message>
        <source>not an http(s) URL such as https://api.github.com</source>
        <translation>不是 http(s) 地址（如 https://api.github.com）</translation>
    </message>
    <message>
        <source>The tag in the PR titles of the 6th edition&apos;s form, e.g. Hackathon 6th</source>
        <translation>第六期形式的 PR 标题标签，如 Hackathon 6th</translation>
    </message>
    <message>
        <source>Only PRs created after this time count</source>
        <translation>只统计此时间之后创建的 PR</translation>
    </message>
    <message>
        <source>not a time such as 2024-03-21T00:00:00Z</source>
        <translation>不是时间（如 2024-03-21T00:00:00Z）</translation>
    </message>
    <message>
        <source>The watched repositories, comma-separated</source>
        <translation>关注的仓库，用逗号分隔</translation>
    </message>
    <message>
        <source>The repository of design documents (RFCs)</source>
        <translation>设计文档（RFC）所在仓库</translation>
    </message>
    <message>
        <source>The code camp&apos;s first day (YYYY-MM-DD)</source>
        <translation>集训营第一天（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>not a date such as 2024-04-01</source>
        <translation>不是日期（如 2024-04-01）</translation>
    </message>
    <message>
        <source>How many weeks the code camp runs</source>
        <translation>集训营持续的周数</translation>
    </message>
    <message>
        <source>The hours a week a camper must work</source>
        <translation>营员每周须投入的小时数</translation>
    </message>
    <message>
        <source>The track&apos;s GitHub issue (owner/name#number)</source>
        <translation>赛道的 GitHub Issue（owner/name#编号）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no setting: HackDesk keeps there the layout of the track&apos;s imported issue (written by import-issue, read by export-issue).</source>
        <translation>“%1”不是设置项：HackDesk 在此保存赛道所导入 Issue 的表格布局（由 import-issue 写入，export-issue 读取）。</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;; known: %2, track.&lt;id&gt;.issue.</source>
        <translation>未知设置“%1”；可用：%2、track.&lt;id&gt;.issue。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not owner/name#number</source>
        <translation>“%1”不是 owner/name#编号 形式</translation>
    </message>
    <message>
        <source>%1 has %2 decimal places and %3 has %4: the event&apos;s track budgets and cash amounts would change value</source>
        <translation>%1 有 %2 位小数而 %3 有 %4 位：活动的赛道预算和现金金额会因此改变</translation>
    </message>
    <message>
        <source>How many automatic backups are kept (0: none)</source>
        <translation>保留的自动备份数量（0：不保留）</translation>
    </message>
    <message>
        <source>not a whole number from 0 to %1</source>
        <translation>不是 0 到 %1 之间的整数</translation>
    </message>
</context>
<context>
    <name>EventSetupEditor</name>
    <message>
        <source>Change %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>Change the settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Add track %1</source>
        <translation>添加赛道 %1</translation>
    </message>
    <message>
        <source>Edit track %1</source>
        <translation>编辑赛道 %1</translation>
    </message>
    <message>
        <source>That track no longer exists.</source>
        <translation>该赛道已不存在。</translation>
    </message>
    <message>
        <source>Move track %1</source>
        <translation>移动赛道 %1</translation>
    </message>
    <message>
        <source>Remove track %1</source>
        <translation>删除赛道 %1</translation>
    </message>
</context>
<context>
    <name>EventTables</name>
    <message>
        <source>Track</source>
        <translation>赛道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>Reward rule</source>
        <translation>奖励规则</translation>
    </message>
    <message>
        <source>The finisher earns the task&apos;s stars or cash amount.</source>
        <translation>完成者获得该任务的星数或现金奖励。</translation>
    </message>
    <message>
        <source>After a passed defence: %1</source>
        <translation>通过答辩后：%1</translation>
    </message>
    <message>
        <source>First %1 merged articles: %2 ★ each; prizes by rank</source>
        <translation>前 %1 篇合入的稿件各得 %2 ★；另按排名颁奖</translation>
    </message>
    <message>
        <source>Paid from %1% completion, in proportion</source>
        <translation>完成度达到 %1% 起按比例发放</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>任务方向</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>认领数</translation>
    </message>
    <message>
        <source>Finisher</source>
        <translation>完成者</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>, RFC required</source>
        <translation>，需要 RFC</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>GitHub 用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成数</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>队长</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>认领者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>PRs</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>PR without a claim</source>
        <translation>未报名即提交 PR</translation>
    </message>
    <message>
        <source>code before RFC</source>
        <translation>RFC 合入前已提交代码</translation>
    </message>
    <message>
        <source>Claimants</source>
        <translation>认领者</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星数</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>应得金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>实发金额</translation>
    </message>
    <message>
        <source>Capped</source>
        <translation>封顶</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>明细</translation>
    </message>
    <message>
        <source>Star of the event (开源之星): one of the three people with the most stars</source>
        <translation>开源之星：星数最多的三人之一</translation>
    </message>
    <message>
        <source>capped</source>
        <translation>已封顶</translation>
    </message>
    <message>
        <source>not capped</source>
        <translation>未封顶</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>All tracks, against the pool</source>
        <translation>全部赛道（对照奖金池）</translation>
    </message>
    <message>
        <source>Over the pool</source>
        <translation>超出奖金池</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reply to post</source>
        <translation>待发布的回复</translation>
    </message>
    <message>
        <source>Claimed at</source>
        <translation>认领时间</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Campers</source>
        <translation>营员</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>报名人数</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>工时</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>报名者</translation>
    </message>
    <message>
        <source>First choice</source>
        <translation>第一志愿</translation>
    </message>
    <message>
        <source>Other wishes</source>
        <translation>其他意向</translation>
    </message>
    <message>
        <source>Reassignment</source>
        <translation>调剂</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>Week %1: no report</source>
        <translation>第 %1 周：未提交周报</translation>
    </message>
    <message>
        <source>Week %1: %2 h</source>
        <translation>第 %1 周：%2 小时</translation>
    </message>
    <message>
        <source>Week %1: to come</source>
        <translation>第 %1 周：尚未开始</translation>
    </message>
    <message>
        <source>accepts</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>不接受调剂 (refuses)</source>
        <translation>不接受调剂</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) flagged</source>
        <translation>
            <numerusform>已标记 %n 周</numerusform>
        </translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成度</translation>
    </message>
    <message>
        <source>Sub-tasks</source>
        <translation>子任务</translation>
    </message>
    <message>
        <source>Defence</source>
        <translation>答辩</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>partly passed</source>
        <translation>部分通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动</translation>
    </message>
</context>
<context>
    <name>FieldEdits</name>
    <message>
        <source>Someone else saved %1 while the form was open, with other values in fields you edited. Nothing was saved.</source>
        <translation>表单打开期间，其他人保存了%1，其中您编辑的字段有不同的值。未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>无法写入 %1：它是一个文件夹。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>FundableRules</name>
    <message>
        <source>Sub-task numbers start at 1.</source>
        <translation>子任务编号从 1 开始。</translation>
    </message>
    <message>
        <source>Sub-task No.%1 is listed twice.</source>
        <translation>子任务 No.%1 重复列出。</translation>
    </message>
    <message>
        <source>Sub-task No.%1 needs a title.</source>
        <translation>子任务 No.%1 需要标题。</translation>
    </message>
    <message>
        <source>Sub-task No.%1: the weight cannot be negative.</source>
        <translation>子任务 No.%1：权重不能为负数。</translation>
    </message>
</context>
<context>
    <name>GitHubClient</name>
    <message>
        <source>The sync was cancelled; nothing was changed.</source>
        <translation>同步已取消；未做任何更改。</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit (%1) is used up until %2; sync again after that.</source>
        <translation>GitHub 的速率限制（%1）额度已用完，%2 才会重置；请在此之后再同步。</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit (%1) is used up; waiting for its reset</source>
        <translation>GitHub 的速率限制（%1）额度已用完；正在等待重置</translation>
    </message>
    <message>
        <source>Refusing to follow %1: it is not on the API host %2.</source>
        <translation>拒绝访问 %1：它不在 API 主机 %2 上。</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>GitHub failed at %1: %2 (tried %3 times).</source>
        <translation>访问 %1 时 GitHub 出错：%2（已尝试 %3 次）。</translation>
    </message>
    <message>
        <source>%1 (%2); trying again</source>
        <translation>%1（%2）；正在重试</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit stopped the sync at %1; sync again after %2.</source>
        <translation>GitHub 的速率限制使同步在 %1 处停止；请在 %2 之后再同步。</translation>
    </message>
    <message>
        <source>GitHub asks to slow down; waiting</source>
        <translation>GitHub 要求降低请求频率；正在等待</translation>
    </message>
    <message>
        <source>GitHub refused the token at %1 (401 %2). Check the token or remove it.</source>
        <translation>访问 %1 时 GitHub 拒绝了令牌（401 %2）。请检查令牌，或将其删除。</translation>
    </message>
    <message>
        <source>GitHub answered %1 to %2.</source>
        <translation>GitHub 对 %2 返回了 %1。</translation>
    </message>
    <message>
        <source>GitHub answered %1 to %2: %3</source>
        <translation>GitHub 对 %2 返回了 %1：%3</translation>
    </message>
    <message>
        <source>%1 answered with %2 instead of JSON.</source>
        <translation>%1 返回的是 %2，而不是 JSON。</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>无内容类型</translation>
    </message>
    <message>
        <source>%1 sent malformed or truncated JSON (%2 at byte %3 of %4).</source>
        <translation>%1 返回的 JSON 格式错误或不完整（%2，位于第 %3 字节，共 %4 字节）。</translation>
    </message>
    <message>
        <source>%1 links its next page to another host (%2).</source>
        <translation>%1 的下一页链接指向了其他主机（%2）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a proxy address (http://host:port).</source>
        <translation>%1“%2”不是代理地址（http://host:port）。</translation>
    </message>
</context>
<context>
    <name>GitHubSync</name>
    <message>
        <source>%1 sent JSON of an unexpected shape: %2</source>
        <translation>%1 返回的 JSON 结构不符合预期：%2</translation>
    </message>
    <message>
        <source>Reading the issue %1 (%2)</source>
        <translation>正在读取 issue %1（%2）</translation>
    </message>
    <message>
        <source>not an issue</source>
        <translation>不是 issue</translation>
    </message>
    <message>
        <source>the body is not text</source>
        <translation>正文不是文本</translation>
    </message>
    <message>
        <source>%1 links back to a page already read.</source>
        <translation>%1 链接回了已读取过的页面。</translation>
    </message>
    <message>
        <source>Reading the comments on %1, page %2</source>
        <translation>正在读取 %1 的评论，第 %2 页</translation>
    </message>
    <message>
        <source>not a list of comments</source>
        <translation>不是评论列表</translation>
    </message>
    <message>
        <source>a comment without an id</source>
        <translation>有评论缺少 id</translation>
    </message>
    <message>
        <source>The search for %1 would be longer than %2 characters; shorten github.prefix.</source>
        <translation>对 %1 的搜索将超过 %2 个字符；请缩短 github.prefix。</translation>
    </message>
    <message>
        <source>Searching PRs in %1, page %2</source>
        <translation>正在搜索 %1 中的 PR，第 %2 页</translation>
    </message>
    <message>
        <source>not search results</source>
        <translation>不是搜索结果</translation>
    </message>
    <message>
        <source>More than %1 PRs were created at %2 in %3: only the first %1 are read.</source>
        <translation>%3 中在 %2 创建的 PR 超过 %1 个：只读取了前 %1 个。</translation>
    </message>
    <message>
        <source>GitHub&apos;s search timed out and may have left PRs out (%1).</source>
        <translation>GitHub 搜索超时，可能遗漏了部分 PR（%1）。</translation>
    </message>
    <message>
        <source>a PR without repository or number</source>
        <translation>有 PR 缺少仓库或编号</translation>
    </message>
    <message>
        <source>Reading %1#%2</source>
        <translation>正在读取 %1#%2</translation>
    </message>
    <message>
        <source>not a pull request</source>
        <translation>不是 pull request</translation>
    </message>
    <message>
        <source>github.api-url &quot;%1&quot; is not an http(s) URL such as https://api.github.com or https://HOST/api/v3.</source>
        <translation>github.api-url 的值“%1”不是 http(s) URL，应形如 https://api.github.com 或 https://HOST/api/v3。</translation>
    </message>
    <message>
        <source>github.since &quot;%1&quot; is not a time such as 2024-03-21T00:00:00Z.</source>
        <translation>github.since 的值“%1”不是有效的时间，应形如 2024-03-21T00:00:00Z。</translation>
    </message>
    <message>
        <source>github.repos names &quot;%1&quot;, which is not owner/name.</source>
        <translation>github.repos 中的“%1”不是 owner/name 格式。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not owner/name#number.</source>
        <translation>%1 的值“%2”不是 owner/name#number 格式。</translation>
    </message>
    <message>
        <source>No track has its GitHub issue set (config set track.&lt;id&gt;.issue owner/name#number): no claims are read.</source>
        <translation>没有赛道设置 GitHub issue（config set track.&lt;id&gt;.issue owner/name#number）：不会读取任何认领。</translation>
    </message>
    <message>
        <source>github.prefix is empty: PRs are not searched.</source>
        <translation>github.prefix 为空：不搜索 PR。</translation>
    </message>
    <message>
        <source>github.repos is empty: PRs are not searched.</source>
        <translation>github.repos 为空：不搜索 PR。</translation>
    </message>
    <message>
        <source>Refusing to send the GitHub token over plain HTTP to %1; use https.</source>
        <translation>拒绝通过明文 HTTP 向 %1 发送 GitHub token；请使用 https。</translation>
    </message>
    <message>
        <source>No GitHub token: syncing anonymously, GitHub allows 60 requests an hour. Set one in Settings or in the GITHUB_TOKEN environment variable.</source>
        <translation>未设置 GitHub token：将匿名同步，GitHub 每小时只允许 60 次请求。请在“设置”中或通过 GITHUB_TOKEN 环境变量设置 token。</translation>
    </message>
    <message>
        <source>Saving what changed</source>
        <translation>正在保存更改</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Task No.%1 does not exist.</source>
        <translation>任务 No.%1 不存在。</translation>
    </message>
    <message>
        <source>Task No.%1 was removed.</source>
        <translation>任务 No.%1 已删除。</translation>
    </message>
    <message>
        <source>Task No.%1 is locked.</source>
        <translation>任务 No.%1 已锁定。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a GitHub login; its claim is skipped.</source>
        <translation>%1：“%2”不是有效的 GitHub 用户名；已跳过其认领。</translation>
    </message>
    <message>
        <source>%1 No.%2: claimed by @%3</source>
        <translation>%1 No.%2：@%3 认领</translation>
    </message>
    <message>
        <source>PR %1#%2 by @%3 (%4): %5</source>
        <translation>@%3 的 PR %1#%2（%4）：%5</translation>
    </message>
    <message>
        <source>PR %1#%2: %3 → %4</source>
        <translation>PR %1#%2：%3 → %4</translation>
    </message>
    <message>
        <source>%1#%2 names No.%3 of %4, which does not exist.</source>
        <translation>%1#%2 指向的 %4 No.%3 不存在。</translation>
    </message>
    <message>
        <source>%1 No.%2: @%3 has a PR without a claim (%4)</source>
        <translation>%1 No.%2：@%3 未报名即提交了 PR（%4）</translation>
    </message>
    <message>
        <source>%1 No.%2: @%3 %4 → %5</source>
        <translation>%1 No.%2：@%3 %4 → %5</translation>
    </message>
    <message>
        <source>%1 No.%2: completed by @%3 (%4#%5)</source>
        <translation>%1 No.%2：由 @%3 完成（%4#%5）</translation>
    </message>
    <message>
        <source>Camp project No.%1 of 【其他意向】 does not exist.</source>
        <translation>【其他意向】中的集训营项目 No.%1 不存在。</translation>
    </message>
    <message>
        <source>Camp project No.%1 of 【其他意向】 was removed.</source>
        <translation>【其他意向】中的集训营项目 No.%1 已删除。</translation>
    </message>
    <message>
        <source>%1 No.%2: @%3 applied</source>
        <translation>%1 No.%2：@%3 已报名</translation>
    </message>
    <message>
        <source>%1: @%2&apos;s application updated (first choice No.%3)</source>
        <translation>%1：@%2 的报名已更新（第一志愿 No.%3）</translation>
    </message>
    <message>
        <source>%1 No.%2, sub-task %3</source>
        <translation>%1 No.%2，子任务 %3</translation>
    </message>
    <message>
        <source>%1#%2 names sub-task No.%3 of %4 No.%5, which has no such sub-task.</source>
        <translation>%1#%2 指向 %4 No.%5 的子任务 No.%3，但该项目没有此子任务。</translation>
    </message>
    <message>
        <source>%1: %2#%3 listed</source>
        <translation>%1：已关联 %2#%3</translation>
    </message>
    <message>
        <source>%1: done (%2#%3 merged)</source>
        <translation>%1：已完成（%2#%3 已合入）</translation>
    </message>
    <message>
        <source>Camp applications: %1 added, %2 updated.</source>
        <translation>集训营报名：新增 %1 条，更新 %2 条。</translation>
    </message>
    <message>
        <source>Fundable sub-tasks: %1 linked to PRs, %2 done.</source>
        <translation>资助项目子任务：%1 个关联了 PR，%2 个已完成。</translation>
    </message>
    <message>
        <source>【提交】 is not a claim: a claim starts with %1, a submission is a PR whose title names the task.</source>
        <translation>【提交】不是认领：认领以 %1 开头，提交是标题中写明任务的 PR。</translation>
    </message>
</context>
<context>
    <name>IssueImport</name>
    <message>
        <source>No.%1: finished by @%2</source>
        <translation>No.%1：由 @%2 完成</translation>
    </message>
    <message>
        <source>No.%1: new task &quot;%2&quot;</source>
        <translation>No.%1：新任务“%2”</translation>
    </message>
    <message>
        <source>No.%1: updated</source>
        <translation>No.%1：已更新</translation>
    </message>
    <message>
        <source>@%1: new participant</source>
        <translation>@%1：新参赛者</translation>
    </message>
    <message>
        <source>No.%1: @%2 %3 → %4</source>
        <translation>No.%1：@%2 %3 → %4</translation>
    </message>
    <message>
        <source>No.%1: claimed by @%2 (%3)</source>
        <translation>No.%1：@%2 认领（%3）</translation>
    </message>
    <message>
        <source>No.%1: PR %2#%3 by @%4</source>
        <translation>No.%1：@%4 的 PR %2#%3</translation>
    </message>
    <message>
        <source>The text above the tables changed.</source>
        <translation>表格上方的文字有改动。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>No.%1: locked for its claimant</source>
        <translation>No.%1：已为其认领人锁定</translation>
    </message>
    <message>
        <source>Team “%1”: new team</source>
        <translation>队伍“%1”：新队伍</translation>
    </message>
    <message>
        <source>No.%1: team “%2” %3 → %4</source>
        <translation>No.%1：队伍“%2” %3 → %4</translation>
    </message>
    <message>
        <source>No.%1: claimed by team “%2” (%3)</source>
        <translation>No.%1：由队伍“%2”认领（%3）</translation>
    </message>
    <message>
        <source>it has no rows</source>
        <translation>表格没有任何行</translation>
    </message>
    <message>
        <source>none of its %1 rows could be read</source>
        <translation>其 %1 行均无法识别</translation>
    </message>
    <message>
        <source>line %1: %2 — %3</source>
        <translation>第 %1 行：%2 — %3</translation>
    </message>
    <message>
        <source>No task was read: the text has no table. A task table has a header row with a number column (序号, 编号, No., #) and a claimants column (认领人, 队伍名称/状态/PR, 报名情况, Claimed by).</source>
        <translation>未读到任何任务：文本中没有表格。任务表格的表头需包含序号列（序号、编号、No.、#）和认领人列（认领人、队伍名称/状态/PR、报名情况、Claimed by）。</translation>
    </message>
    <message>
        <source>No task was read. Tables seen:
%1</source>
        <translation>未读到任何任务。看到的表格：
%1</translation>
    </message>
</context>
<context>
    <name>IssueMarkdown</name>
    <message>
        <source>The table lacks a “%1” column; its rows were not read.</source>
        <translation>表格缺少“%1”列，未读取其中的行。</translation>
    </message>
    <message>
        <source>Task %1: “%2” is not an amount of money.</source>
        <translation>任务 %1：“%2”不是有效的金额。</translation>
    </message>
    <message>
        <source>Task %1: the difficulty is missing.</source>
        <translation>任务 %1：缺少难度。</translation>
    </message>
    <message>
        <source>Task %1: unknown difficulty “%2”.</source>
        <translation>任务 %1：无法识别的难度“%2”。</translation>
    </message>
    <message>
        <source>Task %1: the title is missing.</source>
        <translation>任务 %1：缺少标题。</translation>
    </message>
    <message>
        <source>Task %1: “%2” does not start with a GitHub login.</source>
        <translation>任务 %1：“%2”不是以 GitHub 用户名开头。</translation>
    </message>
    <message>
        <source>Task %1: @%2 has more than one status badge.</source>
        <translation>任务 %1：@%2 有多个状态徽章。</translation>
    </message>
    <message>
        <source>Task %1: unknown status badge “%2” for @%3.</source>
        <translation>任务 %1：@%3 的状态徽章“%2”无法识别。</translation>
    </message>
    <message>
        <source>The row has %1 cells; the table header has %2.</source>
        <translation>该行有 %1 个单元格，而表头有 %2 个。</translation>
    </message>
    <message>
        <source>“%1” is not a task number (1 to %2).</source>
        <translation>“%1”不是有效的任务编号（1 到 %2）。</translation>
    </message>
    <message>
        <source>Task %1: the finisher “%2” is not a GitHub login.</source>
        <translation>任务 %1：完成者“%2”不是有效的 GitHub 用户名。</translation>
    </message>
    <message>
        <source>Task %1: “%2” is not a number of seats.</source>
        <translation>任务 %1：“%2”不是有效的名额数。</translation>
    </message>
    <message>
        <source>Task %1 is already listed on line %2.</source>
        <translation>任务 %1 已在第 %2 行列出。</translation>
    </message>
    <message>
        <source>The RFC list names “%1”, which is not a task number.</source>
        <translation>RFC 列表中的“%1”不是任务编号。</translation>
    </message>
    <message>
        <source>The RFC list names task %1, which is not in the list.</source>
        <translation>RFC 列表中的任务 %1 不在任务列表中。</translation>
    </message>
    <message>
        <source>This row is not under a task table header.</source>
        <translation>该行不在任务表格的表头之下。</translation>
    </message>
    <message>
        <source>it has neither a number column (序号, 编号, No., #) nor a claimants column (认领人, 队伍名称/状态/PR, 报名情况, Claimed by)</source>
        <translation>既没有序号列（序号、编号、No.、#），也没有认领人列（认领人、队伍名称/状态/PR、报名情况、Claimed by）</translation>
    </message>
    <message>
        <source>it has no number column (序号, 编号, No., # or an empty header before the title)</source>
        <translation>没有序号列（序号、编号、No.、#，或标题列之前的空表头）</translation>
    </message>
    <message>
        <source>it has no claimants column (认领人, 队伍名称/状态/PR, 报名情况, Claimed by)</source>
        <translation>没有认领人列（认领人、队伍名称/状态/PR、报名情况、Claimed by）</translation>
    </message>
    <message>
        <source>Task %1: unknown status “%2” for @%3.</source>
        <translation>任务 %1：@%3 的状态“%2”无法识别。</translation>
    </message>
    <message>
        <source>Task %1: unknown status “%2” for the team “%3”.</source>
        <translation>任务 %1：队伍“%3”的状态“%2”无法识别。</translation>
    </message>
    <message>
        <source>Task %1: “%2” is locked for someone who is not a GitHub login.</source>
        <translation>任务 %1：“%2”锁定给的不是有效的 GitHub 用户名。</translation>
    </message>
    <message>
        <source>line %1: %2 — %3</source>
        <translation>第 %1 行：%2 — %3</translation>
    </message>
    <message>
        <source>number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>claimants</source>
        <translation>认领人</translation>
    </message>
    <message>
        <source>finisher</source>
        <translation>完成人</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>导师</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>JudgeAccess</name>
    <message>
        <source>setting up judges&apos; access</source>
        <translation>设置评委的访问权限</translation>
    </message>
    <message>
        <source>%1 is an SQLite file: judges&apos; own logins need a shared event on a PostgreSQL server (copy-to postgresql://…). Judges of a file score with judge packets (judge-packet export --judge LOGIN).</source>
        <translation>%1 是 SQLite 文件：评委本人的登录需要 PostgreSQL 服务器上的共享活动（copy-to postgresql://…）。使用文件的活动，评委通过评审包评分（judge-packet export --judge LOGIN）。</translation>
    </message>
    <message>
        <source>There is no judge &quot;%1&quot; in %2: add them first (judges add %1).</source>
        <translation>%2 中没有评委 &quot;%1&quot;：请先添加（judges add %1）。</translation>
    </message>
    <message>
        <source>The role name &quot;%1&quot; is too long for PostgreSQL (63 bytes at most): give a shorter one with --role.</source>
        <translation>角色名 &quot;%1&quot; 对 PostgreSQL 来说太长（最多 63 字节）：请用 --role 给出一个更短的名字。</translation>
    </message>
    <message>
        <source>A judge&apos;s connection cannot grant access: connect as staff.</source>
        <translation>评委的连接不能授予访问权限：请以工作人员身份连接。</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; is an administrator&apos;s or staff&apos;s role on the server: a judge needs a role of their own (choose another name with --role).</source>
        <translation>角色 &quot;%1&quot; 是服务器上管理员或工作人员的角色：评委需要一个自己的角色（用 --role 选择另一个名字）。</translation>
    </message>
    <message>
        <source>%1 may not create roles on this server. Ask its administrator to create the judge&apos;s login (createuser --pwprompt %2), then run grant-judge again.</source>
        <translation>%1 不能在此服务器上创建角色。请服务器管理员创建评委的登录（createuser --pwprompt %2），然后再次运行 grant-judge。</translation>
    </message>
    <message>
        <source>creating the role %1</source>
        <translation>创建角色 %1</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; belongs to the judge @%2 already.</source>
        <translation>角色 &quot;%1&quot; 已属于评委 @%2。</translation>
    </message>
</context>
<context>
    <name>Judging</name>
    <message numerus="yes">
        <source>%1 can have only %2 of the %3 judges it needs: the track has %n judge(s)</source>
        <translation>
            <numerusform>%1 最多只能有 %3 名所需评委中的 %2 名：该赛道共有 %n 名评委</numerusform>
        </translation>
    </message>
    <message>
        <source>, and these conflict: %1</source>
        <translation>，且以下存在利益冲突：%1</translation>
    </message>
    <message>
        <source>The packet</source>
        <translation>评审包</translation>
    </message>
    <message>
        <source>%1 is not a valid judge packet: %2.</source>
        <translation>%1 不是有效的评审包：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object</source>
        <translation>“%1”不是对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>“%1”不是列表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not text</source>
        <translation>“%1”不是文本</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>“%1”不是 true 或 false</translation>
    </message>
    <message>
        <source>an element of &quot;%1&quot; is not an object</source>
        <translation>“%1”中有元素不是对象</translation>
    </message>
    <message>
        <source>it is larger than any packet HackDesk writes</source>
        <translation>它比 HackDesk 写出的任何评审包都大</translation>
    </message>
    <message>
        <source>%1 is not a judge packet: it is not JSON (%2 at byte %3).</source>
        <translation>%1 不是评审包：它不是 JSON（第 %3 字节处 %2）。</translation>
    </message>
    <message>
        <source>%1 is not a judge packet: it is JSON, but not one HackDesk wrote.</source>
        <translation>%1 不是评审包：它是 JSON，但不是 HackDesk 写出的。</translation>
    </message>
    <message>
        <source>%1 was written by another version of HackDesk (packet format %2; this one reads %3).</source>
        <translation>%1 由另一版本的 HackDesk 写出（评审包格式 %2；本版本读取 %3）。</translation>
    </message>
    <message>
        <source>%1 has been changed since HackDesk wrote it (its bytes are not the ones HackDesk wrote); it is refused.</source>
        <translation>%1 在 HackDesk 写出后已被改动（其字节与 HackDesk 写出的不同），已拒绝。</translation>
    </message>
    <message>
        <source>its key is too short</source>
        <translation>其密钥过短</translation>
    </message>
    <message>
        <source>its revision is not positive</source>
        <translation>其版本号不是正数</translation>
    </message>
    <message>
        <source>criterion %1 is derived from an unknown figure</source>
        <translation>评分项 %1 取自未知的指标</translation>
    </message>
    <message>
        <source>submission %1 belongs to a track the packet does not hold</source>
        <translation>作品 %1 所属的赛道不在该评审包中</translation>
    </message>
    <message>
        <source>a sheet is neither a draft nor submitted</source>
        <translation>有评分表既不是草稿也不是已提交</translation>
    </message>
    <message>
        <source>a sheet scores criterion %1 twice</source>
        <translation>有评分表对评分项 %1 评了两次</translation>
    </message>
    <message>
        <source>it holds members HackDesk does not write</source>
        <translation>它包含 HackDesk 不会写出的成员</translation>
    </message>
    <message>
        <source>%1 has been changed: its authentication code does not match its content. It was edited outside HackDesk or damaged; it is refused.</source>
        <translation>%1 已被改动：其认证码与内容不符。它在 HackDesk 之外被编辑或已损坏，已拒绝。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a valid judge packet: it is larger than any packet HackDesk writes.</source>
        <translation>%1 不是有效的评审包：它比 HackDesk 写出的任何评审包都大。</translation>
    </message>
    <message>
        <source>Cannot save the packet %1: %2</source>
        <translation>无法保存评审包 %1：%2</translation>
    </message>
    <message>
        <source>Submission %1 is not assigned to @%2.</source>
        <translation>作品 %1 未分配给 @%2。</translation>
    </message>
    <message>
        <source>The results of &quot;%1&quot; are final: its scores cannot change.</source>
        <translation>“%1”的结果已定稿：其评分不能再更改。</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>There is no judge @%1.</source>
        <translation>没有评委 @%1。</translation>
    </message>
    <message>
        <source>@%1 already has a packet, exported %2, that was never imported back: import it first, or export again with --replace (the earlier packet will then be refused).</source>
        <translation>@%1 已有一个评审包（%2 导出）尚未导回：请先导入它，或使用 --replace 重新导出（之前的评审包随后将被拒绝）。</translation>
    </message>
    <message>
        <source>@%1 has no assignments: there is nothing to put in a packet.</source>
        <translation>@%1 没有任何分配：评审包中没有可放入的内容。</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>版本 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>%n 个作品</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 belongs to another event (&quot;%2&quot;), not to &quot;%3&quot;; it is refused.</source>
        <translation>%1 属于另一个活动（“%2”），而不是“%3”，已拒绝。</translation>
    </message>
    <message>
        <source>%1 is for @%2, who is not a judge of this event; it is refused.</source>
        <translation>%1 是给 @%2 的，但其不是本活动的评委，已拒绝。</translation>
    </message>
    <message>
        <source>%1: no packet was ever exported for @%2 from this database; it is refused.</source>
        <translation>%1：此数据库从未为 @%2 导出过评审包，已拒绝。</translation>
    </message>
    <message>
        <source>%1 is not @%2&apos;s current packet: it was replaced by the export of %3; it is refused.</source>
        <translation>%1 不是 @%2 的当前评审包：它已被 %3 的导出所取代，已拒绝。</translation>
    </message>
    <message>
        <source>%1 has been changed: its authentication code does not match. It was edited outside HackDesk, damaged or made by someone else; it is refused.</source>
        <translation>%1 已被改动：其认证码不符。它在 HackDesk 之外被编辑、已损坏或由他人制作，已拒绝。</translation>
    </message>
    <message>
        <source>%1 is revision %2, which was imported %3 with other scores; it is refused.</source>
        <translation>%1 是版本 %2，该版本已于 %3 以不同的评分导入，已拒绝。</translation>
    </message>
    <message>
        <source>%1 is revision %2, older than revision %3 imported %4; it is refused so that it does not overwrite newer scores.</source>
        <translation>%1 是版本 %2，早于 %4 导入的版本 %3；为免覆盖更新的评分，已拒绝。</translation>
    </message>
    <message>
        <source>%1 is revision %2, older than the export (revision %3); it is refused.</source>
        <translation>%1 是版本 %2，早于导出时的版本（版本 %3），已拒绝。</translation>
    </message>
    <message>
        <source>it holds scores for %1, which is not assigned to @%2.</source>
        <translation>它包含 %1 的评分，但该作品未分配给 @%2。</translation>
    </message>
    <message>
        <source>the track of %1 has no rubric any more.</source>
        <translation>%1 所在赛道已不再有评分细则。</translation>
    </message>
    <message>
        <source>%1 is refused; nothing was imported: %2</source>
        <translation>%1 已拒绝，未导入任何内容：%2</translation>
    </message>
    <message>
        <source>@%1 (judge packet)</source>
        <translation>@%1（评审包）</translation>
    </message>
    <message>
        <source>judge packet revision %1</source>
        <translation>评审包版本 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) changed</source>
        <translation>
            <numerusform>%n 份评分表已更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Views</source>
        <translation>阅读量</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>收藏数</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论数</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid judge login (letters, digits and single hyphens, at most 39).</source>
        <translation>“%1”不是有效的评委登录名（字母、数字和单个连字符，最多 39 个字符）。</translation>
    </message>
    <message>
        <source>There is already a judge @%1.</source>
        <translation>已有评委 @%1。</translation>
    </message>
    <message>
        <source>@%1: there is no track %2.</source>
        <translation>@%1：没有赛道 %2。</translation>
    </message>
    <message>
        <source>@%1: a conflict needs a login, a team or an organisation.</source>
        <translation>@%1：利益冲突需要指定登录名、队伍或所属单位。</translation>
    </message>
    <message>
        <source>The judge @%1 no longer exists.</source>
        <translation>评委 @%1 已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>@%1 has %n assignment(s) in &quot;%2&quot;: remove them before taking the judge off the track.</source>
        <translation>
            <numerusform>@%1 在“%2”中有 %n 项分配：请先移除，再将该评委移出赛道。</numerusform>
        </translation>
    </message>
    <message>
        <source>That judge no longer exists.</source>
        <translation>该评委已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>@%1 has %n assignment(s): remove them before deleting the judge.</source>
        <translation>
            <numerusform>@%1 有 %n 项分配：请先移除，再删除该评委。</numerusform>
        </translation>
    </message>
    <message>
        <source>The track &quot;%1&quot; has no rubric yet.</source>
        <translation>赛道“%1”还没有评分细则。</translation>
    </message>
    <message>
        <source>There is no track %1.</source>
        <translation>没有赛道 %1。</translation>
    </message>
    <message>
        <source>The rubric of &quot;%1&quot; cannot be saved: %2</source>
        <translation>无法保存“%1”的评分细则：%2</translation>
    </message>
    <message>
        <source>The criterion %1 (#%2) is not one of the rubric of &quot;%3&quot;.</source>
        <translation>评分项 %1（#%2）不属于“%3”的评分细则。</translation>
    </message>
    <message>
        <source>%1 has scores from judges: it cannot become a derived criterion.</source>
        <translation>%1 已有评委评分：不能改为派生评分项。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n score(s): it cannot be removed from the rubric.</source>
        <translation>
            <numerusform>%1 已有 %n 个评分：不能从评分细则中移除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) already given lie outside the scale %1-%2.</source>
        <translation>
            <numerusform>已给出的 %n 个评分超出分值范围 %1-%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score sheet(s) of this track are already submitted: a new criterion would leave them incomplete. Add criteria before judging starts.</source>
        <translation>
            <numerusform>该赛道已有 %n 份评分表已提交：新增评分项会使其不完整。请在评审开始前添加评分项。</numerusform>
        </translation>
    </message>
    <message>
        <source>A submission needs a title.</source>
        <translation>作品需要标题。</translation>
    </message>
    <message>
        <source>Submission &quot;%1&quot;: there is no track %2.</source>
        <translation>作品“%1”：没有赛道 %2。</translation>
    </message>
    <message>
        <source>Submission &quot;%1&quot;: give either a participant or a team.</source>
        <translation>作品“%1”：请指定参赛者或队伍之一。</translation>
    </message>
    <message>
        <source>Submission &quot;%1&quot;: participant %2 does not exist.</source>
        <translation>作品“%1”：参赛者 %2 不存在。</translation>
    </message>
    <message>
        <source>Submission &quot;%1&quot;: team %2 does not exist.</source>
        <translation>作品“%1”：队伍 %2 不存在。</translation>
    </message>
    <message>
        <source>Submission &quot;%1&quot;: task %2 does not exist.</source>
        <translation>作品“%1”：任务 %2 不存在。</translation>
    </message>
    <message>
        <source>Submission &quot;%1&quot;: its task belongs to another track.</source>
        <translation>作品“%1”：其任务属于另一个赛道。</translation>
    </message>
    <message>
        <source>Submission &quot;%1&quot;: %2 cannot be negative.</source>
        <translation>作品“%1”：%2 不能为负数。</translation>
    </message>
    <message>
        <source>Submission &quot;%1&quot;: a link is a pr, slides, report, article or other, not &quot;%2&quot;.</source>
        <translation>作品“%1”：链接类型应为 pr、slides、report、article 或 other，而不是“%2”。</translation>
    </message>
    <message>
        <source>Submission &quot;%1&quot;: a link has no address.</source>
        <translation>作品“%1”：有链接缺少地址。</translation>
    </message>
    <message>
        <source>The submission &quot;%1&quot; no longer exists.</source>
        <translation>作品“%1”已不存在。</translation>
    </message>
    <message>
        <source>The submission &quot;%1&quot; has judges: it cannot move to another track.</source>
        <translation>作品“%1”已有评委：不能移到其他赛道。</translation>
    </message>
    <message>
        <source>That submission no longer exists.</source>
        <translation>该作品已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n judge(s) assigned: remove them before deleting the submission.</source>
        <translation>
            <numerusform>%1 已分配 %n 名评委：请先移除，再删除该作品。</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted participant #%1)</source>
        <translation>（已删除的参赛者 #%1）</translation>
    </message>
    <message>
        <source>(deleted team #%1)</source>
        <translation>（已删除的队伍 #%1）</translation>
    </message>
    <message>
        <source>There is no judge #%1.</source>
        <translation>没有评委 #%1。</translation>
    </message>
    <message>
        <source>There is no submission #%1.</source>
        <translation>没有作品 #%1。</translation>
    </message>
    <message>
        <source>@%1 does not judge the track &quot;%2&quot;.</source>
        <translation>@%1 不评审赛道“%2”。</translation>
    </message>
    <message>
        <source>@%1 cannot judge %2: %3.</source>
        <translation>@%1 不能评审 %2：%3。</translation>
    </message>
    <message>
        <source>That judge is not assigned to that submission.</source>
        <translation>该评委未分配到该作品。</translation>
    </message>
    <message>
        <source>@%1 has already scored #%2: delete the score sheet before removing the judge.</source>
        <translation>@%1 已为 #%2 评分：请先删除评分表，再移除该评委。</translation>
    </message>
    <message>
        <source>@%1 is not assigned to %2: scores for it are refused.</source>
        <translation>@%1 未分配到 %2：其评分被拒绝。</translation>
    </message>
    <message>
        <source>@%1, %2: %3</source>
        <translation>@%1，%2：%3</translation>
    </message>
    <message>
        <source>The results of &quot;%1&quot; are already final.</source>
        <translation>“%1”的结果已定稿。</translation>
    </message>
    <message>
        <source>The results of &quot;%1&quot; are not final: there is nothing to unlock.</source>
        <translation>“%1”的结果尚未定稿：无需解锁。</translation>
    </message>
    <message>
        <source>The scale must run from a lower to a higher whole number between 0 and 100 (it is %1-%2).</source>
        <translation>分值范围必须是 0 到 100 之间由低到高的整数（当前为 %1-%2）。</translation>
    </message>
    <message>
        <source>A rubric needs 3 to 6 criteria scored by the judges; this one has %1.</source>
        <translation>评分细则需要 3 到 6 个由评委评分的评分项；当前有 %1 个。</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>评分项 %1</translation>
    </message>
    <message>
        <source>Criterion %1 needs a name.</source>
        <translation>评分项 %1 需要名称。</translation>
    </message>
    <message>
        <source>Two criteria are called &quot;%1&quot;.</source>
        <translation>有两个评分项都叫“%1”。</translation>
    </message>
    <message>
        <source>%1: the weight must be a whole number from 1 to 1000 (it is %2).</source>
        <translation>%1：权重必须是 1 到 1000 之间的整数（当前为 %2）。</translation>
    </message>
    <message>
        <source>Two criteria are derived from %1.</source>
        <translation>有两个评分项都取自 %1。</translation>
    </message>
    <message>
        <source>%1: the description of %2 is outside the scale %3-%4.</source>
        <translation>%1：%2 的等级说明超出分值范围 %3-%4。</translation>
    </message>
    <message>
        <source>%1: the level %2 is described twice.</source>
        <translation>%1：等级 %2 被说明了两次。</translation>
    </message>
    <message>
        <source>%1: the description of %2 is empty.</source>
        <translation>%1：%2 的等级说明为空。</translation>
    </message>
    <message>
        <source>%1: describe the lowest score %2, so that every level has a description.</source>
        <translation>%1：请说明最低分 %2，使每个等级都有说明。</translation>
    </message>
    <message>
        <source>@%1 is one of its authors</source>
        <translation>@%1 是其作者之一</translation>
    </message>
    <message>
        <source>declared a conflict with @%1</source>
        <translation>已声明与 @%1 存在利益冲突</translation>
    </message>
    <message>
        <source>declared a conflict with the team %1</source>
        <translation>已声明与队伍 %1 存在利益冲突</translation>
    </message>
    <message>
        <source>declared a conflict with %1, the organisation of @%2</source>
        <translation>已声明与 %1（@%2 的所属单位）存在利益冲突</translation>
    </message>
    <message>
        <source>same organisation as @%1 (%2)</source>
        <translation>与 @%1 所属单位相同（%2）</translation>
    </message>
    <message>
        <source>mentors @%1 in the code camp</source>
        <translation>在集训营中担任 @%1 的导师</translation>
    </message>
    <message>
        <source>The rubric has no criterion #%1.</source>
        <translation>评分细则中没有评分项 #%1。</translation>
    </message>
    <message>
        <source>%1 is derived from the reported figures; judges do not score it.</source>
        <translation>%1 取自上报的指标，评委无需评分。</translation>
    </message>
    <message>
        <source>%1: %2 is outside the scale %3-%4.</source>
        <translation>%1：%2 超出分值范围 %3-%4。</translation>
    </message>
    <message>
        <source>Fill in every criterion before submitting; still empty: %1.</source>
        <translation>提交前请填写所有评分项；仍为空：%1。</translation>
    </message>
    <message>
        <source>The comment is too long (%1 characters; at most %2).</source>
        <translation>评语过长（%1 个字符；最多 %2 个）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1：“%2”不是整数。</translation>
    </message>
    <message>
        <source>The results of &quot;%1&quot; are final (finalised %2 by %3): unlock the track, giving a reason, to change its scores, assignments or rubric.</source>
        <translation>“%1”的结果已定稿（%3 于 %2 定稿）：如需更改其评分、分配或评分细则，请填写原因并解锁该赛道。</translation>
    </message>
    <message>
        <source>Give a reason for unlocking: it goes into the judging log.</source>
        <translation>请填写解锁原因：它将记入评审日志。</translation>
    </message>
    <message>
        <source>The reason is too long (%1 characters; at most 500).</source>
        <translation>原因过长（%1 个字符；最多 500 个）。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation>
            <numerusform>未导入任何内容：%n 个问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n problem(s).</source>
        <translation>
            <numerusform>未从 %1 导入任何内容：%n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... 还有 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Each submission needs from 1 to 50 judges, not %1.</source>
        <translation>每个作品需要 1 到 50 名评委，而不是 %1 名。</translation>
    </message>
    <message>
        <source>the file is empty; its first line must be the header %1.</source>
        <translation>文件为空；第一行必须是表头 %1。</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice.</source>
        <translation>列“%1”出现了两次。</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the columns are %2.</source>
        <translation>未知列“%1”；可用列为 %2。</translation>
    </message>
    <message>
        <source>missing column(s) %1; the first line must be the header %2.</source>
        <translation>缺少列 %1；第一行必须是表头 %2。</translation>
    </message>
    <message>
        <source>there is no judge &quot;%1&quot;.</source>
        <translation>没有评委“%1”。</translation>
    </message>
    <message>
        <source>submission &quot;%1&quot; is not a submission id.</source>
        <translation>submission“%1”不是作品 ID。</translation>
    </message>
    <message>
        <source>there is no submission %1.</source>
        <translation>没有作品 %1。</translation>
    </message>
    <message>
        <source>@%1 is not assigned to %2.</source>
        <translation>@%1 未分配到 %2。</translation>
    </message>
    <message>
        <source>the track of %1 has no rubric.</source>
        <translation>%1 所在赛道没有评分细则。</translation>
    </message>
    <message>
        <source>the rubric has no criterion &quot;%1&quot; for the judges to score.</source>
        <translation>评分细则中没有可供评委评分的评分项“%1”。</translation>
    </message>
    <message>
        <source>@%1, submission %2, %3 is already on line %4.</source>
        <translation>@%1，作品 %2，%3 已在第 %4 行出现。</translation>
    </message>
    <message>
        <source>%1 of %2 is %3 in the rubric, not %4: print a new template.</source>
        <translation>%2 的 %1 在评分细则中为 %3，而不是 %4：请打印新模板。</translation>
    </message>
    <message>
        <source>score &quot;%1&quot; is not a whole number.</source>
        <translation>评分“%1”不是整数。</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>CSV 导入</translation>
    </message>
    <message>
        <source>CSV import of %1</source>
        <translation>CSV 导入 %1</translation>
    </message>
    <message>
        <source>The rubric</source>
        <translation>评分细则</translation>
    </message>
    <message>
        <source>%1 is not a rubric: it is not a JSON object (%2 at byte %3).</source>
        <translation>%1 不是评分细则：它不是 JSON 对象（第 %3 字节处 %2）。</translation>
    </message>
    <message>
        <source>%1: &quot;criteria&quot; must be a list.</source>
        <translation>%1：“criteria”必须是列表。</translation>
    </message>
    <message>
        <source>%1: %2: &quot;figure&quot; is one of views, likes, favourites, comments, followers.</source>
        <translation>%1：%2：“figure”应为 views、likes、favourites、comments、followers 之一。</translation>
    </message>
    <message>
        <source>there is no submission %1 in this track.</source>
        <translation>该赛道中没有作品 %1。</translation>
    </message>
    <message>
        <source>title is empty.</source>
        <translation>title 为空。</translation>
    </message>
    <message>
        <source>there is no participant %1.</source>
        <translation>没有参赛者 %1。</translation>
    </message>
    <message>
        <source>by is empty: give &quot;@login&quot; or a team&apos;s name.</source>
        <translation>by 为空：请填写“@login”或队伍名称。</translation>
    </message>
    <message>
        <source>there is no team &quot;%1&quot; (a participant is written &quot;@login&quot;).</source>
        <translation>没有队伍“%1”（参赛者应写作“@login”）。</translation>
    </message>
    <message>
        <source>the track has no task No.%1.</source>
        <translation>该赛道没有任务 No.%1。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number of 0 or more.</source>
        <translation>%1“%2”不是大于等于 0 的整数。</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>The rubric of &quot;%1&quot; has %n score(s): it cannot be removed.</source>
        <translation>
            <numerusform>“%1”的评分细则已有 %n 个评分：不能删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>tracks: %1</source>
        <translation>赛道：%1</translation>
    </message>
    <message>
        <source>conflicts: %1</source>
        <translation>利益冲突：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not kind:url with kind pr, slides, report, article or other, nor an address.</source>
        <translation>“%1”既不是 kind:url 格式（kind 为 pr、slides、report、article 或 other），也不是地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address.</source>
        <translation>“%1”不是 http(s) 地址。</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>链接 %1</translation>
    </message>
    <message>
        <source>no sheet</source>
        <translation>无评分表</translation>
    </message>
    <message>
        <source>%1, scores %2, comment &quot;%3&quot;</source>
        <translation>%1，分数 %2，评语 &quot;%3&quot;</translation>
    </message>
    <message>
        <source>@%1&apos;s sheet for %2 was changed by %3 since it was read: it is now %4; this save wanted %5. Nothing was saved.</source>
        <translation>@%1 对 %2 的评分表在读取后已被 %3 修改：现在是 %4；本次保存想写入 %5。未保存任何内容。</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>There is no judge #%1 in this event.</source>
        <translation>本活动中没有评委 #%1。</translation>
    </message>
</context>
<context>
    <name>JudgingEditor</name>
    <message>
        <source>Score #%1</source>
        <translation>为 #%1 评分</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>There is no score sheet to delete.</source>
        <translation>没有可删除的评分表。</translation>
    </message>
    <message>
        <source>Delete the score sheet of #%1</source>
        <translation>删除 #%1 的评分表</translation>
    </message>
    <message>
        <source>That judge is already assigned to that submission.</source>
        <translation>该评委已分配到该作品。</translation>
    </message>
    <message>
        <source>Assign a judge to #%1</source>
        <translation>为 #%1 分配评委</translation>
    </message>
    <message>
        <source>That judge is not assigned to that submission.</source>
        <translation>该评委未分配到该作品。</translation>
    </message>
    <message>
        <source>Remove a judge from #%1</source>
        <translation>从 #%1 移除评委</translation>
    </message>
    <message>
        <source>Assign judges automatically</source>
        <translation>自动分配评委</translation>
    </message>
    <message>
        <source>Add judge @%1</source>
        <translation>添加评委 @%1</translation>
    </message>
    <message>
        <source>The judge @%1 no longer exists.</source>
        <translation>评委 @%1 已不存在。</translation>
    </message>
    <message>
        <source>Edit judge @%1</source>
        <translation>编辑评委 @%1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 together with %n score sheet(s), every score in them and the assignments? Undo brings everything back.</source>
        <translation>
            <numerusform>删除%1，以及 %n 份评分表、其中的全部评分和分配？撤销可全部恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and %n assignment(s)?</source>
        <translation>
            <numerusform>删除%1，以及 %n 项分配？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>删除%1？</translation>
    </message>
    <message>
        <source>the judge @%1</source>
        <translation>评委 @%1</translation>
    </message>
    <message>
        <source>That judge no longer exists.</source>
        <translation>该评委已不存在。</translation>
    </message>
    <message>
        <source>Delete judge @%1</source>
        <translation>删除评委 @%1</translation>
    </message>
    <message>
        <source>Edit the rubric</source>
        <translation>编辑评分细则</translation>
    </message>
    <message>
        <source>Create the rubric</source>
        <translation>创建评分细则</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Add submission &quot;%1&quot;</source>
        <translation>添加作品“%1”</translation>
    </message>
    <message>
        <source>The submission &quot;%1&quot; no longer exists.</source>
        <translation>作品“%1”已不存在。</translation>
    </message>
    <message>
        <source>Edit submission #%1</source>
        <translation>编辑作品 #%1</translation>
    </message>
    <message>
        <source>the submission %1</source>
        <translation>作品 %1</translation>
    </message>
    <message>
        <source>That submission no longer exists.</source>
        <translation>该作品已不存在。</translation>
    </message>
    <message>
        <source>Delete submission #%1</source>
        <translation>删除作品 #%1</translation>
    </message>
    <message>
        <source>Another program changed the judge @%1 while the form was open: only the fields you edited were saved; its other changes are kept.</source>
        <translation>表单打开期间，另一个程序修改了评委 @%1：只保存了您编辑的字段，它的其他修改均已保留。</translation>
    </message>
    <message>
        <source>Another program changed the submission #%1 while the form was open: only the fields you edited were saved; its other changes are kept.</source>
        <translation>表单打开期间，另一个程序修改了作品 #%1：只保存了您编辑的字段，它的其他修改均已保留。</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>赛道</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No.%1 %2</source>
        <translation>No.%1 %2</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>赛道</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>参赛者</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>the submission #%1</source>
        <translation>作品 #%1</translation>
    </message>
</context>
<context>
    <name>ManualClaims</name>
    <message>
        <source>Track &quot;%1&quot; has no task No.%2.</source>
        <translation>赛道“%1”没有任务 No.%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GitHub login.</source>
        <translation>“%1”不是有效的 GitHub 用户名。</translation>
    </message>
    <message>
        <source>That task no longer exists.</source>
        <translation>该任务已不存在。</translation>
    </message>
    <message>
        <source>Task No.%1 was removed from the event: restore it before claiming it.</source>
        <translation>任务 No.%1 已从活动中删除：请先恢复再认领。</translation>
    </message>
    <message>
        <source>That claim no longer exists.</source>
        <translation>该认领已不存在。</translation>
    </message>
    <message>
        <source>A team&apos;s claim is edited on the Fundable Projects page.</source>
        <translation>队伍的认领请在“资助项目”页面编辑。</translation>
    </message>
    <message>
        <source>@%1 has no claim on task No.%2.</source>
        <translation>@%1 没有认领任务 No.%2。</translation>
    </message>
</context>
<context>
    <name>ParticipantRepository</name>
    <message>
        <source>&quot;%1&quot; is not a GitHub login (letters, digits and single hyphens, at most 39).</source>
        <translation>“%1”不是有效的 GitHub 用户名（只能包含字母、数字和单个连字符，最多 39 个字符）。</translation>
    </message>
    <message>
        <source>The login @%1 is already taken by @%2 (logins are the same whatever their case).</source>
        <translation>用户名 @%1 已被 @%2 占用（用户名不区分大小写）。</translation>
    </message>
    <message>
        <source>@%1: &quot;%2&quot; is not an e-mail address.</source>
        <translation>@%1：“%2”不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>@%1 no longer exists.</source>
        <translation>@%1 已不存在。</translation>
    </message>
    <message>
        <source>That participant no longer exists.</source>
        <translation>该参赛者已不存在。</translation>
    </message>
    <message>
        <source>@%1 leads the team &quot;%2&quot;: give the team another leader first.</source>
        <translation>@%1 是队伍“%2”的队长：请先为该队伍指定其他队长。</translation>
    </message>
    <message>
        <source>@%1 finished task No.%2 and is kept for the payouts.</source>
        <translation>@%1 完成了任务 No.%2，需保留以便发放奖金。</translation>
    </message>
    <message numerus="yes">
        <source>@%1 has %n claim(s) and %2 team membership(s); delete them too, or keep the participant.</source>
        <translation>
            <numerusform>@%1 有 %n 条认领，并加入了 %2 支队伍；请将这些一并删除，或保留该参赛者。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayoutCalculator</name>
    <message>
        <source>track %1</source>
        <translation>赛道 %1</translation>
    </message>
    <message>
        <source>Track %1 is defined twice: the second is ignored.</source>
        <translation>赛道 %1 被定义了两次：忽略第二次定义。</translation>
    </message>
    <message>
        <source>“%1” is not a %2 track: %3 is left out.</source>
        <translation>“%1”不是“%2”类赛道：%3 未计入。</translation>
    </message>
    <message>
        <source>%1 has no login: left out.</source>
        <translation>%1 没有 GitHub 用户名：未计入。</translation>
    </message>
    <message>
        <source>“%1” is not among the participants; paid all the same.</source>
        <translation>“%1”不在参赛者名单中；仍照常发放。</translation>
    </message>
    <message>
        <source>No.%1 %2</source>
        <translation>No.%1 %2</translation>
    </message>
    <message>
        <source>%1 has a negative amount: left out.</source>
        <translation>%1 的金额为负数：未计入。</translation>
    </message>
    <message>
        <source>Task No.%1 of “%2” is listed twice: the second is left out.</source>
        <translation>“%2”的任务 No.%1 重复列出：第二条未计入。</translation>
    </message>
    <message>
        <source>Camp: %1 (%2)</source>
        <translation>集训营：%1（%2）</translation>
    </message>
    <message>
        <source>no grade</source>
        <translation>无评级</translation>
    </message>
    <message>
        <source>Camper “%1” is listed twice in “%2”: the second is left out.</source>
        <translation>营员“%1”在“%2”中重复列出：第二条未计入。</translation>
    </message>
    <message>
        <source>Camper “%1” in “%2” passed without a grade: not paid.</source>
        <translation>“%2”中的营员“%1”已通过但没有评级：不发放。</translation>
    </message>
    <message>
        <source>Camper “%1” in “%2” has the grade “%3”, which the track does not define: not paid.</source>
        <translation>“%2”中的营员“%1”的评级为“%3”，该赛道未定义此评级：不发放。</translation>
    </message>
    <message numerus="yes">
        <source>Camp: %1 (%2, %n months)</source>
        <translation>
            <numerusform>集训营：%1（%2，%n 个月）</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has a negative amount in its rules: left out.</source>
        <translation>“%1”的规则中有负数金额：未计入。</translation>
    </message>
    <message>
        <source>Article No.%1 %2</source>
        <translation>稿件 No.%1 %2</translation>
    </message>
    <message>
        <source>%1 by “%2” has stage-2 rank %3 but is not merged: not paid.</source>
        <translation>“%2”的%1 获得第二阶段第 %3 名，但尚未合入：不发放。</translation>
    </message>
    <message>
        <source>%1: stage 2, rank %2</source>
        <translation>%1：第二阶段第 %2 名</translation>
    </message>
    <message numerus="yes">
        <source>Stage-2 rank %1 of “%2” is given to %n articles; each is paid.</source>
        <translation>
            <numerusform>“%2”的第二阶段第 %1 名有 %n 篇稿件并列；每篇均发放。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fundable No.%1 %2</source>
        <translation>Fundable No.%1 %2</translation>
    </message>
    <message>
        <source>Fundable project No.%1 of “%2” is listed twice: the second is left out.</source>
        <translation>“%2”的资助项目 No.%1 重复列出：第二条未计入。</translation>
    </message>
    <message>
        <source>%1 is %2 % complete: counted as %3 %.</source>
        <translation>%1 的完成度为 %2%：按 %3% 计算。</translation>
    </message>
    <message>
        <source>%1 has no team: not paid.</source>
        <translation>%1 没有队伍：不发放。</translation>
    </message>
    <message>
        <source>%1 has a team member without a login: left out.</source>
        <translation>%1 有一名队员没有 GitHub 用户名：该队员未计入。</translation>
    </message>
    <message>
        <source>%1 has negative shares: counted as 0.</source>
        <translation>%1 中有负数份额：按 0 计算。</translation>
    </message>
    <message>
        <source>%1 lists a member twice: their shares are added up.</source>
        <translation>%1 中有成员重复列出：其份额合并计算。</translation>
    </message>
    <message>
        <source>The shares of %1 sum to %2 %, not 100 %: split in proportion.</source>
        <translation>%1 的份额合计为 %2%，不是 100%：按比例分配。</translation>
    </message>
    <message>
        <source>%1 (%2 % complete)</source>
        <translation>%1（完成 %2%）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 % complete, shared by %n)</source>
        <translation>
            <numerusform>%1（完成 %2%，%n 人均分）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 % complete, share %3 %)</source>
        <translation>%1（完成 %2%，份额 %3%）</translation>
    </message>
    <message numerus="yes">
        <source>Track %1 is not defined: %n item(s) left out.</source>
        <translation>
            <numerusform>赛道 %1 未定义：%n 项未计入。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” commits %2, over its budget of %3.</source>
        <translation>“%1”已承诺 %2，超出其预算 %3。</translation>
    </message>
    <message>
        <source>The payouts total %1, over the prize pool of %2.</source>
        <translation>奖金发放总额 %1，超出奖金池 %2。</translation>
    </message>
</context>
<context>
    <name>PrTitle</name>
    <message>
        <source>A revert of a task PR; it does not count as work on the task.</source>
        <translation>这是对任务 PR 的回滚（revert），不算作该任务的工作。</translation>
    </message>
    <message>
        <source>No task number after &quot;%1&quot;; the format is 【%1 No.9】.</source>
        <translation>“%1”之后没有任务编号；正确的格式为【%1 No.9】。</translation>
    </message>
    <message>
        <source>Cannot read the task numbers in &quot;%1&quot;.</source>
        <translation>无法识别“%1”中的任务编号。</translation>
    </message>
    <message>
        <source>Fundable project number %1 is out of range.</source>
        <translation>资助项目编号 %1 超出范围。</translation>
    </message>
    <message>
        <source>The PR title pattern “%1” has no {n} where the task numbers stand.</source>
        <translation>PR 标题模式“%1”中没有表示任务编号位置的 {n}。</translation>
    </message>
    <message>
        <source>The PR title pattern “%1” has no words before {n}.</source>
        <translation>PR 标题模式“%1”在 {n} 之前没有文字。</translation>
    </message>
    <message>
        <source>No task number after “%1”; the format is %2.</source>
        <translation>“%1”之后没有任务编号；正确的格式为 %2。</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>That application no longer exists.</source>
        <translation>该报名已不存在。</translation>
    </message>
    <message>
        <source>Move @%1 to %2</source>
        <translation>将 @%1 的报名改为“%2”</translation>
    </message>
    <message>
        <source>Edit @%1&apos;s interview</source>
        <translation>编辑 @%1 的面试</translation>
    </message>
    <message>
        <source>That camp project no longer exists.</source>
        <translation>该集训营项目已不存在。</translation>
    </message>
    <message>
        <source>Clear the defence on project %1</source>
        <translation>清除项目 %1 的答辩结果</translation>
    </message>
    <message>
        <source>Defence on project %1: %2</source>
        <translation>项目 %1 答辩：%2</translation>
    </message>
    <message>
        <source>Defence on project %1: not passed</source>
        <translation>项目 %1 答辩：未通过</translation>
    </message>
    <message>
        <source>That fundable project no longer exists.</source>
        <translation>该资助项目已不存在。</translation>
    </message>
    <message>
        <source>Edit fundable project %1</source>
        <translation>编辑资助项目 %1</translation>
    </message>
    <message>
        <source>Add @%1&apos;s application</source>
        <translation>添加 @%1 的报名</translation>
    </message>
    <message>
        <source>@%1 has applied already: open their application instead.</source>
        <translation>@%1 已经报名：请打开其报名进行编辑。</translation>
    </message>
    <message>
        <source>Week %1 of @%2: %3 h</source>
        <translation>@%2 第 %1 周：%3 小时</translation>
    </message>
</context>
<context>
    <name>ProgrammeRepository</name>
    <message>
        <source>Open seat</source>
        <translation>招募中</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>面试中</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>名额已满</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Defended</source>
        <translation>已答辩</translation>
    </message>
    <message>
        <source>An application needs the number of the project applied for.</source>
        <translation>报名必须填写所报项目的编号。</translation>
    </message>
    <message>
        <source>There is no camp project %1.</source>
        <translation>没有集训营项目 %1。</translation>
    </message>
    <message>
        <source>That application no longer exists.</source>
        <translation>该报名已不存在。</translation>
    </message>
    <message>
        <source>@%1&apos;s application cannot go from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>@%1 的报名不能从“%2”变为“%3”。</translation>
    </message>
    <message>
        <source>@%1 is not an accepted camper: weekly reports are for campers.</source>
        <translation>@%1 不是已录取的营员：只有营员才需要提交周报。</translation>
    </message>
    <message>
        <source>@%1: week %2 is not a camp week (1-60).</source>
        <translation>@%1：第 %2 周不在集训营的周次范围内（1-60）。</translation>
    </message>
    <message>
        <source>@%1, week %2: %3 hours is not a number of hours in a week.</source>
        <translation>@%1，第 %2 周：%3 小时不是有效的每周时长。</translation>
    </message>
    <message>
        <source>A sub-task needs a positive number and a title (sub-task %1).</source>
        <translation>子任务需要正整数编号和标题（子任务 %1）。</translation>
    </message>
    <message>
        <source>Sub-task %1: the weight cannot be negative.</source>
        <translation>子任务 %1：权重不能为负数。</translation>
    </message>
    <message>
        <source>@%1: &quot;%2&quot; is not the GitHub login of an interviewer.</source>
        <translation>@%1：面试官“%2”不是有效的 GitHub 用户名。</translation>
    </message>
    <message>
        <source>@%1: an interview needs an interviewer.</source>
        <translation>@%1：面试需要指定面试官。</translation>
    </message>
    <message>
        <source>That camp project no longer exists.</source>
        <translation>该集训营项目已不存在。</translation>
    </message>
    <message>
        <source>@%1 is not an accepted camper of project %2: only campers defend.</source>
        <translation>@%1 不是项目 %2 已录取的营员：只有营员才能答辩。</translation>
    </message>
    <message>
        <source>The camp track has no grades yet: add its reward tiers first.</source>
        <translation>集训营赛道尚未设置评级：请先添加奖励档位。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade of the camp (%2).</source>
        <translation>“%1”不是集训营的评级（%2）。</translation>
    </message>
    <message>
        <source>@%1: %2 months is not a camp length (1-24).</source>
        <translation>@%1：%2 个月不是有效的集训营时长（1-24）。</translation>
    </message>
    <message>
        <source>@%1: the defence needs its date.</source>
        <translation>@%1：答辩需要填写日期。</translation>
    </message>
    <message>
        <source>That fundable project no longer exists.</source>
        <translation>该资助项目已不存在。</translation>
    </message>
    <message>
        <source>@%1: &quot;%2&quot; is not the GitHub login of a judge.</source>
        <translation>@%1：“%2”不是评委的 GitHub 用户名。</translation>
    </message>
    <message>
        <source>@%1: the judge @%2 is named twice.</source>
        <translation>@%1：评委 @%2 重复填写。</translation>
    </message>
    <message>
        <source>RFC</source>
        <translation>RFC</translation>
    </message>
    <message>
        <source>Tracking issue</source>
        <translation>跟踪 issue</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>答辩 PPT</translation>
    </message>
    <message>
        <source>Technical report</source>
        <translation>技术报告</translation>
    </message>
    <message>
        <source>Merged code</source>
        <translation>合入代码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of deliverable (%2).</source>
        <translation>“%1”不是交付物类型（%2）。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a web address (https://…).</source>
        <translation>%1：“%2”不是网址（https://…）。</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1: ______________________________    Date: ______________</source>
        <translation>%1：______________________________    日期：______________</translation>
    </message>
    <message>
        <source>Generated %1 (%2)</source>
        <translation>生成于 %1（%2）</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Cannot write the PDF.</source>
        <translation>无法写入 PDF。</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>RFC deadline</source>
        <translation>RFC 截止日期</translation>
    </message>
    <message>
        <source>PR deadline</source>
        <translation>PR 截止日期</translation>
    </message>
    <message>
        <source>results</source>
        <translation>结果公布</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>No certificates yet: nobody has finished a task, passed the code camp or won a prize.</source>
        <translation>暂无证书：尚无人完成任务、通过集训营或获奖。</translation>
    </message>
    <message>
        <source>Certificate of Completion</source>
        <translation>完成证书</translation>
    </message>
    <message>
        <source>Code Camp Certificate</source>
        <translation>集训营证书</translation>
    </message>
    <message>
        <source>Certificate of Award</source>
        <translation>获奖证书</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>兹证明</translation>
    </message>
    <message numerus="yes">
        <source>completed %n task(s) of %1:</source>
        <translation>
            <numerusform>完成了%1的 %n 个任务：</numerusform>
        </translation>
    </message>
    <message>
        <source>passed the final defence of %1 with the project</source>
        <translation>通过了%1的最终答辩，项目为</translation>
    </message>
    <message>
        <source>passed the final defence of %1 with the grade %2 for the project</source>
        <translation>以 %2 的成绩通过了%1的最终答辩，项目为</translation>
    </message>
    <message>
        <source>won prize %1 of %2 with the article</source>
        <translation>凭借以下文章荣获%2的奖项 %1：</translation>
    </message>
    <message>
        <source>is one of the stars of the event, the people with the most stars, with %1 stars.</source>
        <translation>获得 %1 星，是本次活动星数最多的开源之星之一。</translation>
    </message>
    <message>
        <source>for the organisers</source>
        <translation>主办方</translation>
    </message>
    <message>
        <source>Payouts: %1</source>
        <translation>奖金发放：%1</translation>
    </message>
    <message>
        <source>1 star = %1</source>
        <translation>1 星 = %1</translation>
    </message>
    <message>
        <source>cap %1 per person</source>
        <translation>每人封顶 %1</translation>
    </message>
    <message>
        <source>no cap per person</source>
        <translation>每人不封顶</translation>
    </message>
    <message>
        <source>prize pool %1</source>
        <translation>奖金池 %1</translation>
    </message>
    <message>
        <source>no prize pool set</source>
        <translation>未设置奖金池</translation>
    </message>
    <message>
        <source>people paid</source>
        <translation>发放人数</translation>
    </message>
    <message>
        <source>total paid</source>
        <translation>发放总额</translation>
    </message>
    <message>
        <source>gross before the cap</source>
        <translation>封顶前总额</translation>
    </message>
    <message>
        <source>cap reduction</source>
        <translation>封顶扣减</translation>
    </message>
    <message>
        <source>people capped</source>
        <translation>封顶人数</translation>
    </message>
    <message>
        <source>Per track</source>
        <translation>按赛道</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>超出预算</translation>
    </message>
    <message>
        <source>All tracks (prize pool)</source>
        <translation>全部赛道（奖金池）</translation>
    </message>
    <message>
        <source>over the pool</source>
        <translation>超出奖金池</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>赛道</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Committed is what the track&apos;s lines are paid after the cap; gross is before it.</source>
        <translation>“已承诺”是该赛道各条目封顶后的发放金额；“总额”为封顶前的金额。</translation>
    </message>
    <message>
        <source>Article No.%1 by @%2 is number %3 to merge: over the quota, not paid in stage 1.</source>
        <translation>@%2 的第 %1 号文章是第 %3 篇合入的：超出名额，第一阶段不发放奖金。</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>capped</source>
        <translation>已封顶</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n capped</source>
        <translation>
            <numerusform>已封顶 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>按人员</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星数</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>封顶</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>签字确认</translation>
    </message>
    <message numerus="yes">
        <source>We have checked the amounts above against the event&apos;s rules: %1 to %n people.</source>
        <translation>
            <numerusform>我们已根据活动规则核对上述金额：共 %1，发放给 %n 人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepared by (organisers)</source>
        <translation>编制（主办方）</translation>
    </message>
    <message>
        <source>Checked by (finance office)</source>
        <translation>审核（财务部门）</translation>
    </message>
    <message>
        <source>Approved by (sponsor)</source>
        <translation>批准（赞助方）</translation>
    </message>
    <message>
        <source>Organiser: %1</source>
        <translation>主办方：%1</translation>
    </message>
    <message>
        <source>Sponsor: %1</source>
        <translation>赞助方：%1</translation>
    </message>
    <message>
        <source>Launch %1 · RFC deadline %2 · PR deadline %3 · results %4</source>
        <translation>启动 %1 · RFC 截止 %2 · PR 截止 %3 · 结果公布 %4</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) to the %1</source>
        <translation>
            <numerusform>距%1还有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>none ahead</source>
        <translation>无</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>prize pool</source>
        <translation>奖金池</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <source>remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>参赛者</translation>
    </message>
    <message>
        <source>next deadline</source>
        <translation>下一截止日期</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>任务方向</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Submitted / claimed</source>
        <translation>已提交 / 已认领</translation>
    </message>
    <message>
        <source>Submit rate</source>
        <translation>提交率</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Stars leaderboard</source>
        <translation>星数排行榜</translation>
    </message>
    <message>
        <source>Nobody has stars yet.</source>
        <translation>暂无人获得星数。</translation>
    </message>
    <message>
        <source>Star of the event</source>
        <translation>开源之星</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>称号</translation>
    </message>
    <message numerus="yes">
        <source>%n more people have stars; the payouts report lists everyone.</source>
        <translation>
            <numerusform>另有 %n 人获得星数；奖金发放报告列出了全部人员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has finished a task yet.</source>
        <translation>暂无人完成任务。</translation>
    </message>
    <message>
        <source>The track #%1 has no rubric and no submissions: nothing is judged there.</source>
        <translation>赛道 #%1 既没有评分细则也没有作品：该赛道没有可评审的内容。</translation>
    </message>
    <message>
        <source>Provisional: the results of this track are not final and may still change.</source>
        <translation>暂定：此赛道的结果尚未定稿，仍可能变动。</translation>
    </message>
    <message>
        <source>Final since %1 (finalised by %2).</source>
        <translation>自 %1 起已定稿（由 %2 定稿）。</translation>
    </message>
    <message>
        <source>No.%1 %2</source>
        <translation>No.%1 %2</translation>
    </message>
    <message>
        <source>(deleted task #%1)</source>
        <translation>（已删除的任务 #%1）</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1（权重 %2）</translation>
    </message>
    <message>
        <source>Rubric: scores %1 to %2; judged: %3.</source>
        <translation>评分细则：分值 %1 至 %2；评委评分项：%3。</translation>
    </message>
    <message>
        <source>Derived from the reported figures: %1.</source>
        <translation>取自上报指标的评分项：%1。</translation>
    </message>
    <message>
        <source>Judging results: %1</source>
        <translation>评审结果：%1</translation>
    </message>
    <message>
        <source>No rubric yet.</source>
        <translation>尚无评分细则。</translation>
    </message>
    <message>
        <source>submissions</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>ranked</source>
        <translation>已排名</translation>
    </message>
    <message>
        <source>judges</source>
        <translation>评委</translation>
    </message>
    <message>
        <source>sheets submitted</source>
        <translation>已提交评分表</translation>
    </message>
    <message>
        <source>No submissions in this track yet.</source>
        <translation>此赛道尚无作品。</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>By</source>
        <translation>提交者</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>评委</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>标准化</translation>
    </message>
    <message>
        <source>Raw: the mean of the judges&apos; weighted scores. Normalised: each judge&apos;s scores moved to the track&apos;s mean and spread before the mean is taken, so that a strict and a lenient judge count alike. Ranked by the normalised result, then the raw result, then more judges, then the lower submission number; only submitted sheets count.</source>
        <translation>原始：各评委加权分的平均值。标准化：先将每位评委的评分调整到本赛道的均值和离散程度，再取平均值，使严格和宽松的评委影响相同。排名依次按标准化结果、原始结果、评委人数（多者优先）、作品编号（小者优先）；仅计入已提交的评分表。</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Judge %1 · %2</source>
        <translation>评委 %1 · %2</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Judging results</source>
        <translation>评审结果</translation>
    </message>
    <message>
        <source>Nothing is judged yet: no track has a rubric or submissions.</source>
        <translation>尚无评审内容：没有任何赛道设置了评分细则或有作品。</translation>
    </message>
    <message>
        <source>Score sheet: %1</source>
        <translation>评分表：%1</translation>
    </message>
    <message>
        <source>Judge: %1</source>
        <translation>评委：%1</translation>
    </message>
    <message>
        <source>Submission #%1: %2</source>
        <translation>作品 #%1：%2</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Reported figures</source>
        <translation>上报指标</translation>
    </message>
    <message>
        <source>About</source>
        <translation>作品信息</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>等级说明</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Computed by the organisers from the reported figures, not scored here: %1.</source>
        <translation>由主办方根据上报指标计算，无需在此评分：%1。</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Judge&apos;s signature and date</source>
        <translation>评委签名及日期</translation>
    </message>
    <message>
        <source>For the organisers: judge %1, submission %2 in the CSV of &quot;hackdesk scores template&quot;; whole numbers from %3 to %4.</source>
        <translation>供主办方录入：在 &quot;hackdesk scores template&quot; 生成的 CSV 中，评委为 %1，作品为 %2；评分为 %3 到 %4 之间的整数。</translation>
    </message>
    <message>
        <source>Score sheets</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>No score sheets: no judge has an assigned submission yet. Assign the judges first (hackdesk judges assign --track T).</source>
        <translation>没有评分表：尚无评委分配到作品。请先分配评委（hackdesk judges assign --track T）。</translation>
    </message>
    <message>
        <source>No score sheets: @%1 has no assigned submission here.</source>
        <translation>没有评分表：@%1 在此没有分配到的作品。</translation>
    </message>
    <message>
        <source>Star of the Event</source>
        <translation>开源之星</translation>
    </message>
    <message>
        <source>Stars of the event: %1</source>
        <translation>开源之星：%1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>看板信息</translation>
    </message>
    <message>
        <source>Finishers</source>
        <translation>统计信息</translation>
    </message>
    <message>
        <source>No tasks yet: the dashboard fills as tasks are added.</source>
        <translation>还没有任务：添加任务后看板会逐步填充。</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Summary</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>奖金发放</translation>
    </message>
    <message>
        <source>Judging results</source>
        <translation>评审结果</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Score sheets</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Unknown report kind %1.</source>
        <translation>未知的报告类型 %1。</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>%1 is not a PostgreSQL URL (postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>%1 不是 PostgreSQL 地址（postgresql://USER@HOST:PORT/DATABASE）。</translation>
    </message>
    <message>
        <source>The URL %1 carries a password: HackDesk never takes one in a URL (it would show in process lists and shell history). Put it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>地址 %1 带有密码：HackDesk 从不接受地址中的密码（它会出现在进程列表和 shell 历史中）。请改为放在 PGPASSWORD 或 ~/.pgpass 中。</translation>
    </message>
    <message>
        <source>The port in %1 is not a number between 1 and 65535.</source>
        <translation>%1 中的端口不是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>The URL carries a password: HackDesk never takes one in a URL. Put it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>地址带有密码：HackDesk 从不接受地址中的密码。请改为放在 PGPASSWORD 或 ~/.pgpass 中。</translation>
    </message>
    <message>
        <source>The URL %1 names no database (postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>地址 %1 没有指明数据库（postgresql://USER@HOST:PORT/DATABASE）。</translation>
    </message>
</context>
<context>
    <name>StatusLadder</name>
    <message>
        <source>%1 names task %2, which does not exist.</source>
        <translation>%1 指向的任务 %2 不存在。</translation>
    </message>
    <message>
        <source>%1 names task %2, which was removed.</source>
        <translation>%1 指向的任务 %2 已被删除。</translation>
    </message>
    <message>
        <source>%1 has a title that cannot be read: %2</source>
        <translation>%1 的标题无法识别：%2</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>Task No.%1 names track %2, which does not exist.</source>
        <translation>任务 No.%1 所属的赛道 %2 不存在。</translation>
    </message>
    <message>
        <source>A task number must be a positive whole number, not %1.</source>
        <translation>任务编号必须是正整数，不能是 %1。</translation>
    </message>
    <message>
        <source>Task No.%1 needs a title.</source>
        <translation>任务 No.%1 需要一个标题。</translation>
    </message>
    <message>
        <source>Task No.%1 cannot have negative stars (%2).</source>
        <translation>任务 No.%1 的星数不能为负数（%2）。</translation>
    </message>
    <message>
        <source>Task No.%1: seats cannot be negative and completion must be 0-100 %.</source>
        <translation>任务 No.%1：名额不能为负数，完成度必须在 0-100% 之间。</translation>
    </message>
    <message>
        <source>Task No.%1 cannot pay a negative amount.</source>
        <translation>任务 No.%1 的奖金不能为负数。</translation>
    </message>
    <message>
        <source>Track &quot;%1&quot; already has a task No.%2.</source>
        <translation>赛道“%1”中已有任务 No.%2。</translation>
    </message>
    <message>
        <source>Task No.%1: the direction does not belong to its track.</source>
        <translation>任务 No.%1：该任务方向不属于任务所在的赛道。</translation>
    </message>
    <message>
        <source>Task No.%1 no longer exists.</source>
        <translation>任务 No.%1 已不存在。</translation>
    </message>
</context>
<context>
    <name>TeamRepository</name>
    <message>
        <source>A team needs a name.</source>
        <translation>队伍需要一个名称。</translation>
    </message>
    <message>
        <source>There is already a team called &quot;%1&quot;.</source>
        <translation>已有名为“%1”的队伍。</translation>
    </message>
    <message>
        <source>Team &quot;%1&quot;: member %2 is not a participant.</source>
        <translation>队伍“%1”：成员 %2 不是参赛者。</translation>
    </message>
    <message>
        <source>Team &quot;%1&quot;: the leader must be one of its members.</source>
        <translation>队伍“%1”：队长必须是队伍成员之一。</translation>
    </message>
    <message>
        <source>The team &quot;%1&quot; no longer exists.</source>
        <translation>队伍“%1”已不存在。</translation>
    </message>
    <message>
        <source>That team no longer exists.</source>
        <translation>该队伍已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>The team &quot;%1&quot; has %n claim(s); delete them too, or keep the team.</source>
        <translation>
            <numerusform>队伍“%1”有 %n 条认领；请将其一并删除，或保留该队伍。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackKind</name>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Code camp</source>
        <translation>集训营</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>稿件</translation>
    </message>
    <message>
        <source>Fundable projects</source>
        <translation>资助项目</translation>
    </message>
</context>
<context>
    <name>TrackService</name>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number from %3 to %4.</source>
        <translation>%1“%2”不是 %3 到 %4 之间的整数。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount in %3 (such as 50 or 1000.50).</source>
        <translation>%1“%2”不是以 %3 计的金额（如 50 或 1000.50）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number of stars such as 3 or 0.5.</source>
        <translation>%1“%2”不是有效的星数（如 3 或 0.5）。</translation>
    </message>
    <message>
        <source>A track needs a name.</source>
        <translation>赛道需要一个名称。</translation>
    </message>
    <message>
        <source>months-rule &quot;%1&quot; is not true or false.</source>
        <translation>months-rule“%1”不是 true 或 false。</translation>
    </message>
    <message>
        <source>Unknown track key &quot;%1&quot;; known: %2.</source>
        <translation>未知的赛道键“%1”；可用：%2。</translation>
    </message>
    <message>
        <source>A reward tier needs a name.</source>
        <translation>奖励档位需要名称。</translation>
    </message>
    <message>
        <source>Reward tier &quot;%1&quot; pays either stars or cash.</source>
        <translation>奖励档位“%1”须按星数或现金发放，二者选其一。</translation>
    </message>
    <message>
        <source>Reward tier &quot;%1&quot;: stars</source>
        <translation>奖励档位“%1”的星数</translation>
    </message>
    <message>
        <source>Reward tier &quot;%1&quot;: cash</source>
        <translation>奖励档位“%1”的现金</translation>
    </message>
    <message>
        <source>There is no track %1.</source>
        <translation>没有赛道 %1。</translation>
    </message>
    <message>
        <source>Reward tier &quot;%1&quot; is named twice.</source>
        <translation>奖励档位“%1”重名。</translation>
    </message>
    <message>
        <source>Direction &quot;%1&quot; is named twice.</source>
        <translation>任务方向“%1”重名。</translation>
    </message>
</context>
<context>
    <name>hd::CampApplicationDialog</name>
    <message>
        <source>Application of @%1</source>
        <translation>@%1 的报名</translation>
    </message>
    <message>
        <source>First choice No.%1; other wishes: %2; %3</source>
        <translation>第一志愿 No.%1；其他意向：%2；%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>accepts reassignment</source>
        <translation>接受调剂</translation>
    </message>
    <message>
        <source>does not accept reassignment (不接受调剂)</source>
        <translation>不接受调剂</translation>
    </message>
    <message>
        <source>The comment on GitHub</source>
        <translation>GitHub 上的评论</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>手动录入</translation>
    </message>
    <message>
        <source>%1 (as now)</source>
        <translation>%1（当前）</translation>
    </message>
    <message numerus="yes">
        <source>No.%1 %2 (%3 of %n seat(s) filled)</source>
        <translation>
            <numerusform>No.%1 %2（名额 %n 个，已占 %3 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled (%1 time)</source>
        <translation>已约面试（%1 时间）</translation>
    </message>
    <message>
        <source>GitHub login of the interviewer</source>
        <translation>面试官的 GitHub 用户名</translation>
    </message>
    <message>
        <source>How the interview went, what was decided</source>
        <translation>面试情况及结论</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>报名者：</translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation>志愿：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>项目(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Interview:</source>
        <translation>面试(&amp;I)：</translation>
    </message>
    <message>
        <source>Inter&amp;viewer:</source>
        <translation>面试官(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GitHub login.</source>
        <translation>“%1”不是有效的 GitHub 用户名。</translation>
    </message>
    <message>
        <source>Name the interviewer of the scheduled interview.</source>
        <translation>请填写已安排面试的面试官。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the interview&apos;s time and interviewer.</source>
        <translation>“%1”阶段需要填写面试时间和面试官。</translation>
    </message>
    <message>
        <source>The camp has no project to place the applicant on.</source>
        <translation>集训营没有可安排该报名者的项目。</translation>
    </message>
</context>
<context>
    <name>hd::CampDefenceDialog</name>
    <message>
        <source>Defence of @%1</source>
        <translation>@%1 的答辩</translation>
    </message>
    <message>
        <source>Not defended yet</source>
        <translation>尚未答辩</translation>
    </message>
    <message>
        <source>Did not pass</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation>通过：%1</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Months worked; where the track&apos;s months rule is on, more than three raise the reward</source>
        <translation>工作月数；若赛道启用了月数规则，超过三个月会提高奖励</translation>
    </message>
    <message>
        <source>Camper:</source>
        <translation>营员：</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <source>No.%1 %2</source>
        <translation>No.%1 %2</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>结果(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Months:</source>
        <translation>月数(&amp;M)：</translation>
    </message>
    <message>
        <source>@%1 is not an accepted camper: only campers defend.</source>
        <translation>@%1 不是已录取的营员：只有营员才参加答辩。</translation>
    </message>
    <message>
        <source>The camp track has no grades yet: add its reward tiers (及格, 良好, 优秀, 特别优秀) first.</source>
        <translation>集训营赛道还没有评级：请先添加其奖励档位（及格、良好、优秀、特别优秀）。</translation>
    </message>
    <message>
        <source>@login, @login</source>
        <translation>@用户名, @用户名</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>GitHub logins of the defence&apos;s judges, separated by commas</source>
        <translation>答辩评委的 GitHub 用户名，用逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Judges:</source>
        <translation>评委(&amp;J)：</translation>
    </message>
    <message>
        <source>Judges: &quot;%1&quot; is not a GitHub login.</source>
        <translation>评委：“%1”不是 GitHub 用户名。</translation>
    </message>
    <message>
        <source>Judges: @%1 is named twice.</source>
        <translation>评委：@%1 重复填写。</translation>
    </message>
</context>
<context>
    <name>hd::CampPage</name>
    <message>
        <source>Every stage</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Weeks: &lt;span style=&quot;background:#2ECC71&quot;&gt;&amp;nbsp;reported&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:#F39C12&quot;&gt;&amp;nbsp;under the minimum&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:#E74C3C&quot;&gt;&amp;nbsp;missing&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:#D5D8DC&quot;&gt;&amp;nbsp;to come&amp;nbsp;&lt;/span&gt;</source>
        <translation>周报：&lt;span style=&quot;background:#2ECC71&quot;&gt;&amp;nbsp;已提交&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:#F39C12&quot;&gt;&amp;nbsp;低于最低时长&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:#E74C3C&quot;&gt;&amp;nbsp;未提交&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:#D5D8DC&quot;&gt;&amp;nbsp;尚未开始&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>That application no longer exists.</source>
        <translation>该报名已不存在。</translation>
    </message>
    <message>
        <source>&amp;Application…</source>
        <translation>报名(&amp;A)…</translation>
    </message>
    <message>
        <source>De&amp;fence…</source>
        <translation>答辩(&amp;F)…</translation>
    </message>
    <message>
        <source>Application…</source>
        <translation>报名…</translation>
    </message>
    <message>
        <source>Defence…</source>
        <translation>答辩…</translation>
    </message>
    <message>
        <source>Move the selected application along the pipeline, schedule its interview, keep notes</source>
        <translation>推进所选报名的阶段、安排面试、记录备注</translation>
    </message>
    <message>
        <source>Record the selected camper&apos;s defence: grade, date and months</source>
        <translation>记录所选营员的答辩：评级、日期和月数</translation>
    </message>
    <message>
        <source>Defence</source>
        <translation>答辩</translation>
    </message>
    <message>
        <source>@%1 is not an accepted camper: only campers defend.</source>
        <translation>@%1 不是已录取的营员：只有营员才参加答辩。</translation>
    </message>
    <message>
        <source>&amp;Weekly Report…</source>
        <translation>周报(&amp;W)…</translation>
    </message>
    <message>
        <source>Weekly Report…</source>
        <translation>周报…</translation>
    </message>
    <message>
        <source>Record the hours and link of one of the selected camper&apos;s weeks</source>
        <translation>记录所选营员某一周的工时和周报链接</translation>
    </message>
    <message>
        <source>&amp;New Application…</source>
        <translation>新建报名(&amp;N)…</translation>
    </message>
    <message>
        <source>Enter an application that did not come as a comment on the camp issue</source>
        <translation>录入未通过集训营 issue 评论提交的报名</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>新建报名</translation>
    </message>
    <message>
        <source>The event has no code-camp track.</source>
        <translation>本次活动没有集训营赛道。</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>周报</translation>
    </message>
    <message>
        <source>@%1 is not an accepted camper: weekly reports are for campers.</source>
        <translation>@%1 不是已录取的营员：只有营员提交周报。</translation>
    </message>
</context>
<context>
    <name>hd::ChartPanel</name>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>另存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>另存为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG image</source>
        <translation>将此图表保存为 PNG 或 SVG 图片</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png or .svg.</source>
        <translation>请选择以 .png 或 .svg 结尾的文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG 图片</translation>
    </message>
</context>
<context>
    <name>hd::ClaimDialog</name>
    <message>
        <source>Edit claim</source>
        <translation>编辑认领</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>新建认领</translation>
    </message>
    <message>
        <source>Finished the task: the claimant is its finisher</source>
        <translation>已完成任务：认领人是其完成者</translation>
    </message>
    <message>
        <source>GitHub login, e.g. megemini</source>
        <translation>GitHub 用户名，例如 megemini</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>赛道(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;ask No.:</source>
        <translation>任务序号(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>GitHub 用户名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>The event has no track yet.</source>
        <translation>活动中还没有赛道。</translation>
    </message>
    <message>
        <source>Finisher: @%1</source>
        <translation>完成者：@%1</translation>
    </message>
    <message>
        <source>%1 has no task No.%2.</source>
        <translation>%1 没有任务 No.%2。</translation>
    </message>
    <message>
        <source>Task No.%1 was removed from the event.</source>
        <translation>任务 No.%1 已从活动中删除。</translation>
    </message>
    <message>
        <source>Give the claimant&apos;s GitHub login.</source>
        <translation>请填写认领人的 GitHub 用户名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GitHub login.</source>
        <translation>“%1”不是有效的 GitHub 用户名。</translation>
    </message>
    <message>
        <source>@%1 has already claimed task No.%2.</source>
        <translation>@%1 已经认领了任务 No.%2。</translation>
    </message>
    <message>
        <source>The finisher&apos;s claim is %1: set that status or clear the finisher.</source>
        <translation>完成者的认领状态应为“%1”：请设为该状态，或取消完成者。</translation>
    </message>
</context>
<context>
    <name>hd::ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Someone else saved %1 while your form was open, with other values in fields you edited. Which values should it keep?</source>
        <translation>您的表单打开期间，其他人保存了%1，其中您编辑的字段有不同的值。要保留哪些值？</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation>他人的（当前已保存）</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <source>Save your values over theirs</source>
        <translation>用您的值覆盖他人的值</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>采用他人的(&amp;T)</translation>
    </message>
    <message>
        <source>Keep their values in these fields; your other edits are saved</source>
        <translation>这些字段保留他人的值；您的其他修改照常保存</translation>
    </message>
    <message>
        <source>Not saved: someone else changed %1 meanwhile. Save again to choose, or Cancel.</source>
        <translation>未保存：其间其他人修改了%1。再次保存以作选择，或取消。</translation>
    </message>
</context>
<context>
    <name>hd::DetailPane</name>
    <message>
        <source>Select a task to see its claims, pull requests, links and what it earns.</source>
        <translation>选择一个任务，查看它的认领、PR、链接和奖励。</translation>
    </message>
    <message>
        <source>Select a participant to see their claims, pull requests, links and what they earn.</source>
        <translation>选择一位参赛者，查看其认领、PR、链接和所得奖励。</translation>
    </message>
    <message>
        <source>Select a submission to see its authors, links, judges and score.</source>
        <translation>选择一份作品，查看它的作者、链接、评委和得分。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>No pull requests yet.</source>
        <translation>还没有 PR。</translation>
    </message>
    <message>
        <source>No claims yet.</source>
        <translation>还没有认领。</translation>
    </message>
    <message>
        <source>No.%1</source>
        <translation>No.%1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>(by hand)</source>
        <translation>（手动）</translation>
    </message>
    <message>
        <source>No.%1 %2</source>
        <translation>No.%1 %2</translation>
    </message>
    <message>
        <source>%1 stars</source>
        <translation>%1 星</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>finished by %1</source>
        <translation>由 %1 完成</translation>
    </message>
    <message>
        <source>Task issue on GitHub</source>
        <translation>GitHub 上的任务 issue</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Pull requests</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>Earns</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Nothing is paid for this task yet.</source>
        <translation>这个任务还没有发放奖励。</translation>
    </message>
    <message>
        <source>Together: %1 stars, %2 paid</source>
        <translation>合计：%1 星，实发 %2</translation>
    </message>
    <message>
        <source>team: %1</source>
        <translation>队伍：%1</translation>
    </message>
    <message>
        <source>Profile on GitHub</source>
        <translation>GitHub 主页</translation>
    </message>
    <message>
        <source>Nothing is paid to them yet.</source>
        <translation>还没有给其发放奖励。</translation>
    </message>
    <message>
        <source>%1 stars, %2 paid</source>
        <translation>%1 星，实发 %2</translation>
    </message>
    <message>
        <source>(capped; %1 before the cap)</source>
        <translation>（已封顶；封顶前 %1）</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Judges: %1</source>
        <translation>评委：%1</translation>
    </message>
    <message>
        <source>Rank %1 of %2</source>
        <translation>第 %1 名，共 %2 名</translation>
    </message>
    <message>
        <source>Raw %1 · normalised %2</source>
        <translation>原始 %1 · 标准化 %2</translation>
    </message>
    <message>
        <source>Not ranked yet: no submitted score sheet.</source>
        <translation>尚未排名：还没有提交的评分表。</translation>
    </message>
    <message>
        <source>The track&apos;s results are final.</source>
        <translation>该赛道的结果已定稿。</translation>
    </message>
</context>
<context>
    <name>hd::FundablePage</name>
    <message>
        <source>Completion is the done share of the sub-tasks; a project is paid from the track&apos;s threshold on, in proportion, after a passed defence.</source>
        <translation>完成度是子任务中已完成的比例；项目通过答辩后，完成度达到赛道规定的门槛即按比例发放奖金。</translation>
    </message>
    <message>
        <source>&amp;Defence and Sub-tasks…</source>
        <translation>答辩与子任务(&amp;D)…</translation>
    </message>
    <message>
        <source>Record the selected project&apos;s defence result and edit its sub-tasks</source>
        <translation>记录所选项目的答辩结果并编辑其子任务</translation>
    </message>
    <message>
        <source>Defence and Sub-tasks…</source>
        <translation>答辩与子任务…</translation>
    </message>
</context>
<context>
    <name>hd::FundableProjectDialog</name>
    <message>
        <source>Fundable project No.%1</source>
        <translation>资助项目 No.%1</translation>
    </message>
    <message>
        <source>&amp;Add Sub-task</source>
        <translation>添加子任务(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Sub-task</source>
        <translation>移除子任务(&amp;R)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Passed (通过)</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Partly passed (部分通过)</source>
        <translation>部分通过</translation>
    </message>
    <message>
        <source>Failed (未通过)</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>PRs</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Weight 0 counts as 1; PRs as links or #numbers, separated by spaces</source>
        <translation>权重为 0 时按 1 计算；PR 填写链接或 #编号，以空格分隔</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <source>&amp;Defence:</source>
        <translation>答辩(&amp;D)：</translation>
    </message>
    <message>
        <source>Sub-tasks:</source>
        <translation>子任务：</translation>
    </message>
    <message>
        <source>Completion: %1 % (%2 of %3 done)</source>
        <translation>完成度：%1%（已完成 %2/%3）</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a sub-task number (1, 2, 3 …).</source>
        <translation>第 %1 行：“%2”不是有效的子任务编号（1、2、3 …）。</translation>
    </message>
    <message>
        <source>Sub-task No.%1: the weight &quot;%2&quot; is not a whole number from 0 up.</source>
        <translation>子任务 No.%1：权重“%2”不是大于等于 0 的整数。</translation>
    </message>
    <message>
        <source>Sub-task No.%1: &quot;%2&quot; is not a GitHub login.</source>
        <translation>子任务 No.%1：“%2”不是有效的 GitHub 用户名。</translation>
    </message>
</context>
<context>
    <name>hd::HelpWindow</name>
    <message>
        <source>HackDesk User Guide</source>
        <translation>HackDesk 用户指南</translation>
    </message>
</context>
<context>
    <name>hd::ImportIssueDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import a task list from its GitHub issue</source>
        <translation>从 GitHub issue 导入任务列表</translation>
    </message>
    <message>
        <source>Paste the issue body (Markdown) here, or load it from a file.</source>
        <translation>在此粘贴 issue 正文（Markdown），或从文件载入。</translation>
    </message>
    <message>
        <source>&amp;Load File…</source>
        <translation>载入文件(&amp;L)…</translation>
    </message>
    <message>
        <source>Issue body</source>
        <translation>Issue 正文</translation>
    </message>
    <message>
        <source>Markdown (*.md *.txt);;All files (*)</source>
        <translation>Markdown 文件 (*.md *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>赛道(&amp;T)：</translation>
    </message>
    <message>
        <source>What the import would change:</source>
        <translation>导入将做出的更改：</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Nothing to import yet.</source>
        <translation>暂无可导入的内容。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 tasks added, %2 updated, %3 claims added, %4 status changes; %5 rows cannot be read.</source>
        <translation>新增任务 %1 个，更新 %2 个，新增认领 %3 条，状态变更 %4 处；%5 行无法识别。</translation>
    </message>
    <message>
        <source>Choose a track.</source>
        <translation>请选择赛道。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import, Skipping %n Unreadable Rows</source>
        <translation>
            <numerusform>导入，跳过 %n 行无法识别的内容(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Table at line %1 (%2): %3 rows read, %4 unreadable. Columns: %5</source>
        <translation>第 %1 行的表格（%2）：已读取 %3 行，%4 行无法识别。列：%5</translation>
    </message>
    <message>
        <source>Table at line %1 (%2): %3</source>
        <translation>第 %1 行的表格（%2）：%3</translation>
    </message>
</context>
<context>
    <name>hd::JudgeDialog</name>
    <message>
        <source>Edit judge @%1</source>
        <translation>编辑评委 @%1</translation>
    </message>
    <message>
        <source>New judge</source>
        <translation>新建评委</translation>
    </message>
    <message>
        <source>GitHub login, e.g. zhang-wei</source>
        <translation>GitHub 用户名，例如 zhang-wei</translation>
    </message>
    <message>
        <source>e.g. 百度 (judges never judge their own organisation)</source>
        <translation>例如 百度（评委不会评审本单位的作品）</translation>
    </message>
    <message>
        <source>logins, e.g. @megemini, @lin-yichen</source>
        <translation>GitHub 用户名，例如 @megemini、@lin-yichen</translation>
    </message>
    <message>
        <source>team names, separated by commas</source>
        <translation>队伍名称，用逗号分隔</translation>
    </message>
    <message>
        <source>organisations, separated by commas</source>
        <translation>单位名称，用逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>GitHub 用户名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>所属单位(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Tracks:</source>
        <translation>赛道(&amp;T)：</translation>
    </message>
    <message>
        <source>Conflicts with &amp;participants:</source>
        <translation>存在利益冲突的参赛者(&amp;P)：</translation>
    </message>
    <message>
        <source>Conflicts with t&amp;eams:</source>
        <translation>存在利益冲突的队伍(&amp;E)：</translation>
    </message>
    <message>
        <source>Conflicts with o&amp;rganisations:</source>
        <translation>存在利益冲突的单位(&amp;R)：</translation>
    </message>
    <message>
        <source>Login: give the judge&apos;s GitHub login.</source>
        <translation>GitHub 用户名：请填写评委的 GitHub 用户名。</translation>
    </message>
    <message>
        <source>Login: &quot;%1&quot; is not a GitHub login (letters, digits and single hyphens, at most 39).</source>
        <translation>GitHub 用户名：“%1”不是有效的 GitHub 用户名（只能包含字母、数字和单个连字符，最多 39 个字符）。</translation>
    </message>
    <message>
        <source>Login: there is already a judge @%1.</source>
        <translation>GitHub 用户名：已有评委 @%1。</translation>
    </message>
    <message>
        <source>Tracks: tick at least one track the judge judges.</source>
        <translation>赛道：请至少勾选一个该评委评审的赛道。</translation>
    </message>
    <message>
        <source>Conflicts with participants: &quot;%1&quot; is not a GitHub login.</source>
        <translation>存在利益冲突的参赛者：“%1”不是有效的 GitHub 用户名。</translation>
    </message>
    <message>
        <source>Edit judge</source>
        <translation>编辑评委</translation>
    </message>
</context>
<context>
    <name>hd::JudgeWindow</name>
    <message>
        <source>Judge mode — HackDesk</source>
        <translation>评委模式 — HackDesk</translation>
    </message>
    <message>
        <source>This judge packet cannot be opened:
%1

Ask the organisers for a new one.</source>
        <translation>无法打开此评审包：
%1

请向主办方索取新的评审包。</translation>
    </message>
    <message>
        <source>Judge mode — @%1 — %2</source>
        <translation>评委模式 — @%1 — %2</translation>
    </message>
    <message>
        <source>✓ submitted · ✎ draft · ○ not started</source>
        <translation>✓ 已提交 · ✎ 草稿 · ○ 未开始</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>保存草稿(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Keep it as a draft: the organisers do not count it yet (Ctrl+S).</source>
        <translation>保存为草稿：主办方暂不计入（Ctrl+S）。</translation>
    </message>
    <message>
        <source>Every criterion scored: it counts in the results (Ctrl+Enter).</source>
        <translation>所有评分项均已评分：将计入结果（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>The results of this track are final.</source>
        <translation>此赛道的结果已定稿。</translation>
    </message>
    <message>
        <source>@%1: %2</source>
        <translation>@%1：%2</translation>
    </message>
    <message>
        <source>The results of &quot;%1&quot; are final: these scores can no longer change.</source>
        <translation>“%1”的结果已定稿：这些评分无法再修改。</translation>
    </message>
    <message>
        <source>Judge mode</source>
        <translation>评委模式</translation>
    </message>
    <message>
        <source>Save the changes to this submission before closing?</source>
        <translation>关闭前是否保存对此作品的修改？</translation>
    </message>
    <message>
        <source>Score #%1</source>
        <translation>为 #%1 评分</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Go to your draft, else to the submission with the fewest reviews so far (Ctrl+N).</source>
        <translation>转到您的草稿；没有草稿时，转到目前评审最少的作品（Ctrl+N）。</translation>
    </message>
    <message>
        <source>Nothing is assigned to you now.</source>
        <translation>目前没有分配给您的作品。</translation>
    </message>
    <message>
        <source>Updated with what others changed meanwhile.</source>
        <translation>已更新为其他人在此期间所做的修改。</translation>
    </message>
    <message>
        <source>your sheet for #%1</source>
        <translation>您对 #%1 的评分表</translation>
    </message>
    <message>
        <source>no sheet</source>
        <translation>无评分表</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>服务器上已被修改</translation>
    </message>
    <message>
        <source>Took the sheet of #%1 as the server holds it.</source>
        <translation>已采用服务器上 #%1 的评分表。</translation>
    </message>
    <message>
        <source>Nothing left for you to score.</source>
        <translation>您已没有待评分的作品。</translation>
    </message>
    <message>
        <source>Submitted #%1 (%2).</source>
        <translation>已提交 #%1（%2）。</translation>
    </message>
    <message>
        <source>Saved #%1 as a draft (%2).</source>
        <translation>已将 #%1 保存为草稿（%2）。</translation>
    </message>
    <message>
        <source>Restored the sheet of #%1 (%2).</source>
        <translation>已恢复 #%1 的评分表（%2）。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Judge Packet…</source>
        <translation>打开评审包(&amp;O)…</translation>
    </message>
    <message>
        <source>Open S&amp;hared Event…</source>
        <translation>打开共享活动(&amp;H)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save the changes to this submission before opening %1?</source>
        <translation>打开 %1 前是否保存对此作品的修改？</translation>
    </message>
    <message>
        <source>Save a &amp;Copy to Send Back…</source>
        <translation>保存副本以便交回(&amp;C)…</translation>
    </message>
    <message>
        <source>The packet with your scores as saved, for the organisers to import.</source>
        <translation>包含您已保存评分的评审包，供组织者导入。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Save the changes to this submission before opening another packet?</source>
        <translation>打开其他评审包前是否保存对此作品的修改？</translation>
    </message>
    <message>
        <source>Open a judge packet</source>
        <translation>打开评审包</translation>
    </message>
    <message>
        <source>Judge packets (*.hdpacket);;All files (*)</source>
        <translation>评审包 (*.hdpacket);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the changes to this submission before opening another event?</source>
        <translation>打开其他活动前是否保存对此作品的修改？</translation>
    </message>
    <message>
        <source>Only a judge packet can be saved as a copy.</source>
        <translation>只有评审包可以保存副本。</translation>
    </message>
    <message>
        <source>The changes to #%1 cannot be saved yet: %2</source>
        <translation>对 #%1 的修改暂时无法保存：%2</translation>
    </message>
    <message>
        <source>Cannot read the packet %1: %2</source>
        <translation>无法读取评审包 %1：%2</translation>
    </message>
    <message>
        <source>Saved a copy of revision %1 to %2: send it to the organisers.</source>
        <translation>已将第 %1 版的副本保存到 %2：请将其发送给组织者。</translation>
    </message>
    <message>
        <source>Save a copy of the packet</source>
        <translation>保存评审包副本</translation>
    </message>
    <message>
        <source>Judge packets</source>
        <translation>评审包</translation>
    </message>
    <message>
        <source>#%1 (final)</source>
        <comment>a submission whose track&apos;s results are final</comment>
        <translation>#%1（已定稿）</translation>
    </message>
</context>
<context>
    <name>hd::JudgingPage</name>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>已解锁</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>评分细则</translation>
    </message>
    <message>
        <source>Packet exported</source>
        <translation>评审包已导出</translation>
    </message>
    <message>
        <source>Packet imported</source>
        <translation>评审包已导入</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Assign &amp;Automatically</source>
        <translation>自动分配(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>定稿(&amp;F)…</translation>
    </message>
    <message>
        <source>Judges per submission: </source>
        <translation>每件作品评委数：</translation>
    </message>
    <message>
        <source>Export &amp;Packet…</source>
        <translation>导出评审包(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Import Packet…</source>
        <translation>导入评审包(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;Results…</source>
        <translation>导出结果(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>赛道(&amp;T)：</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>Needs %n more judge(s).</source>
        <translation>
            <numerusform>还需 %n 名评委。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>By</source>
        <translation>提交者</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>评委</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>利益冲突</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>分配</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>评委</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>标准化</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评分项</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>旧值</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Score…</source>
        <translation>评分(&amp;S)…</translation>
    </message>
    <message>
        <source>Assign &amp;Judge…</source>
        <translation>分配评委(&amp;J)…</translation>
    </message>
    <message>
        <source>Re&amp;move Judge</source>
        <translation>移除评委(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <source>Assign judges</source>
        <translation>分配评委</translation>
    </message>
    <message>
        <source>Final since %1 (by %2)</source>
        <translation>自 %1 起定稿（由 %2 操作）</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>%1 of %2 sheets submitted</source>
        <translation>已提交 %1 / %2 份评分表</translation>
    </message>
    <message>
        <source>no rubric yet</source>
        <translation>尚无评分细则</translation>
    </message>
    <message numerus="yes">
        <source>%n coverage gap(s)</source>
        <translation>
            <numerusform>%n 处覆盖缺口</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 处利益冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign a judge</source>
        <translation>分配评委</translation>
    </message>
    <message>
        <source>&amp;Submission:</source>
        <translation>作品(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation>评委(&amp;J)：</translation>
    </message>
    <message>
        <source>The track needs submissions and judges first.</source>
        <translation>该赛道需先有作品和评委。</translation>
    </message>
    <message>
        <source>Choose a submission and a judge.</source>
        <translation>请选择作品和评委。</translation>
    </message>
    <message>
        <source>@%1 already judges this submission.</source>
        <translation>@%1 已是该作品的评委。</translation>
    </message>
    <message>
        <source>@%1 may not judge it: %2.</source>
        <translation>@%1 不能评审该作品：%2。</translation>
    </message>
    <message>
        <source>Remove judge</source>
        <translation>移除评委</translation>
    </message>
    <message>
        <source>This judge has a score sheet for #%1. Delete the sheet and remove the judge?</source>
        <translation>该评委已有 #%1 的评分表。要删除评分表并移除该评委吗？</translation>
    </message>
    <message>
        <source>Remove a judge from #%1</source>
        <translation>从 #%1 移除评委</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n judge(s); loads %1-%2 per judge.</source>
        <translation>
            <numerusform>已分配 %n 名评委；每名评委负责 %1-%2 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock the results</source>
        <translation>解锁结果</translation>
    </message>
    <message>
        <source>Why are the final results opened again? This goes into the log.</source>
        <translation>为什么要重新开放定稿结果？原因将记入日志。</translation>
    </message>
    <message>
        <source>Finalise the results</source>
        <translation>结果定稿</translation>
    </message>
    <message>
        <source>Finalise &quot;%1&quot;? Its scores, assignments and rubric are then locked; unlocking needs a reason.</source>
        <translation>要将“%1”定稿吗？定稿后其评分、分配和评分细则将被锁定；解锁需填写原因。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Nothing new from @%1.</source>
        <translation>@%1 没有新内容。</translation>
    </message>
    <message numerus="yes">
        <source>Imported revision %1 of @%2&apos;s packet; %n sheet(s) changed.</source>
        <translation>
            <numerusform>已导入 @%2 评审包的第 %1 版；%n 份评分表有变更。</numerusform>
        </translation>
    </message>
    <message>
        <source>This track has no judges yet.</source>
        <translation>该赛道尚无评委。</translation>
    </message>
    <message>
        <source>Export judge packet</source>
        <translation>导出评审包</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>评委：</translation>
    </message>
    <message>
        <source>@%1&apos;s packet of %2 was never imported back. Replace it? The earlier packet will then be refused.</source>
        <translation>@%1 于 %2 导出的评审包从未导回。要替换吗？替换后将拒收之前的评审包。</translation>
    </message>
    <message>
        <source>Judge packets (*.hdpacket);;All files (*)</source>
        <translation>评审包 (*.hdpacket);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Wrote %1. Send it to @%2 privately: it carries the key that authenticates it. The judge opens it with &quot;hackdesk --judge-packet FILE&quot;.</source>
        <translation>已写入 %1。请私下发送给 @%2：其中包含用于验证身份的密钥。评委可用“hackdesk --judge-packet FILE”打开。</translation>
    </message>
    <message>
        <source>Import judge packet</source>
        <translation>导入评审包</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>Judging</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>Edit R&amp;ubric…</source>
        <translation>编辑评分细则(&amp;U)…</translation>
    </message>
    <message>
        <source>Delete judge</source>
        <translation>删除评委</translation>
    </message>
    <message>
        <source>Delete submission</source>
        <translation>删除作品</translation>
    </message>
    <message>
        <source>Score S&amp;heets PDF…</source>
        <translation>评分表 PDF(&amp;H)…</translation>
    </message>
    <message>
        <source>Blank score sheets of the selected judge&apos;s submissions, for judging on paper</source>
        <translation>所选评委所评作品的空白评分表，用于纸质评审</translation>
    </message>
    <message>
        <source>That judge no longer exists.</source>
        <translation>该评委已不存在。</translation>
    </message>
    <message>
        <source>Choose a judge in the list first.</source>
        <translation>请先在列表中选择一位评委。</translation>
    </message>
    <message>
        <source>Export score sheets</source>
        <translation>导出评分表</translation>
    </message>
    <message>
        <source>E&amp;xport Scores…</source>
        <translation>导出评分(&amp;X)…</translation>
    </message>
    <message>
        <source>The track&apos;s scores as CSV, in the columns of the paper template</source>
        <translation>以纸质评分模板的列导出本赛道的评分（CSV）</translation>
    </message>
    <message>
        <source>Export scores</source>
        <translation>导出评分</translation>
    </message>
    <message>
        <source>Judge packets</source>
        <translation>评审包</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
</context>
<context>
    <name>hd::MainWindow</name>
    <message>
        <source>HackDesk</source>
        <translation>HackDesk</translation>
    </message>
    <message>
        <source>No database is open.
%1
Use File &gt; New or File &gt; Open.</source>
        <translation>未打开数据库。
%1
请使用“文件 &gt; 新建”或“文件 &gt; 打开”。</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>%1 — HackDesk</source>
        <translation>%1 — HackDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import Task List from Issue…</source>
        <translation>从 Issue 导入任务列表(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Task List as Issue Markdown…</source>
        <translation>将任务列表导出为 Issue Markdown(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>HackDesk will use the new language when it starts again.</source>
        <translation>HackDesk 将在下次启动时使用新的语言。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About HackDesk</source>
        <translation>关于 HackDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About HackDesk</source>
        <translation>关于 HackDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;HackDesk %1&lt;/b&gt;&lt;p&gt;Runs open-source hackathons: tracks, tasks, claims, payouts and judging.&lt;/p&gt;</source>
        <translation>&lt;b&gt;HackDesk %1&lt;/b&gt;&lt;p&gt;开源黑客马拉松管理工具：赛道、任务、认领、奖金发放与评审。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>全部赛道</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参赛者</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Every direction</source>
        <translation>全部任务方向</translation>
    </message>
    <message>
        <source>Search tasks and people…</source>
        <translation>搜索任务和人员…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>&amp;Copy Reply</source>
        <translation>复制回复(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the prepared reply to the clipboard, to post on GitHub</source>
        <translation>将准备好的回复复制到剪贴板，以便发布到 GitHub</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>赛道</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Participants &amp; Teams</source>
        <translation>参赛者与队伍</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>认领</translation>
    </message>
    <message>
        <source>Claims Board</source>
        <translation>认领看板</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>奖金发放</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message numerus="yes">
        <source>Delete task No.%1 and its %n claim(s)?</source>
        <translation>
            <numerusform>删除任务 No.%1 及其 %n 条认领吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete task No.%1?</source>
        <translation>删除任务 No.%1 吗？</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message numerus="yes">
        <source>@%1 has %n claim(s) and %2 team membership(s). Delete them together with @%1?</source>
        <translation>
            <numerusform>@%1 有 %n 条认领，并加入了 %2 支队伍。要将这些与 @%1 一并删除吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete @%1?</source>
        <translation>删除 @%1 吗？</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>删除参赛者</translation>
    </message>
    <message numerus="yes">
        <source>Delete the team %1 and its %n claim(s)?</source>
        <translation>
            <numerusform>删除队伍 %1 及其 %n 条认领吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the team %1?</source>
        <translation>删除队伍 %1 吗？</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>删除队伍</translation>
    </message>
    <message>
        <source>Export task list</source>
        <translation>导出任务列表</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>赛道：</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>This problem has no reply to post.</source>
        <translation>此问题没有需要发布的回复。</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <source>Open event database</source>
        <translation>打开活动数据库</translation>
    </message>
    <message>
        <source>HackDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>HackDesk 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import &amp;CSV</source>
        <translation>导入 CSV(&amp;C)</translation>
    </message>
    <message>
        <source>Export CS&amp;V</source>
        <translation>导出 CSV(&amp;V)</translation>
    </message>
    <message>
        <source>Tasks…</source>
        <translation>任务…</translation>
    </message>
    <message>
        <source>Participants…</source>
        <translation>参赛者…</translation>
    </message>
    <message>
        <source>Claims…</source>
        <translation>认领…</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1：新增 %2 行，更新 %3 行，未变 %4 行。</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>已向 %1 写入 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync with GitHub…</source>
        <translation>与 GitHub 同步(&amp;S)…</translation>
    </message>
    <message>
        <source>Camp Applications…</source>
        <translation>集训营报名…</translation>
    </message>
    <message>
        <source>Weekly Reports…</source>
        <translation>周报…</translation>
    </message>
    <message>
        <source>Fundable Sub-tasks…</source>
        <translation>Fundable 子任务…</translation>
    </message>
    <message>
        <source>GitHub &amp;Token…</source>
        <translation>GitHub token(&amp;T)…</translation>
    </message>
    <message>
        <source>Code Camp</source>
        <translation>集训营</translation>
    </message>
    <message>
        <source>Fundable Projects</source>
        <translation>资助项目</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Export &amp;PDF Report</source>
        <translation>导出 PDF 报告(&amp;P)</translation>
    </message>
    <message>
        <source>Export Dashboard and Leaderboard as &amp;Markdown…</source>
        <translation>将看板和排行榜导出为 Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation>导出看板</translation>
    </message>
    <message>
        <source>Judging</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 页写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Current &amp;Table as CSV…</source>
        <translation>将当前表格导出为 CSV(&amp;T)…</translation>
    </message>
    <message>
        <source>This page has no table to export.</source>
        <translation>此页面没有可导出的表格。</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>%1 (%2) — HackDesk</source>
        <translation>%1（%2）— HackDesk</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新活动</translation>
    </message>
    <message>
        <source>There is no event database at %1.
Create a new event there?</source>
        <translation>%1 处没有活动数据库。
要在那里新建一个活动吗？</translation>
    </message>
    <message>
        <source>There is no event database at %1.</source>
        <translation>%1 处没有活动数据库。</translation>
    </message>
    <message>
        <source>Back up the event</source>
        <translation>备份活动</translation>
    </message>
    <message>
        <source>Backed up the event to %1.</source>
        <translation>已将活动备份到 %1。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>%1 holds the event &quot;%2&quot;, written %3:
%4 tasks, %5 participants, %6 claims.

Replace the open event with it? The event as it is now is backed up first.</source>
        <translation>%1 含有活动“%2”，写于 %3：
%4 个任务、%5 名参赛者、%6 条报名。

要用它替换当前打开的活动吗？替换前先备份当前活动。</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>已恢复 %1。</translation>
    </message>
    <message>
        <source>Restored %1; the event as it was is in %2.</source>
        <translation>已恢复 %1；恢复前的活动保存在 %2。</translation>
    </message>
    <message>
        <source>Another program changed the event; what is shown was reloaded.</source>
        <translation>另一个程序修改了活动；已重新载入显示的内容。</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>编辑任务</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>编辑参赛者</translation>
    </message>
    <message>
        <source>A team&apos;s claim is edited on the Fundable Projects page.</source>
        <translation>队伍的认领请在“资助项目”页面编辑。</translation>
    </message>
    <message>
        <source>Delete the claim of %1 on task No.%2? %1 is its finisher: the task will have none and take claims again.</source>
        <translation>删除 %1 对任务 No.%2 的认领？%1 是该任务的完成者：删除后任务将没有完成者并重新开放认领。</translation>
    </message>
    <message>
        <source>Delete the claim of %1 on task No.%2?</source>
        <translation>删除 %1 对任务 No.%2 的认领？</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>删除认领</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>活动(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>活动设置(&amp;S)…</translation>
    </message>
    <message>
        <source>HackDesk databases</source>
        <translation>HackDesk 数据库</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Read claims and pull requests from GitHub (%1)</source>
        <translation>从 GitHub 读取认领和 PR（%1）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import a track&apos;s task list or a CSV file</source>
        <translation>导入赛道的任务列表或 CSV 文件</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export the current table, a task list or CSV files</source>
        <translation>导出当前表格、任务列表或 CSV 文件</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Write a PDF report</source>
        <translation>生成 PDF 报告</translation>
    </message>
    <message>
        <source>Open Issue on &amp;GitHub</source>
        <translation>在 GitHub 上打开 issue(&amp;G)</translation>
    </message>
    <message>
        <source>Open Task Issue on &amp;GitHub</source>
        <translation>在 GitHub 上打开任务 issue(&amp;G)</translation>
    </message>
    <message>
        <source>Copy &amp;Reply</source>
        <translation>复制回复(&amp;R)</translation>
    </message>
    <message>
        <source>Edit team</source>
        <translation>编辑队伍</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>%1 Trying again…</source>
        <translation>%1 正在重试…</translation>
    </message>
    <message>
        <source>Connected again to %1; what is shown was reloaded.</source>
        <translation>已重新连接到 %1；显示的内容已重新加载。</translation>
    </message>
    <message>
        <source>Open S&amp;hared Event…</source>
        <translation>打开共享活动(&amp;H)…</translation>
    </message>
    <message>
        <source>The backup holds no judge for the roles %1: they no longer have access to the event (grant-judge gives it back).</source>
        <translation>备份中没有角色 %1 对应的评委：这些角色已不能再访问本活动（可用 grant-judge 重新授权）。</translation>
    </message>
</context>
<context>
    <name>hd::NewApplicationDialog</name>
    <message>
        <source>New application</source>
        <translation>新建报名</translation>
    </message>
    <message>
        <source>Accepts a place on another project (unticked: 不接受调剂)</source>
        <translation>接受调剂到其他项目（不勾选：不接受调剂）</translation>
    </message>
    <message>
        <source>No.%1 %2</source>
        <translation>No.%1 %2</translation>
    </message>
    <message>
        <source>GitHub login; a new one is added to the participants</source>
        <translation>GitHub 用户名；新用户名会加入参赛者</translation>
    </message>
    <message>
        <source>project numbers, e.g. 2、4、6</source>
        <translation>项目编号，例如 2、4、6</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>报名者(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;First choice:</source>
        <translation>第一志愿(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Other wishes:</source>
        <translation>其他意向(&amp;O)：</translation>
    </message>
    <message>
        <source>The camp has no projects yet: add them first.</source>
        <translation>集训营还没有项目：请先添加项目。</translation>
    </message>
    <message>
        <source>Give the applicant&apos;s GitHub login.</source>
        <translation>请填写报名者的 GitHub 用户名。</translation>
    </message>
    <message>
        <source>Applicant: &quot;%1&quot; is not a GitHub login.</source>
        <translation>报名者：“%1”不是 GitHub 用户名。</translation>
    </message>
    <message>
        <source>@%1 has applied already: open their application instead.</source>
        <translation>@%1 已经报名：请打开其报名进行编辑。</translation>
    </message>
    <message>
        <source>Other wishes: &quot;%1&quot; is not a list of project numbers.</source>
        <translation>其他意向：“%1”不是项目编号列表。</translation>
    </message>
    <message>
        <source>Other wishes: there is no camp project No.%1.</source>
        <translation>其他意向：集训营没有项目 No.%1。</translation>
    </message>
</context>
<context>
    <name>hd::NewEventWizard</name>
    <message>
        <source>New event</source>
        <translation>新活动</translation>
    </message>
    <message>
        <source>Database and profile</source>
        <translation>数据库与活动模板</translation>
    </message>
    <message>
        <source>Where the event is kept, and the edition profile it starts from: a built-in one or a profile file written by &quot;hackdesk export-edition&quot;.</source>
        <translation>活动保存在哪个文件，以及从哪个届次模板开始：内置模板，或由“hackdesk export-edition”导出的模板文件。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>从文件导入…</translation>
    </message>
    <message>
        <source>profile.json</source>
        <translation>模板.json</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>数据库文件(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>活动模板(&amp;P)：</translation>
    </message>
    <message>
        <source>Profile &amp;file:</source>
        <translation>模板文件(&amp;F)：</translation>
    </message>
    <message>
        <source>New event database</source>
        <translation>新建活动数据库</translation>
    </message>
    <message>
        <source>HackDesk databases (*.sqlite *.db)</source>
        <translation>HackDesk 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Edition profile</source>
        <translation>届次模板</translation>
    </message>
    <message>
        <source>Edition profiles (*.json)</source>
        <translation>届次模板 (*.json)</translation>
    </message>
    <message>
        <source>Identity, money, time zone and deadlines</source>
        <translation>活动信息、奖金、时区与截止时间</translation>
    </message>
    <message>
        <source>The same settings as Event &gt; Settings… and &quot;hackdesk config set&quot;; all can be changed later.</source>
        <translation>与“活动 &gt; 活动设置…”及“hackdesk config set”中的设置相同；之后均可修改。</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>赛道</translation>
    </message>
    <message>
        <source>The event&apos;s tracks in order. Reward tiers, directions and issues come from the profile and are edited on the Tracks page.</source>
        <translation>按顺序列出活动的赛道。奖励档位、任务方向和 issue 来自模板，可在“赛道”页面编辑。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>&amp;Add Track</source>
        <translation>添加赛道(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Track</source>
        <translation>删除赛道(&amp;R)</translation>
    </message>
    <message>
        <source>New track</source>
        <translation>新赛道</translation>
    </message>
    <message>
        <source>Choose a profile file.</source>
        <translation>请选择模板文件。</translation>
    </message>
    <message>
        <source>Track %1: %2</source>
        <translation>赛道 %1：%2</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>请选择数据库文件。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 已存在，请换一个文件名。</translation>
    </message>
</context>
<context>
    <name>hd::OverviewPage</name>
    <message>
        <source>Tracks</source>
        <translation>赛道</translation>
    </message>
    <message>
        <source>No event</source>
        <translation>没有活动</translation>
    </message>
    <message>
        <source>%1 · launch %2 · RFC deadline %3 · PR deadline %4 · results %5</source>
        <translation>%1 · 启动 %2 · RFC 截止 %3 · PR 截止 %4 · 结果公布 %5</translation>
    </message>
    <message>
        <source>none ahead</source>
        <translation>无</translation>
    </message>
    <message>
        <source>RFC</source>
        <translation>RFC截止</translation>
    </message>
    <message>
        <source>PR</source>
        <translation>PR截止</translation>
    </message>
    <message>
        <source>results</source>
        <translation>结果公布</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) to %1</source>
        <translation>
            <numerusform>距%1还有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>已认领</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>prize pool</source>
        <translation>奖金池</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>参赛者</translation>
    </message>
    <message>
        <source>next deadline</source>
        <translation>下一个截止日期</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <source>remaining</source>
        <translation>剩余</translation>
    </message>
</context>
<context>
    <name>hd::PacketWorkspace</name>
    <message>
        <source>%1 · revision %2</source>
        <translation>%1 · 修订版 %2</translation>
    </message>
    <message>
        <source>revision %1 of the packet</source>
        <translation>已存入评审包修订版 %1</translation>
    </message>
</context>
<context>
    <name>hd::ParticipantDialog</name>
    <message>
        <source>Edit @%1</source>
        <translation>编辑 @%1</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>新建参赛者</translation>
    </message>
    <message>
        <source>GitHub login, without @</source>
        <translation>GitHub 用户名，不带 @</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>GitHub 用户名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>所属单位(&amp;O)：</translation>
    </message>
    <message>
        <source>Give the participant&apos;s GitHub login.</source>
        <translation>请填写参赛者的 GitHub 用户名。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GitHub login: letters, digits and single hyphens, at most 39.</source>
        <translation>“%1”不是有效的 GitHub 用户名：只能包含字母、数字和单个连字符，最多 39 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>“%1”不是有效的电子邮件地址。</translation>
    </message>
</context>
<context>
    <name>hd::PayoutsPage</name>
    <message>
        <source>Capped or not</source>
        <translation>封顶与否</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message numerus="yes">
        <source>%n people paid %1 of the %2 pool (%3 before the cap). Stars of the event: %4.</source>
        <translation>
            <numerusform>已向 %n 人发放 %1（奖金池 %2；封顶前 %3）。开源之星：%4。</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Article No.%1 by @%2 is number %3 to merge: over the quota, not paid in stage 1.</source>
        <translation>@%2 的稿件 No.%1 是第 %3 篇合入的：超出名额，第一阶段不发放。</translation>
    </message>
    <message>
        <source>Export payouts</source>
        <translation>导出奖金发放</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
</context>
<context>
    <name>hd::RubricDialog</name>
    <message>
        <source>Add &amp;Figure Criterion</source>
        <translation>添加指标评分项(&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Rubric of %1</source>
        <translation>%1 的评分细则</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Add Criterion</source>
        <translation>添加评分项(&amp;A)</translation>
    </message>
    <message>
        <source>A criterion scored from a figure the authors report (articles), log-scaled.</source>
        <translation>根据作者上报的指标（文章类作品）计分的评分项，按对数缩放。</translation>
    </message>
    <message>
        <source>Only the ratios between weights matter.</source>
        <translation>只有权重之间的比例有意义。</translation>
    </message>
    <message>
        <source>What judges look at</source>
        <translation>评委关注的要点</translation>
    </message>
    <message>
        <source>One level per line, &quot;score: description&quot;, e.g.
1: most sub-tasks not done
4: about half done
7: the main goals reached
9: all done, beyond the plan</source>
        <translation>每行一个等级，格式为“分数: 说明”，例如：
1: 大部分子任务未完成
4: 完成约一半
7: 达成主要目标
9: 全部完成，超出计划</translation>
    </message>
    <message>
        <source>A level describes its score and every score above it up to the next level; the lowest score of the scale needs one.</source>
        <translation>每个等级说明该分数及其以上、直到下一等级之前的所有分数；分值范围的最低分必须有等级说明。</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>分值范围(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Criteria:</source>
        <translation>评分项(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
    <message>
        <source>Derived from:</source>
        <translation>取自：</translation>
    </message>
    <message>
        <source>&amp;Levels:</source>
        <translation>等级(&amp;L)：</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>%1 — weight %2 (%3 %), from the reported %4</source>
        <translation>%1 — 权重 %2（%3%），取自上报的%4</translation>
    </message>
    <message>
        <source>%1. %2 — weight %3 (%4 %)</source>
        <translation>%1. %2 — 权重 %3（%4%）</translation>
    </message>
    <message>
        <source>(scored by the judges)</source>
        <translation>（由评委评分）</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>评分项 %1</translation>
    </message>
    <message>
        <source>%1, levels line %2: write &quot;score: description&quot;, e.g. &quot;7: the main goals reached&quot;.</source>
        <translation>%1，等级第 %2 行：请写成“分数: 说明”，例如“7: 达成主要目标”。</translation>
    </message>
</context>
<context>
    <name>hd::ScoreForm</name>
    <message>
        <source>pull request</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>slides</source>
        <translation>幻灯片</translation>
    </message>
    <message>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Comment for the organisers (optional)</source>
        <translation>给主办方的备注（可选）</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>%1 (weight %2, from the reported %3)</source>
        <translation>%1（权重 %2，依据报告的 %3）</translation>
    </message>
    <message>
        <source>A whole number from %1 to %2; Up and Down change it.</source>
        <translation>%1 到 %2 之间的整数；可用上下方向键调整。</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <source>Also counted, from the figures the author reported: %1.</source>
        <translation>同时计入作者报告的数据：%1。</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>任务 %1</translation>
    </message>
    <message>
        <source>Reported: %1</source>
        <translation>报告数据：%1</translation>
    </message>
</context>
<context>
    <name>hd::ScoreFormDialog</name>
    <message>
        <source>Save &amp;Draft</source>
        <translation>保存草稿(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Score sheet of @%1 for #%2</source>
        <translation>@%1 对 #%2 的评分表</translation>
    </message>
    <message>
        <source>Keep it as a draft: it does not count in the results yet (Ctrl+S).</source>
        <translation>保存为草稿：暂不计入结果（Ctrl+S）。</translation>
    </message>
    <message>
        <source>Every criterion scored: it counts in the results (Ctrl+Enter).</source>
        <translation>所有评分项均已评分：将计入结果（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>That submission no longer exists.</source>
        <translation>该作品已不存在。</translation>
    </message>
    <message>
        <source>The track has no rubric yet.</source>
        <translation>该赛道还没有评分细则。</translation>
    </message>
    <message>
        <source>Discard the changes to this score sheet?</source>
        <translation>放弃对这份评分表的修改吗？</translation>
    </message>
</context>
<context>
    <name>hd::SettingsDialog</name>
    <message>
        <source>Event settings</source>
        <translation>活动设置</translation>
    </message>
</context>
<context>
    <name>hd::SetupEditor</name>
    <message>
        <source>Identity</source>
        <translation>活动信息</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>活动名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>主办方(&amp;O)：</translation>
    </message>
    <message>
        <source>S&amp;ponsor:</source>
        <translation>赞助方(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Language on GitHub (zh_CN or en):</source>
        <translation>GitHub 上使用的语言（zh_CN 或 en）(&amp;L)：</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>奖金</translation>
    </message>
    <message>
        <source>&amp;Currency (ISO 4217):</source>
        <translation>币种（ISO 4217）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Star value:</source>
        <translation>每星金额(&amp;S)：</translation>
    </message>
    <message>
        <source>Cap per &amp;person (0 = none):</source>
        <translation>每人上限（0 = 不设上限）(&amp;P)：</translation>
    </message>
    <message>
        <source>Prize p&amp;ool:</source>
        <translation>奖金池(&amp;O)：</translation>
    </message>
    <message>
        <source>Time zone and deadlines</source>
        <translation>时区与截止时间</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>La&amp;unch:</source>
        <translation>启动时间(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Design document deadline:</source>
        <translation>设计文档截止(&amp;D)：</translation>
    </message>
    <message>
        <source>P&amp;R deadline:</source>
        <translation>PR 截止(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>结果公布(&amp;R)：</translation>
    </message>
    <message>
        <source>Conventions on GitHub</source>
        <translation>GitHub 上的约定</translation>
    </message>
    <message>
        <source>Claim &amp;words (;-separated):</source>
        <translation>报名关键词（以 ; 分隔）(&amp;W)：</translation>
    </message>
    <message>
        <source>PR-&amp;title patterns ({n} = task number):</source>
        <translation>PR 标题格式（{n} 为任务编号）(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. 2026-05-04T10:00 (in the event&apos;s time zone)</source>
        <translation>例如 2026-05-04T10:00（按活动时区）</translation>
    </message>
</context>
<context>
    <name>hd::SharedEventDialog</name>
    <message>
        <source>Open Shared Event</source>
        <translation>打开共享活动</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /var/run/postgresql</source>
        <translation>db.example.org，或套接字目录，如 /var/run/postgresql</translation>
    </message>
    <message>
        <source>hackathon</source>
        <translation>hackathon</translation>
    </message>
    <message>
        <source>your login on the server</source>
        <translation>您在服务器上的登录名</translation>
    </message>
    <message>
        <source>empty: from PGPASSWORD, ~/.pgpass or the keychain</source>
        <translation>留空：取自 PGPASSWORD、~/.pgpass 或钥匙串</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>网址(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Give the event&apos;s URL, or its server, database and login.</source>
        <translation>请填写活动的网址，或其服务器、数据库和登录名。</translation>
    </message>
    <message>
        <source>Server: give the server&apos;s name or address, or the folder of its socket.</source>
        <translation>服务器：请填写服务器的名称或地址，或其套接字所在目录。</translation>
    </message>
    <message>
        <source>%1

The server wants a password for this login: type it in File &gt; Open Shared Event…, or put it in PGPASSWORD or ~/.pgpass.</source>
        <translation>%1

服务器要求此登录名提供密码：请在“文件 &gt; 打开共享活动…”中输入，或写入 PGPASSWORD 或 ~/.pgpass。</translation>
    </message>
    <message>
        <source>%1

Check the names of the database and the login.</source>
        <translation>%1

请检查数据库名和登录名。</translation>
    </message>
    <message>
        <source>%1

Check the server&apos;s name (or socket folder) and port, and that the server is running.</source>
        <translation>%1

请检查服务器名称（或套接字目录）和端口，并确认服务器正在运行。</translation>
    </message>
</context>
<context>
    <name>hd::SharedWorkspace</name>
    <message>
        <source>%1 is not a judge&apos;s connection: open it in the staff window.</source>
        <translation>%1 不是评委的连接：请在工作人员窗口中打开。</translation>
    </message>
    <message>
        <source>%1 Trying again…</source>
        <translation>%1 正在重试…</translation>
    </message>
    <message>
        <source>Connected again to %1; what is shown was reloaded.</source>
        <translation>已重新连接到 %1；显示的内容已重新加载。</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>已存入服务器</translation>
    </message>
</context>
<context>
    <name>hd::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>hd::SubmissionDialog</name>
    <message>
        <source>Edit submission #%1</source>
        <translation>编辑作品 #%1</translation>
    </message>
    <message>
        <source>New submission</source>
        <translation>新建作品</translation>
    </message>
    <message>
        <source>@login of a participant, or a team&apos;s name</source>
        <translation>参赛者的 @login，或队伍名称</translation>
    </message>
    <message>
        <source>One per line: pr:URL, slides:URL, report:URL, article:URL or a bare address</source>
        <translation>每行一个：pr:URL、slides:URL、report:URL、article:URL，或直接填写地址</translation>
    </message>
    <message>
        <source>T&amp;rack:</source>
        <translation>赛道(&amp;R)：</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>提交者(&amp;B)：</translation>
    </message>
    <message>
        <source>Tas&amp;k:</source>
        <translation>任务(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Links:</source>
        <translation>链接(&amp;L)：</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未上报</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Track: the event has no track yet.</source>
        <translation>赛道：活动中还没有赛道。</translation>
    </message>
    <message>
        <source>Title: give the submission a title.</source>
        <translation>标题：请填写作品标题。</translation>
    </message>
    <message>
        <source>By: give the participant (@login) or the team who submitted it.</source>
        <translation>提交者：请填写提交该作品的参赛者（@login）或队伍。</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>提交者：%1</translation>
    </message>
    <message>
        <source>Links, line %1: %2</source>
        <translation>链接第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number of 0 or more.</source>
        <translation>%1：“%2”不是大于等于 0 的整数。</translation>
    </message>
    <message>
        <source>Edit submission</source>
        <translation>编辑作品</translation>
    </message>
</context>
<context>
    <name>hd::SyncDialog</name>
    <message>
        <source>%1: %2 s left (Cancel stops the sync)</source>
        <translation>%1：剩余 %2 秒（点击“取消同步”可停止同步）</translation>
    </message>
    <message>
        <source>%1 left, resets at %2</source>
        <translation>剩余 %1 次，%2 重置</translation>
    </message>
    <message>
        <source>not reported by the server</source>
        <translation>服务器未提供</translation>
    </message>
    <message>
        <source>%1 (this sync: %2 requests, %3 not modified)</source>
        <translation>%1（本次同步：请求 %2 次，%3 次未修改）</translation>
    </message>
    <message>
        <source>Read &amp;everything again (ignore what earlier syncs stored)</source>
        <translation>全部重新读取（忽略之前同步保存的内容）(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>取消同步(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Sync with GitHub</source>
        <translation>与 GitHub 同步</translation>
    </message>
    <message>
        <source>Set &amp;Token…</source>
        <translation>设置 token(&amp;T)…</translation>
    </message>
    <message>
        <source>GitHub API:</source>
        <translation>GitHub API：</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>上次同步：</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>速率限制：</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token：</translation>
    </message>
    <message>
        <source>What changed, and what to answer on GitHub (nothing is posted):</source>
        <translation>变更内容，以及需要在 GitHub 上回复的内容（不会自动发布）：</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>unknown until the first sync</source>
        <translation>首次同步前未知</translation>
    </message>
    <message>
        <source>%1 requests left, resets at %2</source>
        <translation>剩余 %1 次请求，%2 重置</translation>
    </message>
    <message>
        <source>%1 requests left</source>
        <translation>剩余 %1 次请求</translation>
    </message>
    <message>
        <source>set in this session</source>
        <translation>本次会话中设置</translation>
    </message>
    <message>
        <source>from GITHUB_TOKEN</source>
        <translation>来自 GITHUB_TOKEN</translation>
    </message>
    <message>
        <source>from the system keychain</source>
        <translation>来自系统钥匙串</translation>
    </message>
    <message>
        <source>none: GitHub allows 60 requests an hour without one</source>
        <translation>未设置：没有 token 时 GitHub 每小时只允许 60 次请求</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>set (%1)</source>
        <translation>已设置（%1）</translation>
    </message>
    <message>
        <source>The system keychain could not keep the token (%1); it is kept until HackDesk quits.</source>
        <translation>系统钥匙串无法保存 token（%1）；token 将保留到 HackDesk 退出为止。</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>kept until HackDesk quits</source>
        <translation>保留到 HackDesk 退出为止</translation>
    </message>
    <message>
        <source>GitHub Token</source>
        <translation>GitHub Token</translation>
    </message>
    <message>
        <source>A GitHub token lifts the limit from 60 to 5,000 requests an hour. Read access to public repositories is enough. It is never written to the event file.
Leave empty to remove it.</source>
        <translation>GitHub token 可将请求上限从每小时 60 次提高到 5,000 次。只需公共仓库的读取权限即可。token 绝不会写入活动文件。
留空则删除 token。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Problem: %1 (@%2): %3</source>
        <translation>问题：%1（@%2）：%3</translation>
    </message>
    <message>
        <source>    Reply: %1</source>
        <translation>    回复：%1</translation>
    </message>
    <message>
        <source>%1 requests (%2 not modified): %3 claims added, %4 status changes, %5 tasks completed, %6 new problems.</source>
        <translation>请求 %1 次（%2 次未修改）：新增认领 %3 条，状态变更 %4 处，完成任务 %5 个，新问题 %6 个。</translation>
    </message>
    <message>
        <source>The sync stopped: %1 Nothing was changed.</source>
        <translation>同步已停止：%1未做任何更改。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>全部复制(&amp;A)</translation>
    </message>
</context>
<context>
    <name>hd::TablePage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>搜索…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Login</source>
        <translation>复制用户名(&amp;L)</translation>
    </message>
    <message>
        <source>Open Profile on &amp;GitHub</source>
        <translation>在 GitHub 上打开主页(&amp;G)</translation>
    </message>
</context>
<context>
    <name>hd::TaskDialog</name>
    <message>
        <source>Edit task No.%1</source>
        <translation>编辑任务 No.%1</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>An RFC must be merged before coding</source>
        <translation>编码前须先合入 RFC</translation>
    </message>
    <message>
        <source>Locked: takes no new claims</source>
        <translation>已锁定：不再接受新的认领</translation>
    </message>
    <message>
        <source>Removed from the event</source>
        <translation>已从活动中删除</translation>
    </message>
    <message>
        <source>e.g. 1, 2 or 0.5</source>
        <translation>例如 1、2 或 0.5</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>赛道(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>编号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>任务方向(&amp;D)：</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>链接(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Stars:</source>
        <translation>星数(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Cash:</source>
        <translation>现金(&amp;C)：</translation>
    </message>
    <message>
        <source>The event has no track yet.</source>
        <translation>活动中还没有赛道。</translation>
    </message>
    <message>
        <source>Give the task a title.</source>
        <translation>请填写任务标题。</translation>
    </message>
    <message>
        <source>Stars cannot be negative.</source>
        <translation>星数不能为负数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of stars (up to three decimals, e.g. 0.5).</source>
        <translation>“%1”不是有效的星数（最多三位小数，例如 0.5）。</translation>
    </message>
    <message>
        <source>A cash amount cannot be negative.</source>
        <translation>现金金额不能为负数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link.</source>
        <translation>“%1”不是有效的链接。</translation>
    </message>
    <message>
        <source>%1, only for tasks paid in cash</source>
        <translation>%1，仅用于以现金奖励的任务</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2.</source>
        <translation>“%1”不是以 %2 计的金额。</translation>
    </message>
</context>
<context>
    <name>hd::TeamDialog</name>
    <message>
        <source>Edit team %1</source>
        <translation>编辑队伍 %1</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>新建队伍</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>队伍名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>成员(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>队长(&amp;L)：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Give the team a name.</source>
        <translation>请填写队伍名称。</translation>
    </message>
</context>
<context>
    <name>hd::TrackDialog</name>
    <message>
        <source>Edit track %1</source>
        <translation>编辑赛道 %1</translation>
    </message>
    <message>
        <source>New track</source>
        <translation>新赛道</translation>
    </message>
    <message>
        <source>Months beyond three raise the grade</source>
        <translation>超过三个月的部分可提升等级</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Budget (%1):</source>
        <translation>预算（%1）(&amp;B)：</translation>
    </message>
    <message>
        <source>Articles: stage-1 &amp;quota:</source>
        <translation>文章：第一阶段名额(&amp;Q)：</translation>
    </message>
    <message>
        <source>Articles: &amp;stars per slot:</source>
        <translation>文章：每个名额的星数(&amp;S)：</translation>
    </message>
    <message>
        <source>Fundable: payout &amp;threshold (%):</source>
        <translation>可资助项目：发放门槛（%）(&amp;T)：</translation>
    </message>
    <message>
        <source>Camp:</source>
        <translation>集训营：</translation>
    </message>
    <message>
        <source>GitHub &amp;issue:</source>
        <translation>GitHub issue(&amp;I)：</translation>
    </message>
    <message>
        <source>Reward tier</source>
        <translation>奖励档位</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星数</translation>
    </message>
    <message>
        <source>Cash (%1)</source>
        <translation>现金（%1）</translation>
    </message>
    <message>
        <source>Add &amp;Tier</source>
        <translation>添加档位(&amp;T)</translation>
    </message>
    <message>
        <source>Reward tiers:</source>
        <translation>奖励档位：</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>任务方向</translation>
    </message>
    <message>
        <source>Add &amp;Direction</source>
        <translation>添加方向(&amp;D)</translation>
    </message>
    <message>
        <source>Directions:</source>
        <translation>任务方向：</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Direction %1 needs a name.</source>
        <translation>第 %1 个任务方向需要名称。</translation>
    </message>
</context>
<context>
    <name>hd::TracksPage</name>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>赛道</translation>
    </message>
    <message>
        <source>Track &quot;%1&quot; cannot be removed: %2. Remove those first.</source>
        <translation>无法删除赛道“%1”：%2。请先删除这些内容。</translation>
    </message>
    <message>
        <source>Remove track</source>
        <translation>删除赛道</translation>
    </message>
    <message>
        <source>Remove track &quot;%1&quot;?</source>
        <translation>删除赛道“%1”？</translation>
    </message>
</context>
<context>
    <name>hd::WeeklyReportDialog</name>
    <message>
        <source>Weekly report of @%1</source>
        <translation>@%1 的周报</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Hours worked that week; under %1 is flagged</source>
        <translation>该周的工时；低于 %1 小时会被标记</translation>
    </message>
    <message>
        <source>Camper:</source>
        <translation>营员：</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>周次(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>工时(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>链接(&amp;L)：</translation>
    </message>
    <message>
        <source>@%1 is not an accepted camper: weekly reports are for campers.</source>
        <translation>@%1 不是已录取的营员：只有营员提交周报。</translation>
    </message>
    <message>
        <source>Link: &quot;%1&quot; is not a web address (https://…).</source>
        <translation>链接：“%1”不是网址（https://…）。</translation>
    </message>
</context>
<context>
    <name>hd::files::SaveFiles</name>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 是一个文件夹；请选择文件名。</translation>
    </message>
    <message>
        <source>%1 already exists.
Replace it?</source>
        <translation>%1 已存在。
要替换它吗？</translation>
    </message>
</context>
</TS>
