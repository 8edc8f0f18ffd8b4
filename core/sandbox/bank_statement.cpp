#include "bank_statement.h"

#include "domain/currency.h"
#include "export_text.h"
#include "random.h"
#include "sandbox_time.h"

#include <QDateTime>
#include <QJsonArray>
#include <QXmlStreamWriter>

#include <algorithm>
#include <map>
#include <set>

namespace paydeck::sandbox {

namespace {

std::string accountFor(const std::string &currency)
{
    // A multi-currency business account: one sub-account per currency.
    static const std::map<std::string, std::string> accounts{{"USD", "US64SVBKUS6S3300958879"},
                                                             {"EUR", "DE89370400440532013000"},
                                                             {"GBP", "GB29NWBK60161331926819"},
                                                             {"JPY", "JP0012345678901234567"},
                                                             {"CAD", "CA0012345000000012345"},
                                                             {"AUD", "AU0012345678901234567"},
                                                             {"CHF", "CH9300762011623852957"},
                                                             {"BHD", "BH67BMAG00001299123456"}};
    const auto it = accounts.find(currency);
    return it != accounts.end() ? it->second : "XX00PAYDECK" + currency;
}

QString isoDay(qint64 day)
{
    return QDateTime::fromSecsSinceEpoch(day, Qt::UTC).date().toString(Qt::ISODate);
}

QString yymmdd(qint64 day)
{
    return QDateTime::fromSecsSinceEpoch(day, Qt::UTC).date().toString(QStringLiteral("yyMMdd"));
}

} // namespace

qint64 BankAccountStatement::closing() const
{
    qint64 sum = opening;
    for (const auto &line : lines)
        sum += line.amount;
    return sum;
}

QJsonObject BankStatementExpectation::toJson() const
{
    QJsonArray exceptions;
    if (!missingPayout.empty())
        exceptions.append(
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("unmatched")},
                        {QStringLiteral("side"), QStringLiteral("provider")},
                        {QStringLiteral("payout"), QString::fromStdString(missingPayout)}});
    if (!shortPayout.empty())
        exceptions.append(
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("amount_mismatch")},
                        {QStringLiteral("side"), QStringLiteral("provider")},
                        {QStringLiteral("payout"), QString::fromStdString(shortPayout)},
                        {QStringLiteral("difference"), -shortBy}});
    if (!duplicatedPayout.empty())
        exceptions.append(
            QJsonObject{{QStringLiteral("kind"), QStringLiteral("duplicate")},
                        {QStringLiteral("side"), QStringLiteral("bank")},
                        {QStringLiteral("payout"), QString::fromStdString(duplicatedPayout)}});
    QJsonArray splits, merged;
    for (const auto &id : splitPayouts)
        splits.append(QString::fromStdString(id));
    for (const auto &group : mergedPayouts) {
        QJsonArray ids;
        for (const auto &id : group)
            ids.append(QString::fromStdString(id));
        merged.append(ids);
    }
    QJsonArray missingByIncident;
    for (const auto &id : incidentMissing)
        missingByIncident.append(QString::fromStdString(id));
    return QJsonObject{{QStringLiteral("object"), QStringLiteral("reconciliation_expectation")},
                       {QStringLiteral("payout_missing_incident"), missingByIncident},
                       {QStringLiteral("exceptions"), exceptions},
                       {QStringLiteral("split_payouts"), splits},
                       {QStringLiteral("merged_payouts"), merged},
                       {QStringLiteral("truncated_references"), truncatedReferences},
                       {QStringLiteral("unreferenced_lines"), unreferencedLines},
                       {QStringLiteral("payouts_booked"), payoutsBooked},
                       {QStringLiteral("payouts_not_yet_booked"), payoutsNotYetBooked}};
}

namespace {

std::string servicerRefFor(const std::string &payoutId, int part)
{
    return "PDK" + upperCode(payoutId.substr(payoutId.size() > 12 ? payoutId.size() - 12 : 0)) + "-"
           + std::to_string(part);
}

} // namespace

