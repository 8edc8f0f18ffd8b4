#include "ledger_export.h"

#include "export_text.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>
#include <optional>

namespace paydeck::sandbox {

namespace {

std::string orderIdOf(const Charge &charge)
{
    // metadata {"order_id":"ORD-123"}
    const std::string key = "\"order_id\":\"";
    const auto at = charge.metadataJson.find(key);
    if (at == std::string::npos)
        return {};
    const auto end = charge.metadataJson.find('"', at + key.size());
    return end == std::string::npos
               ? std::string()
               : charge.metadataJson.substr(at + key.size(), end - at - key.size());
}

std::string csvField(const std::string &text)
{
    if (text.find_first_of(",\"\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (const char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + '"';
}

} // namespace

QJsonObject LedgerExpectation::toJson() const
{
    return QJsonObject{
        {QStringLiteral("object"), QStringLiteral("ledger_expectation")},
        {QStringLiteral("missing_invoice_charge"), QString::fromStdString(missingInvoiceCharge)},
        {QStringLiteral("wrong_amount_charge"), QString::fromStdString(wrongAmountCharge)},
        {QStringLiteral("duplicated_invoice"), QString::fromStdString(duplicatedInvoice)},
        {QStringLiteral("orphan_invoice"), QString::fromStdString(orphanInvoice)},
        {QStringLiteral("booked_net"), bookedNet},
        {QStringLiteral("invoices"), invoices},
    };
}

LedgerExport makeLedgerExport(const std::vector<std::pair<Charge, qint64>> &chargesWithNet,
                              quint64 seed,
                              qint64 until)
{
    LedgerExport out;
    auto &expect = out.expectation;
    std::vector<const std::pair<Charge, qint64> *> charges;
    for (const auto &entry : chargesWithNet)
        charges.push_back(&entry);
    std::sort(charges.begin(), charges.end(), [](const auto *a, const auto *b) {
        return std::tie(a->first.created, a->first.id) < std::tie(b->first.created, b->first.id);
    });
    // The exceptions come from orders of the first two weeks (long booked, stable as time passes).
    const qint64 first = charges.empty() ? until : charges.front()->first.created;
    const auto pick = [&](const char *purpose, const std::string &not1, const std::string &not2) {
        std::optional<size_t> best;
        quint64 bestHash = 0;
        for (size_t i = 0; i < charges.size() && charges[i]->first.created < first + 14 * 86400;
             ++i) {
            const Charge &c = charges[i]->first;
            if (orderIdOf(c).empty() || c.id == not1 || c.id == not2 || exponentOf(c.currency) != 2)
                continue;
            const quint64 h = stableHash(seed, c.id, purpose);
            if (!best || h < bestHash) {
                best = i;
                bestHash = h;
            }
        }
        return best ? charges[*best]->first.id : std::string();
    };
    expect.missingInvoiceCharge = pick("missing", {}, {});
    expect.wrongAmountCharge = pick("typo", expect.missingInvoiceCharge, {});
    const std::string duplicated
        = pick("twice", expect.missingInvoiceCharge, expect.wrongAmountCharge);

    std::string csv = "Invoice,Customer,Amount,Currency,Date\n";
    const auto row = [&](const std::string &invoice,
                         const std::string &customer,
                         qint64 amount,
                         const std::string &currency,
                         qint64 at) {
        csv += csvField(invoice) + ',' + csvField(customer) + ','
               + plainAmount(amount, currency).toStdString() + ',' + upperCode(currency) + ','
               + QDateTime::fromSecsSinceEpoch(at, Qt::UTC)
                     .date()
                     .toString(Qt::ISODate)
                     .toStdString()
               + '\n';
        ++expect.invoices;
    };
    for (const auto *entry : charges) {
        const Charge &c = entry->first;
        if (c.id == expect.missingInvoiceCharge)
            continue;
        std::string invoice = orderIdOf(c);
        if (invoice.empty()) // not an order: the books number it themselves
            invoice = "INV-" + c.id.substr(c.id.size() > 10 ? c.id.size() - 10 : 0);
        const std::string customer = c.customerName.empty() ? c.email : c.customerName;
        qint64 amount = c.amount;
        if (c.id == expect.wrongAmountCharge) {
            amount += 1000; // a typo of ten units
        } else if (stableHash(seed, c.id, "net") % 50 == 0 && entry->second != c.amount
                   && !orderIdOf(c).empty() && c.id != duplicated) {
            // (Never the invoice booked twice: a repeated net booking is an amount mismatch
            // against the charge, not the duplicate the expectation promises.)
            amount = entry->second; // booked at the net the provider paid out
            ++expect.bookedNet;
        }
        row(invoice, customer, amount, c.currency, c.created);
        if (c.id == duplicated) {
            expect.duplicatedInvoice = invoice;
            row(invoice, customer, amount, c.currency, c.created + 86400);
        }
    }
    if (!charges.empty()) {
        expect.orphanInvoice = "ORD-999999999";
        row(expect.orphanInvoice, "Nobody Paid Ltd", 4999, "usd", first + 3 * 86400);
    }
    out.csv = QByteArray::fromStdString(csv);
    return out;
}

} // namespace paydeck::sandbox
