// Tables as spreadsheet files, checked with what their users open them with: CSV read by
// Python's csv module (as a spreadsheet reads it), XLSX read back with openpyxl. Hostile text
// stays text (OWASP CSV injection), negative amounts stay numbers, dates are dates, a file that
// was not finished is not there.
#include "export/table_export.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace paydeck;
using namespace paydeck::exporting;
using namespace Qt::StringLiterals;

namespace {

const std::vector<ExportColumn> kColumns{{u"Note"_s, CellKind::Text},
                                         {u"Amount"_s, CellKind::Money},
                                         {u"Count"_s, CellKind::Integer},
                                         {u"When (UTC)"_s, CellKind::Moment}};

/// Texts a spreadsheet would run, or that break naive CSV.
const std::vector<std::string> kHostile{"=HYPERLINK(\"http://x.test\",\"click\")",
                                        "+1+1",
                                        "-2+3",
                                        "@SUM(A1:A2)",
                                        "\t=1",
                                        "\r=1",
                                        "  =1+1",
                                        "a \"quoted\", comma",
                                        "two\nlines",
                                        "Zürich – 東京",
                                        std::string("nul\0inside", 10),
                                        "plain"};

void writeTable(const QString &path, ExportFormat format, bool finish = true)
{
    auto writer = openTableWriter(format, path, kColumns, u"Test"_s);
    QVERIFY2(writer.ok(), qPrintable(writer.error()));
    qint64 n = 0;
    for (const std::string &text : kHostile) {
        ++n;
        const qint64 minor = n % 2 ? -n * 1001 : n * 1001; // negatives among them
        QVERIFY(writer.value()
                    ->writeRow({ExportCell::ofText(text),
                                ExportCell::ofMoney(minor, n == 4 ? 0 : (n == 5 ? 3 : 2)),
                                ExportCell::ofInteger(n),
                                ExportCell::ofMoment(1790000000 + n * 86400)})
                    .ok());
    }
    QVERIFY(
        writer.value()
            ->writeRow(
                {ExportCell::none(), ExportCell::none(), ExportCell::none(), ExportCell::none()})
            .ok());
    QVERIFY(!writer.value()->writeRow({ExportCell::ofText("short")}).ok());
    if (finish) {
        const auto done = writer.value()->finish();
        QVERIFY2(done.ok(), qPrintable(done.error()));
    }
}

/// What a Python reader makes of the file, as JSON.
QJsonArray readBack(const QString &path, const char *script)
{
    QProcess python;
    // Debian's own Python, where python3-openpyxl is installed (not one first on PATH).
    const QString interpreter
        = QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s;
    python.start(interpreter, {u"-c"_s, QString::fromUtf8(script), path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0) {
        qWarning("python3: %s", python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

const char *const kReadCsv = R"(
import csv, json, sys
with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
    print(json.dumps(list(csv.reader(f))))
)";

const char *const kReadXlsx = R"(
import json, sys, datetime
from openpyxl import load_workbook
wb = load_workbook(sys.argv[1])
ws = wb.active
rows = []
for row in ws.iter_rows():
    rows.append([[type(c.value).__name__, str(c.value) if c.value is not None else None,
                  c.number_format] for c in row])
print(json.dumps({"rows": rows, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                  "title": ws.title}).join(['[', ']']))
)";

} // namespace

class TestTableExport : public QObject
{
    Q_OBJECT
private slots:
    void fieldsAreNeutralisedAndNumbersKeptBare()
    {
        QCOMPARE(csvTextField("=A1;\"x"), std::string("\"'=A1;\"\"x\""));
        QCOMPARE(csvTextField("  -1"), std::string("\"'  -1\""));
        QCOMPARE(csvTextField("ok"), std::string("\"ok\""));
        QCOMPARE(majorUnits(-1234, 2), std::string("-12.34"));
        QCOMPARE(majorUnits(5, 2), std::string("0.05"));
        QCOMPARE(majorUnits(-5, 3), std::string("-0.005"));
        QCOMPARE(majorUnits(1500, 0), std::string("1500"));
        QCOMPARE(majorUnits(std::numeric_limits<qint64>::min(), 2),
                 std::string("-92233720368547758.08"));
        QCOMPARE(utcMomentText(0), std::string("1970-01-01 00:00:00"));
        QCOMPARE(utcMomentText(1790000000), std::string("2026-09-21 14:13:20"));
        QCOMPARE(utcMomentText(951782400), std::string("2000-02-29 00:00:00"));
        QCOMPARE(utcMomentText(-1), std::string("1969-12-31 23:59:59"));
    }

    void csvOpensAsASpreadsheetWouldReadIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.csv"_s);
        writeTable(path, ExportFormat::Csv);
        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF\"Note\",\"Amount\",\"Count\",\"When (UTC)\"\r\n"));
        QVERIFY2(bytes.contains("\r\n\"'+1+1\",20.02,2,2026-09-23 14:13:20\r\n"),
                 bytes.constData());
        const QJsonArray rows = readBack(path, kReadCsv);
        QCOMPARE(rows.size(), qsizetype(kHostile.size() + 2));
        for (size_t i = 0; i < kHostile.size(); ++i) {
            const QJsonArray row = rows[qsizetype(i + 1)].toArray();
            const QString cell = row[0].toString();
            const QString original = QString::fromStdString(kHostile[i]);
            // Nothing starts as a formula; the text is there whole after the neutralising quote.
            const QString bare = cell.startsWith(u'\'') ? cell.mid(1) : cell;
            QCOMPARE(bare, original);
            QVERIFY2(!QStringLiteral("=+-@\t\r").contains(cell.trimmed().left(1)) || cell.isEmpty(),
                     qPrintable(cell));
        }
        QCOMPARE(rows[1].toArray()[1].toString(), u"-10.01"_s); // a negative amount, bare
        QCOMPARE(rows[4].toArray()[1].toString(), u"4004"_s);   // exponent 0
        QCOMPARE(rows[5].toArray()[1].toString(), u"-5.005"_s); // exponent 3
        QCOMPARE(rows.last().toArray(), (QJsonArray{u""_s, u""_s, u""_s, u""_s}));
    }

    void xlsxReadsBackTyped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.xlsx"_s);
        writeTable(path, ExportFormat::Xlsx);
        const QJsonArray wrapped = readBack(path, kReadXlsx);
        QVERIFY2(!wrapped.isEmpty(), "openpyxl could not read the file");
        const QJsonObject book = wrapped[0].toObject();
        QCOMPARE(book[u"title"_s].toString(), u"Test"_s);
        QCOMPARE(book[u"freeze"_s].toString(), u"A2"_s);
        QCOMPARE(book[u"filter"_s].toString(), u"A1:D14"_s);
        const QJsonArray rows = book[u"rows"_s].toArray();
        QCOMPARE(rows.size(), qsizetype(kHostile.size() + 1)); // the empty row has no cells
        for (size_t i = 0; i < kHostile.size(); ++i) {
            const QJsonArray row = rows[qsizetype(i + 1)].toArray();
            QCOMPARE(row[0].toArray()[0].toString(), u"str"_s); // text stays text, never a formula
            const QString amountType = row[1].toArray()[0].toString();
            QVERIFY2(amountType == u"float" || amountType == u"int", qPrintable(amountType));
            QCOMPARE(row[3].toArray()[0].toString(), u"datetime"_s);
            QCOMPARE(row[3].toArray()[2].toString(), u"yyyy-mm-dd hh:mm:ss"_s);
        }
        QCOMPARE(rows[1].toArray()[1].toArray()[1].toString(), u"-10.01"_s);
        QCOMPARE(rows[1].toArray()[1].toArray()[2].toString(), u"#,##0.00"_s);
        QCOMPARE(rows[4].toArray()[1].toArray()[2].toString(), u"#,##0"_s);
        QCOMPARE(rows[5].toArray()[1].toArray()[2].toString(), u"#,##0.000"_s);
        QCOMPARE(rows[2].toArray()[3].toArray()[1].toString(), u"2026-09-23 14:13:20"_s);
        QCOMPARE(rows[1].toArray()[0].toArray()[1].toString(), QString::fromStdString(kHostile[0]));
    }

    // An export that does not finish (an error, a cancel) leaves nothing under its name and no
    // temporary file beside it.
    void anUnfinishedFileIsNotThere()
    {
        for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
            QTemporaryDir dir;
            const QString path = dir.filePath(u"never"_s);
            writeTable(path, format, false);
            QVERIFY(!QFile::exists(path));
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{});
        }
        const auto nowhere
            = openTableWriter(ExportFormat::Xlsx, u"/nonexistent/dir/t.xlsx"_s, kColumns, u"T"_s);
        QVERIFY(!nowhere.ok());
        QVERIFY2(nowhere.error().contains(u"/nonexistent/dir/t.xlsx"_s),
                 qPrintable(nowhere.error()));
    }
};

QTEST_MAIN(TestTableExport)
#include "test_table_export.moc"
