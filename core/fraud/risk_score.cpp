#include "risk_score.h"

#include "domain/money.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace paydeck::fraud {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("paydeck::fraud", text, nullptr, n);
}

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

QString money(qint64 amount, const std::string &currency)
{
    const QString code = q(currency).toUpper();
    return decimalText(amount, code) + u' ' + code;
}

QString cardName(const ChargeFacts &charge)
{
    return charge.cardLast4.empty() ? tr("card %1").arg(q(charge.cardFingerprint).left(8))
                                    : tr("card …%1").arg(q(charge.cardLast4));
}

class Signals
{
public:
    void add(const char *code, double weight, QString text)
    {
        if (weight > 0)
            m_reasons.push_back(
                {QString::fromLatin1(code), std::min(weight, 0.97), std::move(text)});
    }
    RiskAssessment result() &&
    {
        double clean = 1.0;
        for (const Reason &reason : m_reasons)
            clean *= 1.0 - reason.weight;
        std::stable_sort(m_reasons.begin(), m_reasons.end(), [](const auto &a, const auto &b) {
            return a.weight > b.weight;
        });
        return {int(std::lround(100.0 * (1.0 - clean))), std::move(m_reasons)};
    }

private:
    std::vector<Reason> m_reasons;
};

// Many cards from one IP within minutes, most of them declined: card testing.
void cardTesting(const ChargeFacts &c, const Features &f, Signals &out)
{
    const WindowCounts &ip = f.ip.windows[TenMinutes];
    const int cards = ip.partners;
    if (c.ip.empty() || cards < 3)
        return;
    out.add("card_testing_ip",
            0.35 + 0.1 * (cards - 3) + 0.25 * double(ip.declines) / std::max(1, ip.charges),
            tr("%1 other cards tried from %2 in the 10 minutes before; %3 of %4 charges declined")
                .arg(cards)
                .arg(q(c.ip))
                .arg(ip.declines)
                .arg(ip.charges));
    if (ip.small >= 3)
        out.add("probing_ip",
                0.2 + 0.05 * (ip.small - 3),
                tr("%1 small charges from %2 within 10 minutes").arg(ip.small).arg(q(c.ip)));
}

// Many cards of one issuer range within minutes, most declined, from addresses that do not give
// it away: card testing spread over IPs (generated numbers share their BIN).
void binTesting(const ChargeFacts &c, const Features &f, Signals &out)
{
    const WindowCounts &bin = f.bin.windows[TenMinutes];
    const bool explainedByIp = !c.ip.empty() && f.ip.windows[TenMinutes].partners >= 3;
    if (c.cardBin.empty() || explainedByIp || bin.partners < 5 || bin.declines < 3
        || 2 * bin.declines < bin.charges)
        return;
    out.add("card_testing_bin",
            0.3 + 0.05 * (bin.partners - 5) + 0.25 * double(bin.declines) / bin.charges,
            tr("%1 other cards of BIN %2 tried in the 10 minutes before; %3 of %4 charges declined")
                .arg(bin.partners)
                .arg(q(c.cardBin))
                .arg(bin.declines)
                .arg(bin.charges));
}

void declinesOnCard(const ChargeFacts &c, const Features &f, Signals &out)
{
    const int declines = f.card.windows[OneHour].declines;
    if (declines >= 2)
        out.add("declines_card",
                0.2 + 0.12 * (declines - 2),
                tr("%1 declined %2 times in the last hour").arg(cardName(c)).arg(declines));
}

// Cards and e-mails shared across people: a ring.
void sharedEntities(const ChargeFacts &c, const Features &f, Signals &out)
{
    const int cardsPerEmail = f.email.windows[OneDay].partners;
    if (!c.email.empty() && cardsPerEmail >= 2)
        out.add(
            "cards_per_email",
            0.25 + 0.12 * (cardsPerEmail - 2),
            tr("%1 used with %2 other cards within 24 hours").arg(q(c.email)).arg(cardsPerEmail));
    const int cardsPerIp = f.ip.windows[OneDay].partners;
    if (!c.ip.empty() && cardsPerIp >= 2 && f.ip.windows[TenMinutes].partners < 3)
        out.add("cards_per_ip",
                0.3 + 0.1 * (cardsPerIp - 2),
                tr("%1 other cards used from %2 within 24 hours").arg(cardsPerIp).arg(q(c.ip)));
    const int emailsPerCard = f.card.windows[OneWeek].partners;
    if (!c.cardFingerprint.empty() && emailsPerCard >= 2)
        out.add("emails_per_card",
                0.25 + 0.12 * (emailsPerCard - 2),
                tr("%1 used by %2 other e-mail addresses within 7 days")
                    .arg(cardName(c))
                    .arg(emailsPerCard));
}

