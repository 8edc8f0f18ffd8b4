<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>empty amount</source>
        <translation>leerer Betrag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation>„%1“ hat mehr Nachkommastellen, als %2 erlaubt (%3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large an amount</source>
        <translation>„%1“ ist ein zu großer Betrag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>„%1“ ist kein Betrag</translation>
    </message>
    <message>
        <source>unknown TLS error</source>
        <translation>unbekannter TLS-Fehler</translation>
    </message>
    <message>
        <source>cannot load certificate %1: %2</source>
        <translation>Zertifikat %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>cannot load key %1: %2</source>
        <translation>Schlüssel %1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>cannot create a socket: %1</source>
        <translation>Socket kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address</source>
        <translation>„%1“ ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <source>(object without id)</source>
        <translation>(Objekt ohne ID)</translation>
    </message>
    <message>
        <source>%1: required field &quot;%2&quot; is missing or has the wrong type</source>
        <translation>%1: Pflichtfeld „%2“ fehlt oder hat den falschen Typ</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an ISO 4217 currency</source>
        <translation>%1: „%2“ ist keine ISO-4217-Währung</translation>
    </message>
    <message>
        <source>expected a %1 object</source>
        <translation>ein %1-Objekt erwartet</translation>
    </message>
    <message>
        <source>%1: expected a %2, got a %3</source>
        <translation>%1: %2 erwartet, %3 erhalten</translation>
    </message>
    <message>
        <source>the response is not valid JSON (%1, %2 bytes)</source>
        <translation>die Antwort ist kein gültiges JSON (%1, %2 Bytes)</translation>
    </message>
    <message>
        <source>the response is not a list object</source>
        <translation>die Antwort ist kein Listenobjekt</translation>
    </message>
    <message>
        <source>the list has no &quot;data&quot; array</source>
        <translation>die Liste hat kein „data“-Array</translation>
    </message>
    <message>
        <source>the list has no &quot;has_more&quot; flag</source>
        <translation>die Liste hat kein „has_more“-Feld</translation>
    </message>
    <message>
        <source>object %1 of the page: %2</source>
        <translation>Objekt %1 der Seite: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot generate keys: %1</source>
        <translation>Schlüssel können nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>cannot create the sandbox CA: %1</source>
        <translation>die Sandbox-CA kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>cannot create the sandbox certificate: %1</source>
        <translation>das Sandbox-Zertifikat kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>cannot write the sandbox certificates to %1</source>
        <translation>die Sandbox-Zertifikate können nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the sandbox did not start: %1</source>
        <translation>die Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>der Datenspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>SQL error: %1</source>
        <translation>SQL-Fehler: %1</translation>
    </message>
    <message>
        <source>the store %1 was written by a newer Paydeck (schema %2, this build knows %3)</source>
        <translation>der Datenspeicher %1 stammt von einem neueren Paydeck (Schema %2, diese Version kennt %3)</translation>
    </message>
    <message>
        <source>migration %1 failed: %2</source>
        <translation>Migration %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>cannot prepare the store %1: %2</source>
        <translation>der Datenspeicher %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>storing failed: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: wants KIND:PROBABILITY with a probability from 0 to 1</source>
        <translation>Fehler „%1“: erwartet ART:WAHRSCHEINLICHKEIT mit einer Wahrscheinlichkeit von 0 bis 1</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: Retry-After must be seconds</source>
        <translation>Fehler „%1“: Retry-After muss in Sekunden angegeben sein</translation>
    </message>
    <message>
        <source>fault &quot;%1&quot;: the delay must be milliseconds</source>
        <translation>Fehler „%1“: die Verzögerung muss in Millisekunden angegeben sein</translation>
    </message>
    <message>
        <source>unknown fault &quot;%1&quot; (429, 500, drop, slow, truncate, badjson)</source>
        <translation>unbekannter Fehler „%1“ (429, 500, drop, slow, truncate, badjson)</translation>
    </message>
    <message>
        <source>the fault probabilities add up to more than 1</source>
        <translation>die Fehlerwahrscheinlichkeiten ergeben zusammen mehr als 1</translation>
    </message>
    <message>
        <source>--outage wants FROM-TO in seconds after start, got &quot;%1&quot;</source>
        <translation>--outage erwartet VON-BIS in Sekunden nach dem Start, erhalten: „%1“</translation>
    </message>
    <message>
        <source>the webhook address must be HOST:PORT, got &quot;%1&quot;</source>
        <translation>die Webhook-Adresse muss HOST:PORT sein, erhalten: „%1“</translation>
    </message>
    <message>
        <source>the webhook endpoint listens on loopback only (plain HTTP), not %1</source>
        <translation>der Webhook-Empfänger lauscht nur auf Loopback (einfaches HTTP), nicht auf %1</translation>
    </message>
    <message>
        <source>webhook refused: %1</source>
        <translation>Webhook abgelehnt: %1</translation>
    </message>
    <message>
        <source>webhook refused: a signed body that is not a Stripe event</source>
        <translation>Webhook abgelehnt: ein signierter Inhalt, der kein Stripe-Ereignis ist</translation>
    </message>
    <message>
        <source>Unable to extract timestamp and signatures from header</source>
        <translation>Zeitstempel und Signaturen lassen sich dem Header nicht entnehmen</translation>
    </message>
    <message>
        <source>No signatures found with expected scheme</source>
        <translation>Keine Signaturen im erwarteten Schema gefunden</translation>
    </message>
    <message>
        <source>No signatures found matching the expected signature for payload</source>
        <translation>Keine Signatur passt zur erwarteten Signatur des Inhalts</translation>
    </message>
    <message>
        <source>Timestamp outside the tolerance zone</source>
        <translation>Zeitstempel außerhalb der Toleranz</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown argument: %1</source>
        <translation>unbekanntes Argument: %1</translation>
    </message>
    <message>
        <source>--listen wants HOST:PORT, got &quot;%1&quot;</source>
        <translation>--listen erwartet HOST:PORT, erhalten: „%1“</translation>
    </message>
    <message>
        <source>%1 wants a non-negative number, got &quot;%2&quot;</source>
        <translation>%1 erwartet eine nicht-negative Zahl, erhalten: „%2“</translation>
    </message>
    <message>
        <source>sandbox: %1</source>
        <translation>Sandbox: %1</translation>
    </message>
    <message>
        <source>no store at %1 (run a sync first)</source>
        <translation>kein Datenspeicher unter %1 (zuerst synchronisieren)</translation>
    </message>
    <message>
        <source>sync needs --stripe-url and --api-key</source>
        <translation>sync braucht --stripe-url und --api-key</translation>
    </message>
    <message>
        <source>the CA certificate %1 does not exist</source>
        <translation>das CA-Zertifikat %1 existiert nicht</translation>
    </message>
    <message>
        <source>--stripe-url must be an https:// URL, got &quot;%1&quot;</source>
        <translation>--stripe-url muss eine https://-URL sein, erhalten: „%1“</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>unbekannter Befehl %1</translation>
    </message>
    <message>
        <source>--webhook-url must be an http:// URL on loopback, got &quot;%1&quot;</source>
        <translation>--webhook-url muss eine http://-URL auf Loopback sein, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--webhook-url needs --webhook-secret</source>
        <translation>--webhook-url braucht --webhook-secret</translation>
    </message>
    <message>
        <source>serve needs --webhook-listen HOST:PORT and --webhook-secret SECRET</source>
        <translation>serve braucht --webhook-listen HOST:PORT und --webhook-secret GEHEIMNIS</translation>
    </message>
    <message>
        <source>usage: webhook verify --secret S --header H --payload-file F [--now UNIX] [--tolerance S]</source>
        <translation>Aufruf: webhook verify --secret S --header H --payload-file F [--now UNIX] [--tolerance S]</translation>
    </message>
    <message>
        <source>webhook verify needs --secret, --header and --payload-file</source>
        <translation>webhook verify braucht --secret, --header und --payload-file</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--now wants a Unix time, got &quot;%1&quot;</source>
        <translation>--now erwartet eine Unix-Zeit, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--tolerance wants seconds, got &quot;%1&quot;</source>
        <translation>--tolerance erwartet Sekunden, erhalten: „%1“</translation>
    </message>
    <message>
        <source>invalid signature: %1</source>
        <translation>ungültige Signatur: %1</translation>
    </message>
    <message>
        <source>timeouts are milliseconds, got &quot;%1&quot;</source>
        <translation>Zeitlimits werden in Millisekunden angegeben, erhalten: „%1“</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Finance-operations console for payments</source>
        <translation>Finanz-Konsole für Zahlungen</translation>
    </message>
    <message>
        <source>Keep the store and settings in &lt;dir&gt;.</source>
        <translation>Datenspeicher und Einstellungen in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <source>Paydeck</source>
        <translation>Paydeck</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Das Datenverzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Open on &lt;screen&gt;: overview, transactions or sources.</source>
        <translation>Mit &lt;screen&gt; öffnen: overview, transactions oder sources.</translation>
    </message>
</context>
<context>
    <name>paydeck::stripe::StripeClient</name>
    <message>
        <source>the URL %1 is not an https:// URL</source>
        <translation>die URL %1 ist keine https://-URL</translation>
    </message>
    <message>
        <source>no API key is set</source>
        <translation>kein API-Schlüssel gesetzt</translation>
    </message>
    <message>
        <source>cannot read the CA certificate %1: %2</source>
        <translation>das CA-Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>TLS verification failed: %1</source>
        <translation>TLS-Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no URL is set</source>
        <translation>keine URL gesetzt</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>no connection within %1 ms</source>
        <translation>keine Verbindung innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>no data for %1 ms</source>
        <translation>keine Daten seit %1 ms</translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts)</source>
        <translation>%1 (nach %2 Versuchen aufgegeben)</translation>
    </message>
