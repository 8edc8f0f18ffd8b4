// paydeck-cli: the engine without a window — sandbox, sync, status.
#include "cli_common.h"
#include "cli_export.h"

#include <sys/stat.h>

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

using namespace paydeck::cli;

namespace {

const char *const kUsage
    = "usage: paydeck-cli [--data-dir DIR] COMMAND [OPTIONS]\n"
      "\n"
      "commands:\n"
      "  sandbox --listen 127.0.0.1:PORT [--seed N] [--history-days D] [--backfill-count N]\n"
      "          [--rate PER_MINUTE] [--truth FILE] [--anchor UNIX_TIME] [--faults SPEC]\n"
      "          [--outage FROM-TO] [--webhook-url http://127.0.0.1:PORT/ --webhook-secret S]\n"
      "          [--statement-out FILE [--statement-format camt053|mt940]] [--ledger-out FILE]\n"
      "          [--fx-out FILE] [--incident KIND:START:DURATION]… [--fraud-rate X]\n"
      "      serve the built-in Stripe-compatible provider over HTTPS on loopback\n"
      "  sync --stripe-url URL [--stripe-url FALLBACK…] --api-key KEY [--ca-cert PATH] [--source "
      "NAME]\n"
      "       [--follow] [--json] [--connect-timeout MS] [--read-timeout MS]\n"
      "       [--requests-per-second N] [--ip-key KEY]\n"
      "      pull balance transactions, charges, refunds, payouts and disputes into the store;\n"
      "      each charge is scored for fraud as it lands (the buyer's IP from metadata KEY)\n"
      "  serve --webhook-listen 127.0.0.1:PORT --webhook-secret SECRET --stripe-url URL --api-key "
      "KEY\n"
      "        [--ca-cert PATH] [--source NAME] [--notify-url URL… [--notify-secret S]\n"
      "        [--notify-slack] [--notify-group-by LABEL,…] [--notify-group-wait SECONDS]]\n"
      "        [--ip-key KEY]\n"
      "      keep syncing, sync at once when a verified Stripe webhook arrives, judge the alert\n"
      "      rules and POST what fires and resolves (signed: Paydeck-Signature, as Stripe's)\n"
      "  status --json\n"
      "      counts and sums per object type, and each source's sync state\n"
      "  webhook verify --secret S --header H --payload-file F [--now UNIX] [--tolerance S]\n"
      "      check a Stripe-Signature header; exit 0 when valid, 1 with the reason otherwise\n"
      "  import-statement FILE... [--json] [--mapping NAME] [--save-mapping NAME]\n"
      "      import bank statements (camt.052/053/054, MT940/MT942, CSV), each file all or "
      "nothing\n"
      "  import-ledger FILE --mapping NAME [--json]\n"
      "      import receivables from a CSV export (a new NAME detects and saves the columns)\n"
      "  reconcile [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--dry-run] [--json] [--rules FILE]\n"
      "            [--only payout_bank|charge_ledger|payout_transactions]\n"
      "      match payouts to bank lines and their transactions, charges to the ledger\n"
      "  exceptions [--json] [--candidates] [--kind K] [--reconciliation R] [--search TEXT]\n"
      "      the open exceptions of the latest run (with --candidates: what could complete them)\n"
      "  decide match --exception ID --with ITEM_ID[,…] --note TEXT [--json]\n"
      "  decide write-off --exception ID --note TEXT [--json]\n"
      "  decide unmatch --group G --note TEXT [--json]\n"
      "      a person's decision, audited with who, when and why\n"
      "  audit verify [--json]\n"
      "      check the audit trail's hash chain; exit 1 naming the first entry changed behind\n"
      "      Paydeck's back\n"
      "  fx import FILE... [--json]\n"
      "  fx fetch [URL] [--ca-cert PATH] [--json]\n"
      "      euro reference rates in the ECB's XML format (default URL: the ECB's history)\n"
      "  fx show [--date YYYY-MM-DD] [--json]\n"
      "      each currency's rate per EUR on that day, with its date and source\n"
      "  analytics [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--currency CUR]\n"
      "            [--by currency|method|country|decline_code|day|hour|source] [--json]\n"
      "      volume, success and declines, refunds, disputes, fees, net and payouts (UTC days;\n"
      "      --currency adds totals converted at each day's rate, naming what has none)\n"
      "  alerts list [--state STATE] [--json]\n"
      "      every alert rule's state, value, labels, when it started and last resolved\n"
      "  alerts rules export FILE | alerts rules import FILE [--user NAME]\n"
      "      the rules as a JSON file (an import is refused whole when a rule is wrong)\n"
      "  alerts backtest FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]\n"
      "      when the file's rules would have fired and resolved over the stored history\n"
      "  alerts silence --match LABEL=VALUE… --for 2h --comment WHY [--user NAME]\n"
      "                 [--weekdays sat,sun] [--hours 22:00-06:00]   (a recurring mute timing)\n"
      "  alerts ack RULE [--note TEXT] [--user NAME]\n"
      "  alerts check\n"
      "      judge every rule once now and keep the states (for a scheduler instead of serve)\n"
      "  fraud score [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--min-score N] [--ip-key KEY] "
      "[--json]\n"
      "      each charge's risk score 0-100, its action (allow, review, block) and the reasons,\n"
      "      counted over every source's history (the IP is read from the charge's metadata)\n"
      "  fraud backtest [RULES] [--labels FILE] [--from D] [--to D] [--ip-key KEY] [--json]\n"
      "      precision and recall of a rule file (default: the rules in force; before any import\n"
      "      the score's review from 65, block from 85) against disputes marked fraudulent and the "
      "fraud_label lines of FILE (e.g.\n"
      "      the sandbox's --truth), beside the provider's own risk level; money flagged; per "
      "rule\n"
      "  fraud rules check FILE | default | import FILE [--user NAME] | export FILE | history\n"
      "      parse a rule file (errors name line and column) | print the defaults | put a file in\n"
      "      force as the next version (audited) | write the rules in force | list the versions\n"
      "  fraud entity card:FP|email:E|ip:IP|customer:ID|bin:IIN [--ip-key KEY] [--json]\n"
      "      every charge of one card, e-mail, IP or customer across sources, what became of\n"
      "      them (refunds, disputes), and the entities linked through them\n"
      "  fraud reviews [--status open|needs_info|approved|fraudulent|all] [--assignee NAME] "
      "[--json]\n"
      "      the review queue sync and serve fill (scored as each charge lands), riskiest first\n"
      "  fraud review CHARGE [--json] | assign CHARGE [--to NAME] | decide CHARGE "
      "approved|fraudulent|needs_info [--note T] | note CHARGE TEXT | undo CHARGE\n"
      "      an analyst's work on one review (audited; a stale change is refused)\n"
      "  fraud refund CHARGE --yes [--note T]\n"
      "      refund as fraudulent through the provider (POST /v1/refunds, idempotent)\n"
      "  fraud block card:FP|email:E|ip:IP | list-add LIST VALUE\n"
      "      block an entity from now on, or add a value to a list (a new rules version)\n"
      "  export transactions [--from YYYY-MM-DD] [--to YYYY-MM-DD] --format csv|xlsx --out FILE "
      "[--json]\n"
      "      every source's balance transactions of those days (default: the last 30) for a\n"
      "      spreadsheet: CSV (UTF-8, RFC 4180, formulas neutralised) or XLSX (typed cells)\n"
      "  payouts [--state expected|arrived|amount_differs|late|missing|…] [--today D] [--json]\n"
      "      each payout's expected bank day (arrival date + the bank's learned lag in business\n"
      "      days; holidays.json in the data directory adds closing days) and whether it came\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("paydeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDECK_VERSION));

    QStringList arguments = app.arguments().mid(1);
    QString dataDirOverride;
    while (!arguments.isEmpty() && arguments.first().startsWith(u"--")) {
        const QString option = arguments.takeFirst();
        if (option == u"--data-dir" && !arguments.isEmpty()) {
            dataDirOverride = arguments.takeFirst();
        } else if (option.startsWith(u"--data-dir=")) {
            dataDirOverride = option.mid(11);
        } else if (option == u"--help" || option == u"-h") {
            std::fputs(kUsage, stdout);
            return 0;
        } else if (option == u"--version") {
            std::printf("paydeck-cli %s\n", PAYDECK_VERSION);
            return 0;
        } else {
            std::fputs(kUsage, stderr);
            return fail(QCoreApplication::translate("cli", "unknown option %1").arg(option), 2);
        }
    }
    if (arguments.isEmpty()) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    const QString command = arguments.takeFirst();
    Arguments args(arguments);
    // Everything written holds customers' names and e-mails: private to its owner.
    ::umask(0077);
    const auto dataDirResult = dataDirectory(dataDirOverride);
    if (!dataDirResult)
        return fail(dataDirResult.error());
    const QString dataDir = dataDirResult.value();
    if (command == u"sandbox")
        return runSandbox(dataDir, args);
    if (command == u"sync")
        return runSync(dataDir, args);
    if (command == u"serve")
        return runServe(dataDir, args);
    if (command == u"status")
        return runStatus(dataDir, args);
    if (command == u"webhook")
        return runWebhook(dataDir, args);
    if (command == u"import-statement")
        return runImportStatement(dataDir, args);
    if (command == u"import-ledger")
        return runImportLedger(dataDir, args);
    if (command == u"reconcile")
        return runReconcile(dataDir, args);
    if (command == u"exceptions")
        return runExceptions(dataDir, args);
    if (command == u"decide")
        return runDecide(dataDir, args);
    if (command == u"audit")
        return runAudit(dataDir, args);
    if (command == u"fx")
        return runFx(dataDir, args);
    if (command == u"analytics")
        return runAnalytics(dataDir, args);
    if (command == u"alerts")
        return runAlerts(dataDir, args);
    if (command == u"payouts")
        return runPayouts(dataDir, args);
    if (command == u"fraud")
        return runFraud(dataDir, args);
    if (command == u"export")
        return runExport(dataDir, args);
    std::fputs(kUsage, stderr);
    return fail(QCoreApplication::translate("cli", "unknown command %1").arg(command), 2);
}
