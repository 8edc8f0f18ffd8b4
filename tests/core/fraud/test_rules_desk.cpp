// The rules desk's files: what is not a rule file is refused with its name and nothing else
// happens; an export is whole or absent.
#include "fraud/rules_desk.h"
#include "store/store_writer.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace paydeck;
using namespace Qt::StringLiterals;

class TestRulesDesk : public QObject
{
    Q_OBJECT
private:
    static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

private slots:
    void onlyRuleFilesComeIn()
    {
        QTemporaryDir dir;
        fraud::RulesDesk desk(dir.filePath(u"store.sqlite"_s), nullptr);
        QSignalSpy imported(&desk, &fraud::RulesDesk::imported);
        QSignalSpy failed(&desk, &fraud::RulesDesk::failed);
        const QByteArray good = "list vip: ada@example.com\nallow if :email: in @vip\n";
        const struct
        {
            QString file;
            QByteArray bytes;
            QString says;
        } cases[] = {
            {u"latin1.rules"_s, "allow if :email: = 'jos\xe9@example.com'\n", u"UTF-8"_s},
            {u"nul.rules"_s, QByteArray("allow if :risk_score: < 1\n\0", 27), u"UTF-8"_s},
            {u"huge.rules"_s,
             QByteArray(fraud::RulesDesk::kMaxFileBytes + 1, '#'),
             u"is not a rule file"_s},
            {u"broken.rules"_s, "# fine\nreview when :amount: > 5\n", u"line 2, column 8"_s},
        };
        for (const auto &c : cases) {
            const QString path = write(dir, c.file, c.bytes);
            QVERIFY(!path.isEmpty());
            desk.importFile(path);
            QCOMPARE(failed.count(), 1);
            const QString message = failed.takeFirst()[0].toString();
            QVERIFY2(message.contains(c.file) && message.contains(c.says), qPrintable(message));
        }
        desk.importFile(dir.filePath(u"missing.rules"_s));
        QVERIFY(failed.takeFirst()[0].toString().contains(u"missing.rules"_s));
        QCOMPARE(imported.count(), 0);
        desk.importFile(write(dir, u"good.rules"_s, good));
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported[0][1].toString(), QString::fromUtf8(good));
        QVERIFY(failed.isEmpty());
    }

    void anExportIsWholeOrAbsent()
    {
        QTemporaryDir dir;
        fraud::RulesDesk desk(dir.filePath(u"store.sqlite"_s), nullptr);
        QSignalSpy exported(&desk, &fraud::RulesDesk::exported);
        QSignalSpy failed(&desk, &fraud::RulesDesk::failed);
        const QString text = u"block if :card_bin: = '453978' # Zürich\n"_s;
        desk.exportFile(dir.filePath(u"out.rules"_s), text);
        QCOMPARE(exported.count(), 1);
        QFile out(dir.filePath(u"out.rules"_s));
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(out.readAll()), text);
        desk.exportFile(dir.filePath(u"no/such/folder/out.rules"_s), text);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed[0][0].toString().contains(u"no/such/folder/out.rules"_s));
        QVERIFY(!QFile::exists(dir.filePath(u"no/such/folder/out.rules"_s)));
    }
};

QTEST_MAIN(TestRulesDesk)
#include "test_rules_desk.moc"
