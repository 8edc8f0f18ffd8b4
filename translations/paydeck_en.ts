<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>sync needs --stripe-url and --api-key</source>
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
        <source>serve needs --webhook-listen HOST:PORT and --webhook-secret SECRET</source>
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
        <source>timeouts are milliseconds, got &quot;%1&quot;</source>
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
        <source>Cannot create the data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on &lt;screen&gt;: overview, transactions or sources.</source>
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
        <source>cannot read the CA certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
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
    <name>paydeck::sync::SourceSync</name>
    <message>
        <source>source &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /v1/%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: GET /v1/events: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is not an event list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event without id, type or created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: transactions of payout %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: GET /v1/%2/%3: %4</source>
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
</context>
<context>
    <name>paydeck::ui</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation><numerusform>+%n more</numerusform><numerusform>+%n more</numerusform></translation>
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
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first sync, %1 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failing: %1</source>
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
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart currency</source>
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
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
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
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation><numerusform>%n transaction</numerusform><numerusform>%n transactions</numerusform></translation>
    </message>
    <message>
        <source>%1 (updating…)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
