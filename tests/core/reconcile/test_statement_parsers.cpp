// The statement importers against the shared real-world samples and their expected values, and
// against broken input: every malformed variant must give an error naming file and place.
#include "reconcile/camt_parser.h"
#include "reconcile/csv_mapping.h"
#include "reconcile/mt940_parser.h"
#include "reconcile/statement_file.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace paydeck;
using namespace paydeck::reconcile;
using namespace Qt::StringLiterals;

namespace {

qint64 minor(const QString &decimal, int exponent = 2)
{
    // "-11.8" -> -1180; the expected files write plain decimals with '.'.
    const bool negative = decimal.startsWith(u'-');
    const QString digits = negative ? decimal.mid(1) : decimal;
    const auto dot = digits.indexOf(u'.');
    QString whole = dot < 0 ? digits : digits.left(dot);
    QString fraction = dot < 0 ? QString() : digits.mid(dot + 1);
    fraction = fraction.leftJustified(exponent, u'0');
    const qint64 value = (whole + fraction).toLongLong();
    return negative ? -value : value;
}

QJsonObject expected(const QString &name)
{
    return QJsonDocument::fromJson(
               test::readFile(test::samplePath(u"statements/expected/"_s + name)))
        .object();
}

QList<Statement> parse(const QString &relative)
{
    const QString path = test::samplePath(u"statements/"_s + relative);
    auto parsed = parseStatementFile(test::readFile(path), path);
    if (!parsed) {
        qWarning().noquote() << parsed.error();
        return {};
    }
    return parsed.value().statements;
}

QList<StatementEntry> allEntries(const QList<Statement> &statements)
{
    QList<StatementEntry> entries;
    for (const auto &statement : statements)
        entries += statement.entries;
    return entries;
}

bool hasBalance(const QList<Statement> &statements, const QJsonObject &balance)
{
    const qint64 amount = minor(balance.value(u"amount").toString());
    const QDate date = QDate::fromString(balance.value(u"date").toString(), Qt::ISODate);
    for (const auto &statement : statements) {
        QList<StatementBalance> all = statement.otherBalances;
        if (statement.opening)
            all.append(*statement.opening);
        if (statement.closing)
            all.append(*statement.closing);
        for (const auto &candidate : all)
            if (candidate.amount == amount && candidate.date == date)
                return true;
    }
    return false;
}

} // namespace

class TestStatementParsers : public QObject
{
    Q_OBJECT

private slots:
    void mt940MatchesItsExpectedValues_data();
    void mt940MatchesItsExpectedValues();
    void mt940ReversalOfACreditTakesMoneyOut();
    void mt940StructuredInformationIsSplitIntoItsFields();
    void mt940EnvelopeAndEmptyStatementsImport();
    void mt940Latin1AndCrlfAndControlBytes();
    void mt942InterimReportHasNoBalanceProof();
    void mt940EntryDateAcrossTheYearEnd();
    void csvWithDebitAndCreditColumnsAndUsDates();
    void camtMultiStatementMatchesItsExpectedValues();
    void everyCamtSampleImportsWithItsCounts_data();
    void everyCamtSampleImportsWithItsCounts();
    void camtBatchesChargesAndInstructedAmounts();
    void camtReportsAndEveryVersionRead_data();
    void camtReportsAndEveryVersionRead();
    void truncatedFilesAreRefusedAtEveryOffset_data();
    void truncatedFilesAreRefusedAtEveryOffset();
    void ownMt940FixturesStateTheirValues();
    void mt940DialectsBanksSendAreRead();
    void ownCamtFixturesStateTheirValues();
    void brokenInputNamesFileAndPlace_data();
    void brokenInputNamesFileAndPlace();
};

void TestStatementParsers::mt940MatchesItsExpectedValues_data()
{
    PAYDECK_REQUIRE_SAMPLES();
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expectedFile");
    QTest::addColumn<int>("statementCount");
    QTest::newRow("ABN AMRO, free-text :86:, intermediate balances")
        << "mt940/mt940_abnamro-nl_eur.sta"
        << "mt940_abnamro-nl_eur.expected.json" << 2;
    QTest::newRow("PostFinance, supplementary details, CHF")
        << "mt940/mt940_postfinance-ch_chf.sta"
        << "mt940_postfinance-ch_chf.expected.json" << 2;
    QTest::newRow("German SEPA, structured :86:, debit balances, 97 lines")
        << "mt940/mt940_de-sepa_97-txns_debit-balance.sta"
        << "mt940_de-sepa_97-txns_debit-balance.expected.json" << 26;
}

