#include "truth.h"

#include "domain/currency.h"
#include "domain/money.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

TruthSummary readTruth(const QString &path)
{
    TruthSummary summary;
    QFile truth(path);
    if (!truth.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    while (!truth.atEnd()) {
        const QJsonObject object = QJsonDocument::fromJson(truth.readLine()).object();
        const QString type = object.value(u"object").toString();
        if (type == u"reconciliation_expectation" || type == u"incident" || type == u"fraud_label")
            continue; // what the bank statement should reconcile to, what alerts and fraud
                      // scoring should find
        ++summary.counts[type];
        summary.sums[type][object.value(u"currency").toString()]
            += object.value(u"amount").toInteger();
    }
    return summary;
}

void compareObjectsWithTruth(const QJsonObject &objects, const TruthSummary &truth)
{
    for (const auto &[type, count] : truth.counts) {
        const QJsonObject entry = objects.value(type).toObject();
        QCOMPARE(entry.value(u"count").toInteger(), count);
        for (const auto &[currency, sum] : truth.sums.at(type))
            QCOMPARE(entry.value(u"amount_by_currency").toObject().value(currency).toString(),
                     QString::number(sum));
        // The same sums per ISO code, as exact decimals and as minor units.
        const QJsonArray amounts = entry.value(u"amounts").toArray();
        QCOMPARE(qsizetype(amounts.size()), qsizetype(truth.sums.at(type).size()));
        for (const auto &value : amounts) {
            const QJsonObject a = value.toObject();
            const QString code = a.value(u"currency").toString();
            QCOMPARE(code, code.toUpper());
            const qint64 minor = truth.sums.at(type).at(code.toLower());
            QCOMPARE(a.value(u"amount_minor").toString(), QString::number(minor));
            const auto money = paydeck::Money::parseDecimal(
                a.value(u"amount").toString(), *paydeck::Currency::fromCode(QStringView(code)));
            QVERIFY2(money.ok() && money->minorUnits() == minor,
                     qPrintable(a.value(u"amount").toString()));
        }
    }
}

int rangesInProgress(const QByteArray &statusJson)
{
    int most = 0;
    const QJsonArray sources
        = QJsonDocument::fromJson(statusJson).object().value(u"sources").toArray();
    for (const QJsonValue &source : sources) {
        const QJsonObject endpoints = source.toObject().value(u"endpoints").toObject();
        for (const QJsonValue &endpoint : endpoints) {
            const QJsonObject cursor = endpoint.toObject().value(u"cursor").toObject();
            most = std::max(most, int(cursor.value(u"ranges").toArray().size()));
        }
    }
    return most;
}
