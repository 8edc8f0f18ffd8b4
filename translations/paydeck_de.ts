<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CsvTable</name>
    <message>
        <source>%1:%2: a quoted field is never closed</source>
        <translation>%1:%2: ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>DecideCommand</name>
    <message>
        <source>manual match</source>
        <translation>manuelle Zuordnung</translation>
    </message>
    <message>
        <source>write-off</source>
        <translation>Ausbuchung</translation>
    </message>
    <message>
        <source>nothing to undo: the decision was not written</source>
        <translation>nichts rückgängig zu machen: die Entscheidung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>undo: %1</source>
        <translation>rückgängig: %1</translation>
    </message>
</context>
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
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the response is not valid JSON</source>
        <translation>die Antwort ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>a PostgreSQL store needs a build with its backend</source>
        <translation>Ein PostgreSQL-Speicher braucht einen Build mit diesem Backend</translation>
    </message>
    <message>
        <source>adding a column to %1 failed: %2</source>
        <translation>Eine Spalte zu %1 hinzuzufügen ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>an event without id, type or created</source>
        <translation>ein Ereignis ohne id, type oder created</translation>
    </message>
    <message>
        <source>the response is not an event list</source>
        <translation>die Antwort ist keine Ereignisliste</translation>
    </message>
    <message>
        <source>not a Stripe event</source>
        <translation>kein Stripe-Ereignis</translation>
    </message>
    <message>
        <source>cannot read the transactions: %1</source>
        <translation>die Buchungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the charges: %1</source>
        <translation>die Zahlungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the store holds an exchange rate that is not a decimal: %1 on %2 (&quot;%3&quot;)</source>
        <translation>der Speicher enthält einen Wechselkurs, der keine Dezimalzahl ist: %1 am %2 („%3“)</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>must be a whole number of at least %1</source>
        <translation>muss eine ganze Zahl von mindestens %1 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is none of %2</source>
        <translation>„%1“ ist keiner von %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; %2</source>
        <translation>Feld „%1“ %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is not a filter this rule knows</source>
        <translation>ist kein Filter, den diese Regel kennt</translation>
    </message>
    <message>
        <source>must be an ISO 4217 code</source>
        <translation>muss ein ISO-4217-Code sein</translation>
    </message>
    <message>
        <source>is not a field of a rule</source>
        <translation>ist kein Feld einer Regel</translation>
    </message>
    <message>
        <source>must be 1–64 of a–z, 0–9, _ and -</source>
        <translation>muss aus 1–64 Zeichen a–z, 0–9, _ und - bestehen</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be an object of texts</source>
        <translation>muss ein Objekt aus Texten sein</translation>
    </message>
    <message>
        <source>is needed: amounts of different currencies do not add up</source>
        <translation>wird gebraucht: Beträge verschiedener Währungen lassen sich nicht addieren</translation>
    </message>
    <message>
        <source>is a rate: between 0 and 1</source>
        <translation>ist eine Quote: zwischen 0 und 1</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>%1: not JSON (%2 at byte %3)</source>
        <translation>%1: kein JSON (%2 bei Byte %3)</translation>
    </message>
    <message>
        <source>%1: not a rule file (no &quot;rules&quot; array)</source>
        <translation>%1: keine Regeldatei (kein „rules“-Array)</translation>
    </message>
    <message>
        <source>%1: rule %2 is not an object</source>
        <translation>%1: Regel %2 ist kein Objekt</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>rule %1 (&quot;%2&quot;)</source>
        <translation>Regel %1 („%2“)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2: field &quot;id&quot; is used by an earlier rule</source>
        <translation>%1: %2: Feld „id“ wird schon von einer früheren Regel verwendet</translation>
    </message>
    <message>
        <source>%1: not one rule</source>
        <translation>%1: nicht genau eine Regel</translation>
    </message>
    <message>
        <source>Payment success rate dropped</source>
        <translation>Zahlungserfolgsquote gesunken</translation>
    </message>
    <message>
        <source>Fewer payments succeed than usual for this hour.</source>
        <translation>Weniger Zahlungen gelingen als zu dieser Stunde üblich.</translation>
    </message>
    <message>
        <source>Decline spike</source>
        <translation>Ablehnungsspitze</translation>
    </message>
    <message>
        <source>More payments are declined than usual for this hour.</source>
        <translation>Mehr Zahlungen werden abgelehnt als zu dieser Stunde üblich.</translation>
    </message>
    <message>
        <source>Card-testing burst</source>
        <translation>Kartentest-Welle</translation>
    </message>
    <message>
        <source>A burst of declined payments in minutes: someone may be testing stolen cards.</source>
        <translation>Viele abgelehnte Zahlungen in wenigen Minuten: Jemand testet womöglich gestohlene Karten.</translation>
    </message>
    <message>
        <source>Refund spike</source>
        <translation>Erstattungsspitze</translation>
    </message>
    <message>
        <source>More refunds than usual for this time of the week.</source>
        <translation>Mehr Erstattungen als zu dieser Zeit der Woche üblich.</translation>
    </message>
    <message>
        <source>Dispute wave</source>
        <translation>Rückbuchungswelle</translation>
    </message>
    <message>
        <source>More disputes opened in a day than usual.</source>
        <translation>Mehr Rückbuchungen an einem Tag als üblich.</translation>
    </message>
    <message>
        <source>Payment volume dropped</source>
        <translation>Zahlungsvolumen eingebrochen</translation>
    </message>
    <message>
        <source>Far fewer payments than usual for this hour: checkout or a provider may be down.</source>
        <translation>Weit weniger Zahlungen als zu dieser Stunde üblich: Kasse oder Zahlungsanbieter sind womöglich ausgefallen.</translation>
    </message>
    <message>
        <source>Unusually large payment</source>
        <translation>Ungewöhnlich große Zahlung</translation>
    </message>
    <message>
        <source>A single payment above 4,000.00 USD.</source>
        <translation>Eine einzelne Zahlung über 4.000,00 USD.</translation>
    </message>
    <message>
        <source>the store&apos;s alert rule</source>
        <translation>die Alarmregel im Speicher</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>the store holds an alert in an unknown state: %1</source>
        <translation>der Speicher enthält einen Alarm in einem unbekannten Zustand: %1</translation>
    </message>
    <message>
        <source>no alert of rule &quot;%1&quot; is firing or pending</source>
        <translation>kein Alarm der Regel „%1“ ist ausgelöst oder anstehend</translation>
    </message>
    <message>
        <source>a silence must end after it starts</source>
        <translation>eine Stummschaltung muss nach ihrem Beginn enden</translation>
    </message>
    <message>
        <source>a silence needs at least one label to match</source>
        <translation>eine Stummschaltung braucht mindestens ein Label zum Abgleich</translation>
    </message>
    <message>
        <source>no silence %1</source>
        <translation>keine Stummschaltung %1</translation>
    </message>
    <message>
        <source>a mute timing needs weekdays 1–7 and two different times of day</source>
        <translation>eine Stummschaltzeit braucht Wochentage 1–7 und zwei verschiedene Uhrzeiten</translation>
    </message>
    <message>
        <source>must be above or below: %1 is judged on its state now, which has no history to compare with</source>
        <translation>muss above oder below sein: %1 wird nach dem jetzigen Zustand beurteilt, zu dem es keine Vergangenheit zum Vergleich gibt</translation>
    </message>
    <message>
        <source>%1 is judged on the state now; no history of it is kept to backtest</source>
        <translation>%1 wird nach dem jetzigen Zustand beurteilt; dessen Verlauf wird nicht gespeichert und kann nicht rückgetestet werden</translation>
    </message>
    <message>
        <source>Source down</source>
        <translation>Quelle ausgefallen</translation>
    </message>
    <message>
        <source>A source&apos;s sync keeps failing: its payments are not coming in.</source>
        <translation>Die Synchronisierung einer Quelle schlägt wiederholt fehl: ihre Zahlungen kommen nicht an.</translation>
    </message>
    <message>
        <source>Sync behind</source>
        <translation>Synchronisierung im Rückstand</translation>
    </message>
    <message>
        <source>A source has not synced successfully for over an hour.</source>
        <translation>Eine Quelle wurde seit über einer Stunde nicht erfolgreich synchronisiert.</translation>
    </message>
    <message>
        <source>Webhooks silent</source>
        <translation>Webhooks bleiben aus</translation>
    </message>
    <message>
        <source>No webhook for 15 minutes while polling finds new events: the provider stopped sending them, or they do not reach Paydeck.</source>
        <translation>Seit 15 Minuten kein Webhook, obwohl die Abfrage neue Ereignisse findet: der Anbieter sendet keine mehr, oder sie erreichen Paydeck nicht.</translation>
    </message>
    <message>
        <source>Provider errors</source>
        <translation>Fehler beim Anbieter</translation>
    </message>
    <message>
        <source>A provider endpoint&apos;s breaker is open: it failed too often and is rested.</source>
        <translation>Der Schutzschalter eines Anbieter-Endpunkts ist offen: er ist zu oft fehlgeschlagen und wird geschont.</translation>
    </message>
    <message>
        <source>Payout missing</source>
        <translation>Auszahlung fehlt</translation>
    </message>
    <message>
        <source>A payout is not on the bank statement although the statement reaches past the day it was due.</source>
        <translation>Eine Auszahlung steht nicht auf dem Kontoauszug, obwohl der Auszug über ihren Fälligkeitstag hinausreicht.</translation>
    </message>
    <message>
        <source>Payout arrived with another amount</source>
        <translation>Auszahlung mit anderem Betrag eingegangen</translation>
    </message>
    <message>
        <source>A payout&apos;s bank line is not the amount the provider paid out.</source>
        <translation>Die Bankbuchung einer Auszahlung hat nicht den Betrag, den der Anbieter ausgezahlt hat.</translation>
    </message>
    <message>
        <source>Unmatched bank money</source>
        <translation>Nicht zugeordnetes Geld auf der Bank</translation>
    </message>
    <message>
        <source>Bank lines reconciliation could not place on any payout.</source>
        <translation>Bankbuchungen, die der Abgleich keiner Auszahlung zuordnen konnte.</translation>
    </message>
    <message>
        <source>%1: not a holiday calendar (a JSON object of currencies and their dates expected): %2</source>
        <translation>%1: kein Feiertagskalender (erwartet wird ein JSON-Objekt aus Währungen und ihren Daten): %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a currency code with a list of dates</source>
        <translation>%1: &quot;%2&quot; muss ein Währungscode mit einer Liste von Daten sein</translation>
    </message>
    <message>
        <source>%1: %2, entry %3: not a date (YYYY-MM-DD)</source>
        <translation>%1: %2, Eintrag %3: kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: alerts go to https://, or to http:// on this computer only</source>
        <translation>%1: Alarme gehen an https:// oder an http:// nur auf diesem Computer</translation>
    </message>
    <message>
        <source>Fraud blocked</source>
        <translation>Betrug gesperrt</translation>
    </message>
    <message>
        <source>The fraud rules blocked payments of the last hour: a card-testing burst or a ring may be at work. The fraud queue has them.</source>
        <translation>Die Betrugsregeln haben Zahlungen der letzten Stunde gesperrt: vielleicht testet jemand Karten, oder ein Ring ist am Werk. Die Betrugsprüfliste enthält sie.</translation>
    </message>
    <message>
        <source>Card testing</source>
        <translation>Kartentests</translation>
    </message>
    <message>
        <source>Cards were tried one after another within minutes in the last hour, from one IP or one card range (BIN): someone is testing stolen card numbers. The fraud queue has them.</source>
        <translation>In der letzten Stunde wurden innerhalb von Minuten Karten nacheinander versucht, von einer IP oder aus einem Kartenbereich (BIN): jemand testet gestohlene Kartennummern. Die Betrugs-Warteschlange enthält sie.</translation>
    </message>
    <message>
        <source>a row of %1 cells for %2 columns</source>
        <translation>eine Zeile mit %1 Zellen für %2 Spalten</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <source>Available on (UTC)</source>
        <translation>Verfügbar am (UTC)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Reporting category</source>
        <translation>Berichtskategorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
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
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>the export was cancelled; nothing was written to %1</source>
        <translation>der Export wurde abgebrochen; nach %1 wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>the workbook could not be created</source>
        <translation>die Arbeitsmappe konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>the sheet could not be added</source>
        <translation>das Tabellenblatt konnte nicht hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message numerus="yes">
        <source>%n balance transaction(s) with a net of %1 together: the payout&apos;s amount.</source>
        <translation>
            <numerusform>%n Saldobuchung mit zusammen %1 netto: der Betrag der Auszahlung.</numerusform>
            <numerusform>%n Saldobuchungen mit zusammen %1 netto: der Betrag der Auszahlung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) net %1 of the payout&apos;s %2</source>
        <translation>
            <numerusform>%n Buchung: netto %1 von %2 der Auszahlung</numerusform>
            <numerusform>%n Buchungen: netto %1 von %2 der Auszahlung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>unknown rule &quot;%1&quot; (known: %2)</source>
        <translation>unbekannte Regel „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>the date window must be 0 to 30 business days</source>
        <translation>das Datumsfenster muss 0 bis 30 Geschäftstage betragen</translation>
    </message>
</context>
<context>
    <name>StatementFile</name>
    <message>
        <source>%1: the CSV columns need a mapping (%2)</source>
        <translation>%1: die CSV-Spalten brauchen eine Zuordnung (%2)</translation>
    </message>
    <message>
        <source>%1: not a bank statement (expected camt.052/053/054 XML, MT940/MT942 or CSV)</source>
        <translation>%1: kein Kontoauszug (erwartet: camt.052/053/054-XML, MT940/MT942 oder CSV)</translation>
    </message>
</context>
<context>
    <name>UnmatchCommand</name>
    <message>
        <source>unmatch</source>
        <translation>Zuordnung aufheben</translation>
    </message>
    <message>
        <source>undo: %1</source>
        <translation>rückgängig: %1</translation>
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
        <source>--statement-format is camt053 or mt940, got &quot;%1&quot;</source>
        <translation>--statement-format ist camt053 oder mt940, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--statement-format needs --statement-out FILE</source>
        <translation>--statement-format braucht --statement-out DATEI</translation>
    </message>
    <message>
        <source>give the %1 once, not as text and as a file</source>
        <translation>geben Sie %1 nur einmal an, nicht als Text und als Datei</translation>
    </message>
    <message>
        <source>--incident wants KIND:START:DURATION (seconds; KIND one of decline_spike, card_testing, refund_spike, dispute_wave, volume_drop, api_outage, webhook_silence), got &quot;%1&quot;</source>
        <translation>--incident erwartet ART:BEGINN:DAUER (Sekunden; ART eine von decline_spike, card_testing, refund_spike, dispute_wave, volume_drop, api_outage, webhook_silence), erhielt „%1“</translation>
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
        <source>Open on &lt;screen&gt;: overview, transactions, reconciliation or sources.</source>
        <translation>Mit &lt;screen&gt; öffnen: overview, transactions, reconciliation oder sources.</translation>
    </message>
