#pragma once

// A rule over the machinery (see Metric::SyncLag and after), read from its state now: each
// source's sync and webhooks, reconciliation's open items, where each payout's money stands.

#include "alert_rule.h"
#include "reconcile/payout_calendar.h"
#include "rule_reading.h"
#include "store/operations_repository.h"

namespace paydeck::store {
class Session;
}

namespace paydeck::alerts {

struct OperationalView
{
    store::OperationsState state;
    std::vector<reconcile::ExpectedPayout> payouts; // judged on `judgedOn`
    QDate judgedOn;
    qint64 readAt = 0; // 0: never read
};

/// Reads the operational state and judges the payouts with `calendar` on `now`'s day (UTC).
Result<OperationalView> readOperationalView(store::Session &session,
                                            const reconcile::HolidayCalendar &calendar,
                                            qint64 now);

/// Judges the view's payouts again when `now` is on another day (UTC) than they were judged on.
void rejudgePayoutsOnNewDay(OperationalView &view,
                            const reconcile::HolidayCalendar &calendar,
                            qint64 now);

/// The rule's metric as the view shows it at `at` (durations are measured to `at`).
Reading readOperational(const AlertRule &rule, const OperationalView &view, qint64 at);

} // namespace paydeck::alerts
