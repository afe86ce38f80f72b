#pragma once

namespace hd {

class Database;

// Sets up the PaddlePaddle Hackathon 6th edition from its built-in profile (resources/editions/paddle-6th.json).
// Does nothing when the event exists.
// Returns whether it changed anything.
bool initEvent(const Database &db);

// Adds demo data with the real structure (directions and ~55 tasks of track 1, camp projects, article
// topics, fundable projects, participants, teams, claims in every status, PRs). Does nothing when the
// event already has tasks. Returns whether it changed anything.
bool addDemoData(const Database &db);

} // namespace hd
