// German ships complete: every message of the source has a German translation, and the compiled
// catalogue embedded in the application translates the interface.
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void germanIsComplete()
    {
        QFile ts(QStringLiteral(PAYDECK_SOURCE_DIR "/translations/paydeck_de.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList missing;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == u"translation") {
                const auto type = xml.attributes().value(QStringLiteral("type"));
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == u"unfinished" || type == u"vanished" || text.trimmed().isEmpty())
                    missing << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void placeholdersSurviveTranslation()
    {
        QFile ts(QStringLiteral(PAYDECK_SOURCE_DIR "/translations/paydeck_de.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QString source;
        const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                auto collect = [&](const QString &s) {
                    QStringList out;
                    for (auto it = placeholder.globalMatch(s); it.hasNext();)
                        out << it.next().captured(0);
                    out.removeDuplicates();
                    out.sort();
                    return out;
                };
                QCOMPARE(collect(text), collect(source));
            }
        }
    }

    void theEmbeddedCatalogueTranslates()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/paydeck_de.qm")));
        QCOMPARE(translator.translate("paydeck::ui::MainWindow", "Overview"),
                 QStringLiteral("Übersicht"));
        QCOMPARE(
            translator.translate("paydeck::ui::TransactionsPage", "%Ln transaction(s)", nullptr, 2),
            QStringLiteral("%Ln Buchungen"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
