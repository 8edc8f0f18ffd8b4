#pragma once

#include "domain/objects.h"

#include <QByteArray>
#include <QJsonObject>

#include <string>
#include <utility>
#include <vector>

namespace paydeck::sandbox {

/// What reconciling the ledger against the synced charges must find.
struct LedgerExpectation
{
    std::string missingInvoiceCharge; // a charge the books never got: unmatched (provider)
    std::string wrongAmountCharge;    // booked with a typo: amount mismatch
    std::string duplicatedInvoice;    // booked twice: duplicate (ledger)
    std::string orphanInvoice;        // an invoice no charge pays: unmatched (ledger)
    int bookedNet = 0;                // invoices booked at the net after fees: fee-aware matches
    int invoices = 0;                 // rows in the export
    QJsonObject toJson() const;
};

struct LedgerExport
{
    QByteArray csv; // Invoice,Customer,Amount,Currency,Date — as an ERP exports receivables
    LedgerExpectation expectation;
};

/// The company's receivables for the sandbox's succeeded charges: orders by their order id, other
/// payments by an invoice number the charge does not carry; a few booked at the net; and four
/// deliberate exceptions. Deterministic per seed and charge, like the bank statement.
LedgerExport makeLedgerExport(const std::vector<std::pair<Charge, qint64>> &chargesWithNet,
                              quint64 seed,
                              qint64 until);

} // namespace paydeck::sandbox
