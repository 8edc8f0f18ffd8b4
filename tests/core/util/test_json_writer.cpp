// The sandbox's JSON writer: what it writes reads back as what was written, whatever the text
// holds (quotes, backslashes, control bytes, non-ASCII), and plain text is copied as it is.
#include "util/json_writer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace paydeck;

class TestJsonWriter : public QObject
{
    Q_OBJECT
private slots:
    void textReadsBackAsWritten_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("plain") << QByteArray("po_1OYcjUErza2E7wO6nFpjPna2");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("quotes and backslashes") << QByteArray(R"(say "hi" \ C:\path\)");
        QTest::newRow("controls") << QByteArray("a\nb\rc\td\x01\x1f"
                                                "e",
                                                11);
        QTest::newRow("escape at both ends") << QByteArray("\"middle\"");
        QTest::newRow("utf-8") << QByteArray("Zürich — 東京 💳");
    }

    void textReadsBackAsWritten()
    {
        QFETCH(QByteArray, text);
        std::string out;
        JsonWriter w(out);
        w.beginObject().key("k\"ey").value(std::string_view(text.constData(), size_t(text.size())));
        w.key("n").value(qint64(-42)).key("b").value(true).key("z").null().endObject();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(out), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, out.c_str());
        const QJsonObject o = doc.object();
        QCOMPARE(o.value(QStringLiteral("k\"ey")).toString().toUtf8(), text);
        QCOMPARE(o.value(QStringLiteral("n")).toInteger(), -42);
        QVERIFY(o.value(QStringLiteral("z")).isNull());
    }

    void plainTextIsCopiedAsItIs()
    {
        std::string out;
        JsonWriter::appendEscaped(out, "txn_1 abc");
        QCOMPARE(QByteArray::fromStdString(out), QByteArray("\"txn_1 abc\""));
        out.clear();
        JsonWriter::appendEscaped(out, std::string_view("\x01", 1));
        QCOMPARE(QByteArray::fromStdString(out), QByteArray("\"\\u0001\""));
    }

    // Text is scanned eight bytes at a time: a character needing an escape is found at every
    // position of a word, next to UTF-8 bytes (which must not be mistaken for control bytes).
    void everyPositionOfAWordIsEscaped()
    {
        const std::string special[] = {"\"", "\\", "\n", std::string(1, '\0'), "\x1f"};
        for (const std::string &c : special) {
            for (size_t at = 0; at < 24; ++at) {
                std::string text = std::string(30, 'a') + "é";
                text.replace(at, 1, c);
                std::string out;
                JsonWriter(out).beginArray().value(text).endArray();
                QJsonParseError error;
                const QJsonDocument doc
                    = QJsonDocument::fromJson(QByteArray::fromStdString(out), &error);
                QVERIFY2(error.error == QJsonParseError::NoError, out.c_str());
                QCOMPARE(doc.array().at(0).toString().toStdString(),
                         QString::fromUtf8(text.data(), qsizetype(text.size())).toStdString());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "test_json_writer.moc"