namespace {

/// The payouts a bank statement books: paid or on their way, by arrival, currency and id.
std::vector<const Payout *> bookablePayouts(const std::vector<Payout> &allPayouts)
{
    std::vector<const Payout *> payouts;
    for (const auto &p : allPayouts)
        if ((p.status == "paid" || p.status == "in_transit") && p.amount > 0)
            payouts.push_back(&p);
    std::sort(payouts.begin(), payouts.end(), [](const Payout *a, const Payout *b) {
        return std::tie(a->arrivalDate, a->currency, a->id)
               < std::tie(b->arrivalDate, b->currency, b->id);
    });
    return payouts;
}

/// Whether a payout_missing incident keeps the payout from the bank.
bool keptFromBank(const Payout &p, const std::vector<Incident> &incidents)
{
    return std::any_of(incidents.begin(), incidents.end(), [&](const Incident &incident) {
        return incident.kind == "payout_missing" && p.arrivalDate >= incident.from
               && p.arrivalDate < incident.to;
    });
}

/// The payouts the bank treats specially (by index into the bookable payouts).
struct SpecialCases
{
    std::optional<size_t> missing, shortOne, duplicated;
    std::vector<size_t> splits;
    std::optional<std::pair<size_t, size_t>> merge; // two payouts in one line
};

SpecialCases chooseSpecialCases(const std::vector<const Payout *> &payouts,
                                quint64 seed,
                                qint64 firstDay,
                                qint64 lastDay,
                                const std::vector<Incident> &incidents,
                                bool builtInMissing)
{
    SpecialCases out;
    // The special cases come from the statement's first 18 days and arrived at least five
    // business days before its end, so no window can still call them pending, each the payout
    // with the smallest hash for its purpose. 18 days, not three weeks: for a statement of four
    // weeks or more the second condition then always holds, and a statement written on a
    // later day chooses the same payouts (a payout arriving on day 20 passed it only later).
    std::vector<size_t> early;
    for (size_t i = 0; i < payouts.size(); ++i)
        if (!keptFromBank(*payouts[i], incidents)
            && startOfDay(payouts[i]->arrivalDate) < firstDay + 18 * kDay
            && addBusinessDays(startOfDay(payouts[i]->arrivalDate), 5) <= lastDay - 3 * kDay)
            early.push_back(i);
    std::set<size_t> special;
    const auto pick = [&](const char *purpose, auto accept) -> std::optional<size_t> {
        std::optional<size_t> best;
        quint64 bestHash = 0;
        for (const size_t i : early) {
            if (special.count(i) || !accept(*payouts[i]))
                continue;
            const quint64 h = stableHash(seed, payouts[i]->id, purpose);
            if (!best || h < bestHash) {
                best = i;
                bestHash = h;
            }
        }
        if (best)
            special.insert(*best);
        return best;
    };
    const auto twoDecimals = [](const Payout &p) {
        return exponentOf(upperCode(p.currency)) == 2;
    };
    if (builtInMissing)
        out.missing = pick("missing", [](const Payout &) { return true; });
    out.shortOne
        = pick("short", [&](const Payout &p) { return twoDecimals(p) && p.amount > 10000; });
    out.duplicated = pick("duplicate", [](const Payout &) { return true; });
    for (const char *purpose : {"split-1", "split-2"})
        if (const auto i = pick(purpose, [](const Payout &p) { return p.amount > 1000; }))
            out.splits.push_back(*i);
    // A merge: two consecutive payouts of one currency, one business day apart, in one line.
    std::optional<std::pair<size_t, size_t>> &merge = out.merge;
    quint64 mergeHash = 0;
    for (const size_t a : early) {
        for (size_t b = a + 1; b < payouts.size(); ++b) {
            if (payouts[b]->currency != payouts[a]->currency)
                continue;
            const bool usable = !special.count(a) && !special.count(b)
                                && std::find(early.begin(), early.end(), b) != early.end()
                                && startOfDay(payouts[b]->arrivalDate)
                                       <= addBusinessDays(startOfDay(payouts[a]->arrivalDate), 1);
            const quint64 h = stableHash(seed, payouts[a]->id, "merge");
            if (usable && (!merge || h < mergeHash)) {
                merge = std::pair(a, b);
                mergeHash = h;
            }
            break;
        }
    }
    if (merge) {
        special.insert(merge->first);
        special.insert(merge->second);
    }

    return out;
}

/// Books one payout on its currency's account as the bank would (or not at all), and notes
/// what the reconciliation should then find.
void bookPayout(const std::vector<const Payout *> &payouts,
                size_t i,
                const SpecialCases &special,
                const std::vector<Incident> &incidents,
                quint64 seed,
                qint64 lastDay,
                std::map<std::string, BankAccountStatement> &accounts,
                BankStatementExpectation &expect)
{
    const Payout &p = *payouts[i];
    Random random(stableHash(seed, p.id, "line"));
    const std::string currency = upperCode(p.currency);
    auto &account = accounts[currency];
    account.currency = currency;
    const qint64 arrival = startOfDay(p.arrivalDate);
    const qint64 booking = addBusinessDays(arrival, 1 + int(random.below(3)));
    if (special.missing && i == *special.missing) {
        expect.missingPayout = p.id;
        return;
    }
    if (keptFromBank(p, incidents)) {
        expect.incidentMissing.push_back(p.id);
        return;
    }
    if (special.merge && i == special.merge->first)
        return; // booked with the second
    if (booking > lastDay) {
        ++expect.payoutsNotYetBooked;
        return;
    }
    ++expect.payoutsBooked;
    BankLine line;
    line.payouts = {p.id};
    line.amount = p.amount;
    line.bookingDay = booking;
    line.valueDay = booking;
    line.servicerRef = servicerRefFor(p.id, 1);
    line.remittance = "STRIPE PAYOUT " + p.id;
    const double roll = random.uniform();
    if (special.merge && i == special.merge->second) {
        const Payout &first = *payouts[special.merge->first];
        ++expect.payoutsBooked;
        line.payouts = {first.id, p.id};
        line.amount = first.amount + p.amount;
        line.remittance = "STRIPE PAYOUTS";
        // A bank merges what it books together: within three business days of the first.
        line.bookingDay
            = std::min(line.bookingDay, addBusinessDays(startOfDay(first.arrivalDate), 3));
        line.valueDay = line.bookingDay;
        expect.mergedPayouts.push_back({first.id, p.id});
        account.lines.push_back(line);
        return;
    }
    if (std::find(special.splits.begin(), special.splits.end(), i) != special.splits.end()) {
        const qint64 part = p.amount * 6 / 10;
        BankLine second = line;
        line.amount = part;
        line.remittance = "STRIPE PAYOUT " + p.id + " 1/2";
        second.amount = p.amount - part;
        second.remittance = "STRIPE PAYOUT " + p.id + " 2/2";
        second.servicerRef = servicerRefFor(p.id, 2);
        expect.splitPayouts.push_back(p.id);
        account.lines.push_back(line);
        account.lines.push_back(second);
        return;
    }
    if (special.shortOne && i == *special.shortOne) {
        expect.shortPayout = p.id;
        expect.shortBy = 150; // a correspondent bank's fee, not stated on the statement
        line.amount -= expect.shortBy;
    } else if (special.duplicated && i == *special.duplicated) {
        expect.duplicatedPayout = p.id;
        BankLine again = line;
        again.bookingDay
            = addBusinessDays(booking, 1) <= lastDay ? addBusinessDays(booking, 1) : booking;
        again.valueDay = again.bookingDay;
        again.servicerRef = servicerRefFor(p.id, 2);
        account.lines.push_back(line);
        account.lines.push_back(again);
        return;
    } else if (roll < 0.15) {
        // The bank cut the remittance field: the id loses its tail.
        line.remittance = line.remittance.substr(0, 14 + 3 + 10 + size_t(random.below(8)));
        ++expect.truncatedReferences;
    } else if (roll < 0.20) {
        line.remittance = "STRIPE TRANSFER";
        ++expect.unreferencedLines;
    } else if (roll < 0.50) {
        line.endToEndId = p.id;
    }
    account.lines.push_back(line);
}

} // namespace

