#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// Reading claim comments on the event's claim issues ("【报名】：2、3") and the bot's replies to them.
// Pure: text in, a result out.
//
// Decisions:
// - Full-width forms are folded first (NFKC: ０-９, ：，［］（）～ and the ideographic space), 、；
//   count as commas, every dash (－ – — ‐ −), ~ 到 至 make a range. Markdown * and ` are dropped.
// - Quoted lines ("> …", GitHub's reply quote) and fenced code blocks are skipped: they repeat other
//   people's words. So are lines struck through whole ("~~【报名】：5~~"): the claim was withdrawn.
// - A claim line holds 报名, 提交 or 其他意向. The bracketed form (【报名】, [报名], (报名)) counts at the
//   start of a line (after @mentions and "- " bullets) or anywhere when numbers follow it; the bare
//   word counts only at the start of a line and only when a colon, numbers or nothing follow it —
//   so "请问报名截止了吗？" is chat, while "报名36" and "【报名】 SDGD" are claims (the last one unreadable).
//   A keyword with nothing after it takes its numbers from the next line.
// - Numbers may carry "No.", "#" or "第" before and "题"/"号" after; words after the list are ignored
//   ("【报名】：40 SDGD优化器"), but a list that runs on into something number-like ("1.5", "2-3-4") is
//   unreadable rather than silently cut.
// - The event's claim keywords (setting claims.keywords, ';'-separated; unset: 【报名】;[报名]) say what a
//   claim line starts with. A keyword of the 报名 family (any bracket, 〖报名〗 too) turns on the tolerant
//   reading above; other keywords ("/claim", "claim") count at the start of a line, in any case, not
//   inside a longer word, with an optional colon. 提交 and 其他意向 are always known.
// - A comment whose only list has no keyword ("1、2", "36") is unreadable: it may be meant as a claim,
//   so staff see it, but it is not taken as one. Lines that start with words ("40 SDGD优化器") are chat.
// - One comment claims or submits, not both: mixing 报名 and 提交 is unreadable; several lines of the
//   same keyword add up. 【其他意向】 without 【报名】 is unreadable; 【其他意向】：无 is fine.
// - Unreadable: a keyword with no number, 0, a number above MaxTaskNumber, a backwards range, more than
//   MaxNumbersPerClaim numbers in all.

namespace hd {

// What one issue comment on a claim issue says.
struct ClaimComment
{
    enum class Kind {
        None,      // ordinary chat: ignore
        Claim,     // 【报名】
        Submit,    // 【提交】
        Unreadable // tries to claim or submit but cannot be read: see reason
    };

    Kind kind = Kind::None;
    QList<int> numbers;          // task numbers, sorted and unique
    QList<int> otherWishes;      // code camp 【其他意向】, sorted and unique
    bool noReassignment = false; // code camp 不接受调剂
    QString reason;              // Unreadable: what was wrong, translated

    bool operator==(const ClaimComment &) const = default;
};

inline constexpr int MaxTaskNumber = 9999;
inline constexpr int MaxNumbersPerClaim = 100;

// The words a claim line starts with (setting claims.keywords).
struct ClaimKeywords
{
    QStringList words; // as configured; empty = 【报名】;[报名]

    static ClaimKeywords fromSetting(QStringView value); // ';'-separated
    QString first() const; // the keyword replies show: 【报名】 by default
};

ClaimComment parseClaimComment(QStringView body, const ClaimKeywords &keywords = {});

// A list of task numbers ("2、3", "9-11", "24、26-28、30") read from the start of a text.
struct TaskNumberList
{
    QList<int> numbers;   // sorted and unique; empty when there is no list or it is wrong
    qsizetype length = 0; // characters of the text the list took, 0 when there is none
    QString reason;       // the list is there but wrong (0, too large, backwards, too many), translated
};

// Folds full-width forms, dashes and enumeration commas the way the parsers expect them.
QString normaliseClaimText(QStringView text);
// Reads the list at the start of text, which must have gone through normaliseClaimText.
TaskNumberList readTaskNumbers(QStringView normalisedText);
// True when text (after a list) goes on in a way that looks like more numbers: ".5", "-4", "~x1".
bool looksLikeMoreNumbers(QStringView normalisedText);

// The bot's replies, in the event's own words (posted on GitHub, so not translated): Chinese, or English
// when event.language is en.
enum class ReplyLanguage { Chinese, English };
ReplyLanguage replyLanguageFromSetting(QStringView value); // "en…" → English
QString botReplyBadFormat(QStringView login, const QString &keyword = {}, // {}: 【报名】
                          ReplyLanguage language = ReplyLanguage::Chinese); // "@x 请检查报名格式，正确的格式为【报名】: 题目编号"
QString botReplyUnknownTask(QStringView login, int number,
                            ReplyLanguage language = ReplyLanguage::Chinese); // "@x PR赛题编号【33】不存在"
QString botReplyRemovedTask(QStringView login, int number,
                            ReplyLanguage language = ReplyLanguage::Chinese); // "@x 抱歉，赛题【12】已删除"
QString botReplyTakenTask(QStringView login, int number,
                          ReplyLanguage language = ReplyLanguage::Chinese); // "@x 抱歉，赛题【12】已完成或已锁定"

} // namespace hd
