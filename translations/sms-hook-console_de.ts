<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionConversion</name>
    <message>
        <source>call api.notification.drop(reason)</source>
        <translation>api.notification.drop(reason) aufrufen</translation>
    </message>
    <message>
        <source>throw the error</source>
        <translation>den Fehler mit throw auslösen</translation>
    </message>
    <message>
        <source>context.factor_type has no Action equivalent (the Action runs for the second factor): remove the check.</source>
        <translation>context.factor_type hat in einer Action keine Entsprechung (die Action läuft für den zweiten Faktor): Entfernen Sie die Prüfung.</translation>
    </message>
    <message>
        <source>%1: an Action has no context.webtask besides its secrets (event.secrets); rewrite this without it.</source>
        <translation>%1: Eine Action hat außer ihren Secrets (event.secrets) kein context.webtask; schreiben Sie dies ohne es um.</translation>
    </message>
    <message>
        <source>%1 has no known Action equivalent: read the field from event.</source>
        <translation>%1 hat keine bekannte Entsprechung in einer Action: Lesen Sie das Feld aus event.</translation>
    </message>
    <message>
        <source>context[...] cannot be mapped: name the field and read it from event.</source>
        <translation>context[...] lässt sich nicht zuordnen: Benennen Sie das Feld und lesen Sie es aus event.</translation>
    </message>
    <message>
        <source>The hook&apos;s context is used as a whole: pass the event fields the code needs instead.</source>
        <translation>Der context des Hooks wird als Ganzes verwendet: Übergeben Sie stattdessen die event-Felder, die der Code braucht.</translation>
    </message>
    <message>
        <source>The hook&apos;s context is written to: keep the value in a variable of your own.</source>
        <translation>In den context des Hooks wird geschrieben: Halten Sie den Wert in einer eigenen Variablen.</translation>
    </message>
    <message>
        <source>This destructuring of the hook&apos;s context cannot be mapped: read each field from event.</source>
        <translation>Diese Destrukturierung des context des Hooks lässt sich nicht zuordnen: Lesen Sie jedes Feld aus event.</translation>
    </message>
    <message>
        <source>%1 has no counterpart among the Action&apos;s values of this field: compare with one of them.</source>
        <translation>%1 hat unter den Werten dieses Felds in der Action kein Gegenstück: Vergleichen Sie mit einem davon.</translation>
    </message>
    <message>
        <source>%1 is called inside a nested function: make that function return a promise, await it, then return on success and %2 on failure.</source>
        <translation>%1 wird in einer verschachtelten Funktion aufgerufen: Lassen Sie diese Funktion ein Promise zurückgeben, warten Sie mit await darauf und schreiben Sie dann bei Erfolg return und bei einem Fehler %2.</translation>
    </message>
    <message>
        <source>%1 is handed on as a value, but an Action has no callback: return on success and %2 on failure where it would be called.</source>
        <translation>%1 wird als Wert weitergegeben, aber eine Action hat keinen Callback: Schreiben Sie dort, wo er aufgerufen würde, bei Erfolg return und bei einem Fehler %2.</translation>
    </message>
    <message>
        <source>%1 is called inside an expression: write return (success) or %2 (failure) as statements.</source>
        <translation>%1 wird innerhalb eines Ausdrucks aufgerufen: Schreiben Sie return (Erfolg) oder %2 (Fehler) als eigene Anweisungen.</translation>
    </message>
    <message>
        <source>%1(error, result) with a computed error: test the error with if, %2 there, then return the result.</source>
        <translation>%1(error, result) mit einem berechneten Fehler: Prüfen Sie den Fehler mit if, dort %2, und geben Sie dann das Ergebnis mit return zurück.</translation>
    </message>
    <message>
        <source>In the hook this code ran after %1(...); now the return before it ends the Action first. Move it above if it must run.</source>
        <translation>Im Hook lief dieser Code nach %1(...); jetzt beendet das return davor zuerst die Action. Verschieben Sie ihn nach oben, wenn er laufen muss.</translation>
    </message>
    <message>
        <source>The Account SID was passed as the Verify service: the Action reads the Verify service SID (VA...) from the secret TWILIO_VERIFY_SERVICE_SID. Define it.</source>
        <translation>Die Account SID wurde als Verify-Service übergeben: Die Action liest die SID des Verify-Service (VA...) aus dem Secret TWILIO_VERIFY_SERVICE_SID. Legen Sie es an.</translation>
    </message>
    <message>
        <source>client.verify.services (deprecated) became client.verify.v2.services.</source>
        <translation>Aus client.verify.services (veraltet) wurde client.verify.v2.services.</translation>
    </message>
    <message>
        <source>message_type was not defined in the hook; it now reads %1.</source>
        <translation>message_type war im Hook nicht definiert; jetzt wird %1 gelesen.</translation>
    </message>
    <message>
        <source>custom-phone-provider also delivers blocked_account, change_password and password_breach notifications; the code sees them as &apos;second-factor-authentication&apos;.</source>
        <translation>custom-phone-provider stellt auch die Benachrichtigungen blocked_account, change_password und password_breach zu; der Code sieht sie als &apos;second-factor-authentication&apos;.</translation>
    </message>
    <message>
        <source>event.notification.code is set for one-time codes only; other notifications (blocked_account, change_password, password_breach) have none.</source>
        <translation>event.notification.code ist nur bei Einmalcodes gesetzt; andere Benachrichtigungen (blocked_account, change_password, password_breach) haben keinen.</translation>
    </message>
    <message>
        <source>The application&apos;s metadata is event.client.metadata (the hook had client_metadata).</source>
        <translation>Die Metadaten der Anwendung stehen in event.client.metadata (der Hook hatte client_metadata).</translation>
    </message>
    <message>
        <source>The hook does not parse: %1.</source>
        <translation>Der Hook lässt sich nicht parsen: %1.</translation>
    </message>
    <message>
        <source>Correct the syntax error, then convert again.</source>
        <translation>Beheben Sie den Syntaxfehler und konvertieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>This is already an Action (it exports %1), not a hook.</source>
        <translation>Dies ist bereits eine Action (sie exportiert %1), kein Hook.</translation>
    </message>
    <message>
        <source>Nothing to convert; lint it for the tenant&apos;s trigger instead.</source>
        <translation>Nichts zu konvertieren; prüfen Sie es stattdessen mit Lint für den Trigger des Tenants.</translation>
    </message>
    <message>
        <source>This is not a Send Phone Message hook: module.exports is not assigned a function.</source>
        <translation>Dies ist kein Send-Phone-Message-Hook: module.exports wird keine Funktion zugewiesen.</translation>
    </message>
    <message>
        <source>Convert the hook&apos;s code, which starts module.exports = function (recipient, text, context, cb).</source>
        <translation>Konvertieren Sie den Code des Hooks, der mit module.exports = function (recipient, text, context, cb) beginnt.</translation>
    </message>
    <message>
        <source>The hook&apos;s parameters are patterns; the conversion needs their names.</source>
        <translation>Die Parameter des Hooks sind Muster (Destrukturierung); die Konvertierung braucht ihre Namen.</translation>
    </message>
    <message>
        <source>Write them as (recipient, text, context, cb) and convert again.</source>
        <translation>Schreiben Sie sie als (recipient, text, context, cb) und konvertieren Sie erneut.</translation>
    </message>
    <message>
        <source>Unknown trigger &quot;%1&quot;.</source>
        <translation>Unbekannter Trigger „%1“.</translation>
    </message>
    <message>
        <source>Choose send-phone-message or custom-phone-provider.</source>
        <translation>Wählen Sie send-phone-message oder custom-phone-provider.</translation>
    </message>
    <message>
        <source>The conversion produced code that does not parse (%1).</source>
        <translation>Die Konvertierung hat Code erzeugt, der sich nicht parsen lässt (%1).</translation>
    </message>
    <message>
        <source>Report this with the hook&apos;s code; convert the hook by hand meanwhile.</source>
        <translation>Melden Sie dies zusammen mit dem Code des Hooks; konvertieren Sie den Hook in der Zwischenzeit von Hand.</translation>
    </message>
    <message>
        <source>The conversion failed: %1.</source>
        <translation>Die Konvertierung ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Report this with the hook&apos;s code.</source>
        <translation>Melden Sie dies zusammen mit dem Code des Hooks.</translation>
    </message>
</context>
<context>
    <name>ActionDeployJob</name>
    <message>
        <source>Check the code, the tenant and the secrets</source>
        <translation>Code, Tenant und Secrets prüfen</translation>
    </message>
    <message>
        <source>Save the Action</source>
        <translation>Action speichern</translation>
    </message>
    <message>
        <source>Wait for Auth0 to build it</source>
        <translation>Warten, bis Auth0 sie gebaut hat</translation>
    </message>
    <message>
        <source>Deploy it</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Bind it to the trigger</source>
        <translation>An den Trigger binden</translation>
    </message>
    <message>
        <source>Turn on SMS for MFA</source>
        <translation>SMS für MFA einschalten</translation>
    </message>
    <message>
        <source>Send phone messages through the Action</source>
        <translation>Telefonnachrichten über die Action senden</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s status back</source>
        <translation>Status des Tenants zurücklesen</translation>
    </message>
    <message>
        <source>Cancelled before this step.</source>
        <translation>Vor diesem Schritt abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is not connected to an Auth0 tenant: connect it on the Tenant page (or sms-hook-cli auth0 connect) first.</source>
        <translation>Das Profil „%1“ ist mit keinem Auth0-Tenant verbunden: Verbinden Sie es zuerst auf der Seite „Tenant“ (oder mit sms-hook-cli auth0 connect).</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1 %2</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1 %2</translation>
    </message>
    <message>
        <source>The tenant&apos;s client secret is not in the keychain: connect the profile to its tenant again.</source>
        <translation>Das Client-Secret des Tenants ist nicht im Schlüsselbund: Verbinden Sie das Profil erneut mit seinem Tenant.</translation>
    </message>
    <message>
        <source>This is a Send Phone Message hook, which Auth0 no longer runs. Convert it to an Action first (Hook code &gt; Convert to Action, or sms-hook-cli action convert).</source>
        <translation>Dies ist ein Send-Phone-Message-Hook, den Auth0 nicht mehr ausführt. Konvertieren Sie ihn zuerst in eine Action (Hook-Code &gt; In Action konvertieren, oder sms-hook-cli action convert).</translation>
    </message>
    <message>
        <source>The code exports no Action handler: export exports.onExecuteCustomPhoneProvider (Unified Phone Experience) or exports.onExecuteSendPhoneMessage (legacy MFA phone set-up).</source>
        <translation>Der Code exportiert keinen Action-Handler: Exportieren Sie exports.onExecuteCustomPhoneProvider (Unified Phone Experience) oder exports.onExecuteSendPhoneMessage (alte MFA-Telefonkonfiguration).</translation>
    </message>
    <message numerus="yes">
        <source>Lint found %n error(s); fix them before deploying: %1</source>
        <translation>
            <numerusform>Lint hat %n Fehler gefunden; beheben Sie ihn vor der Bereitstellung: %1</numerusform>
            <numerusform>Lint hat %n Fehler gefunden; beheben Sie sie vor der Bereitstellung: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The code reads %1, which is not in this profile&apos;s keychain: set it on the Secrets page (or sms-hook-cli secrets set) first.</source>
        <translation>Der Code liest %1, das nicht im Schlüsselbund dieses Profils ist: Legen Sie es zuerst auf der Seite „Secrets“ an (oder mit sms-hook-cli secrets set).</translation>
    </message>
    <message>
        <source>The code exports %1, but %2 is %3: it runs %4 Actions, exported as exports.%5.</source>
        <translation>Der Code exportiert %1, aber %2 befindet sich %3: Dort laufen %4-Actions, exportiert als exports.%5.</translation>
    </message>
    <message>
        <source>in the Unified Phone Experience</source>
        <translation>in der Unified Phone Experience</translation>
    </message>
    <message>
        <source>on the legacy MFA phone set-up</source>
        <translation>in der alten MFA-Telefonkonfiguration</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs %2 Actions; the code reads %n secret(s), all in the keychain.</source>
        <translation>
            <numerusform>%1 führt %2-Actions aus; der Code liest %n Secret, und es ist im Schlüsselbund.</numerusform>
            <numerusform>%1 führt %2-Actions aus; der Code liest %n Secrets, alle im Schlüsselbund.</numerusform>
        </translation>
    </message>
    <message>
        <source>SMS Hook Console (%1)</source>
        <translation>SMS Hook Console (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Created &quot;%1&quot; with %n secret(s).</source>
        <translation>
            <numerusform>„%1“ mit %n Secret angelegt.</numerusform>
            <numerusform>„%1“ mit %n Secrets angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated &quot;%1&quot; with %n secret(s).</source>
        <translation>
            <numerusform>„%1“ mit %n Secret aktualisiert.</numerusform>
            <numerusform>„%1“ mit %n Secrets aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Built.</source>
        <translation>Gebaut.</translation>
    </message>
    <message>
        <source>Auth0 could not build the Action%1. Nothing was deployed; the version that ran before still runs.</source>
        <translation>Auth0 konnte die Action nicht bauen%1. Es wurde nichts bereitgestellt; die bisherige Version läuft weiter.</translation>
    </message>
    <message>
        <source>The build did not finish in time (still %1). Check the Action in the Auth0 Dashboard, then deploy again.</source>
        <translation>Der Build wurde nicht rechtzeitig fertig (noch %1). Prüfen Sie die Action im Auth0 Dashboard und stellen Sie sie dann erneut bereit.</translation>
    </message>
    <message>
        <source>Auth0 says: %1.</source>
        <translation>Auth0 meldet: %1.</translation>
    </message>
    <message>
        <source>Version %1 is deployed.</source>
        <translation>Version %1 ist bereitgestellt.</translation>
    </message>
    <message>
        <source>Not asked (--no-activate).</source>
        <translation>Nicht angefordert (--no-activate).</translation>
    </message>
    <message>
        <source>The deploy did not finish in time. Check the Action in the Auth0 Dashboard.</source>
        <translation>Die Bereitstellung wurde nicht rechtzeitig fertig. Prüfen Sie die Action im Auth0 Dashboard.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bound to %2.</source>
        <translation>„%1“ ist an %2 gebunden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bound to %2; unbound, as it sends too: %3.</source>
        <translation>„%1“ ist an %2 gebunden; gelöst, weil sie ebenfalls sendet: %3.</translation>
    </message>
    <message>
        <source>Phone Message is on, with SMS.</source>
        <translation>Phone Message ist eingeschaltet, mit SMS.</translation>
    </message>
    <message>
        <source>Phone Message is on; SMS added to its message types.</source>
        <translation>Phone Message ist eingeschaltet; SMS zu den Nachrichtentypen hinzugefügt.</translation>
    </message>
    <message>
        <source>Delivery provider: Custom (phone-message-hook).</source>
        <translation>Zustellanbieter: Custom (phone-message-hook).</translation>
    </message>
    <message>
        <source>Created the custom phone provider for %1.</source>
        <translation>Benutzerdefinierten Telefonanbieter für %1 angelegt.</translation>
    </message>
    <message>
        <source>The custom phone provider is enabled for %1.</source>
        <translation>Der benutzerdefinierte Telefonanbieter ist für %1 aktiviert.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Erledigt: %1.</translation>
    </message>
    <message>
        <source>Done: %1. Not done: %2.</source>
        <translation>Erledigt: %1. Nicht erledigt: %2.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>ActionTarget</name>
    <message>
        <source>Send Phone Message (legacy MFA phone set-up)</source>
        <translation>Send Phone Message (alte MFA-Telefonkonfiguration)</translation>
    </message>
    <message>
        <source>Custom Phone Provider (Unified Phone Experience)</source>
        <translation>Custom Phone Provider (Unified Phone Experience)</translation>
    </message>
</context>
<context>
    <name>ActionTestJob</name>
    <message>
        <source>the tenant&apos;s draft of &quot;%1&quot;</source>
        <translation>der Entwurf von „%1“ im Tenant</translation>
    </message>
    <message>
        <source>the editor</source>
        <translation>der Editor</translation>
    </message>
    <message>
        <source>Reading which trigger %1 sends MFA texts with…</source>
        <translation>Es wird gelesen, mit welchem Trigger %1 MFA-SMS sendet…</translation>
    </message>
    <message>
        <source>No Action is bound to %1 on %2, so there is no draft to test: deploy the code first (Deploy…, or sms-hook-cli action deploy).</source>
        <translation>An %1 auf %2 ist keine Action gebunden, daher gibt es keinen Entwurf zum Testen: Stellen Sie den Code zuerst bereit (Bereitstellen… oder sms-hook-cli action deploy).</translation>
    </message>
    <message>
        <source>Writing the editor&apos;s code into the draft of &quot;%1&quot; (not deployed)…</source>
        <translation>Der Code des Editors wird in den Entwurf von „%1“ geschrieben (nicht bereitgestellt)…</translation>
    </message>
    <message>
        <source>The draft was not updated: %1</source>
        <translation>Der Entwurf wurde nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>The draft of &quot;%1&quot; does not build, so it cannot be tested: fix the code (see Problems) and update the draft again.</source>
        <translation>Der Entwurf von „%1“ lässt sich nicht bauen und kann daher nicht getestet werden: Korrigieren Sie den Code (siehe Probleme) und aktualisieren Sie den Entwurf erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The draft of &quot;%1&quot; was still %2 after %n second(s); try again later.</source>
        <translation>
            <numerusform>Der Entwurf von „%1“ war nach %n Sekunde noch %2; versuchen Sie es später erneut.</numerusform>
            <numerusform>Der Entwurf von „%1“ war nach %n Sekunden noch %2; versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the draft&apos;s build (%1)…</source>
        <translation>Warten auf den Build des Entwurfs (%1)…</translation>
    </message>
    <message>
        <source>Testing the draft of &quot;%1&quot; in %2…</source>
        <translation>Der Entwurf von „%1“ wird in %2 getestet…</translation>
    </message>
    <message>
        <source>The tenant did not test the draft: %1</source>
        <translation>Der Tenant hat den Entwurf nicht getestet: %1</translation>
    </message>
</context>
<context>
    <name>Attempt</name>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Sent, no receipt</source>
        <translation>Gesendet, ohne Zustellbestätigung</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <source>Rejected by Twilio</source>
        <translation>Von Twilio abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not sent: Twilio not reached</source>
        <translation>Nicht gesendet: Twilio nicht erreicht</translation>
    </message>
</context>
<context>
    <name>Auth0Client</name>
    <message>
        <source>the token answer has no access_token</source>
        <translation>die Token-Antwort enthält kein access_token</translation>
    </message>
</context>
<context>
    <name>Auth0Error</name>
    <message>
        <source>in a moment</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s) (at %1)</source>
        <translation>
            <numerusform>in %n Sekunde (um %1)</numerusform>
            <numerusform>in %n Sekunden (um %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Auth0</source>
        <translation>Auth0</translation>
    </message>
    <message>
        <source>%1 does not let this application use the client credentials grant.</source>
        <translation>%1 erlaubt dieser Anwendung den Grant-Typ Client Credentials nicht.</translation>
    </message>
    <message>
        <source>%1 accepted the client but it may not call the Management API.</source>
        <translation>%1 hat den Client akzeptiert, aber er darf die Management API nicht aufrufen.</translation>
    </message>
    <message>
        <source>%1 refused the Management API token (%2).</source>
        <translation>%1 hat das Token für die Management API abgelehnt (%2).</translation>
    </message>
    <message>
        <source>%1 refused the client ID and secret.</source>
        <translation>%1 hat Client-ID und Secret abgelehnt.</translation>
    </message>
    <message>
        <source>The token lacks the scope %1.</source>
        <translation>Dem Token fehlt der Scope %1.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP 403): %2</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP 403): %2</translation>
    </message>
    <message>
        <source>%1 has no such resource (HTTP 404)%2</source>
        <translation>%1 hat keine solche Ressource (HTTP 404)%2</translation>
    </message>
    <message>
        <source>%1 reports a conflict (HTTP 409): %2</source>
        <translation>%1 meldet einen Konflikt (HTTP 409): %2</translation>
    </message>
    <message>
        <source>%1 refused the request&apos;s content (HTTP %2): %3</source>
        <translation>%1 hat den Inhalt der Anfrage abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 is rate-limiting this client (HTTP 429); it can be asked again %2.</source>
        <translation>%1 drosselt diesen Client (HTTP 429); er darf %2 erneut anfragen.</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2).</source>
        <translation>Bei %1 ist ein Serverfehler aufgetreten (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3</source>
        <translation>%1 hat mit HTTP %2 geantwortet%3</translation>
    </message>
    <message>
        <source>No Auth0 tenant answers at %1.</source>
        <translation>Unter %1 antwortet kein Auth0-Tenant.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2).</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (%2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The answer from %1 is not Auth0&apos;s JSON (HTTP %2).</source>
        <translation>Die Antwort von %1 ist kein JSON von Auth0 (HTTP %2).</translation>
    </message>
    <message>
        <source>No answer from %1 after the change was sent: it may or may not have been made (%2).</source>
        <translation>Keine Antwort von %1, nachdem die Änderung gesendet wurde: Sie wurde möglicherweise ausgeführt, möglicherweise nicht (%2).</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Abgebrochen, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <source>Cancelled; the change may already have reached Auth0.</source>
        <translation>Abgebrochen; die Änderung hat Auth0 möglicherweise schon erreicht.</translation>
    </message>
    <message>
        <source>In the Auth0 Dashboard open Applications &gt; your application &gt; Settings &gt; Advanced Settings &gt; Grant Types and tick Client Credentials (a Machine to Machine application has it).</source>
        <translation>Öffnen Sie im Auth0 Dashboard Applications &gt; Ihre Anwendung &gt; Settings &gt; Advanced Settings &gt; Grant Types und aktivieren Sie Client Credentials (eine Machine-to-Machine-Anwendung hat es).</translation>
    </message>
    <message>
        <source>In the Auth0 Dashboard open Applications &gt; APIs &gt; Auth0 Management API &gt; Machine to Machine Applications and authorize this application.</source>
        <translation>Öffnen Sie im Auth0 Dashboard Applications &gt; APIs &gt; Auth0 Management API &gt; Machine to Machine Applications und autorisieren Sie diese Anwendung.</translation>
    </message>
    <message>
        <source>Connect again to get a new token.</source>
        <translation>Verbinden Sie sich erneut, um ein neues Token zu erhalten.</translation>
    </message>
    <message>
        <source>Copy the client secret again from Auth0 Dashboard &gt; Applications &gt; your application &gt; Settings, and check the client ID and the domain.</source>
        <translation>Kopieren Sie das Client-Secret erneut aus Auth0 Dashboard &gt; Applications &gt; Ihre Anwendung &gt; Settings, und prüfen Sie Client-ID und Domain.</translation>
    </message>
    <message>
        <source>This tenant is in the Unified Phone Experience: its phone messages are set under Branding &gt; Phone Provider, not on the MFA page.</source>
        <translation>Dieser Tenant nutzt die Unified Phone Experience: Seine Telefonnachrichten werden unter Branding &gt; Phone Provider eingestellt, nicht auf der MFA-Seite.</translation>
    </message>
    <message>
        <source>Check the application&apos;s permissions in the Auth0 Dashboard.</source>
        <translation>Prüfen Sie die Berechtigungen der Anwendung im Auth0 Dashboard.</translation>
    </message>
    <message>
        <source>Refresh the tenant status; it may have been deleted or renamed.</source>
        <translation>Aktualisieren Sie den Tenant-Status; die Ressource wurde möglicherweise gelöscht oder umbenannt.</translation>
    </message>
    <message>
        <source>Refresh the tenant status and try again.</source>
        <translation>Aktualisieren Sie den Tenant-Status und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Correct what Auth0 names and try again.</source>
        <translation>Korrigieren Sie, was Auth0 nennt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Wait until then; other tools using the same tenant share its rate limit.</source>
        <translation>Warten Sie bis dahin; andere Werkzeuge für denselben Tenant teilen sich sein Rate Limit.</translation>
    </message>
    <message>
        <source>Try again in a minute; check status.auth0.com if it persists.</source>
        <translation>Versuchen Sie es in einer Minute erneut; prüfen Sie status.auth0.com, wenn es anhält.</translation>
    </message>
    <message>
        <source>Check the domain and try again.</source>
        <translation>Prüfen Sie die Domain und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the domain: it is shown in the Auth0 Dashboard under Applications &gt; your application &gt; Settings &gt; Domain (for example acme.us.auth0.com).</source>
        <translation>Prüfen Sie die Domain: Sie steht im Auth0 Dashboard unter Applications &gt; Ihre Anwendung &gt; Settings &gt; Domain (zum Beispiel acme.us.auth0.com).</translation>
    </message>
    <message>
        <source>Check the network connection (and any proxy), then try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung (und einen etwaigen Proxy) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the network or status.auth0.com.</source>
        <translation>Versuchen Sie es erneut; wenn es immer wieder passiert, prüfen Sie das Netzwerk oder status.auth0.com.</translation>
    </message>
    <message>
        <source>The console never ignores certificate errors. Check the system&apos;s date and certificates, or a proxy that intercepts TLS.</source>
        <translation>Die Konsole ignoriert Zertifikatsfehler nie. Prüfen Sie Datum und Zertifikate des Systems oder einen Proxy, der TLS abfängt.</translation>
    </message>
    <message>
        <source>Check the domain and any base URL override: something other than Auth0 answered.</source>
        <translation>Prüfen Sie die Domain und eine etwaige abweichende Basis-URL: Geantwortet hat etwas anderes als Auth0.</translation>
    </message>
    <message>
        <source>Refresh the tenant status to see whether the change was made before trying again.</source>
        <translation>Aktualisieren Sie den Tenant-Status, um zu sehen, ob die Änderung ausgeführt wurde, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Refresh the tenant status to see what was done.</source>
        <translation>Aktualisieren Sie den Tenant-Status, um zu sehen, was ausgeführt wurde.</translation>
    </message>
    <message>
        <source>Auth0 says: %1</source>
        <translation>Auth0 meldet: %1</translation>
    </message>
</context>
<context>
    <name>Auth0Reply</name>
    <message>
        <source>The request has no valid URL; check the tenant connection.</source>
        <translation>Die Anfrage hat keine gültige URL; prüfen Sie die Tenant-Verbindung.</translation>
    </message>
    <message>
        <source>The client is gone.</source>
        <translation>Der Client existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The network access manager is gone.</source>
        <translation>Der Network Access Manager existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Attempt %1: %2</source>
        <translation>Versuch %1: %2</translation>
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation>Keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>The connection closed before the server answered.</source>
        <translation>Die Verbindung wurde geschlossen, bevor der Server antwortete.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>the connection failed after the request was sent: %1</source>
        <translation>die Verbindung brach ab, nachdem die Anfrage gesendet war: %1</translation>
    </message>
    <message numerus="yes">
        <source>HTTP %1 after %2 ms (%n byte(s))</source>
        <translation>
            <numerusform>HTTP %1 nach %2 ms (%n Byte)</numerusform>
            <numerusform>HTTP %1 nach %2 ms (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Auth0 rate limit (HTTP 429)</source>
        <translation>Rate Limit von Auth0 (HTTP 429)</translation>
    </message>
    <message>
        <source>The token was refused; getting a new one.</source>
        <translation>Das Token wurde abgelehnt; ein neues wird angefordert.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>a gateway answered HTTP %1</source>
        <translation>ein Gateway hat mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <source>the body is not JSON</source>
        <translation>der Inhalt ist kein JSON</translation>
    </message>
    <message>
        <source>Retrying in %1 ms (%2)</source>
        <translation>Neuer Versuch in %1 ms (%2)</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>Fehlgeschlagen (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>Done after %n attempt(s).</source>
        <translation>
            <numerusform>Fertig nach %n Versuch.</numerusform>
            <numerusform>Fertig nach %n Versuchen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Auth0Requests</name>
    <message>
        <source>%1: &quot;%2&quot; is not an Auth0 id.</source>
        <translation>%1: „%2“ ist keine Auth0-ID.</translation>
    </message>
    <message>
        <source>Delivery methods: choose text, voice or both.</source>
        <translation>Zustellmethoden: Wählen Sie text, voice oder beide.</translation>
    </message>
    <message>
        <source>Delivery methods: use text and/or voice, not &quot;%1&quot;.</source>
        <translation>Zustellmethoden: Verwenden Sie text und/oder voice, nicht „%1“.</translation>
    </message>
    <message>
        <source>Client ID: enter the client ID of the tenant&apos;s machine-to-machine application (Auth0 Dashboard &gt; Applications &gt; your application &gt; Settings).</source>
        <translation>Client-ID: Geben Sie die Client-ID der Machine-to-Machine-Anwendung des Tenants ein (Auth0 Dashboard &gt; Applications &gt; Ihre Anwendung &gt; Settings).</translation>
    </message>
    <message>
        <source>Auth0 base URL: only a loopback address (a local simulator) may replace https://%1; clear the override to reach the tenant.</source>
        <translation>Auth0-Basis-URL: Nur eine Loopback-Adresse (ein lokaler Simulator) darf https://%1 ersetzen; leeren Sie das Feld, um den Tenant zu erreichen.</translation>
    </message>
    <message>
        <source>Auth0 base URL</source>
        <translation>Auth0-Basis-URL</translation>
    </message>
    <message>
        <source>Client secret: enter the client secret of the machine-to-machine application (Auth0 Dashboard &gt; Applications &gt; your application &gt; Settings).</source>
        <translation>Client-Secret: Geben Sie das Client-Secret der Machine-to-Machine-Anwendung ein (Auth0 Dashboard &gt; Applications &gt; Ihre Anwendung &gt; Settings).</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Action name: enter a name for the Action.</source>
        <translation>Name der Action: Geben Sie einen Namen für die Action ein.</translation>
    </message>
    <message>
        <source>Trigger: choose the trigger the Action runs on.</source>
        <translation>Trigger: Wählen Sie den Trigger, bei dem die Action läuft.</translation>
    </message>
    <message>
        <source>Action update: nothing to change.</source>
        <translation>Aktualisierung der Action: Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Message types: use sms and/or voice, not &quot;%1&quot;.</source>
        <translation>Nachrichtentypen: Verwenden Sie sms und/oder voice, nicht „%1“.</translation>
    </message>
    <message>
        <source>Phone provider: use auth0, twilio or phone-message-hook, not &quot;%1&quot;.</source>
        <translation>Telefonanbieter: Verwenden Sie auth0, twilio oder phone-message-hook, nicht „%1“.</translation>
    </message>
    <message>
        <source>Phone provider</source>
        <translation>Telefonanbieter</translation>
    </message>
    <message>
        <source>Phone provider: name the provider (custom).</source>
        <translation>Telefonanbieter: Nennen Sie den Anbieter (custom).</translation>
    </message>
    <message>
        <source>Phone provider: use custom or twilio, not &quot;%1&quot;.</source>
        <translation>Telefonanbieter: Verwenden Sie custom oder twilio, nicht „%1“.</translation>
    </message>
    <message>
        <source>Phone provider update: nothing to change.</source>
        <translation>Aktualisierung des Telefonanbieters: Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>To: enter the phone number to send the test message to.</source>
        <translation>An: Geben Sie die Telefonnummer ein, an die die Testnachricht gehen soll.</translation>
    </message>
    <message>
        <source>To: enter the number in E.164 form, such as +14155552671, without spaces or punctuation (&quot;%1&quot; is longer than 16 characters).</source>
        <translation>An: Geben Sie die Nummer im E.164-Format ein, etwa +14155552671, ohne Leerzeichen oder Satzzeichen („%1“ ist länger als 16 Zeichen).</translation>
    </message>
    <message>
        <source>Delivery method: use text or voice, not &quot;%1&quot;.</source>
        <translation>Zustellmethode: Verwenden Sie text oder voice, nicht „%1“.</translation>
    </message>
    <message>
        <source>Logs: the next-page link points elsewhere (%1); not followed.</source>
        <translation>Logs: Der Link zur nächsten Seite zeigt woandershin (%1); ihm wird nicht gefolgt.</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Hook</translation>
    </message>
</context>
<context>
    <name>Auth0Scopes</name>
    <message>
        <source>Read the tenant&apos;s phone set-up</source>
        <translation>Die Telefonkonfiguration des Tenants lesen</translation>
    </message>
    <message>
        <source>Deploy the Action and bind it to its trigger</source>
        <translation>Die Action bereitstellen und an ihren Trigger binden</translation>
    </message>
    <message>
        <source>Turn on SMS and select the custom phone provider</source>
        <translation>SMS einschalten und den benutzerdefinierten Telefonanbieter auswählen</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s MFA log events</source>
        <translation>Die MFA-Log-Ereignisse des Tenants lesen</translation>
    </message>
    <message>
        <source>List the legacy hooks still on the tenant</source>
        <translation>Die alten Hooks auflisten, die noch im Tenant sind</translation>
    </message>
    <message>
        <source>Set up and remove the MFA test&apos;s own application and user</source>
        <translation>Die eigene Anwendung und den Benutzer des MFA-Tests anlegen und entfernen</translation>
    </message>
    <message>
        <source>Check the MFA test application&apos;s grant types and connection</source>
        <translation>Grant-Typen und Verbindung der MFA-Testanwendung prüfen</translation>
    </message>
    <message>
        <source>In the Auth0 Dashboard open Applications &gt; APIs &gt; Auth0 Management API &gt; Machine to Machine Applications, expand this application and tick %1, then Update and connect again.</source>
        <translation>Öffnen Sie im Auth0 Dashboard Applications &gt; APIs &gt; Auth0 Management API &gt; Machine to Machine Applications, klappen Sie diese Anwendung auf, aktivieren Sie %1, klicken Sie auf Update und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>the scope Auth0 names</source>
        <translation>den Scope, den Auth0 nennt</translation>
    </message>
</context>
<context>
    <name>BoundActionJob</name>
    <message>
        <source>No Action is bound to %1 on %2: deploy one first (sms-hook-cli action deploy).</source>
        <translation>An %1 ist auf %2 keine Action gebunden: Stellen Sie zuerst eine bereit (sms-hook-cli action deploy).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bound but was never deployed.</source>
        <translation>„%1“ ist gebunden, wurde aber nie bereitgestellt.</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is already the deployed one.</source>
        <translation>Version %1 von „%2“ ist bereits die bereitgestellte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no version before %2 to roll back to.</source>
        <translation>„%1“ hat keine Version vor %2, auf die zurückgesetzt werden könnte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no version %2.</source>
        <translation>„%1“ hat keine Version %2.</translation>
    </message>
    <message>
        <source>The rollback did not show as deployed in time; check the Action in the Auth0 Dashboard.</source>
        <translation>Das Zurücksetzen wurde nicht rechtzeitig als bereitgestellt angezeigt; prüfen Sie die Action im Auth0 Dashboard.</translation>
    </message>
</context>
<context>
    <name>BuiltInSandbox</name>
    <message>
        <source>The built-in Twilio sandbox could not listen on 127.0.0.1.</source>
        <translation>Die eingebaute Twilio-Sandbox konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>The built-in Auth0 simulator could not listen on 127.0.0.1.</source>
        <translation>Der eingebaute Auth0-Simulator konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
</context>
<context>
    <name>CheckItem</name>
    <message>
        <source>The tenant sends MFA text messages through this profile&apos;s Action</source>
        <translation>Der Tenant sendet MFA-Textnachrichten über die Action dieses Profils</translation>
    </message>
    <message>
        <source>Hook secrets are configured</source>
        <translation>Die Secrets des Hooks sind eingerichtet</translation>
    </message>
    <message>
        <source>The credentials work in Twilio</source>
        <translation>Die Zugangsdaten funktionieren bei Twilio</translation>
    </message>
    <message>
        <source>The sender belongs to the account</source>
        <translation>Der Absender gehört zum Konto</translation>
    </message>
    <message>
        <source>Numbers are in E.164 format</source>
        <translation>Die Nummern sind im E.164-Format</translation>
    </message>
    <message>
        <source>Trial accounts text verified numbers only</source>
        <translation>Testkonten senden nur an verifizierte Nummern</translation>
    </message>
    <message>
        <source>The last test send</source>
        <translation>Die letzte Testsendung</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
</context>
<context>
    <name>CheckJudge</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Send a test</source>
        <translation>Test senden</translation>
    </message>
    <message>
        <source>This profile is not connected to its Auth0 tenant, so check these by hand (or connect it on the Tenant page and the console checks them for you):

1. In the Auth0 Dashboard, open **Branding &gt; Phone Provider**. If the page exists, the tenant is in the Unified Phone Experience: **Custom** is selected, enabled for **Text**, and its Action (trigger **custom-phone-provider**, `exports.onExecuteCustomPhoneProvider`) is deployed.
2. Otherwise the tenant has the legacy MFA phone set-up: open **Security &gt; Multi-factor Auth &gt; Phone Message**; **Custom** is the delivery provider, and **Actions &gt; Triggers &gt; Send Phone Message** has this code&apos;s Action (`exports.onExecuteSendPhoneMessage`) in its flow, deployed.
3. On **Security &gt; Multi-factor Auth**, **Phone Message** is on and **SMS** is among its delivery methods.
4. The Action&apos;s **Secrets** hold the names its code reads, with this profile&apos;s values, and its **Dependencies** include `twilio`.

Auth0 stopped running Send Phone Message hooks on 2026-11-18: a hook, even enabled, no longer sends anything.</source>
        <translation>Dieses Profil ist nicht mit seinem Auth0-Tenant verbunden; prüfen Sie diese Punkte daher von Hand (oder verbinden Sie es auf der Seite „Tenant“, dann prüft die Konsole sie für Sie):

1. Öffnen Sie im Auth0 Dashboard **Branding &gt; Phone Provider**. Gibt es die Seite, nutzt der Tenant die Unified Phone Experience: **Custom** ist ausgewählt und für **Text** aktiviert, und seine Action (Trigger **custom-phone-provider**, `exports.onExecuteCustomPhoneProvider`) ist bereitgestellt.
2. Andernfalls hat der Tenant die alte MFA-Telefonkonfiguration: Öffnen Sie **Security &gt; Multi-factor Auth &gt; Phone Message**; **Custom** ist der Zustellanbieter, und **Actions &gt; Triggers &gt; Send Phone Message** enthält in seinem Ablauf die Action dieses Codes (`exports.onExecuteSendPhoneMessage`), bereitgestellt.
3. Unter **Security &gt; Multi-factor Auth** ist **Phone Message** eingeschaltet und **SMS** gehört zu seinen Zustellmethoden.
4. Die **Secrets** der Action enthalten die Namen, die ihr Code liest, mit den Werten dieses Profils, und ihre **Dependencies** enthalten `twilio`.

Auth0 führt Send-Phone-Message-Hooks seit dem 18.11.2026 nicht mehr aus: Ein Hook sendet nichts mehr, auch wenn er aktiviert ist.</translation>
    </message>
    <message>
        <source>Connect to the tenant</source>
        <translation>Mit dem Tenant verbinden</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>einem unbekannten Datum</translation>
    </message>
    <message>
        <source>Confirmed by hand on %1.</source>
        <translation>Von Hand bestätigt am %1.</translation>
    </message>
    <message>
        <source>Not checked any more</source>
        <translation>Wird nicht mehr geprüft</translation>
    </message>
    <message>
        <source>Not connected to the tenant: check its Action and phone provider in the Auth0 Dashboard.</source>
        <translation>Nicht mit dem Tenant verbunden: Prüfen Sie seine Action und seinen Telefonanbieter im Auth0 Dashboard.</translation>
    </message>
    <message>
        <source>I checked this</source>
        <translation>Ich habe das geprüft</translation>
    </message>
    <message>
        <source>Open the tenant status</source>
        <translation>Tenant-Status öffnen</translation>
    </message>
    <message>
        <source>- **%1** (%2): %3</source>
        <translation>- **%1** (%2): %3</translation>
    </message>
    <message>
        <source>Open the Auth0 Dashboard</source>
        <translation>Auth0 Dashboard öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n warning(s))</source>
        <translation>
            <numerusform>%1 (%n Warnung)</numerusform>
            <numerusform>%1 (%n Warnungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The hook code reads no secret (context.webtask.secrets): it cannot reach Twilio without credentials.</source>
        <translation>Der Hook-Code liest kein Secret (context.webtask.secrets): Ohne Zugangsdaten erreicht er Twilio nicht.</translation>
    </message>
    <message>
        <source>%1 is not set</source>
        <translation>%1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>- %1: **not set** in the keychain%2</source>
        <translation>- %1: **nicht gesetzt** im Schlüsselbund%2</translation>
    </message>
    <message>
        <source> (the hook code reads it)</source>
        <translation> (der Hook-Code liest es)</translation>
    </message>
    <message>
        <source>%1 is not in E.164 form</source>
        <translation>%1 ist nicht im E.164-Format</translation>
    </message>
    <message>
        <source>- %1: set, but not in E.164 form (see item 5)</source>
        <translation>- %1: gesetzt, aber nicht im E.164-Format (siehe Punkt 5)</translation>
    </message>
    <message>
        <source>%1 is malformed</source>
        <translation>%1 ist fehlerhaft</translation>
    </message>
    <message>
        <source>- %1: set and well-formed</source>
        <translation>- %1: gesetzt und korrekt aufgebaut</translation>
    </message>
    <message>
        <source>Set but not read by the hook code: %1. Check the names in the code for typos.</source>
        <translation>Gesetzt, aber vom Hook-Code nicht gelesen: %1. Prüfen Sie die Namen im Code auf Tippfehler.</translation>
    </message>
    <message>
        <source>No hook code is saved for this profile: the secrets a hook usually needs were checked. Open the Hook code page to check the names your code reads.</source>
        <translation>Für dieses Profil ist kein Hook-Code gespeichert: Geprüft wurden die Secrets, die ein Hook üblicherweise braucht. Öffnen Sie die Seite „Hook-Code“, um die Namen zu prüfen, die Ihr Code liest.</translation>
    </message>
    <message>
        <source>Open the Hook code page</source>
        <translation>Seite „Hook-Code“ öffnen</translation>
    </message>
    <message>
        <source>Deployed Action: %1</source>
        <translation>Bereitgestellte Action: %1</translation>
    </message>
    <message>
        <source>Open the Action in Auth0</source>
        <translation>Action in Auth0 öffnen</translation>
    </message>
    <message numerus="yes">
        <source>All %n secret(s) the hook code reads are set and well-formed.</source>
        <translation>
            <numerusform>Das %n Secret, das der Hook-Code liest, ist gesetzt und korrekt aufgebaut.</numerusform>
            <numerusform>Alle %n Secrets, die der Hook-Code liest, sind gesetzt und korrekt aufgebaut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The usual secrets are set; no hook code saved to compare with.</source>
        <translation>Die üblichen Secrets sind gesetzt; es ist kein Hook-Code zum Vergleich gespeichert.</translation>
    </message>
    <message>
        <source>%1 is not set: Twilio cannot be asked.</source>
        <translation>%1 ist nicht gesetzt: Twilio kann nicht gefragt werden.</translation>
    </message>
    <message>
        <source>Copy it from **Account Info** on the Twilio Console&apos;s home page and store it on the Secrets page.</source>
        <translation>Kopieren Sie es aus **Account Info** auf der Startseite der Twilio Console und speichern Sie es auf der Seite „Secrets“.</translation>
    </message>
    <message>
        <source>Open the Twilio Console</source>
        <translation>Twilio Console öffnen</translation>
    </message>
    <message>
        <source>%1 is malformed: Twilio cannot be asked.</source>
        <translation>%1 ist fehlerhaft: Twilio kann nicht gefragt werden.</translation>
    </message>
    <message>
        <source>Twilio refused the Account SID and Auth Token (HTTP %1, error %2).</source>
        <translation>Twilio hat Account SID und Auth Token abgelehnt (HTTP %1, Fehler %2).</translation>
    </message>
    <message>
        <source>The hook&apos;s secrets are not the ones in the Twilio Console. Copy the Account SID and the Auth Token again from **Account Info** on the Console&apos;s home page (press *Show* for the token) and store them here and in the hook. If the token was changed (&quot;Request a secondary token&quot; / promote), the old one stops working.</source>
        <translation>Die Secrets des Hooks sind nicht die aus der Twilio Console. Kopieren Sie Account SID und Auth Token erneut aus **Account Info** auf der Startseite der Console (für das Token *Show* drücken) und speichern Sie sie hier und im Hook. Wurde das Token geändert („Request a secondary token“ / Promote), funktioniert das alte nicht mehr.</translation>
    </message>
    <message>
        <source>The account could not be fetched: %1</source>
        <translation>Das Konto konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>Testkonto</translation>
    </message>
    <message>
        <source>full</source>
        <translation>Vollkonto</translation>
    </message>
    <message>
        <source>The credentials work, but the account %1 is suspended.</source>
        <translation>Die Zugangsdaten funktionieren, aber das Konto %1 ist gesperrt.</translation>
    </message>
    <message>
        <source>The credentials work, but the account %1 is %2.</source>
        <translation>Die Zugangsdaten funktionieren, aber das Konto %1 hat den Status %2.</translation>
    </message>
    <message>
        <source>Twilio refuses to send from an account that is not active (error 20005, &quot;Account not active&quot;). A suspended account usually has an unpaid balance or a compliance hold: see the Twilio Console&apos;s billing page or contact Twilio support. A closed account cannot be reopened: create the hook&apos;s secrets from an active account.</source>
        <translation>Twilio sendet nicht von einem Konto, das nicht aktiv ist (Fehler 20005, „Account not active“). Ein gesperrtes Konto hat meist einen offenen Saldo oder eine Compliance-Sperre: Sehen Sie auf der Abrechnungsseite der Twilio Console nach oder wenden Sie sich an den Twilio-Support. Ein geschlossenes Konto lässt sich nicht wieder öffnen: Legen Sie die Secrets des Hooks aus einem aktiven Konto an.</translation>
    </message>
    <message>
        <source>Open Twilio billing</source>
        <translation>Twilio-Abrechnung öffnen</translation>
    </message>
    <message>
        <source>Authenticated as %1: an active %2 account.</source>
        <translation>Authentifiziert als %1: ein aktives %2.</translation>
    </message>
    <message>
        <source>The Account SID and Auth Token authenticate with Twilio (Account fetch), and the account is active.</source>
        <translation>Account SID und Auth Token authentifizieren sich bei Twilio (Abruf des Kontos), und das Konto ist aktiv.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is set: the hook has nothing to send from.</source>
        <translation>Weder %1 noch %2 ist gesetzt: Der Hook hat keinen Absender.</translation>
    </message>
    <message>
        <source>Programmable SMS sends from a number (or a Messaging Service) in %1; Verify sends through the service in %2.</source>
        <translation>Programmable SMS sendet von einer Nummer (oder einem Messaging Service) in %1; Verify sendet über den Service in %2.</translation>
    </message>
    <message>
        <source>Messaging Service %1 was not looked up</source>
        <translation>Messaging Service %1 wurde nicht abgefragt</translation>
    </message>
    <message>
        <source>Messaging Service %1 does not exist in this account</source>
        <translation>Messaging Service %1 existiert in diesem Konto nicht</translation>
    </message>
    <message>
        <source>Messaging Service %1 could not be fetched: %2</source>
        <translation>Messaging Service %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>Copy the SID (MG...) again from Messaging &gt; Services in the Twilio Console, from the same account as the Account SID (error 21701 when sending).</source>
        <translation>Kopieren Sie die SID (MG...) erneut aus Messaging &gt; Services in der Twilio Console, aus demselben Konto wie die Account SID (sonst Fehler 21701 beim Senden).</translation>
    </message>
    <message>
        <source>Open Messaging Services</source>
        <translation>Messaging Services öffnen</translation>
    </message>
    <message>
        <source>Messaging Service %1 exists</source>
        <translation>Messaging Service %1 existiert</translation>
    </message>
    <message>
        <source>Messaging Service %1 (%2) exists</source>
        <translation>Messaging Service %1 (%2) existiert</translation>
    </message>
    <message>
        <source>Make sure its sender pool holds an SMS-capable number.</source>
        <translation>Achten Sie darauf, dass sein Absenderpool eine SMS-fähige Nummer enthält.</translation>
    </message>
    <message>
        <source>Open the Messaging Service</source>
        <translation>Messaging Service öffnen</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number (see item 5)</source>
        <translation>%1 ist keine gültige Telefonnummer (siehe Punkt 5)</translation>
    </message>
    <message>
        <source>%1 could not be looked up: %2</source>
        <translation>%1 konnte nicht abgefragt werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a phone number of this account</source>
        <translation>%1 ist keine Telefonnummer dieses Kontos</translation>
    </message>
    <message>
        <source>Twilio only sends from numbers the account owns (error 21606 when sending). Buy or port the number into this account, or store one of its numbers in %1. A number of another account or subaccount does not count.</source>
        <translation>Twilio sendet nur von Nummern, die dem Konto gehören (sonst Fehler 21606 beim Senden). Kaufen oder portieren Sie die Nummer in dieses Konto, oder speichern Sie eine seiner Nummern in %1. Eine Nummer eines anderen Kontos oder Unterkontos zählt nicht.</translation>
    </message>
    <message>
        <source>Open the account&apos;s numbers</source>
        <translation>Nummern des Kontos öffnen</translation>
    </message>
    <message>
        <source>%1 belongs to the account but cannot send SMS</source>
        <translation>%1 gehört zum Konto, kann aber keine SMS senden</translation>
    </message>
    <message>
        <source>The number has no SMS capability (voice only): sending from it fails with error 21606. Use an SMS-capable number of the account, or a Messaging Service.</source>
        <translation>Die Nummer hat keine SMS-Fähigkeit (nur Sprache): Senden von ihr scheitert mit Fehler 21606. Verwenden Sie eine SMS-fähige Nummer des Kontos oder einen Messaging Service.</translation>
    </message>
    <message>
        <source>Open the number in the Twilio Console</source>
        <translation>Nummer in der Twilio Console öffnen</translation>
    </message>
    <message>
        <source>%1 belongs to the account and can send SMS</source>
        <translation>%1 gehört zum Konto und kann SMS senden</translation>
    </message>
    <message>
        <source>%1 is not a Verify service SID (VA...)</source>
        <translation>%1 ist keine SID eines Verify-Service (VA...)</translation>
    </message>
    <message>
        <source>Verify service %1 was not looked up</source>
        <translation>Verify-Service %1 wurde nicht abgefragt</translation>
    </message>
    <message>
        <source>Verify service %1 does not exist in this account</source>
        <translation>Verify-Service %1 existiert in diesem Konto nicht</translation>
    </message>
    <message>
        <source>Verify service %1 could not be fetched: %2</source>
        <translation>Verify-Service %1 konnte nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>Copy the service SID (VA...) again from Verify &gt; Services, in the same account as the Account SID. (Auth0&apos;s example wrongly passes the Account SID as the service SID.)</source>
        <translation>Kopieren Sie die Service-SID (VA...) erneut aus Verify &gt; Services, im selben Konto wie die Account SID. (Das Beispiel von Auth0 übergibt fälschlich die Account SID als Service-SID.)</translation>
    </message>
    <message>
        <source>Open Verify services</source>
        <translation>Verify-Services öffnen</translation>
    </message>
    <message>
        <source>Verify service %1 does not accept custom codes</source>
        <translation>Verify-Service %1 akzeptiert keine benutzerdefinierten Codes</translation>
    </message>
    <message>
        <source>Auth0 makes the code and the hook passes it as customCode; a service without custom codes refuses it (error 60204). Ask Twilio support to enable custom codes on this service.</source>
        <translation>Auth0 erzeugt den Code, und der Hook übergibt ihn als customCode; ein Service ohne benutzerdefinierte Codes lehnt ihn ab (Fehler 60204). Bitten Sie den Twilio-Support, benutzerdefinierte Codes für diesen Service freizuschalten.</translation>
    </message>
    <message>
        <source>Open the Verify service</source>
        <translation>Verify-Service öffnen</translation>
    </message>
    <message>
        <source>Verify service %1 exists and accepts custom codes</source>
        <translation>Verify-Service %1 existiert und akzeptiert benutzerdefinierte Codes</translation>
    </message>
    <message>
        <source>the sender is a Messaging Service, not a number</source>
        <translation>der Absender ist ein Messaging Service, keine Nummer</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number</source>
        <translation>%1 ist keine gültige Telefonnummer</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not in E.164 form: %3</source>
        <translation>%1 „%2“ ist nicht im E.164-Format: %3</translation>
    </message>
    <message>
        <source>Twilio needs + then the country code and the number, with no spaces, dashes, brackets or leading 00 (error 21212 for From).</source>
        <translation>Twilio braucht ein + gefolgt von Ländervorwahl und Nummer, ohne Leerzeichen, Bindestriche, Klammern oder führende 00 (sonst Fehler 21212 für From).</translation>
    </message>
    <message>
        <source>Store it as %1</source>
        <translation>Als %1 speichern</translation>
    </message>
    <message>
        <source>sender %1 is in E.164 form</source>
        <translation>der Absender %1 ist im E.164-Format</translation>
    </message>
    <message>
        <source>Enter a test recipient to check it too.</source>
        <translation>Geben Sie einen Testempfänger ein, um auch ihn zu prüfen.</translation>
    </message>
    <message>
        <source>the test recipient &quot;%1&quot; is not a valid phone number</source>
        <translation>der Testempfänger „%1“ ist keine gültige Telefonnummer</translation>
    </message>
    <message>
        <source>the test recipient %1 is a %2 number, not a mobile</source>
        <translation>der Testempfänger %1 ist eine Nummer vom Typ %2, keine Mobilnummer</translation>
    </message>
    <message>
        <source>SMS does not reach fixed-line numbers (error 21614 or 30006). Test with a mobile number.</source>
        <translation>SMS erreichen keine Festnetznummern (Fehler 21614 oder 30006). Testen Sie mit einer Mobilnummer.</translation>
    </message>
    <message>
        <source>recipient %1 is valid (%2)</source>
        <translation>der Empfänger %1 ist gültig (%2)</translation>
    </message>
    <message>
        <source>Auth0 passes the recipient in E.164 form: %1.</source>
        <translation>Auth0 übergibt den Empfänger im E.164-Format: %1.</translation>
    </message>
    <message>
        <source>Not a trial account: any recipient can be texted.</source>
        <translation>Kein Testkonto: Es kann an jeden Empfänger gesendet werden.</translation>
    </message>
    <message>
        <source>Only trial accounts are limited to verified caller IDs.</source>
        <translation>Nur Testkonten sind auf verifizierte Anrufer-IDs beschränkt.</translation>
    </message>
    <message>
        <source>Trial account: it can only text verified numbers. Enter a test recipient to check it.</source>
        <translation>Testkonto: Es kann nur an verifizierte Nummern senden. Geben Sie einen Testempfänger ein, um das zu prüfen.</translation>
    </message>
    <message>
        <source>A trial account sends SMS only to its verified caller IDs (error 21608 otherwise). Upgrade the account to text any number.</source>
        <translation>Ein Testkonto sendet SMS nur an seine verifizierten Anrufer-IDs (sonst Fehler 21608). Stufen Sie das Konto hoch, um an jede Nummer zu senden.</translation>
    </message>
    <message>
        <source>Open verified caller IDs</source>
        <translation>Verifizierte Anrufer-IDs öffnen</translation>
    </message>
    <message>
        <source>Needs a valid test recipient (item 5).</source>
        <translation>Braucht einen gültigen Testempfänger (Punkt 5).</translation>
    </message>
    <message>
        <source>The verified caller IDs could not be read: %1</source>
        <translation>Die verifizierten Anrufer-IDs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Trial account: %1 is a verified caller ID.</source>
        <translation>Testkonto: %1 ist eine verifizierte Anrufer-ID.</translation>
    </message>
    <message>
        <source>A trial account can text this number. Other recipients get error 21608 until the account is upgraded.</source>
        <translation>Ein Testkonto kann an diese Nummer senden. Andere Empfänger erhalten Fehler 21608, bis das Konto hochgestuft ist.</translation>
    </message>
    <message>
        <source>Trial account: %1 is not a verified caller ID (error 21608).</source>
        <translation>Testkonto: %1 ist keine verifizierte Anrufer-ID (Fehler 21608).</translation>
    </message>
    <message>
        <source>A trial account can send SMS only to numbers verified on the account: Twilio refuses other recipients with error 21608, &quot;The &apos;to&apos; phone number provided is not yet verified for this account&quot;. Verify the recipient under **Phone Numbers &gt; Verified Caller IDs**, or upgrade the account to text anyone.</source>
        <translation>Ein Testkonto kann SMS nur an Nummern senden, die im Konto verifiziert sind: Andere Empfänger lehnt Twilio mit Fehler 21608 ab, „The &apos;to&apos; phone number provided is not yet verified for this account“. Verifizieren Sie den Empfänger unter **Phone Numbers &gt; Verified Caller IDs**, oder stufen Sie das Konto hoch, um an jeden zu senden.</translation>
    </message>
    <message>
        <source>Upgrade the account</source>
        <translation>Konto hochstufen</translation>
    </message>
    <message>
        <source>No test send for this profile yet: send one to check delivery.</source>
        <translation>Für dieses Profil gibt es noch keine Testsendung: Senden Sie eine, um die Zustellung zu prüfen.</translation>
    </message>
    <message>
        <source>Sends from the Run page, `sms-hook-cli send` and the hook runner are kept in the delivery log; the last one is judged here.</source>
        <translation>Sendungen von der Seite „Ausführen“, von `sms-hook-cli send` und vom Hook-Runner stehen im Zustellprotokoll; die letzte wird hier beurteilt.</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>Last attempt: %1, %2, status &quot;%3&quot;.</source>
        <translation>Letzter Versuch: %1, %2, Status „%3“.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Delivered: the last test message %1 arrived.</source>
        <translation>Zugestellt: Die letzte Testnachricht %1 ist angekommen.</translation>
    </message>
    <message>
        <source>Sent, with no delivery receipt yet (%1).</source>
        <translation>Gesendet, noch ohne Zustellbestätigung (%1).</translation>
    </message>
    <message>
        <source>Still pending (%1, status %2).</source>
        <translation>Noch ausstehend (%1, Status %2).</translation>
    </message>
    <message>
        <source>Carriers do not always send a receipt; check the handset, or send again and wait for &quot;delivered&quot;.</source>
        <translation>Netzbetreiber senden nicht immer eine Zustellbestätigung; prüfen Sie das Mobiltelefon, oder senden Sie erneut und warten Sie auf „delivered“.</translation>
    </message>
    <message>
        <source>Open SMS geographic permissions</source>
        <translation>Geografische SMS-Berechtigungen öffnen</translation>
    </message>
    <message>
        <source>Refused by Twilio (%1)</source>
        <translation>Von Twilio abgelehnt (%1)</translation>
    </message>
    <message>
        <source>Not delivered (%1, %2)</source>
        <translation>Nicht zugestellt (%1, %2)</translation>
    </message>
    <message>
        <source>: error %1, %2</source>
        <translation>: Fehler %1, %2</translation>
    </message>
    <message>
        <source>Enable SMS to the recipient&apos;s country on the Messaging Geographic Permissions page of the Twilio Console, then send again.</source>
        <translation>Erlauben Sie SMS in das Land des Empfängers auf der Seite „Messaging Geographic Permissions“ der Twilio Console und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>The outcome of the last send is unknown (%1).</source>
        <translation>Das Ergebnis der letzten Sendung ist unbekannt (%1).</translation>
    </message>
    <message>
        <source>The request may have reached Twilio. Look the message up in the Twilio Console&apos;s message log before sending again.</source>
        <translation>Die Anfrage hat Twilio möglicherweise erreicht. Suchen Sie die Nachricht im Nachrichtenprotokoll der Twilio Console, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>The last send was cancelled (%1).</source>
        <translation>Die letzte Sendung wurde abgebrochen (%1).</translation>
    </message>
    <message>
        <source>No hook code is saved for this profile yet: the code checked is the one the Hook code page opens for it, the template &quot;%1&quot;.</source>
        <translation>Für dieses Profil ist noch kein Hook-Code gespeichert: Geprüft wird der Code, den die Seite „Hook-Code“ dafür öffnet, die Vorlage „%1“.</translation>
    </message>
    <message>
        <source>the test recipient was not checked (none given)</source>
        <translation>der Testempfänger wurde nicht geprüft (keiner angegeben)</translation>
    </message>
    <message>
        <source>The last send never reached Twilio (%1).</source>
        <translation>Der letzte Versand hat Twilio nie erreicht (%1).</translation>
    </message>
    <message>
        <source>The last send never reached Twilio (%1): %2</source>
        <translation>Der letzte Versand hat Twilio nie erreicht (%1): %2</translation>
    </message>
    <message>
        <source>Delivery was not tested: send again once Twilio can be reached.</source>
        <translation>Die Zustellung wurde nicht getestet: Senden Sie erneut, sobald Twilio erreichbar ist.</translation>
    </message>
    <message>
        <source> (not reached)</source>
        <translation> (nicht erreicht)</translation>
    </message>
    <message>
        <source>Open the Tenant page</source>
        <translation>Seite „Tenant“ öffnen</translation>
    </message>
    <message>
        <source>The last MFA login text, from the Auth0 tenant log:</source>
        <translation>Die letzte MFA-Anmelde-SMS, laut Auth0-Tenant-Protokoll:</translation>
    </message>
    <message>
        <source>Delivered: the last MFA login text (%1, %2) reached the handset.</source>
        <translation>Zugestellt: Die letzte MFA-Anmelde-SMS (%1, %2) hat das Mobiltelefon erreicht.</translation>
    </message>
    <message>
        <source>Twilio accepted the last MFA login text (%1, %2), with no delivery receipt yet.</source>
        <translation>Twilio hat die letzte MFA-Anmelde-SMS angenommen (%1, %2), noch ohne Zustellbestätigung.</translation>
    </message>
    <message>
        <source>Twilio could not deliver the last MFA login text (%1 to %2, %3)</source>
        <translation>Twilio konnte die letzte MFA-Anmelde-SMS nicht zustellen (%1 an %2, %3)</translation>
    </message>
    <message>
        <source>: error %1</source>
        <translation>: Fehler %1</translation>
    </message>
    <message>
        <source>The Action ran and Twilio took the message: the problem is between Twilio and the handset (number, country, carrier).</source>
        <translation>Die Action wurde ausgeführt und Twilio hat die Nachricht angenommen: Das Problem liegt zwischen Twilio und dem Mobiltelefon (Nummer, Land, Netzbetreiber).</translation>
    </message>
    <message>
        <source>The last MFA login text never reached Twilio: Auth0 logged a failed send (%1, %2): %3</source>
        <translation>Die letzte MFA-Anmelde-SMS hat Twilio nie erreicht: Auth0 hat einen fehlgeschlagenen Versand protokolliert (%1, %2): %3</translation>
    </message>
    <message>
        <source>The Action threw or dropped the message before Twilio accepted it: check its code and secrets on the Tenant page, then log in again.</source>
        <translation>Die Action hat eine Ausnahme ausgelöst oder die Nachricht verworfen, bevor Twilio sie angenommen hat: Prüfen Sie ihren Code und ihre Secrets auf der Seite „Tenant“ und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>The last MFA login text never reached Twilio: Auth0 logged it as sent (%1, %2), but this profile&apos;s Twilio log has no message for it.</source>
        <translation>Die letzte MFA-Anmelde-SMS hat Twilio nie erreicht: Auth0 hat sie als gesendet protokolliert (%1, %2), aber das Twilio-Protokoll dieses Profils enthält keine Nachricht dazu.</translation>
    </message>
    <message>
        <source>Import Twilio&apos;s log for that day (Delivery log &gt; Sync from Twilio) if it was not imported yet. Otherwise the Action sent it through another account or provider, or did not send it at all: check the Action&apos;s code and its TWILIO_ secrets.</source>
        <translation>Importieren Sie das Twilio-Protokoll für diesen Tag (Zustellprotokoll &gt; Von Twilio synchronisieren), falls es noch nicht importiert wurde. Andernfalls hat die Action die SMS über ein anderes Konto oder einen anderen Anbieter gesendet oder gar nicht gesendet: Prüfen Sie den Code der Action und ihre TWILIO_-Secrets.</translation>
    </message>
    <message>
        <source>No MFA login text in the tenant log.</source>
        <translation>Keine MFA-Anmelde-SMS im Tenant-Protokoll.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>No keychain is available to read the secrets from.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, aus dem die Secrets gelesen werden könnten.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Needs the secrets from the keychain (item 2).</source>
        <translation>Braucht die Secrets aus dem Schlüsselbund (Punkt 2).</translation>
    </message>
    <message>
        <source>Needs working credentials (item 3).</source>
        <translation>Braucht funktionierende Zugangsdaten (Punkt 3).</translation>
    </message>
    <message>
        <source>The delivery log is not available here.</source>
        <translation>Das Zustellprotokoll ist hier nicht verfügbar.</translation>
    </message>
    <message>
        <source>The delivery log could not be read: %1</source>
        <translation>Das Zustellprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The confirmation could not be saved.</source>
        <translation>Die Bestätigung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number in E.164 form.</source>
        <translation>%1: „%2“ ist keine Nummer im E.164-Format.</translation>
    </message>
    <message>
        <source>The number could not be stored: %1 %2</source>
        <translation>Die Nummer konnte nicht gespeichert werden: %1 %2</translation>
    </message>
    <message>
        <source>%1 is now stored as %2.</source>
        <translation>%1 ist jetzt als %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Pick the profile on the Secrets page</source>
        <translation>Wählen Sie das Profil auf der Seite „Secrets“</translation>
    </message>
    <message>
        <source>Test &amp;recipient:</source>
        <translation>Test&amp;empfänger:</translation>
    </message>
    <message>
        <source>A mobile number to check: E.164 form, or national with the profile&apos;s default region. Remembered for this profile.</source>
        <translation>Eine zu prüfende Mobilnummer: im E.164-Format oder national mit der Standardregion des Profils. Wird für dieses Profil gespeichert.</translation>
    </message>
    <message>
        <source>+14155552671</source>
        <translation>+14155552671</translation>
    </message>
    <message>
        <source>Run &amp;all checks</source>
        <translation>&amp;Alle prüfen</translation>
    </message>
    <message>
        <source>Run this &amp;item</source>
        <translation>&amp;Punkt prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the results as a Markdown report (no secret values)</source>
        <translation>Die Ergebnisse als Markdown-Bericht speichern (ohne Secret-Werte)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Choose a profile on the Secrets page to check it.</source>
        <translation>Wählen Sie auf der Seite „Secrets“ ein Profil, um es zu prüfen.</translation>
    </message>
    <message>
        <source>Press Run all checks: each item is checked against the keychain, Twilio and the delivery log.</source>
        <translation>Drücken Sie „Alle prüfen“: Jeder Punkt wird gegen den Schlüsselbund, Twilio und das Zustellprotokoll geprüft.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Checking item %1…</source>
        <translation>Punkt %1 wird geprüft…</translation>
    </message>
    <message>
        <source>Storing %1 in the keychain…</source>
        <translation>%1 wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Wait for the checks under way to finish.</source>
        <translation>Warten Sie, bis die laufenden Prüfungen fertig sind.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>sms-checklist-%1.md</source>
        <translation>sms-checkliste-%1.md</translation>
    </message>
    <message>
        <source>Export the checklist report</source>
        <translation>Bericht der Checkliste exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Report saved to %1 (no secret values in it).</source>
        <translation>Bericht unter %1 gespeichert (ohne Secret-Werte).</translation>
    </message>
    <message>
        <source>Press Run all checks, or Run this item.</source>
        <translation>Drücken Sie „Alle prüfen“ oder „Punkt prüfen“.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation>Details der ausgewählten Prüfung</translation>
    </message>
    <message>
        <source>No web browser could be started; open %1 yourself.</source>
        <translation>Es konnte kein Webbrowser gestartet werden; öffnen Sie %1 selbst.</translation>
    </message>
</context>
<context>
    <name>ChecklistReport</name>
    <message>
        <source># SMS MFA troubleshooting report</source>
        <translation># Fehlerbericht zur SMS-MFA</translation>
    </message>
    <message>
        <source>- **Profile**: %1</source>
        <translation>- **Profil**: %1</translation>
    </message>
    <message>
        <source>- **Date**: %1</source>
        <translation>- **Datum**: %1</translation>
    </message>
    <message>
        <source>- **Result**: %1</source>
        <translation>- **Ergebnis**: %1</translation>
    </message>
    <message>
        <source>**%1**: %2</source>
        <translation>**%1**: %2</translation>
    </message>
    <message>
        <source>Made by %1. Secret values are never included in this report.</source>
        <translation>Erstellt von %1. Secret-Werte sind in diesem Bericht nie enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n bestanden</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n mit Warnungen</numerusform>
            <numerusform>%n mit Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check by hand</source>
        <translation>
            <numerusform>%n von Hand zu prüfen</numerusform>
            <numerusform>%n von Hand zu prüfen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n nicht geprüft</numerusform>
            <numerusform>%n nicht geprüft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>Prüfen Sie den Pfad und seine Berechtigungen.</translation>
    </message>
    <message>
        <source>--trigger: &quot;%1&quot; is not a phone message trigger.</source>
        <translation>--trigger: „%1“ ist kein Trigger für Telefonnachrichten.</translation>
    </message>
    <message>
        <source>Give --trigger send-phone-message (the legacy MFA phone set-up) or --trigger custom-phone-provider (the Unified Phone Experience).</source>
        <translation>Geben Sie --trigger send-phone-message (alte MFA-Telefonkonfiguration) oder --trigger custom-phone-provider (Unified Phone Experience) an.</translation>
    </message>
    <message>
        <source>The Action&apos;s trigger: send-phone-message or custom-phone-provider.</source>
        <translation>Der Trigger der Action: send-phone-message oder custom-phone-provider.</translation>
    </message>
    <message>
        <source>Write the Action to this file instead of standard output.</source>
        <translation>Die Action in diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>hook file</source>
        <translation>Hook-Datei</translation>
    </message>
    <message>
        <source>action convert needs --trigger: send-phone-message (the legacy MFA phone set-up) or custom-phone-provider (the Unified Phone Experience); sms-hook-cli auth0 status tells the tenant&apos;s.</source>
        <translation>action convert braucht --trigger: send-phone-message (alte MFA-Telefonkonfiguration) oder custom-phone-provider (Unified Phone Experience); sms-hook-cli auth0 status nennt den des Tenants.</translation>
    </message>
    <message>
        <source>--output is the hook file itself: the conversion would replace the hook.</source>
        <translation>--output ist die Hook-Datei selbst: Die Konvertierung würde den Hook ersetzen.</translation>
    </message>
    <message>
        <source>Write the Action to another file.</source>
        <translation>Schreiben Sie die Action in eine andere Datei.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Check the folder and its permissions.</source>
        <translation>Prüfen Sie den Ordner und seine Berechtigungen.</translation>
    </message>
    <message>
        <source>the Action</source>
        <translation>die Action</translation>
    </message>
    <message>
        <source>%1:%2: not converted: %3</source>
        <translation>%1:%2: nicht konvertiert: %3</translation>
    </message>
    <message>
        <source>%1:%2: note: %3</source>
        <translation>%1:%2: Hinweis: %3</translation>
    </message>
    <message numerus="yes">
        <source>Converted %1 to a %2 Action: %n part(s) left to convert by hand (TODO(convert) comments).</source>
        <translation>
            <numerusform>%1 in eine %2-Action konvertiert: %n Stelle bleibt von Hand zu konvertieren (Kommentare TODO(convert)).</numerusform>
            <numerusform>%1 in eine %2-Action konvertiert: %n Stellen bleiben von Hand zu konvertieren (Kommentare TODO(convert)).</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;action %1&quot;; the action commands are: convert, deploy, pull, rollback. See sms-hook-cli --help.</source>
        <translation>unbekannter Befehl „action %1“; die action-Befehle sind: convert, deploy, pull, rollback. Siehe sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>Check the secrets against this profile&apos;s secret names.</source>
        <translation>Die Secrets mit den Secret-Namen dieses Profils abgleichen.</translation>
    </message>
    <message>
        <source>The trigger the tenant runs: send-phone-message or custom-phone-provider.</source>
        <translation>Der Trigger, den der Tenant ausführt: send-phone-message oder custom-phone-provider.</translation>
    </message>
    <message>
        <source>The Action&apos;s runtime: node18, node22.</source>
        <translation>Die Laufzeitumgebung der Action: node18, node22.</translation>
    </message>
    <message>
        <source>The Action&apos;s twilio dependency (with --runtime; default latest).</source>
        <translation>Die twilio-Abhängigkeit der Action (mit --runtime; Standard: latest).</translation>
    </message>
    <message>
        <source>code file</source>
        <translation>Code-Datei</translation>
    </message>
    <message>
        <source>--runtime: &quot;%1&quot; is not an Action runtime.</source>
        <translation>--runtime: „%1“ ist keine Laufzeitumgebung für Actions.</translation>
    </message>
    <message>
        <source>Give the runtime as Auth0 names it: node18 or node22.</source>
        <translation>Geben Sie die Laufzeitumgebung so an, wie Auth0 sie nennt: node18 oder node22.</translation>
    </message>
    <message>
        <source>--twilio-version: &quot;%1&quot; is not a version.</source>
        <translation>--twilio-version: „%1“ ist keine Version.</translation>
    </message>
    <message>
        <source>Give the version of the Action&apos;s twilio dependency, such as 5.5.2, ^5 or latest.</source>
        <translation>Geben Sie die Version der twilio-Abhängigkeit der Action an, etwa 5.5.2, ^5 oder latest.</translation>
    </message>
    <message>
        <source>--twilio-version is checked against the runtime: give --runtime too (node18 or node22).</source>
        <translation>--twilio-version wird gegen die Laufzeitumgebung geprüft: Geben Sie auch --runtime an (node18 oder node22).</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in %1.</source>
        <translation>
            <numerusform>%n Fehler in %1.</numerusform>
            <numerusform>%n Fehler in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>  lint FILE [--profile P] [--trigger T] [--runtime R [--twilio-version V]]
                                     check a hook&apos;s or an Action&apos;s code: with a
                                     profile its secrets; with the tenant&apos;s trigger
                                     (send-phone-message, custom-phone-provider) the
                                     export; with the runtime (node18, node22) the
                                     twilio version (default latest)
  action convert HOOK --trigger T [--output F]
                                     convert a Send Phone Message hook into an
                                     Action for trigger T; what it cannot convert is
                                     marked TODO(convert) and listed on stderr
</source>
        <translation>  lint FILE [--profile P] [--trigger T] [--runtime R [--twilio-version V]]
                                     den Code eines Hooks oder einer Action prüfen:
                                     mit einem Profil seine Secrets; mit dem Trigger
                                     des Tenants (send-phone-message,
                                     custom-phone-provider) den Export; mit der
                                     Laufzeit (node18, node22) die twilio-Version
                                     (Standard: latest)
  action convert HOOK --trigger T [--output F]
                                     einen Send-Phone-Message-Hook in eine Action
                                     für den Trigger T konvertieren; was sich nicht
                                     konvertieren lässt, wird mit TODO(convert)
                                     markiert und auf stderr aufgelistet
</translation>
    </message>
    <message>
        <source>The profile.</source>
        <translation>Das Profil.</translation>
    </message>
    <message>
        <source>The tenant&apos;s domain, e.g. acme.us.auth0.com.</source>
        <translation>Die Domain des Tenants, z. B. acme.us.auth0.com.</translation>
    </message>
    <message>
        <source>Client ID of the tenant&apos;s machine-to-machine application.</source>
        <translation>Client-ID der Machine-to-Machine-Anwendung des Tenants.</translation>
    </message>
    <message>
        <source>Send requests here instead of https://DOMAIN (loopback only).</source>
        <translation>Anfragen hierhin statt an https://DOMAIN senden (nur Loopback).</translation>
    </message>
    <message>
        <source>Client secret of %1: </source>
        <translation>Client-Secret von %1: </translation>
    </message>
    <message>
        <source>no client secret on standard input.</source>
        <translation>kein Client-Secret auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>Pipe it in: printf %s &quot;$SECRET&quot; | sms-hook-cli auth0 connect ...</source>
        <translation>Leiten Sie es per Pipe ein: printf %s &quot;$SECRET&quot; | sms-hook-cli auth0 connect ...</translation>
    </message>
    <message>
        <source>Connected profile &quot;%1&quot; to %2; the client secret is in the keychain.</source>
        <translation>Profil „%1“ mit %2 verbunden; das Client-Secret liegt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Granted: %1</source>
        <translation>Gewährt: %1</translation>
    </message>
    <message>
        <source>Missing for &quot;%1&quot;: %2</source>
        <translation>Fehlt für „%1“: %2</translation>
    </message>
    <message>
        <source>Print each finding&apos;s details.</source>
        <translation>Die Details jedes Befunds ausgeben.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; is not connected to an Auth0 tenant.</source>
        <translation>Profil „%1“ ist mit keinem Auth0-Tenant verbunden.</translation>
    </message>
    <message>
        <source>Connect it: printf %s &quot;$CLIENT_SECRET&quot; | sms-hook-cli auth0 connect --profile &quot;%1&quot; --domain TENANT.auth0.com --client-id ID</source>
        <translation>Verbinden Sie es: printf %s &quot;$CLIENT_SECRET&quot; | sms-hook-cli auth0 connect --profile &quot;%1&quot; --domain TENANT.auth0.com --client-id ID</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation>Tenant %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was not connected to a tenant.</source>
        <translation>Profil „%1“ war mit keinem Tenant verbunden.</translation>
    </message>
    <message>
        <source>Disconnected profile &quot;%1&quot; from %2; its client secret is gone from the keychain.</source>
        <translation>Profil „%1“ von %2 getrennt; sein Client-Secret ist aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>  auth0 connect --profile P --domain D --client-id ID [--base-url URL]
                                     connect a profile to its Auth0 tenant; the M2M
                                     client secret is read from standard input
  auth0 status --profile P [--details]
                                     whether the tenant sends MFA text messages
                                     through this profile&apos;s Action (exit 0) or not
  auth0 disconnect --profile P       forget the tenant and its client secret
</source>
        <translation>  auth0 connect --profile P --domain D --client-id ID [--base-url URL]
                                     ein Profil mit seinem Auth0-Tenant verbinden;
                                     das Client-Secret der M2M-Anwendung wird von
                                     der Standardeingabe gelesen
  auth0 status --profile P [--details]
                                     ob der Tenant MFA-Textnachrichten über die
                                     Action dieses Profils sendet (Exit 0) oder nicht
  auth0 disconnect --profile P       den Tenant und sein Client-Secret vergessen
</translation>
    </message>
    <message>
        <source>Test recipient to check (E.164, or national with the profile&apos;s region); default: the one last used with this profile.</source>
        <translation>Zu prüfender Testempfänger (E.164 oder national mit der Region des Profils); Standard: der zuletzt mit diesem Profil verwendete.</translation>
    </message>
    <message>
        <source>Check only this item (%1).</source>
        <translation>Nur diesen Punkt prüfen (%1).</translation>
    </message>
    <message>
        <source>Print each item&apos;s details too.</source>
        <translation>Auch die Details jedes Punkts ausgeben.</translation>
    </message>
    <message>
        <source>--item: &quot;%1&quot; is not an item; use 1-7 or one of %2.</source>
        <translation>--item: „%1“ ist kein Punkt; verwenden Sie 1-7 oder eines von %2.</translation>
    </message>
    <message>
        <source>Checking profile &quot;%1&quot;%2...</source>
        <translation>Profil „%1“ wird geprüft%2...</translation>
    </message>
    <message>
        <source> with test recipient %1</source>
        <translation> mit dem Testempfänger %1</translation>
    </message>
    <message>
        <source>sms-hook-cli: %1; see the items marked as failed above.</source>
        <translation>sms-hook-cli: %1; siehe die oben als fehlgeschlagen markierten Punkte.</translation>
    </message>
    <message>
        <source>  check --profile P [--to N] [--item ID] [--details]
                                     the troubleshooting checklist: each item
                                     checked for real; exit 1 if any fails
</source>
        <translation>  check --profile P [--to N] [--item ID] [--details]
                                     die Checkliste zur Fehlersuche: jeder Punkt
                                     wirklich geprüft; Exit 1, wenn einer scheitert
</translation>
    </message>
    <message>
        <source>Usage: sms-hook-cli COMMAND [OPTIONS] [--json]

Commands:
  profiles list                      list the profiles and their settings
  profiles add NAME [--region CC] [--api-base URL] [--verify-base URL]
                                     add a profile
  profiles remove NAME               remove a profile and its secrets
  secrets list --profile P           secret names and whether each is set
  secrets set --profile P NAME       store a secret; the value is read from
                                     standard input, never from arguments
  secrets unset --profile P NAME     remove a secret
  profiles add-sandbox               add the built-in Sandbox profile with the
                                     sandbox&apos;s public test credentials
  phone NUMBER [--region CC]         check a number: E.164 form, validity, type
  send --profile P --to N --body B [--wait]
                                     send a test SMS; --wait follows it until
                                     delivered (exit 0) or not (exit 1)
  verify --profile P --to N --code C [--locale L]
                                     send a code through Twilio Verify
  status --profile P SID [--wait]    a message&apos;s status and error explanation
  segments                           JSON lines {&quot;body&quot;, &quot;smart_encoding&quot;} on
                                     stdin -&gt; encoding and segments per line
  sandbox [--port N] [--time-scale S]
                                     run the Twilio sandbox and the Auth0
                                     simulator on 127.0.0.1 until Ctrl+C;
                                     prints their URLs and test credentials
%1%2%3%4%5%6
Every command takes --json for machine-readable output.
Exit status: 0 success, 1 failure (reason on stderr), 2 usage error.</source>
        <translation>Aufruf: sms-hook-cli BEFEHL [OPTIONEN] [--json]

Befehle:
  profiles list                      die Profile und ihre Einstellungen auflisten
  profiles add NAME [--region CC] [--api-base URL] [--verify-base URL]
                                     ein Profil hinzufügen
  profiles remove NAME               ein Profil und seine Secrets entfernen
  secrets list --profile P           Secret-Namen und ob jedes gesetzt ist
  secrets set --profile P NAME       ein Secret speichern; der Wert wird von der
                                     Standardeingabe gelesen, nie aus Argumenten
  secrets unset --profile P NAME     ein Secret entfernen
  profiles add-sandbox               das eingebaute Sandbox-Profil mit den
                                     öffentlichen Testzugangsdaten der Sandbox anlegen
  phone NUMBER [--region CC]         eine Nummer prüfen: E.164-Form, Gültigkeit, Typ
  send --profile P --to N --body B [--wait]
                                     eine Test-SMS senden; --wait verfolgt sie, bis sie
                                     zugestellt ist (Exit 0) oder nicht (Exit 1)
  verify --profile P --to N --code C [--locale L]
                                     einen Code über Twilio Verify senden
  status --profile P SID [--wait]    Status und Fehlererklärung einer Nachricht
  segments                           JSON-Zeilen {&quot;body&quot;, &quot;smart_encoding&quot;} auf stdin
                                     -&gt; Kodierung und Segmente pro Zeile
  sandbox [--port N] [--time-scale S]
                                     die Twilio-Sandbox und den Auth0-Simulator auf
                                     127.0.0.1 ausführen, bis Strg+C; gibt ihre URLs
                                     und Testzugangsdaten aus
%1%2%3%4%5%6
Jeder Befehl nimmt --json für maschinenlesbare Ausgabe.
Exit-Status: 0 Erfolg, 1 Fehler (Grund auf stderr), 2 Aufruffehler.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. Run sms-hook-cli --help for the list.</source>
        <translation>unbekannter Befehl „%1“. sms-hook-cli --help zeigt die Liste.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option. A phone number starts with + (such as +%2); a value that starts with - goes after --, as in: sms-hook-cli %3 -- %1</source>
        <translation>„%1“ ist keine Option. Eine Telefonnummer beginnt mit + (etwa +%2); ein Wert, der mit - beginnt, steht nach --, wie in: sms-hook-cli %3 -- %1</translation>
    </message>
    <message numerus="yes">
        <source>--%1 is given %n time(s) (%2); give it once (an option that takes several values takes them separated by commas).</source>
        <translation>
            <numerusform>--%1 ist %n-mal angegeben (%2); geben Sie es einmal an (eine Option mit mehreren Werten nimmt sie durch Kommas getrennt).</numerusform>
            <numerusform>--%1 ist %n-mal angegeben (%2); geben Sie es einmal an (eine Option mit mehreren Werten nimmt sie durch Kommas getrennt).</numerusform>
        </translation>
    </message>
    <message>
        <source>argument</source>
        <translation>Argument</translation>
    </message>
    <message>
        <source>takes no arguments, but got &quot;%1&quot;; see sms-hook-cli --help.</source>
        <translation>nimmt keine Argumente, erhielt aber „%1“; siehe sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>give the %1; see sms-hook-cli --help.</source>
        <translation>Angabe fehlt: %1; siehe sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>give one %1, not %2 (%3); see sms-hook-cli --help.</source>
        <translation>genau ein Wert erwartet (%1), nicht %2 (%3); siehe sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from %3 to %4.</source>
        <translation>--%1: „%2“ ist keine ganze Zahl von %3 bis %4.</translation>
    </message>
    <message>
        <source>--profile is required: name the profile, for example --profile Production.</source>
        <translation>--profile ist erforderlich: Nennen Sie das Profil, zum Beispiel --profile Production.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; does not exist.</source>
        <translation>Profil „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Create it with: sms-hook-cli profiles add &quot;%1&quot;</source>
        <translation>Legen Sie es an mit: sms-hook-cli profiles add &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No profiles. Add one with: sms-hook-cli profiles add NAME</source>
        <translation>Keine Profile. Fügen Sie eines hinzu mit: sms-hook-cli profiles add NAME</translation>
    </message>
    <message>
        <source>Default region for numbers without +.</source>
        <translation>Standardregion für Nummern ohne +.</translation>
    </message>
    <message>
        <source>Base URL of api.twilio.com.</source>
        <translation>Basis-URL von api.twilio.com.</translation>
    </message>
    <message>
        <source>Base URL of verify.twilio.com.</source>
        <translation>Basis-URL von verify.twilio.com.</translation>
    </message>
    <message>
        <source>profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; already exists.</source>
        <translation>Profil „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Pick another name or remove it first.</source>
        <translation>Wählen Sie einen anderen Namen oder entfernen Sie es zuerst.</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its secrets.</source>
        <translation>Profil „%1“ und seine Secrets entfernt.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>secret name</source>
        <translation>Secret-Name</translation>
    </message>
    <message>
        <source>Value for %1: </source>
        <translation>Wert für %1: </translation>
    </message>
    <message>
        <source>could not read the value from standard input.</source>
        <translation>der Wert konnte nicht von der Standardeingabe gelesen werden.</translation>
    </message>
    <message>
        <source>Stored %1 for profile &quot;%2&quot; in the keychain.</source>
        <translation>%1 für Profil „%2“ im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Removed %1 from profile &quot;%2&quot;.</source>
        <translation>%1 aus Profil „%2“ entfernt.</translation>
    </message>
    <message>
        <source>Region for numbers written without +.</source>
        <translation>Region für Nummern, die ohne + geschrieben sind.</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>%1  valid, %2, region %3</source>
        <translation>%1  gültig, %2, Region %3</translation>
    </message>
    <message>
        <source>Write it as %1 in the hook and in Twilio (E.164).</source>
        <translation>Schreiben Sie sie im Hook und bei Twilio als %1 (E.164).</translation>
    </message>
    <message>
        <source>Twilio error %1: %2</source>
        <translation>Twilio-Fehler %1: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>could not start the built-in sandbox on 127.0.0.1.</source>
        <translation>die eingebaute Sandbox konnte auf 127.0.0.1 nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Using a sandbox inside this command (%1); its messages are gone when it ends.</source>
        <translation>Dieser Befehl verwendet eine eigene Sandbox (%1); ihre Nachrichten sind weg, wenn er endet.</translation>
    </message>
    <message>
        <source>Recipient phone number.</source>
        <translation>Telefonnummer des Empfängers.</translation>
    </message>
    <message>
        <source>Message text.</source>
        <translation>Text der Nachricht.</translation>
    </message>
    <message>
        <source>Follow the message until a final status.</source>
        <translation>Die Nachricht bis zu einem Endstatus verfolgen.</translation>
    </message>
    <message>
        <source>send needs --to NUMBER and --body TEXT; see sms-hook-cli --help.</source>
        <translation>send braucht --to NUMMER und --body TEXT; siehe sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>The code to send (Auth0&apos;s context.code).</source>
        <translation>Der zu sendende Code (context.code von Auth0).</translation>
    </message>
    <message>
        <source>Language of the message, e.g. en.</source>
        <translation>Sprache der Nachricht, z. B. en.</translation>
    </message>
    <message>
        <source>verify needs --to NUMBER and --code CODE; see sms-hook-cli --help.</source>
        <translation>verify braucht --to NUMMER und --code CODE; siehe sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>sms-hook-cli: %1</source>
        <translation>sms-hook-cli: %1</translation>
    </message>
    <message>
        <source>sms-hook-cli: no answer to the send; looking for the message in Twilio&apos;s message log...</source>
        <translation>sms-hook-cli: keine Antwort auf den Versand; die Nachricht wird im Nachrichtenprotokoll von Twilio gesucht...</translation>
    </message>
    <message>
        <source>sms-hook-cli: found it: %1 (%2). It was sent; do not send again. Follow it with: sms-hook-cli status --profile &quot;%3&quot; %1</source>
        <translation>sms-hook-cli: gefunden: %1 (%2). Sie wurde gesendet; senden Sie nicht erneut. Verfolgen Sie sie mit: sms-hook-cli status --profile &quot;%3&quot; %1</translation>
    </message>
    <message>
        <source>sms-hook-cli: no such message in Twilio&apos;s log: it was most likely not created.</source>
        <translation>sms-hook-cli: keine solche Nachricht im Protokoll von Twilio: Sie wurde höchstwahrscheinlich nicht angelegt.</translation>
    </message>
    <message>
        <source>sms-hook-cli: the lookup failed too: %1</source>
        <translation>sms-hook-cli: auch die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>sms-hook-cli: interrupted; stopping.</source>
        <translation>sms-hook-cli: unterbrochen; wird beendet.</translation>
    </message>
    <message>
        <source>sms-hook-cli: interrupted; the lookup was stopped.</source>
        <translation>sms-hook-cli: unterbrochen; die Suche wurde abgebrochen.</translation>
    </message>
    <message>
        <source>sms-hook-cli: warning: %1</source>
        <translation>sms-hook-cli: Warnung: %1</translation>
    </message>
    <message>
        <source>Verification %1 for %2: %3 (service %4).</source>
        <translation>Verifizierung %1 für %2: %3 (Service %4).</translation>
    </message>
    <message numerus="yes">
        <source>Accepted: %1  status %2  to %3  from %4  %n segment(s) (%5)</source>
        <translation>
            <numerusform>Angenommen: %1  Status %2  an %3  von %4  %n Segment (%5)</numerusform>
            <numerusform>Angenommen: %1  Status %2  an %3  von %4  %n Segmente (%5)</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the message log (sms-hook-cli status, or the Twilio Console) before sending again.</source>
        <translation>Prüfen Sie das Nachrichtenprotokoll (sms-hook-cli status oder die Twilio Console), bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>message SID</source>
        <translation>Nachrichten-SID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a message SID: SM (or MM) followed by 32 hex digits.</source>
        <translation>„%1“ ist keine Nachrichten-SID: SM (oder MM) gefolgt von 32 Hexadezimalziffern.</translation>
    </message>
    <message>
        <source>%1 to %2: %3.</source>
        <translation>%1 an %2: %3.</translation>
    </message>
    <message>
        <source>%1  %2  to %3  from %4</source>
        <translation>%1  %2  an %3  von %4</translation>
    </message>
    <message>
        <source>sms-hook-cli: warning: sent, but no delivery receipt arrived; many carriers send none.</source>
        <translation>sms-hook-cli: Warnung: gesendet, aber es kam keine Zustellbestätigung; viele Netzbetreiber senden keine.</translation>
    </message>
    <message>
        <source>no final status in time (last: %1).</source>
        <translation>kein Endstatus in der vorgesehenen Zeit (zuletzt: %1).</translation>
    </message>
    <message>
        <source>Check the message log later.</source>
        <translation>Prüfen Sie das Nachrichtenprotokoll später.</translation>
    </message>
    <message>
        <source>Cancelled: stopped following %1 (last status: %2). Only reading stopped; the message goes on as Twilio has it.</source>
        <translation>Abgebrochen: Verfolgung von %1 beendet (letzter Status: %2). Nur das Lesen wurde beendet; die Nachricht läuft bei Twilio weiter.</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>noch nicht gelesen</translation>
    </message>
    <message>
        <source>could not read standard input.</source>
        <translation>die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>line %1: not JSON (%2)</source>
        <translation>Zeile %1: kein JSON (%2)</translation>
    </message>
    <message>
        <source>line %1: expected an object with a string &quot;body&quot;</source>
        <translation>Zeile %1: Objekt mit einem String &quot;body&quot; erwartet</translation>
    </message>
    <message>
        <source>line %1: &quot;smart_encoding&quot; must be true or false</source>
        <translation>Zeile %1: &quot;smart_encoding&quot; muss true oder false sein</translation>
    </message>
    <message numerus="yes">
        <source>sms-hook-cli: %n input line(s) could not be read; see the &quot;error&quot; lines.</source>
        <translation>
            <numerusform>sms-hook-cli: %n Eingabezeile konnte nicht gelesen werden; siehe die &quot;error&quot;-Zeilen.</numerusform>
            <numerusform>sms-hook-cli: %n Eingabezeilen konnten nicht gelesen werden; siehe die &quot;error&quot;-Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default: a free one).</source>
        <translation>Port auf 127.0.0.1 (Standard: ein freier).</translation>
    </message>
    <message>
        <source>Real seconds per sandbox second (default 1).</source>
        <translation>Echte Sekunden pro Sandbox-Sekunde (Standard 1).</translation>
    </message>
    <message>
        <source>--port: a number from 0 to 65535.</source>
        <translation>--port: eine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>--time-scale: a number above 0, such as 0.1 or 1.</source>
        <translation>--time-scale: eine Zahl über 0, etwa 0.1 oder 1.</translation>
    </message>
    <message>
        <source>could not listen on 127.0.0.1:%1.</source>
        <translation>konnte nicht auf 127.0.0.1:%1 lauschen.</translation>
    </message>
    <message>
        <source>Pick another --port, or leave it out for a free one.</source>
        <translation>Wählen Sie einen anderen --port oder lassen Sie ihn weg, um einen freien zu erhalten.</translation>
    </message>
    <message>
        <source>could not start the Auth0 simulator on 127.0.0.1.</source>
        <translation>der Auth0-Simulator konnte auf 127.0.0.1 nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Free some loopback ports, then try again.</source>
        <translation>Geben Sie einige Loopback-Ports frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sandbox at %1  TWILIO_ACCOUNT_SID=%2  TWILIO_AUTH_TOKEN=%3  TWILIO_PHONE_NUMBER=%4  TWILIO_VERIFY_SERVICE_SID=%5 (custom codes on) or %6 (custom codes off)  Messaging Service %7  |  Auth0 tenant %8 at %9 (Unified Phone Experience), %10 at %11 (legacy MFA phone)  client ID %12  client secret %13  |  without update:actions: client ID %14  client secret %15  (Ctrl+C to stop)</source>
        <translation>Sandbox unter %1  TWILIO_ACCOUNT_SID=%2  TWILIO_AUTH_TOKEN=%3  TWILIO_PHONE_NUMBER=%4  TWILIO_VERIFY_SERVICE_SID=%5 (benutzerdefinierte Codes an) oder %6 (benutzerdefinierte Codes aus)  Messaging Service %7  |  Auth0-Tenant %8 unter %9 (Unified Phone Experience), %10 unter %11 (alte MFA-Telefonkonfiguration)  Client-ID %12  Client-Secret %13  |  ohne update:actions: Client-ID %14  Client-Secret %15  (Strg+C zum Beenden)</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot; with the sandbox&apos;s test credentials.</source>
        <translation>Profil „%1“ mit den Testzugangsdaten der Sandbox hinzugefügt.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is ready.</source>
        <translation>Profil „%1“ ist bereit.</translation>
    </message>
    <message>
        <source>The Action&apos;s code.</source>
        <translation>Der Code der Action.</translation>
    </message>
    <message>
        <source>The Action&apos;s name (default: the bound one, else &quot;SMS Hook Console (PROFILE)&quot;).</source>
        <translation>Der Name der Action (Standard: die gebundene, sonst &quot;SMS Hook Console (PROFIL)&quot;).</translation>
    </message>
    <message>
        <source>node22 (default) or node18.</source>
        <translation>node22 (Standard) oder node18.</translation>
    </message>
    <message>
        <source>Deploy only: do not bind it or change the tenant&apos;s phone set-up.</source>
        <translation>Nur bereitstellen: nicht binden und die Telefonkonfiguration des Tenants nicht ändern.</translation>
    </message>
    <message>
        <source>--runtime: use node22 or node18, not &quot;%1&quot;.</source>
        <translation>--runtime: Verwenden Sie node22 oder node18, nicht „%1“.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Write the code here instead of standard output.</source>
        <translation>Den Code hierhin statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote version %1 of &quot;%2&quot; to %3.</source>
        <translation>Version %1 von „%2“ nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>The version to deploy again (default: the one before the deployed one).</source>
        <translation>Die erneut bereitzustellende Version (Standard: die vor der bereitgestellten).</translation>
    </message>
    <message>
        <source>--version: a version number, 1 or more.</source>
        <translation>--version: eine Versionsnummer, ab 1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: version %2 is deployed, with the code of version %3 (was version %4).</source>
        <translation>„%1“: Version %2 ist bereitgestellt, mit dem Code von Version %3 (zuvor Version %4).</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>request: %1 %2  %3  -&gt; %4 (%5 ms)</source>
        <translation>Anfrage: %1 %2  %3  -&gt; %4 (%5 ms)</translation>
    </message>
    <message>
        <source>The Action (%1) finished after %2 ms; it returned %3.</source>
        <translation>Die Action (%1) endete nach %2 ms; sie gab %3 zurück.</translation>
    </message>
    <message>
        <source>cb(null, %1) after %2 ms.</source>
        <translation>cb(null, %1) nach %2 ms.</translation>
    </message>
    <message>
        <source>%1 (after %2 ms)</source>
        <translation>%1 (nach %2 ms)</translation>
    </message>
    <message>
        <source>Give a JSON object, e.g. --%1 &apos;%2&apos;.</source>
        <translation>Geben Sie ein JSON-Objekt an, z. B. --%1 &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--%1: not valid JSON: %2 at offset %3.</source>
        <translation>--%1: kein gültiges JSON: %2 bei Offset %3.</translation>
    </message>
    <message>
        <source>--%1: expected a JSON object.</source>
        <translation>--%1: JSON-Objekt erwartet.</translation>
    </message>
    <message>
        <source>The profile whose secrets the code reads.</source>
        <translation>Das Profil, dessen Secrets der Code liest.</translation>
    </message>
    <message>
        <source>Auth0&apos;s recipient.</source>
        <translation>Der Empfänger von Auth0.</translation>
    </message>
    <message>
        <source>Auth0&apos;s text.</source>
        <translation>Der Text von Auth0.</translation>
    </message>
    <message>
        <source>A hook: JSON object merged over the sample context.</source>
        <translation>Ein Hook: JSON-Objekt, das über den Beispiel-context gelegt wird.</translation>
    </message>
    <message>
        <source>An Action: JSON object merged over the event Auth0 builds.</source>
        <translation>Eine Action: JSON-Objekt, das über das von Auth0 erzeugte event gelegt wird.</translation>
    </message>
    <message>
        <source>Folder with the npm packages the code requires (default: the profile&apos;s modules folder).</source>
        <translation>Ordner mit den npm-Paketen, die der Code lädt (Standard: der Modulordner des Profils).</translation>
    </message>
    <message>
        <source>--context is for a hook, --event for an Action: give one of them.</source>
        <translation>--context ist für einen Hook, --event für eine Action: Geben Sie eines davon an.</translation>
    </message>
    <message>
        <source>run-hook needs --to NUMBER (or an --event that names its recipient); see sms-hook-cli --help.</source>
        <translation>run-hook braucht --to NUMMER (oder ein --event, das seinen Empfänger nennt); siehe sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation>--to: %1</translation>
    </message>
    <message>
        <source>The modules folder %1 does not exist.</source>
        <translation>Der Modulordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Pass an existing folder with --modules, or choose the profile&apos;s modules folder again on the Hook code page.</source>
        <translation>Übergeben Sie mit --modules einen vorhandenen Ordner, oder wählen Sie den Modulordner des Profils auf der Seite „Hook-Code“ erneut.</translation>
    </message>
    <message>
        <source>  run-hook FILE --profile P --to N [--text T] [--context JSON] [--timeout-ms MS]
                                     run a Send Phone Message hook as Auth0 would, with
                                     the profile&apos;s secrets; its sends go to the
                                     profile&apos;s Twilio (or sandbox) and the delivery log
</source>
        <translation>  run-hook FILE --profile P --to N [--text T] [--context JSON] [--timeout-ms MS]
                                     einen Send-Phone-Message-Hook so ausführen, wie
                                     Auth0 es täte, mit den Secrets des Profils; seine
                                     Sendungen gehen an das Twilio (oder die Sandbox)
                                     des Profils und ins Zustellprotokoll
</translation>
    </message>
    <message>
        <source>Only this profile.</source>
        <translation>Nur dieses Profil.</translation>
    </message>
    <message>
        <source>Twilio status (delivered, undelivered, ...); commas for several.</source>
        <translation>Twilio-Status (delivered, undelivered, ...); Kommas für mehrere.</translation>
    </message>
    <message>
        <source>messages or verify.</source>
        <translation>messages oder verify.</translation>
    </message>
    <message>
        <source>form, cli, hook, action or twilio.</source>
        <translation>form, cli, hook, action oder twilio.</translation>
    </message>
    <message>
        <source>From this day or time (UTC).</source>
        <translation>Ab diesem Tag oder Zeitpunkt (UTC).</translation>
    </message>
    <message>
        <source>Up to this day (included) or time.</source>
        <translation>Bis zu diesem Tag (einschließlich) oder Zeitpunkt.</translation>
    </message>
    <message>
        <source>Recipient numbers containing these digits.</source>
        <translation>Empfängernummern, die diese Ziffern enthalten.</translation>
    </message>
    <message>
        <source>Twilio error code.</source>
        <translation>Twilio-Fehlercode.</translation>
    </message>
    <message>
        <source>Text in the body, numbers, SID or error message.</source>
        <translation>Text im Inhalt, Nummern, SID oder Fehlermeldung.</translation>
    </message>
    <message>
        <source>--%1: expected %2.</source>
        <translation>--%1: erwartet wird %2.</translation>
    </message>
    <message>
        <source>messages or verify</source>
        <translation>messages oder verify</translation>
    </message>
    <message>
        <source>form, cli, hook, action or twilio</source>
        <translation>form, cli, hook, action oder twilio</translation>
    </message>
    <message>
        <source>a day as YYYY-MM-DD (UTC) or an ISO date-time such as 2024-05-01T13:45:00Z</source>
        <translation>ein Tag als JJJJ-MM-TT (UTC) oder ein ISO-Zeitpunkt wie 2024-05-01T13:45:00Z</translation>
    </message>
    <message>
        <source>a Twilio error code such as 30003</source>
        <translation>ein Twilio-Fehlercode wie 30003</translation>
    </message>
    <message>
        <source>At most N rows (default 50; 0: all).</source>
        <translation>Höchstens N Zeilen (Standard 50; 0: alle).</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>No attempts match (log: %1).</source>
        <translation>Keine passenden Versuche (Protokoll: %1).</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv oder json.</translation>
    </message>
    <message>
        <source>File to write (default: stdout).</source>
        <translation>Zu schreibende Datei (Standard: stdout).</translation>
    </message>
    <message>
        <source>csv or json</source>
        <translation>csv oder json</translation>
    </message>
    <message>
        <source>--json needs --output FILE: the export itself goes to stdout otherwise.</source>
        <translation>--json braucht --output DATEI: Sonst geht der Export selbst auf stdout.</translation>
    </message>
    <message>
        <source>cannot write to standard output.</source>
        <translation>auf die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>First day (UTC).</source>
        <translation>Erster Tag (UTC).</translation>
    </message>
    <message>
        <source>Last day, included (default today).</source>
        <translation>Letzter Tag, einschließlich (Standard: heute).</translation>
    </message>
    <message>
        <source>Messages per page, 1 to 1000 (default 100).</source>
        <translation>Nachrichten pro Seite, 1 bis 1000 (Standard 100).</translation>
    </message>
    <message>
        <source>Keep one-time codes in the imported bodies (masked by default).</source>
        <translation>Einmalcodes in den importierten Texten behalten (standardmäßig maskiert).</translation>
    </message>
    <message>
        <source>logs sync needs --since DATE (YYYY-MM-DD); see sms-hook-cli --help.</source>
        <translation>logs sync braucht --since DATUM (JJJJ-MM-TT); siehe sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>a day as YYYY-MM-DD (UTC) or an ISO date-time</source>
        <translation>ein Tag als JJJJ-MM-TT (UTC) oder ein ISO-Zeitpunkt</translation>
    </message>
    <message>
        <source>a day on or after --since</source>
        <translation>ein Tag am oder nach --since</translation>
    </message>
    <message numerus="yes">
        <source>sync cancelled after %n page(s).</source>
        <translation>
            <numerusform>Synchronisierung nach %n Seite abgebrochen.</numerusform>
            <numerusform>Synchronisierung nach %n Seiten abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the same command again to continue where it stopped.</source>
        <translation>Führen Sie denselben Befehl erneut aus, um dort weiterzumachen, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>unknown command &quot;logs %1&quot;. Run sms-hook-cli --help for the list.</source>
        <translation>unbekannter Befehl „logs %1“. sms-hook-cli --help zeigt die Liste.</translation>
    </message>
    <message>
        <source>  logs list [--profile P] [--status S|--outcome O] [--api messages|verify]
            [--source form|cli|hook|action|twilio] [--since DATE] [--until DATE] [--to N]
            [--error CODE] [--search TEXT] [--limit N]
                                     the delivery log, newest first (default 50)
  logs export --format csv|json [filters as for list] [--output FILE]
                                     the matching attempts with their timelines
  logs sync --profile P --since DATE [--until DATE] [--page-size N] [--keep-codes]
                                     import Twilio&apos;s message log for those days
                                     (one-time codes masked unless --keep-codes);
                                     Ctrl+C stops, running it again resumes
                                     DATE: YYYY-MM-DD (UTC) or an ISO date-time
</source>
        <translation>  logs list [--profile P] [--status S|--outcome O] [--api messages|verify]
            [--source form|cli|hook|action|twilio] [--since DATE] [--until DATE] [--to N]
            [--error CODE] [--search TEXT] [--limit N]
                                     das Zustellprotokoll, neueste zuerst (Standard 50)
  logs export --format csv|json [filters as for list] [--output FILE]
                                     die passenden Versuche mit ihrem Verlauf
  logs sync --profile P --since DATE [--until DATE] [--page-size N] [--keep-codes]
                                     das Nachrichtenprotokoll von Twilio für diese
                                     Tage importieren (Einmalcodes maskiert, außer
                                     mit --keep-codes); Strg+C hält an, ein neuer
                                     Aufruf setzt fort
                                     DATE: JJJJ-MM-TT (UTC) oder ein ISO-Zeitpunkt
</translation>
    </message>
    <message>
        <source>Write this to the tenant? [y/N] </source>
        <translation>Dies in den Tenant schreiben? [y/N] </translation>
    </message>
    <message>
        <source>--credential: use client-secret or password.</source>
        <translation>--credential: Verwenden Sie client-secret oder password.</translation>
    </message>
    <message>
        <source>Password of the test user: </source>
        <translation>Passwort des Testbenutzers: </translation>
    </message>
    <message>
        <source>Client secret of the test application: </source>
        <translation>Client-Secret der Testanwendung: </translation>
    </message>
    <message>
        <source>nothing on standard input.</source>
        <translation>nichts auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>Pipe it in: printf %s &quot;$VALUE&quot; | sms-hook-cli auth0 test-mfa --profile P --credential %1</source>
        <translation>Leiten Sie es per Pipe ein: printf %s &quot;$VALUE&quot; | sms-hook-cli auth0 test-mfa --profile P --credential %1</translation>
    </message>
    <message>
        <source>Stored %1 in the keychain.</source>
        <translation>%1 im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The console created no test application or user for &quot;%1&quot;; only its settings and keychain entries go.</source>
        <translation>Die Konsole hat für „%1“ keine Testanwendung und keinen Testbenutzer angelegt; nur ihre Einstellungen und Schlüsselbund-Einträge werden entfernt.</translation>
    </message>
    <message>
        <source>Removing the MFA test&apos;s own application and user writes:</source>
        <translation>Das Entfernen der eigenen Anwendung und des Benutzers des MFA-Tests schreibt:</translation>
    </message>
    <message>
        <source>nothing was removed.</source>
        <translation>es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>Add --yes to remove what is listed.</source>
        <translation>Fügen Sie --yes hinzu, um das Aufgeführte zu entfernen.</translation>
    </message>
    <message>
        <source>Setting up the MFA test writes to the tenant:</source>
        <translation>Das Einrichten des MFA-Tests schreibt in den Tenant:</translation>
    </message>
    <message>
        <source>  and keeps %1 in the keychain.</source>
        <translation>  und behält %1 im Schlüsselbund.</translation>
    </message>
    <message>
        <source>nothing was written to the tenant.</source>
        <translation>es wurde nichts in den Tenant geschrieben.</translation>
    </message>
    <message>
        <source>Add --yes to write what is listed.</source>
        <translation>Fügen Sie --yes hinzu, um das Aufgeführte zu schreiben.</translation>
    </message>
    <message>
        <source>Using a sandbox inside this command; the simulated handset of %1 reads the code.</source>
        <translation>Dieser Befehl verwendet eine eigene Sandbox; das simulierte Mobiltelefon von %1 liest den Code.</translation>
    </message>
    <message>
        <source>Code texted to %1: </source>
        <translation>An %1 gesendeter Code: </translation>
    </message>
    <message>
        <source>Twilio message %1: %2</source>
        <translation>Twilio-Nachricht %1: %2</translation>
    </message>
    <message>
        <source>Auth0 log: %1  %2  %3</source>
        <translation>Auth0-Log: %1  %2  %3</translation>
    </message>
    <message>
        <source>The test phone, E.164.</source>
        <translation>Das Testtelefon, E.164.</translation>
    </message>
    <message>
        <source>Create the console&apos;s own test application and user first.</source>
        <translation>Zuerst die eigene Testanwendung und den Testbenutzer der Konsole anlegen.</translation>
    </message>
    <message>
        <source>Remove the console&apos;s test application and user.</source>
        <translation>Die Testanwendung und den Testbenutzer der Konsole entfernen.</translation>
    </message>
    <message>
        <source>Write what the plan lists.</source>
        <translation>Schreiben, was der Plan aufführt.</translation>
    </message>
    <message>
        <source>Name an existing test application.</source>
        <translation>Eine vorhandene Testanwendung nennen.</translation>
    </message>
    <message>
        <source>Name an existing test user.</source>
        <translation>Einen vorhandenen Testbenutzer nennen.</translation>
    </message>
    <message>
        <source>The test user&apos;s database connection.</source>
        <translation>Die Datenbankverbindung des Testbenutzers.</translation>
    </message>
    <message>
        <source>Store client-secret or password from standard input.</source>
        <translation>client-secret oder password von der Standardeingabe speichern.</translation>
    </message>
    <message>
        <source>Unified tenants: also send the phone provider&apos;s test message.</source>
        <translation>Unified-Tenants: auch die Testnachricht des Telefonanbieters senden.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; is not connected to a tenant.</source>
        <translation>Profil „%1“ ist mit keinem Tenant verbunden.</translation>
    </message>
    <message>
        <source>Connect it first: sms-hook-cli auth0 connect --profile &quot;%1&quot; ...</source>
        <translation>Verbinden Sie es zuerst: sms-hook-cli auth0 connect --profile &quot;%1&quot; ...</translation>
    </message>
    <message>
        <source>test-mfa needs --to NUMBER, the test phone in E.164; see sms-hook-cli --help.</source>
        <translation>test-mfa braucht --to NUMMER, das Testtelefon in E.164; siehe sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>  auth0 test-mfa --profile P --to N [--setup [--yes]] [--provider-test]
                                     sign the test user in and complete MFA with the
                                     code the text brought (exit 0), printing the
                                     timeline; --setup first creates the console&apos;s test
                                     application and user (the plan is printed; --yes)
  auth0 test-mfa --profile P --remove [--yes]
                                     delete the console&apos;s test application and user
  auth0 test-mfa --profile P --client-id ID --user NAME [--connection C] --to N
                                     name an existing test application and user; store
                                     their secrets with --credential client-secret|
                                     password (from standard input)
</source>
        <translation>  auth0 test-mfa --profile P --to N [--setup [--yes]] [--provider-test]
                                     den Testbenutzer anmelden und MFA mit dem per
                                     SMS erhaltenen Code abschließen (Exit 0), mit
                                     Ausgabe des Verlaufs; --setup legt zuerst die
                                     Testanwendung und den Testbenutzer der Konsole an
                                     (der Plan wird ausgegeben; --yes)
  auth0 test-mfa --profile P --remove [--yes]
                                     die Testanwendung und den Testbenutzer der
                                     Konsole löschen
  auth0 test-mfa --profile P --client-id ID --user NAME [--connection C] --to N
                                     eine vorhandene Testanwendung und einen Benutzer
                                     nennen; ihre Secrets mit --credential
                                     client-secret|password speichern (von der
                                     Standardeingabe)
</translation>
    </message>
    <message>
        <source>JSON object merged over the event Auth0 builds.</source>
        <translation>JSON-Objekt, das über das Event gelegt wird, das Auth0 erstellt.</translation>
    </message>
    <message>
        <source>A local file to compare the tenant&apos;s draft with.</source>
        <translation>Eine lokale Datei, mit der der Entwurf des Tenants verglichen wird.</translation>
    </message>
    <message>
        <source>Write --code into the draft first (not deployed).</source>
        <translation>--code zuerst in den Entwurf schreiben (nicht bereitgestellt).</translation>
    </message>
    <message>
        <source>--update-draft writes the file given with --code into the draft: add --code FILE.</source>
        <translation>--update-draft schreibt die mit --code angegebene Datei in den Entwurf: Fügen Sie --code FILE hinzu.</translation>
    </message>
    <message>
        <source>--event: expected a JSON object.</source>
        <translation>--event: erwartet wird ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Give a JSON object, e.g. --event &apos;{&quot;notification&quot;: {&quot;code&quot;: &quot;4321&quot;}}&apos;.</source>
        <translation>Geben Sie ein JSON-Objekt an, z. B. --event &apos;{&quot;notification&quot;: {&quot;code&quot;: &quot;4321&quot;}}&apos;.</translation>
    </message>
    <message>
        <source>action test-remote needs --to NUMBER (or an --event that names its recipient); see sms-hook-cli --help.</source>
        <translation>action test-remote braucht --to NUMBER (oder ein --event, das seinen Empfänger nennt); siehe sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>The tenant&apos;s draft differs from %1:
%2</source>
        <translation>Der Entwurf des Tenants unterscheidet sich von %1:
%2</translation>
    </message>
    <message>
        <source>Tested the %1draft of &quot;%2&quot; (%3) in the tenant: %4</source>
        <translation>%1Entwurf von „%2“ (%3) im Tenant getestet: %4</translation>
    </message>
    <message>
        <source>updated </source>
        <translation>aktualisierter </translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>Twilio message %1</source>
        <translation>Twilio-Nachricht %1</translation>
    </message>
    <message>
        <source>error: %1%2%3</source>
        <translation>Fehler: %1%2%3</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>  action deploy FILE --profile P [--name N] [--runtime node22|node18] [--no-activate]
                                     deploy the code as the tenant&apos;s phone Action and
                                     activate it; each step shown, exit 1 on failure
  action pull --profile P [--output F]
                                     the deployed code of the bound Action
  action rollback --profile P [--version N]
                                     deploy an earlier version again
  action test-remote --profile P [--to N] [--text T] [--event JSON]
                     [--code FILE [--update-draft]]
                                     the tenant runs its Action&apos;s draft with the event
                                     a local run gets (exit 1 when it fails)
</source>
        <translation>  action deploy FILE --profile P [--name N] [--runtime node22|node18] [--no-activate]
                                     den Code als Telefon-Action des Tenants
                                     bereitstellen und aktivieren; jeder Schritt wird
                                     angezeigt, Exit 1 bei einem Fehler
  action pull --profile P [--output F]
                                     der bereitgestellte Code der gebundenen Action
  action rollback --profile P [--version N]
                                     eine frühere Version erneut bereitstellen
  action test-remote --profile P [--to N] [--text T] [--event JSON]
                     [--code FILE [--update-draft]]
                                     der Tenant führt den Entwurf seiner Action mit
                                     dem Event einer lokalen Ausführung aus (Exit 1,
                                     wenn er fehlschlägt)
</translation>
    </message>
    <message>
        <source>delivery: %1 %2</source>
        <translation>Zustellung: %1 %2</translation>
    </message>
    <message>
        <source>%1; commas for several.</source>
        <translation>%1; Kommas für mehrere.</translation>
    </message>
    <message>
        <source>one of %1, not &quot;%2&quot;</source>
        <translation>eines von %1, nicht „%2“</translation>
    </message>
    <message>
        <source>auth0: use connect, status, disconnect, test-mfa or logs; see sms-hook-cli --help.</source>
        <translation>auth0: Verwenden Sie connect, status, disconnect, test-mfa oder logs; siehe sms-hook-cli --help.</translation>
    </message>
    <message numerus="yes">
        <source>The first day to read (YYYY-MM-DD, UTC). Without it: continue the last sync, or the last %n day(s).</source>
        <translation>
            <numerusform>Der erste zu lesende Tag (JJJJ-MM-TT, UTC). Ohne Angabe: die letzte Synchronisierung fortsetzen oder den letzten %n Tag lesen.</numerusform>
            <numerusform>Der erste zu lesende Tag (JJJJ-MM-TT, UTC). Ohne Angabe: die letzte Synchronisierung fortsetzen oder die letzten %n Tage lesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>--since: expected a day as YYYY-MM-DD (UTC), today or earlier, not &quot;%1&quot;.</source>
        <translation>--since: erwartet wird ein Tag als JJJJ-MM-TT (UTC), heute oder früher, nicht „%1“.</translation>
    </message>
    <message>
        <source>Auth0&apos;s rate limit: waiting until %1.</source>
        <translation>Rate Limit von Auth0: Warten bis %1.</translation>
    </message>
    <message>
        <source>sync cancelled.</source>
        <translation>Synchronisierung abgebrochen.</translation>
    </message>
    <message>
        <source>auth0 logs: use sync; see sms-hook-cli --help.</source>
        <translation>auth0 logs: Verwenden Sie sync; siehe sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>  auth0 logs sync --profile P [--since DATE]
                                     read the tenant&apos;s MFA log events
                                     into the delivery log and match each
                                     send to its Twilio message; Ctrl+C
                                     stops, running it again resumes
</source>
        <translation>  auth0 logs sync --profile P [--since DATE]
                                     die MFA-Protokollereignisse des Tenants in das
                                     Zustellprotokoll einlesen und jede Sendung
                                     ihrer Twilio-Nachricht zuordnen; Strg+C hält
                                     an, ein erneuter Aufruf setzt fort
</translation>
    </message>
    <message>
        <source>Time limit of the run (default %1).</source>
        <translation>Zeitlimit des Laufs (Standard %1).</translation>
    </message>
    <message>
        <source>Synced %1: %2.</source>
        <translation>%1 synchronisiert: %2.</translation>
    </message>
    <message>
        <source>Synced the tenant log of %1 since %2: %3.</source>
        <extracomment>%3 what was added and matched, with the pages read</extracomment>
        <translation>Tenant-Protokoll von %1 seit %2 synchronisiert: %3.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>ConvertToAction</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Con&amp;vert to Action…</source>
        <translation>In Action kon&amp;vertieren…</translation>
    </message>
    <message>
        <source>Convert this Send Phone Message hook into an Action for the tenant&apos;s trigger (as one edit: Undo brings the hook back)</source>
        <translation>Diesen Send-Phone-Message-Hook in eine Action für den Trigger des Tenants konvertieren (als eine Bearbeitung: Rückgängig holt den Hook zurück)</translation>
    </message>
    <message>
        <source>Convert to Action</source>
        <translation>In Action konvertieren</translation>
    </message>
    <message>
        <source>The code changed while it was being converted, so it was left as it is. Convert it again.</source>
        <translation>Der Code hat sich während der Konvertierung geändert und wurde daher unverändert gelassen. Konvertieren Sie ihn erneut.</translation>
    </message>
    <message>
        <source>The hook is now a %1 Action; everything was converted.</source>
        <translation>Der Hook ist jetzt eine %1-Action; alles wurde konvertiert.</translation>
    </message>
    <message numerus="yes">
        <source>The hook is now a %1 Action, but %n part(s) could not be converted: they are marked TODO(convert) in the code and listed under Problems.</source>
        <translation>
            <numerusform>Der Hook ist jetzt eine %1-Action, aber %n Stelle ließ sich nicht konvertieren: Sie ist im Code mit TODO(convert) markiert und unter „Probleme“ aufgeführt.</numerusform>
            <numerusform>Der Hook ist jetzt eine %1-Action, aber %n Stellen ließen sich nicht konvertieren: Sie sind im Code mit TODO(convert) markiert und unter „Probleme“ aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not converted:</source>
        <translation>Nicht konvertiert:</translation>
    </message>
    <message>
        <source>Changed (see the &quot;Converted:&quot; comments):</source>
        <translation>Geändert (siehe die Kommentare „Converted:“):</translation>
    </message>
    <message>
        <source>Add the twilio dependency and the secrets in the Action&apos;s settings in Auth0. Undo brings the hook back.</source>
        <translation>Fügen Sie in Auth0 in den Einstellungen der Action die twilio-Abhängigkeit und die Secrets hinzu. Rückgängig holt den Hook zurück.</translation>
    </message>
</context>
<context>
    <name>ConvertToActionDialog</name>
    <message>
        <source>Convert to Action</source>
        <translation>In Action konvertieren</translation>
    </message>
    <message>
        <source>Auth0 no longer runs Send Phone Message hooks. The code is converted into an Action for the trigger your tenant runs; the hook&apos;s secrets become the Action&apos;s secrets (event.secrets), cb becomes return and throw. What cannot be converted stays in place, marked TODO(convert).</source>
        <translation>Auth0 führt Send-Phone-Message-Hooks nicht mehr aus. Der Code wird in eine Action für den Trigger konvertiert, den Ihr Tenant ausführt; die Secrets des Hooks werden zu den Secrets der Action (event.secrets), aus cb werden return und throw. Was sich nicht konvertieren lässt, bleibt an seiner Stelle, markiert mit TODO(convert).</translation>
    </message>
    <message>
        <source>&amp;send-phone-message: the legacy MFA phone set-up (delivery provider &quot;Custom&quot;)</source>
        <translation>&amp;send-phone-message: die alte MFA-Telefonkonfiguration (Zustellanbieter „Custom“)</translation>
    </message>
    <message>
        <source>&amp;custom-phone-provider: the Unified Phone Experience (phone provider &quot;Custom&quot;)</source>
        <translation>&amp;custom-phone-provider: die Unified Phone Experience (Telefonanbieter „Custom“)</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Konvertieren</translation>
    </message>
    <message>
        <source>The tenant runs the Unified Phone Experience (read on the Tenant page): custom-phone-provider.</source>
        <translation>Der Tenant nutzt die Unified Phone Experience (gelesen auf der Seite „Tenant“): custom-phone-provider.</translation>
    </message>
    <message>
        <source>The tenant runs the legacy MFA phone set-up (read on the Tenant page): send-phone-message.</source>
        <translation>Der Tenant nutzt die alte MFA-Telefonkonfiguration (gelesen auf der Seite „Tenant“): send-phone-message.</translation>
    </message>
    <message>
        <source>The tenant&apos;s mode has not been read yet: open the Tenant page to read it. A tenant that ran hooks keeps the legacy set-up unless it moved to the Unified Phone Experience.</source>
        <translation>Der Modus des Tenants wurde noch nicht gelesen: Öffnen Sie die Seite „Tenant“, um ihn zu lesen. Ein Tenant, der Hooks ausgeführt hat, behält die alte Konfiguration, sofern er nicht zur Unified Phone Experience gewechselt ist.</translation>
    </message>
    <message>
        <source>No tenant is connected to this profile, so its mode is not known. A tenant that ran hooks keeps the legacy set-up unless it moved to the Unified Phone Experience.</source>
        <translation>Mit diesem Profil ist kein Tenant verbunden, daher ist sein Modus unbekannt. Ein Tenant, der Hooks ausgeführt hat, behält die alte Konfiguration, sofern er nicht zur Unified Phone Experience gewechselt ist.</translation>
    </message>
</context>
<context>
    <name>DeliveryLog</name>
    <message>
        <source>the delivery log is not open</source>
        <translation>das Zustellprotokoll ist nicht geöffnet</translation>
    </message>
    <message>
        <source>attempt %1 is not in the log</source>
        <translation>Versuch %1 ist nicht im Protokoll</translation>
    </message>
    <message>
        <source>the attempt was never recorded</source>
        <translation>der Versuch wurde nie aufgezeichnet</translation>
    </message>
    <message>
        <source>the delivery log could not be read or written</source>
        <translation>das Zustellprotokoll konnte nicht gelesen oder geschrieben werden</translation>
    </message>
</context>
<context>
    <name>DeliveryLogModel</name>
    <message>
        <source>Twilio error %1: %2</source>
        <translation>Twilio-Fehler %1: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>From / service</source>
        <translation>Von / Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>(no longer in the log)</source>
        <translation>(nicht mehr im Protokoll)</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Run panel</source>
        <translation>Seite „Ausführen“</translation>
    </message>
    <message>
        <source>CLI</source>
        <translation>CLI</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>Hook</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Twilio import</source>
        <translation>Twilio-Import</translation>
    </message>
    <message>
        <source>Not sortable: an index over every message would take as much room as the messages themselves. Search the messages instead.</source>
        <translation>Nicht sortierbar: Ein Index über alle Nachrichten bräuchte so viel Platz wie die Nachrichten selbst. Durchsuchen Sie stattdessen die Nachrichten.</translation>
    </message>
</context>
<context>
    <name>DeliveryTracker</name>
    <message>
        <source>The Twilio client is gone.</source>
        <translation>Der Twilio-Client existiert nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>The delivery status could not be read (%1 of %n tries): %2 Polling again in %3 s.</source>
        <extracomment>%1 failed polls so far, %n the most before giving up, %2 why, %3 seconds</extracomment>
        <translation>
            <numerusform>Der Zustellstatus konnte nicht gelesen werden (%1 von %n Versuch): %2 Neue Abfrage in %3 s.</numerusform>
            <numerusform>Der Zustellstatus konnte nicht gelesen werden (%1 von %n Versuchen): %2 Neue Abfrage in %3 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <source>Deploy the Action</source>
        <translation>Action bereitstellen</translation>
    </message>
    <message>
        <source>Action &amp;name:</source>
        <translation>&amp;Name der Action:</translation>
    </message>
    <message>
        <source>the Action bound to the trigger</source>
        <translation>die an den Trigger gebundene Action</translation>
    </message>
    <message>
        <source>R&amp;untime:</source>
        <translation>&amp;Laufzeit:</translation>
    </message>
    <message>
        <source>&amp;Activate: bind it, turn SMS on, select it as the phone provider</source>
        <translation>&amp;Aktivieren: binden, SMS einschalten, als Telefonanbieter auswählen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <source>Node 22 (recommended)</source>
        <translation>Node 22 (empfohlen)</translation>
    </message>
    <message>
        <source>Node 18</source>
        <translation>Node 18</translation>
    </message>
    <message>
        <source>Deploy to %1. This code exports no Action handler: the check will say what to change.</source>
        <translation>Bereitstellen auf %1. Dieser Code exportiert keinen Action-Handler: Die Prüfung sagt, was zu ändern ist.</translation>
    </message>
    <message>
        <source>Deploy this code to %1 as its %2 Action, with the secrets it reads from this profile&apos;s keychain and twilio %3.</source>
        <translation>Diesen Code auf %1 als dessen %2-Action bereitstellen, mit den Secrets, die er aus dem Schlüsselbund dieses Profils liest, und twilio %3.</translation>
    </message>
    <message>
        <source>Reading what %1 runs now…</source>
        <translation>Es wird gelesen, was %1 gerade ausführt…</translation>
    </message>
    <message>
        <source>Nothing is deployed for the tenant&apos;s trigger yet: a new Action will be created.</source>
        <translation>Für den Trigger des Tenants ist noch nichts bereitgestellt: Eine neue Action wird angelegt.</translation>
    </message>
    <message>
        <source>What the tenant runs could not be read: %1</source>
        <translation>Was der Tenant ausführt, konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1, version %2 (deployed)</source>
        <translation>%1, Version %2 (bereitgestellt)</translation>
    </message>
    <message>
        <source>this code</source>
        <translation>dieser Code</translation>
    </message>
    <message>
        <source>&quot;%1&quot; version %2 already runs this code; deploying again updates its secrets from the keychain.</source>
        <translation>„%1“ Version %2 führt diesen Code bereits aus; eine erneute Bereitstellung aktualisiert ihre Secrets aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>Changes from what &quot;%1&quot; runs now:</source>
        <translation>Änderungen gegenüber dem, was „%1“ gerade ausführt:</translation>
    </message>
    <message>
        <source>Deployed version %1 of &quot;%2&quot;. %3</source>
        <translation>Version %1 von „%2“ bereitgestellt. %3</translation>
    </message>
    <message>
        <source>&amp;Deploy again</source>
        <translation>&amp;Erneut bereitstellen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Changes to the deployed code</source>
        <translation>Änderungen am bereitgestellten Code</translation>
    </message>
    <message>
        <source>Deploy steps</source>
        <translation>Bereitstellungsschritte</translation>
    </message>
</context>
<context>
    <name>ExplanationMarkdown</name>
    <message>
        <source>Possible causes</source>
        <translation>Mögliche Ursachen</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Twilio&apos;s documentation of this error</source>
        <translation>Twilios Dokumentation dieses Fehlers</translation>
    </message>
    <message>
        <source>Twilio error %1: %2</source>
        <translation>Twilio-Fehler %1: %2</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>HookCodeStore</name>
    <message>
        <source>Could not create the folder %1 for hook code: check its permissions and free space.</source>
        <translation>Der Ordner %1 für Hook-Code konnte nicht angelegt werden: Prüfen Sie seine Berechtigungen und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Could not save the hook code to %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation>Der Hook-Code konnte nicht unter %1 gespeichert werden: %2. Prüfen Sie die Berechtigungen des Ordners und den freien Speicherplatz.</translation>
    </message>
</context>
<context>
    <name>HookEditor</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Abhilfe:</translation>
    </message>
</context>
<context>
    <name>HookLint</name>
    <message>
        <source>module.exports is never assigned: Auth0 finds no handler.</source>
        <translation>module.exports wird nie zugewiesen: Auth0 findet keinen Handler.</translation>
    </message>
    <message>
        <source>module.exports is not assigned a function.</source>
        <translation>module.exports wird keine Funktion zugewiesen.</translation>
    </message>
    <message numerus="yes">
        <source>The exported function takes %n parameter(s); Auth0 calls it with 4.</source>
        <translation>
            <numerusform>Die exportierte Funktion nimmt %n Parameter; Auth0 ruft sie mit 4 auf.</numerusform>
            <numerusform>Die exportierte Funktion nimmt %n Parameter; Auth0 ruft sie mit 4 auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the handler as module.exports = function (recipient, text, context, cb) { ... }.</source>
        <translation>Exportieren Sie den Handler als module.exports = function (recipient, text, context, cb) { ... }.</translation>
    </message>
    <message>
        <source>This return ends the hook without calling %1.</source>
        <translation>Dieses return beendet den Hook, ohne %1 aufzurufen.</translation>
    </message>
    <message>
        <source>Only one branch of this if leads to %1: the other may end without it.</source>
        <translation>Nur ein Zweig dieses if führt zu %1: Der andere kann ohne ihn enden.</translation>
    </message>
    <message>
        <source>This promise chain calls %1 on success only: a failure is never reported.</source>
        <translation>Diese Promise-Kette ruft %1 nur bei Erfolg auf: Ein Fehler wird nie gemeldet.</translation>
    </message>
    <message>
        <source>This promise chain calls %1 on failure only: a success is never reported.</source>
        <translation>Diese Promise-Kette ruft %1 nur bei einem Fehler auf: Ein Erfolg wird nie gemeldet.</translation>
    </message>
    <message>
        <source>The hook may end here without calling %1.</source>
        <translation>Der Hook kann hier enden, ohne %1 aufzurufen.</translation>
    </message>
    <message>
        <source>Call %1(error) or %1(null, result) on every path, including errors (add the missing else or .catch); otherwise Auth0 waits until its time limit.</source>
        <translation>Rufen Sie auf jedem Pfad %1(error) oder %1(null, result) auf, auch bei Fehlern (ergänzen Sie das fehlende else oder .catch); sonst wartet Auth0 bis zu seinem Zeitlimit.</translation>
    </message>
    <message>
        <source>require() with a computed module name cannot be checked.</source>
        <translation>require() mit einem berechneten Modulnamen lässt sich nicht prüfen.</translation>
    </message>
    <message>
        <source>Write the module&apos;s name as a literal, e.g. require(&apos;twilio&apos;).</source>
        <translation>Schreiben Sie den Namen des Moduls als Literal, z. B. require(&apos;twilio&apos;).</translation>
    </message>
    <message>
        <source>require(&apos;%1&apos;): Auth0 runs the code as one file, so it cannot load files beside it.</source>
        <translation>require(&apos;%1&apos;): Auth0 führt den Code als eine einzige Datei aus und kann daher keine Dateien daneben laden.</translation>
    </message>
    <message>
        <source>Put that code in this file, or publish it as a package.</source>
        <translation>Übernehmen Sie diesen Code in diese Datei oder veröffentlichen Sie ihn als Paket.</translation>
    </message>
    <message>
        <source>require(&apos;%1&apos;): a package besides Node&apos;s own modules and twilio.</source>
        <translation>require(&apos;%1&apos;): ein Paket außer den eigenen Modulen von Node und twilio.</translation>
    </message>
    <message>
        <source>Add it to the Action&apos;s dependencies in Auth0; to run it here, run &quot;npm install %1&quot; in a folder and choose it as the profile&apos;s modules folder.</source>
        <translation>Fügen Sie es in Auth0 den Abhängigkeiten der Action hinzu; um es hier auszuführen, führen Sie „npm install %1“ in einem Ordner aus und wählen Sie ihn als Modulordner des Profils.</translation>
    </message>
    <message>
        <source>This is a Send Phone Message hook: Auth0 stopped running hooks on 18 November 2026, and the tenant runs a %1 Action instead.</source>
        <translation>Dies ist ein Send-Phone-Message-Hook: Auth0 führt Hooks seit dem 18. November 2026 nicht mehr aus, und der Tenant führt stattdessen eine %1-Action aus.</translation>
    </message>
    <message>
        <source>Convert it to an Action (Convert to Action, or sms-hook-cli action convert) and deploy that.</source>
        <translation>Konvertieren Sie ihn in eine Action („In Action konvertieren“ oder sms-hook-cli action convert) und stellen Sie diese bereit.</translation>
    </message>
    <message>
        <source>The code exports %1, but the tenant runs %2: Auth0 never calls this handler.</source>
        <translation>Der Code exportiert %1, aber der Tenant führt %2 aus: Auth0 ruft diesen Handler nie auf.</translation>
    </message>
    <message>
        <source>Export exports.%1 = async (event, api) =&gt; { ... }, or convert the hook again for the tenant&apos;s trigger.</source>
        <translation>Exportieren Sie exports.%1 = async (event, api) =&gt; { ... }, oder konvertieren Sie den Hook erneut für den Trigger des Tenants.</translation>
    </message>
    <message>
        <source>exports.%1 is not assigned a function.</source>
        <translation>exports.%1 wird keine Funktion zugewiesen.</translation>
    </message>
    <message>
        <source>Assign it a function: exports.%1 = async (event, api) =&gt; { ... }.</source>
        <translation>Weisen Sie ihm eine Funktion zu: exports.%1 = async (event, api) =&gt; { ... }.</translation>
    </message>
    <message numerus="yes">
        <source>The handler takes %n parameter(s); Auth0 passes two, event and api, and no callback.</source>
        <translation>
            <numerusform>Der Handler nimmt %n Parameter; Auth0 übergibt zwei, event und api, und keinen Callback.</numerusform>
            <numerusform>Der Handler nimmt %n Parameter; Auth0 übergibt zwei, event und api, und keinen Callback.</numerusform>
        </translation>
    </message>
    <message>
        <source>Declare (event, api); return or throw instead of calling a callback.</source>
        <translation>Deklarieren Sie (event, api); verwenden Sie return oder throw, statt einen Callback aufzurufen.</translation>
    </message>
    <message>
        <source>The code exports no handler: Auth0 finds nothing to run.</source>
        <translation>Der Code exportiert keinen Handler: Auth0 findet nichts auszuführen.</translation>
    </message>
    <message>
        <source>The code exports %1, which no phone message trigger calls.</source>
        <translation>Der Code exportiert %1, das kein Trigger für Telefonnachrichten aufruft.</translation>
    </message>
    <message>
        <source>Export exports.onExecuteSendPhoneMessage (legacy MFA phone set-up) or exports.onExecuteCustomPhoneProvider (Unified Phone Experience).</source>
        <translation>Exportieren Sie exports.onExecuteSendPhoneMessage (alte MFA-Telefonkonfiguration) oder exports.onExecuteCustomPhoneProvider (Unified Phone Experience).</translation>
    </message>
    <message>
        <source>Export the tenant&apos;s handler: exports.%1 = async (event, api) =&gt; { ... }.</source>
        <translation>Exportieren Sie den Handler des Tenants: exports.%1 = async (event, api) =&gt; { ... }.</translation>
    </message>
    <message>
        <source>The promise of %1 is neither awaited nor returned: the Action may end before Twilio gets the request, and a failure goes unseen.</source>
        <translation>Das Promise von %1 wird weder mit await erwartet noch zurückgegeben: Die Action kann enden, bevor Twilio die Anfrage erhält, und ein Fehler bleibt unbemerkt.</translation>
    </message>
    <message>
        <source>Write await before it (in an async handler), or return it.</source>
        <translation>Schreiben Sie await davor (in einem async-Handler) oder geben Sie es mit return zurück.</translation>
    </message>
    <message>
        <source>An Action has no context.webtask: this reads the hook&apos;s secrets.</source>
        <translation>Eine Action hat kein context.webtask: Dies liest die Secrets des Hooks.</translation>
    </message>
    <message>
        <source>Read the secrets from event.secrets (event.secrets.NAME).</source>
        <translation>Lesen Sie die Secrets aus event.secrets (event.secrets.NAME).</translation>
    </message>
    <message>
        <source>%1 is not defined in an Action: Auth0 passes no callback.</source>
        <translation>%1 ist in einer Action nicht definiert: Auth0 übergibt keinen Callback.</translation>
    </message>
    <message>
        <source>Return to succeed (await what the Action sends) and throw to fail.</source>
        <translation>Verwenden Sie return für Erfolg (mit await auf das, was die Action sendet) und throw für einen Fehler.</translation>
    </message>
    <message>
        <source>%1: an Action gets no context; the hook&apos;s fields are in event.</source>
        <translation>%1: Eine Action erhält keinen context; die Felder des Hooks stehen in event.</translation>
    </message>
    <message>
        <source>Read the field from event (event.message_options on send-phone-message, event.notification on custom-phone-provider).</source>
        <translation>Lesen Sie das Feld aus event (event.message_options bei send-phone-message, event.notification bei custom-phone-provider).</translation>
    </message>
    <message>
        <source>Write %1.</source>
        <translation>Schreiben Sie %1.</translation>
    </message>
    <message>
        <source>The Action never calls api.notification.drop or retry: Auth0 is not told when a message could not be sent.</source>
        <translation>Die Action ruft nie api.notification.drop oder retry auf: Auth0 erfährt nicht, wenn eine Nachricht nicht gesendet werden konnte.</translation>
    </message>
    <message>
        <source>Catch the Twilio error and call api.notification.retry(reason) when it is transient (Twilio&apos;s 20429 or 503), else api.notification.drop(reason).</source>
        <translation>Fangen Sie den Twilio-Fehler ab und rufen Sie api.notification.retry(reason) auf, wenn er vorübergehend ist (Twilios 20429 oder 503), sonst api.notification.drop(reason).</translation>
    </message>
    <message>
        <source>%1: the send-phone-message trigger&apos;s api has no notification (only api.cache).</source>
        <translation>%1: Die api des Triggers send-phone-message hat kein notification (nur api.cache).</translation>
    </message>
    <message>
        <source>Throw an error to fail the send; api.notification belongs to custom-phone-provider Actions.</source>
        <translation>Lösen Sie mit throw einen Fehler aus, um das Senden scheitern zu lassen; api.notification gehört zu custom-phone-provider-Actions.</translation>
    </message>
    <message>
        <source>%1 reached its end of life: Auth0 runs this Action on Node 22 instead.</source>
        <translation>%1 hat sein Lebensende erreicht: Auth0 führt diese Action stattdessen auf Node 22 aus.</translation>
    </message>
    <message>
        <source>Choose node22 in the Action&apos;s settings and test the code on it.</source>
        <translation>Wählen Sie node22 in den Einstellungen der Action und testen Sie den Code damit.</translation>
    </message>
    <message>
        <source>twilio %1 needs Node 20 or later; the Action&apos;s runtime is %2.</source>
        <translation>twilio %1 braucht Node 20 oder neuer; die Laufzeit der Action ist %2.</translation>
    </message>
    <message>
        <source>Pin the dependency to twilio 5.x, or choose the node22 runtime.</source>
        <translation>Legen Sie die Abhängigkeit auf twilio 5.x fest oder wählen Sie die Laufzeit node22.</translation>
    </message>
    <message>
        <source>Left by the conversion: %1</source>
        <translation>Von der Konvertierung übrig: %1</translation>
    </message>
    <message>
        <source>Rewrite this part for the Action, then delete the TODO(convert) comment.</source>
        <translation>Schreiben Sie diesen Teil für die Action um und löschen Sie dann den Kommentar TODO(convert).</translation>
    </message>
    <message>
        <source>Syntax error: %1.</source>
        <translation>Syntaxfehler: %1.</translation>
    </message>
    <message>
        <source>Correct the code at this position; the code does not run until it parses.</source>
        <translation>Korrigieren Sie den Code an dieser Stelle; der Code läuft erst, wenn er sich parsen lässt.</translation>
    </message>
    <message>
        <source>The code could not be checked: %1.</source>
        <translation>Der Code konnte nicht geprüft werden: %1.</translation>
    </message>
    <message>
        <source>Report this with the code that causes it.</source>
        <translation>Melden Sie dies zusammen mit dem Code, der es auslöst.</translation>
    </message>
    <message>
        <source>The code reads the secret %1, which the profile does not define.</source>
        <translation>Der Code liest das Secret %1, das im Profil nicht definiert ist.</translation>
    </message>
    <message>
        <source>Add %1 on the Secrets page (and as a secret of the Action in Auth0), or correct its name here.</source>
        <translation>Legen Sie %1 auf der Seite „Secrets“ an (und in Auth0 als Secret der Action), oder korrigieren Sie hier seinen Namen.</translation>
    </message>
    <message>
        <source>Add %1 on the Secrets page (and as a hook secret in Auth0), or correct its name here.</source>
        <translation>Legen Sie %1 auf der Seite „Secrets“ an (und in Auth0 als Hook-Secret), oder korrigieren Sie hier seinen Namen.</translation>
    </message>
    <message>
        <source>The profile defines the secret %1, but the code never reads it.</source>
        <translation>Das Profil definiert das Secret %1, aber der Code liest es nie.</translation>
    </message>
    <message>
        <source>Read it as %1, or remove it from the profile.</source>
        <translation>Lesen Sie es als %1, oder entfernen Sie es aus dem Profil.</translation>
    </message>
    <message>
        <source>The Account SID is passed where the Verify service SID belongs.</source>
        <translation>Die Account SID wird dort übergeben, wo die SID des Verify-Service hingehört.</translation>
    </message>
    <message>
        <source>Use the Verify service&apos;s SID (VA...): verify.v2.services(%1).</source>
        <translation>Verwenden Sie die SID des Verify-Service (VA...): verify.v2.services(%1).</translation>
    </message>
    <message>
        <source>client.verify.services is deprecated: twilio-node prints a warning on every call, and an Action keeps only 256 characters of its log.</source>
        <translation>client.verify.services ist veraltet: twilio-node gibt bei jedem Aufruf eine Warnung aus, und eine Action behält nur 256 Zeichen ihres Logs.</translation>
    </message>
    <message>
        <source>Write client.verify.v2.services(...).</source>
        <translation>Schreiben Sie client.verify.v2.services(...).</translation>
    </message>
    <message>
        <source>message_type is not defined here; the Action reads it from event.</source>
        <translation>message_type ist hier nicht definiert; die Action liest es aus event.</translation>
    </message>
    <message>
        <source>message_type is not defined here; Auth0 passes it in the context.</source>
        <translation>message_type ist hier nicht definiert; Auth0 übergibt es im context.</translation>
    </message>
    <message>
        <source>Write event.notification.delivery_method (&apos;text&apos; or &apos;voice&apos;).</source>
        <translation>Schreiben Sie event.notification.delivery_method (&apos;text&apos; oder &apos;voice&apos;).</translation>
    </message>
    <message>
        <source>Write event.message_options.message_type.</source>
        <translation>Schreiben Sie event.message_options.message_type.</translation>
    </message>
    <message>
        <source>Write context.message_type.</source>
        <translation>Schreiben Sie context.message_type.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3 %4</source>
        <translation>Zeile %1, Spalte %2: %3 %4</translation>
    </message>
</context>
<context>
    <name>HookPage</name>
    <message>
        <source>Hook code</source>
        <translation>Hook-Code</translation>
    </message>
    <message>
        <source>Load its code</source>
        <translation>Code laden</translation>
    </message>
    <message>
        <source>Replace the code with a template shipped with the console</source>
        <translation>Den Code durch eine Vorlage ersetzen, die mit der Konsole geliefert wird</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>Open a .js file (Ctrl+O)</source>
        <translation>Eine .js-Datei öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Save the code for this profile, and to its file if it has one (Ctrl+S)</source>
        <translation>Den Code für dieses Profil speichern, und in seine Datei, wenn es eine hat (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the code to a .js file (Ctrl+Shift+S)</source>
        <translation>Den Code in eine .js-Datei speichern (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Find and replace in the code (Ctrl+F, Ctrl+H)</source>
        <translation>Im Code suchen und ersetzen (Strg+F, Strg+H)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Die letzte Bearbeitung rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederherstellen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Run the code with the Run panel&apos;s recipient, text and context (Ctrl+Return)</source>
        <translation>Den Code mit Empfänger, Text und context aus dem Ausführungsbereich ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>Deploy this code as the profile&apos;s Action in its Auth0 tenant, with a diff first</source>
        <translation>Diesen Code als Action des Profils in seinem Auth0-Tenant bereitstellen, zuvor mit einem Diff</translation>
    </message>
    <message>
        <source>De&amp;ploy…</source>
        <translation>&amp;Bereitstellen…</translation>
    </message>
    <message>
        <source>Stop the running script</source>
        <translation>Das laufende Skript anhalten</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Zu suchender Text</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>Nächster Treffer (F3, Eingabe)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>&amp;Ganze Wörter</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>Ersetzen:</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Ersetzung</translation>
    </message>
    <message>
        <source>Replace this match and find the next</source>
        <translation>Diesen Treffer ersetzen und den nächsten suchen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace every match (one undo step)</source>
        <translation>Alle Treffer ersetzen (ein Rückgängig-Schritt)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Lint as you type: double-click or press Enter to go to the line</source>
        <translation>Lint beim Tippen: Doppelklicken oder Eingabe drücken, um zur Zeile zu springen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>Run panel</source>
        <translation>Ausführungsbereich</translation>
    </message>
    <message>
        <source>Re&amp;cipient:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>Auth0&apos;s recipient: the phone number the hook sends to</source>
        <translation>Der Empfänger von Auth0: die Telefonnummer, an die der Hook sendet</translation>
    </message>
    <message>
        <source>+14155552671</source>
        <translation>+14155552671</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Auth0&apos;s text: the message Auth0 composed; kept in step with context.code until you edit it</source>
        <translation>Der Text von Auth0: die Nachricht, die Auth0 verfasst hat; folgt context.code, bis Sie ihn bearbeiten</translation>
    </message>
    <message>
        <source>Compose the text again from the context, as Auth0 does</source>
        <translation>Den Text erneut aus dem context zusammensetzen, wie Auth0 es tut</translation>
    </message>
    <message>
        <source>Auth0 text</source>
        <translation>Auth0-Text</translation>
    </message>
    <message>
        <source>Con&amp;text (JSON):</source>
        <translation>Con&amp;text (JSON):</translation>
    </message>
    <message>
        <source>Put Auth0&apos;s sample context back</source>
        <translation>Den Beispiel-context von Auth0 wiederherstellen</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Auth0&apos;s context as JSON; context.webtask.secrets is filled from the profile&apos;s secrets when it runs</source>
        <translation>Der context von Auth0 als JSON; context.webtask.secrets wird beim Ausführen aus den Secrets des Profils gefüllt</translation>
    </message>
    <message>
        <source>E&amp;vent (JSON):</source>
        <translation>E&amp;vent (JSON):</translation>
    </message>
    <message>
        <source>Build the event again from the recipient and text, as Auth0 builds it for this trigger</source>
        <translation>Das event erneut aus Empfänger und Text erzeugen, wie Auth0 es für diesen Trigger erzeugt</translation>
    </message>
    <message>
        <source>From form</source>
        <translation>Aus Formular</translation>
    </message>
    <message>
        <source>The Action&apos;s event as JSON, merged over the one Auth0 builds; event.secrets is filled from the profile&apos;s secrets when it runs</source>
        <translation>Das event der Action als JSON, über das von Auth0 erzeugte gelegt; event.secrets wird beim Ausführen aus den Secrets des Profils gefüllt</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>A folder where you ran npm install for the packages the code requires (besides Node&apos;s own modules and twilio); kept for this profile</source>
        <translation>Ein Ordner, in dem Sie npm install für die Pakete ausgeführt haben, die der Code lädt (außer den eigenen Modulen von Node und twilio); wird für dieses Profil gespeichert</translation>
    </message>
    <message>
        <source>Node&apos;s modules and twilio only</source>
        <translation>Nur die Module von Node und twilio</translation>
    </message>
    <message>
        <source>Choose the folder with the code&apos;s npm packages</source>
        <translation>Den Ordner mit den npm-Paketen des Codes wählen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>Zeit&amp;limit:</translation>
    </message>
    <message>
        <source>The code is stopped after this time, as Auth0 stops a hook or an Action (20 s)</source>
        <translation>Der Code wird nach dieser Zeit angehalten, so wie Auth0 einen Hook oder eine Action anhält (20 s)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>How the run ended, console lines and each Twilio request appear here</source>
        <translation>Wie der Lauf endete, Konsolenzeilen und jede Twilio-Anfrage erscheinen hier</translation>
    </message>
    <message>
        <source>Open a .js file</source>
        <translation>Eine .js-Datei öffnen</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Save the code for this profile, and to its file if it has one</source>
        <translation>Den Code für dieses Profil speichern, und in seine Datei, wenn es eine hat</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save the code to a .js file</source>
        <translation>Den Code in eine .js-Datei speichern</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find in the code</source>
        <translation>Im Code suchen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>Find and replace in the code</source>
        <translation>Im Code suchen und ersetzen</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <source>Close Find</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Die Suchleiste schließen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Run the code</source>
        <translation>Den Code ausführen</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Replace the code with the %1 template? The current code has unsaved changes.</source>
        <translation>Den Code durch die Vorlage %1 ersetzen? Der aktuelle Code hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>The hook code of profile &quot;%1&quot; has unsaved changes. Save them before showing the code of &quot;%2&quot;?</source>
        <translation>Der Hook-Code von Profil „%1“ hat ungespeicherte Änderungen. Vor dem Anzeigen des Codes von „%2“ speichern?</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Unsaved hook code</source>
        <translation>Ungespeicherter Hook-Code</translation>
    </message>
    <message>
        <source>Save writes the code to its file.</source>
        <translation>Speichern schreibt den Code in seine Datei.</translation>
    </message>
    <message>
        <source>Save keeps the code for profile &quot;%1&quot;.</source>
        <translation>Speichern behält den Code für Profil „%1“.</translation>
    </message>
    <message>
        <source>Save keeps the code for profile &quot;%1&quot; and writes it to %2.</source>
        <translation>Speichern behält den Code für Profil „%1“ und schreibt ihn nach %2.</translation>
    </message>
    <message>
        <source>The hook code of profile &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>Der Hook-Code von Profil „%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>The code could not be saved for profile &quot;%1&quot;: %2</source>
        <translation>Der Code konnte für Profil „%1“ nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Save the hook code</source>
        <translation>Hook-Code speichern</translation>
    </message>
    <message>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation>JavaScript (*.js);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a file instead of the current code? It has unsaved changes.</source>
        <translation>Eine Datei statt des aktuellen Codes öffnen? Er hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Open hook code</source>
        <translation>Hook-Code öffnen</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for hook code (%2 kB; at most %3 kB). Open the hook&apos;s .js file itself.</source>
        <translation>%1 ist zu groß für Hook-Code (%2 kB; höchstens %3 kB). Öffnen Sie die .js-Datei des Hooks selbst.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Hook code of %1</source>
        <translation>Hook-Code von %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>No profile: Save writes a .js file</source>
        <translation>Kein Profil: Speichern schreibt eine .js-Datei</translation>
    </message>
    <message>
        <source>Unsaved changes: Save keeps them for profile &quot;%1&quot;</source>
        <translation>Ungespeicherte Änderungen: Speichern behält sie für Profil „%1“</translation>
    </message>
    <message>
        <source>Unsaved changes: Save keeps them for profile &quot;%1&quot; and in %2</source>
        <translation>Ungespeicherte Änderungen: Speichern behält sie für Profil „%1“ und in %2</translation>
    </message>
    <message>
        <source>From the %1 template, not saved for profile &quot;%2&quot; yet</source>
        <translation>Aus der Vorlage %1, noch nicht für Profil „%2“ gespeichert</translation>
    </message>
    <message>
        <source>Saved for profile &quot;%1&quot;</source>
        <translation>Für Profil „%1“ gespeichert</translation>
    </message>
    <message>
        <source>Saved for profile &quot;%1&quot; and in %2</source>
        <translation>Für Profil „%1“ und in %2 gespeichert</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the code of profile &quot;%1&quot;.&lt;/b&gt; The console has moved on to &quot;%2&quot;; save or discard these edits to see its code.</source>
        <translation>&lt;b&gt;Dies ist der Code von Profil „%1“.&lt;/b&gt; Die Konsole ist zu „%2“ gewechselt; speichern oder verwerfen Sie diese Änderungen, um dessen Code zu sehen.</translation>
    </message>
    <message>
        <source>Show the code of &quot;%1&quot;…</source>
        <translation>Code von „%1“ anzeigen…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Error on line %1</source>
        <translation>Fehler in Zeile %1</translation>
    </message>
    <message>
        <source>Warning on line %1</source>
        <translation>Warnung in Zeile %1</translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>Probleme: keine</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
    <message>
        <source>Connect this profile to its Auth0 tenant on the Tenant page first; the code is deployed there.</source>
        <translation>Verbinden Sie dieses Profil zuerst auf der Seite „Tenant“ mit seinem Auth0-Tenant; der Code wird dort bereitgestellt.</translation>
    </message>
    <message>
        <source>Run panel · Action (%1)</source>
        <extracomment>%1 the trigger, e.g. send-phone-message</extracomment>
        <translation>Ausführungsbereich · Action (%1)</translation>
    </message>
    <message>
        <source>Run panel · hook</source>
        <translation>Ausführungsbereich · Hook</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <extracomment>%1 line, %2 column, %3 Qt&apos;s description of the JSON error</extracomment>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>write a JSON object, { … }, as Auth0 passes it.</source>
        <translation>Schreiben Sie ein JSON-Objekt, { … }, so wie Auth0 es übergibt.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>secrets are replaced by the profile&apos;s</source>
        <translation>Secrets werden durch die des Profils ersetzt</translation>
    </message>
    <message>
        <source>edited: merged over the event Auth0 builds</source>
        <translation>bearbeitet: über das Event gelegt, das Auth0 erstellt</translation>
    </message>
    <message>
        <source>event.secrets is filled from the profile&apos;s secrets when the code runs</source>
        <translation>event.secrets wird bei der Ausführung aus den Secrets des Profils gefüllt</translation>
    </message>
    <message>
        <source>Folder with the code&apos;s npm packages</source>
        <translation>Ordner mit den npm-Paketen des Codes</translation>
    </message>
    <message>
        <source>%1 is not a folder: choose the folder where you ran npm install.</source>
        <translation>%1 ist kein Ordner: Wählen Sie den Ordner, in dem Sie npm install ausgeführt haben.</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>Empfänger: %1</translation>
    </message>
    <message>
        <source>%1 · %2: SMS does not reach a landline; Auth0 would call it only for voice.</source>
        <translation>%1 · %2: SMS erreicht kein Festnetz; Auth0 würde diese Nummer nur für Sprachanrufe verwenden.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>webtask.secrets is replaced by the profile&apos;s</source>
        <translation>webtask.secrets wird durch die des Profils ersetzt</translation>
    </message>
    <message>
        <source>context.webtask.secrets is filled from the profile&apos;s secrets when the code runs</source>
        <translation>context.webtask.secrets wird bei der Ausführung aus den Secrets des Profils gefüllt</translation>
    </message>
    <message>
        <source>No profile: create one on the Secrets page; the run uses its secrets.</source>
        <translation>Kein Profil: Legen Sie auf der Seite „Secrets“ eines an; die Ausführung verwendet seine Secrets.</translation>
    </message>
    <message>
        <source>Recipient: enter the phone number the hook sends to.</source>
        <translation>Empfänger: Geben Sie die Telefonnummer ein, an die der Hook sendet.</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Event: %1</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Context: %1</translation>
    </message>
    <message>
        <source>Modules: %1 is not a folder.</source>
        <translation>Module: %1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Reading the profile&apos;s secrets from the keychain…</source>
        <translation>Die Secrets des Profils werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Running in Node… (stopped after %n s)</source>
        <translation>
            <numerusform>Läuft in Node… (Abbruch nach %n s)</numerusform>
            <numerusform>Läuft in Node… (Abbruch nach %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to run for %1 with the secrets of profile &quot;%2&quot;.</source>
        <translation>Bereit zur Ausführung für %1 mit den Secrets von Profil „%2“.</translation>
    </message>
    <message>
        <source>Running %1 for %2 with the secrets of profile &quot;%3&quot;…</source>
        <translation>%1 wird für %2 mit den Secrets von Profil „%3“ ausgeführt…</translation>
    </message>
    <message>
        <source>Not run: the secrets could not be read from the keychain. %1 %2</source>
        <translation>Nicht ausgeführt: Die Secrets konnten nicht aus dem Schlüsselbund gelesen werden. %1 %2</translation>
    </message>
    <message>
        <source>Not run: keychain unavailable.</source>
        <translation>Nicht ausgeführt: Schlüsselbund nicht verfügbar.</translation>
    </message>
    <message>
        <source>Stopped before the code started.</source>
        <translation>Angehalten, bevor der Code gestartet ist.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>[%1 ms] %2: %3</source>
        <extracomment>a console line in the run output: %1 milliseconds since the start, %2 level, %3 the text</extracomment>
        <translation>[%1 ms] %2: %3</translation>
    </message>
    <message>
        <source>[%1 ms] console.%2: %3</source>
        <translation>[%1 ms] console.%2: %3</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Twilio: %1 %2 → %3 %4 (%5 ms)</source>
        <extracomment>a Twilio request in the run output: %1 method, %2 URL, %3 HTTP status, %4 SID or error, %5 milliseconds</extracomment>
        <translation>Twilio: %1 %2 → %3 %4 (%5 ms)</translation>
    </message>
    <message>
        <source>Success: the Action finished (it returned %1)</source>
        <translation>Erfolg: Die Action ist beendet (Rückgabe %1)</translation>
    </message>
    <message>
        <source>Success: cb(null, %1)</source>
        <translation>Erfolg: cb(null, %1)</translation>
    </message>
    <message>
        <source>The hook called back with an error</source>
        <translation>Der Hook hat cb mit einem Fehler aufgerufen</translation>
    </message>
    <message>
        <source>The Action threw an exception</source>
        <translation>Die Action hat eine Ausnahme ausgelöst</translation>
    </message>
    <message>
        <source>The hook threw an exception</source>
        <translation>Der Hook hat eine Ausnahme ausgelöst</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>Stopped at the time limit</source>
        <translation>Beim Zeitlimit angehalten</translation>
    </message>
    <message>
        <source>The hook never called cb</source>
        <translation>Der Hook hat cb nie aufgerufen</translation>
    </message>
    <message>
        <source>Nothing Auth0 can call is exported</source>
        <translation>Es wird nichts exportiert, das Auth0 aufrufen kann</translation>
    </message>
    <message>
        <source>require() of a module the runner cannot find</source>
        <translation>require() eines Moduls, das der Runner nicht findet</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>The Action dropped the message</source>
        <translation>Die Action hat die Nachricht verworfen</translation>
    </message>
    <message>
        <source>The Action asked for a retry</source>
        <translation>Die Action hat eine Wiederholung angefordert</translation>
    </message>
    <message>
        <source>The Action never finished</source>
        <translation>Die Action ist nie fertig geworden</translation>
    </message>
    <message>
        <source>Stopped at the memory limit</source>
        <translation>Beim Speicherlimit angehalten</translation>
    </message>
    <message>
        <source>Stopped at the output limit</source>
        <translation>Beim Ausgabelimit angehalten</translation>
    </message>
    <message>
        <source>The runner could not run the code</source>
        <translation>Der Runner konnte den Code nicht ausführen</translation>
    </message>
    <message>
        <source>Go to line %1</source>
        <translation>Gehe zu Zeile %1</translation>
    </message>
    <message>
        <source>Succeeded in %1 ms.</source>
        <translation>Erfolgreich in %1 ms.</translation>
    </message>
    <message>
        <source>%1 after %2 ms.</source>
        <translation>%1 nach %2 ms.</translation>
    </message>
    <message>
        <source>Run in the &amp;tenant…</source>
        <translation>Im &amp;Tenant ausführen…</translation>
    </message>
    <message>
        <source>Ask the connected tenant to run its Action&apos;s draft with the same event, and show its result beside the local run&apos;s</source>
        <translation>Den verbundenen Tenant bitten, den Entwurf seiner Action mit demselben Event auszuführen, und sein Ergebnis neben dem der lokalen Ausführung zeigen</translation>
    </message>
    <message>
        <source>What the tenant&apos;s own run of its Action&apos;s draft produced appears here</source>
        <translation>Was die eigene Ausführung des Action-Entwurfs im Tenant ergab, erscheint hier</translation>
    </message>
    <message>
        <source>Auth0 runs Actions only: convert the hook to an Action first</source>
        <translation>Auth0 führt nur Actions aus: Wandeln Sie den Hook zuerst in eine Action um</translation>
    </message>
    <message>
        <source>Delivery of %1: %2</source>
        <extracomment>a followed message&apos;s status in the run output: %1 its SID, %2 the status</extracomment>
        <translation>Zustellung von %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 ms · Node %2 · %n Twilio request(s)</source>
        <extracomment>%1 milliseconds, %2 Node&apos;s version, %n Twilio requests</extracomment>
        <translation>
            <numerusform>%1 ms · Node %2 · %n Twilio-Anfrage</numerusform>
            <numerusform>%1 ms · Node %2 · %n Twilio-Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab indents the code; Ctrl+Tab moves to the next control, Ctrl+Shift+Tab to the previous one</source>
        <translation>Tab rückt den Code ein; Strg+Tab springt zum nächsten Bedienelement, Strg+Umschalt+Tab zum vorigen</translation>
    </message>
    <message>
        <source>Code editor</source>
        <translation>Code-Editor</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Output of the local run</source>
        <translation>Ausgabe des lokalen Laufs</translation>
    </message>
    <message>
        <source>Output of the tenant&apos;s run</source>
        <translation>Ausgabe des Laufs im Tenant</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
</context>
<context>
    <name>HookRunOutcome</name>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (Code %2)</translation>
    </message>
    <message>
        <source>require(&apos;%1&apos;) failed: Auth0 runs the code as one file, so it cannot load files beside it. Put that code in this file, or publish it as a package.</source>
        <translation>require(&apos;%1&apos;) fehlgeschlagen: Auth0 führt den Code als eine einzige Datei aus und kann daher keine Dateien daneben laden. Übernehmen Sie diesen Code in diese Datei oder veröffentlichen Sie ihn als Paket.</translation>
    </message>
    <message>
        <source>require(&apos;%1&apos;) failed: %1 is not installed in the profile&apos;s modules folder %2. Run &quot;npm install %1&quot; in that folder (and add %1 to the Action&apos;s dependencies in Auth0).</source>
        <translation>require(&apos;%1&apos;) fehlgeschlagen: %1 ist im Modulordner %2 des Profils nicht installiert. Führen Sie „npm install %1“ in diesem Ordner aus (und fügen Sie %1 in Auth0 den Abhängigkeiten der Action hinzu).</translation>
    </message>
    <message>
        <source>require(&apos;%1&apos;) failed: the runner has Node&apos;s built-in modules and twilio, and the profile names no modules folder for the rest. Run &quot;npm install %1&quot; in a folder and choose it as the profile&apos;s modules folder (Hook code page, or run-hook --modules DIR).</source>
        <translation>require(&apos;%1&apos;) fehlgeschlagen: Der Runner hat die eingebauten Module von Node und twilio, und das Profil nennt keinen Modulordner für den Rest. Führen Sie „npm install %1“ in einem Ordner aus und wählen Sie ihn als Modulordner des Profils (Seite „Hook-Code“ oder run-hook --modules DIR).</translation>
    </message>
    <message>
        <source>The hook reported an error: %1</source>
        <translation>Der Hook hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source> at line %1</source>
        <translation> in Zeile %1</translation>
    </message>
    <message>
        <source>The Action threw%1: %2. Auth0 fails the send with this error and shows it in the tenant log.</source>
        <translation>Die Action hat eine Ausnahme ausgelöst%1: %2. Auth0 lässt den Versand mit diesem Fehler scheitern und zeigt ihn im Tenant-Protokoll.</translation>
    </message>
    <message>
        <source>The hook threw an exception%1: %2. Auth0 reports it as the hook&apos;s error: catch it and call cb(error).</source>
        <translation>Der Hook hat eine Ausnahme ausgelöst%1: %2. Auth0 meldet sie als Fehler des Hooks: Fangen Sie sie ab und rufen Sie cb(error) auf.</translation>
    </message>
    <message>
        <source>The code does not parse: %1 (line %2). Fix it; the lint list shows where.</source>
        <translation>Der Code lässt sich nicht parsen: %1 (Zeile %2). Beheben Sie das; die Lint-Liste zeigt, wo.</translation>
    </message>
    <message>
        <source>The hook finished without calling cb: nothing is left to run and no Twilio request is pending. Auth0 would wait until its time limit and fail the login; call cb(error) or cb(null, result) on every path.</source>
        <translation>Der Hook wurde beendet, ohne cb aufzurufen: Es ist nichts mehr auszuführen und keine Twilio-Anfrage steht aus. Auth0 würde bis zu seinem Zeitlimit warten und die Anmeldung scheitern lassen; rufen Sie auf jedem Pfad cb(error) oder cb(null, result) auf.</translation>
    </message>
    <message>
        <source>The Action never finished: its promise did not settle and nothing is left to run (no timer, no pending request). Auth0 would wait until its time limit and fail the send; return or await every promise.</source>
        <translation>Die Action ist nie fertig geworden: Ihr Promise wurde nicht erfüllt und es ist nichts mehr auszuführen (kein Timer, keine ausstehende Anfrage). Auth0 würde bis zu seinem Zeitlimit warten und den Versand scheitern lassen; geben Sie jedes Promise zurück oder warten Sie mit await darauf.</translation>
    </message>
    <message>
        <source>The file exports no code Auth0 can call for a phone message. Export an Action handler, exports.onExecuteSendPhoneMessage or exports.onExecuteCustomPhoneProvider = async (event, api) =&gt; { ... }, or a legacy hook, module.exports = function (recipient, text, context, cb) { ... }. Found: %1.</source>
        <translation>Die Datei exportiert keinen Code, den Auth0 für eine Telefonnachricht aufrufen kann. Exportieren Sie einen Action-Handler, exports.onExecuteSendPhoneMessage oder exports.onExecuteCustomPhoneProvider = async (event, api) =&gt; { ... }, oder einen alten Hook, module.exports = function (recipient, text, context, cb) { ... }. Gefunden: %1.</translation>
    </message>
    <message>
        <source>The Action dropped the message: %1. Auth0 logs the failure and does not try again.</source>
        <translation>Die Action hat die Nachricht verworfen: %1. Auth0 protokolliert den Fehlschlag und versucht es nicht erneut.</translation>
    </message>
    <message>
        <source>The Action asked for a retry: %1. Auth0 would call it again, up to 5 times in the next minutes; this run does not.</source>
        <translation>Die Action hat eine Wiederholung angefordert: %1. Auth0 würde sie in den nächsten Minuten bis zu fünfmal erneut aufrufen; diese Ausführung tut das nicht.</translation>
    </message>
    <message>
        <source>The runner reported an ending it does not know (%1).</source>
        <translation>Der Runner hat ein unbekanntes Ende gemeldet (%1).</translation>
    </message>
    <message>
        <source>The hook reported: %1</source>
        <translation>Der Hook hat gemeldet: %1</translation>
    </message>
    <message>
        <source>The Action was stopped after its time limit of %1 s. Auth0 stops it at 20 s too: look for an endless loop, or a request or promise that never ends.</source>
        <translation>Die Action wurde nach ihrem Zeitlimit von %1 s angehalten. Auth0 hält sie ebenfalls nach 20 s an: Suchen Sie nach einer Endlosschleife oder einer Anfrage bzw. einem Promise, das nie endet.</translation>
    </message>
    <message>
        <source>The hook was stopped after its time limit of %1 s. Auth0 stops it too: look for an endless loop or a request that never answers, and call cb on every path.</source>
        <translation>Der Hook wurde nach seinem Zeitlimit von %1 s angehalten. Auth0 hält ihn ebenfalls an: Suchen Sie nach einer Endlosschleife oder einer Anfrage, die nie antwortet, und rufen Sie cb auf jedem Pfad auf.</translation>
    </message>
    <message numerus="yes">
        <source>The run was stopped: it wrote more than %1 kB to %2. The first %1 kB are shown; %n more byte(s) were counted and dropped. Look for a log line in a loop (Auth0 keeps only 256 characters of an Action&apos;s console output).</source>
        <translation>
            <numerusform>Die Ausführung wurde angehalten: Sie hat mehr als %1 kB nach %2 geschrieben. Die ersten %1 kB werden angezeigt; %n weiteres Byte wurde gezählt und verworfen. Suchen Sie nach einer Protokollzeile in einer Schleife (Auth0 behält nur 256 Zeichen der Konsolenausgabe einer Action).</numerusform>
            <numerusform>Die Ausführung wurde angehalten: Sie hat mehr als %1 kB nach %2 geschrieben. Die ersten %1 kB werden angezeigt; %n weitere Bytes wurden gezählt und verworfen. Suchen Sie nach einer Protokollzeile in einer Schleife (Auth0 behält nur 256 Zeichen der Konsolenausgabe einer Action).</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was stopped: it needed more memory than its limit (%1 MB of JavaScript heap, %2 MB in all). Look for an array, string or buffer that keeps growing.</source>
        <translation>Die Ausführung wurde angehalten: Sie brauchte mehr Speicher als ihr Limit (%1 MB JavaScript-Heap, insgesamt %2 MB). Suchen Sie nach einem Array, String oder Puffer, der immer weiter wächst.</translation>
    </message>
    <message>
        <source>nothing on standard error</source>
        <translation>nichts auf der Standardfehlerausgabe</translation>
    </message>
    <message>
        <source>The runner was killed by signal %1 before the code finished (%2).</source>
        <translation>Der Runner wurde durch Signal %1 beendet, bevor der Code fertig war (%2).</translation>
    </message>
    <message>
        <source>The process ended (exit code %1) before the code finished: did it call process.exit()? Auth0 does not let code end its process. Last output: %2</source>
        <translation>Der Prozess endete (Exit-Code %1), bevor der Code fertig war: Hat er process.exit() aufgerufen? Auth0 lässt Code seinen Prozess nicht beenden. Letzte Ausgabe: %2</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Die Ausführung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>HookRunner</name>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>standard error</source>
        <translation>Standardfehlerausgabe</translation>
    </message>
    <message>
        <source>the runner&apos;s channel</source>
        <translation>den Kanal des Runners</translation>
    </message>
    <message>
        <source>Node.js is not installed (no &quot;node&quot; on PATH). Install it (Debian: apt install nodejs; Auth0 runs Actions on Node 22 or 18), then run again.</source>
        <translation>Node.js ist nicht installiert (kein „node“ im PATH). Installieren Sie es (Debian: apt install nodejs; Auth0 führt Actions auf Node 22 oder 18 aus) und führen Sie erneut aus.</translation>
    </message>
    <message>
        <source>This is Node %1; Auth0 runs Actions on Node 22 (or 18). Code that works here may not work there.</source>
        <translation>Dies ist Node %1; Auth0 führt Actions auf Node 22 (oder 18) aus. Code, der hier funktioniert, funktioniert dort vielleicht nicht.</translation>
    </message>
    <message>
        <source>cb was called again; Auth0 keeps only the first call, and so does this run.</source>
        <translation>cb wurde erneut aufgerufen; Auth0 behält nur den ersten Aufruf, und diese Ausführung auch.</translation>
    </message>
    <message>
        <source>the console</source>
        <translation>die Konsole</translation>
    </message>
    <message>
        <source>Node.js could not be started: %1</source>
        <translation>Node.js konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>HookTemplates</name>
    <message>
        <source>Programmable SMS (send-phone-message Action)</source>
        <translation>Programmable SMS (send-phone-message-Action)</translation>
    </message>
    <message>
        <source>For the legacy MFA phone set-up: sends Auth0&apos;s text from TWILIO_PHONE_NUMBER (a number or a Messaging Service SID) through Twilio&apos;s Messages API, and places a call for voice. A Twilio error fails the send.</source>
        <translation>Für die alte MFA-Telefoneinrichtung: sendet den Text von Auth0 von TWILIO_PHONE_NUMBER (eine Nummer oder eine Messaging-Service-SID) über die Messages-API von Twilio und tätigt für Sprache einen Anruf. Ein Twilio-Fehler lässt den Versand scheitern.</translation>
    </message>
    <message>
        <source>Verify (send-phone-message Action)</source>
        <translation>Verify (send-phone-message-Action)</translation>
    </message>
    <message>
        <source>For the legacy MFA phone set-up: sends Auth0&apos;s code as a custom code through the Verify service in TWILIO_VERIFY_SERVICE_SID; voice uses the call channel. The service must accept custom codes.</source>
        <translation>Für die alte MFA-Telefoneinrichtung: sendet den Code von Auth0 als benutzerdefinierten Code über den Verify-Service in TWILIO_VERIFY_SERVICE_SID; Sprache verwendet den Kanal call. Der Service muss benutzerdefinierte Codes akzeptieren.</translation>
    </message>
    <message>
        <source>Programmable SMS (custom-phone-provider Action)</source>
        <translation>Programmable SMS (custom-phone-provider-Action)</translation>
    </message>
    <message>
        <source>For the Unified Phone Experience: sends every phone notification from TWILIO_PHONE_NUMBER (a number or a Messaging Service SID), a call for voice; a failure is dropped, or retried when it may pass.</source>
        <translation>Für die Unified Phone Experience: sendet jede Telefonbenachrichtigung von TWILIO_PHONE_NUMBER (eine Nummer oder eine Messaging-Service-SID), für Sprache einen Anruf; ein Fehlschlag wird verworfen oder wiederholt, wenn er gelingen kann.</translation>
    </message>
    <message>
        <source>Verify (custom-phone-provider Action)</source>
        <translation>Verify (custom-phone-provider-Action)</translation>
    </message>
    <message>
        <source>For the Unified Phone Experience: sends one-time codes as custom codes through the Verify service in TWILIO_VERIFY_SERVICE_SID (voice: the call channel); drops notifications without a code. The service must accept custom codes.</source>
        <translation>Für die Unified Phone Experience: sendet Einmalcodes als benutzerdefinierte Codes über den Verify-Service in TWILIO_VERIFY_SERVICE_SID (Sprache: der Kanal call); verwirft Benachrichtigungen ohne Code. Der Service muss benutzerdefinierte Codes akzeptieren.</translation>
    </message>
    <message>
        <source>Programmable SMS (legacy hook)</source>
        <translation>Programmable SMS (alter Hook)</translation>
    </message>
    <message>
        <source>A Send Phone Message hook, which Auth0 no longer runs: sends Auth0&apos;s text from TWILIO_PHONE_NUMBER (a number or a Messaging Service SID) through Twilio&apos;s Messages API. A voice request is answered with an error: Messages cannot place calls.</source>
        <translation>Ein Send-Phone-Message-Hook, den Auth0 nicht mehr ausführt: sendet den Text von Auth0 von TWILIO_PHONE_NUMBER (eine Nummer oder eine Messaging-Service-SID) über die Messages-API von Twilio. Eine Sprachanfrage wird mit einem Fehler beantwortet: Messages kann keine Anrufe tätigen.</translation>
    </message>
    <message>
        <source>Verify (legacy hook)</source>
        <translation>Verify (alter Hook)</translation>
    </message>
    <message>
        <source>A Send Phone Message hook, which Auth0 no longer runs: sends Auth0&apos;s code as a custom code through the Verify service in TWILIO_VERIFY_SERVICE_SID (not the Account SID); a voice request uses the call channel. The service must accept custom codes.</source>
        <translation>Ein Send-Phone-Message-Hook, den Auth0 nicht mehr ausführt: sendet den Code von Auth0 als benutzerdefinierten Code über den Verify-Service in TWILIO_VERIFY_SERVICE_SID (nicht die Account SID); eine Sprachanfrage verwendet den Kanal call. Der Service muss benutzerdefinierte Codes akzeptieren.</translation>
    </message>
</context>
<context>
    <name>InsightsCharts</name>
    <message>
        <source>%1 %2</source>
        <extracomment>an hour&apos;s bar of the delivery rate: its day and hour, e.g. &quot;1 Nov 14:00&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>week of %1</source>
        <extracomment>a week&apos;s bar of the delivery rate, from its first day</extracomment>
        <translation>Woche ab %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 s+</source>
        <extracomment>the latency histogram&apos;s last bar: this many seconds or more</extracomment>
        <translation>%1 s+</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <extracomment>a bar of the latency histogram: from %1 to %2 seconds</extracomment>
        <translation>%1–%2 s</translation>
    </message>
    <message>
        <source>no error code</source>
        <translation>kein Fehlercode</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>Sends and failures by country (the %n with the most sends)</source>
        <translation>
            <numerusform>Sendungen und Fehlschläge nach Land (das Land mit den meisten Sendungen)</numerusform>
            <numerusform>Sendungen und Fehlschläge nach Land (die %n mit den meisten Sendungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends and failures by country</source>
        <translation>Sendungen und Fehlschläge nach Land</translation>
    </message>
    <message>
        <source>Delivery per hour</source>
        <translation>Zustellung pro Stunde</translation>
    </message>
    <message>
        <source>Delivery per day (UTC)</source>
        <translation>Zustellung pro Tag (UTC)</translation>
    </message>
    <message>
        <source>Delivery per week (UTC)</source>
        <translation>Zustellung pro Woche (UTC)</translation>
    </message>
    <message numerus="yes">
        <source>(the newest %n)</source>
        <translation>
            <numerusform>(der neueste)</numerusform>
            <numerusform>(die neuesten %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued → delivered latency</source>
        <translation>Latenz eingereiht → zugestellt</translation>
    </message>
    <message>
        <source>Queued → delivered latency: p50 %1, p95 %2</source>
        <extracomment>%1 the median latency, %2 the 95th percentile</extracomment>
        <translation>Latenz eingereiht → zugestellt: p50 %1, p95 %2</translation>
    </message>
    <message numerus="yes">
        <source>Failures by error code (the %n most frequent)</source>
        <translation>
            <numerusform>Fehlschläge nach Fehlercode (der häufigste)</numerusform>
            <numerusform>Fehlschläge nach Fehlercode (die %n häufigsten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Failures by error code</source>
        <translation>Fehlschläge nach Fehlercode</translation>
    </message>
    <message>
        <source>No attempts match the filters.</source>
        <translation>Keine Versuche entsprechen den Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) in %1 bars: %2 delivered, %3 undelivered, %4 failed, %5 not sent, %6 pending.</source>
        <extracomment>%1 buckets (hours, days), %2..%6 counts</extracomment>
        <translation>
            <numerusform>%n Versuch in %1 Balken: %2 zugestellt, %3 nicht zugestellt, %4 fehlgeschlagen, %5 nicht gesendet, %6 ausstehend.</numerusform>
            <numerusform>%n Versuche in %1 Balken: %2 zugestellt, %3 nicht zugestellt, %4 fehlgeschlagen, %5 nicht gesendet, %6 ausstehend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered attempt(s) with a latency; median %1, 95th percentile %2.</source>
        <translation>
            <numerusform>%n zugestellter Versuch mit Latenz; Median %1, 95. Perzentil %2.</numerusform>
            <numerusform>%n zugestellte Versuche mit Latenz; Median %1, 95. Perzentil %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error code(s); the most frequent is %1 with %2 failures.</source>
        <translation>
            <numerusform>%n Fehlercode; der häufigste ist %1 mit %2 Fehlschlägen.</numerusform>
            <numerusform>%n Fehlercodes; der häufigste ist %1 mit %2 Fehlschlägen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country calling code(s); the most sends go to %1: %2 sends, %3 failed.</source>
        <translation>
            <numerusform>%n Ländervorwahl; die meisten Sendungen gehen an %1: %2 Sendungen, %3 fehlgeschlagen.</numerusform>
            <numerusform>%n Ländervorwahlen; die meisten Sendungen gehen an %1: %2 Sendungen, %3 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Undelivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Delivered attempts</source>
        <translation>Zugestellte Versuche</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>kein Code</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Sendungen</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <extracomment>the delivery chart&apos;s title, then its first and last bar: &quot;...: 1 Dec – 28 Feb&quot;</extracomment>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <source>Week (UTC)</source>
        <translation>Woche (UTC)</translation>
    </message>
    <message>
        <source>Delivered rate</source>
        <translation>Zustellquote</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Twilio gave no error code</source>
        <translation>Twilio hat keinen Fehlercode geliefert</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Rejected or not sent</source>
        <translation>Abgelehnt oder nicht gesendet</translation>
    </message>
    <message>
        <source>The delivery log is empty: nothing has been sent yet. Send a test message from the Run page, or import Twilio&apos;s message log with “Sync from Twilio…”.</source>
        <translation>Das Zustellprotokoll ist leer: Es wurde noch nichts gesendet. Senden Sie eine Testnachricht auf der Seite „Ausführen“ oder importieren Sie das Nachrichtenprotokoll von Twilio mit „Von Twilio synchronisieren…“.</translation>
    </message>
    <message>
        <source>No attempts match the filters. Clear filters to see every attempt of the profile “%1”.</source>
        <extracomment>%1 the profile, which &quot;Clear filters&quot; keeps</extracomment>
        <translation>Keine Versuche entsprechen den Filtern. Setzen Sie die Filter zurück, um alle Versuche des Profils „%1“ zu sehen.</translation>
    </message>
    <message>
        <source>No attempts match the filters. Clear filters to see the whole log.</source>
        <translation>Keine Versuche entsprechen den Filtern. Setzen Sie die Filter zurück, um das ganze Protokoll zu sehen.</translation>
    </message>
    <message>
        <source>The profile “%1” has no attempts yet. Send a test message from the Run page, or choose “All profiles” to see the other profiles&apos; attempts.</source>
        <translation>Das Profil „%1“ hat noch keine Versuche. Senden Sie eine Testnachricht auf der Seite „Ausführen“ oder wählen Sie „Alle Profile“, um die Versuche der anderen Profile zu sehen.</translation>
    </message>
    <message>
        <source>No attempts to chart. Send a test message from the Run page, or import Twilio&apos;s message log with “Sync from Twilio…”.</source>
        <translation>Keine Versuche für ein Diagramm. Senden Sie eine Testnachricht auf der Seite „Ausführen“ oder importieren Sie das Nachrichtenprotokoll von Twilio mit „Von Twilio synchronisieren…“.</translation>
    </message>
    <message>
        <source>The outcome filter leaves out delivered attempts, so there is no latency to chart. Choose “All outcomes” or “Delivered” to see it.</source>
        <translation>Der Ergebnisfilter schließt zugestellte Versuche aus, daher gibt es keine Latenz für ein Diagramm. Wählen Sie „Alle Ergebnisse“ oder „Zugestellt“, um sie zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>No latency to chart: no delivered attempt among the %n shown has its queued and delivered times recorded. It shows once a message&apos;s delivery receipt is in; widen the filters to include delivered attempts.</source>
        <extracomment>%n the attempts the filters select</extracomment>
        <translation>
            <numerusform>Keine Latenz für ein Diagramm: Bei keinem zugestellten Versuch unter dem %n angezeigten sind die Zeiten für „in der Warteschlange“ und „zugestellt“ erfasst. Sie erscheint, sobald die Zustellbestätigung einer Nachricht eingeht; erweitern Sie die Filter auf zugestellte Versuche.</numerusform>
            <numerusform>Keine Latenz für ein Diagramm: Bei keinem zugestellten Versuch unter den %n angezeigten sind die Zeiten für „in der Warteschlange“ und „zugestellt“ erfasst. Sie erscheint, sobald die Zustellbestätigung einer Nachricht eingeht; erweitern Sie die Filter auf zugestellte Versuche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No failures among the %n attempt(s) shown: nothing to fix here.</source>
        <translation>
            <numerusform>Keine Fehlschläge unter dem %n angezeigten Versuch: Hier ist nichts zu beheben.</numerusform>
            <numerusform>Keine Fehlschläge unter den %n angezeigten Versuchen: Hier ist nichts zu beheben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to chart for the %n attempt(s) shown.</source>
        <translation>
            <numerusform>Nichts für ein Diagramm beim %n angezeigten Versuch.</numerusform>
            <numerusform>Nichts für ein Diagramm bei den %n angezeigten Versuchen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n attempt(s) shown has a delivery latency.</source>
        <translation>
            <numerusform>Der %n angezeigte Versuch hat keine Zustelllatenz.</numerusform>
            <numerusform>Keiner der %n angezeigten Versuche hat eine Zustelllatenz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No failures among the %n attempt(s) shown.</source>
        <translation>
            <numerusform>Keine Fehlschläge unter dem %n angezeigten Versuch.</numerusform>
            <numerusform>Keine Fehlschläge unter den %n angezeigten Versuchen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Ex&amp;port chart…</source>
        <translation>Diagramm ex&amp;portieren…</translation>
    </message>
    <message>
        <source>&amp;Bars per:</source>
        <translation>&amp;Balken pro:</translation>
    </message>
    <message>
        <source>span shown (automatic)</source>
        <translation>gezeigter Zeitraum (automatisch)</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>How much time one bar of the delivery chart covers; automatic: hours up to 2 days shown, days up to 92</source>
        <translation>Wie viel Zeit ein Balken des Zustelldiagramms abdeckt; automatisch: Stunden bis 2 gezeigte Tage, Tage bis 92</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>T&amp;ables</source>
        <translation>&amp;Tabellen</translation>
    </message>
    <message>
        <source>The same numbers as tables: Enter on a row filters the log to it</source>
        <translation>Dieselben Zahlen als Tabellen: Eingabe auf einer Zeile filtert das Protokoll danach</translation>
    </message>
    <message>
        <source>As &amp;PNG…</source>
        <translation>Als &amp;PNG…</translation>
    </message>
    <message>
        <source>As &amp;SVG…</source>
        <translation>Als &amp;SVG…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Computed in %1 ms</source>
        <extracomment>%1 how long the figures took to compute</extracomment>
        <translation>Berechnet in %1 ms</translation>
    </message>
    <message>
        <source>%1 (chart)</source>
        <extracomment>the accessible name of a chart, %1 its title</extracomment>
        <translation>%1 (Diagramm)</translation>
    </message>
    <message>
        <source>Click a bar to filter the log to it</source>
        <translation>Klicken Sie auf einen Balken, um das Protokoll danach zu filtern</translation>
    </message>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (Tabelle)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a line of a bar&apos;s tooltip: %1 the column, %2 its value</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Delivery insights</source>
        <translation>Zustellungsauswertung</translation>
    </message>
    <message>
        <source>Export the charts as SVG</source>
        <translation>Diagramme als SVG exportieren</translation>
    </message>
    <message>
        <source>Export the charts as PNG</source>
        <translation>Diagramme als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved the charts to %1.</source>
        <translation>Diagramme gespeichert unter %1.</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show every attempt again (the profile stays)</source>
        <translation>Alle Versuche wieder anzeigen (das Profil bleibt)</translation>
    </message>
</context>
<context>
    <name>KeychainMessages</name>
    <message>
        <source>The keychain cannot be reached: there is no D-Bus session bus.</source>
        <translation>Der Schlüsselbund ist nicht erreichbar: Es gibt keinen D-Bus-Sitzungsbus.</translation>
    </message>
    <message>
        <source>No keychain service is running (no Secret Service such as GNOME Keyring or KWallet on the session bus).</source>
        <translation>Es läuft kein Schlüsselbunddienst (kein Secret Service wie GNOME Keyring oder KWallet auf dem Sitzungsbus).</translation>
    </message>
    <message>
        <source>The keyring is locked, or its default collection has not been created yet.</source>
        <translation>Der Schlüsselbund ist gesperrt, oder seine Standardsammlung wurde noch nicht angelegt.</translation>
    </message>
    <message>
        <source>The keychain denied access.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Keychain says: %1</source>
        <translation>Schlüsselbund meldet: %1</translation>
    </message>
    <message>
        <source>Run the console inside a desktop session, or start one with dbus-run-session; over SSH, log in to the desktop first.</source>
        <translation>Führen Sie die Konsole in einer Desktop-Sitzung aus oder starten Sie eine mit dbus-run-session; melden Sie sich über SSH zuerst am Desktop an.</translation>
    </message>
    <message>
        <source>Install and start a Secret Service: gnome-keyring (package gnome-keyring) or KWallet, then try again.</source>
        <translation>Installieren und starten Sie einen Secret Service: gnome-keyring (Paket gnome-keyring) oder KWallet, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Unlock the login keyring (log in to the desktop, or open Passwords and Keys and unlock it), then save again.</source>
        <translation>Entsperren Sie den Anmeldeschlüsselbund (melden Sie sich am Desktop an oder öffnen Sie „Passwörter und Verschlüsselung“ und entsperren Sie ihn) und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>Allow SMS Hook Console to use the keychain when asked, then try again.</source>
        <translation>Erlauben Sie SMS Hook Console bei der Nachfrage, den Schlüsselbund zu verwenden, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, restart the keyring service.</source>
        <translation>Versuchen Sie es erneut; wenn es weiter fehlschlägt, starten Sie den Schlüsselbunddienst neu.</translation>
    </message>
    <message>
        <source>DBUS_SESSION_BUS_ADDRESS is not set</source>
        <translation>DBUS_SESSION_BUS_ADDRESS ist nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 is not on the session bus</source>
        <translation>%1 ist nicht auf dem Sitzungsbus</translation>
    </message>
    <message>
        <source>the default collection is locked</source>
        <translation>die Standardsammlung ist gesperrt</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>SMS Hook Console will follow the system&apos;s language from its next start.</source>
        <translation>SMS Hook Console folgt ab dem nächsten Start der Sprache des Systems.</translation>
    </message>
    <message>
        <source>SMS Hook Console will speak %1 from its next start.</source>
        <translation>SMS Hook Console spricht ab dem nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>LineDiff</name>
    <message numerus="yes">
        <source>... %n more changed line(s) not shown</source>
        <translation>
            <numerusform>... %n weitere geänderte Zeile nicht angezeigt</numerusform>
            <numerusform>... %n weitere geänderte Zeilen nicht angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogExport</name>
    <message>
        <source>cannot read the delivery log: %1</source>
        <translation>Das Zustellprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>Der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled after %n row(s).</source>
        <translation>
            <numerusform>Export nach %n Zeile abgebrochen.</numerusform>
            <numerusform>Export nach %n Zeilen abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n attempt(s) to %1.</source>
        <translation>
            <numerusform>%n Versuch nach %1 exportiert.</numerusform>
            <numerusform>%n Versuche nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogInsights</name>
    <message>
        <source>The delivery log could not be summarised: %1</source>
        <translation>Das Zustellprotokoll konnte nicht ausgewertet werden: %1</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Search message text, numbers, SID, error (Ctrl+F)</source>
        <translation>Nachrichtentext, Nummern, SID, Fehler durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Free text over the message, the numbers, the SID and the error message. Esc clears it.</source>
        <translation>Freitext über Nachricht, Nummern, SID und Fehlermeldung. Esc leert das Feld.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Where the attempt came from</source>
        <translation>Woher der Versuch kam</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>First day shown (local time); the lowest date means any</source>
        <translation>Erster angezeigter Tag (Ortszeit); das früheste Datum bedeutet beliebig</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Last day shown, included (local time); the lowest date means any</source>
        <translation>Letzter angezeigter Tag, einschließlich (Ortszeit); das früheste Datum bedeutet beliebig</translation>
    </message>
    <message>
        <source>Recipient digits</source>
        <translation>Ziffern des Empfängers</translation>
    </message>
    <message>
        <source>Recipients whose E.164 number contains these digits, e.g. +4478 or 7700</source>
        <translation>Empfänger, deren E.164-Nummer diese Ziffern enthält, z. B. +4478 oder 7700</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Twilio&apos;s error code, e.g. 30003</source>
        <translation>Fehlercode von Twilio, z. B. 30003</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show every attempt again</source>
        <translation>Wieder alle Versuche anzeigen</translation>
    </message>
    <message>
        <source>Select an attempt to see its status timeline, the message as sent and, for a failure, Twilio&apos;s explanation.</source>
        <translation>Wählen Sie einen Versuch aus, um seinen Statusverlauf, die gesendete Nachricht und bei einem Fehlschlag die Erklärung von Twilio zu sehen.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>From / service</source>
        <translation>Von / Service</translation>
    </message>
    <message>
        <source>API · source</source>
        <translation>API · Quelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>&amp;Copy SID</source>
        <translation>SID &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the SID to the clipboard</source>
        <translation>Die SID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Message as sent</source>
        <translation>Gesendete Nachricht</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>Import Twilio&apos;s message log for</source>
        <translation>Nachrichtenprotokoll von Twilio importieren für</translation>
    </message>
    <message>
        <source>The profile whose Twilio account is read</source>
        <translation>Das Profil, dessen Twilio-Konto gelesen wird</translation>
    </message>
    <message>
        <source>fro&amp;m</source>
        <translation>vo&amp;n</translation>
    </message>
    <message>
        <source>First day sent (UTC)</source>
        <translation>Erster Versandtag (UTC)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Last day sent, included (UTC)</source>
        <translation>Letzter Versandtag, einschließlich (UTC)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Read the messages from Twilio (read only: nothing is sent)</source>
        <translation>Die Nachrichten von Twilio lesen (nur lesend: Es wird nichts gesendet)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stop after the page being read; running again continues from there</source>
        <translation>Nach der gerade gelesenen Seite anhalten; ein erneuter Lauf setzt dort fort</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide the import bar</source>
        <translation>Die Importleiste ausblenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the log again (e.g. after sends from the command line)</source>
        <translation>Das Protokoll erneut lesen (z. B. nach Sendungen über die Befehlszeile)</translation>
    </message>
    <message>
        <source>S&amp;ync from Twilio…</source>
        <translation>Von Twilio s&amp;ynchronisieren…</translation>
    </message>
    <message>
        <source>Import Twilio&apos;s own message log for a profile and a range of days</source>
        <translation>Das eigene Nachrichtenprotokoll von Twilio für ein Profil und einen Zeitraum importieren</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the attempts shown (the current filter) as CSV or JSON. No secret is ever exported.</source>
        <translation>Die angezeigten Versuche (der aktuelle Filter) als CSV oder JSON speichern. Secrets werden nie exportiert.</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>Als &amp;CSV…</translation>
    </message>
    <message>
        <source>As &amp;JSON…</source>
        <translation>Als &amp;JSON…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %Ln attempt(s) written</source>
        <translation>
            <numerusform>Export läuft… %Ln Versuch geschrieben</numerusform>
            <numerusform>Export läuft… %Ln Versuche geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>All APIs</source>
        <translation>Alle APIs</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
    <message>
        <source>The “to” date is before the “from” date: no attempt can match. Set “to” on or after “from”.</source>
        <translation>Das „bis“-Datum liegt vor dem „von“-Datum: Kein Versuch kann passen. Setzen Sie „bis“ auf oder nach „von“.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <translation>
            <numerusform>%Ln Versuch</numerusform>
            <numerusform>%Ln Versuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln attempt(s)</source>
        <extracomment>%1 attempts that match the filters, %n all attempts in the log</extracomment>
        <translation>
            <numerusform>%1 von %Ln Versuch</numerusform>
            <numerusform>%1 von %Ln Versuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 the API (SMS, Verify), %2 where the attempt came from (Run panel, CLI, ...)</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>set by Verify</source>
        <translation>von Verify festgelegt</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>keine gemeldet</translation>
    </message>
    <message>
        <source>— (none yet)</source>
        <translation>— (noch keine)</translation>
    </message>
    <message>
        <source>(Verify sends its own text; the code is not kept.)</source>
        <translation>(Verify sendet einen eigenen Text; der Code wird nicht gespeichert.)</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>**Outcome unknown**

The console recorded the attempt before sending, and no answer from Twilio was stored. Look for the message in Twilio&apos;s message log (the recipient and time are above) before sending again.</source>
        <translation>**Ergebnis unbekannt**

Die Konsole hat den Versuch vor dem Senden aufgezeichnet, und es wurde keine Antwort von Twilio gespeichert. Suchen Sie die Nachricht im Nachrichtenprotokoll von Twilio (Empfänger und Zeit stehen oben), bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Export the attempts shown as CSV</source>
        <translation>Die angezeigten Versuche als CSV exportieren</translation>
    </message>
    <message>
        <source>Export the attempts shown as JSON</source>
        <translation>Die angezeigten Versuche als JSON exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Profile: choose the profile whose Twilio account to read (create one on the Secrets page first).</source>
        <translation>Profil: Wählen Sie das Profil, dessen Twilio-Konto gelesen werden soll (legen Sie zuerst eines auf der Seite „Secrets“ an).</translation>
    </message>
    <message>
        <source>From: the first day is after the last one; choose a day on or before %1.</source>
        <translation>Von: Der erste Tag liegt nach dem letzten; wählen Sie einen Tag am oder vor dem %1.</translation>
    </message>
    <message>
        <source>Profile: “%1” no longer exists; choose another one.</source>
        <translation>Profil: „%1“ existiert nicht mehr; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>The keychain is not available, so the Twilio credentials of “%1” cannot be read.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar, daher können die Twilio-Zugangsdaten von „%1“ nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Reading the Twilio credentials of “%1” from the keychain…</source>
        <translation>Die Twilio-Zugangsdaten von „%1“ werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1 %2</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1 %2</translation>
    </message>
    <message>
        <source>%1 is not set for the profile “%2”: set it on the Secrets page, then start again.</source>
        <translation>%1 ist für das Profil „%2“ nicht gesetzt: Setzen Sie es auf der Seite „Secrets“ und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 Correct it on the Secrets page, then start again.</source>
        <translation>%1 Korrigieren Sie es auf der Seite „Secrets“ und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>Reading Twilio&apos;s message log for “%1”…</source>
        <translation>Das Nachrichtenprotokoll von Twilio für „%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>The import failed: Twilio refused the credentials of the profile. Check its %1 and %2 on the Secrets page.</source>
        <translation>Der Import ist fehlgeschlagen: Twilio hat die Zugangsdaten des Profils abgelehnt. Prüfen Sie %1 und %2 auf der Seite „Secrets“.</translation>
    </message>
    <message>
        <source>The import failed. %1</source>
        <translation>Der Import ist fehlgeschlagen. %1</translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) read are kept; run again to continue where it stopped.</source>
        <translation>
            <numerusform>Die %n gelesene Seite bleibt erhalten; führen Sie es erneut aus, um dort fortzusetzen.</numerusform>
            <numerusform>Die %n gelesenen Seiten bleiben erhalten; führen Sie es erneut aus, um dort fortzusetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before anything was read from Twilio.</source>
        <translation>Angehalten, bevor etwas von Twilio gelesen wurde.</translation>
    </message>
    <message>
        <source>Stopping after the page under way…</source>
        <translation>Wird nach der laufenden Seite angehalten…</translation>
    </message>
    <message>
        <source>The “%1” column cannot be sorted: sort by any other column, or search the messages.</source>
        <translation>Die Spalte „%1“ kann nicht sortiert werden: Sortieren Sie nach einer anderen Spalte oder durchsuchen Sie die Nachrichten.</translation>
    </message>
    <message>
        <source>Auth0 login</source>
        <translation>Auth0-Anmeldung</translation>
    </message>
    <message>
        <source>Sync tenant logs</source>
        <translation>Tenant-Protokolle synchronisieren</translation>
    </message>
    <message>
        <source>Read the profile&apos;s Auth0 tenant log and match each MFA text to its Twilio message</source>
        <translation>Das Auth0-Tenant-Protokoll des Profils lesen und jede MFA-SMS ihrer Twilio-Nachricht zuordnen</translation>
    </message>
    <message>
        <source>MFA login:</source>
        <translation>MFA-Anmeldung:</translation>
    </message>
    <message>
        <source>(not reached)</source>
        <translation>(nicht erreicht)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Shown from</source>
        <translation>Angezeigt ab</translation>
    </message>
    <message>
        <source>Shown until</source>
        <translation>Angezeigt bis</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>Zustellversuche</translation>
    </message>
    <message>
        <source>Twilio&apos;s explanation</source>
        <translation>Erklärung von Twilio</translation>
    </message>
    <message>
        <source>Profile to import from</source>
        <translation>Profil, aus dem importiert wird</translation>
    </message>
    <message>
        <source>Show every attempt of the profile chosen again (the profile stays)</source>
        <translation>Alle Versuche des gewählten Profils wieder anzeigen (das Profil bleibt)</translation>
    </message>
    <message>
        <source>The selected attempt is hidden by the filters. Clear or widen them to see it again, or choose another row.</source>
        <translation>Der ausgewählte Versuch wird von den Filtern ausgeblendet. Leeren oder erweitern Sie sie, um ihn wieder zu sehen, oder wählen Sie eine andere Zeile.</translation>
    </message>
    <message>
        <source>Ro&amp;ws</source>
        <translation>&amp;Zeilen</translation>
    </message>
    <message>
        <source>The attempts, one row each (Alt+W)</source>
        <translation>Die Versuche, einer pro Zeile (Alt+W)</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Auswertung</translation>
    </message>
    <message>
        <source>Charts of the attempts the filters select: delivery over time, latency, errors, countries (Alt+I)</source>
        <translation>Diagramme der von den Filtern gewählten Versuche: Zustellung im Zeitverlauf, Latenz, Fehler, Länder (Alt+I)</translation>
    </message>
    <message>
        <source>The time range chosen on a chart: click to clear it</source>
        <translation>Der in einem Diagramm gewählte Zeitraum: zum Aufheben klicken</translation>
    </message>
    <message>
        <source>%1 – %2 ✕</source>
        <extracomment>the time range chosen on a chart, %1 its start, %2 its end; the cross clears it</extracomment>
        <translation>%1 – %2 ✕</translation>
    </message>
    <message>
        <source>Time range %1 to %2: clear it</source>
        <translation>Zeitraum %1 bis %2: aufheben</translation>
    </message>
    <message>
        <source>The error filter cannot select failures without an error code: showing the failed attempts; those without a code show none in the Error column.</source>
        <translation>Der Fehlerfilter kann keine Fehlschläge ohne Fehlercode auswählen: Es werden die fehlgeschlagenen Versuche gezeigt; die ohne Code zeigen keinen in der Spalte „Fehler“.</translation>
    </message>
    <message>
        <source>These numbers start with no known country calling code, so the recipient filter cannot select them: the filters are unchanged.</source>
        <translation>Diese Nummern beginnen mit keiner bekannten Ländervorwahl, daher kann der Empfängerfilter sie nicht auswählen: Die Filter bleiben unverändert.</translation>
    </message>
    <message>
        <source>The log cannot be filtered by latency (it is worked out from each attempt&apos;s timeline, which the filters do not read): showing the delivered attempts; each one&apos;s timeline is in its details.</source>
        <translation>Das Protokoll kann nicht nach Latenz gefiltert werden (sie ergibt sich aus dem Zeitverlauf jedes Versuchs, den die Filter nicht lesen): Es werden die zugestellten Versuche gezeigt; der Zeitverlauf jedes Versuchs steht in seinen Details.</translation>
    </message>
    <message>
        <source>Clear the chart&apos;s time range</source>
        <translation>Den Zeitraum des Diagramms aufheben</translation>
    </message>
    <message>
        <source>Twilio&apos;s message log: %1.</source>
        <extracomment>%1 what was imported and merged, with the pages read (SyncProgressText::summary)</extracomment>
        <translation>Nachrichtenprotokoll von Twilio: %1.</translation>
    </message>
    <message>
        <source>Details of the attempt</source>
        <translation>Details des Versuchs</translation>
    </message>
</context>
<context>
    <name>LogQueryWorker</name>
    <message>
        <source>The delivery log could not be read (%1): %2</source>
        <translation>Das Zustellprotokoll konnte nicht gelesen werden (%1): %2</translation>
    </message>
</context>
<context>
    <name>LogSchema</name>
    <message>
        <source>The delivery log %1 is a folder, not a file. Move the folder away, or set SMSHOOK_LOG_PATH to the path of a file.</source>
        <translation>Das Zustellprotokoll %1 ist ein Ordner, keine Datei. Verschieben Sie den Ordner oder setzen Sie SMSHOOK_LOG_PATH auf den Pfad einer Datei.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the delivery log %2. Check that the path leads through folders you can write to, or set SMSHOOK_LOG_PATH to a file in one.</source>
        <translation>Der Ordner %1 für das Zustellprotokoll %2 kann nicht angelegt werden. Prüfen Sie, ob der Pfad durch Ordner führt, in die Sie schreiben dürfen, oder setzen Sie SMSHOOK_LOG_PATH auf eine Datei in einem solchen.</translation>
    </message>
    <message>
        <source>%1 Check that the folder can be written, or set SMSHOOK_LOG_PATH to another file.</source>
        <translation>%1 Prüfen Sie, ob in den Ordner geschrieben werden kann, oder setzen Sie SMSHOOK_LOG_PATH auf eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot open the delivery log %1: %2. Check that the file and its folder can be written, or set SMSHOOK_LOG_PATH to another file.</source>
        <translation>Das Zustellprotokoll %1 kann nicht geöffnet werden: %2. Prüfen Sie, ob Datei und Ordner beschreibbar sind, oder setzen Sie SMSHOOK_LOG_PATH auf eine andere Datei.</translation>
    </message>
    <message>
        <source>The delivery log %1 cannot be read (%2); it may not be a delivery log at all. Move the file away to start a new log, or set SMSHOOK_LOG_PATH to another file.</source>
        <translation>Das Zustellprotokoll %1 kann nicht gelesen werden (%2); vielleicht ist es gar kein Zustellprotokoll. Verschieben Sie die Datei, um ein neues Protokoll zu beginnen, oder setzen Sie SMSHOOK_LOG_PATH auf eine andere Datei.</translation>
    </message>
    <message>
        <source>The delivery log %1 was written by a newer version of SMS Hook Console (schema version %2; this version knows up to %3). It was left untouched and nothing is recorded. Update SMS Hook Console, or set SMSHOOK_LOG_PATH to use another file.</source>
        <translation>Das Zustellprotokoll %1 wurde von einer neueren Version von SMS Hook Console geschrieben (Schemaversion %2; diese Version kennt bis %3). Es wurde nicht verändert und es wird nichts aufgezeichnet. Aktualisieren Sie SMS Hook Console oder setzen Sie SMSHOOK_LOG_PATH, um eine andere Datei zu verwenden.</translation>
    </message>
    <message>
        <source>Cannot prepare the delivery log %1: %2. Check that the file and its folder can be written, or set SMSHOOK_LOG_PATH to another file.</source>
        <translation>Das Zustellprotokoll %1 kann nicht vorbereitet werden: %2. Prüfen Sie, ob Datei und Ordner beschreibbar sind, oder setzen Sie SMSHOOK_LOG_PATH auf eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot update the delivery log %1: %2. Check that the file can be written, or set SMSHOOK_LOG_PATH to another file.</source>
        <translation>Das Zustellprotokoll %1 kann nicht aktualisiert werden: %2. Prüfen Sie, ob die Datei beschreibbar ist, oder setzen Sie SMSHOOK_LOG_PATH auf eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot update the delivery log %1 from schema version %2 to %3: %4. The file was left as it was; free some disk space and try again, or set SMSHOOK_LOG_PATH to another file.</source>
        <translation>Das Zustellprotokoll %1 kann nicht von Schemaversion %2 auf %3 aktualisiert werden: %4. Die Datei blieb unverändert; schaffen Sie Speicherplatz und versuchen Sie es erneut, oder setzen Sie SMSHOOK_LOG_PATH auf eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>LogSync</name>
    <message>
        <source>The date range is not valid: the first day must not be after the last.</source>
        <translation>Der Zeitraum ist ungültig: Der erste Tag darf nicht nach dem letzten liegen.</translation>
    </message>
    <message>
        <source>No delivery log to import into.</source>
        <translation>Kein Zustellprotokoll, in das importiert werden kann.</translation>
    </message>
    <message>
        <source>The page could not be stored in the delivery log: %1</source>
        <translation>Die Seite konnte nicht im Zustellprotokoll gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SMS Hook Console</source>
        <translation>SMS Hook Console</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Hide this (Help &gt; Getting started shows it again)</source>
        <translation>Ausblenden (Hilfe &gt; Erste Schritte zeigt es wieder)</translation>
    </message>
    <message>
        <source>Hide getting started</source>
        <translation>Erste Schritte ausblenden</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Sandbox guide (test accounts, magic numbers)</source>
        <translation>&amp;Sandbox-Leitfaden (Testkonten, magische Nummern)</translation>
    </message>
    <message>
        <source>&amp;About SMS Hook Console</source>
        <translation>Ü&amp;ber SMS Hook Console</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Hook code</source>
        <translation>Hook-Code</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Zustellprotokoll</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Nothing can be sent until the delivery log works: %1</source>
        <translation>Es kann nichts gesendet werden, solange das Zustellprotokoll nicht funktioniert: %1</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Die Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Sandbox: %1</translation>
    </message>
    <message>
        <source>The built-in Twilio and Auth0 simulators answer profile &quot;%1&quot; on loopback; no message leaves this computer.</source>
        <translation>Die eingebauten Twilio- und Auth0-Simulatoren beantworten Profil „%1“ über Loopback; keine Nachricht verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>Sandbox unavailable</source>
        <translation>Sandbox nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>%1 is not installed with this copy of the console.</source>
        <translation>%1 ist mit dieser Kopie der Konsole nicht installiert.</translation>
    </message>
    <message>
        <source>No application could open the guide; it is at %1.</source>
        <translation>Keine Anwendung konnte den Leitfaden öffnen; er liegt unter %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start here.&lt;/b&gt; The &lt;b&gt;Sandbox&lt;/b&gt; profile talks to a simulated Twilio and Auth0 tenant on this computer: nothing is sent anywhere. &lt;a href=&quot;tenant&quot;&gt;Tenant&lt;/a&gt;: how the tenant sends MFA text messages · &lt;a href=&quot;run&quot;&gt;Run&lt;/a&gt;: send a test SMS and watch it arrive · &lt;a href=&quot;hook&quot;&gt;Hook code&lt;/a&gt;: edit, run and deploy the Action · &lt;a href=&quot;checklist&quot;&gt;Checklist&lt;/a&gt;: when a text does not arrive.</source>
        <translation>&lt;b&gt;Hier beginnen.&lt;/b&gt; Das Profil &lt;b&gt;Sandbox&lt;/b&gt; spricht mit einem simulierten Twilio und Auth0-Tenant auf diesem Computer: Es wird nichts irgendwohin gesendet. &lt;a href=&quot;tenant&quot;&gt;Tenant&lt;/a&gt;: wie der Tenant MFA-SMS sendet · &lt;a href=&quot;run&quot;&gt;Ausführen&lt;/a&gt;: eine Test-SMS senden und ihre Ankunft verfolgen · &lt;a href=&quot;hook&quot;&gt;Hook-Code&lt;/a&gt;: die Action bearbeiten, ausführen und bereitstellen · &lt;a href=&quot;checklist&quot;&gt;Checkliste&lt;/a&gt;: wenn eine SMS nicht ankommt.</translation>
    </message>
    <message>
        <source>About SMS Hook Console</source>
        <translation>Über SMS Hook Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMS Hook Console %1&lt;/h3&gt;&lt;p&gt;Set up and check the Twilio configuration of Auth0 Send Phone Message hooks.&lt;/p&gt;&lt;p&gt;Secret values are stored only in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMS Hook Console %1&lt;/h3&gt;&lt;p&gt;Twilio-Konfiguration von Auth0-Send-Phone-Message-Hooks einrichten und prüfen.&lt;/p&gt;&lt;p&gt;Secret-Werte werden nur im Schlüsselbund des Systems gespeichert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Zeigen</translation>
    </message>
</context>
<context>
    <name>MessageLookup</name>
    <message>
        <source>There is nothing to look up: the recipient or the time of the send is unknown.</source>
        <translation>Es gibt nichts nachzuschlagen: Der Empfänger oder die Zeit des Versands ist unbekannt.</translation>
    </message>
</context>
<context>
    <name>MfaErrors</name>
    <message>
        <source>Auth0 says: %1</source>
        <translation>Auth0 meldet: %1</translation>
    </message>
    <message>
        <source>The tenant signed the test user in without asking for a second factor, so no text message was sent.</source>
        <translation>Der Tenant hat den Testbenutzer ohne zweiten Faktor angemeldet, daher wurde keine SMS gesendet.</translation>
    </message>
    <message>
        <source>In the Auth0 Dashboard open Security &gt; Multi-factor Auth, turn on Phone Message and set Require Multi-factor Auth to Always (or require it in a post-login Action).</source>
        <translation>Öffnen Sie im Auth0 Dashboard Security &gt; Multi-factor Auth, aktivieren Sie Phone Message und setzen Sie Require Multi-factor Auth auf Always (oder verlangen Sie es in einer Post-Login-Action).</translation>
    </message>
    <message>
        <source>Run the test again: a login whose answer was lost cannot be told apart from one that failed.</source>
        <translation>Führen Sie den Test erneut aus: Eine Anmeldung, deren Antwort verloren ging, lässt sich nicht von einer fehlgeschlagenen unterscheiden.</translation>
    </message>
    <message>
        <source>The test application may not use this grant (%1).</source>
        <translation>Die Testanwendung darf diesen Grant nicht verwenden (%1).</translation>
    </message>
    <message>
        <source>In %1 tick Password and MFA (OOB), then Save; or let the console set up its own test application.</source>
        <translation>Aktivieren Sie in %1 Password und MFA (OOB) und dann Save; oder lassen Sie die Konsole ihre eigene Testanwendung einrichten.</translation>
    </message>
    <message>
        <source>The test user&apos;s database connection is not enabled for the test application.</source>
        <translation>Die Datenbankverbindung des Testbenutzers ist für die Testanwendung nicht aktiviert.</translation>
    </message>
    <message>
        <source>In the Auth0 Dashboard open Authentication &gt; Database &gt; the connection &gt; Applications and enable the test application.</source>
        <translation>Öffnen Sie im Auth0 Dashboard Authentication &gt; Database &gt; die Verbindung &gt; Applications und aktivieren Sie die Testanwendung.</translation>
    </message>
    <message>
        <source>The test user already has an MFA factor; Auth0 enrols another one only after a challenge of the first.</source>
        <translation>Der Testbenutzer hat bereits einen MFA-Faktor; Auth0 registriert einen weiteren erst nach einer Challenge des ersten.</translation>
    </message>
    <message>
        <source>Run the test again: the console challenges the enrolled phone.</source>
        <translation>Führen Sie den Test erneut aus: Die Konsole fordert das registrierte Telefon heraus.</translation>
    </message>
    <message>
        <source>Auth0 refused the test application&apos;s client ID and secret.</source>
        <translation>Auth0 hat Client-ID und Client-Secret der Testanwendung abgelehnt.</translation>
    </message>
    <message>
        <source>Copy the client secret of the test application again (Auth0 Dashboard &gt; Applications &gt; the application &gt; Settings) into the keychain entry @AUTH0_TEST_CLIENT_SECRET, or let the console set its own up.</source>
        <translation>Kopieren Sie das Client-Secret der Testanwendung erneut (Auth0 Dashboard &gt; Applications &gt; die Anwendung &gt; Settings) in den Schlüsselbundeintrag @AUTH0_TEST_CLIENT_SECRET, oder lassen Sie die Konsole ihre eigene einrichten.</translation>
    </message>
    <message>
        <source>Auth0 has blocked the test user after too many attempts.</source>
        <translation>Auth0 hat den Testbenutzer nach zu vielen Versuchen gesperrt.</translation>
    </message>
    <message>
        <source>Unblock the user in Auth0 Dashboard &gt; User Management &gt; Users &gt; the user, or wait for the block to lift.</source>
        <translation>Entsperren Sie den Benutzer unter Auth0 Dashboard &gt; User Management &gt; Users &gt; der Benutzer, oder warten Sie, bis die Sperre aufgehoben wird.</translation>
    </message>
    <message>
        <source>The code expired before it was typed (Auth0 keeps it 5 minutes).</source>
        <translation>Der Code ist abgelaufen, bevor er eingegeben wurde (Auth0 hält ihn 5 Minuten).</translation>
    </message>
    <message>
        <source>Run the test again and type the new code sooner.</source>
        <translation>Führen Sie den Test erneut aus und geben Sie den neuen Code schneller ein.</translation>
    </message>
    <message>
        <source>The MFA transaction expired (Auth0 keeps its mfa_token 10 minutes).</source>
        <translation>Die MFA-Transaktion ist abgelaufen (Auth0 hält ihr mfa_token 10 Minuten).</translation>
    </message>
    <message>
        <source>Run the test again.</source>
        <translation>Führen Sie den Test erneut aus.</translation>
    </message>
    <message>
        <source>Auth0 does not offer an SMS challenge for this user.</source>
        <translation>Auth0 bietet für diesen Benutzer keine SMS-Challenge an.</translation>
    </message>
    <message>
        <source>In the Auth0 Dashboard open Security &gt; Multi-factor Auth and turn on Phone Message with SMS.</source>
        <translation>Öffnen Sie im Auth0 Dashboard Security &gt; Multi-factor Auth und aktivieren Sie Phone Message mit SMS.</translation>
    </message>
    <message>
        <source>The test user has no active phone to challenge.</source>
        <translation>Der Testbenutzer hat kein aktives Telefon für eine Challenge.</translation>
    </message>
    <message>
        <source>Run the test again: the console enrols the test phone first.</source>
        <translation>Führen Sie den Test erneut aus: Die Konsole registriert zuerst das Testtelefon.</translation>
    </message>
    <message>
        <source>Auth0 refused the test user&apos;s name or password.</source>
        <translation>Auth0 hat Name oder Passwort des Testbenutzers abgelehnt.</translation>
    </message>
    <message>
        <source>Check the user name and the connection, and put the user&apos;s password into the keychain entry @AUTH0_TEST_USER_PASSWORD again.</source>
        <translation>Prüfen Sie Benutzername und Verbindung und legen Sie das Passwort des Benutzers erneut im Schlüsselbundeintrag @AUTH0_TEST_USER_PASSWORD ab.</translation>
    </message>
    <message>
        <source>Auth0 refused the code that was typed: it is not the one it sent.</source>
        <translation>Auth0 hat den eingegebenen Code abgelehnt: Es ist nicht der, den es gesendet hat.</translation>
    </message>
    <message>
        <source>Type the code of the newest text message, exactly as it arrived.</source>
        <translation>Geben Sie den Code der neuesten SMS genau so ein, wie er angekommen ist.</translation>
    </message>
    <message>
        <source>Auth0 rejected the login.</source>
        <translation>Auth0 hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <source>Auth0 refused the step: %1</source>
        <translation>Auth0 hat den Schritt abgelehnt: %1</translation>
    </message>
    <message>
        <source>Auth0 still asks for the second factor: the code was not accepted.</source>
        <translation>Auth0 verlangt weiterhin den zweiten Faktor: Der Code wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Type the code of the newest text message.</source>
        <translation>Geben Sie den Code der neuesten SMS ein.</translation>
    </message>
    <message>
        <source>No code was sent with the login.</source>
        <translation>Mit der Anmeldung wurde kein Code gesendet.</translation>
    </message>
    <message>
        <source>Type the code the text message brought.</source>
        <translation>Geben Sie den Code ein, den die SMS gebracht hat.</translation>
    </message>
    <message>
        <source>Auth0 does not accept the MFA token of this login (%1).</source>
        <translation>Auth0 akzeptiert das MFA-Token dieser Anmeldung nicht (%1).</translation>
    </message>
    <message>
        <source>Run the test again: every step must use the same test application.</source>
        <translation>Führen Sie den Test erneut aus: Jeder Schritt muss dieselbe Testanwendung verwenden.</translation>
    </message>
    <message>
        <source>Auth0 refused the step (%1, HTTP %2).</source>
        <translation>Auth0 hat den Schritt abgelehnt (%1, HTTP %2).</translation>
    </message>
    <message>
        <source>Correct what Auth0 names and run the test again.</source>
        <translation>Korrigieren Sie, was Auth0 nennt, und führen Sie den Test erneut aus.</translation>
    </message>
</context>
<context>
    <name>MfaRemovalPlan</name>
    <message>
        <source>Delete the user %1 (DELETE /api/v2/users/%1).</source>
        <translation>Den Benutzer %1 löschen (DELETE /api/v2/users/%1).</translation>
    </message>
    <message>
        <source>Delete the application %1 (DELETE /api/v2/clients/%1).</source>
        <translation>Die Anwendung %1 löschen (DELETE /api/v2/clients/%1).</translation>
    </message>
</context>
<context>
    <name>MfaRequests</name>
    <message>
        <source>Test application: name the client ID of the application the test user signs in to, or let the console set one up.</source>
        <translation>Testanwendung: Nennen Sie die Client-ID der Anwendung, bei der sich der Testbenutzer anmeldet, oder lassen Sie die Konsole eine einrichten.</translation>
    </message>
    <message>
        <source>Test application: its client secret is not in the keychain (@AUTH0_TEST_CLIENT_SECRET); set it, or let the console set the test application up.</source>
        <translation>Testanwendung: Ihr Client-Secret ist nicht im Schlüsselbund (@AUTH0_TEST_CLIENT_SECRET); setzen Sie es oder lassen Sie die Konsole die Testanwendung einrichten.</translation>
    </message>
    <message>
        <source>Test user: name the user (e-mail or user name) that signs in, or let the console set one up.</source>
        <translation>Testbenutzer: Nennen Sie den Benutzer (E-Mail oder Benutzername), der sich anmeldet, oder lassen Sie die Konsole einen einrichten.</translation>
    </message>
    <message>
        <source>Test user: the password is not in the keychain (@AUTH0_TEST_USER_PASSWORD); set it, or let the console set the test user up.</source>
        <translation>Testbenutzer: Das Passwort ist nicht im Schlüsselbund (@AUTH0_TEST_USER_PASSWORD); setzen Sie es oder lassen Sie die Konsole den Testbenutzer einrichten.</translation>
    </message>
    <message>
        <source>Test user: name the database connection the user belongs to (for example Username-Password-Authentication).</source>
        <translation>Testbenutzer: Nennen Sie die Datenbankverbindung, zu der der Benutzer gehört (zum Beispiel Username-Password-Authentication).</translation>
    </message>
    <message>
        <source>MFA token: sign in first; Auth0 gives the token with its mfa_required answer.</source>
        <translation>MFA-Token: Melden Sie sich zuerst an; Auth0 gibt das Token mit seiner mfa_required-Antwort.</translation>
    </message>
    <message>
        <source>Phone number: enter the test phone in E.164 form, such as +14155552671 (&quot;%1&quot; is not).</source>
        <translation>Telefonnummer: Geben Sie das Testtelefon im E.164-Format ein, etwa +14155552671 („%1“ ist es nicht).</translation>
    </message>
    <message>
        <source>Authenticator: list the user&apos;s authenticators first and pick its SMS one.</source>
        <translation>Authenticator: Listen Sie zuerst die Authenticators des Benutzers auf und wählen Sie den für SMS.</translation>
    </message>
    <message>
        <source>OOB code: ask for a challenge (or enrol) first; Auth0 answers it with the oob_code.</source>
        <translation>OOB-Code: Fordern Sie zuerst eine Challenge an (oder registrieren Sie); Auth0 antwortet mit dem oob_code.</translation>
    </message>
    <message>
        <source>Code: type the code the text message brought.</source>
        <translation>Code: Geben Sie den Code ein, den die SMS gebracht hat.</translation>
    </message>
</context>
<context>
    <name>MfaSetupJob</name>
    <message>
        <source>Forgot the test application and user named for profile &quot;%1&quot;; the tenant keeps them (the console did not create them).</source>
        <translation>Testanwendung und -benutzer für Profil „%1“ vergessen; der Tenant behält sie (die Konsole hat sie nicht angelegt).</translation>
    </message>
    <message>
        <source>The console&apos;s application may not %1: it lacks %2. %3</source>
        <translation>Die Anwendung der Konsole darf nicht %1: Ihr fehlt %2. %3</translation>
    </message>
    <message>
        <source>remove the MFA test&apos;s application and user</source>
        <translation>die Anwendung und den Benutzer des MFA-Tests entfernen</translation>
    </message>
    <message>
        <source>set up the MFA test&apos;s application and user</source>
        <translation>die Anwendung und den Benutzer des MFA-Tests einrichten</translation>
    </message>
    <message>
        <source>The tenant has no database connection for the test user. In the Auth0 Dashboard open Authentication &gt; Database and create one, then try again.</source>
        <translation>Der Tenant hat keine Datenbankverbindung für den Testbenutzer. Öffnen Sie im Auth0 Dashboard Authentication &gt; Database, legen Sie eine an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Auth0 created the application but sent back no client ID or secret.</source>
        <translation>Auth0 hat die Anwendung angelegt, aber keine Client-ID oder kein Client-Secret zurückgegeben.</translation>
    </message>
    <message>
        <source>Done before the failure: %1</source>
        <translation>Vor dem Fehler erledigt: %1</translation>
    </message>
</context>
<context>
    <name>MfaSetupPlan</name>
    <message>
        <source>Create the application &quot;%1&quot; (POST /api/v2/clients): a regular web application with the grant types %2, authenticating with its client secret.</source>
        <translation>Die Anwendung „%1“ anlegen (POST /api/v2/clients): eine Regular Web Application mit den Grant-Typen %2, die sich mit ihrem Client-Secret authentifiziert.</translation>
    </message>
    <message>
        <source>Enable the connection &quot;%1&quot; (%2) for that application (PATCH /api/v2/connections/%2/clients).</source>
        <translation>Die Verbindung „%1“ (%2) für diese Anwendung aktivieren (PATCH /api/v2/connections/%2/clients).</translation>
    </message>
    <message>
        <source>Create the user %1 in &quot;%2&quot; (POST /api/v2/users), e-mail marked verified, with a random password.</source>
        <translation>Den Benutzer %1 in „%2“ anlegen (POST /api/v2/users), E-Mail als verifiziert markiert, mit einem zufälligen Passwort.</translation>
    </message>
</context>
<context>
    <name>MfaSetupRequests</name>
    <message>
        <source>Test application: &quot;%1&quot; is not a client ID.</source>
        <translation>Testanwendung: „%1“ ist keine Client-ID.</translation>
    </message>
    <message>
        <source>Test application: it needs a name.</source>
        <translation>Testanwendung: Sie braucht einen Namen.</translation>
    </message>
    <message>
        <source>Made by SMS Hook Console to test MFA text messages; remove it from the console.</source>
        <translation>Von SMS Hook Console zum Testen von MFA-SMS angelegt; entfernen Sie sie über die Konsole.</translation>
    </message>
    <message>
        <source>Connection: &quot;%1&quot; is not a connection id.</source>
        <translation>Verbindung: „%1“ ist keine Verbindungs-ID.</translation>
    </message>
    <message>
        <source>Test user: no password to set.</source>
        <translation>Testbenutzer: kein Passwort zum Setzen.</translation>
    </message>
    <message>
        <source>Test user: &quot;%1&quot; is not a user id.</source>
        <translation>Testbenutzer: „%1“ ist keine Benutzer-ID.</translation>
    </message>
</context>
<context>
    <name>MfaTestJob</name>
    <message numerus="yes">
        <source>No code was typed within %n second(s) of the text being sent.</source>
        <translation>
            <numerusform>Innerhalb von %n Sekunde nach dem Senden der SMS wurde kein Code eingegeben.</numerusform>
            <numerusform>Innerhalb von %n Sekunden nach dem Senden der SMS wurde kein Code eingegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the Twilio message below and the tenant log for why it did not arrive, then run the test again.</source>
        <translation>Prüfen Sie die Twilio-Nachricht unten und das Tenant-Protokoll, warum sie nicht ankam, und führen Sie den Test dann erneut aus.</translation>
    </message>
    <message>
        <source>Check the set-up</source>
        <translation>Einrichtung prüfen</translation>
    </message>
    <message>
        <source>Recipient: enter the test phone in E.164 form, such as +14155552671 (&quot;%1&quot; is not).</source>
        <translation>Empfänger: Geben Sie das Testtelefon im E.164-Format ein, etwa +14155552671 („%1“ ist es nicht).</translation>
    </message>
    <message>
        <source>The MFA test has no test application and user.</source>
        <translation>Der MFA-Test hat keine Testanwendung und keinen Testbenutzer.</translation>
    </message>
    <message>
        <source>Name an existing test application and user, or let the console set up its own (sms-hook-cli auth0 test-mfa --setup, or Set up on the Tenant page).</source>
        <translation>Nennen Sie eine vorhandene Testanwendung und einen Testbenutzer, oder lassen Sie die Konsole eigene einrichten (sms-hook-cli auth0 test-mfa --setup oder „Einrichten“ auf der Seite „Tenant“).</translation>
    </message>
    <message>
        <source>The tenant would not send the text through the Action: %1</source>
        <translation>Der Tenant würde die SMS nicht über die Action senden: %1</translation>
    </message>
    <message>
        <source>The tenant has no application with the client ID %1.</source>
        <translation>Der Tenant hat keine Anwendung mit der Client-ID %1.</translation>
    </message>
    <message>
        <source>Name the test application&apos;s client ID again, or let the console set up its own.</source>
        <translation>Nennen Sie die Client-ID der Testanwendung erneut, oder lassen Sie die Konsole ihre eigene einrichten.</translation>
    </message>
    <message>
        <source>The test application lacks the grant type %1.</source>
        <translation>Der Testanwendung fehlt der Grant-Typ %1.</translation>
    </message>
    <message>
        <source>In Auth0 Dashboard &gt; Applications &gt; the test application &gt; Settings &gt; Advanced Settings &gt; Grant Types tick Password and MFA, then Save.</source>
        <translation>Aktivieren Sie unter Auth0 Dashboard &gt; Applications &gt; die Testanwendung &gt; Settings &gt; Advanced Settings &gt; Grant Types die Optionen Password und MFA und dann Save.</translation>
    </message>
    <message>
        <source>The tenant sends MFA texts through the Action (its connection and grant types not checked: the token lacks read:clients / read:connections).</source>
        <translation>Der Tenant sendet MFA-SMS über die Action (Verbindung und Grant-Typen nicht geprüft: Dem Token fehlen read:clients / read:connections).</translation>
    </message>
    <message>
        <source>The tenant has no database connection named &quot;%1&quot;.</source>
        <translation>Der Tenant hat keine Datenbankverbindung namens „%1“.</translation>
    </message>
    <message>
        <source>Name the test user&apos;s database connection again.</source>
        <translation>Nennen Sie die Datenbankverbindung des Testbenutzers erneut.</translation>
    </message>
    <message>
        <source>Connection not checked.</source>
        <translation>Verbindung nicht geprüft.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is not enabled for the test application.</source>
        <translation>Die Verbindung „%1“ ist für die Testanwendung nicht aktiviert.</translation>
    </message>
    <message>
        <source>In Auth0 Dashboard &gt; Authentication &gt; Database &gt; %1 &gt; Applications enable the test application.</source>
        <translation>Aktivieren Sie unter Auth0 Dashboard &gt; Authentication &gt; Database &gt; %1 &gt; Applications die Testanwendung.</translation>
    </message>
    <message>
        <source>The tenant sends MFA texts through the Action; the test application has its grant types and its connection.</source>
        <translation>Der Tenant sendet MFA-SMS über die Action; die Testanwendung hat ihre Grant-Typen und ihre Verbindung.</translation>
    </message>
    <message>
        <source>Sign the test user in (password-realm)</source>
        <translation>Den Testbenutzer anmelden (password-realm)</translation>
    </message>
    <message>
        <source>Auth0 asked for the second factor (mfa_required).</source>
        <translation>Auth0 hat den zweiten Faktor verlangt (mfa_required).</translation>
    </message>
    <message>
        <source>List the user&apos;s authenticators</source>
        <translation>Die Authenticators des Benutzers auflisten</translation>
    </message>
    <message>
        <source>No phone enrolled: the test phone is enrolled first.</source>
        <translation>Kein Telefon registriert: Das Testtelefon wird zuerst registriert.</translation>
    </message>
    <message>
        <source>The test user&apos;s phone is enrolled as %1: the code would go there, not to %2.</source>
        <translation>Das Telefon des Testbenutzers ist als %1 registriert: Der Code ginge dorthin, nicht an %2.</translation>
    </message>
    <message>
        <source>Test with that number, or delete the user&apos;s MFA enrolment (Auth0 Dashboard &gt; User Management &gt; Users &gt; the user &gt; Multi-factor Authentication) so that the test enrols %1.</source>
        <translation>Testen Sie mit dieser Nummer, oder löschen Sie die MFA-Registrierung des Benutzers (Auth0 Dashboard &gt; User Management &gt; Users &gt; der Benutzer &gt; Multi-factor Authentication), damit der Test %1 registriert.</translation>
    </message>
    <message>
        <source>Phone enrolled: %1.</source>
        <translation>Telefon registriert: %1.</translation>
    </message>
    <message>
        <source>Enrol the test phone (associate, SMS)</source>
        <translation>Das Testtelefon registrieren (associate, SMS)</translation>
    </message>
    <message>
        <source>Challenge the phone (SMS)</source>
        <translation>Challenge an das Telefon senden (SMS)</translation>
    </message>
    <message>
        <source>Auth0 is texting a code to %1.</source>
        <translation>Auth0 sendet einen Code per SMS an %1.</translation>
    </message>
    <message>
        <source>Wait for the code that arrived</source>
        <translation>Auf den angekommenen Code warten</translation>
    </message>
    <message>
        <source>Open the Action&apos;s execution in the timeline, fix the code and deploy it again (Hook code page &gt; Deploy).</source>
        <translation>Öffnen Sie die Ausführung der Action im Verlauf, korrigieren Sie den Code und stellen Sie ihn erneut bereit (Seite „Hook-Code“ &gt; Bereitstellen).</translation>
    </message>
    <message>
        <source>Twilio %1: %2 %3</source>
        <translation>Twilio %1: %2 %3</translation>
    </message>
    <message>
        <source>Auth0 could not send the text (%1): %2</source>
        <translation>Auth0 konnte die SMS nicht senden (%1): %2</translation>
    </message>
    <message>
        <source>Typed %1.</source>
        <translation>%1 eingegeben.</translation>
    </message>
    <message>
        <source>Complete the login (mfa-oob)</source>
        <translation>Die Anmeldung abschließen (mfa-oob)</translation>
    </message>
    <message>
        <source>Auth0 completed the login with the code (tokens issued, not kept).</source>
        <translation>Auth0 hat die Anmeldung mit dem Code abgeschlossen (Tokens ausgestellt, nicht behalten).</translation>
    </message>
    <message>
        <source>Auth0 answered without tokens.</source>
        <translation>Auth0 hat ohne Tokens geantwortet.</translation>
    </message>
    <message>
        <source>Auth0 answered the login without tokens.</source>
        <translation>Auth0 hat die Anmeldung ohne Tokens beantwortet.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Follow the Twilio message</source>
        <translation>Die Twilio-Nachricht verfolgen</translation>
    </message>
    <message>
        <source>The profile has no Twilio credentials to read the message with.</source>
        <translation>Das Profil hat keine Twilio-Zugangsdaten, um die Nachricht zu lesen.</translation>
    </message>
    <message>
        <source>Twilio has no message to %1 since the test started: the Action sent none with the profile&apos;s account.</source>
        <translation>Twilio hat seit Beginn des Tests keine Nachricht an %1: Die Action hat mit dem Konto des Profils keine gesendet.</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s log events back</source>
        <translation>Die Protokollereignisse des Tenants zurücklesen</translation>
    </message>
    <message>
        <source>The token lacks read:logs; grant it to see Auth0&apos;s log events here.</source>
        <translation>Dem Token fehlt read:logs; gewähren Sie es, um die Protokollereignisse von Auth0 hier zu sehen.</translation>
    </message>
    <message>
        <source>No log event for the test user yet.</source>
        <translation>Noch kein Protokollereignis für den Testbenutzer.</translation>
    </message>
    <message>
        <source>Send a test message through the phone provider</source>
        <translation>Eine Testnachricht über den Telefonanbieter senden</translation>
    </message>
    <message>
        <source>Auth0 accepted the test message (%1): %2</source>
        <translation>Auth0 hat die Testnachricht angenommen (%1): %2</translation>
    </message>
</context>
<context>
    <name>MfaTestPanel</name>
    <message>
        <source>Signs the test user in through Auth0&apos;s Authentication API, as a login would, and completes MFA with the code the text brought; then follows the Twilio message and reads the tenant&apos;s log back.</source>
        <translation>Meldet den Testbenutzer über die Authentication API von Auth0 an, wie es eine Anmeldung täte, und schließt MFA mit dem Code aus der SMS ab; verfolgt dann die Twilio-Nachricht und liest das Protokoll des Tenants zurück.</translation>
    </message>
    <message>
        <source>Test &amp;phone:</source>
        <translation>Test&amp;telefon:</translation>
    </message>
    <message>
        <source>the phone that receives the code, e.g. +14155552671</source>
        <translation>das Telefon, das den Code erhält, z. B. +14155552671</translation>
    </message>
    <message>
        <source>Test &amp;application:</source>
        <translation>Test&amp;anwendung:</translation>
    </message>
    <message>
        <source>client ID of an application with the Password and MFA grants</source>
        <translation>Client-ID einer Anwendung mit den Grants Password und MFA</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-S&amp;ecret:</translation>
    </message>
    <message>
        <source>Test &amp;user:</source>
        <translation>Test&amp;benutzer:</translation>
    </message>
    <message>
        <source>e-mail or user name of a user with SMS MFA</source>
        <translation>E-Mail oder Benutzername eines Benutzers mit SMS-MFA</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>Verbi&amp;ndung:</translation>
    </message>
    <message>
        <source>Username-Password-Authentication</source>
        <translation>Username-Password-Authentication</translation>
    </message>
    <message>
        <source>Set &amp;up…</source>
        <translation>&amp;Einrichten…</translation>
    </message>
    <message>
        <source>Create the console&apos;s own test application and user in the tenant (what will be written is shown first)</source>
        <translation>Die eigene Testanwendung und den eigenen Testbenutzer der Konsole im Tenant anlegen (was geschrieben wird, wird zuerst gezeigt)</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Delete the test application and user the console created, and forget the settings</source>
        <translation>Die von der Konsole angelegte Testanwendung und den Testbenutzer löschen und die Einstellungen vergessen</translation>
    </message>
    <message>
        <source>Read the code from the simulated &amp;handset</source>
        <translation>Den Code vom simulierten &amp;Handy lesen</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>&amp;Testnachricht senden</translation>
    </message>
    <message>
        <source>Ask Auth0 to send the phone provider&apos;s test message to the test phone (Unified Phone Experience)</source>
        <translation>Auth0 bitten, die Testnachricht des Telefonanbieters an das Testtelefon zu senden (Unified Phone Experience)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Run the test</source>
        <translation>Test &amp;ausführen</translation>
    </message>
    <message>
        <source>Co&amp;de that arrived:</source>
        <translation>Angekommener Co&amp;de:</translation>
    </message>
    <message>
        <source>e.g. 123456</source>
        <translation>z. B. 123456</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>Ab&amp;senden</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>The code that was sent, the Twilio message with its statuses, the tenant&apos;s log events and how the login ended appear here.</source>
        <translation>Der gesendete Code, die Twilio-Nachricht mit ihren Status, die Protokollereignisse des Tenants und wie die Anmeldung endete, erscheinen hier.</translation>
    </message>
    <message>
        <source>in the keychain; type a new one to replace it</source>
        <translation>im Schlüsselbund; geben Sie ein neues ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>kept only in the system keychain</source>
        <translation>nur im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Test phone: %1</source>
        <translation>Testtelefon: %1</translation>
    </message>
    <message>
        <source>%1 · %2: a text message does not reach a landline.</source>
        <translation>%1 · %2: Eine SMS erreicht kein Festnetz.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Create or pick a profile on the Secrets page.</source>
        <translation>Legen Sie auf der Seite „Secrets“ ein Profil an oder wählen Sie eines.</translation>
    </message>
    <message>
        <source>Connect the profile to its tenant first (above).</source>
        <translation>Verbinden Sie das Profil zuerst mit seinem Tenant (oben).</translation>
    </message>
    <message>
        <source>Test phone: enter the phone that should receive the code.</source>
        <translation>Testtelefon: Geben Sie das Telefon ein, das den Code erhalten soll.</translation>
    </message>
    <message>
        <source>Test application: enter its client ID, or press Set up to let the console create one.</source>
        <translation>Testanwendung: Geben Sie ihre Client-ID ein oder drücken Sie „Einrichten“, damit die Konsole eine anlegt.</translation>
    </message>
    <message>
        <source>Test user: enter the user&apos;s e-mail or user name, or press Set up.</source>
        <translation>Testbenutzer: Geben Sie E-Mail oder Benutzernamen des Benutzers ein oder drücken Sie „Einrichten“.</translation>
    </message>
    <message>
        <source>Client secret: enter the test application&apos;s client secret (Auth0 Dashboard &gt; Applications &gt; the application &gt; Settings).</source>
        <translation>Client-Secret: Geben Sie das Client-Secret der Testanwendung ein (Auth0 Dashboard &gt; Applications &gt; die Anwendung &gt; Settings).</translation>
    </message>
    <message>
        <source>Password: enter the test user&apos;s password.</source>
        <translation>Passwort: Geben Sie das Passwort des Testbenutzers ein.</translation>
    </message>
    <message>
        <source>Ask Auth0 to send the phone provider&apos;s test message to the test phone</source>
        <translation>Auth0 bitten, die Testnachricht des Telefonanbieters an das Testtelefon zu senden</translation>
    </message>
    <message>
        <source>The tenant has no enabled phone provider</source>
        <translation>Der Tenant hat keinen aktivierten Telefonanbieter</translation>
    </message>
    <message>
        <source>Storing the test credentials in the keychain…</source>
        <translation>Die Testzugangsdaten werden im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>The keychain could not store the test credentials: %1 %2</source>
        <translation>Der Schlüsselbund konnte die Testzugangsdaten nicht speichern: %1 %2</translation>
    </message>
    <message>
        <source>Testing the MFA flow of %1 with %2…</source>
        <translation>Der MFA-Ablauf von %1 wird mit %2 getestet…</translation>
    </message>
    <message>
        <source>The simulated handset of %1 reads the code once Twilio delivers it…</source>
        <translation>Das simulierte Handy von %1 liest den Code, sobald Twilio ihn zustellt…</translation>
    </message>
    <message>
        <source>The simulated handset received %1 in message %2.</source>
        <translation>Das simulierte Handy hat %1 in Nachricht %2 erhalten.</translation>
    </message>
    <message>
        <source>Auth0 is texting a code to %1: type it here.</source>
        <translation>Auth0 sendet einen Code per SMS an %1: Geben Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>Completing the login with %1…</source>
        <translation>Die Anmeldung wird mit %1 abgeschlossen…</translation>
    </message>
    <message>
        <source>Reading what the set-up needs from %1…</source>
        <translation>Was die Einrichtung braucht, wird von %1 gelesen…</translation>
    </message>
    <message>
        <source>Set up the MFA test</source>
        <translation>Den MFA-Test einrichten</translation>
    </message>
    <message>
        <source>Write this to %1?</source>
        <translation>Dies in %1 schreiben?</translation>
    </message>
    <message>
        <source>The application&apos;s client secret and the user&apos;s password are kept in the keychain (%1).</source>
        <translation>Das Client-Secret der Anwendung und das Passwort des Benutzers werden im Schlüsselbund gespeichert (%1).</translation>
    </message>
    <message>
        <source>Write to the tenant</source>
        <translation>In den Tenant schreiben</translation>
    </message>
    <message>
        <source>Nothing was written to the tenant.</source>
        <translation>Es wurde nichts in den Tenant geschrieben.</translation>
    </message>
    <message>
        <source>Set up: %1</source>
        <translation>Eingerichtet: %1</translation>
    </message>
    <message>
        <source>The console created no test application or user for &quot;%1&quot;: nothing is deleted in the tenant. Forget the test settings and the keychain entries?</source>
        <translation>Die Konsole hat für „%1“ keine Testanwendung und keinen Testbenutzer angelegt: Im Tenant wird nichts gelöscht. Die Testeinstellungen und Schlüsselbundeinträge vergessen?</translation>
    </message>
    <message>
        <source>Delete from %1 what the console created for the MFA test?</source>
        <translation>Aus %1 löschen, was die Konsole für den MFA-Test angelegt hat?</translation>
    </message>
    <message>
        <source>The test settings and keychain entries are forgotten too.</source>
        <translation>Die Testeinstellungen und Schlüsselbundeinträge werden ebenfalls vergessen.</translation>
    </message>
    <message>
        <source>Remove the MFA test</source>
        <translation>Den MFA-Test entfernen</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Removing the MFA test&apos;s application and user…</source>
        <translation>Anwendung und Benutzer des MFA-Tests werden entfernt…</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Entfernt: %1</translation>
    </message>
    <message>
        <source>the test settings.</source>
        <translation>die Testeinstellungen.</translation>
    </message>
    <message>
        <source>Send a test message through the phone provider</source>
        <translation>Eine Testnachricht über den Telefonanbieter senden</translation>
    </message>
    <message>
        <source>Auth0 accepted the test message to %1 through its &quot;%2&quot; provider (%3): %4</source>
        <translation>Auth0 hat die Testnachricht an %1 über seinen Anbieter „%2“ angenommen (%3): %4</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Auth0 answered HTTP %1: %2 (%3)</source>
        <translation>Auth0 hat HTTP %1 geantwortet: %2 (%3)</translation>
    </message>
    <message>
        <source>Tenant mode: %1 · path: %2 · test phone: %3</source>
        <translation>Tenant-Modus: %1 · Pfad: %2 · Testtelefon: %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Code sent:</source>
        <translation>Gesendeter Code:</translation>
    </message>
    <message>
        <source>Auth0 could not send the text: %1</source>
        <translation>Auth0 konnte die SMS nicht senden: %1</translation>
    </message>
    <message>
        <source>Twilio message</source>
        <translation>Twilio-Nachricht</translation>
    </message>
    <message>
        <source>No Twilio message was found.</source>
        <translation>Es wurde keine Twilio-Nachricht gefunden.</translation>
    </message>
    <message>
        <source> (error %1)</source>
        <translation> (Fehler %1)</translation>
    </message>
    <message>
        <source>Auth0 log events of the test user</source>
        <translation>Auth0-Protokollereignisse des Testbenutzers</translation>
    </message>
    <message>
        <source>None read.</source>
        <translation>Keine gelesen.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source> (failure %1: %2)</source>
        <translation> (Fehlschlag %1: %2)</translation>
    </message>
    <message>
        <source>The Action &quot;%1&quot; failed (%2): %3</source>
        <translation>Die Action „%1“ ist fehlgeschlagen (%2): %3</translation>
    </message>
    <message>
        <source>MFA test steps</source>
        <translation>Schritte des MFA-Tests</translation>
    </message>
    <message>
        <source>Outcome of the MFA test</source>
        <translation>Ergebnis des MFA-Tests</translation>
    </message>
</context>
<context>
    <name>MfaTimeline</name>
    <message>
        <source>Twilio message %1: %2</source>
        <translation>Twilio-Nachricht %1: %2</translation>
    </message>
    <message>
        <source>Auth0 log %1  %2  %3</source>
        <translation>Auth0-Protokoll %1  %2  %3</translation>
    </message>
    <message>
        <source>The login completed with the code that arrived.</source>
        <translation>Die Anmeldung wurde mit dem angekommenen Code abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Undelivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Verification sent (%1)</source>
        <translation>Verifizierung gesendet (%1)</translation>
    </message>
    <message>
        <source>Reported delivered to a landline</source>
        <translation>An ein Festnetz als zugestellt gemeldet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Sent, no delivery receipt</source>
        <translation>Gesendet, keine Zustellbestätigung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rejected by Twilio (%1)</source>
        <translation>Von Twilio abgelehnt (%1)</translation>
    </message>
    <message>
        <source>Rejected by Twilio (HTTP %1)</source>
        <translation>Von Twilio abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>Not sent: Twilio was not reached</source>
        <translation>Nicht gesendet: Twilio wurde nicht erreicht</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Not sent: check the input</source>
        <translation>Nicht gesendet: Prüfen Sie die Eingabe</translation>
    </message>
    <message>
        <source>Not sent: keychain unavailable</source>
        <translation>Nicht gesendet: Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>Not sent: delivery log unavailable</source>
        <translation>Nicht gesendet: Zustellprotokoll nicht verfügbar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Twilio accepted the message but could not send it.</source>
        <translation>Twilio hat die Nachricht angenommen, konnte sie aber nicht senden.</translation>
    </message>
    <message>
        <source>Twilio sent the message, but the carrier did not deliver it.</source>
        <translation>Twilio hat die Nachricht gesendet, aber der Netzbetreiber hat sie nicht zugestellt.</translation>
    </message>
    <message>
        <source>Twilio refused the request: nothing was sent.</source>
        <translation>Twilio hat die Anfrage abgelehnt: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The request never reached Twilio, so nothing was sent and sending again is safe once the connection works.</source>
        <translation>Die Anfrage hat Twilio nie erreicht, daher wurde nichts gesendet, und erneutes Senden ist sicher, sobald die Verbindung funktioniert.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The request may have reached Twilio: check its message log before sending again.</source>
        <translation>Die Anfrage hat Twilio möglicherweise erreicht: Prüfen Sie dessen Nachrichtenprotokoll, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>Verify accepted the code and sends its own text with it.</source>
        <translation>Verify hat den Code angenommen und sendet ihn mit einem eigenen Text.</translation>
    </message>
    <message>
        <source>The carrier reported it delivered, but this is a landline: it cannot show a text message.</source>
        <translation>Der Netzbetreiber hat sie als zugestellt gemeldet, aber dies ist ein Festnetzanschluss: Er kann keine SMS anzeigen.</translation>
    </message>
    <message>
        <source>The carrier confirmed delivery to the handset.</source>
        <translation>Der Netzbetreiber hat die Zustellung an das Gerät bestätigt.</translation>
    </message>
    <message>
        <source>Twilio handed the message to the carrier; no delivery receipt came back.</source>
        <translation>Twilio hat die Nachricht an den Netzbetreiber übergeben; es kam keine Zustellbestätigung zurück.</translation>
    </message>
    <message>
        <source>Accepted by Twilio; waiting for a final status.</source>
        <translation>Von Twilio angenommen; warte auf einen endgültigen Status.</translation>
    </message>
    <message>
        <source>The request never reached Twilio: nothing was sent, and sending again is safe.</source>
        <translation>Die Anfrage hat Twilio nie erreicht: Es wurde nichts gesendet, und erneutes Senden ist sicher.</translation>
    </message>
    <message>
        <source>Cancelled before a final answer.</source>
        <translation>Vor einer endgültigen Antwort abgebrochen.</translation>
    </message>
    <message>
        <source>— (Twilio refused the request with error %1: no message was created)</source>
        <translation>— (Twilio hat die Anfrage mit Fehler %1 abgelehnt: Es wurde keine Nachricht erstellt)</translation>
    </message>
    <message>
        <source>— (Twilio refused the request: no message was created)</source>
        <translation>— (Twilio hat die Anfrage abgelehnt: Es wurde keine Nachricht erstellt)</translation>
    </message>
    <message>
        <source>— (Twilio was not reached: no message was created)</source>
        <translation>— (Twilio wurde nicht erreicht: Es wurde keine Nachricht erstellt)</translation>
    </message>
    <message>
        <source>— (cancelled before Twilio answered)</source>
        <translation>— (abgebrochen, bevor Twilio antwortete)</translation>
    </message>
    <message>
        <source>— (no answer from Twilio)</source>
        <translation>— (keine Antwort von Twilio)</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>This is not a phone number. Use digits in E.164 form, for example %1.</source>
        <translation>Dies ist keine Telefonnummer. Verwenden Sie Ziffern im E.164-Format, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an extension, and a text message cannot reach an extension. Remove it and give the number of a mobile phone, for example %2.</source>
        <translation>„%1“ ist eine Durchwahl, und eine SMS kann keine Durchwahl erreichen. Entfernen Sie sie und geben Sie die Nummer eines Mobiltelefons an, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>A number cannot start with -: start it with + and the country code, for example %1.</source>
        <translation>Eine Nummer kann nicht mit - beginnen: Beginnen Sie mit + und der Ländervorwahl, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of a phone number: write digits only. Letters on a keypad stand for digits; write the digits they stand for, for example %2.</source>
        <translation>„%1“ gehört nicht zu einer Telefonnummer: Schreiben Sie nur Ziffern. Buchstaben auf einer Tastatur stehen für Ziffern; schreiben Sie die Ziffern, für die sie stehen, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>A + goes only at the start of the number, before the country code, for example %1.</source>
        <translation>Ein + steht nur am Anfang der Nummer, vor der Ländervorwahl, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of a phone number: use digits, spaces, ( ) - . and a + at the start, for example %2.</source>
        <translation>„%1“ gehört nicht zu einer Telefonnummer: Verwenden Sie Ziffern, Leerzeichen, ( ) - . und ein + am Anfang, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>Mobilfunk</translation>
    </message>
    <message>
        <source>fixed line</source>
        <translation>Festnetz</translation>
    </message>
    <message>
        <source>fixed line or mobile</source>
        <translation>Festnetz oder Mobilfunk</translation>
    </message>
    <message>
        <source>toll free</source>
        <translation>gebührenfrei</translation>
    </message>
    <message>
        <source>premium rate</source>
        <translation>Premium-Rate</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>geteilte Kosten</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>persönliche Nummer</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>universal access number</source>
        <translation>universelle Zugangsnummer</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>Mailbox</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
    <message>
        <source>Enter a phone number in E.164 form, for example +14155552671.</source>
        <translation>Geben Sie eine Telefonnummer im E.164-Format ein, zum Beispiel +14155552671.</translation>
    </message>
    <message>
        <source>No country has the code that follows the + in %1. Check the digits after the +: the country code comes first (1 for the US and Canada, 44 for the UK), for example %2.</source>
        <translation>Kein Land hat die Vorwahl, die in %1 auf das + folgt. Prüfen Sie die Ziffern nach dem +: Zuerst kommt die Ländervorwahl (1 für die USA und Kanada, 44 für das Vereinigte Königreich), zum Beispiel %2.</translation>
    </message>
    <message>
        <source>Start the number with + and its country code (E.164, for example %1), or set a default region in the profile.</source>
        <translation>Beginnen Sie die Nummer mit + und ihrer Ländervorwahl (E.164, zum Beispiel %1), oder legen Sie im Profil eine Standardregion fest.</translation>
    </message>
    <message>
        <source>The country code is not valid. Write the number in E.164 form: + then the country code and the number, for example %1.</source>
        <translation>Die Ländervorwahl ist ungültig. Schreiben Sie die Nummer im E.164-Format: + dann die Ländervorwahl und die Nummer, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>This is not a phone number. Use digits in E.164 form, for example +14155552671.</source>
        <translation>Dies ist keine Telefonnummer. Verwenden Sie Ziffern im E.164-Format, zum Beispiel +14155552671.</translation>
    </message>
    <message>
        <source>The number is too short. Check the digits and write it in E.164 form, for example +14155552671.</source>
        <translation>Die Nummer ist zu kurz. Prüfen Sie die Ziffern und schreiben Sie sie im E.164-Format, zum Beispiel +14155552671.</translation>
    </message>
    <message>
        <source>The number is too long. E.164 numbers have at most 15 digits.</source>
        <translation>Die Nummer ist zu lang. E.164-Nummern haben höchstens 15 Ziffern.</translation>
    </message>
    <message>
        <source>%1 is not a valid number in its country&apos;s numbering plan. Check the digits and the country code.</source>
        <translation>%1 ist im Nummerierungsplan seines Landes keine gültige Nummer. Prüfen Sie die Ziffern und die Ländervorwahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number: read with the default region %2 it is %3, which is not in that country&apos;s numbering plan. Check the digits, or write the number in E.164 form with its country code, for example %4.</source>
        <translation>„%1“ ist keine gültige Nummer: Mit der Standardregion %2 gelesen ist es %3, was nicht im Nummerierungsplan dieses Landes liegt. Prüfen Sie die Ziffern oder schreiben Sie die Nummer im E.164-Format mit ihrer Ländervorwahl, zum Beispiel %4.</translation>
    </message>
    <message>
        <source>%1 is a %2 number; an SMS to it will not arrive. Use a mobile number.</source>
        <translation>%1 ist eine Nummer vom Typ %2; eine SMS an sie kommt nicht an. Verwenden Sie eine Mobilnummer.</translation>
    </message>
</context>
<context>
    <name>PhoneProviderTryJob</name>
    <message>
        <source>%1 has no enabled phone provider to send a test message through. In the Auth0 Dashboard &gt; Branding &gt; Phone Provider choose Custom and save (or deploy the Action from the Hook code page, which sets it up).</source>
        <translation>%1 hat keinen aktivierten Telefonanbieter, über den eine Testnachricht gesendet werden kann. Wählen Sie im Auth0 Dashboard &gt; Branding &gt; Phone Provider die Option Custom und speichern Sie (oder stellen Sie die Action über die Seite „Hook-Code“ bereit, die das einrichtet).</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>ProfileRules</name>
    <message>
        <source>Profile name: enter a name, for example &quot;Production&quot;.</source>
        <translation>Profilname: Geben Sie einen Namen ein, zum Beispiel „Produktion“.</translation>
    </message>
    <message>
        <source>Profile name: remove the spaces at the start or end.</source>
        <translation>Profilname: Entfernen Sie die Leerzeichen am Anfang oder Ende.</translation>
    </message>
    <message numerus="yes">
        <source>Profile name: at most %n character(s).</source>
        <translation>
            <numerusform>Profilname: höchstens %n Zeichen.</numerusform>
            <numerusform>Profilname: höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile name: do not use /, \ or control characters.</source>
        <translation>Profilname: Verwenden Sie weder /, \ noch Steuerzeichen.</translation>
    </message>
    <message>
        <source>%1: enter a full URL such as https://api.twilio.com.</source>
        <translation>%1: Geben Sie eine vollständige URL ein, etwa https://api.twilio.com.</translation>
    </message>
    <message>
        <source>%1: plain http is only allowed for a loopback host (the sandbox); use https://%2.</source>
        <translation>%1: Einfaches http ist nur für einen Loopback-Host (die Sandbox) erlaubt; verwenden Sie https://%2.</translation>
    </message>
    <message>
        <source>%1: use an https:// URL.</source>
        <translation>%1: Verwenden Sie eine https://-URL.</translation>
    </message>
    <message>
        <source>%1: do not put credentials in the URL; they belong in the secrets.</source>
        <translation>%1: Setzen Sie keine Zugangsdaten in die URL; sie gehören in die Secrets.</translation>
    </message>
    <message>
        <source>%1: remove the query or fragment from the URL.</source>
        <translation>%1: Entfernen Sie Query oder Fragment aus der URL.</translation>
    </message>
    <message>
        <source>Default region: &quot;%1&quot; is not a known region; use a two-letter country code such as US or GB, or leave it empty.</source>
        <translation>Standardregion: „%1“ ist keine bekannte Region; verwenden Sie einen zweibuchstabigen Ländercode wie US oder GB, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Auth0 domain: enter the tenant&apos;s domain, for example acme.us.auth0.com (Auth0 Dashboard &gt; Applications &gt; your application &gt; Settings &gt; Domain).</source>
        <translation>Auth0-Domain: Geben Sie die Domain des Tenants ein, zum Beispiel acme.us.auth0.com (Auth0 Dashboard &gt; Applications &gt; Ihre Anwendung &gt; Settings &gt; Domain).</translation>
    </message>
    <message>
        <source>Auth0 domain: enter only the host name, such as acme.us.auth0.com, without https:// or a path.</source>
        <translation>Auth0-Domain: Geben Sie nur den Hostnamen ein, etwa acme.us.auth0.com, ohne https:// oder Pfad.</translation>
    </message>
    <message>
        <source>Auth0 domain: &quot;%1&quot; is not a host name; use the form acme.us.auth0.com.</source>
        <translation>Auth0-Domain: „%1“ ist kein Hostname; verwenden Sie die Form acme.us.auth0.com.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The settings file %1 cannot be written: make its folder writable (and the file, if it exists), then try again.</source>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden: Machen Sie ihren Ordner (und die Datei, falls vorhanden) beschreibbar und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The settings file %1 is not readable as settings: move it aside and start again.</source>
        <translation>Die Einstellungsdatei %1 lässt sich nicht als Einstellungen lesen: Verschieben Sie sie und starten Sie neu.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Pick the profile on the Secrets page</source>
        <translation>Wählen Sie das Profil auf der Seite „Secrets“</translation>
    </message>
    <message>
        <source>API:</source>
        <translation>API:</translation>
    </message>
    <message>
        <source>Send the text with Programmable SMS (Messages), as Auth0&apos;s own Twilio provider does</source>
        <translation>Den Text mit Programmable SMS (Messages) senden, wie der eigene Twilio-Anbieter von Auth0</translation>
    </message>
    <message>
        <source>Programmable &amp;SMS</source>
        <translation>Programmable &amp;SMS</translation>
    </message>
    <message>
        <source>Start a Twilio Verify verification with the code as its CustomCode</source>
        <translation>Eine Twilio-Verify-Verifizierung mit dem Code als CustomCode starten</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testnachricht</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>TWILIO_PHONE_NUMBER of the profile (a number or a Messaging Service SID); set it on the Secrets page</source>
        <translation>TWILIO_PHONE_NUMBER des Profils (eine Nummer oder eine Messaging-Service-SID); legen Sie es auf der Seite „Secrets“ fest</translation>
    </message>
    <message>
        <source>The recipient, as the hook receives it; written in E.164 (+14155552671) or in the profile&apos;s default region</source>
        <translation>Der Empfänger, wie der Hook ihn erhält; in E.164 (+14155552671) oder in der Standardregion des Profils geschrieben</translation>
    </message>
    <message>
        <source>+14155552671</source>
        <translation>+14155552671</translation>
    </message>
    <message>
        <source>The fields of Auth0&apos;s hook context that shape the message</source>
        <translation>Die Felder des Hook-Kontexts von Auth0, die die Nachricht formen</translation>
    </message>
    <message>
        <source>Auth0 context:</source>
        <translation>Auth0-Kontext:</translation>
    </message>
    <message>
        <source>context.message_type: sms, or voice (Auth0 then writes the code as digits separated by dots, for speaking)</source>
        <translation>context.message_type: sms oder voice (Auth0 schreibt den Code dann als durch Punkte getrennte Ziffern, zum Vorlesen)</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Nachrichtentyp</translation>
    </message>
    <message>
        <source>context.action: enrollment (a new phone is enrolled) or authentication (a login)</source>
        <translation>context.action: enrollment (ein neues Telefon wird registriert) oder authentication (eine Anmeldung)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>context.language: the language of the login flow; sent to Verify as Locale</source>
        <translation>context.language: die Sprache des Anmeldeablaufs; wird an Verify als Locale gesendet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>en</source>
        <translation>en</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Anwendung:</translation>
    </message>
    <message>
        <source>The tenant&apos;s friendly name, which Auth0&apos;s default text names</source>
        <translation>Der Anzeigename des Tenants, den der Standardtext von Auth0 nennt</translation>
    </message>
    <message>
        <source>Tenant friendly name</source>
        <translation>Anzeigename des Tenants</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>context.code, the one-time code; Verify receives it as CustomCode</source>
        <translation>context.code, der Einmalcode; Verify erhält ihn als CustomCode</translation>
    </message>
    <message>
        <source>Make a new random 6-digit code</source>
        <translation>Einen neuen zufälligen 6-stelligen Code erzeugen</translation>
    </message>
    <message>
        <source>Write the body as Auth0&apos;s default template would, from the context and the code</source>
        <translation>Den Text so schreiben, wie ihn die Standardvorlage von Auth0 aus Kontext und Code bilden würde</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>The text as the hook sends it; characters outside GSM-7 are highlighted</source>
        <translation>Der Text, wie der Hook ihn sendet; Zeichen außerhalb von GSM-7 werden hervorgehoben</translation>
    </message>
    <message>
        <source>Count as Twilio does with Smart Encoding on: look-alike Unicode characters (curly quotes, long dashes) are sent as their GSM-7 equivalents</source>
        <translation>Wie Twilio mit aktivem Smart Encoding zählen: ähnlich aussehende Unicode-Zeichen (typografische Anführungszeichen, lange Striche) werden als ihre GSM-7-Entsprechungen gesendet</translation>
    </message>
    <message>
        <source>Count with Smart &amp;Encoding</source>
        <translation>Mit Smart &amp;Encoding zählen</translation>
    </message>
    <message>
        <source>Stop waiting; a message already accepted by Twilio is not recalled</source>
        <translation>Nicht mehr warten; eine bereits von Twilio angenommene Nachricht wird nicht zurückgerufen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Send a test message: what Twilio answers and each delivery status appear here.</source>
        <translation>Senden Sie eine Testnachricht: Die Antwort von Twilio und jeder Zustellstatus erscheinen hier.</translation>
    </message>
    <message>
        <source>Copy the SID, to look the message up in Twilio&apos;s console or logs</source>
        <translation>Die SID kopieren, um die Nachricht in der Twilio Console oder den Protokollen nachzuschlagen</translation>
    </message>
    <message>
        <source>C&amp;opy SID</source>
        <translation>SID k&amp;opieren</translation>
    </message>
    <message>
        <source>Look for the message in Twilio&apos;s message log (read only: nothing is sent again)</source>
        <translation>Die Nachricht im Nachrichtenprotokoll von Twilio suchen (nur lesend: Es wird nichts erneut gesendet)</translation>
    </message>
    <message>
        <source>&amp;Look it up</source>
        <translation>&amp;Nachschlagen</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segmente:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>What went wrong and what to do</source>
        <translation>Was schiefging und was zu tun ist</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>My App</source>
        <translation>Meine App</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>E.164: + then the country code and the number.</source>
        <translation>E.164: + dann die Ländervorwahl und die Nummer.</translation>
    </message>
    <message>
        <source>E.164, or a number of the profile&apos;s default region (%1).</source>
        <translation>E.164 oder eine Nummer der Standardregion des Profils (%1).</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>%1 the number in E.164, %2 its type (mobile, fixed line, ...), %3 its region (US)</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>UCS-2 because of: %1 (highlighted)</source>
        <extracomment>%1 lists the characters that are not in the GSM-7 alphabet</extracomment>
        <translation>UCS-2 wegen: %1 (hervorgehoben)</translation>
    </message>
    <message>
        <source>Not in the GSM-7 alphabet: the whole message is sent as UCS-2</source>
        <translation>Nicht im GSM-7-Alphabet: Die ganze Nachricht wird als UCS-2 gesendet</translation>
    </message>
    <message>
        <source>Verify sends its own text with the code: the body is not used.</source>
        <translation>Verify sendet einen eigenen Text mit dem Code: Der Text wird nicht verwendet.</translation>
    </message>
    <message>
        <source>Sent to Verify as CustomCode (4 to 10 digits)</source>
        <translation>An Verify als CustomCode gesendet (4 bis 10 Ziffern)</translation>
    </message>
    <message>
        <source>context.code, the one-time code in the text</source>
        <translation>context.code, der Einmalcode im Text</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>unknown: the keychain could not be read</source>
        <translation>unbekannt: Der Schlüsselbund konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>not set: set %1 on the Secrets page</source>
        <translation>nicht gesetzt: Setzen Sie %1 auf der Seite „Secrets“</translation>
    </message>
    <message>
        <source>%1 (Messaging Service)</source>
        <translation>%1 (Messaging Service)</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>kein Profil</translation>
    </message>
    <message>
        <source>TWILIO_VERIFY_SERVICE_SID of the profile; set it on the Secrets page</source>
        <translation>TWILIO_VERIFY_SERVICE_SID des Profils; legen Sie es auf der Seite „Secrets“ fest</translation>
    </message>
    <message>
        <source>&lt;b&gt;No profile.&lt;/b&gt; Create one on the Secrets page, with the hook&apos;s Twilio secrets: the Run page sends with them.</source>
        <translation>&lt;b&gt;Kein Profil.&lt;/b&gt; Legen Sie auf der Seite „Secrets“ eines mit den Twilio-Secrets des Hooks an: Die Seite „Ausführen“ sendet damit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing can be sent: the keychain could not be read.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;i&gt;%2&lt;/i&gt;&lt;br&gt;The Run page needs the profile&apos;s Twilio secrets (%3) from the keychain.</source>
        <translation>&lt;b&gt;Es kann nichts gesendet werden: Der Schlüsselbund konnte nicht gelesen werden.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;i&gt;%2&lt;/i&gt;&lt;br&gt;Die Seite „Ausführen“ braucht die Twilio-Secrets des Profils (%3) aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Profile &quot;%1&quot; is missing %2.&lt;/b&gt; Set it on the Secrets page, as in the hook&apos;s secrets.</source>
        <translation>&lt;b&gt;Profil „%1“ fehlt %2.&lt;/b&gt; Setzen Sie es auf der Seite „Secrets“, wie in den Secrets des Hooks.</translation>
    </message>
    <message>
        <source>No profile: create one on the Secrets page.</source>
        <translation>Kein Profil: Legen Sie auf der Seite „Secrets“ eines an.</translation>
    </message>
    <message>
        <source>The profile&apos;s secrets cannot be read from the keychain.</source>
        <translation>Die Secrets des Profils können nicht aus dem Schlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <source>Set %1 on the Secrets page.</source>
        <translation>Setzen Sie %1 auf der Seite „Secrets“.</translation>
    </message>
    <message>
        <source>To: enter the recipient&apos;s phone number.</source>
        <translation>An: Geben Sie die Telefonnummer des Empfängers ein.</translation>
    </message>
    <message>
        <source>Press Generate for a new one.</source>
        <translation>Drücken Sie „Erzeugen“ für einen neuen.</translation>
    </message>
    <message>
        <source>Reading the profile&apos;s secrets from the keychain…</source>
        <translation>Die Secrets des Profils werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Ready to verify %1.</source>
        <translation>Bereit, %1 zu verifizieren.</translation>
    </message>
    <message>
        <source>Ready to send to %1.</source>
        <translation>Bereit zum Senden an %1.</translation>
    </message>
    <message>
        <source>Reading the secrets from the keychain…</source>
        <translation>Die Secrets werden aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Starting the verification…</source>
        <translation>Die Verifizierung wird gestartet…</translation>
    </message>
    <message>
        <source>Sending to Twilio…</source>
        <translation>Wird an Twilio gesendet…</translation>
    </message>
    <message>
        <source>Accepted; following its delivery…</source>
        <translation>Angenommen; die Zustellung wird verfolgt…</translation>
    </message>
    <message>
        <source>%1 · %2 · +%3 s</source>
        <extracomment>a row of the status timeline: %1 Twilio&apos;s status, %2 the time, %3 seconds since Send</extracomment>
        <translation>%1 · %2 · +%3 s</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>Following delivery…</source>
        <translation>Zustellung wird verfolgt…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>The verification&apos;s SID</source>
        <translation>Die SID der Verifizierung</translation>
    </message>
    <message>
        <source>The message&apos;s SID</source>
        <translation>Die SID der Nachricht</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>set by Verify</source>
        <translation>von Verify festgelegt</translation>
    </message>
    <message>
        <source>per verification, in Twilio&apos;s console</source>
        <translation>pro Verifizierung, in der Twilio Console</translation>
    </message>
    <message>
        <source>— (not sent)</source>
        <extracomment>%1 the number of segments, %2 the encoding (GSM-7 or UCS-2)</extracomment>
        <translation>— (nicht gesendet)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>keine gemeldet</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>The lookup failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No such message in Twilio&apos;s log: it was most likely not created. Sending again is safe.</source>
        <translation>Keine solche Nachricht im Protokoll von Twilio: Sie wurde höchstwahrscheinlich nicht angelegt. Erneutes Senden ist sicher.</translation>
    </message>
    <message>
        <source>Found in Twilio&apos;s log: %1, status %2. It was sent: do not send again.</source>
        <translation>Im Protokoll von Twilio gefunden: %1, Status %2. Sie wurde gesendet: Senden Sie nicht erneut.</translation>
    </message>
    <message>
        <source>Auth0 &amp;text</source>
        <translation>Auth0-&amp;Text</translation>
    </message>
    <message>
        <source>Body: write the message, or press Auth0 text.</source>
        <translation>Text: Schreiben Sie die Nachricht oder drücken Sie „Auth0-Text“.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>The profile&apos;s attempts in the delivery log over the last 24 hours: how many, the share delivered, and the median time from queued to delivered</source>
        <translation>Die Versuche des Profils im Zustellprotokoll der letzten 24 Stunden: wie viele, der zugestellte Anteil und die mittlere Zeit von eingereiht bis zugestellt</translation>
    </message>
    <message>
        <source>Last 24 h: not known (%1)</source>
        <translation>Letzte 24 h: unbekannt (%1)</translation>
    </message>
    <message>
        <source>Last 24 h: no sends</source>
        <translation>Letzte 24 h: keine Sendungen</translation>
    </message>
    <message numerus="yes">
        <source>Last 24 h: %n send(s) · %1 delivered · median %2</source>
        <extracomment>%n sends, %1 the share delivered, %2 the median latency (or a dash)</extracomment>
        <translation>
            <numerusform>Letzte 24 h: %n Sendung · %1 zugestellt · Median %2</numerusform>
            <numerusform>Letzte 24 h: %n Sendungen · %1 zugestellt · Median %2</numerusform>
        </translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>A&amp;n:</translation>
    </message>
    <message>
        <source>Ge&amp;nerate</source>
        <translation>Erze&amp;ugen</translation>
    </message>
</context>
<context>
    <name>RunnerProcess</name>
    <message>
        <source>The runner (runner.js) is not in %1. Reinstall SMS Hook Console, or point SMSHOOK_RUNNER_DIR at its resources/runner folder.</source>
        <translation>Der Runner (runner.js) liegt nicht in %1. Installieren Sie SMS Hook Console neu oder lassen Sie SMSHOOK_RUNNER_DIR auf seinen Ordner resources/runner zeigen.</translation>
    </message>
    <message>
        <source>The runner&apos;s npm packages (Twilio&apos;s SDK) are not installed in %1. Run &quot;npm ci&quot; in that folder (scripts/dev.sh build does it).</source>
        <translation>Die npm-Pakete des Runners (das SDK von Twilio) sind in %1 nicht installiert. Führen Sie „npm ci“ in diesem Ordner aus (scripts/dev.sh build erledigt das).</translation>
    </message>
    <message>
        <source>The runner&apos;s channel could not be opened: %1</source>
        <translation>Der Kanal des Runners konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The runner&apos;s channel could not be opened.</source>
        <translation>Der Kanal des Runners konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>SandboxGate</name>
    <message>
        <source>The request&apos;s header is larger than %1 KiB.</source>
        <translation>Der Header der Anfrage ist größer als %1 KiB.</translation>
    </message>
    <message>
        <source>The request could not be read as HTTP/1.1.</source>
        <translation>Die Anfrage konnte nicht als HTTP/1.1 gelesen werden.</translation>
    </message>
    <message>
        <source>Send the request with a Content-Length; chunked bodies are not taken.</source>
        <translation>Senden Sie die Anfrage mit einer Content-Length; Chunked-Bodys werden nicht angenommen.</translation>
    </message>
    <message>
        <source>Request entity is larger than limits defined: %1 bytes, the limit is %2.</source>
        <translation>Request entity is larger than limits defined: %1 bytes, the limit is %2.</translation>
    </message>
</context>
<context>
    <name>SandboxProfile</name>
    <message>
        <source>A profile named &quot;%1&quot; already exists and is not the built-in sandbox profile; it was left unchanged. Rename it to use the built-in sandbox.</source>
        <translation>Ein Profil namens „%1“ existiert bereits und ist nicht das eingebaute Sandbox-Profil; es blieb unverändert. Benennen Sie es um, um die eingebaute Sandbox zu verwenden.</translation>
    </message>
</context>
<context>
    <name>SecretRules</name>
    <message>
        <source>This looks like an Account SID.</source>
        <translation>Dies sieht aus wie eine Account SID.</translation>
    </message>
    <message>
        <source>This looks like an API Key SID; the hook needs the Account SID and its Auth Token.</source>
        <translation>Dies sieht aus wie eine API-Key-SID; der Hook braucht die Account SID und ihr Auth Token.</translation>
    </message>
    <message>
        <source>This looks like a Messaging Service SID.</source>
        <translation>Dies sieht aus wie eine Messaging-Service-SID.</translation>
    </message>
    <message>
        <source>This looks like a Verify service SID.</source>
        <translation>Dies sieht aus wie eine Verify-Service-SID.</translation>
    </message>
    <message>
        <source>This looks like a phone number SID; use the number itself.</source>
        <translation>Dies sieht aus wie die SID einer Telefonnummer; verwenden Sie die Nummer selbst.</translation>
    </message>
    <message>
        <source>Twilio Account SID (AC followed by 32 hex digits), from the Twilio Console.</source>
        <translation>Twilio Account SID (AC gefolgt von 32 Hexziffern), aus der Twilio Console.</translation>
    </message>
    <message>
        <source>Twilio Auth Token (32 hex digits), shown next to the Account SID.</source>
        <translation>Twilio Auth Token (32 Hexziffern), neben der Account SID angezeigt.</translation>
    </message>
    <message>
        <source>Sending number in E.164 form (+14155552671) or a Messaging Service SID (MG...).</source>
        <translation>Absendernummer im E.164-Format (+14155552671) oder eine Messaging-Service-SID (MG...).</translation>
    </message>
    <message>
        <source>Twilio Verify service SID (VA followed by 32 hex digits), for the Verify hook.</source>
        <translation>Twilio-Verify-Service-SID (VA gefolgt von 32 Hexziffern), für den Verify-Hook.</translation>
    </message>
    <message>
        <source>Secret name: enter a name, for example TWILIO_API_KEY.</source>
        <translation>Secret-Name: Geben Sie einen Namen ein, zum Beispiel TWILIO_API_KEY.</translation>
    </message>
    <message numerus="yes">
        <source>Secret name: at most %n character(s); shorten the name.</source>
        <translation>
            <numerusform>Secret-Name: höchstens %n Zeichen; kürzen Sie den Namen.</numerusform>
            <numerusform>Secret-Name: höchstens %n Zeichen; kürzen Sie den Namen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret name &quot;%1&quot;: must not start with a digit; start it with a letter or _.</source>
        <translation>Secret-Name „%1“: darf nicht mit einer Ziffer beginnen; beginnen Sie mit einem Buchstaben oder _.</translation>
    </message>
    <message>
        <source>Secret name &quot;%1&quot;: use only letters A-Z, digits and _ (the hook reads it as context.webtask.secrets.NAME).</source>
        <translation>Secret-Name „%1“: Verwenden Sie nur die Buchstaben A-Z, Ziffern und _ (der Hook liest ihn als context.webtask.secrets.NAME).</translation>
    </message>
    <message>
        <source>%1: enter a value, or delete the secret.</source>
        <translation>%1: Geben Sie einen Wert ein oder löschen Sie das Secret.</translation>
    </message>
    <message>
        <source>%1: the value contains a NUL character; paste it again.</source>
        <translation>%1: Der Wert enthält ein NUL-Zeichen; fügen Sie ihn erneut ein.</translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n character(s).</source>
        <translation>
            <numerusform>%1: höchstens %n Zeichen.</numerusform>
            <numerusform>%1: höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: remove the spaces before or after the value.</source>
        <translation>%1: Entfernen Sie die Leerzeichen vor oder nach dem Wert.</translation>
    </message>
    <message>
        <source>%1: expected AC followed by 32 hex digits (34 characters), as shown under Account Info in the Twilio Console.</source>
        <translation>%1: erwartet wird AC gefolgt von 32 Hexziffern (34 Zeichen), wie unter Account Info in der Twilio Console angezeigt.</translation>
    </message>
    <message>
        <source>%1: this is the Account SID; paste the Auth Token (32 hex digits) shown next to it in the Twilio Console.</source>
        <translation>%1: Dies ist die Account SID; fügen Sie das Auth Token (32 Hexziffern) ein, das in der Twilio Console daneben angezeigt wird.</translation>
    </message>
    <message numerus="yes">
        <source>%1: expected 32 hex digits, as shown (after Show) under Account Info in the Twilio Console. This value has %n character(s).</source>
        <translation>
            <numerusform>%1: erwartet werden 32 Hexziffern, wie (nach „Show“) unter Account Info in der Twilio Console angezeigt. Dieser Wert hat %n Zeichen.</numerusform>
            <numerusform>%1: erwartet werden 32 Hexziffern, wie (nach „Show“) unter Account Info in der Twilio Console angezeigt. Dieser Wert hat %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: expected VA followed by 32 hex digits, from Verify &gt; Services in the Twilio Console.</source>
        <translation>%1: erwartet wird VA gefolgt von 32 Hexziffern, aus Verify &gt; Services in der Twilio Console.</translation>
    </message>
    <message>
        <source>%1: a Messaging Service SID is MG followed by 32 hex digits; copy it again from Messaging &gt; Services.</source>
        <translation>%1: Eine Messaging-Service-SID ist MG gefolgt von 32 Hexziffern; kopieren Sie sie erneut aus Messaging &gt; Services.</translation>
    </message>
    <message>
        <source>%1: write the number in E.164 form: %2 (no spaces, dashes or brackets).</source>
        <translation>%1: Schreiben Sie die Nummer im E.164-Format: %2 (ohne Leerzeichen, Bindestriche oder Klammern).</translation>
    </message>
    <message>
        <source>%1: %2 is a fixed-line number; Twilio can only send SMS from an SMS-capable number.</source>
        <translation>%1: %2 ist eine Festnetznummer; Twilio kann SMS nur von einer SMS-fähigen Nummer senden.</translation>
    </message>
    <message numerus="yes">
        <source>A hook holds at most %1 secrets; delete %n of them.</source>
        <translation>
            <numerusform>Ein Hook hat höchstens %1 Secrets; löschen Sie %n davon.</numerusform>
            <numerusform>Ein Hook hat höchstens %1 Secrets; löschen Sie %n davon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom secret: a name of letters A-Z, digits and _, read by the code as context.webtask.secrets.NAME (an Action: event.secrets.NAME).</source>
        <translation>Benutzerdefiniertes Secret: ein Name aus den Buchstaben A-Z, Ziffern und _, vom Code als context.webtask.secrets.NAME gelesen (eine Action: event.secrets.NAME).</translation>
    </message>
    <message>
        <source>Custom secret, read by the code as context.webtask.secrets.%1 (an Action: event.secrets.%1).</source>
        <translation>Benutzerdefiniertes Secret, vom Code als context.webtask.secrets.%1 gelesen (eine Action: event.secrets.%1).</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>profile %1 does not exist</source>
        <translation>Profil %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>SecretsJob</name>
    <message>
        <source>the console closed before the keychain answered</source>
        <translation>Die Konsole wurde geschlossen, bevor der Schlüsselbund geantwortet hat</translation>
    </message>
</context>
<context>
    <name>SecretsPage</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>The hook configuration you are editing</source>
        <translation>Die Hook-Konfiguration, die Sie bearbeiten</translation>
    </message>
    <message>
        <source>Create a new, empty profile</source>
        <translation>Ein neues, leeres Profil anlegen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Rename this profile, moving its secrets</source>
        <translation>Dieses Profil umbenennen und seine Secrets mitnehmen</translation>
    </message>
    <message>
        <source>Copy this profile and its secrets under a new name</source>
        <translation>Dieses Profil und seine Secrets unter einem neuen Namen kopieren</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplizieren…</translation>
    </message>
    <message>
        <source>Delete this profile and remove its secrets from the keychain</source>
        <translation>Dieses Profil löschen und seine Secrets aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>Noch kein Profil</translation>
    </message>
    <message>
        <source>A profile holds one Auth0 hook&apos;s Twilio settings and secrets: the Account SID, the Auth Token and the sending number. Secret values are kept in the system keychain only.
Click New Profile to add your first one.</source>
        <translation>Ein Profil enthält die Twilio-Einstellungen und -Secrets eines Auth0-Hooks: die Account SID, das Auth Token und die Absendernummer. Secret-Werte werden nur im Schlüsselbund des Systems gespeichert.
Klicken Sie auf „Neues Profil“, um Ihr erstes anzulegen.</translation>
    </message>
    <message>
        <source>New &amp;Profile…</source>
        <translation>Neues &amp;Profil…</translation>
    </message>
    <message>
        <source>Profile settings</source>
        <translation>Profileinstellungen</translation>
    </message>
    <message>
        <source>&amp;API base URL:</source>
        <translation>&amp;API-Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Verify base URL:</source>
        <translation>&amp;Verify-Basis-URL:</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Add a custom secret, read by the hook as context.webtask.secrets.NAME</source>
        <translation>Ein benutzerdefiniertes Secret hinzufügen, vom Hook als context.webtask.secrets.NAME gelesen</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Discard unsaved changes and read the secrets from the keychain again</source>
        <translation>Ungespeicherte Änderungen verwerfen und die Secrets erneut aus dem Schlüsselbund lesen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Write the changed secrets to the keychain and save the profile settings</source>
        <translation>Die geänderten Secrets in den Schlüsselbund schreiben und die Profileinstellungen speichern</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>Den Wert anzeigen</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has unsaved changes.</source>
        <translation>Profil „%1“ hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Save them to the keychain before leaving?</source>
        <translation>Vor dem Verlassen im Schlüsselbund speichern?</translation>
    </message>
    <message>
        <source>Some values are not valid, so they cannot be saved. Discard the changes, or cancel to correct them.</source>
        <translation>Einige Werte sind ungültig und können daher nicht gespeichert werden. Verwerfen Sie die Änderungen, oder brechen Sie ab, um sie zu korrigieren.</translation>
    </message>
    <message>
        <source>Profile name: &quot;%1&quot; already exists; choose another name.</source>
        <translation>Profilname: „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>Name des neuen Profils:</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; created.</source>
        <translation>Profil „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>New name for profile &quot;%1&quot;:</source>
        <translation>Neuer Name für Profil „%1“:</translation>
    </message>
    <message>
        <source>Renaming profile &quot;%1&quot;…</source>
        <translation>Profil „%1“ wird umbenannt…</translation>
    </message>
    <message>
        <source>The profile could not be renamed.</source>
        <translation>Das Profil konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>Duplicate Profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>Name of the copy of profile &quot;%1&quot;:</source>
        <translation>Name der Kopie von Profil „%1“:</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>Copying profile &quot;%1&quot;…</source>
        <translation>Profil „%1“ wird kopiert…</translation>
    </message>
    <message>
        <source>The profile could not be duplicated.</source>
        <translation>Das Profil konnte nicht dupliziert werden.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete profile &quot;%1&quot;?</source>
        <translation>Profil „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its settings are deleted and its secrets removed from the keychain. Unsaved changes are lost. This cannot be undone.</source>
        <translation>Seine Einstellungen werden gelöscht und seine Secrets aus dem Schlüsselbund entfernt. Ungespeicherte Änderungen gehen verloren. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleting profile &quot;%1&quot;…</source>
        <translation>Profil „%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>The profile could not be deleted.</source>
        <translation>Das Profil konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The name of a known secret cannot be changed.</source>
        <translation>Der Name eines bekannten Secrets kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Letters, digits and _; the hook reads context.webtask.secrets.NAME.</source>
        <translation>Buchstaben, Ziffern und _; der Hook liest context.webtask.secrets.NAME.</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>Den Wert ausblenden</translation>
    </message>
    <message>
        <source>&amp;Clear Value</source>
        <translation>Wert &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Delete Secret</source>
        <translation>Secret &amp;löschen</translation>
    </message>
    <message>
        <source>Clear this value; it is removed from the keychain on save.</source>
        <translation>Diesen Wert leeren; er wird beim Speichern aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Delete this custom secret; it is removed from the keychain on save.</source>
        <translation>Dieses benutzerdefinierte Secret löschen; es wird beim Speichern aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>Verify base URL</source>
        <translation>Verify-Basis-URL</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Saving secrets to the keychain…</source>
        <translation>Secrets werden im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Saving failed. Your changes are kept (marked Changed); save again once the problem is fixed.</source>
        <translation>Speichern fehlgeschlagen. Ihre Änderungen bleiben erhalten (als „Geändert“ markiert); speichern Sie erneut, sobald das Problem behoben ist.</translation>
    </message>
    <message>
        <source>Saved to the keychain.</source>
        <translation>Im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Looks right. Save to store it in the keychain.</source>
        <translation>Sieht richtig aus. Speichern Sie, um es im Schlüsselbund abzulegen.</translation>
    </message>
    <message>
        <source>%1 will be removed from the keychain on save.</source>
        <translation>%1 wird beim Speichern aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>A hook holds at most %n secret(s).</source>
        <translation>
            <numerusform>Ein Hook hat höchstens %n Secret.</numerusform>
            <numerusform>Ein Hook hat höchstens %n Secrets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two-letter country code used for numbers typed without +, for example US or GB. Not set: every number must start with + and its country code.</source>
        <translation>Zweibuchstabiger Ländercode für Nummern, die ohne + eingegeben werden, zum Beispiel US oder GB. Nicht gesetzt: Jede Nummer muss mit + und ihrer Ländervorwahl beginnen.</translation>
    </message>
    <message>
        <source>not set</source>
        <comment>an empty default region</comment>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <extracomment>the one-click fix of a secret&apos;s value, e.g. &quot;Use +15005550006&quot;</extracomment>
        <translation>%1 &amp;verwenden</translation>
    </message>
    <message>
        <source>%1 · at most %2 per hook</source>
        <extracomment>%1 how many secrets have a value, e.g. &quot;2 secrets set&quot;; %2 Auth0&apos;s limit</extracomment>
        <translation>%1 · höchstens %2 pro Hook</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) set</source>
        <translation>
            <numerusform>%n Secret gesetzt</numerusform>
            <numerusform>%n Secrets gesetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>The value could not be read from the keychain.</source>
        <translation>Der Wert konnte nicht aus dem Schlüsselbund gelesen werden.</translation>
    </message>
    <message>
        <source>Saved in the keychain: show it, or type a new value</source>
        <translation>Im Schlüsselbund gespeichert: Zeigen Sie den Wert an oder geben Sie einen neuen ein</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Default reg&amp;ion:</source>
        <translation>Standard&amp;region:</translation>
    </message>
    <message>
        <source>Add Secre&amp;t</source>
        <translation>Secre&amp;t hinzufügen</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation>Nam&amp;e:</translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>SecretsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Secret name &quot;%1&quot;: already used; choose another name.</source>
        <translation>Secret-Name „%1“: bereits verwendet; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Unknown (keychain unavailable)</source>
        <translation>Unbekannt (Schlüsselbund nicht verfügbar)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Removed on save</source>
        <translation>Wird beim Speichern entfernt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Shown: hide it with the eye in the Value field</source>
        <translation>Angezeigt: Blenden Sie es mit dem Auge im Feld „Wert“ aus</translation>
    </message>
    <message>
        <source>Hidden: show it with the eye in the Value field</source>
        <translation>Ausgeblendet: Zeigen Sie es mit dem Auge im Feld „Wert“ an</translation>
    </message>
</context>
<context>
    <name>SegmentCalculator</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left in this segment</source>
        <translation>
            <numerusform>Noch %n Zeichen in diesem Segment</numerusform>
            <numerusform>Noch %n Zeichen in diesem Segment</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <extracomment>%1 is the segment count, %2 the encoding (GSM-7 or UCS-2), %3 the room left</extracomment>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>No text yet: 0 segments</source>
        <translation>Noch kein Text: 0 Segmente</translation>
    </message>
</context>
<context>
    <name>SendJob</name>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>no keychain is available to read the secrets from</source>
        <translation>Es ist kein Schlüsselbund verfügbar, aus dem die Secrets gelesen werden können</translation>
    </message>
    <message>
        <source>%1 is not set for profile &quot;%2&quot;: the Verify API needs the Verify service SID (VA...).</source>
        <translation>%1 ist für Profil „%2“ nicht gesetzt: Die Verify-API braucht die Verify-Service-SID (VA...).</translation>
    </message>
    <message>
        <source>%1 is not set for profile &quot;%2&quot;.</source>
        <translation>%1 ist für Profil „%2“ nicht gesetzt.</translation>
    </message>
    <message>
        <source>The attempt could not be written to the delivery log %1 (%2). Check the disk space and that no other program locks the file, or set SMSHOOK_LOG_PATH to another file; then send again.</source>
        <translation>Der Versuch konnte nicht in das Zustellprotokoll %1 geschrieben werden (%2). Prüfen Sie den Speicherplatz und ob kein anderes Programm die Datei sperrt, oder setzen Sie SMSHOOK_LOG_PATH auf eine andere Datei; senden Sie dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>No delivery receipt within %n second(s); many carriers send none. Ask the recipient whether it arrived.</source>
        <translation>
            <numerusform>Keine Zustellbestätigung innerhalb von %n Sekunde; viele Netzbetreiber senden keine. Fragen Sie den Empfänger, ob sie angekommen ist.</numerusform>
            <numerusform>Keine Zustellbestätigung innerhalb von %n Sekunden; viele Netzbetreiber senden keine. Fragen Sie den Empfänger, ob sie angekommen ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Twilio had accepted the message (%1); it goes on being delivered. Only following it stopped.</source>
        <translation>Twilio hatte die Nachricht angenommen (%1); sie wird weiter zugestellt. Nur das Verfolgen wurde beendet.</translation>
    </message>
    <message>
        <source>Only a message whose outcome is unknown can be looked up.</source>
        <translation>Nur eine Nachricht mit unbekanntem Ergebnis kann nachgeschlagen werden.</translation>
    </message>
    <message>
        <source>Message: enter the text to send.</source>
        <translation>Nachricht: Geben Sie den zu sendenden Text ein.</translation>
    </message>
    <message numerus="yes">
        <source>Message: Twilio accepts at most %1 characters (error 21617); this text has %n. Shorten it.</source>
        <translation>
            <numerusform>Nachricht: Twilio akzeptiert höchstens %1 Zeichen (Fehler 21617); dieser Text hat %n. Kürzen Sie ihn.</numerusform>
            <numerusform>Nachricht: Twilio akzeptiert höchstens %1 Zeichen (Fehler 21617); dieser Text hat %n. Kürzen Sie ihn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code: enter the code to send (the code Auth0 passes in the event).</source>
        <translation>Code: Geben Sie den zu sendenden Code ein (den Code, den Auth0 im Event übergibt).</translation>
    </message>
    <message numerus="yes">
        <source>Code: Verify takes a custom code of %1 to %2 characters; this one has %n.</source>
        <translation>
            <numerusform>Code: Verify nimmt einen benutzerdefinierten Code mit %1 bis %2 Zeichen; dieser hat %n.</numerusform>
            <numerusform>Code: Verify nimmt einen benutzerdefinierten Code mit %1 bis %2 Zeichen; dieser hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Twilio Verify accepted the code for %1 (verification %2, status %3).</source>
        <translation>Twilio Verify hat den Code für %1 angenommen (Verifizierung %2, Status %3).</translation>
    </message>
    <message>
        <source>Delivered to %1 (%2).</source>
        <translation>An %1 zugestellt (%2).</translation>
    </message>
    <message>
        <source>Twilio has the message for %1 (%2, status %3): the answer to the send was lost, and the message was found in Twilio&apos;s message log. Do not send it again.</source>
        <translation>Twilio hat die Nachricht für %1 (%2, Status %3): Die Antwort auf den Versand ging verloren, und die Nachricht wurde im Nachrichtenprotokoll von Twilio gefunden. Senden Sie sie nicht erneut.</translation>
    </message>
    <message>
        <source>Twilio accepted the message for %1 (%2, status %3).</source>
        <translation>Twilio hat die Nachricht für %1 angenommen (%2, Status %3).</translation>
    </message>
    <message>
        <source>Sent to %1 (%2), with no delivery receipt: many carriers send none. Ask the recipient whether it arrived.</source>
        <translation>An %1 gesendet (%2), ohne Zustellbestätigung: Viele Netzbetreiber senden keine. Fragen Sie den Empfänger, ob sie angekommen ist.</translation>
    </message>
    <message>
        <source>Not delivered to %1 (%2): status %3.</source>
        <translation>Nicht an %1 zugestellt (%2): Status %3.</translation>
    </message>
    <message>
        <source>Twilio error %1: %2</source>
        <translation>Twilio-Fehler %1: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Mehr: %1</translation>
    </message>
    <message>
        <source>Twilio accepted the message for %1 (%2), but it reached no final status in time (last: %3). Check the message log.</source>
        <translation>Twilio hat die Nachricht für %1 angenommen (%2), aber sie hat rechtzeitig keinen endgültigen Status erreicht (zuletzt: %3). Prüfen Sie das Nachrichtenprotokoll.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1 Check the message log for messages to %2 before sending again.</source>
        <translation>Ergebnis unbekannt: %1 Prüfen Sie das Nachrichtenprotokoll auf Nachrichten an %2, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>Nothing was sent. %1</source>
        <translation>Es wurde nichts gesendet. %1</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 %2</source>
        <translation>Es wurde nichts gesendet: %1 %2</translation>
    </message>
    <message>
        <source>Nothing was sent: every send is written to the delivery log before it goes out, and this one could not be. %1</source>
        <translation>Es wurde nichts gesendet: Jeder Versand wird vor dem Absenden in das Zustellprotokoll geschrieben, und dieser konnte es nicht. %1</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Abgebrochen, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled. %1 %2</source>
        <translation>Abgebrochen. %1 %2</translation>
    </message>
    <message>
        <source>Twilio refused the request and sent nothing. %1</source>
        <translation>Twilio hat die Anfrage abgelehnt und nichts gesendet. %1</translation>
    </message>
    <message>
        <source>Nothing was sent: Twilio was not reached, so it is safe to send again. %1</source>
        <translation>Es wurde nichts gesendet: Twilio wurde nicht erreicht, daher ist erneutes Senden sicher. %1</translation>
    </message>
</context>
<context>
    <name>SyncProgressText</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) imported</source>
        <translation>
            <numerusform>%n Nachricht importiert</numerusform>
            <numerusform>%n Nachrichten importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s)</source>
        <translation>
            <numerusform>%n neues Ereignis</numerusform>
            <numerusform>%n neue Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged with local sends</source>
        <translation>
            <numerusform>%n mit lokalen Sendungen zusammengeführt</numerusform>
            <numerusform>%n mit lokalen Sendungen zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched to a Twilio message</source>
        <translation>
            <numerusform>%n einer Twilio-Nachricht zugeordnet</numerusform>
            <numerusform>%n Twilio-Nachrichten zugeordnet</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 · %2 · %3</source>
        <extracomment>%1 the page number, %2 what it added, %3 what it linked (each with its count)</extracomment>
        <translation>Seite %1 · %2 · %3</translation>
    </message>
    <message>
        <source>(continued where the last run stopped)</source>
        <translation>(dort fortgesetzt, wo der letzte Lauf aufhörte)</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <extracomment>%1 what it added, %2 what it linked, %3 the pages read (each with its count)</extracomment>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n page(s); run again to continue where it stopped.</source>
        <translation>
            <numerusform>Nach %n Seite angehalten; erneut ausführen, um dort fortzufahren.</numerusform>
            <numerusform>Nach %n Seiten angehalten; erneut ausführen, um dort fortzufahren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateMenu</name>
    <message>
        <source>Action: send-phone-message (legacy MFA phone set-up)</source>
        <translation>Action: send-phone-message (alte MFA-Telefoneinrichtung)</translation>
    </message>
    <message>
        <source>Action: custom-phone-provider (Unified Phone Experience)</source>
        <translation>Action: custom-phone-provider (Unified Phone Experience)</translation>
    </message>
    <message>
        <source>Legacy hooks (Auth0 no longer runs them)</source>
        <translation>Alte Hooks (Auth0 führt sie nicht mehr aus)</translation>
    </message>
</context>
<context>
    <name>TenantChain</name>
    <message>
        <source>Auth0 asked</source>
        <translation>Auth0 hat angefragt</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (Benutzer %2)</translation>
    </message>
    <message>
        <source>Action ran</source>
        <translation>Action ausgeführt</translation>
    </message>
    <message>
        <source>execution id not logged</source>
        <translation>Ausführungs-ID nicht protokolliert</translation>
    </message>
    <message>
        <source>execution %1</source>
        <translation>Ausführung %1</translation>
    </message>
    <message>
        <source>%1, failed: %2 %3</source>
        <translation>%1, fehlgeschlagen: %2 %3</translation>
    </message>
    <message>
        <source>%1, sent</source>
        <translation>%1, gesendet</translation>
    </message>
    <message>
        <source>Twilio accepted</source>
        <translation>Von Twilio angenommen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>no SID</source>
        <translation>keine SID</translation>
    </message>
    <message>
        <source> (matched by number and time)</source>
        <translation> (über Nummer und Zeit zugeordnet)</translation>
    </message>
    <message>
        <source> (the SID the Action run recorded)</source>
        <translation> (die SID, die der Action-Lauf aufgezeichnet hat)</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Nicht zugestellt</translation>
    </message>
    <message>
        <source>%1: error %2 %3</source>
        <translation>%1: Fehler %2 %3</translation>
    </message>
    <message>
        <source>last status: %1</source>
        <translation>letzter Status: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no Twilio message found for %1 around this time</source>
        <translation>keine Twilio-Nachricht für %1 um diese Zeit gefunden</translation>
    </message>
    <message>
        <source>Twilio message with no Auth0 event: %1 to %2 at %3</source>
        <translation>Twilio-Nachricht ohne Auth0-Ereignis: %1 an %2 um %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Auth0 asked at %1</source>
        <translation>Auth0 hat um %1 angefragt</translation>
    </message>
    <message>
        <source>Action ran (%1)</source>
        <translation>Action ausgeführt (%1)</translation>
    </message>
    <message>
        <source>Twilio accepted (%1)</source>
        <translation>Von Twilio angenommen (%1)</translation>
    </message>
    <message>
        <source>no Twilio message found</source>
        <translation>keine Twilio-Nachricht gefunden</translation>
    </message>
    <message>
        <source>not delivered (%1)</source>
        <translation>nicht zugestellt (%1)</translation>
    </message>
    <message>
        <source>delivered at %1</source>
        <translation>zugestellt um %1</translation>
    </message>
    <message>
        <source>Auth0 sent, no Twilio message found: %1</source>
        <translation>Auth0 hat gesendet, keine Twilio-Nachricht gefunden: %1</translation>
    </message>
    <message>
        <source>Auth0 sent, Twilio message found</source>
        <translation>Auth0 hat gesendet, Twilio-Nachricht gefunden</translation>
    </message>
    <message>
        <source>Auth0 sent, no Twilio message found</source>
        <translation>Auth0 hat gesendet, keine Twilio-Nachricht gefunden</translation>
    </message>
    <message>
        <source>Twilio message with no Auth0 event</source>
        <translation>Twilio-Nachricht ohne Auth0-Ereignis</translation>
    </message>
    <message>
        <source>Auth0 event</source>
        <translation>Auth0-Ereignis</translation>
    </message>
    <message>
        <source>%1%2 ms</source>
        <translation>%1%2 ms</translation>
    </message>
    <message>
        <source>%1%2 s</source>
        <translation>%1%2 s</translation>
    </message>
</context>
<context>
    <name>TenantChainModel</name>
    <message>
        <source>never reached Twilio</source>
        <translation>hat Twilio nie erreicht</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Auth0 event</source>
        <translation>Auth0-Ereignis</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Twilio SID</source>
        <translation>Twilio SID</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Ask to last hop</source>
        <translation>Anfrage bis letzter Hop</translation>
    </message>
</context>
<context>
    <name>TenantConnectJob</name>
    <message>
        <source>Profile: &quot;%1&quot; does not exist; create it first.</source>
        <translation>Profil: „%1“ existiert nicht; legen Sie es zuerst an.</translation>
    </message>
    <message>
        <source>Profile: &quot;%1&quot; does not exist.</source>
        <translation>Profil: „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The client secret could not be stored in the keychain: %1 %2</source>
        <translation>Das Client-Secret konnte nicht im Schlüsselbund gespeichert werden: %1 %2</translation>
    </message>
</context>
<context>
    <name>TenantJudge</name>
    <message>
        <source>Not read.</source>
        <translation>Nicht gelesen.</translation>
    </message>
    <message>
        <source>Custom Phone Provider</source>
        <translation>Custom Phone Provider</translation>
    </message>
    <message>
        <source>Send Phone Message</source>
        <translation>Send Phone Message</translation>
    </message>
    <message>
        <source>Not checked: the tenant&apos;s mode is unknown.</source>
        <translation>Nicht geprüft: Der Modus des Tenants ist unbekannt.</translation>
    </message>
    <message>
        <source>Not checked: no Action is bound.</source>
        <translation>Nicht geprüft: Es ist keine Action gebunden.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 braucht %2</translation>
    </message>
    <message>
        <source>Connected, but the token cannot read the phone set-up: missing %1.</source>
        <translation>Verbunden, aber das Token kann die Telefoneinrichtung nicht lesen: %1 fehlt.</translation>
    </message>
    <message numerus="yes">
        <source>Connected; %n feature(s) blocked by missing scopes.</source>
        <translation>
            <numerusform>Verbunden; %n Funktion durch fehlende Scopes blockiert.</numerusform>
            <numerusform>Verbunden; %n Funktionen durch fehlende Scopes blockiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1 with every scope the console uses.</source>
        <translation>Mit %1 verbunden, mit allen Scopes, die die Konsole verwendet.</translation>
    </message>
    <message>
        <source>Phone set-up</source>
        <translation>Telefoneinrichtung</translation>
    </message>
    <message>
        <source>Unified Phone Experience: MFA text messages go to the tenant&apos;s phone provider; &quot;custom&quot; runs the custom-phone-provider Action.</source>
        <translation>Unified Phone Experience: MFA-SMS gehen an den Telefonanbieter des Tenants; „custom“ führt die custom-phone-provider-Action aus.</translation>
    </message>
    <message>
        <source>Legacy MFA phone set-up: MFA text messages go to the send-phone-message Action when the delivery provider is Custom.</source>
        <translation>Alte MFA-Telefoneinrichtung: MFA-SMS gehen an die send-phone-message-Action, wenn der Delivery Provider Custom ist.</translation>
    </message>
    <message>
        <source>Auth0 moves tenants to the Unified Phone Experience (custom-phone-provider Action and a tenant phone provider); new tenants start there.</source>
        <translation>Auth0 stellt Tenants auf die Unified Phone Experience um (custom-phone-provider-Action und ein Telefonanbieter des Tenants); neue Tenants beginnen dort.</translation>
    </message>
    <message>
        <source>SMS factor</source>
        <translation>SMS-Faktor</translation>
    </message>
    <message>
        <source>The Phone Message factor is on but its trial has expired.</source>
        <translation>Der Faktor Phone Message ist aktiv, aber seine Testphase ist abgelaufen.</translation>
    </message>
    <message>
        <source>Check the tenant&apos;s plan in the Auth0 Dashboard.</source>
        <translation>Prüfen Sie den Plan des Tenants im Auth0 Dashboard.</translation>
    </message>
    <message>
        <source>The Phone Message factor is on.</source>
        <translation>Der Faktor Phone Message ist aktiv.</translation>
    </message>
    <message>
        <source>The Phone Message factor is off: Auth0 never sends an MFA text message.</source>
        <translation>Der Faktor Phone Message ist aus: Auth0 sendet nie eine MFA-SMS.</translation>
    </message>
    <message>
        <source>Turn on Phone Message under Security &gt; Multi-factor Auth.</source>
        <translation>Aktivieren Sie Phone Message unter Security &gt; Multi-factor Auth.</translation>
    </message>
    <message>
        <source>Message types</source>
        <translation>Nachrichtentypen</translation>
    </message>
    <message>
        <source>No phone message type is offered.</source>
        <translation>Es wird kein Telefonnachrichtentyp angeboten.</translation>
    </message>
    <message>
        <source>Only voice calls are offered: users get no text message.</source>
        <translation>Es werden nur Sprachanrufe angeboten: Benutzer erhalten keine SMS.</translation>
    </message>
    <message>
        <source>Tick SMS under Security &gt; Multi-factor Auth &gt; Phone Message.</source>
        <translation>Aktivieren Sie SMS unter Security &gt; Multi-factor Auth &gt; Phone Message.</translation>
    </message>
    <message>
        <source>SMS and voice are offered: the Action also gets voice requests.</source>
        <translation>SMS und Sprache werden angeboten: Die Action erhält auch Sprachanfragen.</translation>
    </message>
    <message>
        <source>Make sure the Action handles voice (delivery_method or message_type &quot;voice&quot;), or offer SMS only.</source>
        <translation>Stellen Sie sicher, dass die Action Sprache behandelt (delivery_method oder message_type &quot;voice&quot;), oder bieten Sie nur SMS an.</translation>
    </message>
    <message>
        <source>SMS is offered.</source>
        <translation>SMS wird angeboten.</translation>
    </message>
    <message>
        <source>Phone provider</source>
        <translation>Telefonanbieter</translation>
    </message>
    <message>
        <source>Delivery provider Custom: each message goes to the send-phone-message Action.</source>
        <translation>Delivery Provider Custom: Jede Nachricht geht an die send-phone-message-Action.</translation>
    </message>
    <message>
        <source>Twilio (Auth0&apos;s built-in integration)</source>
        <translation>Twilio (die eingebaute Integration von Auth0)</translation>
    </message>
    <message>
        <source>Auth0&apos;s own provider</source>
        <translation>Der eigene Anbieter von Auth0</translation>
    </message>
    <message>
        <source>Delivery provider is %1: the Action is never called.</source>
        <translation>Der Delivery Provider ist %1: Die Action wird nie aufgerufen.</translation>
    </message>
    <message>
        <source>Set Delivery Provider to Custom under Security &gt; Multi-factor Auth &gt; Phone Message.</source>
        <translation>Setzen Sie Delivery Provider unter Security &gt; Multi-factor Auth &gt; Phone Message auf Custom.</translation>
    </message>
    <message>
        <source>Branding &gt; Phone Provider in the Auth0 Dashboard</source>
        <translation>Branding &gt; Phone Provider im Auth0 Dashboard</translation>
    </message>
    <message>
        <source>No phone provider is configured: the Action is never called.</source>
        <translation>Es ist kein Telefonanbieter konfiguriert: Die Action wird nie aufgerufen.</translation>
    </message>
    <message>
        <source>The phone provider is %1, not custom: the Action is never called.</source>
        <translation>Der Telefonanbieter ist %1, nicht custom: Die Action wird nie aufgerufen.</translation>
    </message>
    <message>
        <source>Choose Custom under %1 (the custom-phone-provider Action must be deployed first).</source>
        <translation>Wählen Sie Custom unter %1 (die custom-phone-provider-Action muss zuerst bereitgestellt sein).</translation>
    </message>
    <message>
        <source>The custom phone provider is disabled.</source>
        <translation>Der benutzerdefinierte Telefonanbieter ist deaktiviert.</translation>
    </message>
    <message>
        <source>Enable it under %1.</source>
        <translation>Aktivieren Sie ihn unter %1.</translation>
    </message>
    <message>
        <source>The custom phone provider delivers only %1, not text.</source>
        <translation>Der benutzerdefinierte Telefonanbieter stellt nur %1 zu, keinen Text.</translation>
    </message>
    <message>
        <source>Tick Text among its delivery methods under %1.</source>
        <translation>Aktivieren Sie Text bei seinen Zustellmethoden unter %1.</translation>
    </message>
    <message>
        <source>The custom phone provider is enabled for %1.</source>
        <translation>Der benutzerdefinierte Telefonanbieter ist für %1 aktiviert.</translation>
    </message>
    <message>
        <source>Action bound</source>
        <translation>Action gebunden</translation>
    </message>
    <message>
        <source>No Action is bound to the %1 trigger.</source>
        <translation>An den Trigger %1 ist keine Action gebunden.</translation>
    </message>
    <message>
        <source>Deploy the profile&apos;s Action for %1 and bind it (Actions &gt; Triggers &gt; %2).</source>
        <translation>Stellen Sie die Action des Profils für %1 bereit und binden Sie sie (Actions &gt; Triggers &gt; %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bound to %2, which this tenant&apos;s phone set-up does not run. An Action for %3 exports %4.</source>
        <translation>„%1“ ist an %2 gebunden, das die Telefoneinrichtung dieses Tenants nicht ausführt. Eine Action für %3 exportiert %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n Actions are bound to %1; each message runs them in order.</source>
        <translation>
            <numerusform>%n Action ist an %1 gebunden; jede Nachricht führt sie der Reihe nach aus.</numerusform>
            <numerusform>%n Actions sind an %1 gebunden; jede Nachricht führt sie der Reihe nach aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep one phone Action bound, so that one message is sent once.</source>
        <translation>Lassen Sie nur eine Telefon-Action gebunden, damit eine Nachricht nur einmal gesendet wird.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bound to %2.</source>
        <translation>„%1“ ist an %2 gebunden.</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has never been deployed: there is no version for Auth0 to run.</source>
        <translation>„%1“ wurde nie bereitgestellt: Es gibt keine Version, die Auth0 ausführen kann.</translation>
    </message>
    <message>
        <source>Deploy it (Actions &gt; Library &gt; %1 &gt; Deploy).</source>
        <translation>Stellen Sie sie bereit (Actions &gt; Library &gt; %1 &gt; Deploy).</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is deployed; the draft has changes that are not.</source>
        <translation>Version %1 von „%2“ ist bereitgestellt; der Entwurf hat Änderungen, die es nicht sind.</translation>
    </message>
    <message>
        <source>Deploy the draft if its changes should run.</source>
        <translation>Stellen Sie den Entwurf bereit, wenn seine Änderungen laufen sollen.</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is deployed.</source>
        <translation>Version %1 von „%2“ ist bereitgestellt.</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>The deployed version&apos;s build failed: %1</source>
        <translation>Der Build der bereitgestellten Version ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Fix the code and deploy again.</source>
        <translation>Korrigieren Sie den Code und stellen Sie ihn erneut bereit.</translation>
    </message>
    <message>
        <source>The draft&apos;s last build failed.</source>
        <translation>Der letzte Build des Entwurfs ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The deployed version still runs; fix the draft before deploying it.</source>
        <translation>Die bereitgestellte Version läuft weiter; korrigieren Sie den Entwurf, bevor Sie ihn bereitstellen.</translation>
    </message>
    <message>
        <source>The draft is being built (%1).</source>
        <translation>Der Entwurf wird gebaut (%1).</translation>
    </message>
    <message>
        <source>Built.</source>
        <translation>Gebaut.</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>%1 reached its end of life; Auth0 runs the code on Node 22 instead.</source>
        <translation>%1 hat das Ende seiner Lebensdauer erreicht; Auth0 führt den Code stattdessen auf Node 22 aus.</translation>
    </message>
    <message>
        <source>Choose Node 22 in the Action&apos;s settings and test the code on it.</source>
        <translation>Wählen Sie Node 22 in den Einstellungen der Action und testen Sie den Code darauf.</translation>
    </message>
    <message>
        <source>Auth0&apos;s default runtime (Node 22).</source>
        <translation>Die Standardlaufzeit von Auth0 (Node 22).</translation>
    </message>
    <message>
        <source>twilio module</source>
        <translation>Modul twilio</translation>
    </message>
    <message>
        <source>The deployed code does not require(&apos;twilio&apos;).</source>
        <translation>Der bereitgestellte Code ruft require(&apos;twilio&apos;) nicht auf.</translation>
    </message>
    <message>
        <source>The code requires twilio but the Action has no twilio dependency: require(&apos;twilio&apos;) fails.</source>
        <translation>Der Code verwendet twilio, aber die Action hat keine twilio-Abhängigkeit: require(&apos;twilio&apos;) schlägt fehl.</translation>
    </message>
    <message>
        <source>Add the dependency twilio (a 5.x version runs on Node 18 and 22) in the Action&apos;s Dependencies.</source>
        <translation>Fügen Sie die Abhängigkeit twilio (eine 5.x-Version läuft auf Node 18 und 22) in den Dependencies der Action hinzu.</translation>
    </message>
    <message>
        <source>twilio %1 needs Node 20 or later; this Action runs on Node %2.</source>
        <translation>twilio %1 braucht Node 20 oder neuer; diese Action läuft auf Node %2.</translation>
    </message>
    <message>
        <source>Pin twilio to a 5.x version, or choose Node 22.</source>
        <translation>Legen Sie twilio auf eine 5.x-Version fest oder wählen Sie Node 22.</translation>
    </message>
    <message>
        <source>twilio is not pinned (latest): a new major version may change the code&apos;s behaviour at the next build.</source>
        <translation>twilio ist nicht festgelegt (latest): Eine neue Hauptversion kann beim nächsten Build das Verhalten des Codes ändern.</translation>
    </message>
    <message>
        <source>Pin twilio to the version the code was tested with.</source>
        <translation>Legen Sie twilio auf die Version fest, mit der der Code getestet wurde.</translation>
    </message>
    <message>
        <source>twilio %1.</source>
        <translation>twilio %1.</translation>
    </message>
    <message>
        <source>Action secrets</source>
        <translation>Secrets der Action</translation>
    </message>
    <message>
        <source>The code reads %1, which the Action does not define: those values are undefined when it runs.</source>
        <translation>Der Code liest %1, was die Action nicht definiert: Diese Werte sind bei der Ausführung undefined.</translation>
    </message>
    <message>
        <source>Add them under the Action&apos;s Secrets (the values are in this profile&apos;s keychain), then deploy.</source>
        <translation>Fügen Sie sie unter den Secrets der Action hinzu (die Werte liegen im Schlüsselbund dieses Profils) und stellen Sie dann bereit.</translation>
    </message>
    <message>
        <source>Every secret the code reads is defined; %1 is not read.</source>
        <translation>Jedes Secret, das der Code liest, ist definiert; %1 wird nicht gelesen.</translation>
    </message>
    <message>
        <source>The code reads no secret.</source>
        <translation>Der Code liest kein Secret.</translation>
    </message>
    <message>
        <source>Defined and read: %1.</source>
        <translation>Definiert und gelesen: %1.</translation>
    </message>
    <message>
        <source>Profile&apos;s code</source>
        <translation>Code des Profils</translation>
    </message>
    <message>
        <source>Not compared: nothing is deployed.</source>
        <translation>Nicht verglichen: Es ist nichts bereitgestellt.</translation>
    </message>
    <message>
        <source>This profile has no saved code to compare with the deployed version.</source>
        <translation>Dieses Profil hat keinen gespeicherten Code, der mit der bereitgestellten Version verglichen werden kann.</translation>
    </message>
    <message>
        <source>Save the code on the Hook code page to compare it.</source>
        <translation>Speichern Sie den Code auf der Seite „Hook-Code“, um ihn zu vergleichen.</translation>
    </message>
    <message>
        <source>The profile&apos;s code is a Send Phone Message hook, which Auth0 no longer runs; the tenant runs the Action&apos;s code.</source>
        <translation>Der Code des Profils ist ein Send-Phone-Message-Hook, den Auth0 nicht mehr ausführt; der Tenant führt den Code der Action aus.</translation>
    </message>
    <message>
        <source>Convert the hook to an Action and keep that as the profile&apos;s code.</source>
        <translation>Wandeln Sie den Hook in eine Action um und behalten Sie diese als Code des Profils.</translation>
    </message>
    <message>
        <source>The deployed code is this profile&apos;s code.</source>
        <translation>Der bereitgestellte Code ist der Code dieses Profils.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>deployed version %1</source>
        <translation>bereitgestellte Version %1</translation>
    </message>
    <message>
        <source>The deployed code differs from this profile&apos;s code.</source>
        <translation>Der bereitgestellte Code unterscheidet sich vom Code dieses Profils.</translation>
    </message>
    <message>
        <source>Deploy the profile&apos;s code, or take the deployed code into the profile if it is the right one.</source>
        <translation>Stellen Sie den Code des Profils bereit, oder übernehmen Sie den bereitgestellten Code in das Profil, wenn er der richtige ist.</translation>
    </message>
    <message>
        <source>Legacy hooks</source>
        <translation>Alte Hooks</translation>
    </message>
    <message>
        <source>Not listed: the token lacks read:hooks (optional).</source>
        <translation>Nicht aufgelistet: Dem Token fehlt read:hooks (optional).</translation>
    </message>
    <message>
        <source>The tenant lists no hooks.</source>
        <translation>Der Tenant listet keine Hooks.</translation>
    </message>
    <message>
        <source>No Send Phone Message hook is left on the tenant.</source>
        <translation>Auf dem Tenant ist kein Send-Phone-Message-Hook mehr übrig.</translation>
    </message>
    <message>
        <source>%1 (enabled)</source>
        <translation>%1 (aktiviert)</translation>
    </message>
    <message numerus="yes">
        <source>%n Send Phone Message hook(s) still listed; Auth0 stopped running hooks on 2026-11-18, so only the Action sends.</source>
        <translation>
            <numerusform>%n Send-Phone-Message-Hook noch aufgelistet; Auth0 führt seit dem 18.11.2026 keine Hooks mehr aus, daher sendet nur die Action.</numerusform>
            <numerusform>%n Send-Phone-Message-Hooks noch aufgelistet; Auth0 führt seit dem 18.11.2026 keine Hooks mehr aus, daher sendet nur die Action.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move what the hook did into the Action, then delete the hook.</source>
        <translation>Übernehmen Sie, was der Hook tat, in die Action und löschen Sie dann den Hook.</translation>
    </message>
    <message>
        <source>Delete the hook once its code lives in the Action.</source>
        <translation>Löschen Sie den Hook, sobald sein Code in der Action steckt.</translation>
    </message>
</context>
<context>
    <name>TenantLogPanel</name>
    <message>
        <source>Twilio messages with no Auth0 event</source>
        <translation>Twilio-Nachrichten ohne Auth0-Ereignis</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Which Auth0 tenant log events to show</source>
        <translation>Welche Ereignisse des Auth0-Tenant-Protokolls angezeigt werden</translation>
    </message>
    <message>
        <source>All MFA sends</source>
        <translation>Alle MFA-Sendungen</translation>
    </message>
    <message>
        <source>Also list this profile&apos;s Twilio messages that no Auth0 event explains: sends from elsewhere</source>
        <translation>Auch die Twilio-Nachrichten dieses Profils auflisten, die kein Auth0-Ereignis erklärt: Sendungen von anderswo</translation>
    </message>
    <message>
        <source>Auth0 event:</source>
        <translation>Auth0-Ereignis:</translation>
    </message>
    <message>
        <source>Auth0 sent, no Twilio message found</source>
        <translation>Auth0 hat gesendet, keine Twilio-Nachricht gefunden</translation>
    </message>
    <message>
        <source>MFA SMS failed</source>
        <translation>MFA-SMS fehlgeschlagen</translation>
    </message>
    <message>
        <source>never reached Twilio</source>
        <translation>hat Twilio nie erreicht</translation>
    </message>
    <message>
        <source>Select a row to see each hop with its latency.</source>
        <translation>Wählen Sie eine Zeile aus, um jeden Hop mit seiner Latenz zu sehen.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>The delivery log is not available.</source>
        <translation>Das Zustellprotokoll ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation>Das Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>the newest %Ln</source>
        <translation>
            <numerusform>die neueste %Ln</numerusform>
            <numerusform>die neuesten %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chain(s)</source>
        <translation>
            <numerusform>%Ln Kette</numerusform>
            <numerusform>%Ln Ketten</numerusform>
        </translation>
    </message>
    <message>
        <source>Auth0 says:</source>
        <translation>Auth0 meldet:</translation>
    </message>
    <message>
        <source>Profile: choose the profile whose tenant to read in the profile filter.</source>
        <translation>Profil: Wählen Sie im Profilfilter das Profil, dessen Tenant gelesen werden soll.</translation>
    </message>
    <message>
        <source>Profile: “%1” no longer exists; choose another one.</source>
        <translation>Profil: „%1“ existiert nicht mehr; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>The keychain is not available, so the tenant&apos;s client secret of “%1” cannot be read.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar, daher kann das Client-Secret des Tenants von „%1“ nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Reading the tenant log of “%1”…</source>
        <translation>Das Tenant-Protokoll von „%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Auth0&apos;s rate limit: waiting until %1…</source>
        <translation>Rate Limit von Auth0: Warten bis %1…</translation>
    </message>
    <message>
        <source>Sync cancelled; the next sync continues where it stopped.</source>
        <translation>Synchronisierung abgebrochen; die nächste Synchronisierung setzt dort fort, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <source>Auth0 events and their Twilio messages</source>
        <translation>Auth0-Ereignisse und ihre Twilio-Nachrichten</translation>
    </message>
    <message>
        <source>The selected event&apos;s hops</source>
        <translation>Die Stationen des ausgewählten Ereignisses</translation>
    </message>
    <message>
        <source>Synced since %1: %2.</source>
        <translation>Synchronisiert seit %1: %2.</translation>
    </message>
</context>
<context>
    <name>TenantLogRecord</name>
    <message>
        <source>MFA SMS sent</source>
        <translation>MFA-SMS gesendet</translation>
    </message>
    <message>
        <source>MFA SMS failed</source>
        <translation>MFA-SMS fehlgeschlagen</translation>
    </message>
    <message>
        <source>MFA voice call made</source>
        <translation>MFA-Sprachanruf getätigt</translation>
    </message>
    <message>
        <source>MFA voice call failed</source>
        <translation>MFA-Sprachanruf fehlgeschlagen</translation>
    </message>
    <message>
        <source>MFA challenge started</source>
        <translation>MFA-Challenge gestartet</translation>
    </message>
    <message>
        <source>MFA code accepted</source>
        <translation>MFA-Code akzeptiert</translation>
    </message>
    <message>
        <source>MFA code refused</source>
        <translation>MFA-Code abgelehnt</translation>
    </message>
    <message>
        <source>MFA enrolment started</source>
        <translation>MFA-Registrierung gestartet</translation>
    </message>
    <message>
        <source>MFA enrolment failed to start</source>
        <translation>MFA-Registrierung konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>MFA enrolment complete</source>
        <translation>MFA-Registrierung abgeschlossen</translation>
    </message>
    <message>
        <source>Too many MFA attempts</source>
        <translation>Zu viele MFA-Versuche</translation>
    </message>
    <message>
        <source>Phone messages rate-limited</source>
        <translation>Telefonnachrichten durch Rate Limit begrenzt</translation>
    </message>
    <message>
        <source>Action failed</source>
        <translation>Action fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>TenantLogSync</name>
    <message>
        <source>No delivery log to store the tenant&apos;s events in.</source>
        <translation>Kein Zustellprotokoll, in dem die Ereignisse des Tenants gespeichert werden können.</translation>
    </message>
    <message>
        <source>The delivery log could not be read: %1</source>
        <translation>Das Zustellprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s events could not be stored in the delivery log: %1</source>
        <translation>Die Ereignisse des Tenants konnten nicht im Zustellprotokoll gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>TenantPage</name>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Pick the profile on the Secrets page</source>
        <translation>Wählen Sie das Profil auf der Seite „Secrets“</translation>
    </message>
    <message>
        <source>Connect this profile to its Auth0 tenant with a machine-to-machine application authorized for the Auth0 Management API. The console then reads how the tenant sends MFA text messages and whether they reach this profile&apos;s Action.</source>
        <translation>Verbinden Sie dieses Profil mit seinem Auth0-Tenant über eine Machine-to-Machine-Anwendung, die für die Auth0 Management API autorisiert ist. Die Konsole liest dann, wie der Tenant MFA-SMS sendet und ob sie die Action dieses Profils erreichen.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>e.g. acme.us.auth0.com</source>
        <translation>z. B. acme.us.auth0.com</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>the M2M application&apos;s client ID</source>
        <translation>die Client-ID der M2M-Anwendung</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>kept only in the system keychain</source>
        <translation>nur im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Leave empty to reach https://DOMAIN. Only a local simulator on a loopback address may replace it.</source>
        <translation>Leer lassen, um https://DOMAIN zu erreichen. Nur ein lokaler Simulator auf einer Loopback-Adresse darf sie ersetzen.</translation>
    </message>
    <message>
        <source>empty: https://DOMAIN (loopback override only)</source>
        <translation>leer: https://DOMAIN (nur Loopback-Ersatz)</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>How the tenant sends MFA text messages</source>
        <translation>Wie der Tenant MFA-SMS sendet</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s phone set-up again (F5)</source>
        <translation>Die Telefoneinrichtung des Tenants erneut lesen (F5)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>in the keychain; type a new one to replace it</source>
        <translation>im Schlüsselbund; geben Sie ein neues ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Create or pick a profile on the Secrets page.</source>
        <translation>Legen Sie auf der Seite „Secrets“ ein Profil an oder wählen Sie eines.</translation>
    </message>
    <message>
        <source>Not connected. In the Auth0 Dashboard, create a Machine to Machine application authorized for the Auth0 Management API with the scopes %1, then enter its domain, client ID and client secret above.</source>
        <translation>Nicht verbunden. Legen Sie im Auth0 Dashboard eine Machine-to-Machine-Anwendung an, die für die Auth0 Management API mit den Scopes %1 autorisiert ist, und geben Sie oben ihre Domain, Client-ID und ihr Client-Secret ein.</translation>
    </message>
    <message>
        <source>Rec&amp;onnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Auth0 base URL</source>
        <translation>Auth0-Basis-URL</translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation>Das Client-Secret wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1 %2</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1 %2</translation>
    </message>
    <message>
        <source>Client secret: none is stored; enter it.</source>
        <translation>Client-Secret: Es ist keines gespeichert; geben Sie es ein.</translation>
    </message>
    <message>
        <source>Asking %1 for a Management API token…</source>
        <translation>%1 wird um ein Management-API-Token gebeten…</translation>
    </message>
    <message>
        <source>Connected; the token has every scope the console uses.</source>
        <translation>Verbunden; das Token hat alle Scopes, die die Konsole verwendet.</translation>
    </message>
    <message>
        <source>Connected; the token lacks %1. %2</source>
        <translation>Verbunden; dem Token fehlt %1. %2</translation>
    </message>
    <message>
        <source>Disconnect from the tenant</source>
        <translation>Vom Tenant trennen</translation>
    </message>
    <message>
        <source>Disconnect profile &quot;%1&quot; from %2? Its client secret is removed from the keychain; nothing changes in the tenant.</source>
        <translation>Profil „%1“ von %2 trennen? Sein Client-Secret wird aus dem Schlüsselbund entfernt; im Tenant ändert sich nichts.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Disconnected; the client secret is gone from the keychain.</source>
        <translation>Getrennt; das Client-Secret ist aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Reading %1… (%2 of %3)</source>
        <translation>%1 wird gelesen… (%2 von %3)</translation>
    </message>
    <message>
        <source>**What to do:** %1</source>
        <translation>**Was zu tun ist:** %1</translation>
    </message>
    <message>
        <source>Auth0 Dashboard: &lt;%1&gt;</source>
        <translation>Auth0 Dashboard: &lt;%1&gt;</translation>
    </message>
    <message>
        <source>No web browser could be started; open %1 yourself.</source>
        <translation>Es konnte kein Webbrowser gestartet werden; öffnen Sie %1 selbst.</translation>
    </message>
    <message>
        <source>Test the MFA flow</source>
        <translation>MFA-Ablauf testen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Details of the selected finding</source>
        <translation>Details des ausgewählten Befunds</translation>
    </message>
    <message>
        <source>Open in the &amp;Auth0 Dashboard</source>
        <translation>Im &amp;Auth0 Dashboard öffnen</translation>
    </message>
</context>
<context>
    <name>TenantSecret</name>
    <message>
        <source>Profile &quot;%1&quot; is not connected to an Auth0 tenant: connect it first (Tenant page, or sms-hook-cli auth0 connect).</source>
        <translation>Profil „%1“ ist mit keinem Auth0-Tenant verbunden: Verbinden Sie es zuerst (Seite „Tenant“ oder sms-hook-cli auth0 connect).</translation>
    </message>
    <message>
        <source>The tenant&apos;s client secret could not be read from the keychain: %1 %2</source>
        <translation>Das Client Secret des Tenants konnte nicht aus dem Schlüsselbund gelesen werden: %1 %2</translation>
    </message>
    <message>
        <source>The tenant&apos;s client secret is not in the keychain: connect the profile to its tenant again.</source>
        <translation>Das Client Secret des Tenants ist nicht im Schlüsselbund: Verbinden Sie das Profil erneut mit seinem Tenant.</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Kein Schlüsselbund verfügbar.</translation>
    </message>
</context>
<context>
    <name>TenantStatus</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>%1 sends MFA text messages through the Action &quot;%2&quot;.</source>
        <translation>%1 sendet MFA-SMS über die Action „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 would not send MFA text messages through this profile&apos;s Action: %n thing(s) to fix (%2).</source>
        <translation>
            <numerusform>%1 würde MFA-SMS nicht über die Action dieses Profils senden: %n Punkt zu beheben (%2).</numerusform>
            <numerusform>%1 würde MFA-SMS nicht über die Action dieses Profils senden: %n Punkte zu beheben (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantTestRun</name>
    <message>
        <source>Reading the draft of the Action bound in %1…</source>
        <translation>Der Entwurf der in %1 gebundenen Action wird gelesen…</translation>
    </message>
    <message>
        <source>The tenant&apos;s draft of &quot;%1&quot; is the editor&apos;s code.</source>
        <translation>Der Entwurf von „%1“ im Tenant ist der Code des Editors.</translation>
    </message>
    <message>
        <source>Run in the tenant</source>
        <translation>Im Tenant ausführen</translation>
    </message>
    <message>
        <source>Auth0 tests the draft of &quot;%1&quot; that %2 holds, and it differs from the code in the editor.</source>
        <translation>Auth0 testet den Entwurf von „%1“, den %2 hält, und er unterscheidet sich vom Code im Editor.</translation>
    </message>
    <message>
        <source>Write the editor&apos;s code into the draft first (it is not deployed: logins keep the deployed version), or test the draft as it is? Show Details has the differences.</source>
        <translation>Zuerst den Code des Editors in den Entwurf schreiben (er wird nicht bereitgestellt: Anmeldungen behalten die bereitgestellte Version) oder den Entwurf so testen, wie er ist? „Details einblenden“ zeigt die Unterschiede.</translation>
    </message>
    <message>
        <source>Update the draft, then test</source>
        <translation>Entwurf aktualisieren, dann testen</translation>
    </message>
    <message>
        <source>Test the tenant&apos;s draft</source>
        <translation>Den Entwurf des Tenants testen</translation>
    </message>
    <message>
        <source>Not tested.</source>
        <translation>Nicht getestet.</translation>
    </message>
    <message>
        <source>Tested in %1: the draft of &quot;%2&quot; (%3), just updated with the editor&apos;s code (not deployed).</source>
        <translation>In %1 getestet: der Entwurf von „%2“ (%3), gerade mit dem Code des Editors aktualisiert (nicht bereitgestellt).</translation>
    </message>
    <message>
        <source>Tested in %1: the tenant&apos;s draft of &quot;%2&quot; (%3), not the editor&apos;s code.</source>
        <translation>In %1 getestet: der Entwurf von „%2“ im Tenant (%3), nicht der Code des Editors.</translation>
    </message>
    <message>
        <source>Tested in %1: the draft of &quot;%2&quot; (%3), the editor&apos;s code.</source>
        <translation>In %1 getestet: der Entwurf von „%2“ (%3), der Code des Editors.</translation>
    </message>
    <message>
        <source>In the tenant: success</source>
        <translation>Im Tenant: Erfolg</translation>
    </message>
    <message>
        <source>In the tenant: %1</source>
        <translation>Im Tenant: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Error %1%2: %3</source>
        <translation>Fehler %1%2: %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>console.%1</source>
        <translation>console.%1</translation>
    </message>
    <message>
        <source>Twilio message %1</source>
        <translation>Twilio-Nachricht %1</translation>
    </message>
    <message>
        <source>%1 ms in the tenant</source>
        <translation>%1 ms im Tenant</translation>
    </message>
    <message>
        <source>Auth0&apos;s answer: %1</source>
        <translation>Antwort von Auth0: %1</translation>
    </message>
</context>
<context>
    <name>TwilioAccess</name>
    <message>
        <source>%1 is not set for profile &quot;%2&quot;.</source>
        <translation>%1 ist für Profil „%2“ nicht gesetzt.</translation>
    </message>
    <message>
        <source>Set it on the Secrets page, or with: sms-hook-cli secrets set --profile &quot;%1&quot; %2</source>
        <translation>Setzen Sie es auf der Seite „Secrets“ oder mit: sms-hook-cli secrets set --profile &quot;%1&quot; %2</translation>
    </message>
</context>
<context>
    <name>TwilioError</name>
    <message>
        <source>Could not reach %1.</source>
        <translation>%1 konnte nicht erreicht werden.</translation>
    </message>
    <message>
        <source>The request was not sent, so nothing happened on Twilio&apos;s side.</source>
        <translation>Die Anfrage wurde nicht gesendet, daher ist bei Twilio nichts geschehen.</translation>
    </message>
    <message>
        <source>The connection failed before an answer arrived.</source>
        <translation>Die Verbindung ist fehlgeschlagen, bevor eine Antwort kam.</translation>
    </message>
    <message>
        <source>No network, a firewall or proxy in the way, a mistyped base URL in the profile, or the sandbox is not running.</source>
        <translation>Kein Netzwerk, eine Firewall oder ein Proxy im Weg, eine falsch geschriebene Basis-URL im Profil, oder die Sandbox läuft nicht.</translation>
    </message>
    <message>
        <source>Check the network connection and the base URLs in the profile, then try again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die Basis-URLs im Profil und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>A slow or broken network, a proxy holding the connection, or the server is overloaded.</source>
        <translation>Ein langsames oder gestörtes Netzwerk, ein Proxy, der die Verbindung hält, oder der Server ist überlastet.</translation>
    </message>
    <message>
        <source>Try again later, check the network, or raise the request timeout in the settings.</source>
        <translation>Versuchen Sie es später erneut, prüfen Sie das Netzwerk oder erhöhen Sie das Anfrage-Timeout in den Einstellungen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The console never ignores certificate errors, so the request was not sent.</source>
        <translation>Die Konsole ignoriert nie Zertifikatsfehler, daher wurde die Anfrage nicht gesendet.</translation>
    </message>
    <message>
        <source>A wrong system clock, a proxy or antivirus that inspects TLS, missing CA certificates, or a base URL pointing at the wrong server.</source>
        <translation>Eine falsche Systemuhr, ein Proxy oder Virenscanner, der TLS prüft, fehlende CA-Zertifikate oder eine Basis-URL, die auf den falschen Server zeigt.</translation>
    </message>
    <message>
        <source>Check the system date and time, the CA certificates (ca-certificates package) and the base URLs in the profile.</source>
        <translation>Prüfen Sie Datum und Uhrzeit des Systems, die CA-Zertifikate (Paket ca-certificates) und die Basis-URLs im Profil.</translation>
    </message>
    <message>
        <source>%1 answered, but not with the JSON Twilio sends (HTTP %2).</source>
        <translation>%1 hat geantwortet, aber nicht mit dem JSON, das Twilio sendet (HTTP %2).</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <source>The base URL in the profile points at another server, a proxy or captive portal answered instead of Twilio, or the answer was cut off.</source>
        <translation>Die Basis-URL im Profil zeigt auf einen anderen Server, ein Proxy oder Captive Portal hat statt Twilio geantwortet, oder die Antwort wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>Check the API and Verify base URLs in the profile (https://api.twilio.com, https://verify.twilio.com) and the network&apos;s proxy settings.</source>
        <translation>Prüfen Sie die API- und Verify-Basis-URLs im Profil (https://api.twilio.com, https://verify.twilio.com) und die Proxy-Einstellungen des Netzwerks.</translation>
    </message>
    <message>
        <source>The request may have reached %1, but no answer arrived.</source>
        <translation>Die Anfrage hat %1 möglicherweise erreicht, aber es kam keine Antwort.</translation>
    </message>
    <message>
        <source>The message may or may not have been sent. The console does not send it again by itself, so that the user does not get two codes.</source>
        <translation>Die Nachricht wurde möglicherweise gesendet oder auch nicht. Die Konsole sendet sie nicht von selbst erneut, damit der Benutzer nicht zwei Codes erhält.</translation>
    </message>
    <message>
        <source>Look for it in the message list (To %1, From %2, between %3 and %4) before sending again.</source>
        <translation>Suchen Sie sie in der Nachrichtenliste (An %1, Von %2, zwischen %3 und %4), bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>Check in the Twilio Console whether it was created before trying again.</source>
        <translation>Prüfen Sie in der Twilio Console, ob sie angelegt wurde, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The request had already been sent; Twilio may have acted on it.</source>
        <translation>Die Anfrage war bereits gesendet; Twilio hat sie möglicherweise ausgeführt.</translation>
    </message>
    <message>
        <source>Check the message list before sending again.</source>
        <translation>Prüfen Sie die Nachrichtenliste, bevor Sie erneut senden.</translation>
    </message>
    <message>
        <source>Nothing was sent to Twilio.</source>
        <translation>Es wurde nichts an Twilio gesendet.</translation>
    </message>
    <message>
        <source>Twilio did not accept the credentials (HTTP 401).</source>
        <translation>Twilio hat die Zugangsdaten nicht akzeptiert (HTTP 401).</translation>
    </message>
    <message>
        <source>Check the Account SID and Auth Token secrets; a token changes when it is rotated in the Twilio Console.</source>
        <translation>Prüfen Sie die Secrets Account SID und Auth Token; ein Token ändert sich, wenn es in der Twilio Console rotiert wird.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404).</source>
        <translation>Nicht gefunden (HTTP 404).</translation>
    </message>
    <message>
        <source>Check the SID and the base URLs in the profile.</source>
        <translation>Prüfen Sie die SID und die Basis-URLs im Profil.</translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429).</source>
        <translation>Zu viele Anfragen (HTTP 429).</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>Der Server hatte ein Problem (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again later; see status.twilio.com.</source>
        <translation>Versuchen Sie es später erneut; siehe status.twilio.com.</translation>
    </message>
    <message>
        <source>The request was refused (HTTP %1).</source>
        <translation>Die Anfrage wurde abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Check the values sent and the profile.</source>
        <translation>Prüfen Sie die gesendeten Werte und das Profil.</translation>
    </message>
    <message>
        <source>Twilio error %1 (HTTP %2): %3</source>
        <translation>Twilio-Fehler %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Possible causes: %1</source>
        <translation>Mögliche Ursachen: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Mehr: %1</translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1 (redirects are not followed).</source>
        <translation>Unerwarteter HTTP-Status %1 (Weiterleitungen werden nicht verfolgt).</translation>
    </message>
    <message>
        <source>Not JSON: %1 at byte %2.</source>
        <translation>Kein JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>JSON, but not an object.</source>
        <translation>JSON, aber kein Objekt.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Das Feld &quot;%1&quot; fehlt.</translation>
    </message>
    <message>
        <source>An entry of &quot;%1&quot; is not an object.</source>
        <translation>Ein Eintrag von &quot;%1&quot; ist kein Objekt.</translation>
    </message>
    <message>
        <source>The answer is not Twilio&apos;s JSON: %1</source>
        <translation>Die Antwort ist kein JSON von Twilio: %1</translation>
    </message>
</context>
<context>
    <name>TwilioForwarder</name>
    <message>
        <source>Twilio&apos;s API has no %1 requests; the console did not send it.</source>
        <translation>Die API von Twilio hat keine %1-Anfragen; die Konsole hat sie nicht gesendet.</translation>
    </message>
    <message>
        <source>The message contains the value of a secret (perhaps in another form); the console does not send secrets. Remove it from the message.</source>
        <translation>Die Nachricht enthält den Wert eines Secrets (vielleicht in anderer Form); die Konsole sendet keine Secrets. Entfernen Sie ihn aus der Nachricht.</translation>
    </message>
</context>
<context>
    <name>TwilioReply</name>
    <message>
        <source>The request has no valid URL; check the profile.</source>
        <translation>Die Anfrage hat keine gültige URL; prüfen Sie das Profil.</translation>
    </message>
    <message>
        <source>The network access manager is gone.</source>
        <translation>Der Netzwerkzugriffsmanager ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Attempt %1: %2</source>
        <translation>Versuch %1: %2</translation>
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation>Keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>No answer within %1 s after the request was sent.</source>
        <translation>Keine Antwort innerhalb von %1 s nach dem Senden der Anfrage.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine rechtzeitige Antwort</translation>
    </message>
    <message>
        <source>The connection closed before the server answered.</source>
        <translation>Die Verbindung wurde geschlossen, bevor der Server geantwortet hat.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>The connection failed after the request was sent: %1</source>
        <translation>Die Verbindung ist nach dem Senden der Anfrage fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>HTTP %1 after %2 ms (%n byte(s))</source>
        <translation>
            <numerusform>HTTP %1 nach %2 ms (%n Byte)</numerusform>
            <numerusform>HTTP %1 nach %2 ms (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Twilio asked to slow down (HTTP 429)</source>
        <translation>Twilio bat darum, langsamer zu werden (HTTP 429)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>A gateway answered HTTP %1.</source>
        <translation>Ein Gateway hat HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>Sending the message</source>
        <translation>Senden der Nachricht</translation>
    </message>
    <message>
        <source>Reading the message&apos;s status</source>
        <translation>Lesen des Nachrichtenstatus</translation>
    </message>
    <message>
        <source>Reading Twilio&apos;s message log</source>
        <translation>Lesen des Nachrichtenprotokolls von Twilio</translation>
    </message>
    <message>
        <source>Reading the account</source>
        <translation>Lesen des Kontos</translation>
    </message>
    <message>
        <source>Reading the Verify service</source>
        <translation>Lesen des Verify-Service</translation>
    </message>
    <message>
        <source>Sending the verification</source>
        <translation>Senden der Verifizierung</translation>
    </message>
    <message>
        <source>Looking up the sender&apos;s number</source>
        <translation>Nachschlagen der Absendernummer</translation>
    </message>
    <message>
        <source>Looking up the verified caller IDs</source>
        <translation>Nachschlagen der verifizierten Anrufer-IDs</translation>
    </message>
    <message>
        <source>Reading the Messaging Service</source>
        <translation>Lesen des Messaging Service</translation>
    </message>
    <message>
        <source>The code&apos;s Twilio request</source>
        <translation>Die Twilio-Anfrage des Codes</translation>
    </message>
    <message>
        <source>Asking Twilio</source>
        <translation>Anfrage an Twilio</translation>
    </message>
    <message>
        <source>Retrying in %1 ms (%2)</source>
        <translation>Neuer Versuch in %1 ms (%2)</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying again in %3 s, attempt %4 of %5.</source>
        <extracomment>%1 what is being done, %2 why it failed, %3 seconds, %4 the next attempt, %5 all attempts</extracomment>
        <translation>%1 fehlgeschlagen (%2); neuer Versuch in %3 s, Versuch %4 von %5.</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>Fehlgeschlagen (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>Done after %n attempt(s).</source>
        <translation>
            <numerusform>Erledigt nach %n Versuch.</numerusform>
            <numerusform>Erledigt nach %n Versuchen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TwilioRequests</name>
    <message>
        <source>%1 The request was not sent, so the credentials did not leave the machine; correct the profile&apos;s setting (sms-hook-cli profiles list shows it).</source>
        <translation>%1 Die Anfrage wurde nicht gesendet, daher haben die Zugangsdaten den Rechner nicht verlassen; korrigieren Sie die Einstellung des Profils (sms-hook-cli profiles list zeigt sie).</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API-Basis-URL</translation>
    </message>
    <message>
        <source>Verify base URL</source>
        <translation>Verify-Basis-URL</translation>
    </message>
    <message>
        <source>Account SID: set the TWILIO_ACCOUNT_SID secret (AC followed by 32 hex digits).</source>
        <translation>Account SID: Setzen Sie das Secret TWILIO_ACCOUNT_SID (AC gefolgt von 32 Hexziffern).</translation>
    </message>
    <message>
        <source>Auth Token: set the TWILIO_AUTH_TOKEN secret.</source>
        <translation>Auth Token: Setzen Sie das Secret TWILIO_AUTH_TOKEN.</translation>
    </message>
    <message>
        <source>To: enter the phone number to send to.</source>
        <translation>An: Geben Sie die Telefonnummer ein, an die gesendet werden soll.</translation>
    </message>
    <message>
        <source>From: enter either a sending number or a Messaging Service SID, not both.</source>
        <translation>Von: Geben Sie entweder eine Absendernummer oder eine Messaging-Service-SID ein, nicht beides.</translation>
    </message>
    <message>
        <source>Body: enter the message text.</source>
        <translation>Text: Geben Sie den Nachrichtentext ein.</translation>
    </message>
    <message>
        <source>Validity period: use 1 to 36000 seconds, or leave it unset.</source>
        <translation>Gültigkeitsdauer: Verwenden Sie 1 bis 36000 Sekunden, oder lassen Sie sie ungesetzt.</translation>
    </message>
    <message>
        <source>Message SID: &quot;%1&quot; is not a SID (SM... or MM...).</source>
        <translation>Message SID: „%1“ ist keine SID (SM... oder MM...).</translation>
    </message>
    <message>
        <source>Twilio returned an unexpected next page link: %1</source>
        <translation>Twilio hat einen unerwarteten Link zur nächsten Seite zurückgegeben: %1</translation>
    </message>
    <message>
        <source>Phone number: enter the number to look up.</source>
        <translation>Telefonnummer: Geben Sie die nachzuschlagende Nummer ein.</translation>
    </message>
    <message>
        <source>Verify service SID: &quot;%1&quot; is not a Verify service SID (VA followed by 32 hex digits).</source>
        <translation>Verify-Service-SID: „%1“ ist keine Verify-Service-SID (VA gefolgt von 32 Hexziffern).</translation>
    </message>
    <message>
        <source>Messaging Service SID: &quot;%1&quot; is not a Messaging Service SID (MG followed by 32 hex digits).</source>
        <translation>Messaging-Service-SID: „%1“ ist keine Messaging-Service-SID (MG gefolgt von 32 Hexziffern).</translation>
    </message>
    <message>
        <source>To: enter the phone number to verify.</source>
        <translation>An: Geben Sie die zu verifizierende Telefonnummer ein.</translation>
    </message>
    <message>
        <source>%1 is not a Twilio API address; the console sends only Twilio&apos;s requests, with the profile&apos;s credentials.</source>
        <translation>%1 ist keine Twilio-API-Adresse; die Konsole sendet nur Anfragen von Twilio, mit den Zugangsdaten des Profils.</translation>
    </message>
    <message>
        <source>The Twilio client has no credentials: pass the Account SID and Auth Token (or an API key and secret) when you create it.</source>
        <translation>Der Twilio-Client hat keine Zugangsdaten: Übergeben Sie beim Anlegen die Account SID und das Auth Token (oder einen API-Key und sein Secret).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>SMS Hook Console</source>
        <translation>SMS Hook Console</translation>
    </message>
</context>
</TS>