void TestStatementParsers::mt940MatchesItsExpectedValues()
{
    QFETCH(QString, file);
    QFETCH(QString, expectedFile);
    QFETCH(int, statementCount);
    const QList<Statement> statements = parse(file);
    QCOMPARE(statements.size(), statementCount);
    const QJsonObject truth = expected(expectedFile);
    const QJsonObject header = truth.value(u"statement").toObject();
    QCOMPARE(statements.first().account.isEmpty(), false);
    QCOMPARE(statements.last().account, header.value(u"account_identification").toString());
    QCOMPARE(statements.last().id, header.value(u"transaction_reference").toString());
    for (const char *key : {"final_opening_balance",
                            "final_closing_balance",
                            "intermediate_opening_balance",
                            "intermediate_closing_balance"}) {
        const QJsonObject balance = header.value(QLatin1String(key)).toObject();
        QVERIFY2(hasBalance(statements, balance), key);
    }
    const QList<StatementEntry> entries = allEntries(statements);
    const QJsonArray transactions = truth.value(u"transactions").toArray();
    QCOMPARE(entries.size(), transactions.size());
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject t = transactions[i].toObject();
        const StatementEntry &entry = entries[i];
        const QString status = t.value(u"status").toString();
        qint64 amount = minor(t.value(u"amount").toObject().value(u"amount").toString());
        // WoLpH/mt940 keeps a reversal's amount as written; a reversed credit takes money out,
        // which the balance proof below confirms.
        if (status == u"RC")
            amount = -amount;
        QCOMPARE(entry.amount, amount);
        QCOMPARE(entry.reversal, status.startsWith(u'R'));
        QCOMPARE(entry.valueDate, QDate::fromString(t.value(u"date").toString(), Qt::ISODate));
        QCOMPARE(entry.bookingDate,
                 QDate::fromString(t.value(u"entry_date").toString(), Qt::ISODate));
        if (t.value(u"bank_reference").isString())
            QCOMPARE(entry.accountServicerReference, t.value(u"bank_reference").toString());
        if (t.value(u"transaction_details").isString())
            QCOMPARE(entry.remittance, t.value(u"transaction_details").toString());
        if (t.value(u"end_to_end_reference").isString())
            QCOMPARE(entry.endToEndId, t.value(u"end_to_end_reference").toString());
        if (t.value(u"posting_text").isString())
            QCOMPARE(entry.additionalInfo, t.value(u"posting_text").toString());
        if (t.value(u"transaction_code").isString())
            QCOMPARE(entry.bankTransactionCode, t.value(u"transaction_code").toString());
        if (t.value(u"applicant_name").isString())
            QCOMPARE(entry.counterpartyName, t.value(u"applicant_name").toString());
    }
}

void TestStatementParsers::mt940ReversalOfACreditTakesMoneyOut()
{
    PAYDECK_REQUIRE_SAMPLES();
    // Every German statement proves its balance only if RC lines are debits.
    const QList<Statement> statements = parse(u"mt940/mt940_de-sepa_97-txns_debit-balance.sta"_s);
    QVERIFY(!statements.isEmpty());
    for (const auto &statement : statements)
        QCOMPARE(statement.balanceProofDifference(), std::optional<qint64>(0));
    // The ABN AMRO excerpt lists fewer lines than its balances moved.
    const QList<Statement> abn = parse(u"mt940/mt940_abnamro-nl_eur.sta"_s);
    QCOMPARE(abn.size(), 2);
    QCOMPARE(abn[0].balanceProofDifference(), std::optional<qint64>(-203800));
    QCOMPARE(abn[1].balanceProofDifference(), std::optional<qint64>(-100260));
}

void TestStatementParsers::mt940StructuredInformationIsSplitIntoItsFields()
{
    PAYDECK_REQUIRE_SAMPLES();
    const QList<Statement> statements = parse(u"mt940/mt940_de-sepa_97-txns_debit-balance.sta"_s);
    QVERIFY(!statements.isEmpty());
    const StatementEntry &first = statements.first().entries.first();
    QCOMPARE(first.additionalInfo, u"RETOURE"_s);
    QCOMPARE(first.bankTransactionCode, u"159"_s);
    QVERIFY(first.remittance.startsWith(u"EREF+TFNR 40005 00005MTLG:Grund nicht spezifiziert"));
    QCOMPARE(first.valueDate, QDate(2007, 9, 4));
}

void TestStatementParsers::mt940EnvelopeAndEmptyStatementsImport()
{
    PAYDECK_REQUIRE_SAMPLES();
    const QList<Statement> statements = parse(u"mt940/mt940_asn-bank-nl_eur.940.txt"_s);
    QCOMPARE(statements.size(), 31);
    QCOMPARE(statements.first().account, u"NL81ASNB9999999999"_s);
    QCOMPARE(statements.first().entries.size(), 1);
    QCOMPARE(statements.first().entries.first().amount, -6500);
    QCOMPARE(statements.first().entries.first().remittance,
             u"NL47INGB9999999999 hr gjlm paulissen\n\nBetaling sieraden"_s);
    QCOMPARE(statements[1].entries.size(), 0);
    for (const auto &statement : statements)
        QCOMPARE(statement.balanceProofDifference(), std::optional<qint64>(0));
}

