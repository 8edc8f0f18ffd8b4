#include "cli_fraud_rules.h"

#include <QFile>

#include <cstdio>

namespace paydeck::cli {

Result<fraud::FraudRuleSet> loadFraudRules(const std::optional<QString> &path)
{
    if (!path)
        return fraud::FraudRuleSet::parse(fraud::FraudRuleSet::defaultText());
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(tr("cannot read %1: %2").arg(*path, file.errorString()));
    auto rules = fraud::FraudRuleSet::parse(QString::fromUtf8(file.readAll()));
    if (!rules)
        return makeError(tr("%1: %2").arg(*path, rules.error()));
    return rules;
}

int runFraudRules(Arguments &args)
{
    const QStringList words = args.positional();
    const QString usage = tr("usage: fraud rules check FILE | fraud rules default");
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    if (words.size() == 1 && words[0] == u"default") {
        std::fputs(qPrintable(fraud::FraudRuleSet::defaultText()), stdout);
        return 0;
    }
    if (words.size() != 2 || words[0] != u"check")
        return fail(usage, 2);
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