// A stolen card: nobody has seen the card, the e-mail or the customer, and the amount is high.
void newAndLarge(const ChargeFacts &c, const Features &f, Signals &out)
{
    // "Usual" needs a history: the first payments of an account are all new.
    if (c.cardFingerprint.empty() || !f.card.newAt(c.created) || !f.email.newAt(c.created)
        || !f.customer.newAt(c.created) || f.currencyPayments < 50 || f.currencyTypicalAmount <= 0)
        return;
    const double ratio = double(c.amount) / double(f.currencyTypicalAmount);
    if (ratio >= 1.5)
        out.add("new_card_large_amount",
                std::min(0.6, 0.25 + 0.05 * ratio),
                tr("new card and new e-mail paying %1, %2× the usual amount")
                    .arg(money(c.amount, c.currency))
                    .arg(ratio, 0, 'f', 1));
}

// A known customer far above their own habit, or on a new card from a new country: an account
// taken over.
void customerHabit(const ChargeFacts &c, const Features &f, Signals &out)
{
    if (f.customerPayments < 2)
        return;
    if (f.customerTypicalAmount > 0) {
        const double ratio = double(c.amount) / double(f.customerTypicalAmount);
        if (ratio >= 4)
            out.add("above_customer_habit",
                    std::min(0.5, 0.15 + 0.03 * ratio),
                    tr("%1 is %2× this customer's usual %3")
                        .arg(money(c.amount, c.currency))
                        .arg(ratio, 0, 'f', 1)
                        .arg(money(f.customerTypicalAmount, c.currency)));
    }
    if (f.cardNewForCustomer && f.countryNewForCustomer)
        out.add("account_takeover",
                0.5,
                tr("customer with %1 earlier payments pays with a new card from a new country (%2)")
                    .arg(f.customerPayments)
                    .arg(q(c.cardCountry)));
}

// Payments from a country this business almost never sees (once it has seen enough to say).
void rareIpCountry(const ChargeFacts &c, const Features &f, Signals &out)
{
    if (c.ipCountry.empty() || f.ipCountryTotal < 500)
        return;
    const double share = double(f.ipCountryCharges) / double(f.ipCountryTotal);
    if (share < 0.005)
        out.add("rare_ip_country",
                0.35,
                tr("IP in %1, where %2 % of the payments come from")
                    .arg(q(c.ipCountry))
                    .arg(share * 100, 0, 'f', 2));
}

void countryMismatch(const ChargeFacts &c, Signals &out)
{
    if (!c.ipCountry.empty() && !c.cardCountry.empty() && c.ipCountry != c.cardCountry)
        out.add("card_country_ip_country",
                0.2,
                tr("card from %1, IP in %2").arg(q(c.cardCountry), q(c.ipCountry)));
}

void providerScore(const ChargeFacts &c, Signals &out)
{
    if (c.providerRiskScore >= 65)
        out.add("provider_risk",
                (c.providerRiskScore - 50) / 100.0,
                tr("the provider's risk score is %1 (%2)")
                    .arg(c.providerRiskScore)
                    .arg(q(c.providerRiskLevel)));
}

} // namespace

RiskAssessment assessRisk(const ChargeFacts &charge, const Features &features)
{
    Signals out;
    cardTesting(charge, features, out);
    binTesting(charge, features, out);
    declinesOnCard(charge, features, out);
    sharedEntities(charge, features, out);
    newAndLarge(charge, features, out);
    customerHabit(charge, features, out);
    rareIpCountry(charge, features, out);
    countryMismatch(charge, out);
    providerScore(charge, out);
    return std::move(out).result();
}

} // namespace paydeck::fraud