</context>
<context>
    <name>paydeck::alerts::AlertService</name>
    <message>
        <source>Alerts cannot be changed here: the store is read-only.</source>
        <translation>Alarme können hier nicht geändert werden: Der Speicher ist schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>paydeck::alerts::NotificationCenter</name>
    <message>
        <source>%1: the group wait cannot be negative</source>
        <translation>%1: die Gruppenwartezeit kann nicht negativ sein</translation>
    </message>
    <message>
        <source>No secret store: the signing secret of %1 cannot be kept</source>
        <translation>Kein Geheimnisspeicher: das Signaturgeheimnis von %1 kann nicht aufbewahrt werden</translation>
    </message>
    <message>
        <source>Notification targets cannot be changed here: the store is read-only.</source>
        <translation>Benachrichtigungsziele können hier nicht geändert werden: der Speicher ist schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>paydeck::analytics::AnalyticsService</name>
    <message>
        <source>The analytics have not read the store yet.</source>
        <translation>Die Analyse hat den Datenspeicher noch nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>paydeck::cli</name>
    <message>
        <source>%1 wants a date as YYYY-MM-DD, got &quot;%2&quot;</source>
        <translation>%1 erwartet ein Datum als JJJJ-MM-TT, erhalten: „%2“</translation>
    </message>
    <message>
        <source>import-statement needs at least one FILE</source>
        <translation>import-statement braucht mindestens eine DATEI</translation>
    </message>
    <message>
        <source>no CSV mapping named &quot;%1&quot;</source>
        <translation>keine CSV-Zuordnung namens „%1“</translation>
    </message>
    <message>
        <source>balance proof not possible (no balances stated)</source>
        <translation>Saldenprüfung nicht möglich (keine Salden angegeben)</translation>
    </message>
    <message>
        <source>balance proof ok</source>
        <translation>Saldenprüfung in Ordnung</translation>
    </message>
    <message>
        <source>BALANCE PROOF FAILED: closing is %1 off</source>
        <translation>SALDENPRÜFUNG FEHLGESCHLAGEN: Endsaldo weicht um %1 ab</translation>
    </message>
    <message>
        <source>usage: import-ledger FILE --mapping NAME</source>
        <translation>Aufruf: import-ledger DATEI --mapping NAME</translation>
    </message>
    <message>
        <source>%1: cannot save mapping &quot;%2&quot; without doubt: %3</source>
        <translation>%1: Zuordnung „%2“ kann nicht zweifelsfrei gespeichert werden: %3</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from liegt nach --to</translation>
    </message>
    <message>
        <source>--only is payout_bank, charge_ledger or payout_transactions, got &quot;%1&quot;</source>
        <translation>--only ist payout_bank, charge_ledger oder payout_transactions, erhalten: „%1“</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no open exception %1 (see `paydeck-cli exceptions`)</source>
        <translation>keine offene Ausnahme %1 (siehe `paydeck-cli exceptions`)</translation>
    </message>
    <message>
        <source>%1 takes item ids (numbers), got &quot;%2&quot;</source>
        <translation>%1 erwartet Posten-IDs (Zahlen), erhalten: „%2“</translation>
    </message>
    <message>
        <source>%1 recorded as group %2 (undo: paydeck-cli decide unmatch --group %2 --note TEXT)</source>
        <translation>%1 als Gruppe %2 festgehalten (rückgängig: paydeck-cli decide unmatch --group %2 --note TEXT)</translation>
    </message>
    <message numerus="yes">
        <source>%n open exception(s)</source>
        <translation>
            <numerusform>%n offene Ausnahme</numerusform>
            <numerusform>%n offene Ausnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: decide match --exception ID --with ITEM_ID[,…] --note TEXT | decide write-off --exception ID --note TEXT | decide unmatch --group G --note TEXT</source>
        <translation>Aufruf: decide match --exception ID --with POSTEN_ID[,…] --note TEXT | decide write-off --exception ID --note TEXT | decide unmatch --group G --note TEXT</translation>
    </message>
    <message>
        <source>a decision needs --note TEXT (why; it is kept in the audit trail)</source>
        <translation>eine Entscheidung braucht --note TEXT (warum; sie wird im Prüfpfad festgehalten)</translation>
    </message>
    <message>
        <source>decide unmatch needs --group G (a match group number)</source>
        <translation>decide unmatch braucht --group G (die Nummer einer Zuordnungsgruppe)</translation>
    </message>
    <message>
        <source>unmatch</source>
        <translation>Zuordnung aufgehoben</translation>
    </message>
    <message>
        <source>decide %1 needs --exception ID (from `paydeck-cli exceptions`)</source>
        <translation>decide %1 braucht --exception ID (aus `paydeck-cli exceptions`)</translation>
    </message>
    <message>
        <source>exception %1 is a statement&apos;s balance proof: correct the statement and import it again</source>
        <translation>Ausnahme %1 ist die Saldenprüfung eines Auszugs: korrigieren Sie den Auszug und importieren Sie ihn erneut</translation>
    </message>
    <message>
        <source>decide match needs --with ITEM_ID (see `exceptions --candidates`)</source>
        <translation>decide match braucht --with POSTEN_ID (siehe `exceptions --candidates`)</translation>
    </message>
    <message>
        <source>timeouts are milliseconds, got &quot;%1&quot;</source>
        <translation>Zeitlimits werden in Millisekunden angegeben, erhalten: „%1“</translation>
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
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>webhook secret</source>
        <translation>Webhook-Geheimnis</translation>
    </message>
    <message>
        <source>sync needs an API key: --api-key-file FILE (private to you), PAYDECK_API_KEY, or --api-key KEY</source>
        <translation>sync braucht einen API-Schlüssel: --api-key-file DATEI (nur für Sie lesbar), PAYDECK_API_KEY oder --api-key SCHLÜSSEL</translation>
    </message>
    <message>
        <source>sync needs --stripe-url</source>
        <translation>sync braucht --stripe-url</translation>
    </message>
    <message>
        <source>serve needs --webhook-listen HOST:PORT and --webhook-secret SECRET</source>
        <translation>serve braucht --webhook-listen HOST:PORT und --webhook-secret GEHEIMNIS</translation>
    </message>
    <message>
        <source>usage: audit verify [--json]</source>
        <translation>Aufruf: audit verify [--json]</translation>
    </message>
    <message numerus="yes">
        <source>audit trail intact: %n entry(s), head %1</source>
        <translation>
            <numerusform>Prüfpfad intakt: %n Eintrag, Kopf %1</numerusform>
            <numerusform>Prüfpfad intakt: %n Einträge, Kopf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>audit trail BROKEN at entry %1: %2</source>
        <translation>Prüfpfad GEBROCHEN bei Eintrag %1: %2</translation>
    </message>
    <message>
        <source>--requests-per-second is a whole number (0: the provider&apos;s own limit), got &quot;%1&quot;</source>
        <translation>--requests-per-second ist eine ganze Zahl (0: das eigene Limit des Anbieters), erhalten: „%1“</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC): %3 charges, %4 taken, %5 declined; success rate %6; %7 refunds, %8 disputes</source>
        <translation>%1 bis %2 (UTC): %3 Zahlungen, %4 eingenommen, %5 abgelehnt; Erfolgsquote %6; %7 Erstattungen, %8 Rückbuchungen</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1: volume %2, refunded %3, fees %4, net %5, payouts paid %6</source>
        <translation>%1: Volumen %2, erstattet %3, Gebühren %4, netto %5, Auszahlungen erhalten %6</translation>
    </message>
    <message>
        <source>in %1: volume %2, refunded %3, fees %4, net %5</source>
        <translation>in %1: Volumen %2, erstattet %3, Gebühren %4, netto %5</translation>
    </message>
    <message>
        <source>not included (no exchange rate): %1</source>
        <translation>nicht enthalten (kein Wechselkurs): %1</translation>
    </message>
    <message>
        <source>rates: %1</source>
        <translation>Kurse: %1</translation>
    </message>
    <message>
        <source>%1 charges, %2 taken, %3 declined, success %4</source>
        <translation>%1 Zahlungen, %2 eingenommen, %3 abgelehnt, Erfolg %4</translation>
    </message>
    <message>
        <source>--from and --to want YYYY-MM-DD, the first not after the second</source>
        <translation>--from und --to erwarten JJJJ-MM-TT, das erste nicht nach dem zweiten</translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not an ISO 4217 currency</source>
        <translation>--currency: „%1“ ist keine ISO-4217-Währung</translation>
    </message>
    <message>
        <source>--by is one of currency, method, country, decline_code, day, hour, source; not &quot;%1&quot;</source>
        <translation>--by ist eines von currency, method, country, decline_code, day, hour, source; nicht „%1“</translation>
    </message>
    <message>
        <source>%1: rates of %2 currencies from %3 to %4: %5 new, %6 corrected, %7 already kept</source>
        <translation>%1: Kurse von %2 Währungen vom %3 bis %4: %5 neu, %6 korrigiert, %7 schon vorhanden</translation>
    </message>
    <message>
        <source>skipped currencies no longer in ISO 4217: %1</source>
        <translation>übersprungen, nicht mehr in ISO 4217: %1</translation>
    </message>
    <message>
        <source>usage: fx import FILE... [--json]</source>
        <translation>Aufruf: fx import DATEI... [--json]</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: not a reference-rate file</source>
        <translation>%1 ist größer als %2 MB: keine Referenzkurs-Datei</translation>
    </message>
    <message>
        <source>--date wants YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--date erwartet JJJJ-MM-TT, nicht „%1“</translation>
    </message>
    <message>
        <source>1 EUR = %1 %2  (%3 %4%5)</source>
        <translation>1 EUR = %1 %2  (%3 %4%5)</translation>
    </message>
    <message>
        <source>, the last published before %1</source>
        <translation>, der letzte vor dem %1 veröffentlichte</translation>
    </message>
    <message>
        <source>no rate for %1 on %2: amounts in it are not converted</source>
        <translation>kein Kurs für %1 am %2: Beträge darin werden nicht umgerechnet</translation>
    </message>
    <message>
        <source>usage: fx import FILE... | fx fetch [URL] [--ca-cert PATH] | fx show [--date YYYY-MM-DD]  (each with [--json])</source>
        <translation>Aufruf: fx import DATEI... | fx fetch [URL] [--ca-cert PFAD] | fx show [--date JJJJ-MM-TT]  (jeweils mit [--json])</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB: not a rule file</source>
        <translation>%1 ist größer als 4 MB: keine Regeldatei</translation>
    </message>
    <message>
        <source>--state: one of normal, pending, firing, resolved, no_data, error</source>
        <translation>--state: einer von normal, pending, firing, resolved, no_data, error</translation>
    </message>
    <message>
        <source> (since %1)</source>
        <translation> (seit %1)</translation>
    </message>
    <message>
        <source>usage: alerts rules export FILE | alerts rules import FILE [--user NAME]</source>
        <translation>Aufruf: alerts rules export DATEI | alerts rules import DATEI [--user NAME]</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) written to %1</source>
        <translation>
            <numerusform>%n Regel nach %1 geschrieben</numerusform>
            <numerusform>%n Regeln nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rules: %2 added, %3 changed (a new version each), %4 unchanged</source>
        <translation>%1 Regeln: %2 hinzugefügt, %3 geändert (je eine neue Version), %4 unverändert</translation>
    </message>
    <message>
        <source>usage: alerts backtest FILE [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]</source>
        <translation>Aufruf: alerts backtest DATEI [--from JJJJ-MM-TT] [--to JJJJ-MM-TT] [--json]</translation>
    </message>
    <message>
        <source>--from and --to: days as YYYY-MM-DD, --from before --to</source>
        <translation>--from und --to: Tage als JJJJ-MM-TT, --from vor --to</translation>
    </message>
    <message numerus="yes">
        <source>%1: fired %n time(s) in %2 evaluations (%3 judged)</source>
        <translation>
            <numerusform>%1: %n-mal ausgelöst in %2 Auswertungen (%3 beurteilt)</numerusform>
            <numerusform>%1: %n-mal ausgelöst in %2 Auswertungen (%3 beurteilt)</numerusform>
        </translation>
    </message>
    <message>
        <source>still firing</source>
        <translation>noch ausgelöst</translation>
    </message>
    <message>
        <source>--match %1: LABEL=VALUE</source>
        <translation>--match %1: LABEL=WERT</translation>
    </message>
    <message>
        <source>silence %1 until %2</source>
        <translation>Stummschaltung %1 bis %2</translation>
    </message>
    <message>
        <source>usage: alerts ack RULE [--note TEXT] [--user NAME]</source>
        <translation>Aufruf: alerts ack REGEL [--note TEXT] [--user NAME]</translation>
    </message>
    <message>
        <source>acknowledged %1</source>
        <translation>%1 bestätigt</translation>
    </message>
    <message>
        <source>--notify-secret</source>
        <translation>--notify-secret</translation>
    </message>
    <message>
        <source>--notify-url %1: https://, or http:// on loopback</source>
        <translation>--notify-url %1: https:// oder http:// auf Loopback</translation>
    </message>
    <message>
        <source>--notify-group-wait wants seconds, got &quot;%1&quot;</source>
        <translation>--notify-group-wait erwartet Sekunden, erhielt „%1“</translation>
    </message>
    <message>
        <source>the --notify-… options need --notify-url</source>
        <translation>die --notify-…-Optionen brauchen --notify-url</translation>
    </message>
    <message>
        <source>usage: alerts silence --match LABEL=VALUE [--match …] --for 2h --comment WHY [--weekdays sat,sun] [--hours 22:00-06:00] [--user NAME]  (--for: a number and s, m, h or d)</source>
        <translation>Aufruf: alerts silence --match LABEL=WERT [--match …] --for 2h --comment GRUND [--weekdays sat,sun] [--hours 22:00-06:00] [--user NAME]  (--for: eine Zahl und s, m, h oder d)</translation>
    </message>
    <message>
        <source>--weekdays: days as mon,tue,…,sun, got &quot;%1&quot;</source>
        <translation>--weekdays: Tage als mon,tue,…,sun, erhielt „%1“</translation>
    </message>
    <message>
        <source>--hours: HH:MM-HH:MM, two different times, got &quot;%1&quot;</source>
        <translation>--hours: HH:MM-HH:MM, zwei verschiedene Uhrzeiten, erhielt „%1“</translation>
    </message>
    <message>
        <source>%1: not backtested: %2</source>
        <translation>%1: nicht rückgetestet: %2</translation>
    </message>
    <message>
        <source>usage: alerts list [--state S] [--json] | alerts check | alerts rules export|import FILE | alerts backtest FILE [--from D] [--to D] [--json] | alerts silence --match k=v --for 2h --comment C | alerts ack RULE [--note N]</source>
        <translation>Aufruf: alerts list [--state S] [--json] | alerts check | alerts rules export|import DATEI | alerts backtest DATEI [--from D] [--to D] [--json] | alerts silence --match k=v --for 2h --comment C | alerts ack REGEL [--note N]</translation>
    </message>
    <message>
        <source>--state: one of expected, arrived, amount_differs, late, missing, written_off, unverifiable</source>
        <translation>--state: einer von expected, arrived, amount_differs, late, missing, written_off, unverifiable</translation>
    </message>
    <message>
        <source>--today: a day as YYYY-MM-DD</source>
        <translation>--today: ein Tag als JJJJ-MM-TT</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) firing</source>
        <translation>
            <numerusform>%n Alarm ausgelöst</numerusform>
            <numerusform>%n Alarme ausgelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>--min-score wants a number from 0 to 100</source>
        <translation>--min-score erwartet eine Zahl von 0 bis 100</translation>
    </message>
    <message>
        <source>%1 allowed, %2 to review, %3 blocked</source>
        <translation>%1 zugelassen, %2 zu prüfen, %3 gesperrt</translation>
    </message>
    <message>
        <source>%1 charges, %2 labelled fraud: %3 to review, %4 blocked</source>
        <translation>%1 Zahlungen, %2 als Betrug markiert: %3 zur Prüfung, %4 blockiert</translation>
    </message>
    <message>
        <source>scoring:  precision %1, recall %2</source>
        <translation>Bewertung:  Präzision %1, Trefferquote %2</translation>
    </message>
    <message>
        <source>provider&apos;s risk level (elevated or highest): precision %1, recall %2</source>
        <translation>Risikostufe des Anbieters (erhöht oder höchste): Präzision %1, Trefferquote %2</translation>
    </message>
    <message>
        <source>flagged %1 %2, of it fraud %3 %2</source>
        <translation>markiert %1 %2, davon Betrug %3 %2</translation>
    </message>
    <message>
        <source>no labels: no dispute is marked fraudulent and no --labels file was given</source>
        <translation>keine Markierungen: keine Rückbuchung ist als betrügerisch markiert und keine --labels-Datei angegeben</translation>
    </message>
    <message>
        <source>line %1: %2 charges (%3 fraud)  %4</source>
        <translation>Zeile %1: %2 Zahlungen (%3 Betrug)  %4</translation>
    </message>
    <message>
        <source>%1: %2 rules, %3 lists</source>
        <translation>%1: %2 Regeln, %3 Listen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n charge(s)</source>
        <translation>
            <numerusform>%1: %n Zahlung</numerusform>
            <numerusform>%1: %n Zahlungen</numerusform>
        </translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation>%1 erstattet</translation>
    </message>
    <message>
        <source>disputed (%1, %2)</source>
        <translation>angefochten (%1, %2)</translation>
    </message>
    <message>
        <source>linked %1: %2</source>
        <translation>verknüpft %1: %2</translation>
    </message>
    <message>
        <source>%1 rules in force as version %2</source>
        <translation>%1 Regeln gelten als Version %2</translation>
    </message>
    <message>
        <source>the rules in force written to %1</source>
        <translation>die geltenden Regeln nach %1 geschrieben</translation>
    </message>
    <message>
        <source>no rules imported: Paydeck&apos;s defaults are in force</source>
        <translation>keine Regeln importiert: Paydecks Voreinstellungen gelten</translation>
    </message>
    <message>
        <source>version %1, %2 by %3</source>
        <translation>Version %1, %2 von %3</translation>
    </message>
    <message>
        <source>usage: fraud rules check FILE | default | import FILE [--user NAME] | export FILE | history</source>
        <translation>Aufruf: fraud rules check DATEI | default | import DATEI [--user NAME] | export DATEI | history</translation>
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
        <translation>Aufruf: fraud reviews [--status open|approved|fraudulent|needs_info|all] [--assignee NAME] [--json]
       fraud review CHARGE [--json]
       fraud assign CHARGE [--to NAME] [--user NAME]
       fraud decide CHARGE approved|fraudulent|needs_info [--note TEXT] [--user NAME]
       fraud note CHARGE TEXT [--user NAME]
       fraud undo CHARGE [--user NAME]
       fraud refund CHARGE [--note TEXT] [--user NAME] --yes
       fraud list-add LIST VALUE [--user NAME]
       fraud block card:FP|email:E|ip:IP [--user NAME]</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation>
            <numerusform>%n Prüfung</numerusform>
            <numerusform>%n Prüfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the review queue</source>
        <translation>%1 ist nicht in der Prüfliste</translation>
    </message>
    <message>
        <source>%1 is queued from %2 sources; Paydeck cannot tell which is meant</source>
        <translation>%1 ist aus %2 Quellen in der Prüfliste; Paydeck kann nicht erkennen, welche gemeint ist</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>, assigned to %1</source>
        <translation>, zugewiesen an %1</translation>
    </message>
    <message>
        <source>the source of %1 is not configured any more</source>
        <translation>die Quelle von %1 ist nicht mehr eingerichtet</translation>
    </message>
    <message>
        <source>this refunds %1 (%2 %3) as fraudulent at &quot;%4&quot; — the customer gets the money back and the provider cannot take it back; run again with --yes</source>
        <translation>das erstattet %1 (%2 %3) als betrügerisch bei „%4“ — der Karteninhaber bekommt das Geld zurück, und der Anbieter kann es nicht zurückholen; mit --yes erneut aufrufen</translation>
    </message>
    <message>
        <source>%1 refunded as fraudulent: %2 (the next sync brings the refund)</source>
        <translation>%1 als betrügerisch erstattet: %2 (die nächste Synchronisierung bringt die Erstattung)</translation>
    </message>
    <message>
        <source>%1: rules version %2 in force</source>
        <translation>%1: Regelversion %2 gilt</translation>
    </message>
    <message>
        <source>%1 in list %2</source>
        <translation>%1 in Liste %2</translation>
    </message>
    <message>
        <source>%1 blocked</source>
        <translation>%1 gesperrt</translation>
    </message>
    <message>
        <source>usage: fraud score [--from D] [--to D] [--min-score N] [--ip-key KEY] [--json]
       fraud backtest [RULES] [--labels FILE] [--from D] [--to D] [--ip-key KEY] [--json]
       fraud rules check FILE | default | import FILE [--user NAME] | export FILE | history
       fraud entity card:FP|email:E|ip:IP|customer:ID|bin:IIN [--ip-key KEY] [--json]
       fraud reviews|review|assign|decide|note|undo|refund|list-add … (see fraud reviews --help)</source>
        <translation>Aufruf: fraud score [--from D] [--to D] [--min-score N] [--ip-key KEY] [--json]
       fraud backtest [RULES] [--labels DATEI] [--from D] [--to D] [--ip-key KEY] [--json]
       fraud rules check DATEI | default | import DATEI [--user NAME] | export DATEI | history
       fraud entity card:FP|email:E|ip:IP|customer:ID|bin:IIN [--ip-key KEY] [--json]
       fraud reviews|review|assign|decide|note|undo|refund|list-add … (see fraud reviews --help)</translation>
    </message>
    <message>
        <source>usage: fraud entity card:FINGERPRINT|email:ADDRESS|ip:ADDRESS|customer:ID|bin:IIN [--ip-key KEY] [--json]</source>
        <translation>Aufruf: fraud entity card:FINGERABDRUCK|email:ADRESSE|ip:ADRESSE|customer:ID|bin:IIN [--ip-key SCHLÜSSEL] [--json]</translation>
    </message>
    <message>
        <source>usage: export transactions [--from YYYY-MM-DD] [--to YYYY-MM-DD] --format csv|xlsx --out FILE [--json]</source>
        <translation>Aufruf: export transactions [--from JJJJ-MM-TT] [--to JJJJ-MM-TT] --format csv|xlsx --out DATEI [--json]</translation>
    </message>
    <message>
        <source>--format is csv or xlsx, not &apos;%1&apos;</source>
        <translation>--format ist csv oder xlsx, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 transactions from %2 to %3 written to %4</source>
        <translation>%1 Transaktionen vom %2 bis %3 nach %4 geschrieben</translation>
    </message>
