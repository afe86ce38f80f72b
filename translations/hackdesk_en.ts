<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CampRules</name>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Résumé received</source>
        <translation>Résumé received</translation>
    </message>
    <message>
        <source>Interview scheduled</source>
        <translation>Interview scheduled</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Interviewed</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>Waitlisted</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>A camp application uses 【报名】, not 【提交】.</source>
        <translation>A camp application uses 【报名】, not 【提交】.</translation>
    </message>
    <message numerus="yes">
        <source>Project %1 has no seat left (%n seat(s), all filled).</source>
        <translation>
            <numerusform>Project %1 has no seat left (%n seat, all filled).</numerusform>
            <numerusform>Project %1 has no seat left (%n seats, all filled).</numerusform>
        </translation>
    </message>
    <message>
        <source>The applicant did not wish for project %1 and does not accept reassignment (不接受调剂).</source>
        <translation>The applicant did not wish for project %1 and does not accept reassignment (不接受调剂).</translation>
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
        <translation>%1 is a file: only a shared event (postgresql://…) announces its changes.</translation>
    </message>
    <message>
        <source>Cannot listen for changes on %1: %2</source>
        <translation>Cannot listen for changes on %1: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>The connection to %1 was lost: %2</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>%1 stars</source>
        <translation>%1 stars</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Launch</translation>
    </message>
    <message>
        <source>RFC due</source>
        <translation>RFC due</translation>
    </message>
    <message>
        <source>PR due</source>
        <translation>PR due</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>day (event time)</source>
        <translation>day (event time)</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tasks</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Not claimed</source>
        <translation>Not claimed</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Over budget</translation>
    </message>
    <message>
        <source>Prize pool (all tracks)</source>
        <translation>Prize pool (all tracks)</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Stars</translation>
    </message>
    <message>
        <source>stars</source>
        <translation>stars</translation>
    </message>
    <message>
        <source>Claim progress</source>
        <translation>Claim progress</translation>
    </message>
    <message>
        <source>Tasks by direction</source>
        <translation>Tasks by direction</translation>
    </message>
    <message>
        <source>Prize pool by track</source>
        <translation>Prize pool by track</translation>
    </message>
    <message>
        <source>Stars leaderboard</source>
        <translation>Stars leaderboard</translation>
    </message>
    <message>
        <source>%1 (day %2)
Claimed: %3
Submitted: %4
Completed: %5</source>
        <translation>%1 (day %2)
Claimed: %3
Submitted: %4
Completed: %5</translation>
    </message>
    <message>
        <source>%1 · %2
Tasks: %3
Submitted / claimed: %4 / %5 (%6%)
Completed: %7 (%8%)</source>
        <translation>%1 · %2
Tasks: %3
Submitted / claimed: %4 / %5 (%6%)
Completed: %7 (%8%)</translation>
    </message>
    <message>
        <source>%1
Committed: %2
No budget set</source>
        <translation>%1
Committed: %2
No budget set</translation>
    </message>
    <message>
        <source>%1
Committed: %2 of %3
Over budget by %4</source>
        <translation>%1
Committed: %2 of %3
Over budget by %4</translation>
    </message>
    <message>
        <source>%1
Committed: %2 of %3
Remaining: %4</source>
        <translation>%1
Committed: %2 of %3
Remaining: %4</translation>
    </message>
    <message>
        <source>%1. @%2 %3
%4, paid %5</source>
        <translation>%1. @%2 %3
%4, paid %5</translation>
    </message>
    <message>
        <source>%1: no submitted scores yet</source>
        <translation>%1: no submitted scores yet</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Raw</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normalised</translation>
    </message>
    <message>
        <source>weighted score</source>
        <translation>weighted score</translation>
    </message>
    <message>
        <source>Score distributions by judge</source>
        <translation>Score distributions by judge</translation>
    </message>
    <message>
        <source>%1: mean %2, median %3, %4 to %5</source>
        <translation>%1: mean %2, median %3, %4 to %5</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2
%n sheet(s) submitted</source>
        <translation>
            <numerusform>%1 · %2
%n sheet submitted</numerusform>
            <numerusform>%1 · %2
%n sheets submitted</numerusform>
        </translation>
    </message>
    <message>
        <source>Star of the event</source>
        <translation>Star of the event</translation>
    </message>
    <message>
        <source>%1: no data yet</source>
        <translation>%1: no data yet</translation>
    </message>
</context>
<context>
    <name>ClaimComment</name>
    <message>
        <source>Task number %1 is too large (at most %2).</source>
        <translation>Task number %1 is too large (at most %2).</translation>
    </message>
    <message>
        <source>Task number %1 does not exist: task numbers start at 1.</source>
        <translation>Task number %1 does not exist: task numbers start at 1.</translation>
    </message>
    <message>
        <source>The range %1-%2 runs backwards.</source>
        <translation>The range %1-%2 runs backwards.</translation>
    </message>
    <message>
        <source>The range %1-%2 names more than %3 tasks.</source>
        <translation>The range %1-%2 names more than %3 tasks.</translation>
    </message>
    <message>
        <source>More than %1 task numbers.</source>
        <translation>More than %1 task numbers.</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot; after %2.</source>
        <translation>Cannot read &quot;%1&quot; after %2.</translation>
    </message>
    <message>
        <source>No task number after %1; the format is 【报名】: task number.</source>
        <translation>No task number after %1; the format is 【报名】: task number.</translation>
    </message>
    <message>
        <source>The comment both claims (报名) and submits (提交); use one comment each.</source>
        <translation>The comment both claims (报名) and submits (提交); use one comment each.</translation>
    </message>
    <message>
        <source>【其他意向】 without 【报名】: name the project applied for first.</source>
        <translation>【其他意向】 without 【报名】: name the project applied for first.</translation>
    </message>
    <message>
        <source>Task numbers without %1 before them; the format is %1: task number.</source>
        <translation>Task numbers without %1 before them; the format is %1: task number.</translation>
    </message>
</context>
<context>
    <name>ClaimRepository</name>
    <message>
        <source>A claim names task %1, which does not exist.</source>
        <translation>A claim names task %1, which does not exist.</translation>
    </message>
    <message>
        <source>A claim on task No.%1 needs either a participant or a team.</source>
        <translation>A claim on task No.%1 needs either a participant or a team.</translation>
    </message>
    <message>
        <source>A claim on task No.%1 names a participant who does not exist.</source>
        <translation>A claim on task No.%1 names a participant who does not exist.</translation>
    </message>
    <message>
        <source>A claim on task No.%1 names a team that does not exist.</source>
        <translation>A claim on task No.%1 names a team that does not exist.</translation>
    </message>
    <message>
        <source>That claimant has already claimed task No.%1.</source>
        <translation>That claimant has already claimed task No.%1.</translation>
    </message>
    <message>
        <source>That claim no longer exists.</source>
        <translation>That claim no longer exists.</translation>
    </message>
    <message>
        <source>Could not store PR %1#%2.</source>
        <translation>Could not store PR %1#%2.</translation>
    </message>
</context>
<context>
    <name>ClaimStatus</name>
    <message>
        <source>Claimed</source>
        <translation>Claimed</translation>
    </message>
    <message>
        <source>RFC submitted</source>
        <translation>RFC submitted</translation>
    </message>
    <message>
        <source>Design doc merged</source>
        <translation>Design doc merged</translation>
    </message>
    <message>
        <source>PR submitted</source>
        <translation>PR submitted</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Partly done</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>hackdesk: %1 needs a value.</source>
        <translation>hackdesk: %1 needs a value.</translation>
    </message>
    <message>
        <source>hackdesk: unknown option %1 (see hackdesk --help).</source>
        <translation>hackdesk: unknown option %1 (see hackdesk --help).</translation>
    </message>
    <message>
        <source>hackdesk: unknown command &quot;%1&quot; (see hackdesk --help).</source>
        <translation>hackdesk: unknown command &quot;%1&quot; (see hackdesk --help).</translation>
    </message>
    <message>
        <source>Also add demo data: tasks, people, teams and claims.</source>
        <translation>Also add demo data: tasks, people, teams and claims.</translation>
    </message>
    <message>
        <source>Set up %1%2 in %3.</source>
        <translation>Set up %1%2 in %3.</translation>
    </message>
    <message>
        <source> with demo data</source>
        <translation> with demo data</translation>
    </message>
    <message>
        <source>Nothing to do: %1 is already set up.</source>
        <translation>Nothing to do: %1 is already set up.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <source>Prints the event&apos;s figures.</source>
        <translation>Prints the event&apos;s figures.</translation>
    </message>
    <message>
        <source>Pool %1, 1 star = %2, cap %3 per person</source>
        <translation>Pool %1, 1 star = %2, cap %3 per person</translation>
    </message>
    <message>
        <source>  [%1] %2 (%3): %4 tasks, %5 claimed, %6 submitted, %7 completed</source>
        <translation>  [%1] %2 (%3): %4 tasks, %5 claimed, %6 submitted, %7 completed</translation>
    </message>
    <message>
        <source>%1 participants, %2 teams, %3 claims</source>
        <translation>%1 participants, %2 teams, %3 claims</translation>
    </message>
    <message>
        <source>get, set or list</source>
        <translation>get, set or list</translation>
    </message>
    <message>
        <source>the setting, e.g. github.prefix</source>
        <translation>the setting, e.g. github.prefix</translation>
    </message>
    <message>
        <source>the new value (set only)</source>
        <translation>the new value (set only)</translation>
    </message>
    <message>
        <source>Reads and changes the event&apos;s settings.</source>
        <translation>Reads and changes the event&apos;s settings.</translation>
    </message>
    <message>
        <source>hackdesk config: use &quot;config list&quot;, &quot;config get KEY&quot; or &quot;config set KEY VALUE&quot;.</source>
        <translation>hackdesk config: use &quot;config list&quot;, &quot;config get KEY&quot; or &quot;config set KEY VALUE&quot;.</translation>
    </message>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation>Show this command&apos;s options.</translation>
    </message>
    <message>
        <source>Print the event&apos;s figures per track.</source>
        <translation>Print the event&apos;s figures per track.</translation>
    </message>
    <message>
        <source>Read or change the event&apos;s settings (github.prefix, github.repos, track.&lt;id&gt;.issue ...).</source>
        <translation>Read or change the event&apos;s settings (github.prefix, github.repos, track.&lt;id&gt;.issue ...).</translation>
    </message>
    <message>
        <source>the CSV file (UTF-8, with a header row)</source>
        <translation>the CSV file (UTF-8, with a header row)</translation>
    </message>
    <message>
        <source>hackdesk import-csv: give one FILE, e.g. &quot;import-csv --kind tasks tasks.csv&quot;.</source>
        <translation>hackdesk import-csv: give one FILE, e.g. &quot;import-csv --kind tasks tasks.csv&quot;.</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translation>%1: %2 added, %3 updated, %4 unchanged</translation>
    </message>
    <message numerus="yes">
        <source>; %n new participant(s)</source>
        <translation>
            <numerusform>; %n new participant</numerusform>
            <numerusform>; %n new participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n claim(s) kept a higher status</source>
        <translation>
            <numerusform>; %n claim kept a higher status</numerusform>
            <numerusform>; %n claims kept a higher status</numerusform>
        </translation>
    </message>
    <message>
        <source>where to write (with a byte-order mark for Excel); standard output without a BOM when left out</source>
        <translation>where to write (with a byte-order mark for Excel); standard output without a BOM when left out</translation>
    </message>
    <message>
        <source>hackdesk export-csv: give at most one FILE.</source>
        <translation>hackdesk export-csv: give at most one FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hackdesk export-csv: left out %n team claim(s); the claims file names one login per claim.</source>
        <translation>
            <numerusform>hackdesk export-csv: left out %n team claim; the claims file names one login per claim.</numerusform>
            <numerusform>hackdesk export-csv: left out %n team claims; the claims file names one login per claim.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a CSV file (all rows or none; existing rows are updated, so importing twice is safe).</source>
        <translation>Import a CSV file (all rows or none; existing rows are updated, so importing twice is safe).</translation>
    </message>
    <message>
        <source>Export as CSV with the same columns (standard output when no FILE is given).</source>
        <translation>Export as CSV with the same columns (standard output when no FILE is given).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 is not UTF-8 text.</translation>
    </message>
    <message>
        <source>The track: an id from summary --json, or tasks, camp, articles, fundable.</source>
        <translation>The track: an id from summary --json, or tasks, camp, articles, fundable.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Print the report as JSON.</translation>
    </message>
    <message>
        <source>hackdesk import-issue: give --track T and --file BODY.md.</source>
        <translation>hackdesk import-issue: give --track T and --file BODY.md.</translation>
    </message>
    <message>
        <source>would change: %1</source>
        <translation>would change: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>changed: %1</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1 tasks added, %2 updated, %3 claims added, %4 status changes, %5 problems%6</source>
        <translation>%1 tasks added, %2 updated, %3 claims added, %4 status changes, %5 problems%6</translation>
    </message>
    <message>
        <source> (dry run: nothing saved)</source>
        <translation> (dry run: nothing saved)</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Write to this file instead of standard output.</translation>
    </message>
    <message>
        <source>Writes a track&apos;s task list as its GitHub issue body.</source>
        <translation>Writes a track&apos;s task list as its GitHub issue body.</translation>
    </message>
    <message>
        <source>hackdesk export-issue: give --track T.</source>
        <translation>hackdesk export-issue: give --track T.</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv or json.</translation>
    </message>
    <message>
        <source>Computes who gets paid what under each track&apos;s rules.</source>
        <translation>Computes who gets paid what under each track&apos;s rules.</translation>
    </message>
    <message>
        <source>hackdesk payouts: --format is csv or json, not &quot;%1&quot;.</source>
        <translation>hackdesk payouts: --format is csv or json, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Read a track&apos;s task list (tables, claimants, PRs, finishers) from its GitHub issue body.</source>
        <translation>Read a track&apos;s task list (tables, claimants, PRs, finishers) from its GitHub issue body.</translation>
    </message>
    <message>
        <source>Write a track&apos;s task list, dashboard and leaderboard as Markdown for its GitHub issue.</source>
        <translation>Write a track&apos;s task list, dashboard and leaderboard as Markdown for its GitHub issue.</translation>
    </message>
    <message>
        <source>Compute every person&apos;s stars and money under the tracks&apos; rules, the cap and the pool.</source>
        <translation>Compute every person&apos;s stars and money under the tracks&apos; rules, the cap and the pool.</translation>
    </message>
    <message>
        <source>What the file holds: tasks, participants, claims, applications, weekly-reports or sub-tasks.</source>
        <translation>What the file holds: tasks, participants, claims, applications, weekly-reports or sub-tasks.</translation>
    </message>
    <message>
        <source>--kind is missing: give tasks, participants, claims, applications, weekly-reports or sub-tasks.</source>
        <translation>--kind is missing: give tasks, participants, claims, applications, weekly-reports or sub-tasks.</translation>
    </message>
    <message>
        <source>--kind &quot;%1&quot; is not one of tasks, participants, claims, applications, weekly-reports, sub-tasks.</source>
        <translation>--kind &quot;%1&quot; is not one of tasks, participants, claims, applications, weekly-reports, sub-tasks.</translation>
    </message>
    <message>
        <source>Imports tasks, participants, claims, camp applications, weekly reports or sub-tasks from a CSV file: all rows or none; rows already there are updated.</source>
        <translation>Imports tasks, participants, claims, camp applications, weekly reports or sub-tasks from a CSV file: all rows or none; rows already there are updated.</translation>
    </message>
    <message>
        <source>Exports tasks, participants, claims, camp applications, weekly reports or sub-tasks as CSV with the columns import-csv reads.</source>
        <translation>Exports tasks, participants, claims, camp applications, weekly reports or sub-tasks as CSV with the columns import-csv reads.</translation>
    </message>
    <message>
        <source>Print the board.</source>
        <translation>Print the board.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>The track (default: the first of its kind).</source>
        <translation>The track (default: the first of its kind).</translation>
    </message>
    <message>
        <source>Prints the board of the code camp or the fundable projects.</source>
        <translation>Prints the board of the code camp or the fundable projects.</translation>
    </message>
    <message>
        <source>hackdesk %1: use &quot;%1 list [--json]&quot;.</source>
        <translation>hackdesk %1: use &quot;%1 list [--json]&quot;.</translation>
    </message>
    <message>
        <source>Track %1 is not a %2 track.</source>
        <translation>Track %1 is not a %2 track.</translation>
    </message>
    <message>
        <source>%1. %2 [%3] campers: %4 of %5; %6 h reported</source>
        <translation>%1. %2 [%3] campers: %4 of %5; %6 h reported</translation>
    </message>
    <message>
        <source>%1. %2 (%3 stars) %4 % complete, defence %5</source>
        <translation>%1. %2 (%3 stars) %4 % complete, defence %5</translation>
    </message>
    <message>
        <source>The code-camp board: projects, seats, campers and where each stands.</source>
        <translation>The code-camp board: projects, seats, campers and where each stands.</translation>
    </message>
    <message>
        <source>The fundable projects: sub-tasks, completion, deliverables and defence.</source>
        <translation>The fundable projects: sub-tasks, completion, deliverables and defence.</translation>
    </message>
    <message>
        <source>Waiting %1 s: %2</source>
        <translation>Waiting %1 s: %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>hackdesk sync: --%1 needs a whole number of at least %2.</source>
        <translation>hackdesk sync: --%1 needs a whole number of at least %2.</translation>
    </message>
    <message>
        <source>GitHub&apos;s API, instead of the github.api-url setting.</source>
        <translation>GitHub&apos;s API, instead of the github.api-url setting.</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Print the result as one JSON object.</translation>
    </message>
    <message>
        <source>Read every page again instead of only what changed since the last sync.</source>
        <translation>Read every page again instead of only what changed since the last sync.</translation>
    </message>
    <message>
        <source>Wait at most this long for a rate limit, else stop (default 300).</source>
        <translation>Wait at most this long for a rate limit, else stop (default 300).</translation>
    </message>
    <message>
        <source>Give up on a request when nothing arrives for this long (default 30).</source>
        <translation>Give up on a request when nothing arrives for this long (default 30).</translation>
    </message>
    <message>
        <source>Retries of a request after a server error or timeout (default 3).</source>
        <translation>Retries of a request after a server error or timeout (default 3).</translation>
    </message>
    <message>
        <source>Reads claims and PRs from GitHub into the event: the track issues, their comments and the PRs of the watched repos. The token comes from GITHUB_TOKEN.</source>
        <translation>Reads claims and PRs from GitHub into the event: the track issues, their comments and the PRs of the watched repos. The token comes from GITHUB_TOKEN.</translation>
    </message>
    <message>
        <source>problem: %1 (@%2): %3</source>
        <translation>problem: %1 (@%2): %3</translation>
    </message>
    <message>
        <source>  reply: %1</source>
        <translation>  reply: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 requests (%2 not modified), %3 tasks, %4 claims added, %5 status changes, %6 completed, %7 new problems; rate limit left: %8</source>
        <translation>%1 requests (%2 not modified), %3 tasks, %4 claims added, %5 status changes, %6 completed, %7 new problems; rate limit left: %8</translation>
    </message>
    <message>
        <source>Read claims (issue comments) and PR status from GitHub; only what changed since the last sync.</source>
        <translation>Read claims (issue comments) and PR status from GitHub; only what changed since the last sync.</translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation>The report: %1.</translation>
    </message>
    <message>
        <source>Write the report as a PDF (A4) to this file.</source>
        <translation>Write the report as a PDF (A4) to this file.</translation>
    </message>
    <message>
        <source>summary only: write the dashboard (看板信息) and leaderboard (统计信息) of every track as Markdown to this file.</source>
        <translation>summary only: write the dashboard (看板信息) and leaderboard (统计信息) of every track as Markdown to this file.</translation>
    </message>
    <message>
        <source>--kind is missing: give one of %1.</source>
        <translation>--kind is missing: give one of %1.</translation>
    </message>
    <message>
        <source>--kind &quot;%1&quot; is not one of %2.</source>
        <translation>--kind &quot;%1&quot; is not one of %2.</translation>
    </message>
    <message>
        <source>hackdesk report: say where to write it: --pdf FILE.</source>
        <translation>hackdesk report: say where to write it: --pdf FILE.</translation>
    </message>
    <message>
        <source>hackdesk report: --markdown goes with --kind summary.</source>
        <translation>hackdesk report: --markdown goes with --kind summary.</translation>
    </message>
    <message>
        <source>Wrote the dashboard and leaderboard to %1.</source>
        <translation>Wrote the dashboard and leaderboard to %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 report (%n page(s)) to %2.</source>
        <translation>
            <numerusform>Wrote the %1 report (%n page) to %2.</numerusform>
            <numerusform>Wrote the %1 report (%n pages) to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>conflicts: %1</source>
        <translation>conflicts: %1</translation>
    </message>
    <message>
        <source>No judges yet.</source>
        <translation>No judges yet.</translation>
    </message>
    <message>
        <source>--conflict is participant:LOGIN, team:NAME or organisation:NAME, not &quot;%1&quot;.</source>
        <translation>--conflict is participant:LOGIN, team:NAME or organisation:NAME, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Updated the judge @%1.</source>
        <translation>Updated the judge @%1.</translation>
    </message>
    <message>
        <source>Added the judge @%1.</source>
        <translation>Added the judge @%1.</translation>
    </message>
    <message>
        <source>give --track T.</source>
        <translation>give --track T.</translation>
    </message>
    <message>
        <source>--per-submission is a whole number of judges, at least 1.</source>
        <translation>--per-submission is a whole number of judges, at least 1.</translation>
    </message>
    <message>
        <source>%1 submission(s), %2 per submission; loads %3-%4 per judge</source>
        <translation>%1 submission(s), %2 per submission; loads %3-%4 per judge</translation>
    </message>
    <message numerus="yes">
        <source>Would assign %n judge(s) in &quot;%1&quot; (%2; dry run: nothing saved).</source>
        <translation>
            <numerusform>Would assign %n judge in &quot;%1&quot; (%2; dry run: nothing saved).</numerusform>
            <numerusform>Would assign %n judges in &quot;%1&quot; (%2; dry run: nothing saved).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n judge(s) in &quot;%1&quot; (%2).</source>
        <translation>
            <numerusform>Assigned %n judge in &quot;%1&quot; (%2).</numerusform>
            <numerusform>Assigned %n judges in &quot;%1&quot; (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>impossible: %1</source>
        <translation>impossible: %1</translation>
    </message>
    <message>
        <source>conflict: @%1 on #%2: %3</source>
        <translation>conflict: @%1 on #%2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) cannot get %1 judges without a conflict (see &quot;impossible&quot; above).</source>
        <translation>
            <numerusform>%n submission cannot get %1 judges without a conflict (see &quot;impossible&quot; above).</numerusform>
            <numerusform>%n submissions cannot get %1 judges without a conflict (see &quot;impossible&quot; above).</numerusform>
        </translation>
    </message>
    <message>
        <source>list, add LOGIN or assign</source>
        <translation>list, add LOGIN or assign</translation>
    </message>
    <message>
        <source>assign: judges per submission (default 3).</source>
        <translation>assign: judges per submission (default 3).</translation>
    </message>
    <message>
        <source>assign: print what would be assigned and save nothing.</source>
        <translation>assign: print what would be assigned and save nothing.</translation>
    </message>
    <message>
        <source>add: the judge&apos;s name.</source>
        <translation>add: the judge&apos;s name.</translation>
    </message>
    <message>
        <source>add: the judge&apos;s organisation.</source>
        <translation>add: the judge&apos;s organisation.</translation>
    </message>
    <message>
        <source>add: someone the judge must not judge (participant:LOGIN, team:NAME, organisation:NAME); repeat for several.</source>
        <translation>add: someone the judge must not judge (participant:LOGIN, team:NAME, organisation:NAME); repeat for several.</translation>
    </message>
    <message>
        <source>Lists, adds and assigns judges: every submission gets K judges of its track, loads balanced, never a conflicted judge.</source>
        <translation>Lists, adds and assigns judges: every submission gets K judges of its track, loads balanced, never a conflicted judge.</translation>
    </message>
    <message>
        <source>use &quot;judges list [--track T]&quot;, &quot;judges add LOGIN [--name N] [--organisation O] [--track T]... [--conflict KIND:VALUE]...&quot; or &quot;judges assign --track T&quot;.</source>
        <translation>use &quot;judges list [--track T]&quot;, &quot;judges add LOGIN [--name N] [--organisation O] [--track T]... [--conflict KIND:VALUE]...&quot; or &quot;judges assign --track T&quot;.</translation>
    </message>
    <message>
        <source>unlock: why the final results are opened again (logged).</source>
        <translation>unlock: why the final results are opened again (logged).</translation>
    </message>
    <message>
        <source>%1: %2 sheet(s) added, %3 updated, %4 unchanged; %5 saved as draft(s) (not every criterion scored).</source>
        <translation>%1: %2 sheet(s) added, %3 updated, %4 unchanged; %5 saved as draft(s) (not every criterion scored).</translation>
    </message>
    <message>
        <source>The results of &quot;%1&quot; are final: scores, assignments and the rubric are locked.</source>
        <translation>The results of &quot;%1&quot; are final: scores, assignments and the rubric are locked.</translation>
    </message>
    <message>
        <source>The results of &quot;%1&quot; are open again.</source>
        <translation>The results of &quot;%1&quot; are open again.</translation>
    </message>
    <message>
        <source>export or import FILE</source>
        <translation>export or import FILE</translation>
    </message>
    <message>
        <source>export: the judge&apos;s login.</source>
        <translation>export: the judge&apos;s login.</translation>
    </message>
    <message>
        <source>export: the packet file to write.</source>
        <translation>export: the packet file to write.</translation>
    </message>
    <message>
        <source>export: replace a packet that was never imported back (it will be refused from now on).</source>
        <translation>export: replace a packet that was never imported back (it will be refused from now on).</translation>
    </message>
    <message>
        <source>Offline judging: one authenticated file per judge, scored in &quot;hackdesk --judge-packet FILE&quot; and imported back.</source>
        <translation>Offline judging: one authenticated file per judge, scored in &quot;hackdesk --judge-packet FILE&quot; and imported back.</translation>
    </message>
    <message>
        <source>give --judge LOGIN and --out FILE.</source>
        <translation>give --judge LOGIN and --out FILE.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the packet of @%1 (%n submission(s), revision %2) to %3. Send it to the judge privately: it carries the key that authenticates it.</source>
        <translation>
            <numerusform>Wrote the packet of @%1 (%n submission, revision %2) to %3. Send it to the judge privately: it carries the key that authenticates it.</numerusform>
            <numerusform>Wrote the packet of @%1 (%n submissions, revision %2) to %3. Send it to the judge privately: it carries the key that authenticates it.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing new from @%2 (revision %3 holds nothing that is not already imported).</source>
        <translation>%1: nothing new from @%2 (revision %3 holds nothing that is not already imported).</translation>
    </message>
    <message numerus="yes">
        <source>%1: imported revision %2 of @%3&apos;s packet; %n sheet(s) changed.</source>
        <translation>
            <numerusform>%1: imported revision %2 of @%3&apos;s packet; %n sheet changed.</numerusform>
            <numerusform>%1: imported revision %2 of @%3&apos;s packet; %n sheets changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>use &quot;judge-packet export --judge LOGIN --out FILE [--replace]&quot; or &quot;judge-packet import FILE&quot;.</source>
        <translation>use &quot;judge-packet export --judge LOGIN --out FILE [--replace]&quot; or &quot;judge-packet import FILE&quot;.</translation>
    </message>
    <message>
        <source>show, or set FILE.json</source>
        <translation>show, or set FILE.json</translation>
    </message>
    <message>
        <source>Prints a track&apos;s rubric as JSON, or sets it from such a file: the scale, 3-6 weighted criteria with anchored levels, and for articles criteria derived from the reported figures.</source>
        <translation>Prints a track&apos;s rubric as JSON, or sets it from such a file: the scale, 3-6 weighted criteria with anchored levels, and for articles criteria derived from the reported figures.</translation>
    </message>
    <message numerus="yes">
        <source>The rubric of &quot;%1&quot; has %n criteria.</source>
        <translation>
            <numerusform>The rubric of &quot;%1&quot; has %n criteria.</numerusform>
            <numerusform>The rubric of &quot;%1&quot; has %n criteria.</numerusform>
        </translation>
    </message>
    <message>
        <source>use &quot;rubric show --track T [--out FILE]&quot; or &quot;rubric set --track T FILE.json&quot;.</source>
        <translation>use &quot;rubric show --track T [--out FILE]&quot; or &quot;rubric set --track T FILE.json&quot;.</translation>
    </message>
    <message>
        <source>export, or import FILE.csv</source>
        <translation>export, or import FILE.csv</translation>
    </message>
    <message>
        <source>Exchanges a track&apos;s submissions as CSV (id,title,by,task,links,views,likes,favourites,comments,followers); import adds rows without an id and updates the others, all or nothing.</source>
        <translation>Exchanges a track&apos;s submissions as CSV (id,title,by,task,links,views,likes,favourites,comments,followers); import adds rows without an id and updates the others, all or nothing.</translation>
    </message>
    <message>
        <source>%1: %2 submission(s) added, %3 updated.</source>
        <translation>%1: %2 submission(s) added, %3 updated.</translation>
    </message>
    <message>
        <source>use &quot;submissions export --track T [--out FILE]&quot; or &quot;submissions import --track T FILE.csv&quot;.</source>
        <translation>use &quot;submissions export --track T [--out FILE]&quot; or &quot;submissions import --track T FILE.csv&quot;.</translation>
    </message>
    <message>
        <source>Ranks a track&apos;s submissions by their normalised result (ties: raw mean, more judges, lower id); raw and normalised, three decimals.</source>
        <translation>Ranks a track&apos;s submissions by their normalised result (ties: raw mean, more judges, lower id); raw and normalised, three decimals.</translation>
    </message>
    <message>
        <source>--format is csv or json, not &quot;%1&quot;.</source>
        <translation>--format is csv or json, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>List or add judges; assign them to a track&apos;s submissions (K each, balanced, no conflicts).</source>
        <translation>List or add judges; assign them to a track&apos;s submissions (K each, balanced, no conflicts).</translation>
    </message>
    <message>
        <source>Export a judge&apos;s authenticated offline packet, or import it back.</source>
        <translation>Export a judge&apos;s authenticated offline packet, or import it back.</translation>
    </message>
    <message>
        <source>Print or set a track&apos;s rubric (scale, weighted criteria, anchored levels) as JSON.</source>
        <translation>Print or set a track&apos;s rubric (scale, weighted criteria, anchored levels) as JSON.</translation>
    </message>
    <message>
        <source>Exchange a track&apos;s submissions for judging as CSV.</source>
        <translation>Exchange a track&apos;s submissions for judging as CSV.</translation>
    </message>
    <message>
        <source>A track&apos;s ranked results: raw and normalised means, three decimals.</source>
        <translation>A track&apos;s ranked results: raw and normalised means, three decimals.</translation>
    </message>
    <message>
        <source>judging, score-sheets: only this track (an id from summary --json, or tasks, camp, articles, fundable).</source>
        <translation>judging, score-sheets: only this track (an id from summary --json, or tasks, camp, articles, fundable).</translation>
    </message>
    <message>
        <source>judging, score-sheets: only this judge&apos;s pages.</source>
        <translation>judging, score-sheets: only this judge&apos;s pages.</translation>
    </message>
    <message>
        <source>Writes a report: the summary for the sponsor, the payouts for the finance office, certificates for the winners, the judging results, blank score sheets for paper judging.</source>
        <translation>Writes a report: the summary for the sponsor, the payouts for the finance office, certificates for the winners, the judging results, blank score sheets for paper judging.</translation>
    </message>
    <message>
        <source>hackdesk report: --track and --judge go with --kind judging or score-sheets.</source>
        <translation>hackdesk report: --track and --judge go with --kind judging or score-sheets.</translation>
    </message>
    <message>
        <source>Write a PDF report: summary, payouts, judging results, certificates, blank score sheets.</source>
        <translation>Write a PDF report: summary, payouts, judging results, certificates, blank score sheets.</translation>
    </message>
    <message>
        <source>template, export: only this judge&apos;s rows.</source>
        <translation>template, export: only this judge&apos;s rows.</translation>
    </message>
    <message>
        <source>Paper score sheets as CSV (judge,submission,criterion,weight,min,max,score,comment): a blank template per track (or judge), the stored scores exported in the same form, and a filled-in file imported all or nothing. lock finalises a track&apos;s results; unlock opens them again, with a reason.</source>
        <translation>Paper score sheets as CSV (judge,submission,criterion,weight,min,max,score,comment): a blank template per track (or judge), the stored scores exported in the same form, and a filled-in file imported all or nothing. lock finalises a track&apos;s results; unlock opens them again, with a reason.</translation>
    </message>
    <message>
        <source>Paper score sheets as CSV: a blank template, the stored scores, the filled-in file; lock or unlock results.</source>
        <translation>Paper score sheets as CSV: a blank template, the stored scores, the filled-in file; lock or unlock results.</translation>
    </message>
    <message>
        <source>Set up the event from this profile: a built-in name (see &quot;hackdesk editions&quot;) or a profile file (.json). Default: paddle-6th.</source>
        <translation>Set up the event from this profile: a built-in name (see &quot;hackdesk editions&quot;) or a profile file (.json). Default: paddle-6th.</translation>
    </message>
    <message>
        <source>Sets up a new event from an edition profile (the PaddlePaddle Hackathon 6th by default).</source>
        <translation>Sets up a new event from an edition profile (the PaddlePaddle Hackathon 6th by default).</translation>
    </message>
    <message>
        <source>--demo adds the 6th edition&apos;s demo data and goes only with the paddle-6th profile.</source>
        <translation>--demo adds the 6th edition&apos;s demo data and goes only with the paddle-6th profile.</translation>
    </message>
    <message>
        <source>%1 already holds the event &quot;%2&quot;; init --edition sets up a new database.</source>
        <translation>%1 already holds the event &quot;%2&quot;; init --edition sets up a new database.</translation>
    </message>
    <message>
        <source>Set up a new event from an edition profile (the PaddlePaddle Hackathon 6th by default); --demo adds demo data.</source>
        <translation>Set up a new event from an edition profile (the PaddlePaddle Hackathon 6th by default); --demo adds demo data.</translation>
    </message>
    <message>
        <source>Lists the built-in edition profiles for init --edition.</source>
        <translation>Lists the built-in edition profiles for init --edition.</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n track</numerusform>
            <numerusform>%n tracks</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the event&apos;s set-up as an edition profile that init --edition reads back.</source>
        <translation>Writes the event&apos;s set-up as an edition profile that init --edition reads back.</translation>
    </message>
    <message>
        <source>Wrote the profile of %1 to %2.</source>
        <translation>Wrote the profile of %1 to %2.</translation>
    </message>
    <message>
        <source>There is no track &quot;%1&quot;: give a track id from &quot;track list&quot;.</source>
        <translation>There is no track &quot;%1&quot;: give a track id from &quot;track list&quot;.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount in %3 (such as 50 or 1000.50).</source>
        <translation>%1 &quot;%2&quot; is not an amount in %3 (such as 50 or 1000.50).</translation>
    </message>
    <message>
        <source>%1 stars</source>
        <translation>%1 stars</translation>
    </message>
    <message>
        <source>budget %1</source>
        <translation>budget %1</translation>
    </message>
    <message>
        <source>quota %1 × %2 stars</source>
        <translation>quota %1 × %2 stars</translation>
    </message>
    <message>
        <source>threshold %1 %</source>
        <translation>threshold %1 %</translation>
    </message>
    <message>
        <source>months rule</source>
        <translation>months rule</translation>
    </message>
    <message>
        <source>issue %1</source>
        <translation>issue %1</translation>
    </message>
    <message>
        <source>tiers: %1</source>
        <translation>tiers: %1</translation>
    </message>
    <message>
        <source>directions: %1</source>
        <translation>directions: %1</translation>
    </message>
    <message>
        <source>track add needs --kind tasks|camp|articles|fundable and --name NAME.</source>
        <translation>track add needs --kind tasks|camp|articles|fundable and --name NAME.</translation>
    </message>
    <message>
        <source>--kind &quot;%1&quot; is not one of tasks, camp, articles, fundable.</source>
        <translation>--kind &quot;%1&quot; is not one of tasks, camp, articles, fundable.</translation>
    </message>
    <message>
        <source>Unknown track key &quot;%1&quot;; known: %2.</source>
        <translation>Unknown track key &quot;%1&quot;; known: %2.</translation>
    </message>
    <message>
        <source>list, add, set ID KEY VALUE or remove ID</source>
        <translation>list, add, set ID KEY VALUE or remove ID</translation>
    </message>
    <message>
        <source>list: print one JSON object.</source>
        <translation>list: print one JSON object.</translation>
    </message>
    <message>
        <source>add: tasks, camp, articles or fundable.</source>
        <translation>add: tasks, camp, articles or fundable.</translation>
    </message>
    <message>
        <source>add: the track&apos;s name.</source>
        <translation>add: the track&apos;s name.</translation>
    </message>
    <message>
        <source>add: the track&apos;s budget in the event&apos;s currency.</source>
        <translation>add: the track&apos;s budget in the event&apos;s currency.</translation>
    </message>
    <message>
        <source>Lists, adds, changes and removes tracks. Keys of set: %1.</source>
        <translation>Lists, adds, changes and removes tracks. Keys of set: %1.</translation>
    </message>
    <message>
        <source>Removed track %1 &quot;%2&quot;.</source>
        <translation>Removed track %1 &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>use &quot;track list [--json]&quot;, &quot;track add --kind KIND --name NAME [--budget AMOUNT]&quot;, &quot;track set ID KEY VALUE&quot; or &quot;track remove ID&quot;.</source>
        <translation>use &quot;track list [--json]&quot;, &quot;track add --kind KIND --name NAME [--budget AMOUNT]&quot;, &quot;track set ID KEY VALUE&quot; or &quot;track remove ID&quot;.</translation>
    </message>
    <message>
        <source>add or remove</source>
        <translation>add or remove</translation>
    </message>
    <message>
        <source>The track&apos;s id.</source>
        <translation>The track&apos;s id.</translation>
    </message>
    <message>
        <source>The tier&apos;s name, e.g. 优秀 or Gold.</source>
        <translation>The tier&apos;s name, e.g. 优秀 or Gold.</translation>
    </message>
    <message>
        <source>add: what the tier pays in stars.</source>
        <translation>add: what the tier pays in stars.</translation>
    </message>
    <message>
        <source>add: what the tier pays in cash, in the event&apos;s currency.</source>
        <translation>add: what the tier pays in cash, in the event&apos;s currency.</translation>
    </message>
    <message>
        <source>Adds and removes a track&apos;s reward tiers.</source>
        <translation>Adds and removes a track&apos;s reward tiers.</translation>
    </message>
    <message>
        <source>use &quot;tier add --track ID --name NAME --stars N|--cash AMOUNT&quot; or &quot;tier remove --track ID --name NAME&quot;.</source>
        <translation>use &quot;tier add --track ID --name NAME --stars N|--cash AMOUNT&quot; or &quot;tier remove --track ID --name NAME&quot;.</translation>
    </message>
    <message>
        <source>tier %1 needs --track ID and --name NAME.</source>
        <translation>tier %1 needs --track ID and --name NAME.</translation>
    </message>
    <message>
        <source>Track %1 has no reward tier &quot;%2&quot;.</source>
        <translation>Track %1 has no reward tier &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>tier add needs either --stars N or --cash AMOUNT.</source>
        <translation>tier add needs either --stars N or --cash AMOUNT.</translation>
    </message>
    <message>
        <source>List the built-in edition profiles.</source>
        <translation>List the built-in edition profiles.</translation>
    </message>
    <message>
        <source>Write the event&apos;s set-up as an edition profile.</source>
        <translation>Write the event&apos;s set-up as an edition profile.</translation>
    </message>
    <message>
        <source>List, add, change or remove the event&apos;s tracks.</source>
        <translation>List, add, change or remove the event&apos;s tracks.</translation>
    </message>
    <message>
        <source>Add or remove a track&apos;s reward tiers.</source>
        <translation>Add or remove a track&apos;s reward tiers.</translation>
    </message>
    <message>
        <source>The track: its id or kind (tasks, camp, articles, fundable).</source>
        <translation>The track: its id or kind (tasks, camp, articles, fundable).</translation>
    </message>
    <message>
        <source>The task&apos;s number in the track.</source>
        <translation>The task&apos;s number in the track.</translation>
    </message>
    <message>
        <source>The claimant&apos;s GitHub login (new logins become participants).</source>
        <translation>The claimant&apos;s GitHub login (new logins become participants).</translation>
    </message>
    <message>
        <source>add: the claim&apos;s status, one of claimed, submitted, merged, completed (default: claimed for a new claim; an existing claim keeps its status).</source>
        <translation>add: the claim&apos;s status, one of claimed, submitted, merged, completed (default: claimed for a new claim; an existing claim keeps its status).</translation>
    </message>
    <message>
        <source>Adds, corrects or removes a claim by hand. A claim made by hand is marked so: a later sync never lowers or removes it. Status completed on a task without a finisher makes the claimant its finisher.</source>
        <translation>Adds, corrects or removes a claim by hand. A claim made by hand is marked so: a later sync never lowers or removes it. Status completed on a task without a finisher makes the claimant its finisher.</translation>
    </message>
    <message>
        <source>hackdesk claim: use &quot;claim add --track ID --task N --login L [--status S]&quot; or &quot;claim remove --track ID --task N --login L&quot;.</source>
        <translation>hackdesk claim: use &quot;claim add --track ID --task N --login L [--status S]&quot; or &quot;claim remove --track ID --task N --login L&quot;.</translation>
    </message>
    <message>
        <source>hackdesk claim %1: --%2 is missing.</source>
        <translation>hackdesk claim %1: --%2 is missing.</translation>
    </message>
    <message>
        <source>hackdesk claim %1: --task &quot;%2&quot; is not a task number (a whole number from 1).</source>
        <translation>hackdesk claim %1: --task &quot;%2&quot; is not a task number (a whole number from 1).</translation>
    </message>
    <message>
        <source>hackdesk claim remove: --status is for claim add.</source>
        <translation>hackdesk claim remove: --status is for claim add.</translation>
    </message>
    <message>
        <source>hackdesk claim add: --status &quot;%1&quot; is not one of %2.</source>
        <translation>hackdesk claim add: --status &quot;%1&quot; is not one of %2.</translation>
    </message>
    <message>
        <source>Removed the claim of @%1 on task No.%2.</source>
        <translation>Removed the claim of @%1 on task No.%2.</translation>
    </message>
    <message>
        <source>Added the claim of @%1 on task No.%2 (%3).</source>
        <translation>Added the claim of @%1 on task No.%2 (%3).</translation>
    </message>
    <message>
        <source>Updated the claim of @%1 on task No.%2 (%3).</source>
        <translation>Updated the claim of @%1 on task No.%2 (%3).</translation>
    </message>
    <message>
        <source>@%1 is a new participant.</source>
        <translation>@%1 is a new participant.</translation>
    </message>
    <message>
        <source>Task No.%1 is completed: @%2 is its finisher.</source>
        <translation>Task No.%1 is completed: @%2 is its finisher.</translation>
    </message>
    <message>
        <source>Task No.%1 no longer has a finisher and takes claims again.</source>
        <translation>Task No.%1 no longer has a finisher and takes claims again.</translation>
    </message>
    <message>
        <source>Add, correct or remove a claim by hand (a later sync never lowers or removes it).</source>
        <translation>Add, correct or remove a claim by hand (a later sync never lowers or removes it).</translation>
    </message>
    <message>
        <source>no such event database: %1 (&quot;hackdesk --db %1 init&quot; sets up a new one).</source>
        <translation>no such event database: %1 (&quot;hackdesk --db %1 init&quot; sets up a new one).</translation>
    </message>
    <message>
        <source>hackdesk %1: cannot write the output: %2</source>
        <translation>hackdesk %1: cannot write the output: %2</translation>
    </message>
    <message>
        <source>%1: event &quot;%2&quot;, written %3, %4 tasks, %5 participants, %6 claims (schema %7)</source>
        <translation>%1: event &quot;%2&quot;, written %3, %4 tasks, %5 participants, %6 claims (schema %7)</translation>
    </message>
    <message>
        <source>none set up</source>
        <translation>none set up</translation>
    </message>
    <message>
        <source>The backup file to write (replaced only once complete).</source>
        <translation>The backup file to write (replaced only once complete).</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the event database, also while other programs use it.</source>
        <translation>Writes a consistent copy of the event database, also while other programs use it.</translation>
    </message>
    <message>
        <source>hackdesk backup: give --out FILE, e.g. &quot;backup --out event-backup.sqlite&quot;.</source>
        <translation>hackdesk backup: give --out FILE, e.g. &quot;backup --out event-backup.sqlite&quot;.</translation>
    </message>
    <message>
        <source>Backed up %1</source>
        <translation>Backed up %1</translation>
    </message>
    <message>
        <source>Replace the event with the backup (without it, only show what it holds).</source>
        <translation>Replace the event with the backup (without it, only show what it holds).</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>the backup file</translation>
    </message>
    <message>
        <source>Shows what a backup holds and, with --yes, replaces the event database&apos;s content with it. The event as it was is backed up first.</source>
        <translation>Shows what a backup holds and, with --yes, replaces the event database&apos;s content with it. The event as it was is backed up first.</translation>
    </message>
    <message>
        <source>hackdesk restore: give one backup FILE, e.g. &quot;restore --yes event-backup.sqlite&quot;.</source>
        <translation>hackdesk restore: give one backup FILE, e.g. &quot;restore --yes event-backup.sqlite&quot;.</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>Backup %1</translation>
    </message>
    <message>
        <source>hackdesk restore: %1 is the event database itself.</source>
        <translation>hackdesk restore: %1 is the event database itself.</translation>
    </message>
    <message>
        <source>hackdesk restore: nothing restored; run again with --yes to replace the event in %1 with this backup.</source>
        <translation>hackdesk restore: nothing restored; run again with --yes to replace the event in %1 with this backup.</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>Restored %1 into %2.</translation>
    </message>
    <message>
        <source>The event as it was before is in %1.</source>
        <translation>The event as it was before is in %1.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the event database (also while it is in use).</source>
        <translation>Write a consistent copy of the event database (also while it is in use).</translation>
    </message>
    <message>
        <source>Show what a backup holds; with --yes, bring it back (the event as it was is backed up first).</source>
        <translation>Show what a backup holds; with --yes, bring it back (the event as it was is backed up first).</translation>
    </message>
    <message numerus="yes">
        <source>; %n task(s) completed</source>
        <translation>
            <numerusform>; %n task completed</numerusform>
            <numerusform>; %n tasks completed</numerusform>
        </translation>
    </message>
    <message>
        <source>The issue body (or a comment holding task tables) as Markdown.</source>
        <translation>The issue body (or a comment holding task tables) as Markdown.</translation>
    </message>
    <message>
        <source>Print what would change and the column mapping chosen; change nothing.</source>
        <translation>Print what would change and the column mapping chosen; change nothing.</translation>
    </message>
    <message>
        <source>Exit 0 even when some rows could not be read (they are still listed on stderr).</source>
        <translation>Exit 0 even when some rows could not be read (they are still listed on stderr).</translation>
    </message>
    <message>
        <source>Reads a track&apos;s task list from its GitHub issue body.
Exit status: 0 all rows read; 1 no task could be read (nothing imported); 2 wrong usage; 3 imported, but some rows could not be read (listed on stderr with their lines; --accept-unreadable makes this 0).</source>
        <translation>Reads a track&apos;s task list from its GitHub issue body.
Exit status: 0 all rows read; 1 no task could be read (nothing imported); 2 wrong usage; 3 imported, but some rows could not be read (listed on stderr with their lines; --accept-unreadable makes this 0).</translation>
    </message>
    <message>
        <source>hackdesk import-issue: %1: %2</source>
        <translation>hackdesk import-issue: %1: %2</translation>
    </message>
    <message>
        <source>table at line %1 (%2): %3 rows read</source>
        <translation>table at line %1 (%2): %3 rows read</translation>
    </message>
    <message>
        <source>table at line %1 (%2): %3 rows read, %4 could not be read (lines %5)</source>
        <translation>table at line %1 (%2): %3 rows read, %4 could not be read (lines %5)</translation>
    </message>
    <message>
        <source>  columns: %1</source>
        <translation>  columns: %1</translation>
    </message>
    <message>
        <source>an SQLite file or a postgresql:// URL holding no event yet</source>
        <translation>an SQLite file or a postgresql:// URL holding no event yet</translation>
    </message>
    <message>
        <source>Copies the whole event, every table and row, into an empty event database: from a file to a PostgreSQL server or back.</source>
        <translation>Copies the whole event, every table and row, into an empty event database: from a file to a PostgreSQL server or back.</translation>
    </message>
    <message>
        <source>hackdesk copy-to: give one destination, e.g. &quot;copy-to postgresql://staff@db.example.org/hackathon&quot; or &quot;copy-to event.sqlite&quot;.</source>
        <translation>hackdesk copy-to: give one destination, e.g. &quot;copy-to postgresql://staff@db.example.org/hackathon&quot; or &quot;copy-to event.sqlite&quot;.</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from %3 to %4.</source>
        <translation>Copied %1 rows in %2 tables from %3 to %4.</translation>
    </message>
    <message>
        <source>One JSON object a line: {&quot;key&quot;: {...}, &quot;op&quot;: ..., &quot;table&quot;: ...}.</source>
        <translation>One JSON object a line: {&quot;key&quot;: {...}, &quot;op&quot;: ..., &quot;table&quot;: ...}.</translation>
    </message>
    <message>
        <source>Stop after N changes (default: run until stopped).</source>
        <translation>Stop after N changes (default: run until stopped).</translation>
    </message>
    <message>
        <source>Prints one line for each row change any client commits to the shared event, as it happens, until stopped (Ctrl+C).</source>
        <translation>Prints one line for each row change any client commits to the shared event, as it happens, until stopped (Ctrl+C).</translation>
    </message>
    <message>
        <source>hackdesk watch: --count takes a whole number of changes, e.g. &quot;watch --count 10&quot;.</source>
        <translation>hackdesk watch: --count takes a whole number of changes, e.g. &quot;watch --count 10&quot;.</translation>
    </message>
    <message>
        <source>Watching %1 for changes (Ctrl+C stops).</source>
        <translation>Watching %1 for changes (Ctrl+C stops).</translation>
    </message>
    <message>
        <source>Copy the event into an empty SQLite file or PostgreSQL database (postgresql://USER@HOST/DATABASE).</source>
        <translation>Copy the event into an empty SQLite file or PostgreSQL database (postgresql://USER@HOST/DATABASE).</translation>
    </message>
    <message>
        <source>On a shared event: print one line for each change any client commits, as it happens.</source>
        <translation>On a shared event: print one line for each change any client commits, as it happens.</translation>
    </message>
    <message>
        <source>Backed up the event into %1.</source>
        <translation>Backed up the event into %1.</translation>
    </message>
    <message>
        <source>This is @%1&apos;s connection: it shows only their own next submission.</source>
        <translation>This is @%1&apos;s connection: it shows only their own next submission.</translation>
    </message>
    <message>
        <source>give --judge LOGIN (only a judge&apos;s own connection may leave it out).</source>
        <translation>give --judge LOGIN (only a judge&apos;s own connection may leave it out).</translation>
    </message>
    <message>
        <source>Nothing left for @%1 to score.</source>
        <translation>Nothing left for @%1 to score.</translation>
    </message>
    <message numerus="yes">
        <source>Next for @%1: %2 (%n review(s) so far</source>
        <translation>
            <numerusform>Next for @%1: %2 (%n review so far</numerusform>
            <numerusform>Next for @%1: %2 (%n reviews so far</numerusform>
        </translation>
    </message>
    <message>
        <source>; your draft is saved</source>
        <translation>; your draft is saved</translation>
    </message>
    <message>
        <source>template, export, next, import FILE.csv, lock or unlock</source>
        <translation>template, export, next, import FILE.csv, lock or unlock</translation>
    </message>
    <message>
        <source>next: one JSON object (null when nothing is left).</source>
        <translation>next: one JSON object (null when nothing is left).</translation>
    </message>
    <message>
        <source>use &quot;scores template|export --track T [--judge LOGIN] [--out FILE]&quot;, &quot;scores next [--track T] [--judge LOGIN] [--json]&quot;, &quot;scores import FILE.csv&quot;, &quot;scores lock --track T&quot; or &quot;scores unlock --track T --reason TEXT&quot;.</source>
        <translation>use &quot;scores template|export --track T [--judge LOGIN] [--out FILE]&quot;, &quot;scores next [--track T] [--judge LOGIN] [--json]&quot;, &quot;scores import FILE.csv&quot;, &quot;scores lock --track T&quot; or &quot;scores unlock --track T --reason TEXT&quot;.</translation>
    </message>
    <message>
        <source>the judge&apos;s login, as in judges list</source>
        <translation>the judge&apos;s login, as in judges list</translation>
    </message>
    <message>
        <source>The PostgreSQL role to use (default: the judge&apos;s login).</source>
        <translation>The PostgreSQL role to use (default: the judge&apos;s login).</translation>
    </message>
    <message>
        <source>Gives a judge of a shared event a PostgreSQL login of their own: connected with it, the judge sees only the submissions assigned to them and writes only their own scores, enforced by the server (row-level security). The password is set on the server, never here.</source>
        <translation>Gives a judge of a shared event a PostgreSQL login of their own: connected with it, the judge sees only the submissions assigned to them and writes only their own scores, enforced by the server (row-level security). The password is set on the server, never here.</translation>
    </message>
    <message>
        <source>hackdesk grant-judge: give one judge&apos;s login, e.g. &quot;grant-judge liu-yang&quot;.</source>
        <translation>hackdesk grant-judge: give one judge&apos;s login, e.g. &quot;grant-judge liu-yang&quot;.</translation>
    </message>
    <message>
        <source>Created the role &quot;%1&quot; for the judge @%2 and gave it access to %3.</source>
        <translation>Created the role &quot;%1&quot; for the judge @%2 and gave it access to %3.</translation>
    </message>
    <message>
        <source>Gave the role &quot;%1&quot; access to %3 as the judge @%2.</source>
        <translation>Gave the role &quot;%1&quot; access to %3 as the judge @%2.</translation>
    </message>
    <message>
        <source>Set its password on the server (it is never shown or stored by HackDesk), e.g. psql -d %1 -c &apos;\password &quot;%2&quot;&apos;.</source>
        <translation>Set its password on the server (it is never shown or stored by HackDesk), e.g. psql -d %1 -c &apos;\password &quot;%2&quot;&apos;.</translation>
    </message>
    <message>
        <source>The judge connects with: hackdesk --db %1 scores next</source>
        <translation>The judge connects with: hackdesk --db %1 scores next</translation>
    </message>
    <message>
        <source>the judge&apos;s login</source>
        <translation>the judge&apos;s login</translation>
    </message>
    <message>
        <source>Takes a judge&apos;s PostgreSQL role off the shared event: it can no longer read or write anything of it. The role stays on the server.</source>
        <translation>Takes a judge&apos;s PostgreSQL role off the shared event: it can no longer read or write anything of it. The role stays on the server.</translation>
    </message>
    <message>
        <source>hackdesk revoke-judge: give one judge&apos;s login, e.g. &quot;revoke-judge liu-yang&quot;.</source>
        <translation>hackdesk revoke-judge: give one judge&apos;s login, e.g. &quot;revoke-judge liu-yang&quot;.</translation>
    </message>
    <message>
        <source>The judge %1 had no role on %2; nothing changed.</source>
        <translation>The judge %1 had no role on %2; nothing changed.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; has no access to %2 any more. It stays on the server (drop it with dropuser when no other event uses it).</source>
        <translation>The role &quot;%1&quot; has no access to %2 any more. It stays on the server (drop it with dropuser when no other event uses it).</translation>
    </message>
    <message>
        <source>On a shared event: a PostgreSQL login for a judge, who then sees only their submissions and writes only their scores.</source>
        <translation>On a shared event: a PostgreSQL login for a judge, who then sees only their submissions and writes only their scores.</translation>
    </message>
    <message>
        <source>On a shared event: take a judge&apos;s PostgreSQL login off the event.</source>
        <translation>On a shared event: take a judge&apos;s PostgreSQL login off the event.</translation>
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
        <translation>Usage: hackdesk [--db FILE|URL] [--lang zh_CN|en] [COMMAND [OPTIONS]]
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
</translation>
    </message>
    <message>
        <source>The backup holds no judge for the roles %1: they no longer have access to the event (grant-judge gives it back).</source>
        <translation>The backup holds no judge for the roles %1: they no longer have access to the event (grant-judge gives it back).</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <source>%1: the file is UTF-16 text; save it as &quot;CSV UTF-8&quot; instead.</source>
        <translation>%1: the file is UTF-16 text; save it as &quot;CSV UTF-8&quot; instead.</translation>
    </message>
    <message>
        <source>%1: the file holds a NUL byte; it is not a text file.</source>
        <translation>%1: the file holds a NUL byte; it is not a text file.</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8 text (byte 0x%2); save it as &quot;CSV UTF-8&quot; instead.</source>
        <translation>%1: the file is not UTF-8 text (byte 0x%2); save it as &quot;CSV UTF-8&quot; instead.</translation>
    </message>
    <message>
        <source>%1: field %2 has &quot;%3&quot; after its closing quote; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>%1: field %2 has &quot;%3&quot; after its closing quote; a quote inside a quoted field is written twice (&quot;&quot;).</translation>
    </message>
    <message>
        <source>%1: field %2 opens a quote that is never closed.</source>
        <translation>%1: field %2 opens a quote that is never closed.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>CsvExchange</name>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation>
            <numerusform>Nothing was imported: %n problem.</numerusform>
            <numerusform>Nothing was imported: %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n problem(s).</source>
        <translation>
            <numerusform>Nothing was imported from %1: %n problem.</numerusform>
            <numerusform>Nothing was imported from %1: %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... and %n more.</numerusform>
            <numerusform>... and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is empty; its first line must be the header %1.</source>
        <translation>the file is empty; its first line must be the header %1.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice.</source>
        <translation>the column &quot;%1&quot; appears twice.</translation>
    </message>
    <message>
        <source>unknown column(s) %1; the %2 columns are %3.</source>
        <translation>unknown column(s) %1; the %2 columns are %3.</translation>
    </message>
    <message>
        <source>missing column(s) %1; the first line must be the header %2.</source>
        <translation>missing column(s) %1; the first line must be the header %2.</translation>
    </message>
    <message numerus="yes">
        <source>field %1 is beyond the header&apos;s %n column(s).</source>
        <translation>
            <numerusform>field %1 is beyond the header&apos;s %n column.</numerusform>
            <numerusform>field %1 is beyond the header&apos;s %n columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>field %1 has a value but its column has no name.</source>
        <translation>field %1 has a value but its column has no name.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a positive whole number.</source>
        <translation>%1 &quot;%2&quot; is not a positive whole number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GitHub login (letters, digits and single hyphens, at most 39).</source>
        <translation>&quot;%1&quot; is not a GitHub login (letters, digits and single hyphens, at most 39).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of 1, 0, true, false, yes, no.</source>
        <translation>%1 &quot;%2&quot; is not one of 1, 0, true, false, yes, no.</translation>
    </message>
    <message>
        <source>stars cannot be negative (%1).</source>
        <translation>stars cannot be negative (%1).</translation>
    </message>
    <message>
        <source>stars &quot;%1&quot; is not a number of stars like 1 or 0.5 (at most three decimals).</source>
        <translation>stars &quot;%1&quot; is not a number of stars like 1 or 0.5 (at most three decimals).</translation>
    </message>
    <message>
        <source>cash cannot be negative (%1).</source>
        <translation>cash cannot be negative (%1).</translation>
    </message>
    <message>
        <source>task No.%1 of track &quot;%2&quot; is already on line %3.</source>
        <translation>task No.%1 of track &quot;%2&quot; is already on line %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; is not an e-mail address.</translation>
    </message>
    <message>
        <source>@%1 is already on line %2.</source>
        <translation>@%1 is already on line %2.</translation>
    </message>
    <message>
        <source>@%1 is already on line %2 as @%3 (logins are the same whatever their case).</source>
        <translation>@%1 is already on line %2 as @%3 (logins are the same whatever their case).</translation>
    </message>
    <message>
        <source>@%1 is already in the event as @%2 (logins are the same whatever their case); write it as @%2.</source>
        <translation>@%1 is already in the event as @%2 (logins are the same whatever their case); write it as @%2.</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is not one of %2 or %3.</source>
        <translation>status &quot;%1&quot; is not one of %2 or %3.</translation>
    </message>
    <message>
        <source>claimed_at &quot;%1&quot; is not a date and time like 2024-03-21T10:00:00+08:00.</source>
        <translation>claimed_at &quot;%1&quot; is not a date and time like 2024-03-21T10:00:00+08:00.</translation>
    </message>
    <message>
        <source>track &quot;%1&quot; has no task No.%2.</source>
        <translation>track &quot;%1&quot; has no task No.%2.</translation>
    </message>
    <message>
        <source>the claim of @%1 on task No.%2 is already on line %3.</source>
        <translation>the claim of @%1 on task No.%2 is already on line %3.</translation>
    </message>
    <message>
        <source>track &quot;%1&quot; is not a %2 track.</source>
        <translation>track &quot;%1&quot; is not a %2 track.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number from %3 to %4.</source>
        <translation>%1 &quot;%2&quot; is not a whole number from %3 to %4.</translation>
    </message>
    <message>
        <source>other_wishes &quot;%1&quot; is not a list of project numbers.</source>
        <translation>other_wishes &quot;%1&quot; is not a list of project numbers.</translation>
    </message>
    <message>
        <source>stage &quot;%1&quot; is not one of applied, resume, interview-scheduled, interviewed, accepted, waitlisted, rejected, withdrawn.</source>
        <translation>stage &quot;%1&quot; is not one of applied, resume, interview-scheduled, interviewed, accepted, waitlisted, rejected, withdrawn.</translation>
    </message>
    <message>
        <source>an accepted application needs its project.</source>
        <translation>an accepted application needs its project.</translation>
    </message>
    <message>
        <source>track &quot;%1&quot; has no project %2.</source>
        <translation>track &quot;%1&quot; has no project %2.</translation>
    </message>
    <message>
        <source>@%1 has not applied to the code camp.</source>
        <translation>@%1 has not applied to the code camp.</translation>
    </message>
    <message>
        <source>cash &quot;%1&quot; is not an amount in %2 like 1500.</source>
        <translation>cash &quot;%1&quot; is not an amount in %2 like 1500.</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n field(s) but the header has %1; a cell is missing (a row cut short?).</source>
        <translation>
            <numerusform>the row has %n field but the header has %1; a cell is missing (a row cut short?).</numerusform>
            <numerusform>the row has %n fields but the header has %1; a cell is missing (a row cut short?).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot set up the database %1: %2</source>
        <translation>Cannot set up the database %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Cannot create the folder %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a HackDesk one.</source>
        <translation>%1 is an SQLite database, but not a HackDesk one.</translation>
    </message>
    <message>
        <source>%1 was written by a newer HackDesk (schema %2; this version reads up to %3). Update HackDesk to open it.</source>
        <translation>%1 was written by a newer HackDesk (schema %2; this version reads up to %3). Update HackDesk to open it.</translation>
    </message>
    <message>
        <source>Database error preparing &quot;%1&quot;: %2</source>
        <translation>Database error preparing &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>Cannot create the database %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a HackDesk database: it is not a database file at all.</source>
        <translation>%1 is not a HackDesk database: it is not a database file at all.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an event database (%2).</source>
        <translation>%1 cannot be read as an event database (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened (the integrity check says: %2). Restore a backup of it.</source>
        <translation>%1 is damaged and was not opened (the integrity check says: %2). Restore a backup of it.</translation>
    </message>
    <message>
        <source>No such file: %1</source>
        <translation>No such file: %1</translation>
    </message>
    <message>
        <source>%1 is empty; it holds no event.</source>
        <translation>%1 is empty; it holds no event.</translation>
    </message>
    <message>
        <source>The event database %1 is busy: another program kept it locked for over %2 s. Nothing was changed; try again when it has finished.</source>
        <translation>The event database %1 is busy: another program kept it locked for over %2 s. Nothing was changed; try again when it has finished.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was changed; free some space and try again.</source>
        <translation>The disk holding %1 is full. Nothing was changed; free some space and try again.</translation>
    </message>
    <message>
        <source>The event database %1 cannot be written (%2): check that the file and its folder are writable. Nothing was changed.</source>
        <translation>The event database %1 cannot be written (%2): check that the file and its folder are writable. Nothing was changed.</translation>
    </message>
    <message>
        <source>Reading or writing the event database %1 failed (%2). Nothing was changed.</source>
        <translation>Reading or writing the event database %1 failed (%2). Nothing was changed.</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Database error in %1: %2</translation>
    </message>
    <message>
        <source>Cannot back up %1 in the middle of a change.</source>
        <translation>Cannot back up %1 in the middle of a change.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Cannot write the backup %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Cannot create the backup folder %1.</translation>
    </message>
    <message>
        <source>Cannot restore into %1 in the middle of a change.</source>
        <translation>Cannot restore into %1 in the middle of a change.</translation>
    </message>
    <message>
        <source>Cannot restore into %1: the database is not open.</source>
        <translation>Cannot restore into %1: the database is not open.</translation>
    </message>
    <message>
        <source>another program is writing to it; try again when it has finished</source>
        <translation>another program is writing to it; try again when it has finished</translation>
    </message>
    <message>
        <source>Cannot restore %1 into %2: %3. The event is unchanged.</source>
        <translation>Cannot restore %1 into %2: %3. The event is unchanged.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>starting a transaction</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>saving the changes</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Cannot open %1: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database, but not a HackDesk one.</source>
        <translation>%1 is a PostgreSQL database, but not a HackDesk one.</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL database that holds other tables, not a HackDesk event. Give HackDesk an empty database of its own.</source>
        <translation>%1 is a PostgreSQL database that holds other tables, not a HackDesk event. Give HackDesk an empty database of its own.</translation>
    </message>
    <message>
        <source>The disk of the server holding %1 is full. Nothing was changed; try again once it has space.</source>
        <translation>The disk of the server holding %1 is full. Nothing was changed; try again once it has space.</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2). Nothing was changed; try again.</source>
        <translation>The connection to %1 failed (%2). Nothing was changed; try again.</translation>
    </message>
    <message>
        <source>Another client changed the same rows of %1 at the same moment (%2). Nothing was changed; try again.</source>
        <translation>Another client changed the same rows of %1 at the same moment (%2). Nothing was changed; try again.</translation>
    </message>
    <message>
        <source>The event %1 cannot be written by this login (%2). Nothing was changed.</source>
        <translation>The event %1 cannot be written by this login (%2). Nothing was changed.</translation>
    </message>
    <message>
        <source>%1: this login may not read the event. Staff give judges access with &quot;hackdesk --db URL grant-judge LOGIN&quot;.</source>
        <translation>%1: this login may not read the event. Staff give judges access with &quot;hackdesk --db URL grant-judge LOGIN&quot;.</translation>
    </message>
    <message>
        <source>Cannot restore %1 into %2: it cannot be copied into the temporary folder %3. The event is unchanged.</source>
        <translation>Cannot restore %1 into %2: it cannot be copied into the temporary folder %3. The event is unchanged.</translation>
    </message>
    <message>
        <source>Cannot restore %1 into %2: %3 The event is unchanged.</source>
        <translation>Cannot restore %1 into %2: %3 The event is unchanged.</translation>
    </message>
</context>
<context>
    <name>EditionProfile</name>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>unknown field (known: %1)</translation>
    </message>
    <message>
        <source>must be text or a whole number</source>
        <translation>must be text or a whole number</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>must be a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>not an amount in %1 (such as 50 or 1000.50)</source>
        <translation>not an amount in %1 (such as 50 or 1000.50)</translation>
    </message>
    <message>
        <source>not a number of stars (such as 2 or 0.5)</source>
        <translation>not a number of stars (such as 2 or 0.5)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>cannot be empty</translation>
    </message>
    <message>
        <source>must be tasks, camp, articles or fundable</source>
        <translation>must be tasks, camp, articles or fundable</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be a list of names</source>
        <translation>must be a list of names</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>&quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>must be a list of tiers</source>
        <translation>must be a list of tiers</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>not JSON: %1 at character %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>must be %1 (the profile format this HackDesk reads)</source>
        <translation>must be %1 (the profile format this HackDesk reads)</translation>
    </message>
    <message>
        <source>must be an object of setting keys and values</source>
        <translation>must be an object of setting keys and values</translation>
    </message>
    <message>
        <source>unknown setting (see &quot;hackdesk config list&quot;)</source>
        <translation>unknown setting (see &quot;hackdesk config list&quot;)</translation>
    </message>
    <message>
        <source>missing: every event needs a name</source>
        <translation>missing: every event needs a name</translation>
    </message>
    <message>
        <source>must be a list of tracks</source>
        <translation>must be a list of tracks</translation>
    </message>
    <message>
        <source>%1 already holds an event; a profile sets up a new one.</source>
        <translation>%1 already holds an event; a profile sets up a new one.</translation>
    </message>
    <message>
        <source>There is no edition &quot;%1&quot;: give one of %2 or a profile file (.json).</source>
        <translation>There is no edition &quot;%1&quot;: give one of %2 or a profile file (.json).</translation>
    </message>
    <message>
        <source>Cannot read the profile %1: %2</source>
        <translation>Cannot read the profile %1: %2</translation>
    </message>
    <message>
        <source>The profile %1 is refused: %2</source>
        <translation>The profile %1 is refused: %2</translation>
    </message>
</context>
<context>
    <name>EventCopy</name>
    <message>
        <source>Cannot copy %1 onto itself.</source>
        <translation>Cannot copy %1 onto itself.</translation>
    </message>
    <message>
        <source>%1 (schema %2) and %3 (schema %4) differ; open both with this HackDesk first.</source>
        <translation>%1 (schema %2) and %3 (schema %4) differ; open both with this HackDesk first.</translation>
    </message>
    <message>
        <source>%1 already holds an event (%2 rows in table %3); copy only into a new, empty one.</source>
        <translation>%1 already holds an event (%2 rows in table %3); copy only into a new, empty one.</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>reading %1</translation>
    </message>
    <message>
        <source>analysing %1</source>
        <translation>analysing %1</translation>
    </message>
    <message>
        <source>locking %1</source>
        <translation>locking %1</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Add task No.%1</source>
        <translation>Add task No.%1</translation>
    </message>
    <message>
        <source>Task No.%1 no longer exists.</source>
        <translation>Task No.%1 no longer exists.</translation>
    </message>
    <message>
        <source>Edit task No.%1</source>
        <translation>Edit task No.%1</translation>
    </message>
    <message>
        <source>That task no longer exists.</source>
        <translation>That task no longer exists.</translation>
    </message>
    <message>
        <source>Delete task No.%1</source>
        <translation>Delete task No.%1</translation>
    </message>
    <message>
        <source>Add @%1</source>
        <translation>Add @%1</translation>
    </message>
    <message>
        <source>@%1 no longer exists.</source>
        <translation>@%1 no longer exists.</translation>
    </message>
    <message>
        <source>Edit @%1</source>
        <translation>Edit @%1</translation>
    </message>
    <message>
        <source>That participant no longer exists.</source>
        <translation>That participant no longer exists.</translation>
    </message>
    <message>
        <source>Delete @%1</source>
        <translation>Delete @%1</translation>
    </message>
    <message>
        <source>Add team %1</source>
        <translation>Add team %1</translation>
    </message>
    <message>
        <source>The team %1 no longer exists.</source>
        <translation>The team %1 no longer exists.</translation>
    </message>
    <message>
        <source>Edit team %1</source>
        <translation>Edit team %1</translation>
    </message>
    <message>
        <source>That team no longer exists.</source>
        <translation>That team no longer exists.</translation>
    </message>
    <message>
        <source>Delete team %1</source>
        <translation>Delete team %1</translation>
    </message>
    <message>
        <source>Another program changed task No.%1 while the form was open: only the fields you edited were saved; its other changes are kept.</source>
        <translation>Another program changed task No.%1 while the form was open: only the fields you edited were saved; its other changes are kept.</translation>
    </message>
    <message>
        <source>Another program changed @%1 while the form was open: only the fields you edited were saved; its other changes are kept.</source>
        <translation>Another program changed @%1 while the form was open: only the fields you edited were saved; its other changes are kept.</translation>
    </message>
    <message>
        <source>Edit the claim of @%1 on No.%2</source>
        <translation>Edit the claim of @%1 on No.%2</translation>
    </message>
    <message>
        <source>Add the claim of @%1 on No.%2</source>
        <translation>Add the claim of @%1 on No.%2</translation>
    </message>
    <message>
        <source>That claim no longer exists.</source>
        <translation>That claim no longer exists.</translation>
    </message>
    <message>
        <source>Delete a claim on No.%1</source>
        <translation>Delete a claim on No.%1</translation>
    </message>
    <message>
        <source>Another program changed the team %1 while the form was open: only what you edited was saved; its other changes are kept.</source>
        <translation>Another program changed the team %1 while the form was open: only what you edited was saved; its other changes are kept.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Stars</translation>
    </message>
    <message>
        <source>RFC required</source>
        <translation>RFC required</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Finisher</source>
        <translation>Finisher</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Defence</source>
        <translation>Defence</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>task No.%1</source>
        <translation>task No.%1</translation>
    </message>
    <message>
        <source>the team %1</source>
        <translation>the team %1</translation>
    </message>
</context>
<context>
    <name>EventRepository</name>
    <message>
        <source>The database %1 holds no event yet: run &quot;hackdesk --db %1 init&quot; first.</source>
        <translation>The database %1 holds no event yet: run &quot;hackdesk --db %1 init&quot; first.</translation>
    </message>
    <message>
        <source>The event needs a name.</source>
        <translation>The event needs a name.</translation>
    </message>
    <message>
        <source>The star value, the cap and the pool cannot be negative.</source>
        <translation>The star value, the cap and the pool cannot be negative.</translation>
    </message>
    <message>
        <source>There is no track &quot;%1&quot;: give a track id from &quot;summary --json&quot; or one of tasks, camp, articles, fundable.</source>
        <translation>There is no track &quot;%1&quot;: give a track id from &quot;summary --json&quot; or one of tasks, camp, articles, fundable.</translation>
    </message>
    <message>
        <source>A track needs a name.</source>
        <translation>A track needs a name.</translation>
    </message>
    <message>
        <source>Track &quot;%1&quot;: the budget and quota cannot be negative and the threshold is 0 to 100 %.</source>
        <translation>Track &quot;%1&quot;: the budget and quota cannot be negative and the threshold is 0 to 100 %.</translation>
    </message>
    <message numerus="yes">
        <source>it holds %n task(s)</source>
        <translation>
            <numerusform>it holds %n task</numerusform>
            <numerusform>it holds %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>%n submission</numerusform>
            <numerusform>%n submissions</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no track %1.</source>
        <translation>There is no track %1.</translation>
    </message>
    <message>
        <source>Track %1 &quot;%2&quot; cannot be removed: %3. Remove those first.</source>
        <translation>Track %1 &quot;%2&quot; cannot be removed: %3. Remove those first.</translation>
    </message>
    <message>
        <source>A direction needs a name.</source>
        <translation>A direction needs a name.</translation>
    </message>
    <message>
        <source>Track %1 already has a direction &quot;%2&quot;.</source>
        <translation>Track %1 already has a direction &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The track already has a direction &quot;%1&quot;.</source>
        <translation>The track already has a direction &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A reward tier needs a name.</source>
        <translation>A reward tier needs a name.</translation>
    </message>
    <message>
        <source>Reward tier &quot;%1&quot;: stars and cash cannot be negative.</source>
        <translation>Reward tier &quot;%1&quot;: stars and cash cannot be negative.</translation>
    </message>
    <message>
        <source>Track %1 already has a reward tier &quot;%2&quot;.</source>
        <translation>Track %1 already has a reward tier &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>EventSettings</name>
    <message>
        <source>cannot be empty</source>
        <translation>cannot be empty</translation>
    </message>
    <message>
        <source>not an ISO 8601 time such as 2024-06-14T23:59:59+08:00</source>
        <translation>not an ISO 8601 time such as 2024-06-14T23:59:59+08:00</translation>
    </message>
    <message>
        <source>not an amount in %1 (whole numbers such as 50)</source>
        <translation>not an amount in %1 (whole numbers such as 50)</translation>
    </message>
    <message>
        <source>not an amount in %1 (such as 50 or 1000.50)</source>
        <translation>not an amount in %1 (such as 50 or 1000.50)</translation>
    </message>
    <message>
        <source>not a whole number from 1 to %1</source>
        <translation>not a whole number from 1 to %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not owner/name</source>
        <translation>&quot;%1&quot; is not owner/name</translation>
    </message>
    <message>
        <source>The event&apos;s name, printed on every report</source>
        <translation>The event&apos;s name, printed on every report</translation>
    </message>
    <message>
        <source>Who organises the event</source>
        <translation>Who organises the event</translation>
    </message>
    <message>
        <source>The event&apos;s sponsor</source>
        <translation>The event&apos;s sponsor</translation>
    </message>
    <message>
        <source>zh_CN or en: the language of the tables and bot replies for GitHub</source>
        <translation>zh_CN or en: the language of the tables and bot replies for GitHub</translation>
    </message>
    <message>
        <source>must be zh_CN or en</source>
        <translation>must be zh_CN or en</translation>
    </message>
    <message>
        <source>The ISO 4217 code of the currency paid in, e.g. CNY</source>
        <translation>The ISO 4217 code of the currency paid in, e.g. CNY</translation>
    </message>
    <message>
        <source>not an ISO 4217 code HackDesk knows (%1)</source>
        <translation>not an ISO 4217 code HackDesk knows (%1)</translation>
    </message>
    <message>
        <source>%1 has %2 decimal places and %3 has %4: set the star value, cap and pool to 0 first</source>
        <translation>%1 has %2 decimal places and %3 has %4: set the star value, cap and pool to 0 first</translation>
    </message>
    <message>
        <source>The IANA time zone the dates are shown in</source>
        <translation>The IANA time zone the dates are shown in</translation>
    </message>
    <message>
        <source>not an IANA time zone such as Asia/Shanghai or Europe/Berlin</source>
        <translation>not an IANA time zone such as Asia/Shanghai or Europe/Berlin</translation>
    </message>
    <message>
        <source>When the event starts (ISO 8601)</source>
        <translation>When the event starts (ISO 8601)</translation>
    </message>
    <message>
        <source>The deadline for design documents</source>
        <translation>The deadline for design documents</translation>
    </message>
    <message>
        <source>The deadline for pull requests</source>
        <translation>The deadline for pull requests</translation>
    </message>
    <message>
        <source>When the results are announced</source>
        <translation>When the results are announced</translation>
    </message>
    <message>
        <source>What one star pays</source>
        <translation>What one star pays</translation>
    </message>
    <message>
        <source>The most cash one person gets; 0 = no cap</source>
        <translation>The most cash one person gets; 0 = no cap</translation>
    </message>
    <message>
        <source>The whole prize pool</source>
        <translation>The whole prize pool</translation>
    </message>
    <message>
        <source>The words a claim comment starts with, ;-separated</source>
        <translation>The words a claim comment starts with, ;-separated</translation>
    </message>
    <message>
        <source>PR-title patterns, ;-separated, {n} where the task numbers stand</source>
        <translation>PR-title patterns, ;-separated, {n} where the task numbers stand</translation>
    </message>
    <message>
        <source>The GitHub API address</source>
        <translation>The GitHub API address</translation>
    </message>
    <message>
        <source>not an http(s) URL such as https://api.github.com</source>
        <translation>not an http(s) URL such as https://api.github.com</translation>
    </message>
    <message>
        <source>The tag in the PR titles of the 6th edition&apos;s form, e.g. Hackathon 6th</source>
        <translation>The tag in the PR titles of the 6th edition&apos;s form, e.g. Hackathon 6th</translation>
    </message>
    <message>
        <source>Only PRs created after this time count</source>
        <translation>Only PRs created after this time count</translation>
    </message>
    <message>
        <source>not a time such as 2024-03-21T00:00:00Z</source>
        <translation>not a time such as 2024-03-21T00:00:00Z</translation>
    </message>
    <message>
        <source>The watched repositories, comma-separated</source>
        <translation>The watched repositories, comma-separated</translation>
    </message>
    <message>
        <source>The repository of design documents (RFCs)</source>
        <translation>The repository of design documents (RFCs)</translation>
    </message>
    <message>
        <source>The code camp&apos;s first day (YYYY-MM-DD)</source>
        <translation>The code camp&apos;s first day (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>not a date such as 2024-04-01</source>
        <translation>not a date such as 2024-04-01</translation>
    </message>
    <message>
        <source>How many weeks the code camp runs</source>
        <translation>How many weeks the code camp runs</translation>
    </message>
    <message>
        <source>The hours a week a camper must work</source>
        <translation>The hours a week a camper must work</translation>
    </message>
    <message>
        <source>The track&apos;s GitHub issue (owner/name#number)</source>
        <translation>The track&apos;s GitHub issue (owner/name#number)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no setting: HackDesk keeps there the layout of the track&apos;s imported issue (written by import-issue, read by export-issue).</source>
        <translation>&quot;%1&quot; is no setting: HackDesk keeps there the layout of the track&apos;s imported issue (written by import-issue, read by export-issue).</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;; known: %2, track.&lt;id&gt;.issue.</source>
        <translation>Unknown setting &quot;%1&quot;; known: %2, track.&lt;id&gt;.issue.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not owner/name#number</source>
        <translation>&quot;%1&quot; is not owner/name#number</translation>
    </message>
    <message>
        <source>%1 has %2 decimal places and %3 has %4: the event&apos;s track budgets and cash amounts would change value</source>
        <translation>%1 has %2 decimal places and %3 has %4: the event&apos;s track budgets and cash amounts would change value</translation>
    </message>
    <message>
        <source>How many automatic backups are kept (0: none)</source>
        <translation>How many automatic backups are kept (0: none)</translation>
    </message>
    <message>
        <source>not a whole number from 0 to %1</source>
        <translation>not a whole number from 0 to %1</translation>
    </message>
</context>
<context>
    <name>EventSetupEditor</name>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Change the settings</source>
        <translation>Change the settings</translation>
    </message>
    <message>
        <source>Add track %1</source>
        <translation>Add track %1</translation>
    </message>
    <message>
        <source>Edit track %1</source>
        <translation>Edit track %1</translation>
    </message>
    <message>
        <source>That track no longer exists.</source>
        <translation>That track no longer exists.</translation>
    </message>
    <message>
        <source>Move track %1</source>
        <translation>Move track %1</translation>
    </message>
    <message>
        <source>Remove track %1</source>
        <translation>Remove track %1</translation>
    </message>
</context>
<context>
    <name>EventTables</name>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Reward rule</source>
        <translation>Reward rule</translation>
    </message>
    <message>
        <source>The finisher earns the task&apos;s stars or cash amount.</source>
        <translation>The finisher earns the task&apos;s stars or cash amount.</translation>
    </message>
    <message>
        <source>After a passed defence: %1</source>
        <translation>After a passed defence: %1</translation>
    </message>
    <message>
        <source>First %1 merged articles: %2 ★ each; prizes by rank</source>
        <translation>First %1 merged articles: %2 ★ each; prizes by rank</translation>
    </message>
    <message>
        <source>Paid from %1% completion, in proportion</source>
        <translation>Paid from %1% completion, in proportion</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Reward</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Finisher</source>
        <translation>Finisher</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>, RFC required</source>
        <translation>, RFC required</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Claimant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>PRs</source>
        <translation>PRs</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>PR without a claim</source>
        <translation>PR without a claim</translation>
    </message>
    <message>
        <source>code before RFC</source>
        <translation>code before RFC</translation>
    </message>
    <message>
        <source>Claimants</source>
        <translation>Claimants</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Stars</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Gross</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Capped</source>
        <translation>Capped</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Star of the event (开源之星): one of the three people with the most stars</source>
        <translation>Star of the event (开源之星): one of the three people with the most stars</translation>
    </message>
    <message>
        <source>capped</source>
        <translation>capped</translation>
    </message>
    <message>
        <source>not capped</source>
        <translation>not capped</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Over budget</translation>
    </message>
    <message>
        <source>All tracks, against the pool</source>
        <translation>All tracks, against the pool</translation>
    </message>
    <message>
        <source>Over the pool</source>
        <translation>Over the pool</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reply to post</source>
        <translation>Reply to post</translation>
    </message>
    <message>
        <source>Claimed at</source>
        <translation>Claimed at</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Campers</source>
        <translation>Campers</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>First choice</source>
        <translation>First choice</translation>
    </message>
    <message>
        <source>Other wishes</source>
        <translation>Other wishes</translation>
    </message>
    <message>
        <source>Reassignment</source>
        <translation>Reassignment</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <source>Week %1: no report</source>
        <translation>Week %1: no report</translation>
    </message>
    <message>
        <source>Week %1: %2 h</source>
        <translation>Week %1: %2 h</translation>
    </message>
    <message>
        <source>Week %1: to come</source>
        <translation>Week %1: to come</translation>
    </message>
    <message>
        <source>accepts</source>
        <translation>accepts</translation>
    </message>
    <message>
        <source>不接受调剂 (refuses)</source>
        <translation>不接受调剂 (refuses)</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) flagged</source>
        <translation>
            <numerusform>%n week flagged</numerusform>
            <numerusform>%n weeks flagged</numerusform>
        </translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Sub-tasks</source>
        <translation>Sub-tasks</translation>
    </message>
    <message>
        <source>Defence</source>
        <translation>Defence</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>partly passed</source>
        <translation>partly passed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
</context>
<context>
    <name>FieldEdits</name>
    <message>
        <source>Someone else saved %1 while the form was open, with other values in fields you edited. Nothing was saved.</source>
        <translation>Someone else saved %1 while the form was open, with other values in fields you edited. Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>FileWriter</name>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>Cannot write %1: it is a folder.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>FundableRules</name>
    <message>
        <source>Sub-task numbers start at 1.</source>
        <translation>Sub-task numbers start at 1.</translation>
    </message>
    <message>
        <source>Sub-task No.%1 is listed twice.</source>
        <translation>Sub-task No.%1 is listed twice.</translation>
    </message>
    <message>
        <source>Sub-task No.%1 needs a title.</source>
        <translation>Sub-task No.%1 needs a title.</translation>
    </message>
    <message>
        <source>Sub-task No.%1: the weight cannot be negative.</source>
        <translation>Sub-task No.%1: the weight cannot be negative.</translation>
    </message>
</context>
<context>
    <name>GitHubClient</name>
    <message>
        <source>The sync was cancelled; nothing was changed.</source>
        <translation>The sync was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit (%1) is used up until %2; sync again after that.</source>
        <translation>GitHub&apos;s rate limit (%1) is used up until %2; sync again after that.</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit (%1) is used up; waiting for its reset</source>
        <translation>GitHub&apos;s rate limit (%1) is used up; waiting for its reset</translation>
    </message>
    <message>
        <source>Refusing to follow %1: it is not on the API host %2.</source>
        <translation>Refusing to follow %1: it is not on the API host %2.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>GitHub failed at %1: %2 (tried %3 times).</source>
        <translation>GitHub failed at %1: %2 (tried %3 times).</translation>
    </message>
    <message>
        <source>%1 (%2); trying again</source>
        <translation>%1 (%2); trying again</translation>
    </message>
    <message>
        <source>GitHub&apos;s rate limit stopped the sync at %1; sync again after %2.</source>
        <translation>GitHub&apos;s rate limit stopped the sync at %1; sync again after %2.</translation>
    </message>
    <message>
        <source>GitHub asks to slow down; waiting</source>
        <translation>GitHub asks to slow down; waiting</translation>
    </message>
    <message>
        <source>GitHub refused the token at %1 (401 %2). Check the token or remove it.</source>
        <translation>GitHub refused the token at %1 (401 %2). Check the token or remove it.</translation>
    </message>
    <message>
        <source>GitHub answered %1 to %2.</source>
        <translation>GitHub answered %1 to %2.</translation>
    </message>
    <message>
        <source>GitHub answered %1 to %2: %3</source>
        <translation>GitHub answered %1 to %2: %3</translation>
    </message>
    <message>
        <source>%1 answered with %2 instead of JSON.</source>
        <translation>%1 answered with %2 instead of JSON.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>no content type</translation>
    </message>
    <message>
        <source>%1 sent malformed or truncated JSON (%2 at byte %3 of %4).</source>
        <translation>%1 sent malformed or truncated JSON (%2 at byte %3 of %4).</translation>
    </message>
    <message>
        <source>%1 links its next page to another host (%2).</source>
        <translation>%1 links its next page to another host (%2).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a proxy address (http://host:port).</source>
        <translation>%1 &quot;%2&quot; is not a proxy address (http://host:port).</translation>
    </message>
</context>
<context>
    <name>GitHubSync</name>
    <message>
        <source>Refusing to send the GitHub token over plain HTTP to %1; use https.</source>
        <translation>Refusing to send the GitHub token over plain HTTP to %1; use https.</translation>
    </message>
    <message>
        <source>No GitHub token: syncing anonymously, GitHub allows 60 requests an hour. Set one in Settings or in the GITHUB_TOKEN environment variable.</source>
        <translation>No GitHub token: syncing anonymously, GitHub allows 60 requests an hour. Set one in Settings or in the GITHUB_TOKEN environment variable.</translation>
    </message>
    <message>
        <source>Saving what changed</source>
        <translation>Saving what changed</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>Task No.%1 does not exist.</source>
        <translation>Task No.%1 does not exist.</translation>
    </message>
    <message>
        <source>Task No.%1 was removed.</source>
        <translation>Task No.%1 was removed.</translation>
    </message>
    <message>
        <source>Task No.%1 is locked.</source>
        <translation>Task No.%1 is locked.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a GitHub login; its claim is skipped.</source>
        <translation>%1: &quot;%2&quot; is not a GitHub login; its claim is skipped.</translation>
    </message>
    <message>
        <source>%1 No.%2: claimed by @%3</source>
        <translation>%1 No.%2: claimed by @%3</translation>
    </message>
    <message>
        <source>PR %1#%2 by @%3 (%4): %5</source>
        <translation>PR %1#%2 by @%3 (%4): %5</translation>
    </message>
    <message>
        <source>PR %1#%2: %3 → %4</source>
        <translation>PR %1#%2: %3 → %4</translation>
    </message>
    <message>
        <source>%1#%2 names No.%3 of %4, which does not exist.</source>
        <translation>%1#%2 names No.%3 of %4, which does not exist.</translation>
    </message>
    <message>
        <source>%1 No.%2: @%3 has a PR without a claim (%4)</source>
        <translation>%1 No.%2: @%3 has a PR without a claim (%4)</translation>
    </message>
    <message>
        <source>%1 No.%2: @%3 %4 → %5</source>
        <translation>%1 No.%2: @%3 %4 → %5</translation>
    </message>
    <message>
        <source>%1 No.%2: completed by @%3 (%4#%5)</source>
        <translation>%1 No.%2: completed by @%3 (%4#%5)</translation>
    </message>
    <message>
        <source>%1 sent JSON of an unexpected shape: %2</source>
        <translation>%1 sent JSON of an unexpected shape: %2</translation>
    </message>
    <message>
        <source>Reading the issue %1 (%2)</source>
        <translation>Reading the issue %1 (%2)</translation>
    </message>
    <message>
        <source>not an issue</source>
        <translation>not an issue</translation>
    </message>
    <message>
        <source>the body is not text</source>
        <translation>the body is not text</translation>
    </message>
    <message>
        <source>%1 links back to a page already read.</source>
        <translation>%1 links back to a page already read.</translation>
    </message>
    <message>
        <source>Reading the comments on %1, page %2</source>
        <translation>Reading the comments on %1, page %2</translation>
    </message>
    <message>
        <source>not a list of comments</source>
        <translation>not a list of comments</translation>
    </message>
    <message>
        <source>a comment without an id</source>
        <translation>a comment without an id</translation>
    </message>
    <message>
        <source>The search for %1 would be longer than %2 characters; shorten github.prefix.</source>
        <translation>The search for %1 would be longer than %2 characters; shorten github.prefix.</translation>
    </message>
    <message>
        <source>Searching PRs in %1, page %2</source>
        <translation>Searching PRs in %1, page %2</translation>
    </message>
    <message>
        <source>not search results</source>
        <translation>not search results</translation>
    </message>
    <message>
        <source>More than %1 PRs were created at %2 in %3: only the first %1 are read.</source>
        <translation>More than %1 PRs were created at %2 in %3: only the first %1 are read.</translation>
    </message>
    <message>
        <source>GitHub&apos;s search timed out and may have left PRs out (%1).</source>
        <translation>GitHub&apos;s search timed out and may have left PRs out (%1).</translation>
    </message>
    <message>
        <source>a PR without repository or number</source>
        <translation>a PR without repository or number</translation>
    </message>
    <message>
        <source>Reading %1#%2</source>
        <translation>Reading %1#%2</translation>
    </message>
    <message>
        <source>not a pull request</source>
        <translation>not a pull request</translation>
    </message>
    <message>
        <source>github.api-url &quot;%1&quot; is not an http(s) URL such as https://api.github.com or https://HOST/api/v3.</source>
        <translation>github.api-url &quot;%1&quot; is not an http(s) URL such as https://api.github.com or https://HOST/api/v3.</translation>
    </message>
    <message>
        <source>github.since &quot;%1&quot; is not a time such as 2024-03-21T00:00:00Z.</source>
        <translation>github.since &quot;%1&quot; is not a time such as 2024-03-21T00:00:00Z.</translation>
    </message>
    <message>
        <source>github.repos names &quot;%1&quot;, which is not owner/name.</source>
        <translation>github.repos names &quot;%1&quot;, which is not owner/name.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not owner/name#number.</source>
        <translation>%1 &quot;%2&quot; is not owner/name#number.</translation>
    </message>
    <message>
        <source>No track has its GitHub issue set (config set track.&lt;id&gt;.issue owner/name#number): no claims are read.</source>
        <translation>No track has its GitHub issue set (config set track.&lt;id&gt;.issue owner/name#number): no claims are read.</translation>
    </message>
    <message>
        <source>github.prefix is empty: PRs are not searched.</source>
        <translation>github.prefix is empty: PRs are not searched.</translation>
    </message>
    <message>
        <source>github.repos is empty: PRs are not searched.</source>
        <translation>github.repos is empty: PRs are not searched.</translation>
    </message>
    <message>
        <source>Camp project No.%1 of 【其他意向】 does not exist.</source>
        <translation>Camp project No.%1 of 【其他意向】 does not exist.</translation>
    </message>
    <message>
        <source>Camp project No.%1 of 【其他意向】 was removed.</source>
        <translation>Camp project No.%1 of 【其他意向】 was removed.</translation>
    </message>
    <message>
        <source>%1 No.%2: @%3 applied</source>
        <translation>%1 No.%2: @%3 applied</translation>
    </message>
    <message>
        <source>%1: @%2&apos;s application updated (first choice No.%3)</source>
        <translation>%1: @%2&apos;s application updated (first choice No.%3)</translation>
    </message>
    <message>
        <source>%1 No.%2, sub-task %3</source>
        <translation>%1 No.%2, sub-task %3</translation>
    </message>
    <message>
        <source>%1#%2 names sub-task No.%3 of %4 No.%5, which has no such sub-task.</source>
        <translation>%1#%2 names sub-task No.%3 of %4 No.%5, which has no such sub-task.</translation>
    </message>
    <message>
        <source>%1: %2#%3 listed</source>
        <translation>%1: %2#%3 listed</translation>
    </message>
    <message>
        <source>%1: done (%2#%3 merged)</source>
        <translation>%1: done (%2#%3 merged)</translation>
    </message>
    <message>
        <source>Camp applications: %1 added, %2 updated.</source>
        <translation>Camp applications: %1 added, %2 updated.</translation>
    </message>
    <message>
        <source>Fundable sub-tasks: %1 linked to PRs, %2 done.</source>
        <translation>Fundable sub-tasks: %1 linked to PRs, %2 done.</translation>
    </message>
    <message>
        <source>【提交】 is not a claim: a claim starts with %1, a submission is a PR whose title names the task.</source>
        <translation>【提交】 is not a claim: a claim starts with %1, a submission is a PR whose title names the task.</translation>
    </message>
</context>
<context>
    <name>IssueImport</name>
    <message>
        <source>No.%1: finished by @%2</source>
        <translation>No.%1: finished by @%2</translation>
    </message>
    <message>
        <source>No.%1: new task &quot;%2&quot;</source>
        <translation>No.%1: new task &quot;%2&quot;</translation>
    </message>
    <message>
        <source>No.%1: updated</source>
        <translation>No.%1: updated</translation>
    </message>
    <message>
        <source>@%1: new participant</source>
        <translation>@%1: new participant</translation>
    </message>
    <message>
        <source>No.%1: @%2 %3 → %4</source>
        <translation>No.%1: @%2 %3 → %4</translation>
    </message>
    <message>
        <source>No.%1: claimed by @%2 (%3)</source>
        <translation>No.%1: claimed by @%2 (%3)</translation>
    </message>
    <message>
        <source>No.%1: PR %2#%3 by @%4</source>
        <translation>No.%1: PR %2#%3 by @%4</translation>
    </message>
    <message>
        <source>The text above the tables changed.</source>
        <translation>The text above the tables changed.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>No.%1: locked for its claimant</source>
        <translation>No.%1: locked for its claimant</translation>
    </message>
    <message>
        <source>Team “%1”: new team</source>
        <translation>Team “%1”: new team</translation>
    </message>
    <message>
        <source>No.%1: team “%2” %3 → %4</source>
        <translation>No.%1: team “%2” %3 → %4</translation>
    </message>
    <message>
        <source>No.%1: claimed by team “%2” (%3)</source>
        <translation>No.%1: claimed by team “%2” (%3)</translation>
    </message>
    <message>
        <source>it has no rows</source>
        <translation>it has no rows</translation>
    </message>
    <message>
        <source>none of its %1 rows could be read</source>
        <translation>none of its %1 rows could be read</translation>
    </message>
    <message>
        <source>line %1: %2 — %3</source>
        <translation>line %1: %2 — %3</translation>
    </message>
    <message>
        <source>No task was read: the text has no table. A task table has a header row with a number column (序号, 编号, No., #) and a claimants column (认领人, 队伍名称/状态/PR, 报名情况, Claimed by).</source>
        <translation>No task was read: the text has no table. A task table has a header row with a number column (序号, 编号, No., #) and a claimants column (认领人, 队伍名称/状态/PR, 报名情况, Claimed by).</translation>
    </message>
    <message>
        <source>No task was read. Tables seen:
%1</source>
        <translation>No task was read. Tables seen:
%1</translation>
    </message>
</context>
<context>
    <name>IssueMarkdown</name>
    <message>
        <source>The table lacks a “%1” column; its rows were not read.</source>
        <translation>The table lacks a “%1” column; its rows were not read.</translation>
    </message>
    <message>
        <source>Task %1: “%2” is not an amount of money.</source>
        <translation>Task %1: “%2” is not an amount of money.</translation>
    </message>
    <message>
        <source>Task %1: the difficulty is missing.</source>
        <translation>Task %1: the difficulty is missing.</translation>
    </message>
    <message>
        <source>Task %1: unknown difficulty “%2”.</source>
        <translation>Task %1: unknown difficulty “%2”.</translation>
    </message>
    <message>
        <source>Task %1: the title is missing.</source>
        <translation>Task %1: the title is missing.</translation>
    </message>
    <message>
        <source>Task %1: “%2” does not start with a GitHub login.</source>
        <translation>Task %1: “%2” does not start with a GitHub login.</translation>
    </message>
    <message>
        <source>Task %1: @%2 has more than one status badge.</source>
        <translation>Task %1: @%2 has more than one status badge.</translation>
    </message>
    <message>
        <source>Task %1: unknown status badge “%2” for @%3.</source>
        <translation>Task %1: unknown status badge “%2” for @%3.</translation>
    </message>
    <message>
        <source>The row has %1 cells; the table header has %2.</source>
        <translation>The row has %1 cells; the table header has %2.</translation>
    </message>
    <message>
        <source>“%1” is not a task number (1 to %2).</source>
        <translation>“%1” is not a task number (1 to %2).</translation>
    </message>
    <message>
        <source>Task %1: the finisher “%2” is not a GitHub login.</source>
        <translation>Task %1: the finisher “%2” is not a GitHub login.</translation>
    </message>
    <message>
        <source>Task %1: “%2” is not a number of seats.</source>
        <translation>Task %1: “%2” is not a number of seats.</translation>
    </message>
    <message>
        <source>Task %1 is already listed on line %2.</source>
        <translation>Task %1 is already listed on line %2.</translation>
    </message>
    <message>
        <source>The RFC list names “%1”, which is not a task number.</source>
        <translation>The RFC list names “%1”, which is not a task number.</translation>
    </message>
    <message>
        <source>The RFC list names task %1, which is not in the list.</source>
        <translation>The RFC list names task %1, which is not in the list.</translation>
    </message>
    <message>
        <source>This row is not under a task table header.</source>
        <translation>This row is not under a task table header.</translation>
    </message>
    <message>
        <source>it has neither a number column (序号, 编号, No., #) nor a claimants column (认领人, 队伍名称/状态/PR, 报名情况, Claimed by)</source>
        <translation>it has neither a number column (序号, 编号, No., #) nor a claimants column (认领人, 队伍名称/状态/PR, 报名情况, Claimed by)</translation>
    </message>
    <message>
        <source>it has no number column (序号, 编号, No., # or an empty header before the title)</source>
        <translation>it has no number column (序号, 编号, No., # or an empty header before the title)</translation>
    </message>
    <message>
        <source>it has no claimants column (认领人, 队伍名称/状态/PR, 报名情况, Claimed by)</source>
        <translation>it has no claimants column (认领人, 队伍名称/状态/PR, 报名情况, Claimed by)</translation>
    </message>
    <message>
        <source>Task %1: unknown status “%2” for @%3.</source>
        <translation>Task %1: unknown status “%2” for @%3.</translation>
    </message>
    <message>
        <source>Task %1: unknown status “%2” for the team “%3”.</source>
        <translation>Task %1: unknown status “%2” for the team “%3”.</translation>
    </message>
    <message>
        <source>Task %1: “%2” is locked for someone who is not a GitHub login.</source>
        <translation>Task %1: “%2” is locked for someone who is not a GitHub login.</translation>
    </message>
    <message>
        <source>line %1: %2 — %3</source>
        <translation>line %1: %2 — %3</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>difficulty</source>
        <translation>difficulty</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>claimants</source>
        <translation>claimants</translation>
    </message>
    <message>
        <source>finisher</source>
        <translation>finisher</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>seats</source>
        <translation>seats</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>leader</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignored</translation>
    </message>
</context>
<context>
    <name>JudgeAccess</name>
    <message>
        <source>setting up judges&apos; access</source>
        <translation>setting up judges&apos; access</translation>
    </message>
    <message>
        <source>%1 is an SQLite file: judges&apos; own logins need a shared event on a PostgreSQL server (copy-to postgresql://…). Judges of a file score with judge packets (judge-packet export --judge LOGIN).</source>
        <translation>%1 is an SQLite file: judges&apos; own logins need a shared event on a PostgreSQL server (copy-to postgresql://…). Judges of a file score with judge packets (judge-packet export --judge LOGIN).</translation>
    </message>
    <message>
        <source>There is no judge &quot;%1&quot; in %2: add them first (judges add %1).</source>
        <translation>There is no judge &quot;%1&quot; in %2: add them first (judges add %1).</translation>
    </message>
    <message>
        <source>The role name &quot;%1&quot; is too long for PostgreSQL (63 bytes at most): give a shorter one with --role.</source>
        <translation>The role name &quot;%1&quot; is too long for PostgreSQL (63 bytes at most): give a shorter one with --role.</translation>
    </message>
    <message>
        <source>A judge&apos;s connection cannot grant access: connect as staff.</source>
        <translation>A judge&apos;s connection cannot grant access: connect as staff.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; is an administrator&apos;s or staff&apos;s role on the server: a judge needs a role of their own (choose another name with --role).</source>
        <translation>The role &quot;%1&quot; is an administrator&apos;s or staff&apos;s role on the server: a judge needs a role of their own (choose another name with --role).</translation>
    </message>
    <message>
        <source>%1 may not create roles on this server. Ask its administrator to create the judge&apos;s login (createuser --pwprompt %2), then run grant-judge again.</source>
        <translation>%1 may not create roles on this server. Ask its administrator to create the judge&apos;s login (createuser --pwprompt %2), then run grant-judge again.</translation>
    </message>
    <message>
        <source>creating the role %1</source>
        <translation>creating the role %1</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; belongs to the judge @%2 already.</source>
        <translation>The role &quot;%1&quot; belongs to the judge @%2 already.</translation>
    </message>
</context>
<context>
    <name>Judging</name>
    <message numerus="yes">
        <source>%1 can have only %2 of the %3 judges it needs: the track has %n judge(s)</source>
        <translation>
            <numerusform>%1 can have only %2 of the %3 judges it needs: the track has %n judge</numerusform>
            <numerusform>%1 can have only %2 of the %3 judges it needs: the track has %n judges</numerusform>
        </translation>
    </message>
    <message>
        <source>, and these conflict: %1</source>
        <translation>, and these conflict: %1</translation>
    </message>
    <message>
        <source>The packet</source>
        <translation>The packet</translation>
    </message>
    <message>
        <source>%1 is not a valid judge packet: %2.</source>
        <translation>%1 is not a valid judge packet: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object</source>
        <translation>&quot;%1&quot; is not an object</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>&quot;%1&quot; is not a list</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not text</source>
        <translation>&quot;%1&quot; is not text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; is not a whole number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; is not true or false</translation>
    </message>
    <message>
        <source>an element of &quot;%1&quot; is not an object</source>
        <translation>an element of &quot;%1&quot; is not an object</translation>
    </message>
    <message>
        <source>it is larger than any packet HackDesk writes</source>
        <translation>it is larger than any packet HackDesk writes</translation>
    </message>
    <message>
        <source>%1 is not a judge packet: it is not JSON (%2 at byte %3).</source>
        <translation>%1 is not a judge packet: it is not JSON (%2 at byte %3).</translation>
    </message>
    <message>
        <source>%1 is not a judge packet: it is JSON, but not one HackDesk wrote.</source>
        <translation>%1 is not a judge packet: it is JSON, but not one HackDesk wrote.</translation>
    </message>
    <message>
        <source>%1 was written by another version of HackDesk (packet format %2; this one reads %3).</source>
        <translation>%1 was written by another version of HackDesk (packet format %2; this one reads %3).</translation>
    </message>
    <message>
        <source>%1 has been changed since HackDesk wrote it (its bytes are not the ones HackDesk wrote); it is refused.</source>
        <translation>%1 has been changed since HackDesk wrote it (its bytes are not the ones HackDesk wrote); it is refused.</translation>
    </message>
    <message>
        <source>its key is too short</source>
        <translation>its key is too short</translation>
    </message>
    <message>
        <source>its revision is not positive</source>
        <translation>its revision is not positive</translation>
    </message>
    <message>
        <source>criterion %1 is derived from an unknown figure</source>
        <translation>criterion %1 is derived from an unknown figure</translation>
    </message>
    <message>
        <source>submission %1 belongs to a track the packet does not hold</source>
        <translation>submission %1 belongs to a track the packet does not hold</translation>
    </message>
    <message>
        <source>a sheet is neither a draft nor submitted</source>
        <translation>a sheet is neither a draft nor submitted</translation>
    </message>
    <message>
        <source>a sheet scores criterion %1 twice</source>
        <translation>a sheet scores criterion %1 twice</translation>
    </message>
    <message>
        <source>it holds members HackDesk does not write</source>
        <translation>it holds members HackDesk does not write</translation>
    </message>
    <message>
        <source>%1 has been changed: its authentication code does not match its content. It was edited outside HackDesk or damaged; it is refused.</source>
        <translation>%1 has been changed: its authentication code does not match its content. It was edited outside HackDesk or damaged; it is refused.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid judge packet: it is larger than any packet HackDesk writes.</source>
        <translation>%1 is not a valid judge packet: it is larger than any packet HackDesk writes.</translation>
    </message>
    <message>
        <source>Cannot save the packet %1: %2</source>
        <translation>Cannot save the packet %1: %2</translation>
    </message>
    <message>
        <source>Submission %1 is not assigned to @%2.</source>
        <translation>Submission %1 is not assigned to @%2.</translation>
    </message>
    <message>
        <source>The results of &quot;%1&quot; are final: its scores cannot change.</source>
        <translation>The results of &quot;%1&quot; are final: its scores cannot change.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <source>There is no judge @%1.</source>
        <translation>There is no judge @%1.</translation>
    </message>
    <message>
        <source>@%1 already has a packet, exported %2, that was never imported back: import it first, or export again with --replace (the earlier packet will then be refused).</source>
        <translation>@%1 already has a packet, exported %2, that was never imported back: import it first, or export again with --replace (the earlier packet will then be refused).</translation>
    </message>
    <message>
        <source>@%1 has no assignments: there is nothing to put in a packet.</source>
        <translation>@%1 has no assignments: there is nothing to put in a packet.</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>revision %1</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>%n submission</numerusform>
            <numerusform>%n submissions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 belongs to another event (&quot;%2&quot;), not to &quot;%3&quot;; it is refused.</source>
        <translation>%1 belongs to another event (&quot;%2&quot;), not to &quot;%3&quot;; it is refused.</translation>
    </message>
    <message>
        <source>%1 is for @%2, who is not a judge of this event; it is refused.</source>
        <translation>%1 is for @%2, who is not a judge of this event; it is refused.</translation>
    </message>
    <message>
        <source>%1: no packet was ever exported for @%2 from this database; it is refused.</source>
        <translation>%1: no packet was ever exported for @%2 from this database; it is refused.</translation>
    </message>
    <message>
        <source>%1 is not @%2&apos;s current packet: it was replaced by the export of %3; it is refused.</source>
        <translation>%1 is not @%2&apos;s current packet: it was replaced by the export of %3; it is refused.</translation>
    </message>
    <message>
        <source>%1 has been changed: its authentication code does not match. It was edited outside HackDesk, damaged or made by someone else; it is refused.</source>
        <translation>%1 has been changed: its authentication code does not match. It was edited outside HackDesk, damaged or made by someone else; it is refused.</translation>
    </message>
    <message>
        <source>%1 is revision %2, which was imported %3 with other scores; it is refused.</source>
        <translation>%1 is revision %2, which was imported %3 with other scores; it is refused.</translation>
    </message>
    <message>
        <source>%1 is revision %2, older than revision %3 imported %4; it is refused so that it does not overwrite newer scores.</source>
        <translation>%1 is revision %2, older than revision %3 imported %4; it is refused so that it does not overwrite newer scores.</translation>
    </message>
    <message>
        <source>%1 is revision %2, older than the export (revision %3); it is refused.</source>
        <translation>%1 is revision %2, older than the export (revision %3); it is refused.</translation>
    </message>
    <message>
        <source>it holds scores for %1, which is not assigned to @%2.</source>
        <translation>it holds scores for %1, which is not assigned to @%2.</translation>
    </message>
    <message>
        <source>the track of %1 has no rubric any more.</source>
        <translation>the track of %1 has no rubric any more.</translation>
    </message>
    <message>
        <source>%1 is refused; nothing was imported: %2</source>
        <translation>%1 is refused; nothing was imported: %2</translation>
    </message>
    <message>
        <source>@%1 (judge packet)</source>
        <translation>@%1 (judge packet)</translation>
    </message>
    <message>
        <source>judge packet revision %1</source>
        <translation>judge packet revision %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) changed</source>
        <translation>
            <numerusform>%n sheet changed</numerusform>
            <numerusform>%n sheets changed</numerusform>
        </translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Followers</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid judge login (letters, digits and single hyphens, at most 39).</source>
        <translation>&quot;%1&quot; is not a valid judge login (letters, digits and single hyphens, at most 39).</translation>
    </message>
    <message>
        <source>There is already a judge @%1.</source>
        <translation>There is already a judge @%1.</translation>
    </message>
    <message>
        <source>@%1: there is no track %2.</source>
        <translation>@%1: there is no track %2.</translation>
    </message>
    <message>
        <source>@%1: a conflict needs a login, a team or an organisation.</source>
        <translation>@%1: a conflict needs a login, a team or an organisation.</translation>
    </message>
    <message>
        <source>The judge @%1 no longer exists.</source>
        <translation>The judge @%1 no longer exists.</translation>
    </message>
    <message numerus="yes">
        <source>@%1 has %n assignment(s) in &quot;%2&quot;: remove them before taking the judge off the track.</source>
        <translation>
            <numerusform>@%1 has %n assignment in &quot;%2&quot;: remove them before taking the judge off the track.</numerusform>
            <numerusform>@%1 has %n assignments in &quot;%2&quot;: remove them before taking the judge off the track.</numerusform>
        </translation>
    </message>
    <message>
        <source>That judge no longer exists.</source>
        <translation>That judge no longer exists.</translation>
    </message>
    <message numerus="yes">
        <source>@%1 has %n assignment(s): remove them before deleting the judge.</source>
        <translation>
            <numerusform>@%1 has %n assignment: remove them before deleting the judge.</numerusform>
            <numerusform>@%1 has %n assignments: remove them before deleting the judge.</numerusform>
        </translation>
    </message>
    <message>
        <source>The track &quot;%1&quot; has no rubric yet.</source>
        <translation>The track &quot;%1&quot; has no rubric yet.</translation>
    </message>
    <message>
        <source>There is no track %1.</source>
        <translation>There is no track %1.</translation>
    </message>
    <message>
        <source>The rubric of &quot;%1&quot; cannot be saved: %2</source>
        <translation>The rubric of &quot;%1&quot; cannot be saved: %2</translation>
    </message>
    <message>
        <source>The criterion %1 (#%2) is not one of the rubric of &quot;%3&quot;.</source>
        <translation>The criterion %1 (#%2) is not one of the rubric of &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 has scores from judges: it cannot become a derived criterion.</source>
        <translation>%1 has scores from judges: it cannot become a derived criterion.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n score(s): it cannot be removed from the rubric.</source>
        <translation>
            <numerusform>%1 has %n score: it cannot be removed from the rubric.</numerusform>
            <numerusform>%1 has %n scores: it cannot be removed from the rubric.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) already given lie outside the scale %1-%2.</source>
        <translation>
            <numerusform>%n score already given lie outside the scale %1-%2.</numerusform>
            <numerusform>%n scores already given lie outside the scale %1-%2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score sheet(s) of this track are already submitted: a new criterion would leave them incomplete. Add criteria before judging starts.</source>
        <translation>
            <numerusform>%n score sheet of this track are already submitted: a new criterion would leave them incomplete. Add criteria before judging starts.</numerusform>
            <numerusform>%n score sheets of this track are already submitted: a new criterion would leave them incomplete. Add criteria before judging starts.</numerusform>
        </translation>
    </message>
    <message>
        <source>A submission needs a title.</source>
        <translation>A submission needs a title.</translation>
    </message>
    <message>
        <source>Submission &quot;%1&quot;: there is no track %2.</source>
        <translation>Submission &quot;%1&quot;: there is no track %2.</translation>
    </message>
    <message>
        <source>Submission &quot;%1&quot;: give either a participant or a team.</source>
        <translation>Submission &quot;%1&quot;: give either a participant or a team.</translation>
    </message>
    <message>
        <source>Submission &quot;%1&quot;: participant %2 does not exist.</source>
        <translation>Submission &quot;%1&quot;: participant %2 does not exist.</translation>
    </message>
    <message>
        <source>Submission &quot;%1&quot;: team %2 does not exist.</source>
        <translation>Submission &quot;%1&quot;: team %2 does not exist.</translation>
    </message>
    <message>
        <source>Submission &quot;%1&quot;: task %2 does not exist.</source>
        <translation>Submission &quot;%1&quot;: task %2 does not exist.</translation>
    </message>
    <message>
        <source>Submission &quot;%1&quot;: its task belongs to another track.</source>
        <translation>Submission &quot;%1&quot;: its task belongs to another track.</translation>
    </message>
    <message>
        <source>Submission &quot;%1&quot;: %2 cannot be negative.</source>
        <translation>Submission &quot;%1&quot;: %2 cannot be negative.</translation>
    </message>
    <message>
        <source>Submission &quot;%1&quot;: a link is a pr, slides, report, article or other, not &quot;%2&quot;.</source>
        <translation>Submission &quot;%1&quot;: a link is a pr, slides, report, article or other, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Submission &quot;%1&quot;: a link has no address.</source>
        <translation>Submission &quot;%1&quot;: a link has no address.</translation>
    </message>
    <message>
        <source>The submission &quot;%1&quot; no longer exists.</source>
        <translation>The submission &quot;%1&quot; no longer exists.</translation>
    </message>
    <message>
        <source>The submission &quot;%1&quot; has judges: it cannot move to another track.</source>
        <translation>The submission &quot;%1&quot; has judges: it cannot move to another track.</translation>
    </message>
    <message>
        <source>That submission no longer exists.</source>
        <translation>That submission no longer exists.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n judge(s) assigned: remove them before deleting the submission.</source>
        <translation>
            <numerusform>%1 has %n judge assigned: remove them before deleting the submission.</numerusform>
            <numerusform>%1 has %n judges assigned: remove them before deleting the submission.</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted participant #%1)</source>
        <translation>(deleted participant #%1)</translation>
    </message>
    <message>
        <source>(deleted team #%1)</source>
        <translation>(deleted team #%1)</translation>
    </message>
    <message>
        <source>There is no judge #%1.</source>
        <translation>There is no judge #%1.</translation>
    </message>
    <message>
        <source>There is no submission #%1.</source>
        <translation>There is no submission #%1.</translation>
    </message>
    <message>
        <source>@%1 does not judge the track &quot;%2&quot;.</source>
        <translation>@%1 does not judge the track &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>@%1 cannot judge %2: %3.</source>
        <translation>@%1 cannot judge %2: %3.</translation>
    </message>
    <message>
        <source>That judge is not assigned to that submission.</source>
        <translation>That judge is not assigned to that submission.</translation>
    </message>
    <message>
        <source>@%1 has already scored #%2: delete the score sheet before removing the judge.</source>
        <translation>@%1 has already scored #%2: delete the score sheet before removing the judge.</translation>
    </message>
    <message>
        <source>@%1 is not assigned to %2: scores for it are refused.</source>
        <translation>@%1 is not assigned to %2: scores for it are refused.</translation>
    </message>
    <message>
        <source>@%1, %2: %3</source>
        <translation>@%1, %2: %3</translation>
    </message>
    <message>
        <source>The results of &quot;%1&quot; are already final.</source>
        <translation>The results of &quot;%1&quot; are already final.</translation>
    </message>
    <message>
        <source>The results of &quot;%1&quot; are not final: there is nothing to unlock.</source>
        <translation>The results of &quot;%1&quot; are not final: there is nothing to unlock.</translation>
    </message>
    <message>
        <source>The scale must run from a lower to a higher whole number between 0 and 100 (it is %1-%2).</source>
        <translation>The scale must run from a lower to a higher whole number between 0 and 100 (it is %1-%2).</translation>
    </message>
    <message>
        <source>A rubric needs 3 to 6 criteria scored by the judges; this one has %1.</source>
        <translation>A rubric needs 3 to 6 criteria scored by the judges; this one has %1.</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Criterion %1</translation>
    </message>
    <message>
        <source>Criterion %1 needs a name.</source>
        <translation>Criterion %1 needs a name.</translation>
    </message>
    <message>
        <source>Two criteria are called &quot;%1&quot;.</source>
        <translation>Two criteria are called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: the weight must be a whole number from 1 to 1000 (it is %2).</source>
        <translation>%1: the weight must be a whole number from 1 to 1000 (it is %2).</translation>
    </message>
    <message>
        <source>Two criteria are derived from %1.</source>
        <translation>Two criteria are derived from %1.</translation>
    </message>
    <message>
        <source>%1: the description of %2 is outside the scale %3-%4.</source>
        <translation>%1: the description of %2 is outside the scale %3-%4.</translation>
    </message>
    <message>
        <source>%1: the level %2 is described twice.</source>
        <translation>%1: the level %2 is described twice.</translation>
    </message>
    <message>
        <source>%1: the description of %2 is empty.</source>
        <translation>%1: the description of %2 is empty.</translation>
    </message>
    <message>
        <source>%1: describe the lowest score %2, so that every level has a description.</source>
        <translation>%1: describe the lowest score %2, so that every level has a description.</translation>
    </message>
    <message>
        <source>@%1 is one of its authors</source>
        <translation>@%1 is one of its authors</translation>
    </message>
    <message>
        <source>declared a conflict with @%1</source>
        <translation>declared a conflict with @%1</translation>
    </message>
    <message>
        <source>declared a conflict with the team %1</source>
        <translation>declared a conflict with the team %1</translation>
    </message>
    <message>
        <source>declared a conflict with %1, the organisation of @%2</source>
        <translation>declared a conflict with %1, the organisation of @%2</translation>
    </message>
    <message>
        <source>same organisation as @%1 (%2)</source>
        <translation>same organisation as @%1 (%2)</translation>
    </message>
    <message>
        <source>mentors @%1 in the code camp</source>
        <translation>mentors @%1 in the code camp</translation>
    </message>
    <message>
        <source>The rubric has no criterion #%1.</source>
        <translation>The rubric has no criterion #%1.</translation>
    </message>
    <message>
        <source>%1 is derived from the reported figures; judges do not score it.</source>
        <translation>%1 is derived from the reported figures; judges do not score it.</translation>
    </message>
    <message>
        <source>%1: %2 is outside the scale %3-%4.</source>
        <translation>%1: %2 is outside the scale %3-%4.</translation>
    </message>
    <message>
        <source>Fill in every criterion before submitting; still empty: %1.</source>
        <translation>Fill in every criterion before submitting; still empty: %1.</translation>
    </message>
    <message>
        <source>The comment is too long (%1 characters; at most %2).</source>
        <translation>The comment is too long (%1 characters; at most %2).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1: &quot;%2&quot; is not a whole number.</translation>
    </message>
    <message>
        <source>The results of &quot;%1&quot; are final (finalised %2 by %3): unlock the track, giving a reason, to change its scores, assignments or rubric.</source>
        <translation>The results of &quot;%1&quot; are final (finalised %2 by %3): unlock the track, giving a reason, to change its scores, assignments or rubric.</translation>
    </message>
    <message>
        <source>Give a reason for unlocking: it goes into the judging log.</source>
        <translation>Give a reason for unlocking: it goes into the judging log.</translation>
    </message>
    <message>
        <source>The reason is too long (%1 characters; at most 500).</source>
        <translation>The reason is too long (%1 characters; at most 500).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation>
            <numerusform>Nothing was imported: %n problem.</numerusform>
            <numerusform>Nothing was imported: %n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n problem(s).</source>
        <translation>
            <numerusform>Nothing was imported from %1: %n problem.</numerusform>
            <numerusform>Nothing was imported from %1: %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... and %n more.</numerusform>
            <numerusform>... and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each submission needs from 1 to 50 judges, not %1.</source>
        <translation>Each submission needs from 1 to 50 judges, not %1.</translation>
    </message>
    <message>
        <source>the file is empty; its first line must be the header %1.</source>
        <translation>the file is empty; its first line must be the header %1.</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice.</source>
        <translation>the column &quot;%1&quot; appears twice.</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; the columns are %2.</source>
        <translation>unknown column &quot;%1&quot;; the columns are %2.</translation>
    </message>
    <message>
        <source>missing column(s) %1; the first line must be the header %2.</source>
        <translation>missing column(s) %1; the first line must be the header %2.</translation>
    </message>
    <message>
        <source>there is no judge &quot;%1&quot;.</source>
        <translation>there is no judge &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>submission &quot;%1&quot; is not a submission id.</source>
        <translation>submission &quot;%1&quot; is not a submission id.</translation>
    </message>
    <message>
        <source>there is no submission %1.</source>
        <translation>there is no submission %1.</translation>
    </message>
    <message>
        <source>@%1 is not assigned to %2.</source>
        <translation>@%1 is not assigned to %2.</translation>
    </message>
    <message>
        <source>the track of %1 has no rubric.</source>
        <translation>the track of %1 has no rubric.</translation>
    </message>
    <message>
        <source>the rubric has no criterion &quot;%1&quot; for the judges to score.</source>
        <translation>the rubric has no criterion &quot;%1&quot; for the judges to score.</translation>
    </message>
    <message>
        <source>@%1, submission %2, %3 is already on line %4.</source>
        <translation>@%1, submission %2, %3 is already on line %4.</translation>
    </message>
    <message>
        <source>%1 of %2 is %3 in the rubric, not %4: print a new template.</source>
        <translation>%1 of %2 is %3 in the rubric, not %4: print a new template.</translation>
    </message>
    <message>
        <source>score &quot;%1&quot; is not a whole number.</source>
        <translation>score &quot;%1&quot; is not a whole number.</translation>
    </message>
    <message>
        <source>CSV import</source>
        <translation>CSV import</translation>
    </message>
    <message>
        <source>CSV import of %1</source>
        <translation>CSV import of %1</translation>
    </message>
    <message>
        <source>The rubric</source>
        <translation>The rubric</translation>
    </message>
    <message>
        <source>%1 is not a rubric: it is not a JSON object (%2 at byte %3).</source>
        <translation>%1 is not a rubric: it is not a JSON object (%2 at byte %3).</translation>
    </message>
    <message>
        <source>%1: &quot;criteria&quot; must be a list.</source>
        <translation>%1: &quot;criteria&quot; must be a list.</translation>
    </message>
    <message>
        <source>%1: %2: &quot;figure&quot; is one of views, likes, favourites, comments, followers.</source>
        <translation>%1: %2: &quot;figure&quot; is one of views, likes, favourites, comments, followers.</translation>
    </message>
    <message>
        <source>there is no submission %1 in this track.</source>
        <translation>there is no submission %1 in this track.</translation>
    </message>
    <message>
        <source>title is empty.</source>
        <translation>title is empty.</translation>
    </message>
    <message>
        <source>there is no participant %1.</source>
        <translation>there is no participant %1.</translation>
    </message>
    <message>
        <source>by is empty: give &quot;@login&quot; or a team&apos;s name.</source>
        <translation>by is empty: give &quot;@login&quot; or a team&apos;s name.</translation>
    </message>
    <message>
        <source>there is no team &quot;%1&quot; (a participant is written &quot;@login&quot;).</source>
        <translation>there is no team &quot;%1&quot; (a participant is written &quot;@login&quot;).</translation>
    </message>
    <message>
        <source>the track has no task No.%1.</source>
        <translation>the track has no task No.%1.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number of 0 or more.</source>
        <translation>%1 &quot;%2&quot; is not a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 of %2 done</translation>
    </message>
    <message numerus="yes">
        <source>The rubric of &quot;%1&quot; has %n score(s): it cannot be removed.</source>
        <translation>
            <numerusform>The rubric of &quot;%1&quot; has %n score: it cannot be removed.</numerusform>
            <numerusform>The rubric of &quot;%1&quot; has %n scores: it cannot be removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>tracks: %1</source>
        <translation>tracks: %1</translation>
    </message>
    <message>
        <source>conflicts: %1</source>
        <translation>conflicts: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not kind:url with kind pr, slides, report, article or other, nor an address.</source>
        <translation>&quot;%1&quot; is not kind:url with kind pr, slides, report, article or other, nor an address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address.</source>
        <translation>&quot;%1&quot; is not an http(s) address.</translation>
    </message>
    <message>
        <source>link %1</source>
        <translation>link %1</translation>
    </message>
    <message>
        <source>no sheet</source>
        <translation>no sheet</translation>
    </message>
    <message>
        <source>%1, scores %2, comment &quot;%3&quot;</source>
        <translation>%1, scores %2, comment &quot;%3&quot;</translation>
    </message>
    <message>
        <source>@%1&apos;s sheet for %2 was changed by %3 since it was read: it is now %4; this save wanted %5. Nothing was saved.</source>
        <translation>@%1&apos;s sheet for %2 was changed by %3 since it was read: it is now %4; this save wanted %5. Nothing was saved.</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>someone</translation>
    </message>
    <message>
        <source>There is no judge #%1 in this event.</source>
        <translation>There is no judge #%1 in this event.</translation>
    </message>
</context>
<context>
    <name>JudgingEditor</name>
    <message>
        <source>Score #%1</source>
        <translation>Score #%1</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>undo</translation>
    </message>
    <message>
        <source>There is no score sheet to delete.</source>
        <translation>There is no score sheet to delete.</translation>
    </message>
    <message>
        <source>Delete the score sheet of #%1</source>
        <translation>Delete the score sheet of #%1</translation>
    </message>
    <message>
        <source>That judge is already assigned to that submission.</source>
        <translation>That judge is already assigned to that submission.</translation>
    </message>
    <message>
        <source>Assign a judge to #%1</source>
        <translation>Assign a judge to #%1</translation>
    </message>
    <message>
        <source>That judge is not assigned to that submission.</source>
        <translation>That judge is not assigned to that submission.</translation>
    </message>
    <message>
        <source>Remove a judge from #%1</source>
        <translation>Remove a judge from #%1</translation>
    </message>
    <message>
        <source>Assign judges automatically</source>
        <translation>Assign judges automatically</translation>
    </message>
    <message>
        <source>Add judge @%1</source>
        <translation>Add judge @%1</translation>
    </message>
    <message>
        <source>The judge @%1 no longer exists.</source>
        <translation>The judge @%1 no longer exists.</translation>
    </message>
    <message>
        <source>Edit judge @%1</source>
        <translation>Edit judge @%1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 together with %n score sheet(s), every score in them and the assignments? Undo brings everything back.</source>
        <translation>
            <numerusform>Delete %1 together with %n score sheet, every score in them and the assignments? Undo brings everything back.</numerusform>
            <numerusform>Delete %1 together with %n score sheets, every score in them and the assignments? Undo brings everything back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and %n assignment(s)?</source>
        <translation>
            <numerusform>Delete %1 and %n assignment?</numerusform>
            <numerusform>Delete %1 and %n assignments?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Delete %1?</translation>
    </message>
    <message>
        <source>the judge @%1</source>
        <translation>the judge @%1</translation>
    </message>
    <message>
        <source>That judge no longer exists.</source>
        <translation>That judge no longer exists.</translation>
    </message>
    <message>
        <source>Delete judge @%1</source>
        <translation>Delete judge @%1</translation>
    </message>
    <message>
        <source>Edit the rubric</source>
        <translation>Edit the rubric</translation>
    </message>
    <message>
        <source>Create the rubric</source>
        <translation>Create the rubric</translation>
    </message>
    <message>
        <source>redo</source>
        <translation>redo</translation>
    </message>
    <message>
        <source>Add submission &quot;%1&quot;</source>
        <translation>Add submission &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The submission &quot;%1&quot; no longer exists.</source>
        <translation>The submission &quot;%1&quot; no longer exists.</translation>
    </message>
    <message>
        <source>Edit submission #%1</source>
        <translation>Edit submission #%1</translation>
    </message>
    <message>
        <source>the submission %1</source>
        <translation>the submission %1</translation>
    </message>
    <message>
        <source>That submission no longer exists.</source>
        <translation>That submission no longer exists.</translation>
    </message>
    <message>
        <source>Delete submission #%1</source>
        <translation>Delete submission #%1</translation>
    </message>
    <message>
        <source>Another program changed the judge @%1 while the form was open: only the fields you edited were saved; its other changes are kept.</source>
        <translation>Another program changed the judge @%1 while the form was open: only the fields you edited were saved; its other changes are kept.</translation>
    </message>
    <message>
        <source>Another program changed the submission #%1 while the form was open: only the fields you edited were saved; its other changes are kept.</source>
        <translation>Another program changed the submission #%1 while the form was open: only the fields you edited were saved; its other changes are kept.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>No.%1 %2</source>
        <translation>No.%1 %2</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>the submission #%1</source>
        <translation>the submission #%1</translation>
    </message>
</context>
<context>
    <name>ManualClaims</name>
    <message>
        <source>Track &quot;%1&quot; has no task No.%2.</source>
        <translation>Track &quot;%1&quot; has no task No.%2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GitHub login.</source>
        <translation>&quot;%1&quot; is not a GitHub login.</translation>
    </message>
    <message>
        <source>That task no longer exists.</source>
        <translation>That task no longer exists.</translation>
    </message>
    <message>
        <source>Task No.%1 was removed from the event: restore it before claiming it.</source>
        <translation>Task No.%1 was removed from the event: restore it before claiming it.</translation>
    </message>
    <message>
        <source>That claim no longer exists.</source>
        <translation>That claim no longer exists.</translation>
    </message>
    <message>
        <source>A team&apos;s claim is edited on the Fundable Projects page.</source>
        <translation>A team&apos;s claim is edited on the Fundable Projects page.</translation>
    </message>
    <message>
        <source>@%1 has no claim on task No.%2.</source>
        <translation>@%1 has no claim on task No.%2.</translation>
    </message>
</context>
<context>
    <name>ParticipantRepository</name>
    <message>
        <source>&quot;%1&quot; is not a GitHub login (letters, digits and single hyphens, at most 39).</source>
        <translation>&quot;%1&quot; is not a GitHub login (letters, digits and single hyphens, at most 39).</translation>
    </message>
    <message>
        <source>The login @%1 is already taken by @%2 (logins are the same whatever their case).</source>
        <translation>The login @%1 is already taken by @%2 (logins are the same whatever their case).</translation>
    </message>
    <message>
        <source>@%1: &quot;%2&quot; is not an e-mail address.</source>
        <translation>@%1: &quot;%2&quot; is not an e-mail address.</translation>
    </message>
    <message>
        <source>@%1 no longer exists.</source>
        <translation>@%1 no longer exists.</translation>
    </message>
    <message>
        <source>That participant no longer exists.</source>
        <translation>That participant no longer exists.</translation>
    </message>
    <message>
        <source>@%1 leads the team &quot;%2&quot;: give the team another leader first.</source>
        <translation>@%1 leads the team &quot;%2&quot;: give the team another leader first.</translation>
    </message>
    <message>
        <source>@%1 finished task No.%2 and is kept for the payouts.</source>
        <translation>@%1 finished task No.%2 and is kept for the payouts.</translation>
    </message>
    <message numerus="yes">
        <source>@%1 has %n claim(s) and %2 team membership(s); delete them too, or keep the participant.</source>
        <translation>
            <numerusform>@%1 has %n claim and %2 team membership; delete them too, or keep the participant.</numerusform>
            <numerusform>@%1 has %n claims and %2 team memberships; delete them too, or keep the participant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PayoutCalculator</name>
    <message>
        <source>track %1</source>
        <translation>track %1</translation>
    </message>
    <message>
        <source>Track %1 is defined twice: the second is ignored.</source>
        <translation>Track %1 is defined twice: the second is ignored.</translation>
    </message>
    <message>
        <source>“%1” is not a %2 track: %3 is left out.</source>
        <translation>“%1” is not a %2 track: %3 is left out.</translation>
    </message>
    <message>
        <source>%1 has no login: left out.</source>
        <translation>%1 has no login: left out.</translation>
    </message>
    <message>
        <source>“%1” is not among the participants; paid all the same.</source>
        <translation>“%1” is not among the participants; paid all the same.</translation>
    </message>
    <message>
        <source>No.%1 %2</source>
        <translation>No.%1 %2</translation>
    </message>
    <message>
        <source>%1 has a negative amount: left out.</source>
        <translation>%1 has a negative amount: left out.</translation>
    </message>
    <message>
        <source>Task No.%1 of “%2” is listed twice: the second is left out.</source>
        <translation>Task No.%1 of “%2” is listed twice: the second is left out.</translation>
    </message>
    <message>
        <source>Camp: %1 (%2)</source>
        <translation>Camp: %1 (%2)</translation>
    </message>
    <message>
        <source>no grade</source>
        <translation>no grade</translation>
    </message>
    <message>
        <source>Camper “%1” is listed twice in “%2”: the second is left out.</source>
        <translation>Camper “%1” is listed twice in “%2”: the second is left out.</translation>
    </message>
    <message>
        <source>Camper “%1” in “%2” passed without a grade: not paid.</source>
        <translation>Camper “%1” in “%2” passed without a grade: not paid.</translation>
    </message>
    <message>
        <source>Camper “%1” in “%2” has the grade “%3”, which the track does not define: not paid.</source>
        <translation>Camper “%1” in “%2” has the grade “%3”, which the track does not define: not paid.</translation>
    </message>
    <message numerus="yes">
        <source>Camp: %1 (%2, %n months)</source>
        <translation>
            <numerusform>Camp: %1 (%2, %n months)</numerusform>
            <numerusform>Camp: %1 (%2, %n months)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has a negative amount in its rules: left out.</source>
        <translation>“%1” has a negative amount in its rules: left out.</translation>
    </message>
    <message>
        <source>Article No.%1 %2</source>
        <translation>Article No.%1 %2</translation>
    </message>
    <message>
        <source>%1 by “%2” has stage-2 rank %3 but is not merged: not paid.</source>
        <translation>%1 by “%2” has stage-2 rank %3 but is not merged: not paid.</translation>
    </message>
    <message>
        <source>%1: stage 2, rank %2</source>
        <translation>%1: stage 2, rank %2</translation>
    </message>
    <message numerus="yes">
        <source>Stage-2 rank %1 of “%2” is given to %n articles; each is paid.</source>
        <translation>
            <numerusform>Stage-2 rank %1 of “%2” is given to %n articles; each is paid.</numerusform>
            <numerusform>Stage-2 rank %1 of “%2” is given to %n articles; each is paid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fundable No.%1 %2</source>
        <translation>Fundable No.%1 %2</translation>
    </message>
    <message>
        <source>Fundable project No.%1 of “%2” is listed twice: the second is left out.</source>
        <translation>Fundable project No.%1 of “%2” is listed twice: the second is left out.</translation>
    </message>
    <message>
        <source>%1 is %2 % complete: counted as %3 %.</source>
        <translation>%1 is %2 % complete: counted as %3 %.</translation>
    </message>
    <message>
        <source>%1 has no team: not paid.</source>
        <translation>%1 has no team: not paid.</translation>
    </message>
    <message>
        <source>%1 has a team member without a login: left out.</source>
        <translation>%1 has a team member without a login: left out.</translation>
    </message>
    <message>
        <source>%1 has negative shares: counted as 0.</source>
        <translation>%1 has negative shares: counted as 0.</translation>
    </message>
    <message>
        <source>%1 lists a member twice: their shares are added up.</source>
        <translation>%1 lists a member twice: their shares are added up.</translation>
    </message>
    <message>
        <source>The shares of %1 sum to %2 %, not 100 %: split in proportion.</source>
        <translation>The shares of %1 sum to %2 %, not 100 %: split in proportion.</translation>
    </message>
    <message>
        <source>%1 (%2 % complete)</source>
        <translation>%1 (%2 % complete)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 % complete, shared by %n)</source>
        <translation>
            <numerusform>%1 (%2 % complete, shared by %n)</numerusform>
            <numerusform>%1 (%2 % complete, shared by %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 % complete, share %3 %)</source>
        <translation>%1 (%2 % complete, share %3 %)</translation>
    </message>
    <message numerus="yes">
        <source>Track %1 is not defined: %n item(s) left out.</source>
        <translation>
            <numerusform>Track %1 is not defined: %n item left out.</numerusform>
            <numerusform>Track %1 is not defined: %n items left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” commits %2, over its budget of %3.</source>
        <translation>“%1” commits %2, over its budget of %3.</translation>
    </message>
    <message>
        <source>The payouts total %1, over the prize pool of %2.</source>
        <translation>The payouts total %1, over the prize pool of %2.</translation>
    </message>
</context>
<context>
    <name>PrTitle</name>
    <message>
        <source>A revert of a task PR; it does not count as work on the task.</source>
        <translation>A revert of a task PR; it does not count as work on the task.</translation>
    </message>
    <message>
        <source>No task number after &quot;%1&quot;; the format is 【%1 No.9】.</source>
        <translation>No task number after &quot;%1&quot;; the format is 【%1 No.9】.</translation>
    </message>
    <message>
        <source>Cannot read the task numbers in &quot;%1&quot;.</source>
        <translation>Cannot read the task numbers in &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Fundable project number %1 is out of range.</source>
        <translation>Fundable project number %1 is out of range.</translation>
    </message>
    <message>
        <source>The PR title pattern “%1” has no {n} where the task numbers stand.</source>
        <translation>The PR title pattern “%1” has no {n} where the task numbers stand.</translation>
    </message>
    <message>
        <source>The PR title pattern “%1” has no words before {n}.</source>
        <translation>The PR title pattern “%1” has no words before {n}.</translation>
    </message>
    <message>
        <source>No task number after “%1”; the format is %2.</source>
        <translation>No task number after “%1”; the format is %2.</translation>
    </message>
</context>
<context>
    <name>ProgrammeEditor</name>
    <message>
        <source>That application no longer exists.</source>
        <translation>That application no longer exists.</translation>
    </message>
    <message>
        <source>Move @%1 to %2</source>
        <translation>Move @%1 to %2</translation>
    </message>
    <message>
        <source>Edit @%1&apos;s interview</source>
        <translation>Edit @%1&apos;s interview</translation>
    </message>
    <message>
        <source>That camp project no longer exists.</source>
        <translation>That camp project no longer exists.</translation>
    </message>
    <message>
        <source>Clear the defence on project %1</source>
        <translation>Clear the defence on project %1</translation>
    </message>
    <message>
        <source>Defence on project %1: %2</source>
        <translation>Defence on project %1: %2</translation>
    </message>
    <message>
        <source>Defence on project %1: not passed</source>
        <translation>Defence on project %1: not passed</translation>
    </message>
    <message>
        <source>That fundable project no longer exists.</source>
        <translation>That fundable project no longer exists.</translation>
    </message>
    <message>
        <source>Edit fundable project %1</source>
        <translation>Edit fundable project %1</translation>
    </message>
    <message>
        <source>Add @%1&apos;s application</source>
        <translation>Add @%1&apos;s application</translation>
    </message>
    <message>
        <source>@%1 has applied already: open their application instead.</source>
        <translation>@%1 has applied already: open their application instead.</translation>
    </message>
    <message>
        <source>Week %1 of @%2: %3 h</source>
        <translation>Week %1 of @%2: %3 h</translation>
    </message>
</context>
<context>
    <name>ProgrammeRepository</name>
    <message>
        <source>Open seat</source>
        <translation>Open seat</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>Interviewing</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Filled</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Defended</source>
        <translation>Defended</translation>
    </message>
    <message>
        <source>An application needs the number of the project applied for.</source>
        <translation>An application needs the number of the project applied for.</translation>
    </message>
    <message>
        <source>There is no camp project %1.</source>
        <translation>There is no camp project %1.</translation>
    </message>
    <message>
        <source>That application no longer exists.</source>
        <translation>That application no longer exists.</translation>
    </message>
    <message>
        <source>@%1&apos;s application cannot go from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>@%1&apos;s application cannot go from &quot;%2&quot; to &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>@%1 is not an accepted camper: weekly reports are for campers.</source>
        <translation>@%1 is not an accepted camper: weekly reports are for campers.</translation>
    </message>
    <message>
        <source>@%1: week %2 is not a camp week (1-60).</source>
        <translation>@%1: week %2 is not a camp week (1-60).</translation>
    </message>
    <message>
        <source>@%1, week %2: %3 hours is not a number of hours in a week.</source>
        <translation>@%1, week %2: %3 hours is not a number of hours in a week.</translation>
    </message>
    <message>
        <source>A sub-task needs a positive number and a title (sub-task %1).</source>
        <translation>A sub-task needs a positive number and a title (sub-task %1).</translation>
    </message>
    <message>
        <source>Sub-task %1: the weight cannot be negative.</source>
        <translation>Sub-task %1: the weight cannot be negative.</translation>
    </message>
    <message>
        <source>@%1: &quot;%2&quot; is not the GitHub login of an interviewer.</source>
        <translation>@%1: &quot;%2&quot; is not the GitHub login of an interviewer.</translation>
    </message>
    <message>
        <source>@%1: an interview needs an interviewer.</source>
        <translation>@%1: an interview needs an interviewer.</translation>
    </message>
    <message>
        <source>That camp project no longer exists.</source>
        <translation>That camp project no longer exists.</translation>
    </message>
    <message>
        <source>@%1 is not an accepted camper of project %2: only campers defend.</source>
        <translation>@%1 is not an accepted camper of project %2: only campers defend.</translation>
    </message>
    <message>
        <source>The camp track has no grades yet: add its reward tiers first.</source>
        <translation>The camp track has no grades yet: add its reward tiers first.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade of the camp (%2).</source>
        <translation>&quot;%1&quot; is not a grade of the camp (%2).</translation>
    </message>
    <message>
        <source>@%1: %2 months is not a camp length (1-24).</source>
        <translation>@%1: %2 months is not a camp length (1-24).</translation>
    </message>
    <message>
        <source>@%1: the defence needs its date.</source>
        <translation>@%1: the defence needs its date.</translation>
    </message>
    <message>
        <source>That fundable project no longer exists.</source>
        <translation>That fundable project no longer exists.</translation>
    </message>
    <message>
        <source>@%1: &quot;%2&quot; is not the GitHub login of a judge.</source>
        <translation>@%1: &quot;%2&quot; is not the GitHub login of a judge.</translation>
    </message>
    <message>
        <source>@%1: the judge @%2 is named twice.</source>
        <translation>@%1: the judge @%2 is named twice.</translation>
    </message>
    <message>
        <source>RFC</source>
        <translation>RFC</translation>
    </message>
    <message>
        <source>Tracking issue</source>
        <translation>Tracking issue</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Slides</translation>
    </message>
    <message>
        <source>Technical report</source>
        <translation>Technical report</translation>
    </message>
    <message>
        <source>Merged code</source>
        <translation>Merged code</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of deliverable (%2).</source>
        <translation>&quot;%1&quot; is not a kind of deliverable (%2).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a web address (https://…).</source>
        <translation>%1: &quot;%2&quot; is not a web address (https://…).</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>%1: ______________________________    Date: ______________</source>
        <translation>%1: ______________________________    Date: ______________</translation>
    </message>
    <message>
        <source>Generated %1 (%2)</source>
        <translation>Generated %1 (%2)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Cannot write the PDF.</source>
        <translation>Cannot write the PDF.</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>launch</translation>
    </message>
    <message>
        <source>RFC deadline</source>
        <translation>RFC deadline</translation>
    </message>
    <message>
        <source>PR deadline</source>
        <translation>PR deadline</translation>
    </message>
    <message>
        <source>results</source>
        <translation>results</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>No certificates yet: nobody has finished a task, passed the code camp or won a prize.</source>
        <translation>No certificates yet: nobody has finished a task, passed the code camp or won a prize.</translation>
    </message>
    <message>
        <source>Certificate of Completion</source>
        <translation>Certificate of Completion</translation>
    </message>
    <message>
        <source>Code Camp Certificate</source>
        <translation>Code Camp Certificate</translation>
    </message>
    <message>
        <source>Certificate of Award</source>
        <translation>Certificate of Award</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>This certifies that</translation>
    </message>
    <message numerus="yes">
        <source>completed %n task(s) of %1:</source>
        <translation>
            <numerusform>completed %n task of %1:</numerusform>
            <numerusform>completed %n tasks of %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>passed the final defence of %1 with the project</source>
        <translation>passed the final defence of %1 with the project</translation>
    </message>
    <message>
        <source>passed the final defence of %1 with the grade %2 for the project</source>
        <translation>passed the final defence of %1 with the grade %2 for the project</translation>
    </message>
    <message>
        <source>won prize %1 of %2 with the article</source>
        <translation>won prize %1 of %2 with the article</translation>
    </message>
    <message>
        <source>is one of the stars of the event, the people with the most stars, with %1 stars.</source>
        <translation>is one of the stars of the event, the people with the most stars, with %1 stars.</translation>
    </message>
    <message>
        <source>for the organisers</source>
        <translation>for the organisers</translation>
    </message>
    <message>
        <source>Payouts: %1</source>
        <translation>Payouts: %1</translation>
    </message>
    <message>
        <source>1 star = %1</source>
        <translation>1 star = %1</translation>
    </message>
    <message>
        <source>cap %1 per person</source>
        <translation>cap %1 per person</translation>
    </message>
    <message>
        <source>no cap per person</source>
        <translation>no cap per person</translation>
    </message>
    <message>
        <source>prize pool %1</source>
        <translation>prize pool %1</translation>
    </message>
    <message>
        <source>no prize pool set</source>
        <translation>no prize pool set</translation>
    </message>
    <message>
        <source>people paid</source>
        <translation>people paid</translation>
    </message>
    <message>
        <source>total paid</source>
        <translation>total paid</translation>
    </message>
    <message>
        <source>gross before the cap</source>
        <translation>gross before the cap</translation>
    </message>
    <message>
        <source>cap reduction</source>
        <translation>cap reduction</translation>
    </message>
    <message>
        <source>people capped</source>
        <translation>people capped</translation>
    </message>
    <message>
        <source>Per track</source>
        <translation>Per track</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>over budget</translation>
    </message>
    <message>
        <source>All tracks (prize pool)</source>
        <translation>All tracks (prize pool)</translation>
    </message>
    <message>
        <source>over the pool</source>
        <translation>over the pool</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Gross</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Committed</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Committed is what the track&apos;s lines are paid after the cap; gross is before it.</source>
        <translation>Committed is what the track&apos;s lines are paid after the cap; gross is before it.</translation>
    </message>
    <message>
        <source>Article No.%1 by @%2 is number %3 to merge: over the quota, not paid in stage 1.</source>
        <translation>Article No.%1 by @%2 is number %3 to merge: over the quota, not paid in stage 1.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>capped</source>
        <translation>capped</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n people</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n capped</source>
        <translation>
            <numerusform>%n capped</numerusform>
            <numerusform>%n capped</numerusform>
        </translation>
    </message>
    <message>
        <source>Per person</source>
        <translation>Per person</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Stars</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message numerus="yes">
        <source>We have checked the amounts above against the event&apos;s rules: %1 to %n people.</source>
        <translation>
            <numerusform>We have checked the amounts above against the event&apos;s rules: %1 to %n people.</numerusform>
            <numerusform>We have checked the amounts above against the event&apos;s rules: %1 to %n people.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepared by (organisers)</source>
        <translation>Prepared by (organisers)</translation>
    </message>
    <message>
        <source>Checked by (finance office)</source>
        <translation>Checked by (finance office)</translation>
    </message>
    <message>
        <source>Approved by (sponsor)</source>
        <translation>Approved by (sponsor)</translation>
    </message>
    <message>
        <source>Organiser: %1</source>
        <translation>Organiser: %1</translation>
    </message>
    <message>
        <source>Sponsor: %1</source>
        <translation>Sponsor: %1</translation>
    </message>
    <message>
        <source>Launch %1 · RFC deadline %2 · PR deadline %3 · results %4</source>
        <translation>Launch %1 · RFC deadline %2 · PR deadline %3 · results %4</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) to the %1</source>
        <translation>
            <numerusform>%n day to the %1</numerusform>
            <numerusform>%n days to the %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none ahead</source>
        <translation>none ahead</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tasks</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>claimed</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>completion rate</translation>
    </message>
    <message>
        <source>prize pool</source>
        <translation>prize pool</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>committed</translation>
    </message>
    <message>
        <source>remaining</source>
        <translation>remaining</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>next deadline</source>
        <translation>next deadline</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Submitted / claimed</source>
        <translation>Submitted / claimed</translation>
    </message>
    <message>
        <source>Submit rate</source>
        <translation>Submit rate</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Stars leaderboard</source>
        <translation>Stars leaderboard</translation>
    </message>
    <message>
        <source>Nobody has stars yet.</source>
        <translation>Nobody has stars yet.</translation>
    </message>
    <message>
        <source>Star of the event</source>
        <translation>Star of the event</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message numerus="yes">
        <source>%n more people have stars; the payouts report lists everyone.</source>
        <translation>
            <numerusform>%n more people have stars; the payouts report lists everyone.</numerusform>
            <numerusform>%n more people have stars; the payouts report lists everyone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has finished a task yet.</source>
        <translation>Nobody has finished a task yet.</translation>
    </message>
    <message>
        <source>The track #%1 has no rubric and no submissions: nothing is judged there.</source>
        <translation>The track #%1 has no rubric and no submissions: nothing is judged there.</translation>
    </message>
    <message>
        <source>Provisional: the results of this track are not final and may still change.</source>
        <translation>Provisional: the results of this track are not final and may still change.</translation>
    </message>
    <message>
        <source>Final since %1 (finalised by %2).</source>
        <translation>Final since %1 (finalised by %2).</translation>
    </message>
    <message>
        <source>No.%1 %2</source>
        <translation>No.%1 %2</translation>
    </message>
    <message>
        <source>(deleted task #%1)</source>
        <translation>(deleted task #%1)</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (weight %2)</translation>
    </message>
    <message>
        <source>Rubric: scores %1 to %2; judged: %3.</source>
        <translation>Rubric: scores %1 to %2; judged: %3.</translation>
    </message>
    <message>
        <source>Derived from the reported figures: %1.</source>
        <translation>Derived from the reported figures: %1.</translation>
    </message>
    <message>
        <source>Judging results: %1</source>
        <translation>Judging results: %1</translation>
    </message>
    <message>
        <source>No rubric yet.</source>
        <translation>No rubric yet.</translation>
    </message>
    <message>
        <source>submissions</source>
        <translation>submissions</translation>
    </message>
    <message>
        <source>ranked</source>
        <translation>ranked</translation>
    </message>
    <message>
        <source>judges</source>
        <translation>judges</translation>
    </message>
    <message>
        <source>sheets submitted</source>
        <translation>sheets submitted</translation>
    </message>
    <message>
        <source>No submissions in this track yet.</source>
        <translation>No submissions in this track yet.</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Judges</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Raw</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normalised</translation>
    </message>
    <message>
        <source>Raw: the mean of the judges&apos; weighted scores. Normalised: each judge&apos;s scores moved to the track&apos;s mean and spread before the mean is taken, so that a strict and a lenient judge count alike. Ranked by the normalised result, then the raw result, then more judges, then the lower submission number; only submitted sheets count.</source>
        <translation>Raw: the mean of the judges&apos; weighted scores. Normalised: each judge&apos;s scores moved to the track&apos;s mean and spread before the mean is taken, so that a strict and a lenient judge count alike. Ranked by the normalised result, then the raw result, then more judges, then the lower submission number; only submitted sheets count.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>Judge %1 · %2</source>
        <translation>Judge %1 · %2</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Weighted</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Judging results</source>
        <translation>Judging results</translation>
    </message>
    <message>
        <source>Nothing is judged yet: no track has a rubric or submissions.</source>
        <translation>Nothing is judged yet: no track has a rubric or submissions.</translation>
    </message>
    <message>
        <source>Score sheet: %1</source>
        <translation>Score sheet: %1</translation>
    </message>
    <message>
        <source>Judge: %1</source>
        <translation>Judge: %1</translation>
    </message>
    <message>
        <source>Submission #%1: %2</source>
        <translation>Submission #%1: %2</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Reported figures</source>
        <translation>Reported figures</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Levels</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Computed by the organisers from the reported figures, not scored here: %1.</source>
        <translation>Computed by the organisers from the reported figures, not scored here: %1.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Judge&apos;s signature and date</source>
        <translation>Judge&apos;s signature and date</translation>
    </message>
    <message>
        <source>For the organisers: judge %1, submission %2 in the CSV of &quot;hackdesk scores template&quot;; whole numbers from %3 to %4.</source>
        <translation>For the organisers: judge %1, submission %2 in the CSV of &quot;hackdesk scores template&quot;; whole numbers from %3 to %4.</translation>
    </message>
    <message>
        <source>Score sheets</source>
        <translation>Score sheets</translation>
    </message>
    <message>
        <source>No score sheets: no judge has an assigned submission yet. Assign the judges first (hackdesk judges assign --track T).</source>
        <translation>No score sheets: no judge has an assigned submission yet. Assign the judges first (hackdesk judges assign --track T).</translation>
    </message>
    <message>
        <source>No score sheets: @%1 has no assigned submission here.</source>
        <translation>No score sheets: @%1 has no assigned submission here.</translation>
    </message>
    <message>
        <source>Star of the Event</source>
        <translation>Star of the Event</translation>
    </message>
    <message>
        <source>Stars of the event: %1</source>
        <translation>Stars of the event: %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Finishers</source>
        <translation>Finishers</translation>
    </message>
    <message>
        <source>No tasks yet: the dashboard fills as tasks are added.</source>
        <translation>No tasks yet: the dashboard fills as tasks are added.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <source>Judging results</source>
        <translation>Judging results</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Score sheets</source>
        <translation>Score sheets</translation>
    </message>
    <message>
        <source>Unknown report kind %1.</source>
        <translation>Unknown report kind %1.</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>%1 is not a PostgreSQL URL (postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>%1 is not a PostgreSQL URL (postgresql://USER@HOST:PORT/DATABASE).</translation>
    </message>
    <message>
        <source>The URL %1 carries a password: HackDesk never takes one in a URL (it would show in process lists and shell history). Put it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>The URL %1 carries a password: HackDesk never takes one in a URL (it would show in process lists and shell history). Put it in PGPASSWORD or ~/.pgpass instead.</translation>
    </message>
    <message>
        <source>The port in %1 is not a number between 1 and 65535.</source>
        <translation>The port in %1 is not a number between 1 and 65535.</translation>
    </message>
    <message>
        <source>The URL carries a password: HackDesk never takes one in a URL. Put it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>The URL carries a password: HackDesk never takes one in a URL. Put it in PGPASSWORD or ~/.pgpass instead.</translation>
    </message>
    <message>
        <source>The URL %1 names no database (postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>The URL %1 names no database (postgresql://USER@HOST:PORT/DATABASE).</translation>
    </message>
</context>
<context>
    <name>StatusLadder</name>
    <message>
        <source>%1 names task %2, which does not exist.</source>
        <translation>%1 names task %2, which does not exist.</translation>
    </message>
    <message>
        <source>%1 names task %2, which was removed.</source>
        <translation>%1 names task %2, which was removed.</translation>
    </message>
    <message>
        <source>%1 has a title that cannot be read: %2</source>
        <translation>%1 has a title that cannot be read: %2</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>Task No.%1 names track %2, which does not exist.</source>
        <translation>Task No.%1 names track %2, which does not exist.</translation>
    </message>
    <message>
        <source>A task number must be a positive whole number, not %1.</source>
        <translation>A task number must be a positive whole number, not %1.</translation>
    </message>
    <message>
        <source>Task No.%1 needs a title.</source>
        <translation>Task No.%1 needs a title.</translation>
    </message>
    <message>
        <source>Task No.%1 cannot have negative stars (%2).</source>
        <translation>Task No.%1 cannot have negative stars (%2).</translation>
    </message>
    <message>
        <source>Task No.%1: seats cannot be negative and completion must be 0-100 %.</source>
        <translation>Task No.%1: seats cannot be negative and completion must be 0-100 %.</translation>
    </message>
    <message>
        <source>Task No.%1 cannot pay a negative amount.</source>
        <translation>Task No.%1 cannot pay a negative amount.</translation>
    </message>
    <message>
        <source>Track &quot;%1&quot; already has a task No.%2.</source>
        <translation>Track &quot;%1&quot; already has a task No.%2.</translation>
    </message>
    <message>
        <source>Task No.%1: the direction does not belong to its track.</source>
        <translation>Task No.%1: the direction does not belong to its track.</translation>
    </message>
    <message>
        <source>Task No.%1 no longer exists.</source>
        <translation>Task No.%1 no longer exists.</translation>
    </message>
</context>
<context>
    <name>TeamRepository</name>
    <message>
        <source>A team needs a name.</source>
        <translation>A team needs a name.</translation>
    </message>
    <message>
        <source>There is already a team called &quot;%1&quot;.</source>
        <translation>There is already a team called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Team &quot;%1&quot;: member %2 is not a participant.</source>
        <translation>Team &quot;%1&quot;: member %2 is not a participant.</translation>
    </message>
    <message>
        <source>Team &quot;%1&quot;: the leader must be one of its members.</source>
        <translation>Team &quot;%1&quot;: the leader must be one of its members.</translation>
    </message>
    <message>
        <source>The team &quot;%1&quot; no longer exists.</source>
        <translation>The team &quot;%1&quot; no longer exists.</translation>
    </message>
    <message>
        <source>That team no longer exists.</source>
        <translation>That team no longer exists.</translation>
    </message>
    <message numerus="yes">
        <source>The team &quot;%1&quot; has %n claim(s); delete them too, or keep the team.</source>
        <translation>
            <numerusform>The team &quot;%1&quot; has %n claim; delete them too, or keep the team.</numerusform>
            <numerusform>The team &quot;%1&quot; has %n claims; delete them too, or keep the team.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrackKind</name>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Code camp</source>
        <translation>Code camp</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Fundable projects</source>
        <translation>Fundable projects</translation>
    </message>
</context>
<context>
    <name>TrackService</name>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number from %3 to %4.</source>
        <translation>%1 &quot;%2&quot; is not a whole number from %3 to %4.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount in %3 (such as 50 or 1000.50).</source>
        <translation>%1 &quot;%2&quot; is not an amount in %3 (such as 50 or 1000.50).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number of stars such as 3 or 0.5.</source>
        <translation>%1 &quot;%2&quot; is not a number of stars such as 3 or 0.5.</translation>
    </message>
    <message>
        <source>A track needs a name.</source>
        <translation>A track needs a name.</translation>
    </message>
    <message>
        <source>months-rule &quot;%1&quot; is not true or false.</source>
        <translation>months-rule &quot;%1&quot; is not true or false.</translation>
    </message>
    <message>
        <source>Unknown track key &quot;%1&quot;; known: %2.</source>
        <translation>Unknown track key &quot;%1&quot;; known: %2.</translation>
    </message>
    <message>
        <source>A reward tier needs a name.</source>
        <translation>A reward tier needs a name.</translation>
    </message>
    <message>
        <source>Reward tier &quot;%1&quot; pays either stars or cash.</source>
        <translation>Reward tier &quot;%1&quot; pays either stars or cash.</translation>
    </message>
    <message>
        <source>Reward tier &quot;%1&quot;: stars</source>
        <translation>Reward tier &quot;%1&quot;: stars</translation>
    </message>
    <message>
        <source>Reward tier &quot;%1&quot;: cash</source>
        <translation>Reward tier &quot;%1&quot;: cash</translation>
    </message>
    <message>
        <source>There is no track %1.</source>
        <translation>There is no track %1.</translation>
    </message>
    <message>
        <source>Reward tier &quot;%1&quot; is named twice.</source>
        <translation>Reward tier &quot;%1&quot; is named twice.</translation>
    </message>
    <message>
        <source>Direction &quot;%1&quot; is named twice.</source>
        <translation>Direction &quot;%1&quot; is named twice.</translation>
    </message>
</context>
<context>
    <name>hd::CampApplicationDialog</name>
    <message>
        <source>Application of @%1</source>
        <translation>Application of @%1</translation>
    </message>
    <message>
        <source>First choice No.%1; other wishes: %2; %3</source>
        <translation>First choice No.%1; other wishes: %2; %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>accepts reassignment</source>
        <translation>accepts reassignment</translation>
    </message>
    <message>
        <source>does not accept reassignment (不接受调剂)</source>
        <translation>does not accept reassignment (不接受调剂)</translation>
    </message>
    <message>
        <source>The comment on GitHub</source>
        <translation>The comment on GitHub</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>Entered by hand</translation>
    </message>
    <message>
        <source>%1 (as now)</source>
        <translation>%1 (as now)</translation>
    </message>
    <message numerus="yes">
        <source>No.%1 %2 (%3 of %n seat(s) filled)</source>
        <translation>
            <numerusform>No.%1 %2 (%3 of %n seat filled)</numerusform>
            <numerusform>No.%1 %2 (%3 of %n seats filled)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled (%1 time)</source>
        <translation>Scheduled (%1 time)</translation>
    </message>
    <message>
        <source>GitHub login of the interviewer</source>
        <translation>GitHub login of the interviewer</translation>
    </message>
    <message>
        <source>How the interview went, what was decided</source>
        <translation>How the interview went, what was decided</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <source>Choices:</source>
        <translation>Choices:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <source>&amp;Interview:</source>
        <translation>&amp;Interview:</translation>
    </message>
    <message>
        <source>Inter&amp;viewer:</source>
        <translation>Inter&amp;viewer:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GitHub login.</source>
        <translation>&quot;%1&quot; is not a GitHub login.</translation>
    </message>
    <message>
        <source>Name the interviewer of the scheduled interview.</source>
        <translation>Name the interviewer of the scheduled interview.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs the interview&apos;s time and interviewer.</source>
        <translation>&quot;%1&quot; needs the interview&apos;s time and interviewer.</translation>
    </message>
    <message>
        <source>The camp has no project to place the applicant on.</source>
        <translation>The camp has no project to place the applicant on.</translation>
    </message>
</context>
<context>
    <name>hd::CampDefenceDialog</name>
    <message>
        <source>Defence of @%1</source>
        <translation>Defence of @%1</translation>
    </message>
    <message>
        <source>Not defended yet</source>
        <translation>Not defended yet</translation>
    </message>
    <message>
        <source>Did not pass</source>
        <translation>Did not pass</translation>
    </message>
    <message>
        <source>Passed: %1</source>
        <translation>Passed: %1</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Months worked; where the track&apos;s months rule is on, more than three raise the reward</source>
        <translation>Months worked; where the track&apos;s months rule is on, more than three raise the reward</translation>
    </message>
    <message>
        <source>Camper:</source>
        <translation>Camper:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>No.%1 %2</source>
        <translation>No.%1 %2</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Months:</source>
        <translation>&amp;Months:</translation>
    </message>
    <message>
        <source>@%1 is not an accepted camper: only campers defend.</source>
        <translation>@%1 is not an accepted camper: only campers defend.</translation>
    </message>
    <message>
        <source>The camp track has no grades yet: add its reward tiers (及格, 良好, 优秀, 特别优秀) first.</source>
        <translation>The camp track has no grades yet: add its reward tiers (及格, 良好, 优秀, 特别优秀) first.</translation>
    </message>
    <message>
        <source>@login, @login</source>
        <translation>@login, @login</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>e.g. %1</translation>
    </message>
    <message>
        <source>GitHub logins of the defence&apos;s judges, separated by commas</source>
        <translation>GitHub logins of the defence&apos;s judges, separated by commas</translation>
    </message>
    <message>
        <source>&amp;Judges:</source>
        <translation>&amp;Judges:</translation>
    </message>
    <message>
        <source>Judges: &quot;%1&quot; is not a GitHub login.</source>
        <translation>Judges: &quot;%1&quot; is not a GitHub login.</translation>
    </message>
    <message>
        <source>Judges: @%1 is named twice.</source>
        <translation>Judges: @%1 is named twice.</translation>
    </message>
</context>
<context>
    <name>hd::CampPage</name>
    <message>
        <source>Every stage</source>
        <translation>Every stage</translation>
    </message>
    <message>
        <source>Weeks: &lt;span style=&quot;background:#2ECC71&quot;&gt;&amp;nbsp;reported&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:#F39C12&quot;&gt;&amp;nbsp;under the minimum&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:#E74C3C&quot;&gt;&amp;nbsp;missing&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:#D5D8DC&quot;&gt;&amp;nbsp;to come&amp;nbsp;&lt;/span&gt;</source>
        <translation>Weeks: &lt;span style=&quot;background:#2ECC71&quot;&gt;&amp;nbsp;reported&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:#F39C12&quot;&gt;&amp;nbsp;under the minimum&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:#E74C3C&quot;&gt;&amp;nbsp;missing&amp;nbsp;&lt;/span&gt; &lt;span style=&quot;background:#D5D8DC&quot;&gt;&amp;nbsp;to come&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>That application no longer exists.</source>
        <translation>That application no longer exists.</translation>
    </message>
    <message>
        <source>&amp;Application…</source>
        <translation>&amp;Application…</translation>
    </message>
    <message>
        <source>De&amp;fence…</source>
        <translation>De&amp;fence…</translation>
    </message>
    <message>
        <source>Application…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <source>Defence…</source>
        <translation>Defence…</translation>
    </message>
    <message>
        <source>Move the selected application along the pipeline, schedule its interview, keep notes</source>
        <translation>Move the selected application along the pipeline, schedule its interview, keep notes</translation>
    </message>
    <message>
        <source>Record the selected camper&apos;s defence: grade, date and months</source>
        <translation>Record the selected camper&apos;s defence: grade, date and months</translation>
    </message>
    <message>
        <source>Defence</source>
        <translation>Defence</translation>
    </message>
    <message>
        <source>@%1 is not an accepted camper: only campers defend.</source>
        <translation>@%1 is not an accepted camper: only campers defend.</translation>
    </message>
    <message>
        <source>&amp;Weekly Report…</source>
        <translation>&amp;Weekly Report…</translation>
    </message>
    <message>
        <source>Weekly Report…</source>
        <translation>Weekly Report…</translation>
    </message>
    <message>
        <source>Record the hours and link of one of the selected camper&apos;s weeks</source>
        <translation>Record the hours and link of one of the selected camper&apos;s weeks</translation>
    </message>
    <message>
        <source>&amp;New Application…</source>
        <translation>&amp;New Application…</translation>
    </message>
    <message>
        <source>Enter an application that did not come as a comment on the camp issue</source>
        <translation>Enter an application that did not come as a comment on the camp issue</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>The event has no code-camp track.</source>
        <translation>The event has no code-camp track.</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>Weekly report</translation>
    </message>
    <message>
        <source>@%1 is not an accepted camper: weekly reports are for campers.</source>
        <translation>@%1 is not an accepted camper: weekly reports are for campers.</translation>
    </message>
</context>
<context>
    <name>hd::ChartPanel</name>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Save as &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as &amp;SVG…</source>
        <translation>Save as &amp;SVG…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG image</source>
        <translation>Save this chart as a PNG or SVG image</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png or .svg.</source>
        <translation>Choose a file name ending in .png or .svg.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG image</translation>
    </message>
</context>
<context>
    <name>hd::ClaimDialog</name>
    <message>
        <source>Edit claim</source>
        <translation>Edit claim</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>New claim</translation>
    </message>
    <message>
        <source>Finished the task: the claimant is its finisher</source>
        <translation>Finished the task: the claimant is its finisher</translation>
    </message>
    <message>
        <source>GitHub login, e.g. megemini</source>
        <translation>GitHub login, e.g. megemini</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>&amp;Track:</translation>
    </message>
    <message>
        <source>T&amp;ask No.:</source>
        <translation>T&amp;ask No.:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>The event has no track yet.</source>
        <translation>The event has no track yet.</translation>
    </message>
    <message>
        <source>Finisher: @%1</source>
        <translation>Finisher: @%1</translation>
    </message>
    <message>
        <source>%1 has no task No.%2.</source>
        <translation>%1 has no task No.%2.</translation>
    </message>
    <message>
        <source>Task No.%1 was removed from the event.</source>
        <translation>Task No.%1 was removed from the event.</translation>
    </message>
    <message>
        <source>Give the claimant&apos;s GitHub login.</source>
        <translation>Give the claimant&apos;s GitHub login.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GitHub login.</source>
        <translation>&quot;%1&quot; is not a GitHub login.</translation>
    </message>
    <message>
        <source>@%1 has already claimed task No.%2.</source>
        <translation>@%1 has already claimed task No.%2.</translation>
    </message>
    <message>
        <source>The finisher&apos;s claim is %1: set that status or clear the finisher.</source>
        <translation>The finisher&apos;s claim is %1: set that status or clear the finisher.</translation>
    </message>
</context>
<context>
    <name>hd::ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Someone else saved %1 while your form was open, with other values in fields you edited. Which values should it keep?</source>
        <translation>Someone else saved %1 while your form was open, with other values in fields you edited. Which values should it keep?</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Theirs (saved now)</source>
        <translation>Theirs (saved now)</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Keep &amp;Mine</translation>
    </message>
    <message>
        <source>Save your values over theirs</source>
        <translation>Save your values over theirs</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Take &amp;Theirs</translation>
    </message>
    <message>
        <source>Keep their values in these fields; your other edits are saved</source>
        <translation>Keep their values in these fields; your other edits are saved</translation>
    </message>
    <message>
        <source>Not saved: someone else changed %1 meanwhile. Save again to choose, or Cancel.</source>
        <translation>Not saved: someone else changed %1 meanwhile. Save again to choose, or Cancel.</translation>
    </message>
</context>
<context>
    <name>hd::DetailPane</name>
    <message>
        <source>Select a task to see its claims, pull requests, links and what it earns.</source>
        <translation>Select a task to see its claims, pull requests, links and what it earns.</translation>
    </message>
    <message>
        <source>Select a participant to see their claims, pull requests, links and what they earn.</source>
        <translation>Select a participant to see their claims, pull requests, links and what they earn.</translation>
    </message>
    <message>
        <source>Select a submission to see its authors, links, judges and score.</source>
        <translation>Select a submission to see its authors, links, judges and score.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>No pull requests yet.</source>
        <translation>No pull requests yet.</translation>
    </message>
    <message>
        <source>No claims yet.</source>
        <translation>No claims yet.</translation>
    </message>
    <message>
        <source>No.%1</source>
        <translation>No.%1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>(by hand)</source>
        <translation>(by hand)</translation>
    </message>
    <message>
        <source>No.%1 %2</source>
        <translation>No.%1 %2</translation>
    </message>
    <message>
        <source>%1 stars</source>
        <translation>%1 stars</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>finished by %1</source>
        <translation>finished by %1</translation>
    </message>
    <message>
        <source>Task issue on GitHub</source>
        <translation>Task issue on GitHub</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Pull requests</source>
        <translation>Pull requests</translation>
    </message>
    <message>
        <source>Earns</source>
        <translation>Earns</translation>
    </message>
    <message>
        <source>Nothing is paid for this task yet.</source>
        <translation>Nothing is paid for this task yet.</translation>
    </message>
    <message>
        <source>Together: %1 stars, %2 paid</source>
        <translation>Together: %1 stars, %2 paid</translation>
    </message>
    <message>
        <source>team: %1</source>
        <translation>team: %1</translation>
    </message>
    <message>
        <source>Profile on GitHub</source>
        <translation>Profile on GitHub</translation>
    </message>
    <message>
        <source>Nothing is paid to them yet.</source>
        <translation>Nothing is paid to them yet.</translation>
    </message>
    <message>
        <source>%1 stars, %2 paid</source>
        <translation>%1 stars, %2 paid</translation>
    </message>
    <message>
        <source>(capped; %1 before the cap)</source>
        <translation>(capped; %1 before the cap)</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Task:</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Judges: %1</source>
        <translation>Judges: %1</translation>
    </message>
    <message>
        <source>Rank %1 of %2</source>
        <translation>Rank %1 of %2</translation>
    </message>
    <message>
        <source>Raw %1 · normalised %2</source>
        <translation>Raw %1 · normalised %2</translation>
    </message>
    <message>
        <source>Not ranked yet: no submitted score sheet.</source>
        <translation>Not ranked yet: no submitted score sheet.</translation>
    </message>
    <message>
        <source>The track&apos;s results are final.</source>
        <translation>The track&apos;s results are final.</translation>
    </message>
</context>
<context>
    <name>hd::FundablePage</name>
    <message>
        <source>Completion is the done share of the sub-tasks; a project is paid from the track&apos;s threshold on, in proportion, after a passed defence.</source>
        <translation>Completion is the done share of the sub-tasks; a project is paid from the track&apos;s threshold on, in proportion, after a passed defence.</translation>
    </message>
    <message>
        <source>&amp;Defence and Sub-tasks…</source>
        <translation>&amp;Defence and Sub-tasks…</translation>
    </message>
    <message>
        <source>Record the selected project&apos;s defence result and edit its sub-tasks</source>
        <translation>Record the selected project&apos;s defence result and edit its sub-tasks</translation>
    </message>
    <message>
        <source>Defence and Sub-tasks…</source>
        <translation>Defence and Sub-tasks…</translation>
    </message>
</context>
<context>
    <name>hd::FundableProjectDialog</name>
    <message>
        <source>Fundable project No.%1</source>
        <translation>Fundable project No.%1</translation>
    </message>
    <message>
        <source>&amp;Add Sub-task</source>
        <translation>&amp;Add Sub-task</translation>
    </message>
    <message>
        <source>&amp;Remove Sub-task</source>
        <translation>&amp;Remove Sub-task</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Passed (通过)</source>
        <translation>Passed (通过)</translation>
    </message>
    <message>
        <source>Partly passed (部分通过)</source>
        <translation>Partly passed (部分通过)</translation>
    </message>
    <message>
        <source>Failed (未通过)</source>
        <translation>Failed (未通过)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>PRs</source>
        <translation>PRs</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Weight 0 counts as 1; PRs as links or #numbers, separated by spaces</source>
        <translation>Weight 0 counts as 1; PRs as links or #numbers, separated by spaces</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>&amp;Defence:</source>
        <translation>&amp;Defence:</translation>
    </message>
    <message>
        <source>Sub-tasks:</source>
        <translation>Sub-tasks:</translation>
    </message>
    <message>
        <source>Completion: %1 % (%2 of %3 done)</source>
        <translation>Completion: %1 % (%2 of %3 done)</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a sub-task number (1, 2, 3 …).</source>
        <translation>Row %1: &quot;%2&quot; is not a sub-task number (1, 2, 3 …).</translation>
    </message>
    <message>
        <source>Sub-task No.%1: the weight &quot;%2&quot; is not a whole number from 0 up.</source>
        <translation>Sub-task No.%1: the weight &quot;%2&quot; is not a whole number from 0 up.</translation>
    </message>
    <message>
        <source>Sub-task No.%1: &quot;%2&quot; is not a GitHub login.</source>
        <translation>Sub-task No.%1: &quot;%2&quot; is not a GitHub login.</translation>
    </message>
</context>
<context>
    <name>hd::HelpWindow</name>
    <message>
        <source>HackDesk User Guide</source>
        <translation>HackDesk User Guide</translation>
    </message>
</context>
<context>
    <name>hd::ImportIssueDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import a task list from its GitHub issue</source>
        <translation>Import a task list from its GitHub issue</translation>
    </message>
    <message>
        <source>Paste the issue body (Markdown) here, or load it from a file.</source>
        <translation>Paste the issue body (Markdown) here, or load it from a file.</translation>
    </message>
    <message>
        <source>&amp;Load File…</source>
        <translation>&amp;Load File…</translation>
    </message>
    <message>
        <source>Issue body</source>
        <translation>Issue body</translation>
    </message>
    <message>
        <source>Markdown (*.md *.txt);;All files (*)</source>
        <translation>Markdown (*.md *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>&amp;Track:</translation>
    </message>
    <message>
        <source>What the import would change:</source>
        <translation>What the import would change:</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Nothing to import yet.</source>
        <translation>Nothing to import yet.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>%1 tasks added, %2 updated, %3 claims added, %4 status changes; %5 rows cannot be read.</source>
        <translation>%1 tasks added, %2 updated, %3 claims added, %4 status changes; %5 rows cannot be read.</translation>
    </message>
    <message>
        <source>Choose a track.</source>
        <translation>Choose a track.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import, Skipping %n Unreadable Rows</source>
        <translation>
            <numerusform>&amp;Import, Skipping %n Unreadable Rows</numerusform>
            <numerusform>&amp;Import, Skipping %n Unreadable Rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Table at line %1 (%2): %3 rows read, %4 unreadable. Columns: %5</source>
        <translation>Table at line %1 (%2): %3 rows read, %4 unreadable. Columns: %5</translation>
    </message>
    <message>
        <source>Table at line %1 (%2): %3</source>
        <translation>Table at line %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>hd::JudgeDialog</name>
    <message>
        <source>Edit judge @%1</source>
        <translation>Edit judge @%1</translation>
    </message>
    <message>
        <source>New judge</source>
        <translation>New judge</translation>
    </message>
    <message>
        <source>GitHub login, e.g. zhang-wei</source>
        <translation>GitHub login, e.g. zhang-wei</translation>
    </message>
    <message>
        <source>e.g. 百度 (judges never judge their own organisation)</source>
        <translation>e.g. 百度 (judges never judge their own organisation)</translation>
    </message>
    <message>
        <source>logins, e.g. @megemini, @lin-yichen</source>
        <translation>logins, e.g. @megemini, @lin-yichen</translation>
    </message>
    <message>
        <source>team names, separated by commas</source>
        <translation>team names, separated by commas</translation>
    </message>
    <message>
        <source>organisations, separated by commas</source>
        <translation>organisations, separated by commas</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Tracks:</source>
        <translation>&amp;Tracks:</translation>
    </message>
    <message>
        <source>Conflicts with &amp;participants:</source>
        <translation>Conflicts with &amp;participants:</translation>
    </message>
    <message>
        <source>Conflicts with t&amp;eams:</source>
        <translation>Conflicts with t&amp;eams:</translation>
    </message>
    <message>
        <source>Conflicts with o&amp;rganisations:</source>
        <translation>Conflicts with o&amp;rganisations:</translation>
    </message>
    <message>
        <source>Login: give the judge&apos;s GitHub login.</source>
        <translation>Login: give the judge&apos;s GitHub login.</translation>
    </message>
    <message>
        <source>Login: &quot;%1&quot; is not a GitHub login (letters, digits and single hyphens, at most 39).</source>
        <translation>Login: &quot;%1&quot; is not a GitHub login (letters, digits and single hyphens, at most 39).</translation>
    </message>
    <message>
        <source>Login: there is already a judge @%1.</source>
        <translation>Login: there is already a judge @%1.</translation>
    </message>
    <message>
        <source>Tracks: tick at least one track the judge judges.</source>
        <translation>Tracks: tick at least one track the judge judges.</translation>
    </message>
    <message>
        <source>Conflicts with participants: &quot;%1&quot; is not a GitHub login.</source>
        <translation>Conflicts with participants: &quot;%1&quot; is not a GitHub login.</translation>
    </message>
    <message>
        <source>Edit judge</source>
        <translation>Edit judge</translation>
    </message>
</context>
<context>
    <name>hd::JudgeWindow</name>
    <message>
        <source>Judge mode — HackDesk</source>
        <translation>Judge mode — HackDesk</translation>
    </message>
    <message>
        <source>This judge packet cannot be opened:
%1

Ask the organisers for a new one.</source>
        <translation>This judge packet cannot be opened:
%1

Ask the organisers for a new one.</translation>
    </message>
    <message>
        <source>Judge mode — @%1 — %2</source>
        <translation>Judge mode — @%1 — %2</translation>
    </message>
    <message>
        <source>✓ submitted · ✎ draft · ○ not started</source>
        <translation>✓ submitted · ✎ draft · ○ not started</translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Save &amp;Draft</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <source>Keep it as a draft: the organisers do not count it yet (Ctrl+S).</source>
        <translation>Keep it as a draft: the organisers do not count it yet (Ctrl+S).</translation>
    </message>
    <message>
        <source>Every criterion scored: it counts in the results (Ctrl+Enter).</source>
        <translation>Every criterion scored: it counts in the results (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>The results of this track are final.</source>
        <translation>The results of this track are final.</translation>
    </message>
    <message>
        <source>@%1: %2</source>
        <translation>@%1: %2</translation>
    </message>
    <message>
        <source>The results of &quot;%1&quot; are final: these scores can no longer change.</source>
        <translation>The results of &quot;%1&quot; are final: these scores can no longer change.</translation>
    </message>
    <message>
        <source>Judge mode</source>
        <translation>Judge mode</translation>
    </message>
    <message>
        <source>Save the changes to this submission before closing?</source>
        <translation>Save the changes to this submission before closing?</translation>
    </message>
    <message>
        <source>Score #%1</source>
        <translation>Score #%1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Go to your draft, else to the submission with the fewest reviews so far (Ctrl+N).</source>
        <translation>Go to your draft, else to the submission with the fewest reviews so far (Ctrl+N).</translation>
    </message>
    <message>
        <source>Nothing is assigned to you now.</source>
        <translation>Nothing is assigned to you now.</translation>
    </message>
    <message>
        <source>Updated with what others changed meanwhile.</source>
        <translation>Updated with what others changed meanwhile.</translation>
    </message>
    <message>
        <source>your sheet for #%1</source>
        <translation>your sheet for #%1</translation>
    </message>
    <message>
        <source>no sheet</source>
        <translation>no sheet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>Changed on the server</translation>
    </message>
    <message>
        <source>Took the sheet of #%1 as the server holds it.</source>
        <translation>Took the sheet of #%1 as the server holds it.</translation>
    </message>
    <message>
        <source>Nothing left for you to score.</source>
        <translation>Nothing left for you to score.</translation>
    </message>
    <message>
        <source>Submitted #%1 (%2).</source>
        <translation>Submitted #%1 (%2).</translation>
    </message>
    <message>
        <source>Saved #%1 as a draft (%2).</source>
        <translation>Saved #%1 as a draft (%2).</translation>
    </message>
    <message>
        <source>Restored the sheet of #%1 (%2).</source>
        <translation>Restored the sheet of #%1 (%2).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open Judge Packet…</source>
        <translation>&amp;Open Judge Packet…</translation>
    </message>
    <message>
        <source>Open S&amp;hared Event…</source>
        <translation>Open S&amp;hared Event…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Save the changes to this submission before opening %1?</source>
        <translation>Save the changes to this submission before opening %1?</translation>
    </message>
    <message>
        <source>Save a &amp;Copy to Send Back…</source>
        <translation>Save a &amp;Copy to Send Back…</translation>
    </message>
    <message>
        <source>The packet with your scores as saved, for the organisers to import.</source>
        <translation>The packet with your scores as saved, for the organisers to import.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Save the changes to this submission before opening another packet?</source>
        <translation>Save the changes to this submission before opening another packet?</translation>
    </message>
    <message>
        <source>Open a judge packet</source>
        <translation>Open a judge packet</translation>
    </message>
    <message>
        <source>Judge packets (*.hdpacket);;All files (*)</source>
        <translation>Judge packets (*.hdpacket);;All files (*)</translation>
    </message>
    <message>
        <source>Save the changes to this submission before opening another event?</source>
        <translation>Save the changes to this submission before opening another event?</translation>
    </message>
    <message>
        <source>Only a judge packet can be saved as a copy.</source>
        <translation>Only a judge packet can be saved as a copy.</translation>
    </message>
    <message>
        <source>The changes to #%1 cannot be saved yet: %2</source>
        <translation>The changes to #%1 cannot be saved yet: %2</translation>
    </message>
    <message>
        <source>Cannot read the packet %1: %2</source>
        <translation>Cannot read the packet %1: %2</translation>
    </message>
    <message>
        <source>Saved a copy of revision %1 to %2: send it to the organisers.</source>
        <translation>Saved a copy of revision %1 to %2: send it to the organisers.</translation>
    </message>
    <message>
        <source>Save a copy of the packet</source>
        <translation>Save a copy of the packet</translation>
    </message>
    <message>
        <source>Judge packets</source>
        <translation>Judge packets</translation>
    </message>
    <message>
        <source>#%1 (final)</source>
        <comment>a submission whose track&apos;s results are final</comment>
        <translation>#%1 (final)</translation>
    </message>
</context>
<context>
    <name>hd::JudgingPage</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <source>Packet exported</source>
        <translation>Packet exported</translation>
    </message>
    <message>
        <source>Packet imported</source>
        <translation>Packet imported</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>Assign &amp;Automatically</source>
        <translation>Assign &amp;Automatically</translation>
    </message>
    <message>
        <source>&amp;Finalise…</source>
        <translation>&amp;Finalise…</translation>
    </message>
    <message>
        <source>Judges per submission: </source>
        <translation>Judges per submission: </translation>
    </message>
    <message>
        <source>Export &amp;Packet…</source>
        <translation>Export &amp;Packet…</translation>
    </message>
    <message>
        <source>&amp;Import Packet…</source>
        <translation>&amp;Import Packet…</translation>
    </message>
    <message>
        <source>Export &amp;Results…</source>
        <translation>Export &amp;Results…</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>&amp;Track:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>Needs %n more judge(s).</source>
        <translation>
            <numerusform>Needs %n more judge.</numerusform>
            <numerusform>Needs %n more judges.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Judges</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Assignments</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Judge</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Weighted</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Raw</translation>
    </message>
    <message>
        <source>Normalised</source>
        <translation>Normalised</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Score…</source>
        <translation>&amp;Score…</translation>
    </message>
    <message>
        <source>Assign &amp;Judge…</source>
        <translation>Assign &amp;Judge…</translation>
    </message>
    <message>
        <source>Re&amp;move Judge</source>
        <translation>Re&amp;move Judge</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Unlock…</translation>
    </message>
    <message>
        <source>Assign judges</source>
        <translation>Assign judges</translation>
    </message>
    <message>
        <source>Final since %1 (by %2)</source>
        <translation>Final since %1 (by %2)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>%1 of %2 sheets submitted</source>
        <translation>%1 of %2 sheets submitted</translation>
    </message>
    <message>
        <source>no rubric yet</source>
        <translation>no rubric yet</translation>
    </message>
    <message numerus="yes">
        <source>%n coverage gap(s)</source>
        <translation>
            <numerusform>%n coverage gap</numerusform>
            <numerusform>%n coverage gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign a judge</source>
        <translation>Assign a judge</translation>
    </message>
    <message>
        <source>&amp;Submission:</source>
        <translation>&amp;Submission:</translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation>&amp;Judge:</translation>
    </message>
    <message>
        <source>The track needs submissions and judges first.</source>
        <translation>The track needs submissions and judges first.</translation>
    </message>
    <message>
        <source>Choose a submission and a judge.</source>
        <translation>Choose a submission and a judge.</translation>
    </message>
    <message>
        <source>@%1 already judges this submission.</source>
        <translation>@%1 already judges this submission.</translation>
    </message>
    <message>
        <source>@%1 may not judge it: %2.</source>
        <translation>@%1 may not judge it: %2.</translation>
    </message>
    <message>
        <source>Remove judge</source>
        <translation>Remove judge</translation>
    </message>
    <message>
        <source>This judge has a score sheet for #%1. Delete the sheet and remove the judge?</source>
        <translation>This judge has a score sheet for #%1. Delete the sheet and remove the judge?</translation>
    </message>
    <message>
        <source>Remove a judge from #%1</source>
        <translation>Remove a judge from #%1</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n judge(s); loads %1-%2 per judge.</source>
        <translation>
            <numerusform>Assigned %n judge; loads %1-%2 per judge.</numerusform>
            <numerusform>Assigned %n judges; loads %1-%2 per judge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock the results</source>
        <translation>Unlock the results</translation>
    </message>
    <message>
        <source>Why are the final results opened again? This goes into the log.</source>
        <translation>Why are the final results opened again? This goes into the log.</translation>
    </message>
    <message>
        <source>Finalise the results</source>
        <translation>Finalise the results</translation>
    </message>
    <message>
        <source>Finalise &quot;%1&quot;? Its scores, assignments and rubric are then locked; unlocking needs a reason.</source>
        <translation>Finalise &quot;%1&quot;? Its scores, assignments and rubric are then locked; unlocking needs a reason.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Nothing new from @%1.</source>
        <translation>Nothing new from @%1.</translation>
    </message>
    <message numerus="yes">
        <source>Imported revision %1 of @%2&apos;s packet; %n sheet(s) changed.</source>
        <translation>
            <numerusform>Imported revision %1 of @%2&apos;s packet; %n sheet changed.</numerusform>
            <numerusform>Imported revision %1 of @%2&apos;s packet; %n sheets changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>This track has no judges yet.</source>
        <translation>This track has no judges yet.</translation>
    </message>
    <message>
        <source>Export judge packet</source>
        <translation>Export judge packet</translation>
    </message>
    <message>
        <source>Judge:</source>
        <translation>Judge:</translation>
    </message>
    <message>
        <source>@%1&apos;s packet of %2 was never imported back. Replace it? The earlier packet will then be refused.</source>
        <translation>@%1&apos;s packet of %2 was never imported back. Replace it? The earlier packet will then be refused.</translation>
    </message>
    <message>
        <source>Judge packets (*.hdpacket);;All files (*)</source>
        <translation>Judge packets (*.hdpacket);;All files (*)</translation>
    </message>
    <message>
        <source>Wrote %1. Send it to @%2 privately: it carries the key that authenticates it. The judge opens it with &quot;hackdesk --judge-packet FILE&quot;.</source>
        <translation>Wrote %1. Send it to @%2 privately: it carries the key that authenticates it. The judge opens it with &quot;hackdesk --judge-packet FILE&quot;.</translation>
    </message>
    <message>
        <source>Import judge packet</source>
        <translation>Import judge packet</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Export results</translation>
    </message>
    <message>
        <source>Judging</source>
        <translation>Judging</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Edit R&amp;ubric…</source>
        <translation>Edit R&amp;ubric…</translation>
    </message>
    <message>
        <source>Delete judge</source>
        <translation>Delete judge</translation>
    </message>
    <message>
        <source>Delete submission</source>
        <translation>Delete submission</translation>
    </message>
    <message>
        <source>Score S&amp;heets PDF…</source>
        <translation>Score S&amp;heets PDF…</translation>
    </message>
    <message>
        <source>Blank score sheets of the selected judge&apos;s submissions, for judging on paper</source>
        <translation>Blank score sheets of the selected judge&apos;s submissions, for judging on paper</translation>
    </message>
    <message>
        <source>That judge no longer exists.</source>
        <translation>That judge no longer exists.</translation>
    </message>
    <message>
        <source>Choose a judge in the list first.</source>
        <translation>Choose a judge in the list first.</translation>
    </message>
    <message>
        <source>Export score sheets</source>
        <translation>Export score sheets</translation>
    </message>
    <message>
        <source>E&amp;xport Scores…</source>
        <translation>E&amp;xport Scores…</translation>
    </message>
    <message>
        <source>The track&apos;s scores as CSV, in the columns of the paper template</source>
        <translation>The track&apos;s scores as CSV, in the columns of the paper template</translation>
    </message>
    <message>
        <source>Export scores</source>
        <translation>Export scores</translation>
    </message>
    <message>
        <source>Judge packets</source>
        <translation>Judge packets</translation>
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
        <translation>No database is open.
%1
Use File &gt; New or File &gt; Open.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>%1 — HackDesk</source>
        <translation>%1 — HackDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Open Database…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Import Task List from Issue…</source>
        <translation>&amp;Import Task List from Issue…</translation>
    </message>
    <message>
        <source>&amp;Export Task List as Issue Markdown…</source>
        <translation>&amp;Export Task List as Issue Markdown…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>HackDesk will use the new language when it starts again.</source>
        <translation>HackDesk will use the new language when it starts again.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About HackDesk</source>
        <translation>&amp;About HackDesk</translation>
    </message>
    <message>
        <source>About HackDesk</source>
        <translation>About HackDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;HackDesk %1&lt;/b&gt;&lt;p&gt;Runs open-source hackathons: tracks, tasks, claims, payouts and judging.&lt;/p&gt;</source>
        <translation>&lt;b&gt;HackDesk %1&lt;/b&gt;&lt;p&gt;Runs open-source hackathons: tracks, tasks, claims, payouts and judging.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>All tracks</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Every direction</source>
        <translation>Every direction</translation>
    </message>
    <message>
        <source>Search tasks and people…</source>
        <translation>Search tasks and people…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Copy Reply</source>
        <translation>&amp;Copy Reply</translation>
    </message>
    <message>
        <source>Copy the prepared reply to the clipboard, to post on GitHub</source>
        <translation>Copy the prepared reply to the clipboard, to post on GitHub</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Participants &amp; Teams</source>
        <translation>Participants &amp; Teams</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Claims Board</source>
        <translation>Claims Board</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message numerus="yes">
        <source>Delete task No.%1 and its %n claim(s)?</source>
        <translation>
            <numerusform>Delete task No.%1 and its %n claim?</numerusform>
            <numerusform>Delete task No.%1 and its %n claims?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete task No.%1?</source>
        <translation>Delete task No.%1?</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Delete task</translation>
    </message>
    <message numerus="yes">
        <source>@%1 has %n claim(s) and %2 team membership(s). Delete them together with @%1?</source>
        <translation>
            <numerusform>@%1 has %n claim and %2 team membership. Delete them together with @%1?</numerusform>
            <numerusform>@%1 has %n claims and %2 team memberships. Delete them together with @%1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete @%1?</source>
        <translation>Delete @%1?</translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Delete participant</translation>
    </message>
    <message numerus="yes">
        <source>Delete the team %1 and its %n claim(s)?</source>
        <translation>
            <numerusform>Delete the team %1 and its %n claim?</numerusform>
            <numerusform>Delete the team %1 and its %n claims?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the team %1?</source>
        <translation>Delete the team %1?</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Delete team</translation>
    </message>
    <message>
        <source>Export task list</source>
        <translation>Export task list</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>Track:</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>This problem has no reply to post.</source>
        <translation>This problem has no reply to post.</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copied: %1</translation>
    </message>
    <message>
        <source>Open event database</source>
        <translation>Open event database</translation>
    </message>
    <message>
        <source>HackDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>HackDesk databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Sync with GitHub…</source>
        <translation>&amp;Sync with GitHub…</translation>
    </message>
    <message>
        <source>Import &amp;CSV</source>
        <translation>Import &amp;CSV</translation>
    </message>
    <message>
        <source>Export CS&amp;V</source>
        <translation>Export CS&amp;V</translation>
    </message>
    <message>
        <source>Tasks…</source>
        <translation>Tasks…</translation>
    </message>
    <message>
        <source>Participants…</source>
        <translation>Participants…</translation>
    </message>
    <message>
        <source>Claims…</source>
        <translation>Claims…</translation>
    </message>
    <message>
        <source>Camp Applications…</source>
        <translation>Camp Applications…</translation>
    </message>
    <message>
        <source>Weekly Reports…</source>
        <translation>Weekly Reports…</translation>
    </message>
    <message>
        <source>Fundable Sub-tasks…</source>
        <translation>Fundable Sub-tasks…</translation>
    </message>
    <message>
        <source>GitHub &amp;Token…</source>
        <translation>GitHub &amp;Token…</translation>
    </message>
    <message>
        <source>Code Camp</source>
        <translation>Code Camp</translation>
    </message>
    <message>
        <source>Fundable Projects</source>
        <translation>Fundable Projects</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged.</source>
        <translation>%1: %2 added, %3 updated, %4 unchanged.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;PDF Report</source>
        <translation>Export &amp;PDF Report</translation>
    </message>
    <message>
        <source>Export Dashboard and Leaderboard as &amp;Markdown…</source>
        <translation>Export Dashboard and Leaderboard as &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation>Export dashboard</translation>
    </message>
    <message>
        <source>Judging</source>
        <translation>Judging</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n page to %1.</numerusform>
            <numerusform>Wrote %n pages to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Current &amp;Table as CSV…</source>
        <translation>Export Current &amp;Table as CSV…</translation>
    </message>
    <message>
        <source>This page has no table to export.</source>
        <translation>This page has no table to export.</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>Export table</translation>
    </message>
    <message>
        <source>%1 (%2) — HackDesk</source>
        <translation>%1 (%2) — HackDesk</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>There is no event database at %1.
Create a new event there?</source>
        <translation>There is no event database at %1.
Create a new event there?</translation>
    </message>
    <message>
        <source>There is no event database at %1.</source>
        <translation>There is no event database at %1.</translation>
    </message>
    <message>
        <source>Back up the event</source>
        <translation>Back up the event</translation>
    </message>
    <message>
        <source>Backed up the event to %1.</source>
        <translation>Backed up the event to %1.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>%1 holds the event &quot;%2&quot;, written %3:
%4 tasks, %5 participants, %6 claims.

Replace the open event with it? The event as it is now is backed up first.</source>
        <translation>%1 holds the event &quot;%2&quot;, written %3:
%4 tasks, %5 participants, %6 claims.

Replace the open event with it? The event as it is now is backed up first.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Restored %1.</translation>
    </message>
    <message>
        <source>Restored %1; the event as it was is in %2.</source>
        <translation>Restored %1; the event as it was is in %2.</translation>
    </message>
    <message>
        <source>Another program changed the event; what is shown was reloaded.</source>
        <translation>Another program changed the event; what is shown was reloaded.</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Back Up…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <source>A team&apos;s claim is edited on the Fundable Projects page.</source>
        <translation>A team&apos;s claim is edited on the Fundable Projects page.</translation>
    </message>
    <message>
        <source>Delete the claim of %1 on task No.%2? %1 is its finisher: the task will have none and take claims again.</source>
        <translation>Delete the claim of %1 on task No.%2? %1 is its finisher: the task will have none and take claims again.</translation>
    </message>
    <message>
        <source>Delete the claim of %1 on task No.%2?</source>
        <translation>Delete the claim of %1 on task No.%2?</translation>
    </message>
    <message>
        <source>Delete claim</source>
        <translation>Delete claim</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;New Event…</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>E&amp;vent</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>HackDesk databases</source>
        <translation>HackDesk databases</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Main Toolbar</translation>
    </message>
    <message>
        <source>Read claims and pull requests from GitHub (%1)</source>
        <translation>Read claims and pull requests from GitHub (%1)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import a track&apos;s task list or a CSV file</source>
        <translation>Import a track&apos;s task list or a CSV file</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Export the current table, a task list or CSV files</source>
        <translation>Export the current table, a task list or CSV files</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Write a PDF report</source>
        <translation>Write a PDF report</translation>
    </message>
    <message>
        <source>Open Issue on &amp;GitHub</source>
        <translation>Open Issue on &amp;GitHub</translation>
    </message>
    <message>
        <source>Open Task Issue on &amp;GitHub</source>
        <translation>Open Task Issue on &amp;GitHub</translation>
    </message>
    <message>
        <source>Copy &amp;Reply</source>
        <translation>Copy &amp;Reply</translation>
    </message>
    <message>
        <source>Edit team</source>
        <translation>Edit team</translation>
    </message>
    <message>
        <source>PDF files</source>
        <translation>PDF files</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>CSV files</translation>
    </message>
    <message>
        <source>%1 Trying again…</source>
        <translation>%1 Trying again…</translation>
    </message>
    <message>
        <source>Connected again to %1; what is shown was reloaded.</source>
        <translation>Connected again to %1; what is shown was reloaded.</translation>
    </message>
    <message>
        <source>Open S&amp;hared Event…</source>
        <translation>Open S&amp;hared Event…</translation>
    </message>
    <message>
        <source>The backup holds no judge for the roles %1: they no longer have access to the event (grant-judge gives it back).</source>
        <translation>The backup holds no judge for the roles %1: they no longer have access to the event (grant-judge gives it back).</translation>
    </message>
</context>
<context>
    <name>hd::NewApplicationDialog</name>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Accepts a place on another project (unticked: 不接受调剂)</source>
        <translation>Accepts a place on another project (unticked: 不接受调剂)</translation>
    </message>
    <message>
        <source>No.%1 %2</source>
        <translation>No.%1 %2</translation>
    </message>
    <message>
        <source>GitHub login; a new one is added to the participants</source>
        <translation>GitHub login; a new one is added to the participants</translation>
    </message>
    <message>
        <source>project numbers, e.g. 2、4、6</source>
        <translation>project numbers, e.g. 2、4、6</translation>
    </message>
    <message>
        <source>&amp;Applicant:</source>
        <translation>&amp;Applicant:</translation>
    </message>
    <message>
        <source>&amp;First choice:</source>
        <translation>&amp;First choice:</translation>
    </message>
    <message>
        <source>&amp;Other wishes:</source>
        <translation>&amp;Other wishes:</translation>
    </message>
    <message>
        <source>The camp has no projects yet: add them first.</source>
        <translation>The camp has no projects yet: add them first.</translation>
    </message>
    <message>
        <source>Give the applicant&apos;s GitHub login.</source>
        <translation>Give the applicant&apos;s GitHub login.</translation>
    </message>
    <message>
        <source>Applicant: &quot;%1&quot; is not a GitHub login.</source>
        <translation>Applicant: &quot;%1&quot; is not a GitHub login.</translation>
    </message>
    <message>
        <source>@%1 has applied already: open their application instead.</source>
        <translation>@%1 has applied already: open their application instead.</translation>
    </message>
    <message>
        <source>Other wishes: &quot;%1&quot; is not a list of project numbers.</source>
        <translation>Other wishes: &quot;%1&quot; is not a list of project numbers.</translation>
    </message>
    <message>
        <source>Other wishes: there is no camp project No.%1.</source>
        <translation>Other wishes: there is no camp project No.%1.</translation>
    </message>
</context>
<context>
    <name>hd::NewEventWizard</name>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Database and profile</source>
        <translation>Database and profile</translation>
    </message>
    <message>
        <source>Where the event is kept, and the edition profile it starts from: a built-in one or a profile file written by &quot;hackdesk export-edition&quot;.</source>
        <translation>Where the event is kept, and the edition profile it starts from: a built-in one or a profile file written by &quot;hackdesk export-edition&quot;.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>From a file…</translation>
    </message>
    <message>
        <source>profile.json</source>
        <translation>profile.json</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>&amp;Database file:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>Profile &amp;file:</source>
        <translation>Profile &amp;file:</translation>
    </message>
    <message>
        <source>New event database</source>
        <translation>New event database</translation>
    </message>
    <message>
        <source>HackDesk databases (*.sqlite *.db)</source>
        <translation>HackDesk databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Edition profile</source>
        <translation>Edition profile</translation>
    </message>
    <message>
        <source>Edition profiles (*.json)</source>
        <translation>Edition profiles (*.json)</translation>
    </message>
    <message>
        <source>Identity, money, time zone and deadlines</source>
        <translation>Identity, money, time zone and deadlines</translation>
    </message>
    <message>
        <source>The same settings as Event &gt; Settings… and &quot;hackdesk config set&quot;; all can be changed later.</source>
        <translation>The same settings as Event &gt; Settings… and &quot;hackdesk config set&quot;; all can be changed later.</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>The event&apos;s tracks in order. Reward tiers, directions and issues come from the profile and are edited on the Tracks page.</source>
        <translation>The event&apos;s tracks in order. Reward tiers, directions and issues come from the profile and are edited on the Tracks page.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>&amp;Add Track</source>
        <translation>&amp;Add Track</translation>
    </message>
    <message>
        <source>&amp;Remove Track</source>
        <translation>&amp;Remove Track</translation>
    </message>
    <message>
        <source>New track</source>
        <translation>New track</translation>
    </message>
    <message>
        <source>Choose a profile file.</source>
        <translation>Choose a profile file.</translation>
    </message>
    <message>
        <source>Track %1: %2</source>
        <translation>Track %1: %2</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Choose the database file.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 already exists; choose a new file name.</translation>
    </message>
</context>
<context>
    <name>hd::OverviewPage</name>
    <message>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>No event</source>
        <translation>No event</translation>
    </message>
    <message>
        <source>%1 · launch %2 · RFC deadline %3 · PR deadline %4 · results %5</source>
        <translation>%1 · launch %2 · RFC deadline %3 · PR deadline %4 · results %5</translation>
    </message>
    <message>
        <source>none ahead</source>
        <translation>none ahead</translation>
    </message>
    <message>
        <source>RFC</source>
        <translation>RFC</translation>
    </message>
    <message>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>results</source>
        <translation>results</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) to %1</source>
        <translation>
            <numerusform>%n day to %1</numerusform>
            <numerusform>%n days to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>tasks</translation>
    </message>
    <message>
        <source>claimed</source>
        <translation>claimed</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>completion rate</source>
        <translation>completion rate</translation>
    </message>
    <message>
        <source>prize pool</source>
        <translation>prize pool</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>next deadline</source>
        <translation>next deadline</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>committed</translation>
    </message>
    <message>
        <source>remaining</source>
        <translation>remaining</translation>
    </message>
</context>
<context>
    <name>hd::PacketWorkspace</name>
    <message>
        <source>%1 · revision %2</source>
        <translation>%1 · revision %2</translation>
    </message>
    <message>
        <source>revision %1 of the packet</source>
        <translation>revision %1 of the packet</translation>
    </message>
</context>
<context>
    <name>hd::ParticipantDialog</name>
    <message>
        <source>Edit @%1</source>
        <translation>Edit @%1</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>GitHub login, without @</source>
        <translation>GitHub login, without @</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Give the participant&apos;s GitHub login.</source>
        <translation>Give the participant&apos;s GitHub login.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GitHub login: letters, digits and single hyphens, at most 39.</source>
        <translation>&quot;%1&quot; is not a GitHub login: letters, digits and single hyphens, at most 39.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; is not an e-mail address.</translation>
    </message>
</context>
<context>
    <name>hd::PayoutsPage</name>
    <message>
        <source>Capped or not</source>
        <translation>Capped or not</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message numerus="yes">
        <source>%n people paid %1 of the %2 pool (%3 before the cap). Stars of the event: %4.</source>
        <translation>
            <numerusform>%n people paid %1 of the %2 pool (%3 before the cap). Stars of the event: %4.</numerusform>
            <numerusform>%n people paid %1 of the %2 pool (%3 before the cap). Stars of the event: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Article No.%1 by @%2 is number %3 to merge: over the quota, not paid in stage 1.</source>
        <translation>Article No.%1 by @%2 is number %3 to merge: over the quota, not paid in stage 1.</translation>
    </message>
    <message>
        <source>Export payouts</source>
        <translation>Export payouts</translation>
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
        <translation>Add &amp;Figure Criterion</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <source>Rubric of %1</source>
        <translation>Rubric of %1</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Add Criterion</source>
        <translation>&amp;Add Criterion</translation>
    </message>
    <message>
        <source>A criterion scored from a figure the authors report (articles), log-scaled.</source>
        <translation>A criterion scored from a figure the authors report (articles), log-scaled.</translation>
    </message>
    <message>
        <source>Only the ratios between weights matter.</source>
        <translation>Only the ratios between weights matter.</translation>
    </message>
    <message>
        <source>What judges look at</source>
        <translation>What judges look at</translation>
    </message>
    <message>
        <source>One level per line, &quot;score: description&quot;, e.g.
1: most sub-tasks not done
4: about half done
7: the main goals reached
9: all done, beyond the plan</source>
        <translation>One level per line, &quot;score: description&quot;, e.g.
1: most sub-tasks not done
4: about half done
7: the main goals reached
9: all done, beyond the plan</translation>
    </message>
    <message>
        <source>A level describes its score and every score above it up to the next level; the lowest score of the scale needs one.</source>
        <translation>A level describes its score and every score above it up to the next level; the lowest score of the scale needs one.</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Scale:</translation>
    </message>
    <message>
        <source>&amp;Criteria:</source>
        <translation>&amp;Criteria:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Weight:</translation>
    </message>
    <message>
        <source>Derived from:</source>
        <translation>Derived from:</translation>
    </message>
    <message>
        <source>&amp;Levels:</source>
        <translation>&amp;Levels:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>%1 — weight %2 (%3 %), from the reported %4</source>
        <translation>%1 — weight %2 (%3 %), from the reported %4</translation>
    </message>
    <message>
        <source>%1. %2 — weight %3 (%4 %)</source>
        <translation>%1. %2 — weight %3 (%4 %)</translation>
    </message>
    <message>
        <source>(scored by the judges)</source>
        <translation>(scored by the judges)</translation>
    </message>
    <message>
        <source>Criterion %1</source>
        <translation>Criterion %1</translation>
    </message>
    <message>
        <source>%1, levels line %2: write &quot;score: description&quot;, e.g. &quot;7: the main goals reached&quot;.</source>
        <translation>%1, levels line %2: write &quot;score: description&quot;, e.g. &quot;7: the main goals reached&quot;.</translation>
    </message>
</context>
<context>
    <name>hd::ScoreForm</name>
    <message>
        <source>pull request</source>
        <translation>pull request</translation>
    </message>
    <message>
        <source>slides</source>
        <translation>slides</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>article</source>
        <translation>article</translation>
    </message>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>Comment for the organisers (optional)</source>
        <translation>Comment for the organisers (optional)</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>C&amp;omment:</translation>
    </message>
    <message>
        <source>%1 (weight %2, from the reported %3)</source>
        <translation>%1 (weight %2, from the reported %3)</translation>
    </message>
    <message>
        <source>A whole number from %1 to %2; Up and Down change it.</source>
        <translation>A whole number from %1 to %2; Up and Down change it.</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>weight %1</translation>
    </message>
    <message>
        <source>Also counted, from the figures the author reported: %1.</source>
        <translation>Also counted, from the figures the author reported: %1.</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>task %1</translation>
    </message>
    <message>
        <source>Reported: %1</source>
        <translation>Reported: %1</translation>
    </message>
</context>
<context>
    <name>hd::ScoreFormDialog</name>
    <message>
        <source>Save &amp;Draft</source>
        <translation>Save &amp;Draft</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <source>Score sheet of @%1 for #%2</source>
        <translation>Score sheet of @%1 for #%2</translation>
    </message>
    <message>
        <source>Keep it as a draft: it does not count in the results yet (Ctrl+S).</source>
        <translation>Keep it as a draft: it does not count in the results yet (Ctrl+S).</translation>
    </message>
    <message>
        <source>Every criterion scored: it counts in the results (Ctrl+Enter).</source>
        <translation>Every criterion scored: it counts in the results (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>That submission no longer exists.</source>
        <translation>That submission no longer exists.</translation>
    </message>
    <message>
        <source>The track has no rubric yet.</source>
        <translation>The track has no rubric yet.</translation>
    </message>
    <message>
        <source>Discard the changes to this score sheet?</source>
        <translation>Discard the changes to this score sheet?</translation>
    </message>
</context>
<context>
    <name>hd::SettingsDialog</name>
    <message>
        <source>Event settings</source>
        <translation>Event settings</translation>
    </message>
</context>
<context>
    <name>hd::SetupEditor</name>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organiser:</translation>
    </message>
    <message>
        <source>S&amp;ponsor:</source>
        <translation>S&amp;ponsor:</translation>
    </message>
    <message>
        <source>&amp;Language on GitHub (zh_CN or en):</source>
        <translation>&amp;Language on GitHub (zh_CN or en):</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>&amp;Currency (ISO 4217):</source>
        <translation>&amp;Currency (ISO 4217):</translation>
    </message>
    <message>
        <source>&amp;Star value:</source>
        <translation>&amp;Star value:</translation>
    </message>
    <message>
        <source>Cap per &amp;person (0 = none):</source>
        <translation>Cap per &amp;person (0 = none):</translation>
    </message>
    <message>
        <source>Prize p&amp;ool:</source>
        <translation>Prize p&amp;ool:</translation>
    </message>
    <message>
        <source>Time zone and deadlines</source>
        <translation>Time zone and deadlines</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <source>La&amp;unch:</source>
        <translation>La&amp;unch:</translation>
    </message>
    <message>
        <source>&amp;Design document deadline:</source>
        <translation>&amp;Design document deadline:</translation>
    </message>
    <message>
        <source>P&amp;R deadline:</source>
        <translation>P&amp;R deadline:</translation>
    </message>
    <message>
        <source>&amp;Results:</source>
        <translation>&amp;Results:</translation>
    </message>
    <message>
        <source>Conventions on GitHub</source>
        <translation>Conventions on GitHub</translation>
    </message>
    <message>
        <source>Claim &amp;words (;-separated):</source>
        <translation>Claim &amp;words (;-separated):</translation>
    </message>
    <message>
        <source>PR-&amp;title patterns ({n} = task number):</source>
        <translation>PR-&amp;title patterns ({n} = task number):</translation>
    </message>
    <message>
        <source>e.g. 2026-05-04T10:00 (in the event&apos;s time zone)</source>
        <translation>e.g. 2026-05-04T10:00 (in the event&apos;s time zone)</translation>
    </message>
</context>
<context>
    <name>hd::SharedEventDialog</name>
    <message>
        <source>Open Shared Event</source>
        <translation>Open Shared Event</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Remember the password in the system keychain</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /var/run/postgresql</source>
        <translation>db.example.org, or a socket folder such as /var/run/postgresql</translation>
    </message>
    <message>
        <source>hackathon</source>
        <translation>hackathon</translation>
    </message>
    <message>
        <source>your login on the server</source>
        <translation>your login on the server</translation>
    </message>
    <message>
        <source>empty: from PGPASSWORD, ~/.pgpass or the keychain</source>
        <translation>empty: from PGPASSWORD, ~/.pgpass or the keychain</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Give the event&apos;s URL, or its server, database and login.</source>
        <translation>Give the event&apos;s URL, or its server, database and login.</translation>
    </message>
    <message>
        <source>Server: give the server&apos;s name or address, or the folder of its socket.</source>
        <translation>Server: give the server&apos;s name or address, or the folder of its socket.</translation>
    </message>
    <message>
        <source>%1

The server wants a password for this login: type it in File &gt; Open Shared Event…, or put it in PGPASSWORD or ~/.pgpass.</source>
        <translation>%1

The server wants a password for this login: type it in File &gt; Open Shared Event…, or put it in PGPASSWORD or ~/.pgpass.</translation>
    </message>
    <message>
        <source>%1

Check the names of the database and the login.</source>
        <translation>%1

Check the names of the database and the login.</translation>
    </message>
    <message>
        <source>%1

Check the server&apos;s name (or socket folder) and port, and that the server is running.</source>
        <translation>%1

Check the server&apos;s name (or socket folder) and port, and that the server is running.</translation>
    </message>
</context>
<context>
    <name>hd::SharedWorkspace</name>
    <message>
        <source>%1 is not a judge&apos;s connection: open it in the staff window.</source>
        <translation>%1 is not a judge&apos;s connection: open it in the staff window.</translation>
    </message>
    <message>
        <source>%1 Trying again…</source>
        <translation>%1 Trying again…</translation>
    </message>
    <message>
        <source>Connected again to %1; what is shown was reloaded.</source>
        <translation>Connected again to %1; what is shown was reloaded.</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>on the server</translation>
    </message>
</context>
<context>
    <name>hd::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>hd::SubmissionDialog</name>
    <message>
        <source>Edit submission #%1</source>
        <translation>Edit submission #%1</translation>
    </message>
    <message>
        <source>New submission</source>
        <translation>New submission</translation>
    </message>
    <message>
        <source>@login of a participant, or a team&apos;s name</source>
        <translation>@login of a participant, or a team&apos;s name</translation>
    </message>
    <message>
        <source>One per line: pr:URL, slides:URL, report:URL, article:URL or a bare address</source>
        <translation>One per line: pr:URL, slides:URL, report:URL, article:URL or a bare address</translation>
    </message>
    <message>
        <source>T&amp;rack:</source>
        <translation>T&amp;rack:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <source>Tas&amp;k:</source>
        <translation>Tas&amp;k:</translation>
    </message>
    <message>
        <source>&amp;Links:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Track: the event has no track yet.</source>
        <translation>Track: the event has no track yet.</translation>
    </message>
    <message>
        <source>Title: give the submission a title.</source>
        <translation>Title: give the submission a title.</translation>
    </message>
    <message>
        <source>By: give the participant (@login) or the team who submitted it.</source>
        <translation>By: give the participant (@login) or the team who submitted it.</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>By: %1</translation>
    </message>
    <message>
        <source>Links, line %1: %2</source>
        <translation>Links, line %1: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number of 0 or more.</source>
        <translation>%1: &quot;%2&quot; is not a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>Edit submission</source>
        <translation>Edit submission</translation>
    </message>
</context>
<context>
    <name>hd::SyncDialog</name>
    <message>
        <source>%1: %2 s left (Cancel stops the sync)</source>
        <translation>%1: %2 s left (Cancel stops the sync)</translation>
    </message>
    <message>
        <source>%1 left, resets at %2</source>
        <translation>%1 left, resets at %2</translation>
    </message>
    <message>
        <source>not reported by the server</source>
        <translation>not reported by the server</translation>
    </message>
    <message>
        <source>%1 (this sync: %2 requests, %3 not modified)</source>
        <translation>%1 (this sync: %2 requests, %3 not modified)</translation>
    </message>
    <message>
        <source>Read &amp;everything again (ignore what earlier syncs stored)</source>
        <translation>Read &amp;everything again (ignore what earlier syncs stored)</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sync Now</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>&amp;Cancel Sync</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Sync with GitHub</source>
        <translation>Sync with GitHub</translation>
    </message>
    <message>
        <source>Set &amp;Token…</source>
        <translation>Set &amp;Token…</translation>
    </message>
    <message>
        <source>GitHub API:</source>
        <translation>GitHub API:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Last sync:</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Rate limit:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>What changed, and what to answer on GitHub (nothing is posted):</source>
        <translation>What changed, and what to answer on GitHub (nothing is posted):</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>unknown until the first sync</source>
        <translation>unknown until the first sync</translation>
    </message>
    <message>
        <source>%1 requests left, resets at %2</source>
        <translation>%1 requests left, resets at %2</translation>
    </message>
    <message>
        <source>%1 requests left</source>
        <translation>%1 requests left</translation>
    </message>
    <message>
        <source>set in this session</source>
        <translation>set in this session</translation>
    </message>
    <message>
        <source>from GITHUB_TOKEN</source>
        <translation>from GITHUB_TOKEN</translation>
    </message>
    <message>
        <source>from the system keychain</source>
        <translation>from the system keychain</translation>
    </message>
    <message>
        <source>none: GitHub allows 60 requests an hour without one</source>
        <translation>none: GitHub allows 60 requests an hour without one</translation>
    </message>
    <message>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <source>set (%1)</source>
        <translation>set (%1)</translation>
    </message>
    <message>
        <source>The system keychain could not keep the token (%1); it is kept until HackDesk quits.</source>
        <translation>The system keychain could not keep the token (%1); it is kept until HackDesk quits.</translation>
    </message>
    <message>
        <source>in the system keychain</source>
        <translation>in the system keychain</translation>
    </message>
    <message>
        <source>kept until HackDesk quits</source>
        <translation>kept until HackDesk quits</translation>
    </message>
    <message>
        <source>GitHub Token</source>
        <translation>GitHub Token</translation>
    </message>
    <message>
        <source>A GitHub token lifts the limit from 60 to 5,000 requests an hour. Read access to public repositories is enough. It is never written to the event file.
Leave empty to remove it.</source>
        <translation>A GitHub token lifts the limit from 60 to 5,000 requests an hour. Read access to public repositories is enough. It is never written to the event file.
Leave empty to remove it.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Problem: %1 (@%2): %3</source>
        <translation>Problem: %1 (@%2): %3</translation>
    </message>
    <message>
        <source>    Reply: %1</source>
        <translation>    Reply: %1</translation>
    </message>
    <message>
        <source>%1 requests (%2 not modified): %3 claims added, %4 status changes, %5 tasks completed, %6 new problems.</source>
        <translation>%1 requests (%2 not modified): %3 claims added, %4 status changes, %5 tasks completed, %6 new problems.</translation>
    </message>
    <message>
        <source>The sync stopped: %1 Nothing was changed.</source>
        <translation>The sync stopped: %1 Nothing was changed.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>Copy &amp;All</translation>
    </message>
</context>
<context>
    <name>hd::TablePage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy &amp;Login</source>
        <translation>Copy &amp;Login</translation>
    </message>
    <message>
        <source>Open Profile on &amp;GitHub</source>
        <translation>Open Profile on &amp;GitHub</translation>
    </message>
</context>
<context>
    <name>hd::TaskDialog</name>
    <message>
        <source>Edit task No.%1</source>
        <translation>Edit task No.%1</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>An RFC must be merged before coding</source>
        <translation>An RFC must be merged before coding</translation>
    </message>
    <message>
        <source>Locked: takes no new claims</source>
        <translation>Locked: takes no new claims</translation>
    </message>
    <message>
        <source>Removed from the event</source>
        <translation>Removed from the event</translation>
    </message>
    <message>
        <source>e.g. 1, 2 or 0.5</source>
        <translation>e.g. 1, 2 or 0.5</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>&amp;Track:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Direction:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>&amp;Stars:</source>
        <translation>&amp;Stars:</translation>
    </message>
    <message>
        <source>&amp;Cash:</source>
        <translation>&amp;Cash:</translation>
    </message>
    <message>
        <source>The event has no track yet.</source>
        <translation>The event has no track yet.</translation>
    </message>
    <message>
        <source>Give the task a title.</source>
        <translation>Give the task a title.</translation>
    </message>
    <message>
        <source>Stars cannot be negative.</source>
        <translation>Stars cannot be negative.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of stars (up to three decimals, e.g. 0.5).</source>
        <translation>&quot;%1&quot; is not a number of stars (up to three decimals, e.g. 0.5).</translation>
    </message>
    <message>
        <source>A cash amount cannot be negative.</source>
        <translation>A cash amount cannot be negative.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link.</source>
        <translation>&quot;%1&quot; is not a link.</translation>
    </message>
    <message>
        <source>%1, only for tasks paid in cash</source>
        <translation>%1, only for tasks paid in cash</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2.</source>
        <translation>&quot;%1&quot; is not an amount in %2.</translation>
    </message>
</context>
<context>
    <name>hd::TeamDialog</name>
    <message>
        <source>Edit team %1</source>
        <translation>Edit team %1</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>New team</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Members:</translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation>&amp;Leader:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Give the team a name.</source>
        <translation>Give the team a name.</translation>
    </message>
</context>
<context>
    <name>hd::TrackDialog</name>
    <message>
        <source>Edit track %1</source>
        <translation>Edit track %1</translation>
    </message>
    <message>
        <source>New track</source>
        <translation>New track</translation>
    </message>
    <message>
        <source>Months beyond three raise the grade</source>
        <translation>Months beyond three raise the grade</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Budget (%1):</source>
        <translation>&amp;Budget (%1):</translation>
    </message>
    <message>
        <source>Articles: stage-1 &amp;quota:</source>
        <translation>Articles: stage-1 &amp;quota:</translation>
    </message>
    <message>
        <source>Articles: &amp;stars per slot:</source>
        <translation>Articles: &amp;stars per slot:</translation>
    </message>
    <message>
        <source>Fundable: payout &amp;threshold (%):</source>
        <translation>Fundable: payout &amp;threshold (%):</translation>
    </message>
    <message>
        <source>Camp:</source>
        <translation>Camp:</translation>
    </message>
    <message>
        <source>GitHub &amp;issue:</source>
        <translation>GitHub &amp;issue:</translation>
    </message>
    <message>
        <source>Reward tier</source>
        <translation>Reward tier</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Stars</translation>
    </message>
    <message>
        <source>Cash (%1)</source>
        <translation>Cash (%1)</translation>
    </message>
    <message>
        <source>Add &amp;Tier</source>
        <translation>Add &amp;Tier</translation>
    </message>
    <message>
        <source>Reward tiers:</source>
        <translation>Reward tiers:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Add &amp;Direction</source>
        <translation>Add &amp;Direction</translation>
    </message>
    <message>
        <source>Directions:</source>
        <translation>Directions:</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Direction %1 needs a name.</source>
        <translation>Direction %1 needs a name.</translation>
    </message>
</context>
<context>
    <name>hd::TracksPage</name>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>Track &quot;%1&quot; cannot be removed: %2. Remove those first.</source>
        <translation>Track &quot;%1&quot; cannot be removed: %2. Remove those first.</translation>
    </message>
    <message>
        <source>Remove track</source>
        <translation>Remove track</translation>
    </message>
    <message>
        <source>Remove track &quot;%1&quot;?</source>
        <translation>Remove track &quot;%1&quot;?</translation>
    </message>
</context>
<context>
    <name>hd::WeeklyReportDialog</name>
    <message>
        <source>Weekly report of @%1</source>
        <translation>Weekly report of @%1</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hours worked that week; under %1 is flagged</source>
        <translation>Hours worked that week; under %1 is flagged</translation>
    </message>
    <message>
        <source>Camper:</source>
        <translation>Camper:</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Week:</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Hours:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>@%1 is not an accepted camper: weekly reports are for campers.</source>
        <translation>@%1 is not an accepted camper: weekly reports are for campers.</translation>
    </message>
    <message>
        <source>Link: &quot;%1&quot; is not a web address (https://…).</source>
        <translation>Link: &quot;%1&quot; is not a web address (https://…).</translation>
    </message>
</context>
<context>
    <name>hd::files::SaveFiles</name>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 is a folder; choose a file name.</translation>
    </message>
    <message>
        <source>%1 already exists.
Replace it?</source>
        <translation>%1 already exists.
Replace it?</translation>
    </message>
</context>
</TS>