void TestStatementParsers::mt940Latin1AndCrlfAndControlBytes()
{
    const QByteArray text = "\x01:20:STMT1\r\n:25:DE12500105170648489890\r\n:28C:1/1\r\n"
                            ":60F:C240102EUR100,00\r\n:61:2401030103C25,50NTRFNONREF//B1\r\n"
                            ":86:Zahlung M\xfcller GmbH\r\n:62F:C240103EUR125,50\r\n-\x03";
    auto parsed = parseMt940(text, u"latin1.sta"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed.value().size(), 1);
    const Statement &statement = parsed.value().first();
    QCOMPARE(statement.entries.first().remittance, u"Zahlung Müller GmbH"_s);
    QCOMPARE(statement.entries.first().accountServicerReference, u"B1"_s);
    QCOMPARE(statement.balanceProofDifference(), std::optional<qint64>(0));
}

void TestStatementParsers::mt940EntryDateAcrossTheYearEnd()
{
    // Value date 31 Dec 2026, booked 2 Jan: the entry date carries no year of its own.
    const QByteArray text = ":20:YE\n:25:DE89370400440532013000\n:28C:1/1\n:60F:C261231EUR0,\n"
                            ":61:2612310102C10,00NTRFNONREF\n:86:late\n"
                            ":61:2701021231D1,00NTRFNONREF\n:86:early\n:62F:C270102EUR9,\n-";
    auto parsed = parseMt940(text, u"yearend.sta"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed.value().first().entries[0].bookingDate, QDate(2027, 1, 2));
    QCOMPARE(parsed.value().first().entries[1].bookingDate, QDate(2026, 12, 31));
    QCOMPARE(parsed.value().first().balanceProofDifference(), std::optional<qint64>(0));
}

