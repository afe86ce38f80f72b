#pragma once

#include "model/task.h"
#include "rowsnapshot.h"

#include <QHash>
#include <QList>
#include <optional>

namespace hd {

class Database;

// Tasks of all tracks. Writes validate first and fail with a message naming the task.
class TaskRepository
{
public:
    explicit TaskRepository(const Database &db)
        : m_db(db)
    {}

    QList<Task> all(qint64 trackId = 0) const;
    std::optional<Task> get(qint64 id) const;
    std::optional<Task> byNumber(qint64 trackId, int number) const;

    // Inserts (keeping task.id when it is set, as undo needs) and returns the id.
    qint64 insert(const Task &task);
    void update(const Task &task);
    int claimCount(qint64 taskId) const;
    int count() const; // all tasks, removed ones too
    // Tasks that are not removed, per track id.
    QHash<qint64, int> countsByTrack() const;
    // Tasks each participant finished, per participant id.
    QHash<qint64, int> finishedCounts() const;
    // The number a new task of the track gets: one more than the highest (1 for the first).
    int nextNumber(qint64 trackId) const;
    // Deletes the task with its claims and PR links; the snapshot restores them all.
    RowSnapshot remove(qint64 taskId);

private:
    void validate(const Task &task) const;
    const Database &m_db;
};

} // namespace hd
