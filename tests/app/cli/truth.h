#pragma once

// What the sandbox says it served (its --truth file), and the check that `status --json` agrees
// with it: nothing lost, nothing counted twice.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <map>

/// What a sandbox served, from its --truth file: count and per-currency amount sums per type.
struct TruthSummary
{
    std::map<QString, qint64> counts;
    std::map<QString, std::map<QString, qint64>> sums;
};

TruthSummary readTruth(const QString &path);

/// `status --json`'s objects equal the truth (call from a test function: it uses QCOMPARE).
void compareObjectsWithTruth(const QJsonObject &objects, const TruthSummary &truth);

/// The most ranges any endpoint's interrupted run has stored, from `status --json`.
int rangesInProgress(const QByteArray &statusJson);