void TestStatementParsers::mt942InterimReportHasNoBalanceProof()
{
    const QByteArray text = ":20:INTRADAY1\r\n:25:DE89370400440532013000\r\n:28C:7/1\r\n"
                            ":34F:EUR0,\r\n:13D:2611271015+0100\r\n"
                            ":61:2611271127C1250,00NTRFNONREF//PDK1\r\n:86:STRIPE PAYOUT po_1X\r\n"
                            ":61:2611271127D35,10NMSCNONREF\r\n:86:Bank fee\r\n"
                            ":90D:1EUR35,10\r\n:90C:1EUR1250,00\r\n-";
    auto parsed = parseMt940(text, u"intraday.942"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    const Statement &report = parsed.value().first();
    QCOMPARE(report.format, u"mt942"_s);
    QCOMPARE(report.currency, u"EUR"_s);
    QCOMPARE(report.entries.size(), 2);
    QCOMPARE(report.creditSum(), 125000);
    QCOMPARE(report.debitSum(), -3510);
    QVERIFY(!report.balanceProofDifference().has_value()); // an interim report states no balances
}

void TestStatementParsers::csvWithDebitAndCreditColumnsAndUsDates()
{
    const QByteArray csv = "Date,Description,Debit,Credit,Currency\n"
                           "11/02/2026,STRIPE PAYOUT po_1,,\"1,234.56\",USD\n"
                           "11/13/2026,Office rent,800.00,,USD\n";
    auto preview = detectCsvMapping(csv, CsvMapping::Kind::Statement, u"bank.csv"_s);
    QVERIFY2(preview.ok(), qPrintable(preview.error()));
    QCOMPARE(int(preview.value().mapping.sign), int(CsvMapping::Sign::DebitCreditColumns));
    QCOMPARE(preview.value().mapping.dateFormat, u"MM/dd/yyyy"_s); // 13 cannot be a month
    QCOMPARE(preview.value().mapping.decimalSeparator, QChar(u'.'));
    auto parsed = statementsFromCsv(csv, preview.value().mapping, u"bank.csv"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(parsed.value().first().entries.size(), 2);
    QCOMPARE(parsed.value().first().entries[0].amount, 123456);
    QCOMPARE(parsed.value().first().entries[1].amount, -80000);
    QCOMPARE(parsed.value().first().entries[1].bookingDate, QDate(2026, 11, 13));
    // The same mapping on a file whose columns differ: a clear error, not a guess.
    auto wrong = statementsFromCsv(
        "When,What,Amount\n2026-11-02,x,1.00\n", preview.value().mapping, u"other.csv"_s);
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error().contains(u"other.csv") && wrong.error().contains(u"\"Date\""),
             qPrintable(wrong.error()));
}

void TestStatementParsers::camtMultiStatementMatchesItsExpectedValues()
{
    PAYDECK_REQUIRE_SAMPLES();
    const QList<Statement> statements = parse(u"camt/camt053.001.02_genkgo_multi-statement.xml"_s);
    QCOMPARE(statements.size(), 2);
    QCOMPARE(statements[0].id, u"253EURNL26VAYB8060476890"_s);
    QCOMPARE(statements[0].format, u"camt.053.001.02"_s);
    const QJsonArray entries = expected(u"camt053.001.02_genkgo_multi-statement.expected.json"_s)
                                   .value(u"getEntries")
                                   .toArray();
    QVERIFY(!entries.isEmpty());
    for (const auto &value : entries) {
        const QJsonObject e = value.toObject();
        const QJsonObject record = e.value(u"getRecord").toObject();
        const auto statement
            = std::find_if(statements.begin(), statements.end(), [&](const auto &s) {
                  return s.id == record.value(u"getId").toString();
              });
        QVERIFY(statement != statements.end());
        QCOMPARE(statement->account,
                 record.value(u"getAccount").toObject().value(u"getIdentification").toString());
        for (const auto &balanceValue : record.value(u"getBalances").toArray()) {
            const QJsonObject balance = balanceValue.toObject();
            const auto &mine = balance.value(u"getType").toString() == u"opening"
                                   ? statement->opening
                                   : statement->closing;
            QVERIFY(mine.has_value());
            QCOMPARE(
                mine->amount,
                balance.value(u"getAmount").toObject().value(u"getAmount").toString().toLongLong());
            QCOMPARE(mine->date,
                     QDate::fromString(
                         balance.value(u"getDate").toObject().value(u"0").toString().left(10),
                         Qt::ISODate));
        }
        const StatementEntry &entry = statement->entries.at(e.value(u"getIndex").toInt());
        QCOMPARE(entry.amount,
                 e.value(u"getAmount").toObject().value(u"getAmount").toString().toLongLong());
        QCOMPARE(
            entry.bookingDate,
            QDate::fromString(e.value(u"getBookingDate").toObject().value(u"0").toString().left(10),
                              Qt::ISODate));
        QCOMPARE(
            entry.valueDate,
            QDate::fromString(e.value(u"getValueDate").toObject().value(u"0").toString().left(10),
                              Qt::ISODate));
        QCOMPARE(entry.status, e.value(u"getStatus").toString());
        QCOMPARE(entry.reversal, e.value(u"getReversalIndicator").toBool());
        const QJsonObject detail = e.value(u"getTransactionDetail").toObject();
        QCOMPARE(entry.endToEndId,
                 detail.value(u"getReference").toObject().value(u"getEndToEndId").toString());
        QCOMPARE(
            entry.remittance,
            detail.value(u"getRemittanceInformation").toObject().value(u"getMessage").toString());
        QCOMPARE(entry.bankTransactionCode, u"544"_s);
    }
    for (const auto &statement : statements)
        QCOMPARE(statement.balanceProofDifference(), std::optional<qint64>(0));
}

void TestStatementParsers::everyCamtSampleImportsWithItsCounts_data()
{
    PAYDECK_REQUIRE_SAMPLES();
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("statements");
    QTest::addColumn<int>("entries");
    QTest::addColumn<bool>("provable");
    QTest::addColumn<qint64>("difference");
    // Counts as the files state them (one Ntry element per entry). Real samples that are excerpts
    // do not add up; the balance proof must report their difference, not hide it.
    QTest::newRow("camt.053.001.02 cooperative bank, batch; excerpt, closing 12,774.14 off")
        << "camt/camt053.001.02_de-genossenschaftsbank_batch.xml" << 1 << 3 << true
        << qint64(1277414);
    QTest::newRow("camt.053.001.02 two statements")
        << "camt/camt053.001.02_genkgo_multi-statement.xml" << 2 << 2 << true << qint64(0);
    QTest::newRow("camt.053.001.04 charges, batches, reversals")
        << "camt/camt053.001.04_postfinance-ch_charges-batches-reversals.xml" << 1 << 13 << true
        << qint64(0);
    QTest::newRow("camt.053.001.08 EUR entry on a CHF account; excerpt, closing 1,249.74 off")
        << "camt/camt053.001.08_ubs-ch_instdamt-eur-chf.xml" << 1 << 3 << true << qint64(124974);
    QTest::newRow("camt.054.001.04 notification without balances")
        << "camt/camt054.001.04_postfinance-ch_debit-notification.xml" << 1 << 4 << false
        << qint64(0);
}

void TestStatementParsers::everyCamtSampleImportsWithItsCounts()
{
    QFETCH(QString, file);
    QFETCH(int, statements);
    QFETCH(int, entries);
    QFETCH(bool, provable);
    QFETCH(qint64, difference);
    const QList<Statement> parsed = parse(file);
    QCOMPARE(parsed.size(), statements);
    QCOMPARE(allEntries(parsed).size(), entries);
    for (const auto &statement : parsed) {
        QVERIFY(!statement.account.isEmpty());
        QVERIFY(!statement.currency.isEmpty());
        if (provable)
            QCOMPARE(statement.balanceProofDifference(), std::optional<qint64>(difference));
        else
            QVERIFY(!statement.balanceProofDifference().has_value());
        for (const auto &entry : statement.entries) {
            QVERIFY(entry.bookingDate.isValid());
            QVERIFY(entry.amount != 0);
        }
    }
}

void TestStatementParsers::camtBatchesChargesAndInstructedAmounts()
{
    PAYDECK_REQUIRE_SAMPLES();
    const QList<Statement> postfinance
        = parse(u"camt/camt053.001.04_postfinance-ch_charges-batches-reversals.xml"_s);
    QVERIFY(!postfinance.isEmpty());
    bool sawBatch = false, sawCharges = false, sawReversal = false;
    for (const auto &entry : postfinance.first().entries) {
        sawBatch |= entry.batchCount > 1 && entry.details.size() > 1;
        sawCharges |= entry.charges > 0;
        sawReversal |= entry.reversal;
    }
    QVERIFY(sawBatch);
    QVERIFY(sawCharges);
    QVERIFY(sawReversal);

    const QList<Statement> ubs = parse(u"camt/camt053.001.08_ubs-ch_instdamt-eur-chf.xml"_s);
    QVERIFY(!ubs.isEmpty());
    QCOMPARE(ubs.first().currency, u"CHF"_s);
    QCOMPARE(ubs.first().entries.first().amount, 47440);
    QCOMPARE(ubs.first().entries.first().endToEndId, u"80000004540000100095"_s);
    QCOMPARE(ubs.first().entries.first().counterpartyName, u"Jon Doe"_s);
    QCOMPARE(ubs.first().entries.first().remittance, u"INVOICE R77561"_s);
    QCOMPARE(ubs.first().entries.first().bankTransactionCode, u"PMNT/RCDT/AUTT"_s);
    bool sawEuro = false;
    for (const auto &entry : ubs.first().entries)
        sawEuro |= entry.currency == u"EUR" && entry.amount == -2097
                   && entry.instructedCurrency == u"CHF" && entry.instructedAmount == 1969;
    QVERIFY(sawEuro);
}

void TestStatementParsers::camtReportsAndEveryVersionRead_data()
{
    // The project's own two-statement file, recast as each message type and version the importer
    // promises.
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("supported");
    for (const char *version : {"02", "04", "06", "08", "10"}) {
        QTest::newRow(qPrintable(
            QStringLiteral("camt.052.001.%1 account report").arg(QLatin1String(version))))
            << u"camt.052"_s << QString::fromLatin1(version) << true;
        QTest::newRow(
            qPrintable(QStringLiteral("camt.053.001.%1 statement").arg(QLatin1String(version))))
            << u"camt.053"_s << QString::fromLatin1(version) << true;
    }
    QTest::newRow("camt.053.001.11 is refused") << u"camt.053"_s << u"11"_s << false;
    QTest::newRow("camt.053.001.01 is refused") << u"camt.053"_s << u"01"_s << false;
}

void TestStatementParsers::camtReportsAndEveryVersionRead()
{
    QFETCH(QString, message);
    QFETCH(QString, version);
    QFETCH(bool, supported);
    QByteArray xml
        = test::readFile(test::fixturePath(u"statements/camt053.001.02_two-statements.xml"_s));
    xml.replace("camt.053.001.02", (message + u".001."_s + version).toLatin1());
    if (message == u"camt.052") {
        xml.replace("BkToCstmrStmt>", "BkToCstmrAcctRpt>");
        xml.replace("<Stmt>", "<Rpt>");
        xml.replace("</Stmt>", "</Rpt>");
    }
    auto parsed = parseCamt(xml, u"recast.xml"_s);
    QCOMPARE(parsed.ok(), supported);
    if (!supported) {
        QVERIFY2(parsed.error().contains(u"001.02 to 001.10"), qPrintable(parsed.error()));
        return;
    }
    QCOMPARE(parsed.value().size(), 2);
    QCOMPARE(parsed.value().first().format, message + u".001."_s + version);
    QCOMPARE(parsed.value().first().entries.size(), 1);
    for (const auto &statement : parsed.value())
        QCOMPARE(statement.balanceProofDifference(), std::optional<qint64>(0));
}

void TestStatementParsers::truncatedFilesAreRefusedAtEveryOffset_data()
{
    QTest::addColumn<QString>("path");
    for (const char *own : {"camt053.001.02_two-statements.xml",
                            "camt053.001.08_batch-charges-fx-reversal.xml",
                            "mt940_de-structured_reversal_latin1.sta",
                            "mt940_nl-envelope_intermediate.sta",
                            "mt940_dialects_blank-types_bank-tags.sta"})
        QTest::newRow(qPrintable(u"own "_s + QLatin1String(own)))
            << test::fixturePath(u"statements/"_s + QLatin1String(own));
    if (!test::samplesAvailable())
        return; // the shared samples exist only in the workplace
    QTest::newRow("camt.053.001.02")
        << test::samplePath(u"statements/camt/camt053.001.02_genkgo_multi-statement.xml"_s);
    QTest::newRow("camt.053.001.08")
        << test::samplePath(u"statements/camt/camt053.001.08_ubs-ch_instdamt-eur-chf.xml"_s);
    QTest::newRow("mt940 ABN AMRO")
        << test::samplePath(u"statements/mt940/mt940_abnamro-nl_eur.sta"_s);
    QTest::newRow("mt940 PostFinance")
        << test::samplePath(u"statements/mt940/mt940_postfinance-ch_chf.sta"_s);
}

void TestStatementParsers::truncatedFilesAreRefusedAtEveryOffset()
{
    // A file cut anywhere must either fail with a message naming the file, or (when the cut falls
    // after the last meaningful byte) give exactly the statements of the whole file.
    QFETCH(QString, path);
    const QByteArray whole = test::readFile(path);
    auto complete = parseStatementFile(whole, path);
    QVERIFY(complete.ok());
    const qsizetype step = std::max<qsizetype>(1, whole.size() / 400);
    int refused = 0;
    for (qsizetype cut = 0; cut < whole.size(); cut += step) {
        auto parsed = parseStatementFile(whole.left(cut), path);
        if (!parsed) {
            QVERIFY2(parsed.error().contains(path), qPrintable(parsed.error()));
            ++refused;
            continue;
        }
        // Accepted: then every accepted statement must be one of the whole file's, entirely.
        for (const Statement &statement : parsed.value().statements) {
            const auto same = std::find_if(
                complete.value().statements.begin(),
                complete.value().statements.end(),
                [&](const Statement &s) {
                    return s.id == statement.id && s.sequence == statement.sequence
                           && s.entries.size() == statement.entries.size()
                           && s.closing.has_value() == statement.closing.has_value()
                           && (!s.closing || s.closing->amount == statement.closing->amount);
                });
            QVERIFY2(same != complete.value().statements.end()
                         || statement.balanceProofDifference().value_or(1) != 0,
                     qPrintable(
                         QStringLiteral("cut at %1 silently gave a different statement").arg(cut)));
        }
    }
    QVERIFY(refused > 0);
}

QList<Statement> parseOwn(const QString &name)
{
    const QString path = test::fixturePath(u"statements/"_s + name);
    auto parsed = parseStatementFile(test::readFile(path), path);
    if (!parsed)
        qWarning("%s", qPrintable(parsed.error()));
    return parsed ? parsed.value().statements : QList<Statement>{};
}

void TestStatementParsers::ownMt940FixturesStateTheirValues()
{
    // German: structured :86:, an RC reversal that takes money out, Latin-1 and CRLF, a debit
    // balance — the balance proof holds only if all of that is read right.
    const QList<Statement> de = parseOwn(u"mt940_de-structured_reversal_latin1.sta"_s);
    QCOMPARE(de.size(), 1);
    QCOMPARE(de.first().account, u"37040044/0532013000"_s);
    QCOMPARE(de.first().entries.size(), 3);
    QCOMPARE(de.first().opening->amount, -100000);
    QCOMPARE(de.first().closing->amount, -80250);
    QCOMPARE(de.first().balanceProofDifference(), std::optional<qint64>(0));
    const StatementEntry &credit = de.first().entries[0];
    QCOMPARE(credit.amount, 25000);
    QCOMPARE(credit.additionalInfo, u"GUTSCHRIFT"_s);
    QCOMPARE(credit.bankTransactionCode, u"166"_s);
    QCOMPARE(credit.endToEndId, u"PDK-INV-1001"_s);
    QVERIFY2(credit.remittance.contains(u"Müller GmbH"), qPrintable(credit.remittance));
    QCOMPARE(credit.accountServicerReference, u"B611030001"_s);
    QCOMPARE(credit.valueDate, QDate(2026, 11, 3));
    QCOMPARE(de.first().entries[1].amount, -4000);
    QVERIFY(de.first().entries[1].reversal);
    QCOMPARE(de.first().entries[2].amount, -1250);

    // Dutch: SWIFT envelope, one statement over two messages (:62M:/:60M:), /TRTP/ free text.
    const QList<Statement> nl = parseOwn(u"mt940_nl-envelope_intermediate.sta"_s);
    QCOMPARE(nl.size(), 2);
    QCOMPARE(nl[0].account, u"NL91ABNA0417164300"_s);
    QCOMPARE(nl[0].entries.size(), 2);
    QCOMPARE(nl[1].entries.size(), 1);
    for (const Statement &statement : nl)
        QCOMPARE(statement.balanceProofDifference(), std::optional<qint64>(0));
    QCOMPARE(nl[0].entries[0].amount, 123456);
    QVERIFY2(nl[0].entries[0].remittance.contains(u"po_1PdkTestPayout01"),
             qPrintable(nl[0].entries[0].remittance));
    QCOMPARE(nl[0].entries[1].amount, -10000);
    QCOMPARE(nl[1].entries[0].bookingDate, QDate(2026, 11, 3));
}

void TestStatementParsers::ownCamtFixturesStateTheirValues()
{
    const QList<Statement> two = parseOwn(u"camt053.001.02_two-statements.xml"_s);
    QCOMPARE(two.size(), 2);
    QCOMPARE(two[0].id, u"PDK-STMT-0001"_s);
    QCOMPARE(two[0].format, u"camt.053.001.02"_s);
    QCOMPARE(two[0].account, u"DE89370400440532013000"_s);
    const StatementEntry &payout = two[0].entries.first();
    QCOMPARE(payout.amount, 123456);
    QCOMPARE(payout.endToEndId, u"STRIPE-po_1PdkFixture0001"_s);
    QCOMPARE(payout.accountServicerReference, u"BANKREF-0001"_s);
    QCOMPARE(payout.counterpartyName, u"Stripe Payments Europe Ltd"_s);
    QCOMPARE(payout.remittance, u"STRIPE PAYOUT po_1PdkFixture0001"_s);
    QCOMPARE(two[1].entries.first().amount, -3510);
    for (const Statement &statement : two)
        QCOMPARE(statement.balanceProofDifference(), std::optional<qint64>(0));

    const QList<Statement> chf = parseOwn(u"camt053.001.08_batch-charges-fx-reversal.xml"_s);
    QCOMPARE(chf.size(), 1);
    QCOMPARE(chf.first().currency, u"CHF"_s);
    QCOMPARE(chf.first().entries.size(), 3);
    QCOMPARE(chf.first().balanceProofDifference(), std::optional<qint64>(0));
    const StatementEntry &batch = chf.first().entries[0];
    QCOMPARE(batch.amount, 30000);
    QCOMPARE(batch.batchCount, 2);
    QCOMPARE(batch.details.size(), 2);
    QCOMPARE(batch.bankTransactionCode, u"PMNT/RCDT/AUTT"_s);
    const StatementEntry &fx = chf.first().entries[1];
    QCOMPARE(fx.amount, -9487);
    QCOMPARE(fx.charges, 250);
    QCOMPARE(fx.instructedCurrency, u"EUR"_s);
    QCOMPARE(fx.instructedAmount, std::optional<qint64>(10000));
    QCOMPARE(fx.counterpartyName, u"Muster Lieferant GmbH"_s);
    QVERIFY(chf.first().entries[2].reversal);
    QCOMPARE(chf.first().entries[2].amount, -2510);
}

void TestStatementParsers::brokenInputNamesFileAndPlace_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mustMention");
    const QByteArray camtHead
        = "<?xml version=\"1.0\"?>\n<Document "
          "xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">\n"
          "<BkToCstmrStmt><Stmt><Id>S1</Id><Acct><Id><IBAN>CH11</IBAN></Id><Ccy>CHF</Ccy></Acct>\n";
    QTest::newRow("wrong namespace") << QByteArray(
        "<?xml version=\"1.0\"?>\n<Document "
        "xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"><CstmrCdtTrfInitn/></Document>")
                                     << "pain.001.001.03";
    QTest::newRow("amount that is not a number")
        << camtHead
               + "<Ntry>\n<Amt "
                 "Ccy=\"CHF\">12,x0</Amt><CdtDbtInd>CRDT</CdtDbtInd></Ntry></Stmt></"
                 "BkToCstmrStmt></Document>"
        << "/Document/BkToCstmrStmt/Stmt[1]/Ntry[1]/Amt";
    QTest::newRow("unknown currency")
        << camtHead
               + "<Ntry>\n<Amt Ccy=\"XYZ\">12.00</Amt></Ntry></Stmt></BkToCstmrStmt></Document>"
        << "XYZ";
    QTest::newRow("mismatched tags")
        << camtHead
               + "<Ntry>\n<Amt Ccy=\"CHF\">12.00</Ccy></Ntry></Stmt></BkToCstmrStmt></Document>"
        << ":5:";
    QTest::newRow("entry without credit/debit indicator")
        << camtHead
               + "<Ntry>\n<Amt "
                 "Ccy=\"CHF\">12.00</Amt><BookgDt><Dt>2024-01-02</Dt></BookgDt></Ntry></Stmt></"
                 "BkToCstmrStmt></Document>"
        << "CdtDbtInd";
    QTest::newRow("mt940 broken :61:") << QByteArray(
        ":20:X\n:25:NL81\n:28C:1/"
        "1\n:60F:C200101EUR444,29\n:61:2001XX0101D65,00NOVB\n:62F:C200101EUR379,29\n-\n")
                                       << ":5:";
    // Banks vary the transaction type and add fields; money stays strict.
    QTest::newRow("mt940 amount without decimal comma") << QByteArray(
        ":20:X\n:25:NL81\n:28C:1/1\n:60F:C200101EUR444,29\n:61:2001010101D65NTRFNONREF\n"
        ":62F:C200101EUR379,29\n-\n") << ":5:";
    QTest::newRow("mt940 amount with a thousands dot") << QByteArray(
        ":20:X\n:25:NL81\n:28C:1/1\n:60F:C200101EUR4444,29\n:61:2001010101D1.065,00NTRFNONREF\n"
        ":62F:C200101EUR3379,29\n-\n") << ":5:";
    QTest::newRow("mt940 unreadable type before a reference") << QByteArray(
        ":20:X\n:25:NL81\n:28C:1/1\n:60F:C200101EUR444,29\n:61:2001010101D65,00XYZ123\n"
        ":62F:C200101EUR379,29\n-\n") << ":5:";
    QTest::newRow("mt940 balance in another currency") << QByteArray(
        ":20:X\n:25:NL81\n:28C:1/1\n:60F:C200101EUR444,29\n:62F:C200101USD444,29\n-\n")
                                                       << ":5:";
    QTest::newRow("mt940 invalid balance date") << QByteArray(
        ":20:X\n:25:NL81\n:28C:1/1\n:60F:C201301EUR444,29\n:62F:C200101EUR444,29\n-\n")
                                                << ":4:";
    QTest::newRow("mt940 without closing balance") << QByteArray(
        ":20:X\n:25:NL81\n:28C:1/1\n:60F:C200101EUR444,29\n:61:2001010101D65,00NOVBNL47\n")
                                                   << "truncated";
    QTest::newRow("neither camt nor MT940 nor CSV")
        << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "statement";
}

void TestStatementParsers::brokenInputNamesFileAndPlace()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mustMention);
    auto parsed = parseStatementFile(content, u"/tmp/broken-file.xml"_s);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(u"/tmp/broken-file.xml"), qPrintable(parsed.error()));
    QVERIFY2(parsed.error().contains(mustMention), qPrintable(parsed.error()));
}