</context>
<context>
    <name>paydeck::cli::FraudMonitoring</name>
    <message>
        <source>fraud scoring: %1</source>
        <translation>Betrugsbewertung: %1</translation>
    </message>
</context>
<context>
    <name>paydeck::fraud</name>
    <message>
        <source>card %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <source>card …%1</source>
        <translation>Karte …%1</translation>
    </message>
    <message>
        <source>%1 small charges from %2 within 10 minutes</source>
        <translation>%1 Kleinstbeträge von %2 aus innerhalb von 10 Minuten</translation>
    </message>
    <message>
        <source>%1 declined %2 times in the last hour</source>
        <translation>%1 in der letzten Stunde %2-mal abgelehnt</translation>
    </message>
    <message>
        <source>%1 used with %2 other cards within 24 hours</source>
        <translation>%1 innerhalb von 24 Stunden mit %2 anderen Karten verwendet</translation>
    </message>
    <message>
        <source>%1 used by %2 other e-mail addresses within 7 days</source>
        <translation>%1 innerhalb von 7 Tagen von %2 anderen E-Mail-Adressen verwendet</translation>
    </message>
    <message>
        <source>new card and new e-mail paying %1, %2× the usual amount</source>
        <translation>neue Karte und neue E-Mail-Adresse zahlen %1, das %2-Fache des üblichen Betrags</translation>
    </message>
    <message>
        <source>%1 is %2× this customer&apos;s usual %3</source>
        <translation>%1 ist das %2-Fache der üblichen %3 dieses Kunden</translation>
    </message>
    <message>
        <source>customer with %1 earlier payments pays with a new card from a new country (%2)</source>
        <translation>Kunde mit %1 früheren Zahlungen zahlt mit einer neuen Karte aus einem neuen Land (%2)</translation>
    </message>
    <message>
        <source>card from %1, IP in %2</source>
        <translation>Karte aus %1, IP in %2</translation>
    </message>
    <message>
        <source>the provider&apos;s risk score is %1 (%2)</source>
        <translation>Risikowert des Anbieters: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 other cards tried from %2 in the 10 minutes before; %3 of %4 charges declined</source>
        <translation>%1 andere Karten in den 10 Minuten davor von %2 aus versucht; %3 von %4 Zahlungen abgelehnt</translation>
    </message>
    <message>
        <source>%1 other cards used from %2 within 24 hours</source>
        <translation>%1 andere Karten innerhalb von 24 Stunden von %2 aus verwendet</translation>
    </message>
    <message>
        <source>IP in %1, where %2 % of the payments come from</source>
        <translation>IP in %1, woher %2 % der Zahlungen kommen</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>an attribute is not closed with &apos;:&apos;</source>
        <translation>ein Attribut ist nicht mit &apos;:&apos; geschlossen</translation>
    </message>
    <message>
        <source>a text is not closed with %1</source>
        <translation>ein Text ist nicht mit %1 geschlossen</translation>
    </message>
    <message>
        <source>line %1, column 1: %2</source>
        <translation>Zeile %1, Spalte 1: %2</translation>
    </message>
    <message>
        <source>a list is written &apos;list NAME [expires YYYY-MM-DD]: value, value, …&apos;</source>
        <translation>eine Liste schreibt man &apos;list NAME [expires JJJJ-MM-TT]: Wert, Wert, …&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; ist kein Tag (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>a list name is letters, digits and _ (not &apos;%1&apos;)</source>
        <translation>ein Listenname besteht aus Buchstaben, Ziffern und _ (nicht „%1“)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot go into a list (empty, or with a comma)</source>
        <translation>„%1“ kann nicht in eine Liste (leer oder mit Komma)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be blocked (card, email or ip)</source>
        <translation>„%1“ kann nicht gesperrt werden (card, email oder ip)</translation>
    </message>
    <message>
        <source>%1 other cards of BIN %2 tried in the 10 minutes before; %3 of %4 charges declined</source>
        <translation>%1 weitere Karten der BIN %2 in den 10 Minuten davor versucht; %3 von %4 Zahlungen abgelehnt</translation>
    </message>
    <message>
        <source>a metadata key is written &apos;metadata ip: KEY&apos; or &apos;metadata ip_country: KEY&apos;</source>
        <translation>ein Metadaten-Schlüssel wird &apos;metadata ip: SCHLÜSSEL&apos; oder &apos;metadata ip_country: SCHLÜSSEL&apos; geschrieben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not read from metadata (ip or ip_country)</source>
        <translation>&apos;%1&apos; wird nicht aus den Metadaten gelesen (ip oder ip_country)</translation>
    </message>
</context>
<context>
    <name>paydeck::fraud::ConditionParser</name>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or the end of the rule</source>
        <translation>&apos;and&apos;, &apos;or&apos; oder das Ende der Regel erwartet</translation>
    </message>
    <message>
        <source>expected &apos;)&apos;</source>
        <translation>&apos;)&apos; erwartet</translation>
    </message>
    <message>
        <source>expected a comparison</source>
        <translation>ein Vergleich erwartet</translation>
    </message>
    <message>
        <source>a list is compared with &apos;in&apos; or &apos;not in&apos;</source>
        <translation>eine Liste vergleicht man mit &apos;in&apos; oder &apos;not in&apos;</translation>
    </message>
    <message>
        <source>&apos;in&apos; needs a @list</source>
        <translation>&apos;in&apos; braucht eine @Liste</translation>
    </message>
    <message>
        <source>a list goes on the right of &apos;in&apos;</source>
        <translation>eine Liste steht rechts von &apos;in&apos;</translation>
    </message>
    <message>
        <source>unknown operator</source>
        <translation>unbekannter Operator</translation>
    </message>
    <message>
        <source>unknown attribute (known: %1)</source>
        <translation>unbekanntes Attribut (bekannt: %1)</translation>
    </message>
    <message>
        <source>expected an :attribute:, a number, a &apos;text&apos; or a @list</source>
        <translation>ein :Attribut:, eine Zahl, ein &apos;Text&apos; oder eine @Liste erwartet</translation>
    </message>
