<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>Usage: hackdesk [--db FILE] [--lang zh_CN|en] [COMMAND [OPTIONS]]
Without a command, opens the window.

Options:
  --db FILE     the event database (default: %1)
  --lang LANG   language of messages and the window
  --help        this help; COMMAND --help for a command&apos;s options
  --version     the version

Commands:
</source>
        <translation>Usage: hackdesk [--db FILE] [--lang zh_CN|en] [COMMAND [OPTIONS]]
Without a command, opens the window.

Options:
  --db FILE     the event database (default: %1)
  --lang LANG   language of messages and the window
  --help        this help; COMMAND --help for a command&apos;s options
  --version     the version

Commands:
</translation>
    </message>
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
        <source>Sets up a new event like the PaddlePaddle Hackathon 6th.</source>
        <translation>Sets up a new event like the PaddlePaddle Hackathon 6th.</translation>
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
        <source>Unknown setting &quot;%1&quot;; known: %2, track.&lt;id&gt;.issue.</source>
        <translation>Unknown setting &quot;%1&quot;; known: %2, track.&lt;id&gt;.issue.</translation>
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
        <source>Set up a new event like the PaddlePaddle Hackathon 6th; --demo adds demo data.</source>
        <translation>Set up a new event like the PaddlePaddle Hackathon 6th; --demo adds demo data.</translation>
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
        <source>What the file holds: tasks, participants or claims.</source>
        <translation>What the file holds: tasks, participants or claims.</translation>
    </message>
    <message>
        <source>--kind is missing: give tasks, participants or claims.</source>
        <translation>--kind is missing: give tasks, participants or claims.</translation>
    </message>
    <message>
        <source>--kind &quot;%1&quot; is not one of tasks, participants, claims.</source>
        <translation>--kind &quot;%1&quot; is not one of tasks, participants, claims.</translation>
    </message>
    <message>
        <source>the CSV file (UTF-8, with a header row)</source>
        <translation>the CSV file (UTF-8, with a header row)</translation>
    </message>
    <message>
        <source>Imports tasks, participants or claims from a CSV file: all rows or none; rows already there are updated.</source>
        <translation>Imports tasks, participants or claims from a CSV file: all rows or none; rows already there are updated.</translation>
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
        <source>Exports tasks, participants or claims as CSV with the columns import-csv reads.</source>
        <translation>Exports tasks, participants or claims as CSV with the columns import-csv reads.</translation>
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
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The track: an id from summary --json, or tasks, camp, articles, fundable.</source>
        <translation>The track: an id from summary --json, or tasks, camp, articles, fundable.</translation>
    </message>
    <message>
        <source>The issue body as Markdown.</source>
        <translation>The issue body as Markdown.</translation>
    </message>
    <message>
        <source>Print what would change and change nothing.</source>
        <translation>Print what would change and change nothing.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Print the report as JSON.</translation>
    </message>
    <message>
        <source>Reads a track&apos;s task list from its GitHub issue body.</source>
        <translation>Reads a track&apos;s task list from its GitHub issue body.</translation>
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
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
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
        <source>cash &quot;%1&quot; is not an amount in yuan like 1500.</source>
        <translation>cash &quot;%1&quot; is not an amount in yuan like 1500.</translation>
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
        <source>%1 is not a HackDesk database (%2).</source>
        <translation>%1 is not a HackDesk database (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2).</source>
        <translation>%1 is damaged and cannot be opened (%2).</translation>
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
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>Cannot save the changes: %1</source>
        <translation>Cannot save the changes: %1</translation>
    </message>
    <message>
        <source>Database error preparing &quot;%1&quot;: %2</source>
        <translation>Database error preparing &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Database error in &quot;%1&quot;: %2</source>
        <translation>Database error in &quot;%1&quot;: %2</translation>
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
        <source>Claimed</source>
        <translation>Claimed</translation>
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
        <source>&amp;New Event Database…</source>
        <translation>&amp;New Event Database…</translation>
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
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
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
        <source>New event database</source>
        <translation>New event database</translation>
    </message>
    <message>
        <source>HackDesk databases (*.sqlite *.db)</source>
        <translation>HackDesk databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 already exists; choose a new file name.</translation>
    </message>
    <message>
        <source>Open event database</source>
        <translation>Open event database</translation>
    </message>
    <message>
        <source>HackDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>HackDesk databases (*.sqlite *.db);;All files (*)</translation>
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
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
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
        <source>yuan, only for tasks paid in cash</source>
        <translation>yuan, only for tasks paid in cash</translation>
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
        <source>&quot;%1&quot; is not an amount in yuan.</source>
        <translation>&quot;%1&quot; is not an amount in yuan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a link.</source>
        <translation>&quot;%1&quot; is not a link.</translation>
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
</TS>
