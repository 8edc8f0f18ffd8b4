// Exchange rates and their provenance, in SQLite's dialect.
#include "sqlite_session.h"

#include <QDateTime>

namespace paydeck::store {

Result<RatesSaved> SqliteFxRepository::saveRates(const std::vector<fx::ExchangeRate> &rates)
{
    Transaction transaction(m_db);
    if (!transaction.began())
        return makeError(transaction.beginError());
    auto existing = m_db.prepare(
        "SELECT per_euro FROM fx_rates WHERE source = ?1 AND currency = ?2 AND day = ?3");
    auto upsert = m_db.prepare(
        "INSERT INTO fx_rates (source, currency, day, per_euro, origin, imported_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (source, currency, day) DO UPDATE SET "
        "per_euro = excluded.per_euro, origin = excluded.origin, "
        "imported_at = excluded.imported_at");
    if (!existing)
        return makeError(existing.error());
    if (!upsert)
        return makeError(upsert.error());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    RatesSaved saved;
    for (const fx::ExchangeRate &rate : rates) {
        const std::string source = rate.source.toStdString();
        const std::string currency = rate.currency.toStdString();
        const std::string day = rate.day.toString(Qt::ISODate).toStdString();
        const std::string perEuro = rate.perEuro.text().toStdString();
        const std::string origin = rate.origin.toStdString();
        Statement &find = existing.value();
        find.reset();
        find.bindText(1, source);
        find.bindText(2, currency);
        find.bindText(3, day);
        std::string kept;
        const bool found = find.step() == Statement::Step::Row;
        if (found)
            kept = find.columnText(0);
        if (found && kept == perEuro) {
            ++saved.unchanged; // its first provenance stays
            continue;
        }
        ++(found ? saved.changed : saved.added);
        Statement &write = upsert.value();
        write.reset();
        write.bindText(1, source);
        write.bindText(2, currency);
        write.bindText(3, day);
        write.bindText(4, perEuro);
        write.bindText(5, origin);
        write.bind(6, now);
        if (auto ok = write.run(); !ok)
            return makeError(ok.error());
    }
    if (auto ok = transaction.commit(); !ok)
        return makeError(ok.error());
    return saved;
}

Result<std::vector<fx::ExchangeRate>> SqliteFxRepository::allRates()
{
    auto query = m_db.prepare(
        "SELECT currency, day, per_euro, source, origin FROM fx_rates ORDER BY day, currency");
    if (!query)
        return makeError(query.error());
    std::vector<fx::ExchangeRate> rates;
    Statement &s = query.value();
    while (s.step() == Statement::Step::Row) {
        const auto perEuro = fx::DecimalRate::parse(s.columnString(2));
        if (!perEuro)
            return makeError(QObject::tr("the store holds an exchange rate that is not a decimal: "
                                         "%1 on %2 (\"%3\")")
                                 .arg(s.columnString(0), s.columnString(1), s.columnString(2)));
        rates.push_back(fx::ExchangeRate{s.columnString(0),
                                         QDate::fromString(s.columnString(1), Qt::ISODate),
                                         *perEuro,
                                         s.columnString(3),
                                         s.columnString(4)});
    }
    return rates;
}

Result<std::vector<fx::Settlement>> SqliteFxRepository::settlements()
{
    // A balance transaction's source is the charge it settled (refunds and payouts settle in
    // the currency they are in).
    auto s = m_db.prepare(
        "SELECT c.currency, bt.currency, bt.exchange_rate, bt.created, bt.id "
        "FROM balance_transactions bt JOIN charges c ON c.source_id = bt.source_id "
        "AND c.id = bt.source WHERE bt.exchange_rate IS NOT NULL ORDER BY bt.created");
    if (!s)
        return makeError(s.error());
    std::vector<fx::Settlement> out;
    for (;;) {
        const auto step = s.value().step();
        if (step == Statement::Step::Done)
            break;
        if (step != Statement::Step::Row)
            return makeError(s.value().errorMessage());
        out.push_back(fx::Settlement{s.value().columnString(0),
                                     s.value().columnString(1),
                                     s.value().columnString(2),
                                     s.value().columnInt(3),
                                     s.value().columnString(4)});
    }
    return out;
}

} // namespace paydeck::store
