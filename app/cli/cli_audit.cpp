#include "cli_common.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace paydeck::cli {

/// `audit verify [--json]`: walks the audit trail's hash chain. Exit 0 when every link holds,
/// 1 with the first broken one.
int runAudit(const QString &dataDir, Arguments &args)
{
    const QStringList positional = args.rest();
    if (positional.isEmpty() || positional.first() != u"verify")
        return fail(tr("usage: audit verify [--json]"), 2);
    args.flag(QStringLiteral("verify"));
    const bool json = args.flag(QStringLiteral("--json"));
    if (const QString error = args.error(); !error.isEmpty())
        return fail(error, 2);
    auto opened = openReconciling(dataDir);
    if (!opened)
        return fail(opened.error());
    auto verified = opened.value()->service.verifyAudit();
    if (!verified)
        return fail(verified.error());
    const reconcile::AuditVerification &chain = verified.value();
    if (json) {
        QJsonObject object{{QStringLiteral("entries"), chain.entries},
                           {QStringLiteral("intact"), chain.intact},
                           {QStringLiteral("head_hash"), chain.headHash}};
        if (!chain.intact) {
            object.insert(QStringLiteral("broken_at"), chain.brokenAt);
            object.insert(QStringLiteral("problem"), chain.problem);
        }
        printOut(QJsonDocument(object).toJson(QJsonDocument::Indented).trimmed());
    } else if (chain.intact) {
        std::printf(
            "%s\n",
            qPrintable(tr("audit trail intact: %n entry(s), head %1", nullptr, chain.entries)
                           .arg(chain.headHash)));
    } else {
        std::fprintf(
            stderr,
            "%s\n",
            qPrintable(
                tr("audit trail BROKEN at entry %1: %2").arg(chain.brokenAt).arg(chain.problem)));
    }
    return chain.intact ? 0 : 1;
}

} // namespace paydeck::cli
