#pragma once

namespace hd {

class Database;

// Judging in the demo event: the fundable-project defence and the article stage 2, each with a rubric
// (the articles' with criteria derived from the reported figures), submissions, judges with their
// conflicts, and assignments made by the automatic assignment; no scores. Expects the demo's people,
// teams, tasks and article PRs (see addDemoData). Does nothing when there are judges already.
void addDemoJudging(const Database &db);

} // namespace hd
