#pragma once

// What the benchmarks share: options, a suite timing operations and their baselines in interleaved rounds
// (median of N), the table they print and the consistency failures that make them exit non-zero. See
// docs/benchmarks.md.

#include "model/error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace hd::bench {

using namespace Qt::StringLiterals;

struct Options
{
    bool quick = false; // smaller sizes, fewer runs: a smoke run for CI
    int runs = 5;       // timed runs per operation; the median is reported
};

// --quick, --runs N, --help. Exits on --help and on unknown arguments. `runs`: the program's own default.
inline Options parseOptions(const QStringList &args, const QString &usage, int runs = Options().runs)
{
    Options o;
    o.runs = runs;
    bool runsGiven = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--quick"_s) {
            o.quick = true;
        } else if (a == u"--runs"_s && i + 1 < args.size()) {
            bool ok = false;
            o.runs = args.at(++i).toInt(&ok);
            if (!ok || o.runs < 1) {
                std::fprintf(stderr, "--runs needs a positive number\n");
                std::exit(2);
            }
            runsGiven = true;
        } else {
            QTextStream(stdout) << usage << Qt::endl;
            std::exit(a == u"--help"_s || a == u"-h"_s ? 0 : 2);
        }
    }
    if (o.quick && !runsGiven)
        o.runs = 3;
    return o;
}

// Timings of one operation over several runs, in milliseconds.
struct Sample
{
    double median = 0;
    double min = 0;
    double max = 0;
};

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

// A suite of operations run in rounds: each round runs every operation once, in the order added, each
// after its untimed setup. Baselines and the operations compared with them thus share the machine's
// state of the moment, and an operation may use what an earlier one of the same round left (a database).
// The ratio to a baseline is the median of the per-round ratios. Consistency failures make the program
// exit non-zero.
class Suite
{
public:
    explicit Suite(QString title)
        : m_title(std::move(title))
    {}

    // Adds a baseline; returns its index for the operations compared with it.
    int baseline(const QString &name, std::function<void()> op, std::function<void()> setup = {})
    {
        m_ops.append({name, std::move(setup), std::move(op), -1, {}, {}});
        return int(m_ops.size() - 1);
    }
    // Adds an operation compared with the baseline of that index, shown as `baselineLabel`.
    void add(const QString &name, int baselineIndex, const QString &baselineLabel, std::function<void()> op,
             std::function<void()> setup = {})
    {
        m_ops.append({name, std::move(setup), std::move(op), baselineIndex, baselineLabel, {}});
    }

    void run(int rounds)
    {
        for (int r = 0; r < rounds; ++r) {
            for (Op &o : m_ops) {
                if (o.setup)
                    o.setup();
                QElapsedTimer timer;
                timer.start();
                o.op();
                o.ms.append(double(timer.nsecsElapsed()) / 1e6);
            }
        }
    }

    Sample sample(const QString &name) const
    {
        for (const Op &o : m_ops)
            if (o.name == name)
                return sampleOf(o);
        return {};
    }

    // A result that contradicts what was generated: printed, and the program exits non-zero.
    void fail(const QString &what) { m_failures.append(what); }
    void check(bool ok, const QString &what)
    {
        if (!ok)
            fail(what);
    }

    int print() const
    {
        QTextStream out(stdout);
        out << Qt::endl << m_title << Qt::endl << Qt::endl;
        out << u"| operation | median ms | min ms | max ms | × baseline |"_s << Qt::endl;
        out << u"| --- | ---: | ---: | ---: | --- |"_s << Qt::endl;
        for (const Op &o : m_ops) {
            const Sample s = sampleOf(o);
            QString ratio = u"(baseline)"_s;
            if (o.baselineIndex >= 0) {
                const Op &b = m_ops.at(o.baselineIndex);
                QList<double> ratios;
                for (qsizetype r = 0; r < o.ms.size() && r < b.ms.size(); ++r)
                    ratios.append(b.ms.at(r) > 0 ? o.ms.at(r) / b.ms.at(r) : 0);
                ratio = u"%1 (vs %2)"_s.arg(median(ratios), 0, 'f', 1).arg(o.baselineLabel);
            }
            out << u"| %1 | %2 | %3 | %4 | %5 |"_s.arg(o.name, QString::number(s.median, 'f', 1),
                                                       QString::number(s.min, 'f', 1), QString::number(s.max, 'f', 1),
                                                       ratio)
                << Qt::endl;
        }
        out << Qt::endl;
        for (const QString &f : m_failures)
            out << u"INCONSISTENT: "_s << f << Qt::endl;
        out << (m_failures.isEmpty() ? u"All results consistent."_s : u"FAILED"_s) << Qt::endl;
        return m_failures.isEmpty() ? 0 : 1;
    }

private:
    struct Op
    {
        QString name;
        std::function<void()> setup;
        std::function<void()> op;
        int baselineIndex = -1;
        QString baselineLabel;
        QList<double> ms;
    };

    static Sample sampleOf(const Op &o)
    {
        if (o.ms.isEmpty())
            return {};
        return {median(o.ms), *std::min_element(o.ms.cbegin(), o.ms.cend()),
                *std::max_element(o.ms.cbegin(), o.ms.cend())};
    }

    QString m_title;
    QList<Op> m_ops;
    QStringList m_failures;
};

// What each benchmark's main() does: the options (exiting on --help or a bad one), the run, and an
// hd::Error as one line on stderr with exit status 1. App is QCoreApplication, or QApplication for charts.
template <typename App>
int benchMain(int argc, char **argv, const QString &usage, int (*run)(const Options &), int runs = Options().runs)
{
    App app(argc, argv);
    const Options options = parseOptions(QCoreApplication::arguments(), usage, runs);
    try {
        return run(options);
    } catch (const Error &e) {
        QTextStream(stderr) << QCoreApplication::applicationName() << u": "_s << e.message() << Qt::endl;
        return 1;
    }
}

} // namespace hd::bench
