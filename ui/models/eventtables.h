#pragma once

#include "tablemodel.h"

#include <QCoreApplication>

namespace hd {

// The window's tables, each a TableModel with its columns and loader.
class EventTables
{
    Q_DECLARE_TR_FUNCTIONS(EventTables)
public:
    enum TaskColumn { TaskTrack, TaskNumber, TaskDirection, TaskTitle, TaskStars, TaskClaims, TaskFinisher, TaskState };
    enum ClaimColumn {
        ClaimTrack,
        ClaimTask,
        ClaimTitle,
        ClaimClaimant,
        ClaimStatusColumn,
        ClaimPrs,
        ClaimFlags,
        ClaimDate
    };

    static TableModel *tracks(EventSession *session, QObject *parent);
    static TableModel *tasks(EventSession *session, QObject *parent);
    static TableModel *participants(EventSession *session, QObject *parent);
    static TableModel *teams(EventSession *session, QObject *parent);
    static TableModel *claims(EventSession *session, QObject *parent);
};

} // namespace hd