void TestStatementParsers::mt940DialectsBanksSendAreRead()
{
    // Indented tags, a control byte, :25P: with the owner's BIC, a blank transaction type ("N   "),
    // none at all before NONREF or //, a lower-case one, and the bank fields :NS: and :72:.
    const QString path
        = test::fixturePath(u"statements/mt940_dialects_blank-types_bank-tags.sta"_s);
    auto parsed = parseStatementFile(test::readFile(path), path);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    QCOMPARE(parsed.value().statements.size(), 1);
    const Statement &statement = parsed.value().statements.first();
    QCOMPARE(statement.account, u"DE89370400440532013000"_s);
    QCOMPARE(statement.entries.size(), 4);
    QCOMPARE(statement.balanceProofDifference(), std::optional<qint64>(0));
    QCOMPARE(statement.entries[0].amount, 25000);
    QCOMPARE(statement.entries[0].bankTransactionCode, u"N"_s);
    QCOMPARE(statement.entries[0].accountServicerReference, u"B61110001"_s);
    QCOMPARE(statement.entries[1].amount, 10050);
    QVERIFY(statement.entries[1].bankTransactionCode.isEmpty());
    QCOMPARE(statement.entries[2].amount, -2000);
    QCOMPARE(statement.entries[2].accountServicerReference, u"B61111002"_s);
    QCOMPARE(statement.entries[2].remittance, u"No type, servicer reference only"_s);
    QCOMPARE(statement.entries[3].amount, 1950);
    QCOMPARE(statement.entries[3].bankTransactionCode, u"NTRF"_s);
    QCOMPARE(statement.entries[3].entryReference, u"po_1PdkDialect01"_s);
    // The field the parser read past is named with its line, for whoever wonders.
    QCOMPARE(parsed.value().notes.size(), 1);
    QVERIFY2(parsed.value().notes.first().contains(u":72:")
                 && parsed.value().notes.first().contains(path + u":15"_s),
             qPrintable(parsed.value().notes.join(u'|')));
}

QTEST_GUILESS_MAIN(TestStatementParsers)
#include "test_statement_parsers.moc"