</context>
<context>
    <name>paydeck::fraud::FraudDesk</name>
    <message>
        <source>%1 is not in the review queue</source>
        <translation>%1 ist nicht in der Prüfliste</translation>
    </message>
    <message>
        <source>the source of %1 is not configured any more</source>
        <translation>die Quelle von %1 ist nicht mehr eingerichtet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not card:…, email:…, ip:…, customer:… or bin:…</source>
        <translation>&apos;%1&apos; ist weder card:…, email:…, ip:…, customer:… noch bin:…</translation>
    </message>
</context>
<context>
    <name>paydeck::fraud::FraudLabels</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, line %2: not a JSON object</source>
        <translation>%1, Zeile %2: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1, line %2: a fraud_label needs &quot;charge&quot; (text) and &quot;fraud&quot; (true or false)</source>
        <translation>%1, Zeile %2: ein fraud_label braucht &quot;charge&quot; (Text) und &quot;fraud&quot; (true oder false)</translation>
    </message>
</context>
<context>
    <name>paydeck::fraud::FraudRefund</name>
    <message>
        <source>%1 was declined: no money moved, there is nothing to refund</source>
        <translation>%1 wurde abgelehnt: es floss kein Geld, es gibt nichts zu erstatten</translation>
    </message>
    <message>
        <source>%1 was refunded already (%2)</source>
        <translation>%1 wurde bereits erstattet (%2)</translation>
    </message>
    <message>
        <source>Paydeck does not know the provider &quot;%1&quot;</source>
        <translation>Paydeck kennt den Anbieter „%1“ nicht</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: %2</source>
        <translation>Quelle „%1“: %2</translation>
    </message>
    <message>
        <source>refund of %1 at &quot;%2&quot;: %3</source>
        <translation>Erstattung von %1 bei „%2“: %3</translation>
    </message>
    <message>
        <source>refund of %1 at &quot;%2&quot;: the answer holds no refund</source>
        <translation>Erstattung von %1 bei „%2“: die Antwort enthält keine Erstattung</translation>
    </message>
    <message>
        <source>%1 was refunded at the provider (%2) but the review could not record it: %3</source>
        <translation>%1 wurde beim Anbieter erstattet (%2), aber die Prüfung konnte das nicht festhalten: %3</translation>
    </message>
</context>
<context>
    <name>paydeck::fraud::FraudRuleSet</name>
    <message>
        <source>line %1, column %2: a rule starts with allow, block or review</source>
        <translation>Zeile %1, Spalte %2: eine Regel beginnt mit allow, block oder review</translation>
    </message>
    <message>
        <source>line %1, column %2: expected &apos;if&apos;</source>
        <translation>Zeile %1, Spalte %2: &apos;if&apos; erwartet</translation>
    </message>
    <message>
        <source>the list @%1 is used but not declared (&apos;list %1: …&apos;)</source>
        <translation>die Liste @%1 wird benutzt, aber nicht angelegt (&apos;list %1: …&apos;)</translation>
    </message>
</context>
<context>
    <name>paydeck::fraud::RulesDesk</name>
    <message>
        <source>the rules were changed meanwhile: version %1 by %2 at %3. Reload them and make your change again.</source>
        <translation>die Regeln wurden inzwischen geändert: Version %1 von %2 um %3. Laden Sie sie neu und nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is not a rule file (at most %3)</source>
        <translation>%1: %2 Bytes sind keine Regeldatei (höchstens %3)</translation>
    </message>
    <message>
        <source>%1: not a text file in UTF-8</source>
        <translation>%1: keine Textdatei in UTF-8</translation>
    </message>
</context>
<context>
    <name>paydeck::fx</name>
    <message>
        <source>%1 is not an https:// URL</source>
        <translation>%1 ist keine https://-URL</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>larger than %1 MB</source>
        <translation>größer als %1 MB</translation>
    </message>
    <message>
        <source>cannot fetch %1: %2</source>
        <translation>%1 kann nicht abgerufen werden: %2</translation>
    </message>
</context>
<context>
    <name>paydeck::fx::Conversion</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3, %4</source>
        <translation>1 %1 = %2 %3, %4</translation>
    </message>
    <message>
        <source> (no rate is published for %1: the last one before it)</source>
        <translation> (für den %1 ist kein Kurs veröffentlicht: der letzte davor)</translation>
    </message>
</context>
<context>
    <name>paydeck::fx::Reader</name>
    <message>
        <source>not an ECB reference-rate file (no XML element)</source>
        <translation>keine EZB-Referenzkurs-Datei (kein XML-Element)</translation>
    </message>
    <message>
        <source>not an ECB reference-rate file: the document is &lt;%1&gt;, not &lt;gesmes:Envelope&gt;</source>
        <translation>keine EZB-Referenzkurs-Datei: das Dokument ist &lt;%1&gt;, nicht &lt;gesmes:Envelope&gt;</translation>
    </message>
    <message>
        <source>the sender is named after the rates</source>
        <translation>der Absender steht hinter den Kursen</translation>
    </message>
    <message>
        <source>%1: contains no exchange rates</source>
        <translation>%1: enthält keine Wechselkurse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>a rate outside a day&apos;s Cube</source>
        <translation>ein Kurs außerhalb des Cube eines Tages</translation>
    </message>
    <message>
        <source>a rate without a currency</source>
        <translation>ein Kurs ohne Währung</translation>
    </message>
    <message>
        <source>unknown currency code &quot;%1&quot;</source>
        <translation>unbekannter Währungscode „%1“</translation>
    </message>
    <message>
        <source>a rate for EUR itself (rates are per 1 EUR)</source>
        <translation>ein Kurs für EUR selbst (Kurse gelten je 1 EUR)</translation>
    </message>
    <message>
        <source>the %1 rate &quot;%2&quot; is not a positive decimal number</source>
        <translation>der %1-Kurs „%2“ ist keine positive Dezimalzahl</translation>
    </message>
    <message>
        <source>%1 has two rates on %2 (%3 and %4)</source>
        <translation>%1 hat am %2 zwei Kurse (%3 und %4)</translation>
    </message>
    <message>
        <source>the file ends in the middle of the document (truncated?)</source>
        <translation>die Datei endet mitten im Dokument (abgeschnitten?)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>paydeck::net</name>
    <message>
        <source>cannot read the CA certificate %1: %2</source>
        <translation>das CA-Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
</context>
<context>
    <name>paydeck::reconcile</name>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: a CSV export needs a header line and at least one row</source>
        <translation>%1: ein CSV-Export braucht eine Kopfzeile und mindestens eine Zeile</translation>
    </message>
    <message>
        <source>%1: no date column found among: %2</source>
        <translation>%1: keine Datumsspalte gefunden unter: %2</translation>
    </message>
    <message>
        <source>%1: no amount column found among: %2</source>
        <translation>%1: keine Betragsspalte gefunden unter: %2</translation>
    </message>
    <message>
        <source>amounts use both &apos;,&apos; and &apos;.&apos; as decimal separator; &apos;%1&apos; was chosen</source>
        <translation>Beträge verwenden &apos;,&apos; und &apos;.&apos; als Dezimaltrennzeichen; &apos;%1&apos; wurde gewählt</translation>
    </message>
    <message>
        <source>%1: the dates in column &quot;%2&quot; (e.g. &quot;%3&quot;) are in no known format</source>
        <translation>%1: die Daten in Spalte „%2“ (z. B. „%3“) haben kein bekanntes Format</translation>
    </message>
    <message>
        <source>dates could be day/month or month/day; day/month was chosen</source>
        <translation>Daten könnten Tag/Monat oder Monat/Tag sein; Tag/Monat wurde gewählt</translation>
    </message>
    <message>
        <source>no currency column: set the currency before importing</source>
        <translation>keine Währungsspalte: legen Sie die Währung vor dem Import fest</translation>
    </message>
    <message>
        <source>no invoice/order id in column &quot;%1&quot;</source>
        <translation>keine Rechnungs-/Bestellnummer in Spalte „%1“</translation>
    </message>
    <message>
        <source>%1: no MT940/MT942 message found (expected a :20: field)</source>
        <translation>%1: keine MT940/MT942-Nachricht gefunden (ein :20:-Feld erwartet)</translation>
    </message>
    <message>
        <source>a note is required: say why</source>
        <translation>eine Notiz ist erforderlich: nennen Sie den Grund</translation>
    </message>
    <message>
        <source>unknown reconciliation &quot;%1&quot;</source>
        <translation>unbekannte Abstimmung „%1“</translation>
    </message>
    <message>
        <source>nothing selected</source>
        <translation>nichts ausgewählt</translation>
    </message>
    <message>
        <source>a match needs items on both sides</source>
        <translation>eine Zuordnung braucht Posten auf beiden Seiten</translation>
    </message>
    <message>
        <source>Matched by %1: %2</source>
        <translation>Zugeordnet von %1: %2</translation>
    </message>
    <message>
        <source>Written off by %1: %2</source>
        <translation>Ausgebucht von %1: %2</translation>
    </message>
    <message>
        <source>no match %1</source>
        <translation>keine Zuordnung %1</translation>
    </message>
    <message>
        <source>unmatched by %1: %2</source>
        <translation>Zuordnung aufgehoben von %1: %2</translation>
    </message>
    <message>
        <source>nothing to restore</source>
        <translation>nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>the reconciliation was cancelled; nothing was changed</source>
        <translation>der Abgleich wurde abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>CSV mapping &quot;%1&quot;: %2</source>
        <translation>CSV-Zuordnung „%1“: %2</translation>
    </message>
    <message>
        <source>%1: import cancelled; nothing was imported</source>
        <translation>%1: Import abgebrochen; nichts wurde importiert</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no bank statement imported</source>
        <translation>kein Kontoauszug importiert</translation>
    </message>
    <message>
        <source>no ledger imported</source>
        <translation>keine Buchhaltung importiert</translation>
    </message>
    <message>
        <source>statement %1 of %2: opening balance plus entries is %3 away from the closing balance</source>
        <translation>Auszug %1 von %2: Anfangssaldo plus Umsätze weicht um %3 vom Endsaldo ab</translation>
    </message>
