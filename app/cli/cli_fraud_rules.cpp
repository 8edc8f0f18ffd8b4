#include "cli_fraud_rules.h"

#include "store/fraud_repository.h"
#include "store/session.h"
#include "store/store_writer.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace paydeck::cli {

namespace {

Result<QString> readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("cannot read %1: %2").arg(path, file.errorString()));
    return QString::fromUtf8(file.readAll());
}

/// The text in force: the newest stored version, or the defaults.
Result<QString> activeText(store::Session &session)
{
    auto active = session.fraud().activeRules();
    if (!active)
        return makeError(active.error());
    return active.value() ? active.value()->text : fraud::FraudRuleSet::defaultText();
}

int importRules(const QString &dataDir, const QString &path, const QString &who)
{
    const auto text = readText(path);
    if (!text)
        return fail(text.error());
    const auto rules = fraud::FraudRuleSet::parse(text.value());
    if (!rules)
        return fail(tr("%1: %2").arg(path, rules.error())); // nothing is kept
    CommandWriter command(dataDir);
    if (!command.started)
        return fail(command.started.error());
    int version = 0;
    auto saved = runWriterJob(
        command.writer,
        [&](store::Session &session) -> Result<void> {
            auto kept = session.fraud().saveRules(text.value(), who);
            if (!kept)
                return makeError(kept.error());
            version = kept.value();
            return {};
        },
        store::ChangeSet::FraudRules);
    if (!saved)
        return fail(saved.error());
    printOut(tr("%1 rules in force as version %2")
                 .arg(rules.value().rules().size())
                 .arg(version)
                 .toUtf8());
    return 0;
}

int exportRules(const QString &dataDir, const QString &path)
{
    auto session = store::openSession(storePath(dataDir), store::Access::ReadOnly);
    if (!session)
        return fail(session.error());
    const auto text = activeText(*session.value());
    if (!text)
        return fail(text.error());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(text.value().toUtf8()) < 0 || !out.commit())
        return fail(tr("cannot write %1: %2").arg(path, out.errorString()));
    printOut(tr("the rules in force written to %1").arg(path).toUtf8());
    return 0;
}

int history(const QString &dataDir)
{
    auto session = store::openSession(storePath(dataDir), store::Access::ReadOnly);
    if (!session)
        return fail(session.error());
    const auto versions = session.value()->fraud().ruleHistory();
    if (!versions)
        return fail(versions.error());
    if (versions.value().empty())
        printOut(tr("no rules imported: Paydeck's defaults are in force").toUtf8());
    for (const store::StoredFraudRules &v : versions.value())
        std::printf(
            "%s\n",
            qPrintable(
                tr("version %1, %2 by %3")
                    .arg(v.version)
                    .arg(QDateTime::fromSecsSinceEpoch(v.changedAt, Qt::UTC).toString(Qt::ISODate),
                         v.changedBy)));
    return 0;
}

} // namespace

Result<fraud::FraudRuleSet> loadFraudRules(const std::optional<QString> &path,
                                           store::Session *session)
{
    if (!path) {
        QString text = fraud::FraudRuleSet::defaultText();
        if (session) {
            auto active = activeText(*session);
            if (!active)
                return makeError(active.error());
            text = active.value();
        }
        return fraud::FraudRuleSet::parse(text);
    }
    const auto text = readText(*path);
    if (!text)
        return makeError(text.error());
    auto rules = fraud::FraudRuleSet::parse(text.value());
    if (!rules)
        return makeError(tr("%1: %2").arg(*path, rules.error()));
    return rules;
}

int runFraudRules(const QString &dataDir, Arguments &args)
{
    const auto user = args.value(QStringLiteral("--user"));
    const QStringList words = args.positional();
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    const QString verb = words.value(0);
    if (words.size() == 1 && verb == u"default") {
        std::fputs(qPrintable(fraud::FraudRuleSet::defaultText()), stdout);
        return 0;
    }
    if (words.size() == 1 && verb == u"history")
        return history(dataDir);
    if (words.size() == 2 && verb == u"import")
        return importRules(dataDir,
                           words[1],
                           user && !user->isEmpty() ? *user
                                                    : qEnvironmentVariable("USER", tr("unknown")));
    if (words.size() == 2 && verb == u"export")
        return exportRules(dataDir, words[1]);
    if (words.size() != 2 || verb != u"check")
        return fail(tr("usage: fraud rules check FILE | default | import FILE [--user NAME] | "
                       "export FILE | history"),
                    2);
    const auto rules = loadFraudRules(words[1]);
    if (!rules)
        return fail(rules.error());
    std::printf("%s\n",
                qPrintable(tr("%1: %2 rules, %3 lists")
                               .arg(words[1])
                               .arg(rules.value().rules().size())
                               .arg(rules.value().lists().size())));
    return 0;
}

} // namespace paydeck::cli