BankStatement makeBankStatement(const std::vector<Payout> &allPayouts,
                                quint64 seed,
                                qint64 until,
                                const std::vector<Incident> &incidents,
                                bool builtInMissing)
{
    BankStatement statement;
    statement.created = until;
    const qint64 lastDay = startOfDay(until);
    const std::vector<const Payout *> payouts = bookablePayouts(allPayouts);
    qint64 firstDay = lastDay;
    for (const auto *p : payouts)
        firstDay = std::min(firstDay, startOfDay(p->arrivalDate));
    const SpecialCases special
        = chooseSpecialCases(payouts, seed, firstDay, lastDay, incidents, builtInMissing);
    std::map<std::string, BankAccountStatement> accounts;
    for (size_t i = 0; i < payouts.size(); ++i)
        bookPayout(payouts, i, special, incidents, seed, lastDay, accounts, statement.expectation);
    for (auto &[currency, account] : accounts) {
        account.account = accountFor(currency);
        // An opening balance that looks like a business account's.
        const qint64 units = 100000 + qint64(stableHash(seed, currency, "opening") % 900000);
        const auto code = Currency::fromCode(std::string_view(currency));
        account.opening = units * (code ? code->minorPerMajor() : 100);
        account.fromDay = firstDay;
        account.toDay = lastDay;
        std::stable_sort(
            account.lines.begin(), account.lines.end(), [](const BankLine &a, const BankLine &b) {
                return a.bookingDay < b.bookingDay;
            });
        statement.accounts.push_back(account);
    }
    return statement;
}