</context>
<context>
    <name>paydeck::sync::SourceSync</name>
    <message>
        <source>source &quot;%1&quot;: %2</source>
        <translation>Quelle „%1“: %2</translation>
    </message>
    <message>
        <source>GET /v1/%1: %2</source>
        <translation>GET /v1/%1: %2</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: GET /v1/events: %2</source>
        <translation>Quelle „%1“: GET /v1/events: %2</translation>
    </message>
    <message>
        <source>the response is not an event list</source>
        <translation>die Antwort ist keine Ereignisliste</translation>
    </message>
    <message>
        <source>an event without id, type or created</source>
        <translation>ein Ereignis ohne id, type oder created</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: transactions of payout %2: %3</source>
        <translation>Quelle „%1“: Buchungen der Auszahlung %2: %3</translation>
    </message>
    <message>
        <source>the response is not valid JSON</source>
        <translation>die Antwort ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: GET /v1/%2/%3: %4</source>
        <translation>Quelle „%1“: GET /v1/%2/%3: %4</translation>
    </message>
</context>
<context>
    <name>paydeck::sync::SyncService</name>
    <message>
        <source>cannot save the source &quot;%1&quot;: %2</source>
        <translation>die Quelle „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: webhooks: %2</source>
        <translation>Quelle „%1“: Webhooks: %2</translation>
    </message>
