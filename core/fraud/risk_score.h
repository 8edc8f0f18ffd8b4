#pragma once

// A charge's risk: a score 0-100 and the reasons for it in words an analyst reads. Each signal
// found (card testing from an IP, declines on a card, a new card far above the customer's
// habit, …) carries a weight, the chance on its own that the charge is fraud; they combine as
// independent evidence (1 - Π(1 - w)), so that two weak signals say more than one and no
// number of them passes 100. The provider's own score is one signal among the others.

#include "charge_facts.h"
#include "velocity.h"

#include <QString>

#include <vector>

namespace paydeck::fraud {

struct Reason
{
    QString code; // stable, for rules and exports: card_testing_ip, declines_card, …
    double weight = 0;
    QString text; // translated
};

struct RiskAssessment
{
    int score = 0;               // 0-100
    std::vector<Reason> reasons; // strongest first
};

RiskAssessment assessRisk(const ChargeFacts &charge, const Features &features);

} // namespace paydeck::fraud