QByteArray writeCamt053(const BankStatement &statement)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Document"));
    xml.writeDefaultNamespace(QStringLiteral("urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"));
    xml.writeStartElement(QStringLiteral("BkToCstmrStmt"));
    const QString created
        = QDateTime::fromSecsSinceEpoch(statement.created, Qt::UTC).toString(Qt::ISODate);
    xml.writeStartElement(QStringLiteral("GrpHdr"));
    xml.writeTextElement(QStringLiteral("MsgId"),
                         QStringLiteral("PAYDECK-SANDBOX-%1").arg(statement.created));
    xml.writeTextElement(QStringLiteral("CreDtTm"), created);
    xml.writeEndElement();
    int number = 0;
    const auto amount = [&](const QString &element, qint64 minor, const std::string &currency) {
        xml.writeStartElement(element);
        xml.writeAttribute(QStringLiteral("Ccy"), QString::fromStdString(currency));
        xml.writeCharacters(plainAmount(minor < 0 ? -minor : minor, currency));
        xml.writeEndElement();
    };
    const auto balance
        = [&](const char *code, qint64 minor, qint64 day, const std::string &currency) {
              xml.writeStartElement(QStringLiteral("Bal"));
              xml.writeStartElement(QStringLiteral("Tp"));
              xml.writeStartElement(QStringLiteral("CdOrPrtry"));
              xml.writeTextElement(QStringLiteral("Cd"), QString::fromLatin1(code));
              xml.writeEndElement();
              xml.writeEndElement();
              amount(QStringLiteral("Amt"), minor, currency);
              xml.writeTextElement(QStringLiteral("CdtDbtInd"),
                                   minor < 0 ? QStringLiteral("DBIT") : QStringLiteral("CRDT"));
              xml.writeStartElement(QStringLiteral("Dt"));
              xml.writeTextElement(QStringLiteral("Dt"), isoDay(day));
              xml.writeEndElement();
              xml.writeEndElement();
          };
    for (const auto &account : statement.accounts) {
        xml.writeStartElement(QStringLiteral("Stmt"));
        xml.writeTextElement(QStringLiteral("Id"),
                             QStringLiteral("STMT-%1-%2")
                                 .arg(QString::fromStdString(account.currency))
                                 .arg(++number));
        xml.writeTextElement(QStringLiteral("ElctrncSeqNb"), QString::number(number));
        xml.writeTextElement(QStringLiteral("CreDtTm"), created);
        xml.writeStartElement(QStringLiteral("FrToDt"));
        xml.writeTextElement(QStringLiteral("FrDtTm"),
                             isoDay(account.fromDay) + QStringLiteral("T00:00:00Z"));
        xml.writeTextElement(QStringLiteral("ToDtTm"),
                             isoDay(account.toDay) + QStringLiteral("T23:59:59Z"));
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("Acct"));
        xml.writeStartElement(QStringLiteral("Id"));
        xml.writeTextElement(QStringLiteral("IBAN"), QString::fromStdString(account.account));
        xml.writeEndElement();
        xml.writeTextElement(QStringLiteral("Ccy"), QString::fromStdString(account.currency));
        xml.writeEndElement();
        balance("OPBD", account.opening, account.fromDay, account.currency);
        balance("CLBD", account.closing(), account.toDay, account.currency);
        for (const auto &line : account.lines) {
            xml.writeStartElement(QStringLiteral("Ntry"));
            amount(QStringLiteral("Amt"), line.amount, account.currency);
            xml.writeTextElement(QStringLiteral("CdtDbtInd"),
                                 line.amount < 0 ? QStringLiteral("DBIT") : QStringLiteral("CRDT"));
            xml.writeStartElement(QStringLiteral("Sts"));
            xml.writeTextElement(QStringLiteral("Cd"), QStringLiteral("BOOK"));
            xml.writeEndElement();
            xml.writeStartElement(QStringLiteral("BookgDt"));
            xml.writeTextElement(QStringLiteral("Dt"), isoDay(line.bookingDay));
            xml.writeEndElement();
            xml.writeStartElement(QStringLiteral("ValDt"));
            xml.writeTextElement(QStringLiteral("Dt"), isoDay(line.valueDay));
            xml.writeEndElement();
            xml.writeTextElement(QStringLiteral("AcctSvcrRef"),
                                 QString::fromStdString(line.servicerRef));
            xml.writeStartElement(QStringLiteral("BkTxCd"));
            xml.writeStartElement(QStringLiteral("Domn"));
            xml.writeTextElement(QStringLiteral("Cd"), QStringLiteral("PMNT"));
            xml.writeStartElement(QStringLiteral("Fmly"));
            xml.writeTextElement(QStringLiteral("Cd"), QStringLiteral("RCDT"));
            xml.writeTextElement(QStringLiteral("SubFmlyCd"), QStringLiteral("ESCT"));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement(QStringLiteral("NtryDtls"));
            xml.writeStartElement(QStringLiteral("TxDtls"));
            xml.writeStartElement(QStringLiteral("Refs"));
            xml.writeTextElement(QStringLiteral("EndToEndId"),
                                 line.endToEndId.empty() ? QStringLiteral("NOTPROVIDED")
                                                         : QString::fromStdString(line.endToEndId));
            xml.writeEndElement();
            xml.writeStartElement(QStringLiteral("RltdPties"));
            xml.writeStartElement(QStringLiteral("Dbtr"));
            xml.writeStartElement(QStringLiteral("Pty"));
            xml.writeTextElement(QStringLiteral("Nm"),
                                 QStringLiteral("STRIPE PAYMENTS EUROPE LTD"));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement(QStringLiteral("RmtInf"));
            xml.writeTextElement(QStringLiteral("Ustrd"), QString::fromStdString(line.remittance));
            xml.writeEndElement();
            xml.writeEndElement(); // TxDtls
            xml.writeEndElement(); // NtryDtls
            xml.writeEndElement(); // Ntry
        }
        xml.writeEndElement(); // Stmt
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QByteArray writeMt940(const BankStatement &statement)
{
    QString out;
    int number = 0;
    const auto balance
        = [](const char *tag, qint64 minor, qint64 day, const std::string &currency) {
              return QStringLiteral(":%1:%2%3%4%5\r\n")
                  .arg(QString::fromLatin1(tag),
                       minor < 0 ? QStringLiteral("D") : QStringLiteral("C"),
                       yymmdd(day),
                       QString::fromStdString(currency),
                       plainAmount(minor < 0 ? -minor : minor, currency, true));
          };
    for (const auto &account : statement.accounts) {
        ++number;
        out += QStringLiteral(":20:PDK%1\r\n").arg(statement.created / kDay * 10 + number);
        out += QStringLiteral(":25:%1\r\n").arg(QString::fromStdString(account.account));
        out += QStringLiteral(":28C:%1/1\r\n").arg(number);
        out += balance("60F", account.opening, account.fromDay, account.currency);
        for (const auto &line : account.lines) {
            const QDate value = QDateTime::fromSecsSinceEpoch(line.valueDay, Qt::UTC).date();
            const QDate booking = QDateTime::fromSecsSinceEpoch(line.bookingDay, Qt::UTC).date();
            out += QStringLiteral(":61:%1%2%3%4NTRF%5//%6\r\n")
                       .arg(value.toString(QStringLiteral("yyMMdd")),
                            booking.toString(QStringLiteral("MMdd")),
                            line.amount < 0 ? QStringLiteral("D") : QStringLiteral("C"),
                            plainAmount(line.amount < 0 ? -line.amount : line.amount,
                                        account.currency,
                                        true),
                            line.endToEndId.empty()
                                ? QStringLiteral("NONREF")
                                : QString::fromStdString(line.endToEndId).left(16),
                            QString::fromStdString(line.servicerRef).left(16));
            out += QStringLiteral(":86:%1\r\n")
                       .arg(QString::fromStdString(line.remittance).left(65));
        }
        out += balance("62F", account.closing(), account.toDay, account.currency);
        out += QStringLiteral("-\r\n");
    }
    return out.toLatin1();
}

} // namespace paydeck::sandbox