</context>
<context>
    <name>paydeck::ui</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation><numerusform>+%n weitere</numerusform><numerusform>+%n weitere</numerusform></translation>
    </message>
</context>
<context>
    <name>paydeck::ui::KpiTile</name>
    <message>
        <source>Last 7 days: %1</source>
        <translation>Letzte 7 Tage: %1</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::MainWindow</name>
    <message>
        <source>Paydeck</source>
        <translation>Paydeck</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Buchungen</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Sandbox data — a simulated Stripe account running on this computer. Add your own account under File › Add Stripe account…</source>
        <translation>Sandbox-Daten – ein simuliertes Stripe-Konto auf diesem Rechner. Ihr eigenes Konto fügen Sie unter Datei › Stripe-Konto hinzufügen… hinzu.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Add Stripe account…</source>
        <translation>Stripe-Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisieren</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Paydeck</source>
        <translation>&amp;Über Paydeck</translation>
    </message>
    <message>
        <source>About Paydeck</source>
        <translation>Über Paydeck</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paydeck %1&lt;/b&gt;&lt;p&gt;A finance-operations console for payments: live sync from Stripe, a local store, analytics and reconciliation.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Paydeck %1&lt;/b&gt;&lt;p&gt;Eine Finanz-Konsole für Zahlungen: Live-Synchronisation mit Stripe, ein lokaler Datenspeicher, Auswertungen und Abgleich.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Paydeck — Sandbox data</source>
        <translation>Paydeck – Sandbox-Daten</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>first sync, %1 objects</source>
        <translation>erste Synchronisation, %1 Objekte</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <source>up to date (%1)</source>
        <translation>aktuell (%1)</translation>
    </message>
    <message>
        <source>failing: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>&amp;Edit Stripe account…</source>
        <translation>Stripe-Konto &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit Stripe account</source>
        <translation>Stripe-Konto bearbeiten</translation>
    </message>
    <message>
        <source>There is no Stripe account to edit yet; the sandbox needs no settings.</source>
        <translation>Es gibt noch kein Stripe-Konto zum Bearbeiten; die Sandbox braucht keine Einstellungen.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::OverviewPage</name>
    <message>
        <source>%1 % of %2</source>
        <translation>%1 % von %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Gross volume</source>
        <translation>Bruttovolumen</translation>
    </message>
    <message>
        <source>Successful payments</source>
        <translation>Erfolgreiche Zahlungen</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Rückbuchungen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Hourly volume, last 48 hours</source>
        <translation>Volumen pro Stunde, letzte 48 Stunden</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <source>Chart currency</source>
        <translation>Währung des Diagramms</translation>
    </message>
    <message>
        <source>Succeeded payments</source>
        <translation>Erfolgreiche Zahlungen</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>Noch keine Zahlungen.</translation>
    </message>
    <message>
        <source>%1 in the last 48 hours · %2 transactions in the store</source>
        <translation>%1 in den letzten 48 Stunden · %2 Buchungen im Datenspeicher</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies the next time Paydeck starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Paydeck.</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::SourceDialog</name>
    <message>
        <source>Edit Stripe account</source>
        <translation>Stripe-Konto bearbeiten</translation>
    </message>
    <message>
        <source>Add Stripe account</source>
        <translation>Stripe-Konto hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Acme EU</source>
        <translation>z. B. Acme EU</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <source>sk_live_… or a restricted key rk_live_…</source>
        <translation>sk_live_… oder ein eingeschränkter Schlüssel rk_live_…</translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation>Geheimer &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>optional: PEM file of a CA or pinned certificate</source>
        <translation>optional: PEM-Datei einer CA oder eines fest hinterlegten Zertifikats</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Trusted &amp;certificate:</source>
        <translation>Vertrauenswürdiges &amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Connections are always verified. A certificate file adds trust for a private CA or pins a self-signed server; it never turns checks off.</source>
        <translation>Verbindungen werden immer geprüft. Eine Zertifikatsdatei fügt Vertrauen für eine private CA hinzu oder hinterlegt einen selbstsignierten Server fest; sie schaltet Prüfungen nie ab.</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>The API URL must start with https://.</source>
        <translation>Die API-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s secret key.</source>
        <translation>Geben Sie den geheimen Schlüssel des Kontos ein.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>optional: 127.0.0.1:8787, for Stripe webhooks</source>
        <translation>optional: 127.0.0.1:8787, für Stripe-Webhooks</translation>
    </message>
    <message>
        <source>&amp;Webhook endpoint:</source>
        <translation>&amp;Webhook-Endpunkt:</translation>
    </message>
    <message>
        <source>whsec_…</source>
        <translation>whsec_…</translation>
    </message>
    <message>
        <source>Webhook signing &amp;secret:</source>
        <translation>Webhook-&amp;Signaturgeheimnis:</translation>
    </message>
    <message>
        <source>The webhook endpoint must be 127.0.0.1:PORT.</source>
        <translation>Der Webhook-Endpunkt muss 127.0.0.1:PORT sein.</translation>
    </message>
    <message>
        <source>Enter the endpoint&apos;s signing secret (whsec_…) from the Stripe dashboard.</source>
        <translation>Geben Sie das Signaturgeheimnis des Endpunkts (whsec_…) aus dem Stripe-Dashboard ein.</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::SourcesModel</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Circuit</source>
        <translation>Schutzschalter</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Rückstand</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>standby</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <source>active, up to date</source>
        <translation>aktiv, aktuell</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>probing</source>
        <translation>prüft</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::TransactionsModel</name>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::TransactionsPage</name>
    <message>
        <source>Search by ID, charge, payout, description, e-mail or card digits</source>
        <translation>Suche nach ID, Zahlung, Auszahlung, Beschreibung, E-Mail oder Kartenziffern</translation>
    </message>
    <message>
        <source>Search transactions</source>
        <translation>Buchungen durchsuchen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation><numerusform>%n Buchung</numerusform><numerusform>%n Buchungen</numerusform></translation>
    </message>
    <message>
        <source>%1 (updating…)</source>
        <translation>%1 (wird aktualisiert…)</translation>
    </message>
</context>
</TS>