</context>
<context>
    <name>paydeck::reconcile::CamtReader</name>
    <message>
        <source>%1: no statement, report or notification in the document</source>
        <translation>%1: kein Auszug, Bericht oder keine Avis im Dokument</translation>
    </message>
    <message>
        <source>%1:%2: %3 (at %4)</source>
        <translation>%1:%2: %3 (bei %4)</translation>
    </message>
    <message>
        <source>the root element is %1, not Document</source>
        <translation>das Wurzelelement ist %1, nicht Document</translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; is not camt.052, camt.053 or camt.054 in versions 001.02 to 001.10</source>
        <translation>Namensraum „%1“ ist nicht camt.052, camt.053 oder camt.054 in den Versionen 001.02 bis 001.10</translation>
    </message>
    <message>
        <source>element %1 in namespace &quot;%2&quot;, outside the document&apos;s</source>
        <translation>Element %1 im Namensraum „%2“, außerhalb dessen des Dokuments</translation>
    </message>
    <message>
        <source>amount without a known currency (Ccy=&quot;%1&quot;)</source>
        <translation>Betrag ohne bekannte Währung (Ccy=„%1“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2</source>
        <translation>„%1“ ist kein Betrag in %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>statement %1 states no currency</source>
        <translation>Auszug %1 nennt keine Währung</translation>
    </message>
    <message>
        <source>balance in %1, the account in %2</source>
        <translation>Saldo in %1, das Konto in %2</translation>
    </message>
    <message>
        <source>entry without CdtDbtInd</source>
        <translation>Umsatz ohne CdtDbtInd</translation>
    </message>
    <message>
        <source>entry without Amt</source>
        <translation>Umsatz ohne Amt</translation>
    </message>
    <message>
        <source>entry without booking or value date</source>
        <translation>Umsatz ohne Buchungs- oder Valutadatum</translation>
    </message>
    <message>
        <source>CdtDbtInd is &quot;%1&quot;, not CRDT or DBIT</source>
        <translation>CdtDbtInd ist „%1“, nicht CRDT oder DBIT</translation>
    </message>
</context>
<context>
    <name>paydeck::reconcile::CsvMapping</name>
    <message>
        <source>a CSV mapping needs a one-character delimiter and &apos;.&apos; or &apos;,&apos; as decimal separator</source>
        <translation>eine CSV-Zuordnung braucht ein einzelnes Trennzeichen und &apos;.&apos; oder &apos;,&apos; als Dezimaltrennzeichen</translation>
    </message>
    <message>
        <source>a CSV mapping needs a date format</source>
        <translation>eine CSV-Zuordnung braucht ein Datumsformat</translation>
    </message>
    <message>
        <source>delimiter &apos;%1&apos;, decimal separator &apos;%2&apos;, dates as %3</source>
        <translation>Trennzeichen &apos;%1&apos;, Dezimaltrennzeichen &apos;%2&apos;, Datum als %3</translation>
    </message>
    <message>
        <source>date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>amount: %1 (debits negative)</source>
        <translation>Betrag: %1 (Lastschriften negativ)</translation>
    </message>
    <message>
        <source>credit: %1, debit: %2</source>
        <translation>Haben: %1, Soll: %2</translation>
    </message>
    <message>
        <source>amount: %1, credit/debit in %2</source>
        <translation>Betrag: %1, Soll/Haben in %2</translation>
    </message>
    <message>
        <source>currency: %1</source>
        <translation>Währung: %1</translation>
    </message>
    <message>
        <source>always %1</source>
        <translation>immer %1</translation>
    </message>
    <message>
        <source>reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>customer: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message>
        <source>counterparty: %1</source>
        <translation>Gegenpartei: %1</translation>
    </message>
    <message>
        <source>text: %1</source>
        <translation>Text: %1</translation>
    </message>
</context>
<context>
    <name>paydeck::reconcile::Engine</name>
    <message numerus="yes">
        <source>One line of %1 names %n items: %2; together %3.</source>
        <translation>
            <numerusform>Eine Zeile über %1 nennt %n Posten: %2; zusammen %3.</numerusform>
            <numerusform>Eine Zeile über %1 nennt %n Posten: %2; zusammen %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>names %1 but differs from their sum by %2</source>
        <translation>nennt %1, weicht aber um %2 von deren Summe ab</translation>
    </message>
    <message>
        <source>The bank line names &quot;%1&quot;, the start of payout %2 (the bank cut the reference).</source>
        <translation>Die Bankzeile nennt „%1“, den Anfang der Auszahlung %2 (die Bank hat die Referenz gekürzt).</translation>
    </message>
    <message>
        <source>Charge %1 names &quot;%2&quot;, the start of the ledger reference.</source>
        <translation>Zahlung %1 nennt „%2“, den Anfang der Buchhaltungsreferenz.</translation>
    </message>
    <message>
        <source>The bank line names payout %1.</source>
        <translation>Die Bankzeile nennt die Auszahlung %1.</translation>
    </message>
    <message>
        <source>Charge %1 names ledger reference %2.</source>
        <translation>Zahlung %1 nennt die Buchhaltungsreferenz %2.</translation>
    </message>
    <message>
        <source>Amounts equal (%1).</source>
        <translation>Beträge gleich (%1).</translation>
    </message>
    <message>
        <source>The bank deducted a fee of %1: %2 received of %3.</source>
        <translation>Die Bank hat %1 Gebühr abgezogen: %2 von %3 eingegangen.</translation>
    </message>
    <message>
        <source>The ledger records the net %1 (gross %2, provider fee %3).</source>
        <translation>Die Buchhaltung verbucht netto %1 (brutto %2, Anbietergebühr %3).</translation>
    </message>
    <message>
        <source>But %1 against %2: %3 difference.</source>
        <translation>Aber %1 gegenüber %2: %3 Differenz.</translation>
    </message>
    <message>
        <source>%1 on the other side, %2 difference</source>
        <translation>%1 auf der Gegenseite, %2 Differenz</translation>
    </message>
    <message numerus="yes">
        <source>Split over %n lines that name it, together %1.</source>
        <translation>
            <numerusform>Aufgeteilt auf %n Zeile, die sie nennt, zusammen %1.</numerusform>
            <numerusform>Aufgeteilt auf %n Zeilen, die sie nennen, zusammen %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>names %1 again, which another line (%2, %3) already settles</source>
        <translation>nennt %1 erneut, das eine andere Zeile (%2, %3) bereits ausgleicht</translation>
    </message>
    <message numerus="yes">
        <source>%n lines name it, together %1 against %2.</source>
        <translation>
            <numerusform>%n Zeile nennt sie, zusammen %1 gegenüber %2.</numerusform>
            <numerusform>%n Zeilen nennen sie, zusammen %1 gegenüber %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 found on %n lines</source>
        <translation>
            <numerusform>%1 von %2 auf %n Zeile gefunden</numerusform>
            <numerusform>%1 von %2 auf %n Zeilen gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydeck::reconcile::Mt940Reader</name>
    <message>
        <source>message without account (:25:)</source>
        <translation>Nachricht ohne Konto (:25:)</translation>
    </message>
    <message>
        <source>message without currency (no :60F:/:34F:)</source>
        <translation>Nachricht ohne Währung (kein :60F:/:34F:)</translation>
    </message>
    <message>
        <source>statement %1 has no %2 balance (is the file truncated?)</source>
        <translation>Auszug %1 hat keinen %2-Saldo (ist die Datei abgeschnitten?)</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>unknown currency %1</source>
        <translation>unbekannte Währung %1</translation>
    </message>
    <message>
        <source>:%1: is not a balance (C/D, YYMMDD, currency, amount): &quot;%2&quot;</source>
        <translation>:%1: ist kein Saldo (C/D, JJMMTT, Währung, Betrag): „%2“</translation>
    </message>
    <message>
        <source>:%1: has no valid date</source>
        <translation>:%1: hat kein gültiges Datum</translation>
    </message>
    <message>
        <source>:%1: is in %2, the statement in %3</source>
        <translation>:%1: ist in %2, der Auszug in %3</translation>
    </message>
    <message>
        <source>:%1: has no valid amount</source>
        <translation>:%1: hat keinen gültigen Betrag</translation>
    </message>
    <message>
        <source>:61: before the opening balance</source>
        <translation>:61: vor dem Anfangssaldo</translation>
    </message>
    <message>
        <source>:61: is not a statement line (date, C/D, amount, type): &quot;%1&quot;</source>
        <translation>:61: ist keine Umsatzzeile (Datum, C/D, Betrag, Art): „%1“</translation>
    </message>
    <message>
        <source>:61: has no valid value date</source>
        <translation>:61: hat kein gültiges Valutadatum</translation>
    </message>
    <message>
        <source>:61: has no valid entry date</source>
        <translation>:61: hat kein gültiges Buchungsdatum</translation>
    </message>
    <message>
        <source>:61: has no valid amount</source>
        <translation>:61: hat keinen gültigen Betrag</translation>
    </message>
    <message>
        <source>skipped the bank-specific field :%1:</source>
        <translation>bankspezifisches Feld :%1: übersprungen</translation>
    </message>
</context>
<context>
    <name>paydeck::reconcile::RowReader</name>
    <message>
        <source>%1: mapping &quot;%2&quot; names no %3 column</source>
        <translation>%1: Zuordnung „%2“ nennt keine Spalte für %3</translation>
    </message>
    <message>
        <source>%1: mapping &quot;%2&quot; expects a column &quot;%3&quot;; the file has: %4</source>
        <translation>%1: Zuordnung „%2“ erwartet eine Spalte „%3“; die Datei hat: %4</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>no currency (the mapping has no currency column and no default currency)</source>
        <translation>keine Währung (die Zuordnung hat weder eine Währungsspalte noch eine Standardwährung)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency</source>
        <translation>„%1“ ist keine ISO-4217-Währung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column &quot;%2&quot; is not an amount with decimal separator &apos;%3&apos;</source>
        <translation>„%1“ in Spalte „%2“ ist kein Betrag mit Dezimaltrennzeichen &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column &quot;%2&quot; is not a date in the format %3</source>
        <translation>„%1“ in Spalte „%2“ ist kein Datum im Format %3</translation>
    </message>
    <message>
        <source>both a debit and a credit amount</source>
        <translation>sowohl ein Soll- als auch ein Habenbetrag</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in column &quot;%2&quot; is neither credit nor debit</source>
        <translation>„%1“ in Spalte „%2“ ist weder Haben noch Soll</translation>
    </message>
</context>
<context>
    <name>paydeck::secrets</name>
    <message>
        <source>%1 is readable by other users; make it private with `chmod 600 %1`</source>
        <translation>%1 ist für andere Benutzer lesbar; machen Sie die Datei mit `chmod 600 %1` privat</translation>
    </message>
    <message>
        <source>the %1 file %2 does not exist</source>
        <translation>die Datei %2 (%1) existiert nicht</translation>
    </message>
    <message>
        <source>cannot read the %1 file %2: %3</source>
        <translation>die Datei %2 (%1) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>the %1 file %2 is empty</source>
        <translation>die Datei %2 (%1) ist leer</translation>
    </message>
    <message>
        <source>the file %1</source>
        <translation>die Datei %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a secrets file (%2)</source>
        <translation>%1 ist keine Geheimnisdatei (%2)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the desktop keychain</source>
        <translation>der Schlüsselbund des Desktops</translation>
    </message>
    <message>
        <source>the desktop keychain: %1</source>
        <translation>Schlüsselbund des Desktops: %1</translation>
    </message>
</context>
<context>
    <name>paydeck::store</name>
    <message>
        <source>entry %1 does not follow the entry before it (one was removed, inserted or changed)</source>
        <translation>Eintrag %1 folgt nicht auf den Eintrag davor (einer wurde entfernt, eingefügt oder geändert)</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation>Eintrag %1 wurde nach dem Schreiben geändert</translation>
    </message>
</context>
<context>
    <name>paydeck::store::StoreReader</name>
    <message>
        <source>the store cannot be read</source>
        <translation>der Datenspeicher kann nicht gelesen werden</translation>
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
    <name>paydeck::stripe::StripeProvider</name>
    <message>
        <source>POST /v1/refunds: %1</source>
        <translation>POST /v1/refunds: %1</translation>
    </message>
</context>
<context>
    <name>paydeck::sync::SourceSync</name>
    <message>
        <source>source &quot;%1&quot;: %2</source>
        <translation>Quelle „%1“: %2</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: GET /v1/events: %2</source>
        <translation>Quelle „%1“: GET /v1/events: %2</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: transactions of payout %2: %3</source>
        <translation>Quelle „%1“: Buchungen der Auszahlung %2: %3</translation>
    </message>
    <message>
        <source>Paydeck does not know the provider &quot;%1&quot;</source>
        <translation>Paydeck kennt den Anbieter „%1“ nicht</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: %2: %3</source>
        <translation>Quelle „%1“: %2: %3</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: %2: the provider has no such object; skipped</source>
        <translation>Quelle „%1“: %2: der Anbieter kennt dieses Objekt nicht; übersprungen</translation>
    </message>
    <message>
        <source>events are not available (%1); changes to older objects are seen only through refunds and disputes</source>
        <translation>Ereignisse sind nicht verfügbar (%1); Änderungen an älteren Objekten werden nur über Erstattungen und Rückbuchungen erkannt</translation>
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
    <message>
        <source>source &quot;%1&quot;: cannot read its secrets from %2: %3</source>
        <translation>Quelle „%1“: ihre Geheimnisse können nicht aus %2 gelesen werden: %3</translation>
    </message>
    <message>
        <source>cannot move the stored API keys to %1: %2; they stay where they are</source>
        <translation>die gespeicherten API-Schlüssel können nicht nach %1 verschoben werden: %2; sie bleiben, wo sie sind</translation>
    </message>
    <message>
        <source>cannot keep the secrets of &quot;%1&quot; in %2: %3</source>
        <translation>die Geheimnisse von „%1“ können nicht in %2 abgelegt werden: %3</translation>
    </message>
    <message>
        <source>the API keys were moved, but the store&apos;s old copies could not be emptied: %1</source>
        <translation>die API-Schlüssel wurden verschoben, aber ihre alten Kopien im Datenspeicher konnten nicht geleert werden: %1</translation>
    </message>
    <message>
        <source>exchange rates: %1</source>
        <translation>Wechselkurse: %1</translation>
    </message>
    <message>
        <source>%1: rates of %2 currencies from %3 to %4</source>
        <translation>%1: Kurse von %2 Währungen vom %3 bis %4</translation>
    </message>
</context>
<context>
    <name>paydeck::ui</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>refunded %1</source>
        <translation>%1 erstattet</translation>
    </message>
    <message>
        <source>disputed (%1, %2)</source>
        <translation>angefochten (%1, %2)</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Evidence: %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Beweismittel: %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 charges across all sources, %2 declined; first %3, last %4. Generated %5 by Paydeck.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 Zahlungen über alle Quellen, %2 abgelehnt; erste %3, letzte %4. Erstellt %5 von Paydeck.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Charges&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Zahlungen&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Linked&lt;/h3&gt;&lt;ul&gt;</source>
        <translation>&lt;h3&gt;Verknüpft&lt;/h3&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Scoring and decisions&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Bewertung und Entscheidungen&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No charge of it was flagged or decided.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine dieser Zahlungen wurde markiert oder entschieden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>, decided by %1 on %2</source>
        <translation>, entschieden von %1 am %2</translation>
    </message>
    <message>
        <source> (refunded as fraudulent: %1)</source>
        <translation> (als betrügerisch erstattet: %1)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Beweismittel: %1</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::AlertsModel</name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>over the last %1, above %2</source>
        <translation>in den letzten %1 über %2</translation>
    </message>
    <message>
        <source>over the last %1, below %2</source>
        <translation>in den letzten %1 unter %2</translation>
    </message>
    <message numerus="yes">
        <source>over the last %1, %2 % below the same hour of the last %n week(s)</source>
        <translation>
            <numerusform>in den letzten %1 %2 % unter derselben Stunde der letzten Woche</numerusform>
            <numerusform>in den letzten %1 %2 % unter derselben Stunde der letzten %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over the last %1, %2 % above the same hour of the last %n week(s)</source>
        <translation>
            <numerusform>in den letzten %1 %2 % über derselben Stunde der letzten Woche</numerusform>
            <numerusform>in den letzten %1 %2 % über derselben Stunde der letzten %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over the last %1, %2 standard errors above the same hour of the last %n week(s)</source>
        <translation>
            <numerusform>in den letzten %1 %2 Standardfehler über derselben Stunde der letzten Woche</numerusform>
            <numerusform>in den letzten %1 %2 Standardfehler über derselben Stunde der letzten %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over the last %1, %2 standard errors below the same hour of the last %n week(s)</source>
        <translation>
            <numerusform>in den letzten %1 %2 Standardfehler unter derselben Stunde der letzten Woche</numerusform>
            <numerusform>in den letzten %1 %2 Standardfehler unter derselben Stunde der letzten %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source> (silenced)</source>
        <translation> (stumm)</translation>
    </message>
    <message>
        <source> (acknowledged)</source>
        <translation> (bestätigt)</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (aus)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>now, below %1</source>
        <translation>jetzt, unter %1</translation>
    </message>
    <message>
        <source>now, above %1</source>
        <translation>jetzt, über %1</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::AlertsPage</name>
    <message>
        <source>Acknowledge…</source>
        <translation>Bestätigen…</translation>
    </message>
    <message>
        <source>Silence for 2 hours…</source>
        <translation>2 Stunden stumm schalten…</translation>
    </message>
    <message>
        <source>Show the payments</source>
        <translation>Zahlungen zeigen</translation>
    </message>
    <message>
        <source>The alert&apos;s metric over the last day</source>
        <translation>Die Messgröße des Alarms über den letzten Tag</translation>
    </message>
    <message>
        <source>Reading the alert rules…</source>
        <translation>Alarmregeln werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 firing · %2 pending · %3 normal, of %n rule(s)</source>
        <translation>
            <numerusform>%1 ausgelöst · %2 anstehend · %3 normal, von %n Regel</numerusform>
            <numerusform>%1 ausgelöst · %2 anstehend · %3 normal, von %n Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>No alert selected</source>
        <translation>Kein Alarm ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>Judged every %n second(s): %1.</source>
        <translation>
            <numerusform>Jede Sekunde beurteilt: %1.</numerusform>
            <numerusform>Alle %n Sekunden beurteilt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now %1</source>
        <translation>Jetzt %1</translation>
    </message>
    <message>
        <source>, normal %1 (%2 standard errors)</source>
        <translation>, normal %1 (%2 Standardfehler)</translation>
    </message>
    <message>
        <source>Acknowledged by %1 at %2: %3</source>
        <translation>Bestätigt von %1 am %2: %3</translation>
    </message>
    <message>
        <source>Silenced: no notification while a silence matches its labels.</source>
        <translation>Stumm: keine Benachrichtigung, solange eine Stummschaltung auf seine Labels passt.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Normal for the hour</source>
        <translation>Normal für die Stunde</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message numerus="yes">
        <source>The last 24 hours, as the rule judged them (%n firing(s))</source>
        <translation>
            <numerusform>Die letzten 24 Stunden, wie die Regel sie beurteilte (%n Auslösung)</numerusform>
            <numerusform>Die letzten 24 Stunden, wie die Regel sie beurteilte (%n Auslösungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>What is being done about it?</source>
        <translation>Was wird dagegen unternommen?</translation>
    </message>
    <message>
        <source>Silence for 2 hours</source>
        <translation>2 Stunden stumm schalten</translation>
    </message>
    <message>
        <source>Why? (kept with the silence)</source>
        <translation>Warum? (wird mit der Stummschaltung gespeichert)</translation>
    </message>
    <message>
        <source>Judged on the state now: no history of it is kept</source>
        <translation>Nach dem jetzigen Zustand beurteilt: kein Verlauf gespeichert</translation>
    </message>
    <message>
        <source>Show the payouts</source>
        <translation>Auszahlungen zeigen</translation>
    </message>
    <message>
        <source>Show the exceptions</source>
        <translation>Ausnahmen zeigen</translation>
    </message>
    <message>
        <source>Show the sources</source>
        <translation>Quellen zeigen</translation>
    </message>
    <message>
        <source>Edit rule…</source>
        <translation>Regel bearbeiten…</translation>
    </message>
    <message>
        <source>New rule…</source>
        <translation>Neue Regel…</translation>
    </message>
    <message>
        <source>Notifications…</source>
        <translation>Benachrichtigungen…</translation>
    </message>
    <message>
        <source>Show the fraud queue</source>
        <translation>Betrugsprüfliste zeigen</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::AnalyticsCharts</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Gross and net volume</source>
        <translation>Brutto- und Nettovolumen</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Gross, previous period</source>
        <translation>Brutto, Vorperiode</translation>
    </message>
    <message>
        <source>Success rate (%)</source>
        <translation>Erfolgsquote (%)</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorperiode</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>Refund and dispute rates (%)</source>
        <translation>Erstattungs- und Rückbuchungsquoten (%)</translation>
    </message>
    <message>
        <source>Refunds per payment taken</source>
        <translation>Erstattungen je erhaltener Zahlung</translation>
    </message>
    <message>
        <source>Disputes per payment taken</source>
        <translation>Rückbuchungen je erhaltener Zahlung</translation>
    </message>
    <message>
        <source>Payouts: due and paid</source>
        <translation>Auszahlungen: fällig und gezahlt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Gezahlt</translation>
    </message>
    <message>
        <source>Volume by currency</source>
        <translation>Volumen nach Währung</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Payments by card brand</source>
        <translation>Zahlungen nach Kartenmarke</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Payments by card country</source>
        <translation>Zahlungen nach Kartenland</translation>
    </message>
    <message>
        <source>Decline reasons</source>
        <translation>Ablehnungsgründe</translation>
    </message>
    <message>
        <source>Balance transactions (net), %1</source>
        <translation>Saldobuchungen (netto), %1</translation>
    </message>
    <message>
        <source>Payments taken, %1</source>
        <translation>Erhaltene Zahlungen, %1</translation>
    </message>
    <message>
        <source>Payments decided (taken or declined), %1</source>
        <translation>Entschiedene Zahlungen (erhalten oder abgelehnt), %1</translation>
    </message>
    <message>
        <source>Balance transactions (fees), %1</source>
        <translation>Saldobuchungen (Gebühren), %1</translation>
    </message>
    <message>
        <source>Refunds, %1</source>
        <translation>Erstattungen, %1</translation>
    </message>
    <message>
        <source>Disputes, %1</source>
        <translation>Rückbuchungen, %1</translation>
    </message>
    <message>
        <source>Payouts paid, %1</source>
        <translation>Gezahlte Auszahlungen, %1</translation>
    </message>
    <message>
        <source>Payouts due, %1</source>
        <translation>Fällige Auszahlungen, %1</translation>
    </message>
    <message>
        <source>These payments have no value here to filter by.</source>
        <translation>Diese Zahlungen haben hier keinen Wert, nach dem sich filtern ließe.</translation>
    </message>
    <message>
        <source>Payments taken in %1</source>
        <translation>Erhaltene Zahlungen in %1</translation>
    </message>
    <message>
        <source>Declined %1 payments</source>
        <translation>Abgelehnte %1-Zahlungen</translation>
    </message>
    <message>
        <source>Succeeded %1 payments</source>
        <translation>Erfolgreiche %1-Zahlungen</translation>
    </message>
    <message>
        <source>Declined payments from cards of %1</source>
        <translation>Abgelehnte Zahlungen mit Karten aus %1</translation>
    </message>
    <message>
        <source>Succeeded payments from cards of %1</source>
        <translation>Erfolgreiche Zahlungen mit Karten aus %1</translation>
    </message>
    <message>
        <source>Payments declined with %1</source>
        <translation>Mit %1 abgelehnte Zahlungen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (no rate)</source>
        <translation>%1 (kein Kurs)</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2 %</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::AnalyticsPage</name>
    <message>
        <source>no figures for the previous period</source>
        <translation>keine Zahlen für die Vorperiode</translation>
    </message>
    <message>
        <source>%1 %2 % vs previous period</source>
        <translation>%1 %2 % gegenüber der Vorperiode</translation>
    </message>
    <message>
        <source>%1 %2 pts vs previous period</source>
        <translation>%1 %2 Pkt. gegenüber der Vorperiode</translation>
    </message>
    <message>
        <source>Compare with the previous period</source>
        <translation>Mit der Vorperiode vergleichen</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Reporting currency:</source>
        <translation>Berichtswährung:</translation>
    </message>
    <message>
        <source>Reporting currency</source>
        <translation>Berichtswährung</translation>
    </message>
    <message>
        <source>Gross volume</source>
        <translation>Bruttovolumen</translation>
    </message>
    <message>
        <source>Net volume</source>
        <translation>Nettovolumen</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Refund rate</source>
        <translation>Erstattungsquote</translation>
    </message>
    <message>
        <source>Dispute rate</source>
        <translation>Rückbuchungsquote</translation>
    </message>
    <message>
        <source>Counting what the store holds…</source>
        <translation>Zähle, was der Datenspeicher enthält …</translation>
    </message>
    <message>
        <source>Counting what the store holds… %1 objects so far</source>
        <translation>Zähle, was der Datenspeicher enthält … bisher %1 Objekte</translation>
    </message>
    <message>
        <source>Figures in %1, each day at that day&apos;s rate.</source>
        <translation>Zahlen in %1, jeder Tag zum Kurs dieses Tages.</translation>
    </message>
    <message>
        <source>No rate for %1: left out of the converted figures, shown on their own under Volume by currency.</source>
        <translation>Kein Kurs für %1: in den umgerechneten Zahlen nicht enthalten, einzeln unter „Volumen nach Währung“ gezeigt.</translation>
    </message>
    <message>
        <source>Some amounts were too large to convert and are left out.</source>
        <translation>Einige Beträge waren zu groß zum Umrechnen und sind nicht enthalten.</translation>
    </message>
    <message>
        <source>Not converted (no rate): %1</source>
        <translation>Nicht umgerechnet (kein Kurs): %1</translation>
    </message>
    <message>
        <source>%1 taken of %2 decided (%3 declined)</source>
        <translation>%1 erhalten von %2 entschiedenen (%3 abgelehnt)</translation>
    </message>
    <message>
        <source>%1 refunds per %2 payments taken</source>
        <translation>%1 Erstattungen auf %2 erhaltene Zahlungen</translation>
    </message>
    <message>
        <source>%1 disputes per %2 payments taken</source>
        <translation>%1 Rückbuchungen auf %2 erhaltene Zahlungen</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::CandidatesModel</name>
    <message>
        <source>exact</source>
        <translation>genau</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Days apart</source>
        <translation>Tage Abstand</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::ChartView</name>
    <message>
        <source>Save chart as PNG…</source>
        <translation>Diagramm als PNG speichern …</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>Diagramm als SVG speichern …</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Diagramm gespeichert unter %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::CsvPreviewDialog</name>
    <message>
        <source>CSV columns</source>
        <translation>CSV-Spalten</translation>
    </message>
    <message>
        <source>Paydeck read the file like this:</source>
        <translation>Paydeck hat die Datei so gelesen:</translation>
    </message>
    <message>
        <source>Please check: %1</source>
        <translation>Bitte prüfen: %1</translation>
    </message>
    <message>
        <source>Keep as preset:</source>
        <translation>Als Vorlage speichern:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::DrillDownModel</name>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Rückbuchung</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Balance transaction</source>
        <translation>Saldobuchung</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>zurückgebucht</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>gezahlt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason or code</source>
        <translation>Grund oder Code</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>Kartenmarke</translation>
    </message>
    <message>
        <source>Card country</source>
        <translation>Kartenland</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::DrillDownPanel</name>
    <message>
        <source>Show all transactions</source>
        <translation>Alle Buchungen zeigen</translation>
    </message>
    <message>
        <source>Double-click a row to find it among the transactions.</source>
        <translation>Doppelklick auf eine Zeile sucht sie unter den Buchungen.</translation>
    </message>
    <message>
        <source>%1 — could not be read: %2</source>
        <translation>%1 — konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln object(s), as the Analytics screen counted them.</source>
        <translation>
            <numerusform>%1: %Ln Objekt, so wie die Analyse es gezählt hat.</numerusform>
            <numerusform>%1: %Ln Objekte, so wie die Analyse sie gezählt hat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydeck::ui::ExceptionsModel</name>
    <message>
        <source>Unmatched</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Amount mismatch</source>
        <translation>Betragsabweichung</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Balance proof failed</source>
        <translation>Saldenprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Payouts ↔ bank</source>
        <translation>Auszahlungen ↔ Bank</translation>
    </message>
    <message>
        <source>Charges ↔ ledger</source>
        <translation>Zahlungen ↔ Buchhaltung</translation>
    </message>
    <message>
        <source>Payouts ↔ transactions</source>
        <translation>Auszahlungen ↔ Buchungen</translation>
    </message>
    <message>
        <source>Bank statement</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Buchhaltung</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Auszug</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::FilterBar</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
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
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>All currencies</source>
        <translation>Alle Währungen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Von … bis …</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To (inclusive)</source>
        <translation>Bis (einschließlich)</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::FraudPage</name>
    <message>
        <source>Only mine</source>
        <translation>Nur meine</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Fraudulent</source>
        <translation>Betrügerisch</translation>
    </message>
    <message>
        <source>Needs more info</source>
        <translation>Braucht mehr Infos</translation>
    </message>
    <message>
        <source>Undo decision</source>
        <translation>Entscheidung zurücknehmen</translation>
    </message>
    <message>
        <source>Refund as fraudulent…</source>
        <translation>Als betrügerisch erstatten…</translation>
    </message>
    <message>
        <source>Fraud monitoring is not running in this window.</source>
        <translation>Die Betrugsüberwachung läuft in diesem Fenster nicht.</translation>
    </message>
    <message>
        <source>%1 refunded as fraudulent (%2); the next sync brings the refund.</source>
        <translation>%1 als betrügerisch erstattet (%2); die nächste Synchronisierung bringt die Erstattung.</translation>
    </message>
    <message>
        <source>%1 is blocked from now on (rules version %2).</source>
        <translation>%1 ist ab jetzt gesperrt (Regelversion %2).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Which reviews</source>
        <translation>Welche Prüfungen</translation>
    </message>
    <message>
        <source>Note for the decision (kept in the audit trail)</source>
        <translation>Notiz zur Entscheidung (wird im Prüfpfad festgehalten)</translation>
    </message>
    <message>
        <source>Block…</source>
        <translation>Sperren…</translation>
    </message>
    <message>
        <source>This card</source>
        <translation>Diese Karte</translation>
    </message>
    <message>
        <source>This e-mail</source>
        <translation>Diese E-Mail</translation>
    </message>
    <message>
        <source>This IP</source>
        <translation>Diese IP</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need more info</source>
        <translation>
            <numerusform>%n braucht mehr Infos</numerusform>
            <numerusform>%n brauchen mehr Infos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fraudulent</source>
        <translation>
            <numerusform>%n betrügerisch</numerusform>
            <numerusform>%n betrügerisch</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Score &lt;b&gt;%1&lt;/b&gt;, %2 · %3 · paid %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;Score &lt;b&gt;%1&lt;/b&gt;, %2 · %3 · bezahlt %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Rule: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Regel: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Who paid</source>
        <translation>Wer bezahlt hat</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&lt;li&gt;%1 flagged by scoring&lt;/li&gt;</source>
        <translation>&lt;li&gt;%1 von der Bewertung markiert&lt;/li&gt;</translation>
    </message>
    <message>
        <source>A declined payment moved no money.</source>
        <translation>Eine abgelehnte Zahlung hat kein Geld bewegt.</translation>
    </message>
    <message>
        <source>Refund as fraudulent</source>
        <translation>Als betrügerisch erstatten</translation>
    </message>
    <message>
        <source>Refund %1 (%2) to the card as fraudulent?

The money goes back to the cardholder and the provider is told the payment was fraud. This cannot be undone in Paydeck.</source>
        <translation>%1 (%2) als betrügerisch auf die Karte erstatten?

Das Geld geht an den Karteninhaber zurück, und der Anbieter erfährt, dass die Zahlung Betrug war. Das lässt sich in Paydeck nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Refunding %1 at the provider…</source>
        <translation>%1 wird beim Anbieter erstattet…</translation>
    </message>
    <message>
        <source>This charge has nothing of that kind to block.</source>
        <translation>Diese Zahlung hat nichts dieser Art zum Sperren.</translation>
    </message>
    <message>
        <source>Investigate…</source>
        <translation>Untersuchen…</translation>
    </message>
    <message>
        <source>This customer</source>
        <translation>Dieser Kunde</translation>
    </message>
    <message>
        <source>This charge has nothing of that kind to investigate.</source>
        <translation>Diese Zahlung hat nichts dieser Art zum Untersuchen.</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Prüfwarteschlange</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Select all open from this IP</source>
        <translation>Alle offenen dieser IP auswählen</translation>
    </message>
    <message>
        <source>Note for the decision of %1 reviews (kept in the audit trail)</source>
        <translation>Notiz zur Entscheidung über %1 Prüfungen (wird im Prüfpfad festgehalten)</translation>
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
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
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
        <source>syncing (data as of %1)</source>
        <translation>synchronisiert (Daten vom Stand %1)</translation>
    </message>
    <message>
        <source>up to date (%1)</source>
        <translation>aktuell (%1)</translation>
    </message>
    <message>
        <source>failing since %1, no data yet: %2</source>
        <translation>fehlerhaft seit %1, noch keine Daten: %2</translation>
    </message>
    <message>
        <source>failing since %1, data as of %2: %3</source>
        <translation>fehlerhaft seit %1, Daten vom Stand %2: %3</translation>
    </message>
    <message>
        <source>%1 is failing since %2</source>
        <translation>%1 ist fehlerhaft seit %2</translation>
    </message>
    <message>
        <source>%1 is on its first sync</source>
        <translation>%1 synchronisiert zum ersten Mal</translation>
    </message>
    <message>
        <source>%1 last synced %2 ago</source>
        <translation>%1 wurde zuletzt vor %2 synchronisiert</translation>
    </message>
    <message>
        <source>Figures are incomplete: %1.</source>
        <translation>Die Zahlen sind unvollständig: %1.</translation>
    </message>
    <message>
        <source>Figures as of %1: %2.</source>
        <translation>Zahlen vom Stand %1: %2.</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::InvestigationDialog</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Export evidence (PDF)…</source>
        <translation>Beweismittel exportieren (PDF)…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Linked cards, e-mails, IPs and customers</source>
        <translation>Verknüpfte Karten, E-Mails, IPs und Kunden</translation>
    </message>
    <message>
        <source>Investigate %1</source>
        <translation>%1 untersuchen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 charges across all sources — %3 declined, %4 refunded, %5 disputed; %6 of them reviewed.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 Zahlungen über alle Quellen — %3 abgelehnt, %4 erstattet, %5 angefochten; %6 davon geprüft.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Disputed or refunded</source>
        <translation>Angefochten oder erstattet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Amount (its own currency)</source>
        <translation>Betrag (in eigener Währung)</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>, refunded %1</source>
        <translation>, %1 erstattet</translation>
    </message>
    <message>
        <source>, disputed (%1)</source>
        <translation>, angefochten (%1)</translation>
    </message>
    <message>
        <source> · review: %1</source>
        <translation> · Prüfung: %1</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>IPs</source>
        <translation>IPs</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Beweismittel exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Card issuer ranges (BIN)</source>
        <translation>Kartenherausgeber-Bereiche (BIN)</translation>
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
    <message>
        <source>Reconciliation</source>
        <translation>Abstimmung</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Finding %1…</source>
        <translation>Suche %1 …</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message numerus="yes">
        <source>● %n firing</source>
        <translation>
            <numerusform>● %n ausgelöst</numerusform>
            <numerusform>● %n ausgelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the alert centre</source>
        <translation>Alarmzentrale öffnen</translation>
    </message>
    <message>
        <source>Firing: %1</source>
        <translation>Ausgelöst: %1</translation>
    </message>
    <message>
        <source>Resolved: %1</source>
        <translation>Behoben: %1</translation>
    </message>
    <message>
        <source>Paydeck alert</source>
        <translation>Paydeck-Alarm</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Betrug</translation>
    </message>
    <message>
        <source>Fraud (%1)</source>
        <translation>Betrug (%1)</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::NotificationsDialog</name>
    <message>
        <source>Alert notifications</source>
        <translation>Alarm-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Group by labels</source>
        <translation>Gruppieren nach Labels</translation>
    </message>
    <message>
        <source>Group wait (s)</source>
        <translation>Gruppenwartezeit (s)</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Set secret…</source>
        <translation>Geheimnis setzen…</translation>
    </message>
    <message>
        <source>Add a webhook</source>
        <translation>Webhook hinzufügen</translation>
    </message>
    <message>
        <source>URL (https://, or http:// on this computer)</source>
        <translation>URL (https:// oder http:// auf diesem Computer)</translation>
    </message>
    <message>
        <source>Alerts that fire or resolve are sent as JSON, signed like Stripe&apos;s webhooks (Paydeck-Signature: t=…,v1=HMAC-SHA256 of &quot;t.body&quot;), or in Slack&apos;s shape; alerts of one group within the wait go as one message, repeated every 4 hours while they fire. Silenced alerts are not sent.</source>
        <translation>Ausgelöste und behobene Alarme werden als JSON gesendet, signiert wie Stripes Webhooks (Paydeck-Signature: t=…,v1=HMAC-SHA256 über &quot;t.body&quot;), oder in Slacks Form; Alarme einer Gruppe innerhalb der Wartezeit gehen als eine Nachricht, alle 4 Stunden wiederholt, solange sie ausgelöst sind. Stummgeschaltete Alarme werden nicht gesendet.</translation>
    </message>
    <message>
        <source>Delivery log (newest first)</source>
        <translation>Zustellprotokoll (neueste zuerst)</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>hinterlegt</translation>
    </message>
    <message>
        <source>none: unsigned</source>
        <translation>keines: unsigniert</translation>
    </message>
    <message>
        <source>delivered (HTTP %1)</source>
        <translation>zugestellt (HTTP %1)</translation>
    </message>
    <message>
        <source>The secret receivers verify the signature with (empty: send unsigned)</source>
        <translation>Das Geheimnis, mit dem Empfänger die Signatur prüfen (leer: unsigniert senden)</translation>
    </message>
    <message>
        <source>%1: the group wait is a number of seconds</source>
        <translation>%1: die Gruppenwartezeit ist eine Zahl von Sekunden</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
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
    <message>
        <source>Loading: the first sync is still filling the store…</source>
        <translation>Wird geladen: Die erste Synchronisation füllt den Speicher noch …</translation>
    </message>
    <message>
        <source>Last 7 days by currency:</source>
        <translation>Letzte 7 Tage nach Währung:</translation>
    </message>
    <message>
        <source>Not converted (no rate): %1</source>
        <translation>Nicht umgerechnet (kein Kurs): %1</translation>
    </message>
    <message>
        <source>Counting the payments in the store…</source>
        <translation>Zähle die Zahlungen im Datenspeicher …</translation>
    </message>
    <message>
        <source>(not converted, no rate: %1)</source>
        <translation>(nicht umgerechnet, kein Kurs: %1)</translation>
    </message>
    <message>
        <source>Fraud reviews</source>
        <translation>Betrugsprüfungen</translation>
    </message>
    <message>
        <source>fraud monitoring starting</source>
        <translation>Betrugsüberwachung startet</translation>
    </message>
    <message>
        <source>open · %1 need more info</source>
        <translation>offen · %1 brauchen mehr Infos</translation>
    </message>
    <message>
        <source>Charges fraud scoring flagged that nobody has decided yet</source>
        <translation>Zahlungen, die die Betrugsbewertung markiert hat und über die noch niemand entschieden hat</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::PayoutListModel</name>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Another amount</source>
        <translation>Anderer Betrag</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Ausgebucht</translation>
    </message>
    <message>
        <source>No statement</source>
        <translation>Kein Kontoauszug</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 on %2, %3 differs</source>
        <translation>%1 auf %2, Abweichung %3</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n Bankarbeitstag</numerusform>
            <numerusform>%n Bankarbeitstage</numerusform>
        </translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Ankunftsdatum</translation>
    </message>
    <message>
        <source>Expected at the bank</source>
        <translation>Erwartet auf der Bank</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Bank line</source>
        <translation>Bankbuchung</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::PayoutsPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Voriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Double-click a payout to see its transactions and bank lines</source>
        <translation>Doppelklick auf eine Auszahlung zeigt ihre Transaktionen und Bankbuchungen</translation>
    </message>
    <message>
        <source>No payouts yet. Payouts appear here once a source has synced them; import bank statements to see them arrive.</source>
        <translation>Noch keine Auszahlungen. Sie erscheinen hier, sobald eine Quelle sie synchronisiert hat; importieren Sie Kontoauszüge, um ihren Eingang zu sehen.</translation>
    </message>
    <message>
        <source>%1 expected · %2 arrived · %3 with another amount · %4 late · %5 missing · %6 without a statement. Expected days are the arrival date plus the bank&apos;s usual lag in business days, learned from earlier payouts.</source>
        <translation>%1 erwartet · %2 eingegangen · %3 mit anderem Betrag · %4 verspätet · %5 fehlen · %6 ohne Kontoauszug. Erwartet wird am Ankunftsdatum plus der üblichen Verzögerung der Bank in Bankarbeitstagen, gelernt aus früheren Auszahlungen.</translation>
    </message>
    <message numerus="yes">
        <source>Expected at the bank on %1: %n payout(s)</source>
        <translation>
            <numerusform>Am %1 auf der Bank erwartet: %n Auszahlung</numerusform>
            <numerusform>Am %1 auf der Bank erwartet: %n Auszahlungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs attention: every payout due has arrived in full.</source>
        <translation>Nichts braucht Aufmerksamkeit: jede fällige Auszahlung ist vollständig eingegangen.</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %n payout(s) missing, late or with another amount</source>
        <translation>
            <numerusform>Braucht Aufmerksamkeit: %n Auszahlung fehlt, ist verspätet oder hat einen anderen Betrag</numerusform>
            <numerusform>Braucht Aufmerksamkeit: %n Auszahlungen fehlen, sind verspätet oder haben einen anderen Betrag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>paydeck::ui::ReconciliationPage</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Import statement…</source>
        <translation>Kontoauszug importieren…</translation>
    </message>
    <message>
        <source>Import ledger…</source>
        <translation>Buchhaltung importieren…</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Abgleichen</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>All exceptions</source>
        <translation>Alle Ausnahmen</translation>
    </message>
    <message>
        <source>All reconciliations</source>
        <translation>Alle Abstimmungen</translation>
    </message>
    <message>
        <source>Search reference or reason</source>
        <translation>Referenz oder Grund suchen</translation>
    </message>
    <message>
        <source>Select an exception to see candidates, explanations and its trail.</source>
        <translation>Wählen Sie eine Ausnahme, um Kandidaten, Erklärungen und ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Match with selected…</source>
        <translation>Mit Auswahl zuordnen…</translation>
    </message>
    <message>
        <source>Write off…</source>
        <translation>Ausbuchen…</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Unmatch…</source>
        <translation>Zuordnung aufheben…</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Payout id, e.g. po_…</source>
        <translation>Auszahlungs-ID, z. B. po_…</translation>
    </message>
    <message>
        <source>Show trail</source>
        <translation>Verlauf zeigen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>No payout %1 in the store.</source>
        <translation>Keine Auszahlung %1 im Datenbestand.</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>no ledger imported</source>
        <translation>keine Buchhaltung importiert</translation>
    </message>
    <message>
        <source>charges matched to the ledger: %1 of %2</source>
        <translation>Zahlungen der Buchhaltung zugeordnet: %1 von %2</translation>
    </message>
    <message>
        <source> · not reconciled yet</source>
        <translation> · noch nicht abgeglichen</translation>
    </message>
    <message>
        <source> · last run %1</source>
        <translation> · letzter Lauf %1</translation>
    </message>
    <message>
        <source>Unmatched — provider: %1 · bank: %2 · ledger: %3</source>
        <translation>Nicht zugeordnet — Anbieter: %1 · Bank: %2 · Buchhaltung: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 %3, %4: %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 %3, %4: %5</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not matched.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nicht zugeordnet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (score %2, %3)&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (Bewertung %2, %3)&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>by the rules</source>
        <translation>nach den Regeln</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Provider: %1&lt;br&gt;Other side: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Anbieter: %1&lt;br&gt;Gegenseite: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Note: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Notiz: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Payout %1</source>
        <translation>Auszahlung %1</translation>
    </message>
    <message>
        <source>net equals the payout</source>
        <translation>netto gleich der Auszahlung</translation>
    </message>
    <message>
        <source>net differs by %1</source>
        <translation>netto weicht um %1 ab</translation>
    </message>
    <message>
        <source>amount %1, fee %2</source>
        <translation>Betrag %1, Gebühr %2</translation>
    </message>
    <message>
        <source>matched by %1</source>
        <translation>zugeordnet durch %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Select an exception first.</source>
        <translation>Wählen Sie zuerst eine Ausnahme.</translation>
    </message>
    <message>
        <source>Select one or more candidates to match with.</source>
        <translation>Wählen Sie einen oder mehrere Kandidaten zum Zuordnen.</translation>
    </message>
    <message>
        <source>Why do these belong together?</source>
        <translation>Warum gehören diese zusammen?</translation>
    </message>
    <message>
        <source>Not matched: a note is required.</source>
        <translation>Nicht zugeordnet: eine Notiz ist erforderlich.</translation>
    </message>
    <message>
        <source>Select a provider, bank or ledger exception to write off.</source>
        <translation>Wählen Sie eine Anbieter-, Bank- oder Buchhaltungsausnahme zum Ausbuchen.</translation>
    </message>
    <message>
        <source>Why is this written off?</source>
        <translation>Warum wird dies ausgebucht?</translation>
    </message>
    <message>
        <source>Not written off: a note is required.</source>
        <translation>Nicht ausgebucht: eine Notiz ist erforderlich.</translation>
    </message>
    <message>
        <source>The selected item has no match to undo.</source>
        <translation>Der gewählte Posten hat keine Zuordnung zum Aufheben.</translation>
    </message>
    <message>
        <source>Why is this match wrong?</source>
        <translation>Warum ist diese Zuordnung falsch?</translation>
    </message>
    <message>
        <source>Not unmatched: a note is required.</source>
        <translation>Zuordnung nicht aufgehoben: eine Notiz ist erforderlich.</translation>
    </message>
    <message>
        <source>Import bank statements</source>
        <translation>Kontoauszüge importieren</translation>
    </message>
    <message>
        <source>Bank statements (*.xml *.sta *.940 *.mt940 *.txt *.csv);;All files (*)</source>
        <translation>Kontoauszüge (*.xml *.sta *.940 *.mt940 *.txt *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; %n file(s) not imported.</source>
        <translation>
            <numerusform>Abgebrochen; %n Datei nicht importiert.</numerusform>
            <numerusform>Abgebrochen; %n Dateien nicht importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already imported</source>
        <translation>%1: bereits importiert</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n statement(s), %2 new entries, %3 already known</source>
        <translation>
            <numerusform>%1: %n Auszug, %2 neue Umsätze, %3 bereits bekannt</numerusform>
            <numerusform>%1: %n Auszüge, %2 neue Umsätze, %3 bereits bekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — balance proof FAILED for %n statement(s)</source>
        <translation>
            <numerusform> — Saldenprüfung für %n Auszug FEHLGESCHLAGEN</numerusform>
            <numerusform> — Saldenprüfung für %n Auszüge FEHLGESCHLAGEN</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import ledger export</source>
        <translation>Buchhaltungsexport importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: %2 ledger entries, %3 new</source>
        <translation>%1: %2 Buchhaltungseinträge, %3 neu</translation>
    </message>
    <message>
        <source>Reconciling</source>
        <translation>Abgleich läuft</translation>
    </message>
    <message>
        <source>Import sandbox statement and ledger</source>
        <translation>Sandbox-Auszug und -Buchhaltung importieren</translation>
    </message>
    <message>
        <source>The statement the sandbox&apos;s bank account would send for its payouts, and the company&apos;s receivables for its charges</source>
        <translation>Der Kontoauszug, den das Bankkonto der Sandbox für ihre Auszahlungen senden würde, und die Forderungen des Unternehmens zu ihren Zahlungen</translation>
    </message>
    <message>
        <source>Sandbox receivables</source>
        <translation>Sandbox-Forderungen</translation>
    </message>
    <message>
        <source> — the preset &quot;%1&quot; was not kept: %2</source>
        <translation> — die Vorlage „%1“ wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source> — the preset was not kept: %1</source>
        <translation> — die Vorlage wurde nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>No bank statement or ledger imported yet. Import a camt.053, MT940 or CSV statement to reconcile %Ln payout(s).</source>
        <translation>
            <numerusform>Noch kein Kontoauszug und keine Buchhaltung importiert. Importieren Sie einen camt.053-, MT940- oder CSV-Auszug, um %Ln Auszahlung abzugleichen.</numerusform>
            <numerusform>Noch kein Kontoauszug und keine Buchhaltung importiert. Importieren Sie einen camt.053-, MT940- oder CSV-Auszug, um %Ln Auszahlungen abzugleichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Payouts matched to the bank: %1 of %2 (%3 %) · %4 · %Ln open exception(s)</source>
        <translation>
            <numerusform>Auszahlungen der Bank zugeordnet: %1 von %2 (%3 %) · %4 · %Ln offene Ausnahme</numerusform>
            <numerusform>Auszahlungen der Bank zugeordnet: %1 von %2 (%3 %) · %4 · %Ln offene Ausnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln balance transaction(s)</source>
        <translation>
            <numerusform>%Ln Saldobuchung</numerusform>
            <numerusform>%Ln Saldobuchungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln bank line(s)</source>
        <translation>
            <numerusform>%Ln Bankzeile</numerusform>
            <numerusform>%Ln Bankzeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>payouts against the bank</source>
        <translation>Auszahlungen gegen die Bank</translation>
    </message>
    <message>
        <source>charges against the ledger</source>
        <translation>Zahlungen gegen die Buchhaltung</translation>
    </message>
    <message>
        <source>payouts against their balance transactions</source>
        <translation>Auszahlungen gegen ihre Saldobuchungen</translation>
    </message>
    <message>
        <source>%1 not checked (%2)</source>
        <translation>%1 nicht geprüft (%2)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 matched</source>
        <translation>%1: %2 von %3 zugeordnet</translation>
    </message>
    <message>
        <source>Dry run: %1 matches would be added, %2 removed, %3 stay; %4 exceptions. %5.</source>
        <translation>Probelauf: %1 Zuordnungen kämen hinzu, %2 entfielen, %3 blieben; %4 Ausnahmen. %5.</translation>
    </message>
    <message>
        <source>Reconciled at %1: %2. %3 open exceptions, %4 manual decisions kept.</source>
        <translation>Abgeglichen um %1: %2. %3 offene Ausnahmen, %4 manuelle Entscheidungen beibehalten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Payout %1&lt;/b&gt;: its balance transactions and bank lines</source>
        <translation>&lt;b&gt;Auszahlung %1&lt;/b&gt;: ihre Saldobuchungen und Bankzeilen</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; added</source>
        <translation>Quelle „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; changed</source>
        <translation>Quelle „%1“ geändert</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::ReviewsModel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Fraudulent</source>
        <translation>Betrügerisch</translation>
    </message>
    <message>
        <source>Needs more info</source>
        <translation>Braucht mehr Infos</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source> (declined)</source>
        <translation> (abgelehnt)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Strongest reason</source>
        <translation>Stärkster Grund</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::RuleEditor</name>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Clears at</source>
        <translation>Behoben bei</translation>
    </message>
    <message>
        <source>Backtest the last 30 days</source>
        <translation>Die letzten 30 Tage rücktesten</translation>
    </message>
    <message>
        <source>Edit alert rule</source>
        <translation>Alarmregel bearbeiten</translation>
    </message>
    <message>
        <source>New alert rule</source>
        <translation>Neue Alarmregel</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>all (amounts need one, e.g. EUR)</source>
        <translation>alle (Beträge brauchen eine, z. B. EUR)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Rates as fractions (0.05 is 5 %); amounts in minor units; departures from the baseline as relative changes or standard errors</source>
        <translation>Quoten als Anteile (0,05 sind 5 %); Beträge in kleinsten Einheiten; Abweichungen vom Normalwert als relative Änderung oder in Standardfehlern</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Decline code</source>
        <translation>Ablehnungscode</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Hysteresis</source>
        <translation>Hysterese</translation>
    </message>
    <message>
        <source>Minimum volume</source>
        <translation>Mindestvolumen</translation>
    </message>
    <message>
        <source>Pending for</source>
        <translation>Ausstehend für</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Run a backtest to see when this rule would have fired.</source>
        <translation>Ein Rücktest zeigt, wann diese Regel ausgelöst hätte.</translation>
    </message>
    <message>
        <source>this rule</source>
        <translation>diese Regel</translation>
    </message>
    <message>
        <source>Backtesting…</source>
        <translation>Rücktest läuft…</translation>
    </message>
    <message numerus="yes">
        <source>Over the last 30 days it would have fired %n time(s); %1 of %2 evaluations had enough volume to judge.</source>
        <translation>
            <numerusform>In den letzten 30 Tagen hätte sie %n-mal ausgelöst; %1 von %2 Auswertungen hatten genug Volumen für ein Urteil.</numerusform>
            <numerusform>In den letzten 30 Tagen hätte sie %n-mal ausgelöst; %1 von %2 Auswertungen hatten genug Volumen für ein Urteil.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – still firing</source>
        <translation>%1 – noch ausgelöst</translation>
    </message>
    <message>
        <source>Departure from normal</source>
        <translation>Abweichung vom Normalwert</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>paydeck::ui::RulesPanel</name>
    <message>
        <source>Backtest the draft</source>
        <translation>Entwurf rückwirkend testen</translation>
    </message>
    <message>
        <source>Save as the next version</source>
        <translation>Als nächste Version speichern</translation>
    </message>
    <message>
        <source>Revert to the rules in force</source>
        <translation>Auf die geltenden Regeln zurücksetzen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Fraud monitoring is not running in this window.</source>
        <translation>Die Betrugsüberwachung läuft in diesem Fenster nicht.</translation>
    </message>
    <message>
        <source>Saved as version %1: it judges the charges from now on.</source>
        <translation>Als Version %1 gespeichert: sie beurteilt die Zahlungen ab jetzt.</translation>
    </message>
    <message>
        <source>%1 imported as a draft: backtest it, then save it to switch it on.</source>
        <translation>%1 als Entwurf importiert: rückwirkend testen, dann speichern, um ihn einzuschalten.</translation>
    </message>
    <message>
        <source>The draft was written to %1.</source>
        <translation>Der Entwurf wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Import fraud rules</source>
        <translation>Betrugsregeln importieren</translation>
    </message>
    <message>
        <source>Rule files (*.rules *.txt);;All files (*)</source>
        <translation>Regeldateien (*.rules *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export fraud rules</source>
        <translation>Betrugsregeln exportieren</translation>
    </message>
    <message>
        <source>Rule files (*.rules)</source>
        <translation>Regeldateien (*.rules)</translation>
    </message>
    <message>
        <source>Fraud rules draft</source>
        <translation>Entwurf der Betrugsregeln</translation>
    </message>
    <message>
        <source>review if :risk_score: &gt;= 65</source>
        <translation>review if :risk_score: &gt;= 65</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>letzte 30 Tage</translation>
    </message>
    <message>
        <source>last 90 days</source>
        <translation>letzte 90 Tage</translation>
    </message>
    <message>
        <source>last 365 days</source>
        <translation>letzte 365 Tage</translation>
    </message>
    <message>
        <source>Backtest period</source>
        <translation>Zeitraum des Rücktests</translation>
    </message>
    <message>
        <source>In force: Paydeck&apos;s defaults (no rules saved yet).</source>
        <translation>Es gelten: die Voreinstellungen von Paydeck (noch keine Regeln gespeichert).</translation>
    </message>
    <message>
        <source>In force: version %1, saved by %2 at %3.</source>
        <translation>Es gilt: Version %1, gespeichert von %2 um %3.</translation>
    </message>
    <message>
        <source>Version %1 was saved meanwhile; your draft is kept. Revert to see the rules in force.</source>
        <translation>Inzwischen wurde Version %1 gespeichert; Ihr Entwurf bleibt erhalten. Setzen Sie zurück, um die geltenden Regeln zu sehen.</translation>
    </message>
    <message>
        <source>Does not parse: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Parses: %1 rules, %2 lists; the IP is read from metadata &apos;%3&apos;.</source>
        <translation>Lesbar: %1 Regeln, %2 Listen; die IP wird aus den Metadaten &apos;%3&apos; gelesen.</translation>
    </message>
    <message>
        <source>Backtesting over the %1…</source>
        <translation>Rücktest über: %1…</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 charges; the draft would have reviewed %4 and blocked %5. Money of the flagged payments that went through: %6 (of it fraud: %7).</source>
        <translation>Von %1 bis %2: %3 Zahlungen; der Entwurf hätte %4 zur Prüfung gestellt und %5 gesperrt. Betrag der markierten Zahlungen, die durchgingen: %6 (davon Betrug: %7).</translation>
    </message>
    <message>
        <source>No labels yet (no dispute marked fraudulent, no decision): precision and recall cannot be told.</source>
        <translation>Noch keine Labels (keine Rückbuchung als Betrug, keine Entscheidung): Präzision und Trefferquote lassen sich nicht angeben.</translation>
    </message>
    <message>
        <source>Against %1 labelled charges (disputes as fraudulent, analysts&apos; decisions): precision %2, recall %3; Stripe&apos;s risk level alone: precision %4, recall %5.</source>
        <translation>Gegen %1 gelabelte Zahlungen (Rückbuchungen als Betrug, Entscheidungen der Analysten): Präzision %2, Trefferquote %3; nur Stripes Risikostufe: Präzision %4, Trefferquote %5.</translation>
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
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>unverändert (im Schlüsselbund gespeichert)</translation>
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
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>active, degraded</source>
        <translation>aktiv, eingeschränkt</translation>
    </message>
    <message>
        <source>Time since the last complete sync: how old the newest data may be. Up to date means within two sync intervals.</source>
        <translation>Zeit seit der letzten vollständigen Synchronisation: so alt können die neuesten Daten sein. Aktuell heißt: innerhalb von zwei Synchronisationsintervallen.</translation>
    </message>
    <message>
        <source>active, behind</source>
        <translation>aktiv, im Rückstand</translation>
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
    <message>
        <source>%1 (updating…)</source>
        <translation>%1 (wird aktualisiert…)</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln transaction(s)</source>
        <translation>
            <numerusform>%Ln Buchung</numerusform>
            <numerusform>%Ln Buchungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, amounts sorted within each currency (no exchange rates yet)</source>
        <translation>%1, Beträge innerhalb jeder Währung sortiert (noch keine Wechselkurse)</translation>
    </message>
    <message>
        <source>No transaction matches these filters.</source>
        <translation>Keine Buchung passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No transaction matches “%1”.</source>
        <translation>Keine Buchung passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln without the filters.</source>
        <translation>
            <numerusform>%Ln ohne die Filter.</numerusform>
            <numerusform>%Ln ohne die Filter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>%1 is a %2 (%3): only money that moved has a balance transaction.</source>
        <translation>%1 ist ein Objekt vom Typ %2 (%3): nur bewegtes Geld hat eine Saldobuchung.</translation>
    </message>
    <message>
        <source>Ids are found by their beginning, text anywhere in descriptions, e-mails and names, four digits as a card&apos;s last four.</source>
        <translation>IDs werden über ihren Anfang gefunden, Text überall in Beschreibungen, E-Mails und Namen, vier Ziffern als Kartenendziffern.</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Weg des Geldes</translation>
    </message>
    <message>
        <source>%1 — double-click to show its transactions</source>
        <translation>%1 — Doppelklick zeigt die zugehörigen Buchungen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>not paid out yet</source>
        <translation>noch nicht ausgezahlt</translation>
    </message>
    <message>
        <source>arrives %1</source>
        <translation>Eingang %1</translation>
    </message>
    <message>
        <source>Bank line</source>
        <translation>Bankzeile</translation>
    </message>
    <message>
        <source>none matched yet (see Reconciliation)</source>
        <translation>noch keine zugeordnet (siehe Abgleich)</translation>
    </message>
    <message>
        <source>%1 — double-click to see it in Reconciliation</source>
        <translation>%1 — Doppelklick zeigt sie im Abgleich</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>the end of the line</source>
        <translation>das Zeilenende</translation>
    </message>
    <message>
        <source>line %1, column %2: %3, found %4</source>
        <translation>Zeile %1, Spalte %2: %3, gefunden: %4</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>could not make %1 private</source>
        <translation>%1 konnte nicht privat gemacht werden</translation>
    </message>
    <message>
        <source>made %1 private (%2 → %3)</source>
        <translation>%1 privat gemacht (%2 → %3)</translation>
    </message>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>das Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
</context>
</TS>
