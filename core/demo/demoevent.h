#pragma once

namespace hd {

class Database;

// Sets up an event like the PaddlePaddle Hackathon 6th edition: its name, dates and money, the four
// tracks with their reward rules and its GitHub settings. Does nothing when the event exists.
// Returns whether it changed anything.
bool initEvent(const Database &db);

// Adds demo data with the real structure (directions and ~55 tasks of track 1, camp projects, article
// topics, fundable projects, participants, teams, claims in every status, PRs). Does nothing when the
// event already has tasks. Returns whether it changed anything.
bool addDemoData(const Database &db);

} // namespace hd
