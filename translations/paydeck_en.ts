<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CsvTable</name>
    <message>
        <source>%1:%2: a quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecideCommand</name>
    <message>
        <source>manual match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to undo: the decision was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>empty amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown TLS error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(object without id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: required field &quot;%2&quot; is missing or has the wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an ISO 4217 currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a %1 object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a %2, got a %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is not valid JSON (%1, %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is not a list object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list has no &quot;data&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list has no &quot;has_more&quot; flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 of the page: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot generate keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the sandbox CA: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the sandbox certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the sandbox certificates to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1 was written by a newer Paydeck (schema %2, this build knows %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: wants KIND:PROBABILITY with a probability from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: Retry-After must be seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: the delay must be milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot; (429, 500, drop, slow, truncate, badjson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fault probabilities add up to more than 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--outage wants FROM-TO in seconds after start, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook address must be HOST:PORT, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the webhook endpoint listens on loopback only (plain HTTP), not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook refused: a signed body that is not a Stripe event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to extract timestamp and signatures from header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signatures found with expected scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signatures found matching the expected signature for payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp outside the tolerance zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PostgreSQL store needs a build with its backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a column to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event without id, type or created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is not an event list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Stripe event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the transactions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the charges: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store holds an exchange rate that is not a decimal: %1 on %2 (&quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is none of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a filter this rule knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO 4217 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a field of a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1–64 of a–z, 0–9, _ and -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is needed: amounts of different currencies do not add up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a rate: between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a rule file (no &quot;rules&quot; array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rule %2 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: field &quot;id&quot; is used by an earlier rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not one rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment success rate dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer payments succeed than usual for this hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More payments are declined than usual for this hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card-testing burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A burst of declined payments in minutes: someone may be testing stolen cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More refunds than usual for this time of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More disputes opened in a day than usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment volume dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Far fewer payments than usual for this hour: checkout or a provider may be down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusually large payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single payment above 4,000.00 USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store&apos;s alert rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store holds an alert in an unknown state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alert of rule &quot;%1&quot; is firing or pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a silence must end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a silence needs at least one label to match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no silence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mute timing needs weekdays 1–7 and two different times of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be above or below: %1 is judged on its state now, which has no history to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is judged on the state now; no history of it is kept to backtest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source&apos;s sync keeps failing: its payments are not coming in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source has not synced successfully for over an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook for 15 minutes while polling finds new events: the provider stopped sending them, or they do not reach Paydeck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider endpoint&apos;s breaker is open: it failed too often and is rested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payout is not on the bank statement although the statement reaches past the day it was due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout arrived with another amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payout&apos;s bank line is not the amount the provider paid out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched bank money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank lines reconciliation could not place on any payout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a holiday calendar (a JSON object of currencies and their dates expected): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a currency code with a list of dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, entry %3: not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: alerts go to https://, or to http:// on this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fraud rules blocked payments of the last hour: a card-testing burst or a ring may be at work. The fraud queue has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards were tried one after another within minutes in the last hour, from one IP or one card range (BIN): someone is testing stolen card numbers. The fraud queue has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of %1 cells for %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available on (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export was cancelled; nothing was written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet could not be added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message numerus="yes">
        <source>%n balance transaction(s) with a net of %1 together: the payout&apos;s amount.</source>
        <translation>
            <numerusform>%n balance transaction with a net of %1 together: the payout&apos;s amount.</numerusform>
            <numerusform>%n balance transactions with a net of %1 together: the payout&apos;s amount.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) net %1 of the payout&apos;s %2</source>
        <translation>
            <numerusform>%n transaction net %1 of the payout&apos;s %2</numerusform>
            <numerusform>%n transactions net %1 of the payout&apos;s %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>unknown rule &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date window must be 0 to 30 business days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementFile</name>
    <message>
        <source>%1: the CSV columns need a mapping (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a bank statement (expected camt.052/053/054 XML, MT940/MT942 or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnmatchCommand</name>
    <message>
        <source>unmatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen wants HOST:PORT, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants a non-negative number, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no store at %1 (run a sync first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--webhook-url must be an http:// URL on loopback, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--webhook-url needs --webhook-secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: webhook verify --secret S --header H --payload-file F [--now UNIX] [--tolerance S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook verify needs --secret, --header and --payload-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now wants a Unix time, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tolerance wants seconds, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--statement-format is camt053 or mt940, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--statement-format needs --statement-out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the %1 once, not as text and as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--incident wants KIND:START:DURATION (seconds; KIND one of decline_spike, card_testing, refund_spike, dispute_wave, volume_drop, api_outage, webhook_silence), got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Finance-operations console for payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the store and settings in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on &lt;screen&gt;: overview, transactions, reconciliation or sources.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::alerts::AlertService</name>
    <message>
        <source>Alerts cannot be changed here: the store is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::alerts::NotificationCenter</name>
    <message>
        <source>%1: the group wait cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret store: the signing secret of %1 cannot be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification targets cannot be changed here: the store is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::analytics::AnalyticsService</name>
    <message>
        <source>The analytics have not read the store yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::cli</name>
    <message>
        <source>%1 wants a date as YYYY-MM-DD, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-statement needs at least one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CSV mapping named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance proof not possible (no balances stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance proof ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BALANCE PROOF FAILED: closing is %1 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: import-ledger FILE --mapping NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot save mapping &quot;%2&quot; without doubt: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--only is payout_bank, charge_ledger or payout_transactions, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no open exception %1 (see `paydeck-cli exceptions`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes item ids (numbers), got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded as group %2 (undo: paydeck-cli decide unmatch --group %2 --note TEXT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open exception(s)</source>
        <translation>
            <numerusform>%n open exception</numerusform>
            <numerusform>%n open exceptions</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: decide match --exception ID --with ITEM_ID[,…] --note TEXT | decide write-off --exception ID --note TEXT | decide unmatch --group G --note TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision needs --note TEXT (why; it is kept in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide unmatch needs --group G (a match group number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide %1 needs --exception ID (from `paydeck-cli exceptions`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exception %1 is a statement&apos;s balance proof: correct the statement and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decide match needs --with ITEM_ID (see `exceptions --candidates`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeouts are milliseconds, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA certificate %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stripe-url must be an https:// URL, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync needs an API key: --api-key-file FILE (private to you), PAYDECK_API_KEY, or --api-key KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync needs --stripe-url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve needs --webhook-listen HOST:PORT and --webhook-secret SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: audit verify [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>audit trail intact: %n entry(s), head %1</source>
        <translation>
            <numerusform>audit trail intact: %n entry, head %1</numerusform>
            <numerusform>audit trail intact: %n entrys, head %1</numerusform>
        </translation>
    </message>
    <message>
        <source>audit trail BROKEN at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--requests-per-second is a whole number (0: the provider&apos;s own limit), got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (UTC): %3 charges, %4 taken, %5 declined; success rate %6; %7 refunds, %8 disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: volume %2, refunded %3, fees %4, net %5, payouts paid %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1: volume %2, refunded %3, fees %4, net %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not included (no exchange rate): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 charges, %2 taken, %3 declined, success %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to want YYYY-MM-DD, the first not after the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not an ISO 4217 currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by is one of currency, method, country, decline_code, day, hour, source; not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rates of %2 currencies from %3 to %4: %5 new, %6 corrected, %7 already kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped currencies no longer in ISO 4217: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: fx import FILE... [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: not a reference-rate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date wants YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 EUR = %1 %2  (%3 %4%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the last published before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rate for %1 on %2: amounts in it are not converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: fx import FILE... | fx fetch [URL] [--ca-cert PATH] | fx show [--date YYYY-MM-DD]  (each with [--json])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB: not a rule file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state: one of normal, pending, firing, resolved, no_data, error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (since %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: alerts rules export FILE | alerts rules import FILE [--user NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) written to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rules: %2 added, %3 changed (a new version each), %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: alerts backtest FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to: days as YYYY-MM-DD, --from before --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: fired %n time(s) in %2 evaluations (%3 judged)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>still firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--match %1: LABEL=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silence %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: alerts ack RULE [--note TEXT] [--user NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--notify-secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--notify-url %1: https://, or http:// on loopback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--notify-group-wait wants seconds, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the --notify-… options need --notify-url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: alerts silence --match LABEL=VALUE [--match …] --for 2h --comment WHY [--weekdays sat,sun] [--hours 22:00-06:00] [--user NAME]  (--for: a number and s, m, h or d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weekdays: days as mon,tue,…,sun, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hours: HH:MM-HH:MM, two different times, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not backtested: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: alerts list [--state S] [--json] | alerts check | alerts rules export|import FILE | alerts backtest FILE [--from D] [--to D] [--json] | alerts silence --match k=v --for 2h --comment C | alerts ack RULE [--note N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state: one of expected, arrived, amount_differs, late, missing, written_off, unverifiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today: a day as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) firing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--min-score wants a number from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allowed, %2 to review, %3 blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 charges, %2 labelled fraud: %3 to review, %4 blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scoring:  precision %1, recall %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider&apos;s risk level (elevated or highest): precision %1, recall %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged %1 %2, of it fraud %3 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no labels: no dispute is marked fraudulent and no --labels file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 charges (%3 fraud)  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rules, %3 lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n charge(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rules in force as version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules in force written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rules imported: Paydeck&apos;s defaults are in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1, %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: fraud rules check FILE | default | import FILE [--user NAME] | export FILE | history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: fraud reviews [--status open|approved|fraudulent|needs_info|all] [--assignee NAME] [--json]
       fraud review CHARGE [--json]
       fraud assign CHARGE [--to NAME] [--user NAME]
       fraud decide CHARGE approved|fraudulent|needs_info [--note TEXT] [--user NAME]
       fraud note CHARGE TEXT [--user NAME]
       fraud undo CHARGE [--user NAME]
       fraud refund CHARGE [--note TEXT] [--user NAME] --yes
       fraud list-add LIST VALUE [--user NAME]
       fraud block card:FP|email:E|ip:IP [--user NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is queued from %2 sources; Paydeck cannot tell which is meant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source of %1 is not configured any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this refunds %1 (%2 %3) as fraudulent at &quot;%4&quot; — the customer gets the money back and the provider cannot take it back; run again with --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refunded as fraudulent: %2 (the next sync brings the refund)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rules version %2 in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in list %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: fraud score [--from D] [--to D] [--min-score N] [--ip-key KEY] [--json]
       fraud backtest [RULES] [--labels FILE] [--from D] [--to D] [--ip-key KEY] [--json]
       fraud rules check FILE | default | import FILE [--user NAME] | export FILE | history
       fraud entity card:FP|email:E|ip:IP|customer:ID|bin:IIN [--ip-key KEY] [--json]
       fraud reviews|review|assign|decide|note|undo|refund|list-add … (see fraud reviews --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: fraud entity card:FINGERPRINT|email:ADDRESS|ip:ADDRESS|customer:ID|bin:IIN [--ip-key KEY] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: export transactions [--from YYYY-MM-DD] [--to YYYY-MM-DD] --format csv|xlsx --out FILE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is csv or xlsx, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 transactions from %2 to %3 written to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::cli::FraudMonitoring</name>
    <message>
        <source>fraud scoring: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::fraud</name>
    <message>
        <source>card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card …%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 small charges from %2 within 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declined %2 times in the last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 used with %2 other cards within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 used by %2 other e-mail addresses within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new card and new e-mail paying %1, %2× the usual amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2× this customer&apos;s usual %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer with %1 earlier payments pays with a new card from a new country (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card from %1, IP in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s risk score is %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other cards tried from %2 in the 10 minutes before; %3 of %4 charges declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other cards used from %2 within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP in %1, where %2 % of the payments come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attribute is not closed with &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text is not closed with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column 1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list is written &apos;list NAME [expires YYYY-MM-DD]: value, value, …&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list name is letters, digits and _ (not &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot go into a list (empty, or with a comma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be blocked (card, email or ip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 other cards of BIN %2 tried in the 10 minutes before; %3 of %4 charges declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a metadata key is written &apos;metadata ip: KEY&apos; or &apos;metadata ip_country: KEY&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not read from metadata (ip or ip_country)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::fraud::ConditionParser</name>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or the end of the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;)&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list is compared with &apos;in&apos; or &apos;not in&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;in&apos; needs a @list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list goes on the right of &apos;in&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown attribute (known: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an :attribute:, a number, a &apos;text&apos; or a @list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::fraud::FraudDesk</name>
    <message>
        <source>%1 is not in the review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source of %1 is not configured any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not card:…, email:…, ip:…, customer:… or bin:…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::fraud::FraudLabels</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a fraud_label needs &quot;charge&quot; (text) and &quot;fraud&quot; (true or false)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::fraud::FraudRefund</name>
    <message>
        <source>%1 was declined: no money moved, there is nothing to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refunded already (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydeck does not know the provider &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund of %1 at &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund of %1 at &quot;%2&quot;: the answer holds no refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refunded at the provider (%2) but the review could not record it: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::fraud::FraudRuleSet</name>
    <message>
        <source>line %1, column %2: a rule starts with allow, block or review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: expected &apos;if&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list @%1 is used but not declared (&apos;list %1: …&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::fraud::RulesDesk</name>
    <message>
        <source>the rules were changed meanwhile: version %1 by %2 at %3. Reload them and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes is not a rule file (at most %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a text file in UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::fx</name>
    <message>
        <source>%1 is not an https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot fetch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::fx::Conversion</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 %1 = %2 %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no rate is published for %1: the last one before it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::fx::Reader</name>
    <message>
        <source>not an ECB reference-rate file (no XML element)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an ECB reference-rate file: the document is &lt;%1&gt;, not &lt;gesmes:Envelope&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender is named after the rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: contains no exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rate outside a day&apos;s Cube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rate without a currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown currency code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rate for EUR itself (rates are per 1 EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 rate &quot;%2&quot; is not a positive decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has two rates on %2 (%3 and %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends in the middle of the document (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::net</name>
    <message>
        <source>cannot read the CA certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::reconcile</name>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a CSV export needs a header line and at least one row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no date column found among: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no amount column found among: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amounts use both &apos;,&apos; and &apos;.&apos; as decimal separator; &apos;%1&apos; was chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the dates in column &quot;%2&quot; (e.g. &quot;%3&quot;) are in no known format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates could be day/month or month/day; day/month was chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no currency column: set the currency before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no invoice/order id in column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no MT940/MT942 message found (expected a :20: field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note is required: say why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reconciliation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a match needs items on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmatched by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reconciliation was cancelled; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV mapping &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: import cancelled; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bank statement imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ledger imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement %1 of %2: opening balance plus entries is %3 away from the closing balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::reconcile::CamtReader</name>
    <message>
        <source>%1: no statement, report or notification in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3 (at %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element is %1, not Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; is not camt.052, camt.053 or camt.054 in versions 001.02 to 001.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element %1 in namespace &quot;%2&quot;, outside the document&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount without a known currency (Ccy=&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement %1 states no currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance in %1, the account in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry without CdtDbtInd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry without Amt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry without booking or value date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CdtDbtInd is &quot;%1&quot;, not CRDT or DBIT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::reconcile::CsvMapping</name>
    <message>
        <source>a CSV mapping needs a one-character delimiter and &apos;.&apos; or &apos;,&apos; as decimal separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CSV mapping needs a date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delimiter &apos;%1&apos;, decimal separator &apos;%2&apos;, dates as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount: %1 (debits negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit: %1, debit: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount: %1, credit/debit in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counterparty: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::reconcile::Engine</name>
    <message numerus="yes">
        <source>One line of %1 names %n items: %2; together %3.</source>
        <translation>
            <numerusform>One line of %1 names %n items: %2; together %3.</numerusform>
            <numerusform>One line of %1 names %n items: %2; together %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>names %1 but differs from their sum by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank line names &quot;%1&quot;, the start of payout %2 (the bank cut the reference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge %1 names &quot;%2&quot;, the start of the ledger reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank line names payout %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge %1 names ledger reference %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts equal (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank deducted a fee of %1: %2 received of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger records the net %1 (gross %2, provider fee %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>But %1 against %2: %3 difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on the other side, %2 difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Split over %n lines that name it, together %1.</source>
        <translation>
            <numerusform>Split over %n lines that name it, together %1.</numerusform>
            <numerusform>Split over %n lines that name it, together %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>names %1 again, which another line (%2, %3) already settles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lines name it, together %1 against %2.</source>
        <translation>
            <numerusform>%n lines name it, together %1 against %2.</numerusform>
            <numerusform>%n lines name it, together %1 against %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 found on %n lines</source>
        <translation>
            <numerusform>%1 of %2 found on %n lines</numerusform>
            <numerusform>%1 of %2 found on %n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydeck::reconcile::Mt940Reader</name>
    <message>
        <source>message without account (:25:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message without currency (no :60F:/:34F:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statement %1 has no %2 balance (is the file truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown currency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:%1: is not a balance (C/D, YYMMDD, currency, amount): &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:%1: has no valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:%1: is in %2, the statement in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:%1: has no valid amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:61: before the opening balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:61: is not a statement line (date, C/D, amount, type): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:61: has no valid value date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:61: has no valid entry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:61: has no valid amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped the bank-specific field :%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::reconcile::RowReader</name>
    <message>
        <source>%1: mapping &quot;%2&quot; names no %3 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mapping &quot;%2&quot; expects a column &quot;%3&quot;; the file has: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no currency (the mapping has no currency column and no default currency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column &quot;%2&quot; is not an amount with decimal separator &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column &quot;%2&quot; is not a date in the format %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both a debit and a credit amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column &quot;%2&quot; is neither credit nor debit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::secrets</name>
    <message>
        <source>%1 is readable by other users; make it private with `chmod 600 %1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 file %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the %1 file %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 file %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a secrets file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desktop keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desktop keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::store</name>
    <message>
        <source>entry %1 does not follow the entry before it (one was removed, inserted or changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::store::StoreReader</name>
    <message>
        <source>the store cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::stripe::StripeClient</name>
    <message>
        <source>the URL %1 is not an https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API key is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no URL is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::stripe::StripeProvider</name>
    <message>
        <source>POST /v1/refunds: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::sync::SourceSync</name>
    <message>
        <source>source &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: GET /v1/events: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: transactions of payout %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydeck does not know the provider &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: %2: the provider has no such object; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events are not available (%1); changes to older objects are seen only through refunds and disputes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::sync::SyncService</name>
    <message>
        <source>cannot save the source &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: webhooks: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: cannot read its secrets from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the stored API keys to %1: %2; they stay where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep the secrets of &quot;%1&quot; in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API keys were moved, but the store&apos;s old copies could not be emptied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange rates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rates of %2 currencies from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Evidence: %1&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 charges across all sources, %2 declined; first %3, last %4. Generated %5 by Paydeck.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Charges&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Linked&lt;/h3&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Scoring and decisions&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No charge of it was flagged or decided.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, decided by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (refunded as fraudulent: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::AlertsModel</name>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>over the last %1, above %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the last %1, below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>over the last %1, %2 % below the same hour of the last %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over the last %1, %2 % above the same hour of the last %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over the last %1, %2 standard errors above the same hour of the last %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over the last %1, %2 standard errors below the same hour of the last %n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (silenced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>now, below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now, above %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::AlertsPage</name>
    <message>
        <source>Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence for 2 hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert&apos;s metric over the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the alert rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 firing · %2 pending · %3 normal, of %n rule(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No alert selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Judged every %n second(s): %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, normal %1 (%2 standard errors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silenced: no notification while a silence matches its labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal for the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last 24 hours, as the rule judged them (%n firing(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is being done about it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence for 2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? (kept with the silence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged on the state now: no history of it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the fraud queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::AnalyticsCharts</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross and net volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross, previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund and dispute rates (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds per payment taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes per payment taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts: due and paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume by currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments by card brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments by card country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance transactions (net), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments taken, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments decided (taken or declined), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance transactions (fees), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts paid, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts due, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These payments have no value here to filter by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments taken in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined %1 payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded %1 payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined payments from cards of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded payments from cards of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments declined with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::AnalyticsPage</name>
    <message>
        <source>no figures for the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 % vs previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 pts vs previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting what the store holds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting what the store holds… %1 objects so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures in %1, each day at that day&apos;s rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rate for %1: left out of the converted figures, shown on their own under Volume by currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some amounts were too large to convert and are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not converted (no rate): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 taken of %2 decided (%3 declined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refunds per %2 payments taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disputes per %2 payments taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::CandidatesModel</name>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days apart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::ChartView</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::CsvPreviewDialog</name>
    <message>
        <source>CSV columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydeck read the file like this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::DrillDownModel</name>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::DrillDownPanel</name>
    <message>
        <source>Show all transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a row to find it among the transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln object(s), as the Analytics screen counted them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydeck::ui::ExceptionsModel</name>
    <message>
        <source>Unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance proof failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts ↔ bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges ↔ ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts ↔ transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::FilterBar</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::FraudPage</name>
    <message>
        <source>Only mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraudulent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs more info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund as fraudulent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud monitoring is not running in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refunded as fraudulent (%2); the next sync brings the refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blocked from now on (rules version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the decision (kept in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need more info</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fraudulent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Score &lt;b&gt;%1&lt;/b&gt;, %2 · %3 · paid %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Rule: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 flagged by scoring&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A declined payment moved no money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund as fraudulent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund %1 (%2) to the card as fraudulent?

The money goes back to the cardholder and the provider is told the payment was fraud. This cannot be undone in Paydeck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunding %1 at the provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This charge has nothing of that kind to block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This charge has nothing of that kind to investigate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all open from this IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the decision of %1 reviews (kept in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::Freshness</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first sync, %1 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing (data as of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing since %1, no data yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing since %1, data as of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is failing since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on its first sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 last synced %2 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures are incomplete: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::InvestigationDialog</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evidence (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked cards, e-mails, IPs and customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 charges across all sources — %3 declined, %4 refunded, %5 disputed; %6 of them reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed or refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (its own currency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, refunded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, disputed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card issuer ranges (BIN)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::KpiTile</name>
    <message>
        <source>Last 7 days: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::MainWindow</name>
    <message>
        <source>Paydeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox data — a simulated Stripe account running on this computer. Add your own account under File › Add Stripe account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Stripe account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Paydeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Paydeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Paydeck %1&lt;/b&gt;&lt;p&gt;A finance-operations console for payments: live sync from Stripe, a local store, analytics and reconciliation.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydeck — Sandbox data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Stripe account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Stripe account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Stripe account to edit yet; the sandbox needs no settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>● %n firing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open the alert centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paydeck alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::NotificationsDialog</name>
    <message>
        <source>Alert notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group wait (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL (https://, or http:// on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts that fire or resolve are sent as JSON, signed like Stripe&apos;s webhooks (Paydeck-Signature: t=…,v1=HMAC-SHA256 of &quot;t.body&quot;), or in Slack&apos;s shape; alerts of one group within the wait go as one message, repeated every 4 hours while they fire. Silenced alerts are not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery log (newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret receivers verify the signature with (empty: send unsigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the group wait is a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::OverviewPage</name>
    <message>
        <source>%1 % of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly volume, last 48 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the last 48 hours · %2 transactions in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading: the first sync is still filling the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days by currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not converted (no rate): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the payments in the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not converted, no rate: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fraud monitoring starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open · %1 need more info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges fraud scoring flagged that nobody has decided yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::PayoutListModel</name>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2, %3 differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected at the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::PayoutsPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a payout to see its transactions and bank lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payouts yet. Payouts appear here once a source has synced them; import bank statements to see them arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expected · %2 arrived · %3 with another amount · %4 late · %5 missing · %6 without a statement. Expected days are the arrival date plus the bank&apos;s usual lag in business days, learned from earlier payouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expected at the bank on %1: %n payout(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs attention: every payout due has arrived in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n payout(s) missing, late or with another amount</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydeck::ui::ReconciliationPage</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reconciliations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an exception to see candidates, explanations and its trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match with selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout id, e.g. po_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payout %1 in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ledger imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charges matched to the ledger: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not reconciled yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · last run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched — provider: %1 · bank: %2 · ledger: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 %3, %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Not matched.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (score %2, %3)&lt;br&gt;%4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Provider: %1&lt;br&gt;Other side: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Note: %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net equals the payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net differs by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount %1, fee %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an exception first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more candidates to match with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why do these belong together?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not matched: a note is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a provider, bank or ledger exception to write off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this written off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written off: a note is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected item has no match to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this match wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not unmatched: a note is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import bank statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.sta *.940 *.mt940 *.txt *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; %n file(s) not imported.</source>
        <translation>
            <numerusform>Cancelled; %n file not imported.</numerusform>
            <numerusform>Cancelled; %n files not imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n statement(s), %2 new entries, %3 already known</source>
        <translation>
            <numerusform>%1: %n statement, %2 new entries, %3 already known</numerusform>
            <numerusform>%1: %n statements, %2 new entries, %3 already known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — balance proof FAILED for %n statement(s)</source>
        <translation>
            <numerusform> — balance proof FAILED for %n statement</numerusform>
            <numerusform> — balance proof FAILED for %n statements</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import ledger export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 ledger entries, %3 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sandbox statement and ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement the sandbox&apos;s bank account would send for its payouts, and the company&apos;s receivables for its charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox receivables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the preset &quot;%1&quot; was not kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — the preset was not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No bank statement or ledger imported yet. Import a camt.053, MT940 or CSV statement to reconcile %Ln payout(s).</source>
        <translation>
            <numerusform>No bank statement or ledger imported yet. Import a camt.053, MT940 or CSV statement to reconcile %Ln payout.</numerusform>
            <numerusform>No bank statement or ledger imported yet. Import a camt.053, MT940 or CSV statement to reconcile %Ln payouts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts matched to the bank: %1 of %2 (%3 %) · %4 · %Ln open exception(s)</source>
        <translation>
            <numerusform>Payouts matched to the bank: %1 of %2 (%3 %) · %4 · %Ln open exception</numerusform>
            <numerusform>Payouts matched to the bank: %1 of %2 (%3 %) · %4 · %Ln open exceptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln balance transaction(s)</source>
        <translation>
            <numerusform>%Ln balance transaction</numerusform>
            <numerusform>%Ln balance transactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bank line(s)</source>
        <translation>
            <numerusform>%Ln bank line</numerusform>
            <numerusform>%Ln bank lines</numerusform>
        </translation>
    </message>
    <message>
        <source>payouts against the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charges against the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payouts against their balance transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not checked (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 matches would be added, %2 removed, %3 stay; %4 exceptions. %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciled at %1: %2. %3 open exceptions, %4 manual decisions kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Payout %1&lt;/b&gt;: its balance transactions and bank lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::ReviewsModel</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraudulent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs more info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (declined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strongest reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::RuleEditor</name>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clears at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit alert rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New alert rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all (amounts need one, e.g. EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates as fractions (0.05 is 5 %); amounts in minor units; departures from the baseline as relative changes or standard errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hysteresis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a backtest to see when this rule would have fired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtesting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Over the last 30 days it would have fired %n time(s); %1 of %2 evaluations had enough volume to judge.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – still firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure from normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::RulesPanel</name>
    <message>
        <source>Backtest the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as the next version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to the rules in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud monitoring is not running in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1: it judges the charges from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported as a draft: backtest it, then save it to switch it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import fraud rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule files (*.rules *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export fraud rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule files (*.rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraud rules draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review if :risk_score: &gt;= 65</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: Paydeck&apos;s defaults (no rules saved yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: version %1, saved by %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 was saved meanwhile; your draft is kept. Revert to see the rules in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parses: %1 rules, %2 lists; the IP is read from metadata &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtesting over the %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2: %3 charges; the draft would have reviewed %4 and blocked %5. Money of the flagged payments that went through: %6 (of it fraud: %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labels yet (no dispute marked fraudulent, no decision): precision and recall cannot be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against %1 labelled charges (disputes as fraudulent, analysts&apos; decisions): precision %2, recall %3; Stripe&apos;s risk level alone: precision %4, recall %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Paydeck starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::SourceDialog</name>
    <message>
        <source>Edit Stripe account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Stripe account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme EU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sk_live_… or a restricted key rk_live_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: PEM file of a CA or pinned certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections are always verified. A certificate file adds trust for a private CA or pins a self-signed server; it never turns checks off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account&apos;s secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: 127.0.0.1:8787, for Stripe webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhook endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whsec_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook signing &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook endpoint must be 127.0.0.1:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the endpoint&apos;s signing secret (whsec_…) from the Stripe dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::SourcesModel</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active, up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active, degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the last complete sync: how old the newest data may be. Up to date means within two sync intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active, behind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::TransactionsModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::TransactionsPage</name>
    <message>
        <source>Search by ID, charge, payout, description, e-mail or card digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (updating…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln transaction(s)</source>
        <translation>
            <numerusform>%Ln transaction</numerusform>
            <numerusform>%Ln transactions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, amounts sorted within each currency (no exchange rates yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln without the filters.</source>
        <translation>
            <numerusform>%Ln without the filters.</numerusform>
            <numerusform>%Ln without the filters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 (%3): only money that moved has a balance transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ids are found by their beginning, text anywhere in descriptions, e-mails and names, four digits as a card&apos;s last four.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — double-click to show its transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not paid out yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrives %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none matched yet (see Reconciliation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — double-click to see it in Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>the end of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3, found %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>could not make %1 private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made %1 private (%2 → %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
