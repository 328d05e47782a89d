<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionConversion</name>
    <message>
        <source>call api.notification.drop(reason)</source>
        <translation>appeler api.notification.drop(reason)</translation>
    </message>
    <message>
        <source>throw the error</source>
        <translation>lever l&apos;erreur avec throw</translation>
    </message>
    <message>
        <source>context.factor_type has no Action equivalent (the Action runs for the second factor): remove the check.</source>
        <translation>context.factor_type n&apos;a pas d&apos;équivalent dans une Action (l&apos;Action s&apos;exécute pour le second facteur) : supprimez la vérification.</translation>
    </message>
    <message>
        <source>%1: an Action has no context.webtask besides its secrets (event.secrets); rewrite this without it.</source>
        <translation>%1 : une Action n&apos;a pas de context.webtask en dehors de ses secrets (event.secrets) ; réécrivez ce code sans lui.</translation>
    </message>
    <message>
        <source>%1 has no known Action equivalent: read the field from event.</source>
        <translation>%1 n&apos;a pas d&apos;équivalent connu dans une Action : lisez le champ dans event.</translation>
    </message>
    <message>
        <source>context[...] cannot be mapped: name the field and read it from event.</source>
        <translation>context[...] ne peut pas être converti : nommez le champ et lisez-le dans event.</translation>
    </message>
    <message>
        <source>The hook&apos;s context is used as a whole: pass the event fields the code needs instead.</source>
        <translation>Le context du hook est utilisé en entier : transmettez plutôt les champs de event dont le code a besoin.</translation>
    </message>
    <message>
        <source>The hook&apos;s context is written to: keep the value in a variable of your own.</source>
        <translation>Le code écrit dans le context du hook : conservez la valeur dans une variable à vous.</translation>
    </message>
    <message>
        <source>This destructuring of the hook&apos;s context cannot be mapped: read each field from event.</source>
        <translation>Cette déstructuration du context du hook ne peut pas être convertie : lisez chaque champ dans event.</translation>
    </message>
    <message>
        <source>%1 has no counterpart among the Action&apos;s values of this field: compare with one of them.</source>
        <translation>%1 n&apos;a pas d&apos;équivalent parmi les valeurs de ce champ dans l&apos;Action : comparez avec l&apos;une d&apos;elles.</translation>
    </message>
    <message>
        <source>%1 is called inside a nested function: make that function return a promise, await it, then return on success and %2 on failure.</source>
        <translation>%1 est appelé dans une fonction imbriquée : faites-lui renvoyer une promesse, attendez-la avec await, puis faites return en cas de succès et %2 en cas d&apos;échec.</translation>
    </message>
    <message>
        <source>%1 is handed on as a value, but an Action has no callback: return on success and %2 on failure where it would be called.</source>
        <translation>%1 est transmis comme valeur, mais une Action n&apos;a pas de callback : là où il serait appelé, faites return en cas de succès et %2 en cas d&apos;échec.</translation>
    </message>
    <message>
        <source>%1 is called inside an expression: write return (success) or %2 (failure) as statements.</source>
        <translation>%1 est appelé dans une expression : écrivez return (succès) ou %2 (échec) sous forme d&apos;instructions.</translation>
    </message>
    <message>
        <source>%1(error, result) with a computed error: test the error with if, %2 there, then return the result.</source>
        <translation>%1(error, result) avec une erreur calculée : testez l&apos;erreur avec if, %2 à cet endroit, puis renvoyez le résultat avec return.</translation>
    </message>
    <message>
        <source>In the hook this code ran after %1(...); now the return before it ends the Action first. Move it above if it must run.</source>
        <translation>Dans le hook, ce code s&apos;exécutait après %1(...) ; désormais, le return qui le précède termine d&apos;abord l&apos;Action. Déplacez-le plus haut s&apos;il doit s&apos;exécuter.</translation>
    </message>
    <message>
        <source>The Account SID was passed as the Verify service: the Action reads the Verify service SID (VA...) from the secret TWILIO_VERIFY_SERVICE_SID. Define it.</source>
        <translation>L&apos;Account SID était transmis comme service Verify : l&apos;Action lit le SID du service Verify (VA...) dans le secret TWILIO_VERIFY_SERVICE_SID. Définissez-le.</translation>
    </message>
    <message>
        <source>client.verify.services (deprecated) became client.verify.v2.services.</source>
        <translation>client.verify.services (obsolète) est devenu client.verify.v2.services.</translation>
    </message>
    <message>
        <source>message_type was not defined in the hook; it now reads %1.</source>
        <translation>message_type n&apos;était pas défini dans le hook ; le code lit désormais %1.</translation>
    </message>
    <message>
        <source>custom-phone-provider also delivers blocked_account, change_password and password_breach notifications; the code sees them as &apos;second-factor-authentication&apos;.</source>
        <translation>custom-phone-provider transmet aussi les notifications blocked_account, change_password et password_breach ; le code les voit comme &apos;second-factor-authentication&apos;.</translation>
    </message>
    <message>
        <source>event.notification.code is set for one-time codes only; other notifications (blocked_account, change_password, password_breach) have none.</source>
        <translation>event.notification.code n&apos;est renseigné que pour les codes à usage unique ; les autres notifications (blocked_account, change_password, password_breach) n&apos;en ont pas.</translation>
    </message>
    <message>
        <source>The application&apos;s metadata is event.client.metadata (the hook had client_metadata).</source>
        <translation>Les métadonnées de l&apos;application sont dans event.client.metadata (le hook avait client_metadata).</translation>
    </message>
    <message>
        <source>The hook does not parse: %1.</source>
        <translation>Le hook ne peut pas être analysé : %1.</translation>
    </message>
    <message>
        <source>Correct the syntax error, then convert again.</source>
        <translation>Corrigez l&apos;erreur de syntaxe, puis relancez la conversion.</translation>
    </message>
    <message>
        <source>This is already an Action (it exports %1), not a hook.</source>
        <translation>Il s&apos;agit déjà d&apos;une Action (elle exporte %1), pas d&apos;un hook.</translation>
    </message>
    <message>
        <source>Nothing to convert; lint it for the tenant&apos;s trigger instead.</source>
        <translation>Rien à convertir ; passez-la plutôt au lint pour le déclencheur du locataire.</translation>
    </message>
    <message>
        <source>This is not a Send Phone Message hook: module.exports is not assigned a function.</source>
        <translation>Il ne s&apos;agit pas d&apos;un hook Send Phone Message : aucune fonction n&apos;est affectée à module.exports.</translation>
    </message>
    <message>
        <source>Convert the hook&apos;s code, which starts module.exports = function (recipient, text, context, cb).</source>
        <translation>Convertissez le code du hook, qui commence par module.exports = function (recipient, text, context, cb).</translation>
    </message>
    <message>
        <source>The hook&apos;s parameters are patterns; the conversion needs their names.</source>
        <translation>Les paramètres du hook sont des motifs de déstructuration ; la conversion a besoin de leurs noms.</translation>
    </message>
    <message>
        <source>Write them as (recipient, text, context, cb) and convert again.</source>
        <translation>Écrivez-les sous la forme (recipient, text, context, cb) et relancez la conversion.</translation>
    </message>
    <message>
        <source>Unknown trigger &quot;%1&quot;.</source>
        <translation>Déclencheur « %1 » inconnu.</translation>
    </message>
    <message>
        <source>Choose send-phone-message or custom-phone-provider.</source>
        <translation>Choisissez send-phone-message ou custom-phone-provider.</translation>
    </message>
    <message>
        <source>The conversion produced code that does not parse (%1).</source>
        <translation>La conversion a produit du code qui ne peut pas être analysé (%1).</translation>
    </message>
    <message>
        <source>Report this with the hook&apos;s code; convert the hook by hand meanwhile.</source>
        <translation>Signalez-le avec le code du hook ; en attendant, convertissez le hook à la main.</translation>
    </message>
    <message>
        <source>The conversion failed: %1.</source>
        <translation>La conversion a échoué : %1.</translation>
    </message>
    <message>
        <source>Report this with the hook&apos;s code.</source>
        <translation>Signalez-le avec le code du hook.</translation>
    </message>
</context>
<context>
    <name>ActionDeployJob</name>
    <message>
        <source>Check the code, the tenant and the secrets</source>
        <translation>Vérifier le code, le locataire et les secrets</translation>
    </message>
    <message>
        <source>Save the Action</source>
        <translation>Enregistrer l&apos;Action</translation>
    </message>
    <message>
        <source>Wait for Auth0 to build it</source>
        <translation>Attendre qu&apos;Auth0 la génère</translation>
    </message>
    <message>
        <source>Deploy it</source>
        <translation>La déployer</translation>
    </message>
    <message>
        <source>Bind it to the trigger</source>
        <translation>La lier au déclencheur</translation>
    </message>
    <message>
        <source>Turn on SMS for MFA</source>
        <translation>Activer les SMS pour la MFA</translation>
    </message>
    <message>
        <source>Send phone messages through the Action</source>
        <translation>Envoyer les messages téléphoniques via l&apos;Action</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s status back</source>
        <translation>Relire l&apos;état du locataire</translation>
    </message>
    <message>
        <source>Cancelled before this step.</source>
        <translation>Annulé avant cette étape.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is not connected to an Auth0 tenant: connect it on the Tenant page (or sms-hook-cli auth0 connect) first.</source>
        <translation>Le profil « %1 » n&apos;est relié à aucun locataire Auth0 : reliez-le d&apos;abord sur la page Locataire (ou avec sms-hook-cli auth0 connect).</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Aucun trousseau n&apos;est disponible.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1 %2</source>
        <translation>Impossible de lire le trousseau : %1 %2</translation>
    </message>
    <message>
        <source>The tenant&apos;s client secret is not in the keychain: connect the profile to its tenant again.</source>
        <translation>Le secret client du locataire n&apos;est pas dans le trousseau : reliez de nouveau le profil à son locataire.</translation>
    </message>
    <message>
        <source>This is a Send Phone Message hook, which Auth0 no longer runs. Convert it to an Action first (Hook code &gt; Convert to Action, or sms-hook-cli action convert).</source>
        <translation>Il s&apos;agit d&apos;un hook Send Phone Message, qu&apos;Auth0 n&apos;exécute plus. Convertissez-le d&apos;abord en Action (Code du hook &gt; Convertir en Action, ou sms-hook-cli action convert).</translation>
    </message>
    <message>
        <source>The code exports no Action handler: export exports.onExecuteCustomPhoneProvider (Unified Phone Experience) or exports.onExecuteSendPhoneMessage (legacy MFA phone set-up).</source>
        <translation>Le code n&apos;exporte aucun gestionnaire d&apos;Action : exportez exports.onExecuteCustomPhoneProvider (Unified Phone Experience) ou exports.onExecuteSendPhoneMessage (ancienne configuration téléphonique MFA).</translation>
    </message>
    <message numerus="yes">
        <source>Lint found %n error(s); fix them before deploying: %1</source>
        <translation>
            <numerusform>Le lint a trouvé %n erreur ; corrigez-la avant de déployer : %1</numerusform>
            <numerusform>Le lint a trouvé %n erreurs ; corrigez-les avant de déployer : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The code reads %1, which is not in this profile&apos;s keychain: set it on the Secrets page (or sms-hook-cli secrets set) first.</source>
        <translation>Le code lit %1, qui n&apos;est pas dans le trousseau de ce profil : définissez-le d&apos;abord sur la page Secrets (ou avec sms-hook-cli secrets set).</translation>
    </message>
    <message>
        <source>The code exports %1, but %2 is %3: it runs %4 Actions, exported as exports.%5.</source>
        <translation>Le code exporte %1, mais %2 est %3 : il exécute des Actions %4, exportées sous exports.%5.</translation>
    </message>
    <message>
        <source>in the Unified Phone Experience</source>
        <translation>dans l&apos;Unified Phone Experience</translation>
    </message>
    <message>
        <source>on the legacy MFA phone set-up</source>
        <translation>sur l&apos;ancienne configuration téléphonique MFA</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs %2 Actions; the code reads %n secret(s), all in the keychain.</source>
        <translation>
            <numerusform>%1 exécute des Actions %2 ; le code lit %n secret, présent dans le trousseau.</numerusform>
            <numerusform>%1 exécute des Actions %2 ; le code lit %n secrets, tous présents dans le trousseau.</numerusform>
        </translation>
    </message>
    <message>
        <source>SMS Hook Console (%1)</source>
        <translation>SMS Hook Console (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Created &quot;%1&quot; with %n secret(s).</source>
        <translation>
            <numerusform>« %1 » créée avec %n secret.</numerusform>
            <numerusform>« %1 » créée avec %n secrets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated &quot;%1&quot; with %n secret(s).</source>
        <translation>
            <numerusform>« %1 » mise à jour avec %n secret.</numerusform>
            <numerusform>« %1 » mise à jour avec %n secrets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Built.</source>
        <translation>Générée.</translation>
    </message>
    <message>
        <source>Auth0 could not build the Action%1. Nothing was deployed; the version that ran before still runs.</source>
        <translation>Auth0 n&apos;a pas pu générer l&apos;Action%1. Rien n&apos;a été déployé ; la version précédente reste en service.</translation>
    </message>
    <message>
        <source>The build did not finish in time (still %1). Check the Action in the Auth0 Dashboard, then deploy again.</source>
        <translation>La génération ne s&apos;est pas terminée à temps (toujours %1). Vérifiez l&apos;Action dans Auth0 Dashboard, puis déployez de nouveau.</translation>
    </message>
    <message>
        <source>Auth0 says: %1.</source>
        <translation>Auth0 indique : %1.</translation>
    </message>
    <message>
        <source>Version %1 is deployed.</source>
        <translation>La version %1 est déployée.</translation>
    </message>
    <message>
        <source>Not asked (--no-activate).</source>
        <translation>Non demandé (--no-activate).</translation>
    </message>
    <message>
        <source>The deploy did not finish in time. Check the Action in the Auth0 Dashboard.</source>
        <translation>Le déploiement ne s&apos;est pas terminé à temps. Vérifiez l&apos;Action dans Auth0 Dashboard.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bound to %2.</source>
        <translation>« %1 » est liée à %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bound to %2; unbound, as it sends too: %3.</source>
        <translation>« %1 » est liée à %2 ; déliée, car elle envoie aussi : %3.</translation>
    </message>
    <message>
        <source>Phone Message is on, with SMS.</source>
        <translation>Phone Message est activé, avec les SMS.</translation>
    </message>
    <message>
        <source>Phone Message is on; SMS added to its message types.</source>
        <translation>Phone Message est activé ; SMS ajouté à ses types de messages.</translation>
    </message>
    <message>
        <source>Delivery provider: Custom (phone-message-hook).</source>
        <translation>Fournisseur de diffusion : Custom (phone-message-hook).</translation>
    </message>
    <message>
        <source>Created the custom phone provider for %1.</source>
        <translation>Fournisseur de téléphonie personnalisé créé pour %1.</translation>
    </message>
    <message>
        <source>The custom phone provider is enabled for %1.</source>
        <translation>Le fournisseur de téléphonie personnalisé est activé pour %1.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Fait : %1.</translation>
    </message>
    <message>
        <source>Done: %1. Not done: %2.</source>
        <translation>Fait : %1. Non fait : %2.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
</context>
<context>
    <name>ActionTarget</name>
    <message>
        <source>Send Phone Message (legacy MFA phone set-up)</source>
        <translation>Send Phone Message (ancienne configuration téléphonique MFA)</translation>
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
        <translation>le brouillon de « %1 » dans le locataire</translation>
    </message>
    <message>
        <source>the editor</source>
        <translation>l&apos;éditeur</translation>
    </message>
    <message>
        <source>Reading which trigger %1 sends MFA texts with…</source>
        <translation>Lecture du déclencheur avec lequel %1 envoie les SMS MFA…</translation>
    </message>
    <message>
        <source>No Action is bound to %1 on %2, so there is no draft to test: deploy the code first (Deploy…, or sms-hook-cli action deploy).</source>
        <translation>Aucune Action n&apos;est liée à %1 sur %2 : il n&apos;y a donc aucun brouillon à tester. Déployez d&apos;abord le code (Déployer…, ou sms-hook-cli action deploy).</translation>
    </message>
    <message>
        <source>Writing the editor&apos;s code into the draft of &quot;%1&quot; (not deployed)…</source>
        <translation>Écriture du code de l&apos;éditeur dans le brouillon de « %1 » (non déployé)…</translation>
    </message>
    <message>
        <source>The draft was not updated: %1</source>
        <translation>Le brouillon n&apos;a pas été mis à jour : %1</translation>
    </message>
    <message>
        <source>The draft of &quot;%1&quot; does not build, so it cannot be tested: fix the code (see Problems) and update the draft again.</source>
        <translation>Le brouillon de « %1 » ne se construit pas et ne peut donc pas être testé : corrigez le code (voir Problèmes) et mettez à jour le brouillon de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>The draft of &quot;%1&quot; was still %2 after %n second(s); try again later.</source>
        <translation>
            <numerusform>Le brouillon de « %1 » était encore %2 après %n seconde ; réessayez plus tard.</numerusform>
            <numerusform>Le brouillon de « %1 » était encore %2 après %n secondes ; réessayez plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the draft&apos;s build (%1)…</source>
        <translation>En attente du build du brouillon (%1)…</translation>
    </message>
    <message>
        <source>Testing the draft of &quot;%1&quot; in %2…</source>
        <translation>Test du brouillon de « %1 » dans %2…</translation>
    </message>
    <message>
        <source>The tenant did not test the draft: %1</source>
        <translation>Le locataire n&apos;a pas testé le brouillon : %1</translation>
    </message>
</context>
<context>
    <name>Attempt</name>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sent, no receipt</source>
        <translation>Envoyé, sans accusé de réception</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Non remis</translation>
    </message>
    <message>
        <source>Rejected by Twilio</source>
        <translation>Refusé par Twilio</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Not sent: Twilio not reached</source>
        <translation>Non envoyé : Twilio injoignable</translation>
    </message>
</context>
<context>
    <name>Auth0Client</name>
    <message>
        <source>the token answer has no access_token</source>
        <translation>la réponse de jeton ne contient pas d&apos;access_token</translation>
    </message>
</context>
<context>
    <name>Auth0Error</name>
    <message>
        <source>in a moment</source>
        <translation>dans un instant</translation>
    </message>
    <message>
        <source>now</source>
        <translation>dès maintenant</translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s) (at %1)</source>
        <translation>
            <numerusform>dans %n seconde (à %1)</numerusform>
            <numerusform>dans %n secondes (à %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>pas de réponse en %n seconde</numerusform>
            <numerusform>pas de réponse en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Auth0</source>
        <translation>Auth0</translation>
    </message>
    <message>
        <source>%1 does not let this application use the client credentials grant.</source>
        <translation>%1 n&apos;autorise pas cette application à utiliser le type d&apos;autorisation Client Credentials.</translation>
    </message>
    <message>
        <source>%1 accepted the client but it may not call the Management API.</source>
        <translation>%1 a accepté le client, mais celui-ci n&apos;a pas le droit d&apos;appeler la Management API.</translation>
    </message>
    <message>
        <source>%1 refused the Management API token (%2).</source>
        <translation>%1 a refusé le jeton de la Management API (%2).</translation>
    </message>
    <message>
        <source>%1 refused the client ID and secret.</source>
        <translation>%1 a refusé l&apos;ID client et le secret.</translation>
    </message>
    <message>
        <source>The token lacks the scope %1.</source>
        <translation>Il manque au jeton la permission %1.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP 403): %2</source>
        <translation>%1 a refusé la requête (HTTP 403) : %2</translation>
    </message>
    <message>
        <source>%1 has no such resource (HTTP 404)%2</source>
        <translation>%1 n&apos;a pas cette ressource (HTTP 404)%2</translation>
    </message>
    <message>
        <source>%1 reports a conflict (HTTP 409): %2</source>
        <translation>%1 signale un conflit (HTTP 409) : %2</translation>
    </message>
    <message>
        <source>%1 refused the request&apos;s content (HTTP %2): %3</source>
        <translation>%1 a refusé le contenu de la requête (HTTP %2) : %3</translation>
    </message>
    <message>
        <source>%1 is rate-limiting this client (HTTP 429); it can be asked again %2.</source>
        <translation>%1 limite le débit de ce client (HTTP 429) ; il pourra être sollicité de nouveau %2.</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2).</source>
        <translation>%1 a rencontré une erreur serveur (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3</source>
        <translation>%1 a répondu HTTP %2%3</translation>
    </message>
    <message>
        <source>No Auth0 tenant answers at %1.</source>
        <translation>Aucun locataire Auth0 ne répond à %1.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2).</source>
        <translation>%1 n&apos;a pas répondu à temps (%2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The answer from %1 is not Auth0&apos;s JSON (HTTP %2).</source>
        <translation>La réponse de %1 n&apos;est pas du JSON d&apos;Auth0 (HTTP %2).</translation>
    </message>
    <message>
        <source>No answer from %1 after the change was sent: it may or may not have been made (%2).</source>
        <translation>Pas de réponse de %1 après l&apos;envoi de la modification : elle a peut-être été appliquée, peut-être pas (%2).</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Annulé avant tout envoi.</translation>
    </message>
    <message>
        <source>Cancelled; the change may already have reached Auth0.</source>
        <translation>Annulé ; la modification a peut-être déjà atteint Auth0.</translation>
    </message>
    <message>
        <source>In the Auth0 Dashboard open Applications &gt; your application &gt; Settings &gt; Advanced Settings &gt; Grant Types and tick Client Credentials (a Machine to Machine application has it).</source>
        <translation>Dans Auth0 Dashboard, ouvrez Applications &gt; votre application &gt; Settings &gt; Advanced Settings &gt; Grant Types et cochez Client Credentials (une application de communication entre machines l&apos;a).</translation>
    </message>
    <message>
        <source>In the Auth0 Dashboard open Applications &gt; APIs &gt; Auth0 Management API &gt; Machine to Machine Applications and authorize this application.</source>
        <translation>Dans Auth0 Dashboard, ouvrez Applications &gt; APIs &gt; Auth0 Management API &gt; Machine to Machine Applications et autorisez cette application.</translation>
    </message>
    <message>
        <source>Connect again to get a new token.</source>
        <translation>Reconnectez-vous pour obtenir un nouveau jeton.</translation>
    </message>
    <message>
        <source>Copy the client secret again from Auth0 Dashboard &gt; Applications &gt; your application &gt; Settings, and check the client ID and the domain.</source>
        <translation>Copiez de nouveau le secret client depuis Auth0 Dashboard &gt; Applications &gt; votre application &gt; Settings, et vérifiez l&apos;ID client et le domaine.</translation>
    </message>
    <message>
        <source>This tenant is in the Unified Phone Experience: its phone messages are set under Branding &gt; Phone Provider, not on the MFA page.</source>
        <translation>Ce locataire utilise l&apos;Unified Phone Experience : ses messages téléphoniques se règlent sous Branding &gt; Phone Provider, pas sur la page MFA.</translation>
    </message>
    <message>
        <source>Check the application&apos;s permissions in the Auth0 Dashboard.</source>
        <translation>Vérifiez les permissions de l&apos;application dans Auth0 Dashboard.</translation>
    </message>
    <message>
        <source>Refresh the tenant status; it may have been deleted or renamed.</source>
        <translation>Actualisez l&apos;état du locataire ; la ressource a peut-être été supprimée ou renommée.</translation>
    </message>
    <message>
        <source>Refresh the tenant status and try again.</source>
        <translation>Actualisez l&apos;état du locataire et réessayez.</translation>
    </message>
    <message>
        <source>Correct what Auth0 names and try again.</source>
        <translation>Corrigez ce qu&apos;Auth0 signale et réessayez.</translation>
    </message>
    <message>
        <source>Wait until then; other tools using the same tenant share its rate limit.</source>
        <translation>Patientez jusque-là ; les autres outils qui utilisent le même locataire partagent sa limite de débit.</translation>
    </message>
    <message>
        <source>Try again in a minute; check status.auth0.com if it persists.</source>
        <translation>Réessayez dans une minute ; consultez status.auth0.com si le problème persiste.</translation>
    </message>
    <message>
        <source>Check the domain and try again.</source>
        <translation>Vérifiez le domaine et réessayez.</translation>
    </message>
    <message>
        <source>Check the domain: it is shown in the Auth0 Dashboard under Applications &gt; your application &gt; Settings &gt; Domain (for example acme.us.auth0.com).</source>
        <translation>Vérifiez le domaine : il figure dans Auth0 Dashboard sous Applications &gt; votre application &gt; Settings &gt; Domain (par exemple acme.us.auth0.com).</translation>
    </message>
    <message>
        <source>Check the network connection (and any proxy), then try again.</source>
        <translation>Vérifiez la connexion réseau (et un éventuel proxy), puis réessayez.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the network or status.auth0.com.</source>
        <translation>Réessayez ; si cela se reproduit, vérifiez le réseau ou status.auth0.com.</translation>
    </message>
    <message>
        <source>The console never ignores certificate errors. Check the system&apos;s date and certificates, or a proxy that intercepts TLS.</source>
        <translation>La console n&apos;ignore jamais les erreurs de certificat. Vérifiez la date et les certificats du système, ou un proxy qui intercepte le TLS.</translation>
    </message>
    <message>
        <source>Check the domain and any base URL override: something other than Auth0 answered.</source>
        <translation>Vérifiez le domaine et l&apos;éventuelle URL de base de remplacement : quelque chose d&apos;autre qu&apos;Auth0 a répondu.</translation>
    </message>
    <message>
        <source>Refresh the tenant status to see whether the change was made before trying again.</source>
        <translation>Actualisez l&apos;état du locataire pour voir si la modification a été appliquée avant de réessayer.</translation>
    </message>
    <message>
        <source>Refresh the tenant status to see what was done.</source>
        <translation>Actualisez l&apos;état du locataire pour voir ce qui a été fait.</translation>
    </message>
    <message>
        <source>Auth0 says: %1</source>
        <translation>Auth0 indique : %1</translation>
    </message>
</context>
<context>
    <name>Auth0Reply</name>
    <message>
        <source>The request has no valid URL; check the tenant connection.</source>
        <translation>La requête n&apos;a pas d&apos;URL valide ; vérifiez la connexion au locataire.</translation>
    </message>
    <message>
        <source>The client is gone.</source>
        <translation>Le client n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The network access manager is gone.</source>
        <translation>Le gestionnaire d&apos;accès réseau n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Attempt %1: %2</source>
        <translation>Tentative %1 : %2</translation>
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation>Pas de réponse en %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>pas de réponse en %n seconde</numerusform>
            <numerusform>pas de réponse en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>The connection closed before the server answered.</source>
        <translation>La connexion s&apos;est fermée avant la réponse du serveur.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Erreur réseau : %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>the connection failed after the request was sent: %1</source>
        <translation>la connexion a échoué après l&apos;envoi de la requête : %1</translation>
    </message>
    <message numerus="yes">
        <source>HTTP %1 after %2 ms (%n byte(s))</source>
        <translation>
            <numerusform>HTTP %1 après %2 ms (%n octet)</numerusform>
            <numerusform>HTTP %1 après %2 ms (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Auth0 rate limit (HTTP 429)</source>
        <translation>Limite de débit d&apos;Auth0 (HTTP 429)</translation>
    </message>
    <message>
        <source>The token was refused; getting a new one.</source>
        <translation>Le jeton a été refusé ; obtention d&apos;un nouveau jeton.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>a gateway answered HTTP %1</source>
        <translation>une passerelle a répondu HTTP %1</translation>
    </message>
    <message>
        <source>the body is not JSON</source>
        <translation>le corps n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>Retrying in %1 ms (%2)</source>
        <translation>Nouvelle tentative dans %1 ms (%2)</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>Échec (%1) : %2</translation>
    </message>
    <message numerus="yes">
        <source>Done after %n attempt(s).</source>
        <translation>
            <numerusform>Terminé après %n tentative.</numerusform>
            <numerusform>Terminé après %n tentatives.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Auth0Requests</name>
    <message>
        <source>%1: &quot;%2&quot; is not an Auth0 id.</source>
        <translation>%1 : « %2 » n&apos;est pas un identifiant Auth0.</translation>
    </message>
    <message>
        <source>Delivery methods: choose text, voice or both.</source>
        <translation>Méthodes de diffusion : choisissez text, voice ou les deux.</translation>
    </message>
    <message>
        <source>Delivery methods: use text and/or voice, not &quot;%1&quot;.</source>
        <translation>Méthodes de diffusion : utilisez text et/ou voice, pas « %1 ».</translation>
    </message>
    <message>
        <source>Client ID: enter the client ID of the tenant&apos;s machine-to-machine application (Auth0 Dashboard &gt; Applications &gt; your application &gt; Settings).</source>
        <translation>ID client : saisissez l&apos;ID client de l&apos;application de communication entre machines du locataire (Auth0 Dashboard &gt; Applications &gt; votre application &gt; Settings).</translation>
    </message>
    <message>
        <source>Auth0 base URL: only a loopback address (a local simulator) may replace https://%1; clear the override to reach the tenant.</source>
        <translation>URL de base Auth0 : seule une adresse de bouclage (un simulateur local) peut remplacer https://%1 ; videz ce champ pour joindre le locataire.</translation>
    </message>
    <message>
        <source>Auth0 base URL</source>
        <translation>URL de base Auth0</translation>
    </message>
    <message>
        <source>Client secret: enter the client secret of the machine-to-machine application (Auth0 Dashboard &gt; Applications &gt; your application &gt; Settings).</source>
        <translation>Secret client : saisissez le secret client de l&apos;application de communication entre machines (Auth0 Dashboard &gt; Applications &gt; votre application &gt; Settings).</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Action name: enter a name for the Action.</source>
        <translation>Nom de l&apos;Action : saisissez un nom pour l&apos;Action.</translation>
    </message>
    <message>
        <source>Trigger: choose the trigger the Action runs on.</source>
        <translation>Déclencheur : choisissez le déclencheur sur lequel l&apos;Action s&apos;exécute.</translation>
    </message>
    <message>
        <source>Action update: nothing to change.</source>
        <translation>Mise à jour de l&apos;Action : rien à modifier.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>Message types: use sms and/or voice, not &quot;%1&quot;.</source>
        <translation>Types de messages : utilisez sms et/ou voice, pas « %1 ».</translation>
    </message>
    <message>
        <source>Phone provider: use auth0, twilio or phone-message-hook, not &quot;%1&quot;.</source>
        <translation>Fournisseur de téléphonie : utilisez auth0, twilio ou phone-message-hook, pas « %1 ».</translation>
    </message>
    <message>
        <source>Phone provider</source>
        <translation>Fournisseur de téléphonie</translation>
    </message>
    <message>
        <source>Phone provider: name the provider (custom).</source>
        <translation>Fournisseur de téléphonie : nommez le fournisseur (custom).</translation>
    </message>
    <message>
        <source>Phone provider: use custom or twilio, not &quot;%1&quot;.</source>
        <translation>Fournisseur de téléphonie : utilisez custom ou twilio, pas « %1 ».</translation>
    </message>
    <message>
        <source>Phone provider update: nothing to change.</source>
        <translation>Mise à jour du fournisseur de téléphonie : rien à modifier.</translation>
    </message>
    <message>
        <source>To: enter the phone number to send the test message to.</source>
        <translation>À : saisissez le numéro de téléphone auquel envoyer le message de test.</translation>
    </message>
    <message>
        <source>To: enter the number in E.164 form, such as +14155552671, without spaces or punctuation (&quot;%1&quot; is longer than 16 characters).</source>
        <translation>À : saisissez le numéro au format E.164, par exemple +14155552671, sans espaces ni ponctuation (« %1 » dépasse 16 caractères).</translation>
    </message>
    <message>
        <source>Delivery method: use text or voice, not &quot;%1&quot;.</source>
        <translation>Méthode de diffusion : utilisez text ou voice, pas « %1 ».</translation>
    </message>
    <message>
        <source>Logs: the next-page link points elsewhere (%1); not followed.</source>
        <translation>Journaux : le lien vers la page suivante pointe ailleurs (%1) ; il n&apos;est pas suivi.</translation>
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
        <translation>Lire la configuration téléphonique du locataire</translation>
    </message>
    <message>
        <source>Deploy the Action and bind it to its trigger</source>
        <translation>Déployer l&apos;Action et la lier à son déclencheur</translation>
    </message>
    <message>
        <source>Turn on SMS and select the custom phone provider</source>
        <translation>Activer les SMS et sélectionner le fournisseur de téléphonie personnalisé</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s MFA log events</source>
        <translation>Lire les événements de journal MFA du locataire</translation>
    </message>
    <message>
        <source>List the legacy hooks still on the tenant</source>
        <translation>Lister les anciens hooks encore présents sur le locataire</translation>
    </message>
    <message>
        <source>Set up and remove the MFA test&apos;s own application and user</source>
        <translation>Créer et supprimer l&apos;application et l&apos;utilisateur propres au test MFA</translation>
    </message>
    <message>
        <source>Check the MFA test application&apos;s grant types and connection</source>
        <translation>Vérifier les types d&apos;autorisation et la connexion de l&apos;application de test MFA</translation>
    </message>
    <message>
        <source>In the Auth0 Dashboard open Applications &gt; APIs &gt; Auth0 Management API &gt; Machine to Machine Applications, expand this application and tick %1, then Update and connect again.</source>
        <translation>Dans Auth0 Dashboard, ouvrez Applications &gt; APIs &gt; Auth0 Management API &gt; Machine to Machine Applications, développez cette application et cochez %1, puis cliquez sur Update et reconnectez-vous.</translation>
    </message>
    <message>
        <source>the scope Auth0 names</source>
        <translation>la permission indiquée par Auth0</translation>
    </message>
</context>
<context>
    <name>BoundActionJob</name>
    <message>
        <source>No Action is bound to %1 on %2: deploy one first (sms-hook-cli action deploy).</source>
        <translation>Aucune Action n&apos;est liée à %1 sur %2 : déployez-en d&apos;abord une (sms-hook-cli action deploy).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bound but was never deployed.</source>
        <translation>« %1 » est liée mais n&apos;a jamais été déployée.</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is already the deployed one.</source>
        <translation>La version %1 de « %2 » est déjà celle qui est déployée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no version before %2 to roll back to.</source>
        <translation>« %1 » n&apos;a pas de version antérieure à %2 vers laquelle revenir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no version %2.</source>
        <translation>« %1 » n&apos;a pas de version %2.</translation>
    </message>
    <message>
        <source>The rollback did not show as deployed in time; check the Action in the Auth0 Dashboard.</source>
        <translation>Le retour arrière n&apos;est pas apparu comme déployé à temps ; vérifiez l&apos;Action dans Auth0 Dashboard.</translation>
    </message>
</context>
<context>
    <name>BuiltInSandbox</name>
    <message>
        <source>The built-in Twilio sandbox could not listen on 127.0.0.1.</source>
        <translation>Le bac à sable Twilio intégré n&apos;a pas pu écouter sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>The built-in Auth0 simulator could not listen on 127.0.0.1.</source>
        <translation>Le simulateur Auth0 intégré n&apos;a pas pu écouter sur 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>CheckItem</name>
    <message>
        <source>The tenant sends MFA text messages through this profile&apos;s Action</source>
        <translation>Le locataire envoie les SMS de MFA via l&apos;Action de ce profil</translation>
    </message>
    <message>
        <source>Hook secrets are configured</source>
        <translation>Les secrets du hook sont configurés</translation>
    </message>
    <message>
        <source>The credentials work in Twilio</source>
        <translation>Les identifiants fonctionnent chez Twilio</translation>
    </message>
    <message>
        <source>The sender belongs to the account</source>
        <translation>L&apos;expéditeur appartient au compte</translation>
    </message>
    <message>
        <source>Numbers are in E.164 format</source>
        <translation>Les numéros sont au format E.164</translation>
    </message>
    <message>
        <source>Trial accounts text verified numbers only</source>
        <translation>Les comptes d&apos;essai n&apos;envoient qu&apos;aux numéros vérifiés</translation>
    </message>
    <message>
        <source>The last test send</source>
        <translation>Le dernier envoi de test</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
</context>
<context>
    <name>CheckJudge</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Send a test</source>
        <translation>Envoyer un test</translation>
    </message>
    <message>
        <source>This profile is not connected to its Auth0 tenant, so check these by hand (or connect it on the Tenant page and the console checks them for you):

1. In the Auth0 Dashboard, open **Branding &gt; Phone Provider**. If the page exists, the tenant is in the Unified Phone Experience: **Custom** is selected, enabled for **Text**, and its Action (trigger **custom-phone-provider**, `exports.onExecuteCustomPhoneProvider`) is deployed.
2. Otherwise the tenant has the legacy MFA phone set-up: open **Security &gt; Multi-factor Auth &gt; Phone Message**; **Custom** is the delivery provider, and **Actions &gt; Triggers &gt; Send Phone Message** has this code&apos;s Action (`exports.onExecuteSendPhoneMessage`) in its flow, deployed.
3. On **Security &gt; Multi-factor Auth**, **Phone Message** is on and **SMS** is among its delivery methods.
4. The Action&apos;s **Secrets** hold the names its code reads, with this profile&apos;s values, and its **Dependencies** include `twilio`.

Auth0 stopped running Send Phone Message hooks on 2026-11-18: a hook, even enabled, no longer sends anything.</source>
        <translation>Ce profil n&apos;est pas relié à son locataire Auth0 : vérifiez donc ces points à la main (ou reliez-le sur la page Locataire et la console les vérifiera pour vous) :

1. Dans Auth0 Dashboard, ouvrez **Branding &gt; Phone Provider**. Si la page existe, le locataire utilise l&apos;Unified Phone Experience : **Custom** est sélectionné, activé pour **Text**, et son Action (déclencheur **custom-phone-provider**, `exports.onExecuteCustomPhoneProvider`) est déployée.
2. Sinon, le locataire a l&apos;ancienne configuration téléphonique MFA : ouvrez **Security &gt; Multi-factor Auth &gt; Phone Message** ; **Custom** est le fournisseur de diffusion, et **Actions &gt; Triggers &gt; Send Phone Message** contient dans son flux l&apos;Action de ce code (`exports.onExecuteSendPhoneMessage`), déployée.
3. Sous **Security &gt; Multi-factor Auth**, **Phone Message** est activé et **SMS** fait partie de ses méthodes de diffusion.
4. Les **Secrets** de l&apos;Action contiennent les noms que lit son code, avec les valeurs de ce profil, et ses **Dependencies** incluent `twilio`.

Auth0 n&apos;exécute plus les hooks Send Phone Message depuis le 18/11/2026 : un hook, même activé, n&apos;envoie plus rien.</translation>
    </message>
    <message>
        <source>Connect to the tenant</source>
        <translation>Se connecter au locataire</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>Confirmed by hand on %1.</source>
        <translation>Confirmé à la main le %1.</translation>
    </message>
    <message>
        <source>Not checked any more</source>
        <translation>N&apos;est plus vérifié</translation>
    </message>
    <message>
        <source>Not connected to the tenant: check its Action and phone provider in the Auth0 Dashboard.</source>
        <translation>Non relié au locataire : vérifiez son Action et son fournisseur de téléphonie dans Auth0 Dashboard.</translation>
    </message>
    <message>
        <source>I checked this</source>
        <translation>J&apos;ai vérifié</translation>
    </message>
    <message>
        <source>Open the tenant status</source>
        <translation>Ouvrir l&apos;état du locataire</translation>
    </message>
    <message>
        <source>- **%1** (%2): %3</source>
        <translation>- **%1** (%2) : %3</translation>
    </message>
    <message>
        <source>Open the Auth0 Dashboard</source>
        <translation>Ouvrir Auth0 Dashboard</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n warning(s))</source>
        <translation>
            <numerusform>%1 (%n avertissement)</numerusform>
            <numerusform>%1 (%n avertissements)</numerusform>
        </translation>
    </message>
    <message>
        <source>The hook code reads no secret (context.webtask.secrets): it cannot reach Twilio without credentials.</source>
        <translation>Le code du hook ne lit aucun secret (context.webtask.secrets) : il ne peut pas joindre Twilio sans identifiants.</translation>
    </message>
    <message>
        <source>%1 is not set</source>
        <translation>%1 n&apos;est pas défini</translation>
    </message>
    <message>
        <source>- %1: **not set** in the keychain%2</source>
        <translation>- %1 : **non défini** dans le trousseau%2</translation>
    </message>
    <message>
        <source> (the hook code reads it)</source>
        <translation> (le code du hook le lit)</translation>
    </message>
    <message>
        <source>%1 is not in E.164 form</source>
        <translation>%1 n&apos;est pas au format E.164</translation>
    </message>
    <message>
        <source>- %1: set, but not in E.164 form (see item 5)</source>
        <translation>- %1 : défini, mais pas au format E.164 (voir le point 5)</translation>
    </message>
    <message>
        <source>%1 is malformed</source>
        <translation>%1 est mal formé</translation>
    </message>
    <message>
        <source>- %1: set and well-formed</source>
        <translation>- %1 : défini et bien formé</translation>
    </message>
    <message>
        <source>Set but not read by the hook code: %1. Check the names in the code for typos.</source>
        <translation>Défini, mais non lu par le code du hook : %1. Vérifiez l&apos;orthographe des noms dans le code.</translation>
    </message>
    <message>
        <source>No hook code is saved for this profile: the secrets a hook usually needs were checked. Open the Hook code page to check the names your code reads.</source>
        <translation>Aucun code de hook n&apos;est enregistré pour ce profil : les secrets dont un hook a habituellement besoin ont été vérifiés. Ouvrez la page Code du hook pour vérifier les noms que lit votre code.</translation>
    </message>
    <message>
        <source>Open the Hook code page</source>
        <translation>Ouvrir la page Code du hook</translation>
    </message>
    <message>
        <source>Deployed Action: %1</source>
        <translation>Action déployée : %1</translation>
    </message>
    <message>
        <source>Open the Action in Auth0</source>
        <translation>Ouvrir l&apos;Action dans Auth0</translation>
    </message>
    <message numerus="yes">
        <source>All %n secret(s) the hook code reads are set and well-formed.</source>
        <translation>
            <numerusform>Le secret que lit le code du hook est défini et bien formé.</numerusform>
            <numerusform>Les %n secrets que lit le code du hook sont tous définis et bien formés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The usual secrets are set; no hook code saved to compare with.</source>
        <translation>Les secrets habituels sont définis ; aucun code de hook enregistré pour comparer.</translation>
    </message>
    <message>
        <source>%1 is not set: Twilio cannot be asked.</source>
        <translation>%1 n&apos;est pas défini : impossible d&apos;interroger Twilio.</translation>
    </message>
    <message>
        <source>Copy it from **Account Info** on the Twilio Console&apos;s home page and store it on the Secrets page.</source>
        <translation>Copiez-le depuis **Account Info** sur la page d&apos;accueil de la Twilio Console et enregistrez-le sur la page Secrets.</translation>
    </message>
    <message>
        <source>Open the Twilio Console</source>
        <translation>Ouvrir la Twilio Console</translation>
    </message>
    <message>
        <source>%1 is malformed: Twilio cannot be asked.</source>
        <translation>%1 est mal formé : impossible d&apos;interroger Twilio.</translation>
    </message>
    <message>
        <source>Twilio refused the Account SID and Auth Token (HTTP %1, error %2).</source>
        <translation>Twilio a refusé l&apos;Account SID et l&apos;Auth Token (HTTP %1, erreur %2).</translation>
    </message>
    <message>
        <source>The hook&apos;s secrets are not the ones in the Twilio Console. Copy the Account SID and the Auth Token again from **Account Info** on the Console&apos;s home page (press *Show* for the token) and store them here and in the hook. If the token was changed (&quot;Request a secondary token&quot; / promote), the old one stops working.</source>
        <translation>Les secrets du hook ne sont pas ceux de la Twilio Console. Copiez de nouveau l&apos;Account SID et l&apos;Auth Token depuis **Account Info** sur la page d&apos;accueil de la Console (cliquez sur *Show* pour le jeton) et enregistrez-les ici et dans le hook. Si le jeton a été changé (« Request a secondary token » / promotion), l&apos;ancien cesse de fonctionner.</translation>
    </message>
    <message>
        <source>The account could not be fetched: %1</source>
        <translation>Impossible de récupérer le compte : %1</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>d&apos;essai</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>The credentials work, but the account %1 is suspended.</source>
        <translation>Les identifiants fonctionnent, mais le compte %1 est suspendu.</translation>
    </message>
    <message>
        <source>The credentials work, but the account %1 is %2.</source>
        <translation>Les identifiants fonctionnent, mais le compte %1 a le statut %2.</translation>
    </message>
    <message>
        <source>Twilio refuses to send from an account that is not active (error 20005, &quot;Account not active&quot;). A suspended account usually has an unpaid balance or a compliance hold: see the Twilio Console&apos;s billing page or contact Twilio support. A closed account cannot be reopened: create the hook&apos;s secrets from an active account.</source>
        <translation>Twilio refuse d&apos;envoyer depuis un compte inactif (erreur 20005, « Account not active »). Un compte suspendu a généralement un solde impayé ou un blocage de conformité : consultez la page de facturation de la Twilio Console ou contactez le support Twilio. Un compte fermé ne peut pas être rouvert : créez les secrets du hook à partir d&apos;un compte actif.</translation>
    </message>
    <message>
        <source>Open Twilio billing</source>
        <translation>Ouvrir la facturation Twilio</translation>
    </message>
    <message>
        <source>Authenticated as %1: an active %2 account.</source>
        <translation>Authentifié en tant que %1 : un compte %2 actif.</translation>
    </message>
    <message>
        <source>The Account SID and Auth Token authenticate with Twilio (Account fetch), and the account is active.</source>
        <translation>L&apos;Account SID et l&apos;Auth Token s&apos;authentifient auprès de Twilio (récupération du compte), et le compte est actif.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is set: the hook has nothing to send from.</source>
        <translation>Ni %1 ni %2 n&apos;est défini : le hook n&apos;a rien depuis quoi envoyer.</translation>
    </message>
    <message>
        <source>Programmable SMS sends from a number (or a Messaging Service) in %1; Verify sends through the service in %2.</source>
        <translation>Programmable SMS envoie depuis un numéro (ou un Messaging Service) indiqué dans %1 ; Verify envoie via le service indiqué dans %2.</translation>
    </message>
    <message>
        <source>Messaging Service %1 was not looked up</source>
        <translation>Le Messaging Service %1 n&apos;a pas été recherché</translation>
    </message>
    <message>
        <source>Messaging Service %1 does not exist in this account</source>
        <translation>Le Messaging Service %1 n&apos;existe pas dans ce compte</translation>
    </message>
    <message>
        <source>Messaging Service %1 could not be fetched: %2</source>
        <translation>Impossible de récupérer le Messaging Service %1 : %2</translation>
    </message>
    <message>
        <source>Copy the SID (MG...) again from Messaging &gt; Services in the Twilio Console, from the same account as the Account SID (error 21701 when sending).</source>
        <translation>Copiez de nouveau le SID (MG...) depuis Messaging &gt; Services dans la Twilio Console, dans le même compte que l&apos;Account SID (sinon erreur 21701 à l&apos;envoi).</translation>
    </message>
    <message>
        <source>Open Messaging Services</source>
        <translation>Ouvrir les Messaging Services</translation>
    </message>
    <message>
        <source>Messaging Service %1 exists</source>
        <translation>Le Messaging Service %1 existe</translation>
    </message>
    <message>
        <source>Messaging Service %1 (%2) exists</source>
        <translation>Le Messaging Service %1 (%2) existe</translation>
    </message>
    <message>
        <source>Make sure its sender pool holds an SMS-capable number.</source>
        <translation>Vérifiez que son groupe d&apos;expéditeurs contient un numéro capable d&apos;envoyer des SMS.</translation>
    </message>
    <message>
        <source>Open the Messaging Service</source>
        <translation>Ouvrir le Messaging Service</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number (see item 5)</source>
        <translation>%1 n&apos;est pas un numéro de téléphone valide (voir le point 5)</translation>
    </message>
    <message>
        <source>%1 could not be looked up: %2</source>
        <translation>Impossible de rechercher %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a phone number of this account</source>
        <translation>%1 n&apos;est pas un numéro de téléphone de ce compte</translation>
    </message>
    <message>
        <source>Twilio only sends from numbers the account owns (error 21606 when sending). Buy or port the number into this account, or store one of its numbers in %1. A number of another account or subaccount does not count.</source>
        <translation>Twilio n&apos;envoie que depuis les numéros que possède le compte (sinon erreur 21606 à l&apos;envoi). Achetez ou transférez le numéro dans ce compte, ou enregistrez l&apos;un de ses numéros dans %1. Un numéro d&apos;un autre compte ou sous-compte ne compte pas.</translation>
    </message>
    <message>
        <source>Open the account&apos;s numbers</source>
        <translation>Ouvrir les numéros du compte</translation>
    </message>
    <message>
        <source>%1 belongs to the account but cannot send SMS</source>
        <translation>%1 appartient au compte mais ne peut pas envoyer de SMS</translation>
    </message>
    <message>
        <source>The number has no SMS capability (voice only): sending from it fails with error 21606. Use an SMS-capable number of the account, or a Messaging Service.</source>
        <translation>Le numéro n&apos;a pas la capacité SMS (voix uniquement) : l&apos;envoi depuis ce numéro échoue avec l&apos;erreur 21606. Utilisez un numéro du compte capable d&apos;envoyer des SMS, ou un Messaging Service.</translation>
    </message>
    <message>
        <source>Open the number in the Twilio Console</source>
        <translation>Ouvrir le numéro dans la Twilio Console</translation>
    </message>
    <message>
        <source>%1 belongs to the account and can send SMS</source>
        <translation>%1 appartient au compte et peut envoyer des SMS</translation>
    </message>
    <message>
        <source>%1 is not a Verify service SID (VA...)</source>
        <translation>%1 n&apos;est pas un SID de service Verify (VA...)</translation>
    </message>
    <message>
        <source>Verify service %1 was not looked up</source>
        <translation>Le service Verify %1 n&apos;a pas été recherché</translation>
    </message>
    <message>
        <source>Verify service %1 does not exist in this account</source>
        <translation>Le service Verify %1 n&apos;existe pas dans ce compte</translation>
    </message>
    <message>
        <source>Verify service %1 could not be fetched: %2</source>
        <translation>Impossible de récupérer le service Verify %1 : %2</translation>
    </message>
    <message>
        <source>Copy the service SID (VA...) again from Verify &gt; Services, in the same account as the Account SID. (Auth0&apos;s example wrongly passes the Account SID as the service SID.)</source>
        <translation>Copiez de nouveau le SID du service (VA...) depuis Verify &gt; Services, dans le même compte que l&apos;Account SID. (L&apos;exemple d&apos;Auth0 transmet à tort l&apos;Account SID comme SID du service.)</translation>
    </message>
    <message>
        <source>Open Verify services</source>
        <translation>Ouvrir les services Verify</translation>
    </message>
    <message>
        <source>Verify service %1 does not accept custom codes</source>
        <translation>Le service Verify %1 n&apos;accepte pas les codes personnalisés</translation>
    </message>
    <message>
        <source>Auth0 makes the code and the hook passes it as customCode; a service without custom codes refuses it (error 60204). Ask Twilio support to enable custom codes on this service.</source>
        <translation>Auth0 génère le code et le hook le transmet en customCode ; un service sans codes personnalisés le refuse (erreur 60204). Demandez au support Twilio d&apos;activer les codes personnalisés sur ce service.</translation>
    </message>
    <message>
        <source>Open the Verify service</source>
        <translation>Ouvrir le service Verify</translation>
    </message>
    <message>
        <source>Verify service %1 exists and accepts custom codes</source>
        <translation>Le service Verify %1 existe et accepte les codes personnalisés</translation>
    </message>
    <message>
        <source>the sender is a Messaging Service, not a number</source>
        <translation>l&apos;expéditeur est un Messaging Service, pas un numéro</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number</source>
        <translation>%1 n&apos;est pas un numéro de téléphone valide</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not in E.164 form: %3</source>
        <translation>%1 « %2 » n&apos;est pas au format E.164 : %3</translation>
    </message>
    <message>
        <source>Twilio needs + then the country code and the number, with no spaces, dashes, brackets or leading 00 (error 21212 for From).</source>
        <translation>Twilio attend un + suivi de l&apos;indicatif du pays et du numéro, sans espaces, tirets, parenthèses ni 00 initial (sinon erreur 21212 pour From).</translation>
    </message>
    <message>
        <source>Store it as %1</source>
        <translation>Enregistrer sous la forme %1</translation>
    </message>
    <message>
        <source>sender %1 is in E.164 form</source>
        <translation>l&apos;expéditeur %1 est au format E.164</translation>
    </message>
    <message>
        <source>Enter a test recipient to check it too.</source>
        <translation>Saisissez un destinataire de test pour le vérifier aussi.</translation>
    </message>
    <message>
        <source>the test recipient &quot;%1&quot; is not a valid phone number</source>
        <translation>le destinataire de test « %1 » n&apos;est pas un numéro de téléphone valide</translation>
    </message>
    <message>
        <source>the test recipient %1 is a %2 number, not a mobile</source>
        <translation>le destinataire de test %1 est un numéro de type %2, pas un mobile</translation>
    </message>
    <message>
        <source>SMS does not reach fixed-line numbers (error 21614 or 30006). Test with a mobile number.</source>
        <translation>Les SMS n&apos;atteignent pas les numéros fixes (erreur 21614 ou 30006). Testez avec un numéro mobile.</translation>
    </message>
    <message>
        <source>recipient %1 is valid (%2)</source>
        <translation>le destinataire %1 est valide (%2)</translation>
    </message>
    <message>
        <source>Auth0 passes the recipient in E.164 form: %1.</source>
        <translation>Auth0 transmet le destinataire au format E.164 : %1.</translation>
    </message>
    <message>
        <source>Not a trial account: any recipient can be texted.</source>
        <translation>Ce n&apos;est pas un compte d&apos;essai : n&apos;importe quel destinataire peut recevoir des SMS.</translation>
    </message>
    <message>
        <source>Only trial accounts are limited to verified caller IDs.</source>
        <translation>Seuls les comptes d&apos;essai sont limités aux identifiants d&apos;appelant vérifiés.</translation>
    </message>
    <message>
        <source>Trial account: it can only text verified numbers. Enter a test recipient to check it.</source>
        <translation>Compte d&apos;essai : il ne peut envoyer des SMS qu&apos;à des numéros vérifiés. Saisissez un destinataire de test pour le vérifier.</translation>
    </message>
    <message>
        <source>A trial account sends SMS only to its verified caller IDs (error 21608 otherwise). Upgrade the account to text any number.</source>
        <translation>Un compte d&apos;essai n&apos;envoie de SMS qu&apos;à ses identifiants d&apos;appelant vérifiés (sinon erreur 21608). Passez à un compte payant pour écrire à n&apos;importe quel numéro.</translation>
    </message>
    <message>
        <source>Open verified caller IDs</source>
        <translation>Ouvrir les identifiants d&apos;appelant vérifiés</translation>
    </message>
    <message>
        <source>Needs a valid test recipient (item 5).</source>
        <translation>Nécessite un destinataire de test valide (point 5).</translation>
    </message>
    <message>
        <source>The verified caller IDs could not be read: %1</source>
        <translation>Impossible de lire les identifiants d&apos;appelant vérifiés : %1</translation>
    </message>
    <message>
        <source>Trial account: %1 is a verified caller ID.</source>
        <translation>Compte d&apos;essai : %1 est un identifiant d&apos;appelant vérifié.</translation>
    </message>
    <message>
        <source>A trial account can text this number. Other recipients get error 21608 until the account is upgraded.</source>
        <translation>Un compte d&apos;essai peut envoyer des SMS à ce numéro. Les autres destinataires obtiennent l&apos;erreur 21608 tant que le compte n&apos;est pas passé en payant.</translation>
    </message>
    <message>
        <source>Trial account: %1 is not a verified caller ID (error 21608).</source>
        <translation>Compte d&apos;essai : %1 n&apos;est pas un identifiant d&apos;appelant vérifié (erreur 21608).</translation>
    </message>
    <message>
        <source>A trial account can send SMS only to numbers verified on the account: Twilio refuses other recipients with error 21608, &quot;The &apos;to&apos; phone number provided is not yet verified for this account&quot;. Verify the recipient under **Phone Numbers &gt; Verified Caller IDs**, or upgrade the account to text anyone.</source>
        <translation>Un compte d&apos;essai ne peut envoyer de SMS qu&apos;aux numéros vérifiés sur le compte : Twilio refuse les autres destinataires avec l&apos;erreur 21608, « The &apos;to&apos; phone number provided is not yet verified for this account ». Vérifiez le destinataire sous **Phone Numbers &gt; Verified Caller IDs**, ou passez à un compte payant pour écrire à tout le monde.</translation>
    </message>
    <message>
        <source>Upgrade the account</source>
        <translation>Passer à un compte payant</translation>
    </message>
    <message>
        <source>No test send for this profile yet: send one to check delivery.</source>
        <translation>Aucun envoi de test pour ce profil pour l&apos;instant : envoyez-en un pour vérifier la remise.</translation>
    </message>
    <message>
        <source>Sends from the Run page, `sms-hook-cli send` and the hook runner are kept in the delivery log; the last one is judged here.</source>
        <translation>Les envois depuis la page Exécuter, `sms-hook-cli send` et l&apos;exécuteur de hooks sont conservés dans le journal des envois ; le dernier est évalué ici.</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Last attempt: %1, %2, status &quot;%3&quot;.</source>
        <translation>Dernière tentative : %1, %2, statut « %3 ».</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Delivered: the last test message %1 arrived.</source>
        <translation>Remis : le dernier message de test %1 est arrivé.</translation>
    </message>
    <message>
        <source>Sent, with no delivery receipt yet (%1).</source>
        <translation>Envoyé, sans accusé de réception pour l&apos;instant (%1).</translation>
    </message>
    <message>
        <source>Still pending (%1, status %2).</source>
        <translation>Toujours en attente (%1, statut %2).</translation>
    </message>
    <message>
        <source>Carriers do not always send a receipt; check the handset, or send again and wait for &quot;delivered&quot;.</source>
        <translation>Les opérateurs n&apos;envoient pas toujours d&apos;accusé de réception ; vérifiez le téléphone, ou renvoyez et attendez « delivered ».</translation>
    </message>
    <message>
        <source>Open SMS geographic permissions</source>
        <translation>Ouvrir les autorisations géographiques SMS</translation>
    </message>
    <message>
        <source>Refused by Twilio (%1)</source>
        <translation>Refusé par Twilio (%1)</translation>
    </message>
    <message>
        <source>Not delivered (%1, %2)</source>
        <translation>Non remis (%1, %2)</translation>
    </message>
    <message>
        <source>: error %1, %2</source>
        <translation> : erreur %1, %2</translation>
    </message>
    <message>
        <source>Enable SMS to the recipient&apos;s country on the Messaging Geographic Permissions page of the Twilio Console, then send again.</source>
        <translation>Autorisez les SMS vers le pays du destinataire sur la page Messaging Geographic Permissions de la Twilio Console, puis renvoyez.</translation>
    </message>
    <message>
        <source>The outcome of the last send is unknown (%1).</source>
        <translation>Le résultat du dernier envoi est inconnu (%1).</translation>
    </message>
    <message>
        <source>The request may have reached Twilio. Look the message up in the Twilio Console&apos;s message log before sending again.</source>
        <translation>La requête a peut-être atteint Twilio. Recherchez le message dans le journal des messages de la Twilio Console avant de renvoyer.</translation>
    </message>
    <message>
        <source>The last send was cancelled (%1).</source>
        <translation>Le dernier envoi a été annulé (%1).</translation>
    </message>
    <message>
        <source>No hook code is saved for this profile yet: the code checked is the one the Hook code page opens for it, the template &quot;%1&quot;.</source>
        <translation>Aucun code de hook n&apos;est encore enregistré pour ce profil : le code vérifié est celui que la page Code du hook ouvre pour lui, le modèle « %1 ».</translation>
    </message>
    <message>
        <source>the test recipient was not checked (none given)</source>
        <translation>le destinataire de test n&apos;a pas été vérifié (aucun indiqué)</translation>
    </message>
    <message>
        <source>The last send never reached Twilio (%1).</source>
        <translation>Le dernier envoi n&apos;a jamais atteint Twilio (%1).</translation>
    </message>
    <message>
        <source>The last send never reached Twilio (%1): %2</source>
        <translation>Le dernier envoi n&apos;a jamais atteint Twilio (%1) : %2</translation>
    </message>
    <message>
        <source>Delivery was not tested: send again once Twilio can be reached.</source>
        <translation>La remise n&apos;a pas été testée : renvoyez une fois Twilio joignable.</translation>
    </message>
    <message>
        <source> (not reached)</source>
        <translation> (non atteint)</translation>
    </message>
    <message>
        <source>Open the Tenant page</source>
        <translation>Ouvrir la page Locataire</translation>
    </message>
    <message>
        <source>The last MFA login text, from the Auth0 tenant log:</source>
        <translation>Le dernier SMS de connexion MFA, d&apos;après le journal du locataire Auth0 :</translation>
    </message>
    <message>
        <source>Delivered: the last MFA login text (%1, %2) reached the handset.</source>
        <translation>Remis : le dernier SMS de connexion MFA (%1, %2) est arrivé sur le téléphone.</translation>
    </message>
    <message>
        <source>Twilio accepted the last MFA login text (%1, %2), with no delivery receipt yet.</source>
        <translation>Twilio a accepté le dernier SMS de connexion MFA (%1, %2), sans accusé de réception pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Twilio could not deliver the last MFA login text (%1 to %2, %3)</source>
        <translation>Twilio n&apos;a pas pu remettre le dernier SMS de connexion MFA (%1 à %2, %3)</translation>
    </message>
    <message>
        <source>: error %1</source>
        <translation> : erreur %1</translation>
    </message>
    <message>
        <source>The Action ran and Twilio took the message: the problem is between Twilio and the handset (number, country, carrier).</source>
        <translation>L&apos;Action s&apos;est exécutée et Twilio a pris en charge le message : le problème se situe entre Twilio et le téléphone (numéro, pays, opérateur).</translation>
    </message>
    <message>
        <source>The last MFA login text never reached Twilio: Auth0 logged a failed send (%1, %2): %3</source>
        <translation>Le dernier SMS de connexion MFA n&apos;a jamais atteint Twilio : Auth0 a journalisé un envoi en échec (%1, %2) : %3</translation>
    </message>
    <message>
        <source>The Action threw or dropped the message before Twilio accepted it: check its code and secrets on the Tenant page, then log in again.</source>
        <translation>L&apos;Action a levé une exception ou abandonné le message avant que Twilio ne l&apos;accepte : vérifiez son code et ses secrets sur la page Locataire, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>The last MFA login text never reached Twilio: Auth0 logged it as sent (%1, %2), but this profile&apos;s Twilio log has no message for it.</source>
        <translation>Le dernier SMS de connexion MFA n&apos;a jamais atteint Twilio : Auth0 l&apos;a journalisé comme envoyé (%1, %2), mais le journal Twilio de ce profil ne contient aucun message correspondant.</translation>
    </message>
    <message>
        <source>Import Twilio&apos;s log for that day (Delivery log &gt; Sync from Twilio) if it was not imported yet. Otherwise the Action sent it through another account or provider, or did not send it at all: check the Action&apos;s code and its TWILIO_ secrets.</source>
        <translation>Importez le journal de Twilio pour ce jour-là (Journal des envois &gt; Synchroniser depuis Twilio) s&apos;il n&apos;a pas encore été importé. Sinon, l&apos;Action l&apos;a envoyé via un autre compte ou un autre fournisseur, ou ne l&apos;a pas envoyé du tout : vérifiez le code de l&apos;Action et ses secrets TWILIO_.</translation>
    </message>
    <message>
        <source>No MFA login text in the tenant log.</source>
        <translation>Aucun SMS de connexion MFA dans le journal du locataire.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>No keychain is available to read the secrets from.</source>
        <translation>Aucun trousseau n&apos;est disponible pour y lire les secrets.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Impossible de lire le trousseau : %1</translation>
    </message>
    <message>
        <source>Needs the secrets from the keychain (item 2).</source>
        <translation>Nécessite les secrets du trousseau (point 2).</translation>
    </message>
    <message>
        <source>Needs working credentials (item 3).</source>
        <translation>Nécessite des identifiants qui fonctionnent (point 3).</translation>
    </message>
    <message>
        <source>The delivery log is not available here.</source>
        <translation>Le journal des envois n&apos;est pas disponible ici.</translation>
    </message>
    <message>
        <source>The delivery log could not be read: %1</source>
        <translation>Impossible de lire le journal des envois : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The confirmation could not be saved.</source>
        <translation>Impossible d&apos;enregistrer la confirmation.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number in E.164 form.</source>
        <translation>%1 : « %2 » n&apos;est pas un numéro au format E.164.</translation>
    </message>
    <message>
        <source>The number could not be stored: %1 %2</source>
        <translation>Impossible d&apos;enregistrer le numéro : %1 %2</translation>
    </message>
    <message>
        <source>%1 is now stored as %2.</source>
        <translation>%1 est désormais enregistré sous la forme %2.</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <source>Pick the profile on the Secrets page</source>
        <translation>Choisissez le profil sur la page Secrets</translation>
    </message>
    <message>
        <source>Test &amp;recipient:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <source>A mobile number to check: E.164 form, or national with the profile&apos;s default region. Remembered for this profile.</source>
        <translation>Un numéro mobile à vérifier : au format E.164, ou national avec la région par défaut du profil. Mémorisé pour ce profil.</translation>
    </message>
    <message>
        <source>+14155552671</source>
        <translation>+14155552671</translation>
    </message>
    <message>
        <source>Run &amp;all checks</source>
        <translation>&amp;Tout vérifier</translation>
    </message>
    <message>
        <source>Run this &amp;item</source>
        <translation>Vérifier ce &amp;point</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the results as a Markdown report (no secret values)</source>
        <translation>Enregistrer les résultats dans un rapport Markdown (sans valeurs secrètes)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Choose a profile on the Secrets page to check it.</source>
        <translation>Choisissez un profil sur la page Secrets pour le vérifier.</translation>
    </message>
    <message>
        <source>Press Run all checks: each item is checked against the keychain, Twilio and the delivery log.</source>
        <translation>Cliquez sur Tout vérifier : chaque point est vérifié auprès du trousseau, de Twilio et du journal des envois.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Checking item %1…</source>
        <translation>Vérification du point %1…</translation>
    </message>
    <message>
        <source>Storing %1 in the keychain…</source>
        <translation>Enregistrement de %1 dans le trousseau…</translation>
    </message>
    <message>
        <source>Wait for the checks under way to finish.</source>
        <translation>Attendez la fin des vérifications en cours.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Impossible d&apos;enregistrer le rapport dans %1 : %2</translation>
    </message>
    <message>
        <source>sms-checklist-%1.md</source>
        <translation>sms-verification-%1.md</translation>
    </message>
    <message>
        <source>Export the checklist report</source>
        <translation>Exporter le rapport de vérification</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Report saved to %1 (no secret values in it).</source>
        <translation>Rapport enregistré dans %1 (sans aucune valeur secrète).</translation>
    </message>
    <message>
        <source>Press Run all checks, or Run this item.</source>
        <translation>Cliquez sur Tout vérifier, ou Vérifier ce point.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation>Détails de la vérification sélectionnée</translation>
    </message>
    <message>
        <source>No web browser could be started; open %1 yourself.</source>
        <translation>Aucun navigateur web n&apos;a pu être lancé ; ouvrez %1 vous-même.</translation>
    </message>
</context>
<context>
    <name>ChecklistReport</name>
    <message>
        <source># SMS MFA troubleshooting report</source>
        <translation># Rapport de dépannage de la MFA par SMS</translation>
    </message>
    <message>
        <source>- **Profile**: %1</source>
        <translation>- **Profil** : %1</translation>
    </message>
    <message>
        <source>- **Date**: %1</source>
        <translation>- **Date** : %1</translation>
    </message>
    <message>
        <source>- **Result**: %1</source>
        <translation>- **Résultat** : %1</translation>
    </message>
    <message>
        <source>**%1**: %2</source>
        <translation>**%1** : %2</translation>
    </message>
    <message>
        <source>Made by %1. Secret values are never included in this report.</source>
        <translation>Créé par %1. Les valeurs secrètes ne figurent jamais dans ce rapport.</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n réussi</numerusform>
            <numerusform>%n réussis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n avec avertissements</numerusform>
            <numerusform>%n avec avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check by hand</source>
        <translation>
            <numerusform>%n à vérifier à la main</numerusform>
            <numerusform>%n à vérifier à la main</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n non vérifié</numerusform>
            <numerusform>%n non vérifiés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>cannot read %1: %2.</source>
        <translation>impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>Vérifiez le chemin et ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>--trigger: &quot;%1&quot; is not a phone message trigger.</source>
        <translation>--trigger : « %1 » n&apos;est pas un déclencheur de messages téléphoniques.</translation>
    </message>
    <message>
        <source>Give --trigger send-phone-message (the legacy MFA phone set-up) or --trigger custom-phone-provider (the Unified Phone Experience).</source>
        <translation>Indiquez --trigger send-phone-message (ancienne configuration téléphonique MFA) ou --trigger custom-phone-provider (Unified Phone Experience).</translation>
    </message>
    <message>
        <source>The Action&apos;s trigger: send-phone-message or custom-phone-provider.</source>
        <translation>Le déclencheur de l&apos;Action : send-phone-message ou custom-phone-provider.</translation>
    </message>
    <message>
        <source>Write the Action to this file instead of standard output.</source>
        <translation>Écrire l&apos;Action dans ce fichier au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>hook file</source>
        <translation>fichier du hook</translation>
    </message>
    <message>
        <source>action convert needs --trigger: send-phone-message (the legacy MFA phone set-up) or custom-phone-provider (the Unified Phone Experience); sms-hook-cli auth0 status tells the tenant&apos;s.</source>
        <translation>action convert nécessite --trigger : send-phone-message (ancienne configuration téléphonique MFA) ou custom-phone-provider (Unified Phone Experience) ; sms-hook-cli auth0 status indique celui du locataire.</translation>
    </message>
    <message>
        <source>--output is the hook file itself: the conversion would replace the hook.</source>
        <translation>--output est le fichier du hook lui-même : la conversion remplacerait le hook.</translation>
    </message>
    <message>
        <source>Write the Action to another file.</source>
        <translation>Écrivez l&apos;Action dans un autre fichier.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2.</source>
        <translation>impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>Check the folder and its permissions.</source>
        <translation>Vérifiez le dossier et ses droits d&apos;accès.</translation>
    </message>
    <message>
        <source>the Action</source>
        <translation>l&apos;Action</translation>
    </message>
    <message>
        <source>%1:%2: not converted: %3</source>
        <translation>%1:%2 : non converti : %3</translation>
    </message>
    <message>
        <source>%1:%2: note: %3</source>
        <translation>%1:%2 : remarque : %3</translation>
    </message>
    <message numerus="yes">
        <source>Converted %1 to a %2 Action: %n part(s) left to convert by hand (TODO(convert) comments).</source>
        <translation>
            <numerusform>%1 converti en Action %2 : %n partie reste à convertir à la main (commentaires TODO(convert)).</numerusform>
            <numerusform>%1 converti en Action %2 : %n parties restent à convertir à la main (commentaires TODO(convert)).</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;action %1&quot;; the action commands are: convert, deploy, pull, rollback. See sms-hook-cli --help.</source>
        <translation>commande « action %1 » inconnue ; les commandes action sont : convert, deploy, pull, rollback. Voir sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>Check the secrets against this profile&apos;s secret names.</source>
        <translation>Vérifier les secrets par rapport aux noms de secrets de ce profil.</translation>
    </message>
    <message>
        <source>The trigger the tenant runs: send-phone-message or custom-phone-provider.</source>
        <translation>Le déclencheur qu&apos;exécute le locataire : send-phone-message ou custom-phone-provider.</translation>
    </message>
    <message>
        <source>The Action&apos;s runtime: node18, node22.</source>
        <translation>L&apos;environnement d&apos;exécution de l&apos;Action : node18, node22.</translation>
    </message>
    <message>
        <source>The Action&apos;s twilio dependency (with --runtime; default latest).</source>
        <translation>La dépendance twilio de l&apos;Action (avec --runtime ; par défaut latest).</translation>
    </message>
    <message>
        <source>code file</source>
        <translation>fichier de code</translation>
    </message>
    <message>
        <source>--runtime: &quot;%1&quot; is not an Action runtime.</source>
        <translation>--runtime : « %1 » n&apos;est pas un environnement d&apos;exécution d&apos;Action.</translation>
    </message>
    <message>
        <source>Give the runtime as Auth0 names it: node18 or node22.</source>
        <translation>Indiquez l&apos;environnement d&apos;exécution tel qu&apos;Auth0 le nomme : node18 ou node22.</translation>
    </message>
    <message>
        <source>--twilio-version: &quot;%1&quot; is not a version.</source>
        <translation>--twilio-version : « %1 » n&apos;est pas une version.</translation>
    </message>
    <message>
        <source>Give the version of the Action&apos;s twilio dependency, such as 5.5.2, ^5 or latest.</source>
        <translation>Indiquez la version de la dépendance twilio de l&apos;Action, par exemple 5.5.2, ^5 ou latest.</translation>
    </message>
    <message>
        <source>--twilio-version is checked against the runtime: give --runtime too (node18 or node22).</source>
        <translation>--twilio-version est vérifié par rapport à l&apos;environnement d&apos;exécution : indiquez aussi --runtime (node18 ou node22).</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in %1.</source>
        <translation>
            <numerusform>%n erreur dans %1.</numerusform>
            <numerusform>%n erreurs dans %1.</numerusform>
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
                                     vérifier le code d&apos;un hook ou d&apos;une Action :
                                     avec un profil, ses secrets ; avec le
                                     déclencheur du locataire (send-phone-message,
                                     custom-phone-provider), l&apos;export ; avec
                                     l&apos;environnement (node18, node22), la version
                                     de twilio (par défaut latest)
  action convert HOOK --trigger T [--output F]
                                     convertir un hook Send Phone Message en Action
                                     pour le déclencheur T ; ce qui ne peut pas
                                     être converti est marqué TODO(convert) et
                                     listé sur stderr
</translation>
    </message>
    <message>
        <source>The profile.</source>
        <translation>Le profil.</translation>
    </message>
    <message>
        <source>The tenant&apos;s domain, e.g. acme.us.auth0.com.</source>
        <translation>Le domaine du locataire, par exemple acme.us.auth0.com.</translation>
    </message>
    <message>
        <source>Client ID of the tenant&apos;s machine-to-machine application.</source>
        <translation>ID client de l&apos;application de communication entre machines du locataire.</translation>
    </message>
    <message>
        <source>Send requests here instead of https://DOMAIN (loopback only).</source>
        <translation>Envoyer les requêtes ici au lieu de https://DOMAIN (bouclage uniquement).</translation>
    </message>
    <message>
        <source>Client secret of %1: </source>
        <translation>Secret client de %1 : </translation>
    </message>
    <message>
        <source>no client secret on standard input.</source>
        <translation>aucun secret client sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Pipe it in: printf %s &quot;$SECRET&quot; | sms-hook-cli auth0 connect ...</source>
        <translation>Transmettez-le par un tube : printf %s &quot;$SECRET&quot; | sms-hook-cli auth0 connect ...</translation>
    </message>
    <message>
        <source>Connected profile &quot;%1&quot; to %2; the client secret is in the keychain.</source>
        <translation>Profil « %1 » relié à %2 ; le secret client est dans le trousseau.</translation>
    </message>
    <message>
        <source>Granted: %1</source>
        <translation>Accordées : %1</translation>
    </message>
    <message>
        <source>Missing for &quot;%1&quot;: %2</source>
        <translation>Manquantes pour « %1 » : %2</translation>
    </message>
    <message>
        <source>Print each finding&apos;s details.</source>
        <translation>Afficher les détails de chaque constat.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; is not connected to an Auth0 tenant.</source>
        <translation>le profil « %1 » n&apos;est relié à aucun locataire Auth0.</translation>
    </message>
    <message>
        <source>Connect it: printf %s &quot;$CLIENT_SECRET&quot; | sms-hook-cli auth0 connect --profile &quot;%1&quot; --domain TENANT.auth0.com --client-id ID</source>
        <translation>Reliez-le : printf %s &quot;$CLIENT_SECRET&quot; | sms-hook-cli auth0 connect --profile &quot;%1&quot; --domain TENANT.auth0.com --client-id ID</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation>Locataire %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was not connected to a tenant.</source>
        <translation>Le profil « %1 » n&apos;était relié à aucun locataire.</translation>
    </message>
    <message>
        <source>Disconnected profile &quot;%1&quot; from %2; its client secret is gone from the keychain.</source>
        <translation>Profil « %1 » délié de %2 ; son secret client a été retiré du trousseau.</translation>
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
                                     relier un profil à son locataire Auth0 ; le
                                     secret client M2M est lu sur l&apos;entrée standard
  auth0 status --profile P [--details]
                                     si le locataire envoie les SMS de MFA via
                                     l&apos;Action de ce profil (code 0) ou non
  auth0 disconnect --profile P       oublier le locataire et son secret client
</translation>
    </message>
    <message>
        <source>Test recipient to check (E.164, or national with the profile&apos;s region); default: the one last used with this profile.</source>
        <translation>Destinataire de test à vérifier (E.164, ou national avec la région du profil) ; par défaut, le dernier utilisé avec ce profil.</translation>
    </message>
    <message>
        <source>Check only this item (%1).</source>
        <translation>Ne vérifier que ce point (%1).</translation>
    </message>
    <message>
        <source>Print each item&apos;s details too.</source>
        <translation>Afficher aussi les détails de chaque point.</translation>
    </message>
    <message>
        <source>--item: &quot;%1&quot; is not an item; use 1-7 or one of %2.</source>
        <translation>--item : « %1 » n&apos;est pas un point ; utilisez 1-7 ou l&apos;un de %2.</translation>
    </message>
    <message>
        <source>Checking profile &quot;%1&quot;%2...</source>
        <translation>Vérification du profil « %1 »%2...</translation>
    </message>
    <message>
        <source> with test recipient %1</source>
        <translation> avec le destinataire de test %1</translation>
    </message>
    <message>
        <source>sms-hook-cli: %1; see the items marked as failed above.</source>
        <translation>sms-hook-cli : %1 ; voir les points marqués en échec ci-dessus.</translation>
    </message>
    <message>
        <source>  check --profile P [--to N] [--item ID] [--details]
                                     the troubleshooting checklist: each item
                                     checked for real; exit 1 if any fails
</source>
        <translation>  check --profile P [--to N] [--item ID] [--details]
                                     la liste de vérification de dépannage : chaque
                                     point vérifié pour de vrai ; code 1 si l&apos;un échoue
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
        <translation>Usage : sms-hook-cli COMMANDE [OPTIONS] [--json]

Commandes :
  profiles list                      lister les profils et leurs réglages
  profiles add NAME [--region CC] [--api-base URL] [--verify-base URL]
                                     ajouter un profil
  profiles remove NAME               supprimer un profil et ses secrets
  secrets list --profile P           noms des secrets et si chacun est défini
  secrets set --profile P NAME       enregistrer un secret ; la valeur est lue sur
                                     l&apos;entrée standard, jamais dans les arguments
  secrets unset --profile P NAME     supprimer un secret
  profiles add-sandbox               ajouter le profil Sandbox intégré avec les
                                     identifiants de test publics du bac à sable
  phone NUMBER [--region CC]         vérifier un numéro : forme E.164, validité, type
  send --profile P --to N --body B [--wait]
                                     envoyer un SMS de test ; --wait le suit jusqu&apos;à sa
                                     remise (code 0) ou non (code 1)
  verify --profile P --to N --code C [--locale L]
                                     envoyer un code via Twilio Verify
  status --profile P SID [--wait]    l&apos;état d&apos;un message et l&apos;explication de l&apos;erreur
  segments                           lignes JSON {&quot;body&quot;, &quot;smart_encoding&quot;} sur stdin
                                     -&gt; encodage et segments par ligne
  sandbox [--port N] [--time-scale S]
                                     lancer le bac à sable Twilio et le simulateur
                                     Auth0 sur 127.0.0.1 jusqu&apos;à Ctrl+C ; affiche
                                     leurs URL et identifiants de test
%1%2%3%4%5%6
Chaque commande accepte --json pour une sortie lisible par machine.
Code de sortie : 0 succès, 1 échec (raison sur stderr), 2 erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. Run sms-hook-cli --help for the list.</source>
        <translation>commande « %1 » inconnue. Lancez sms-hook-cli --help pour la liste.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Sortie lisible par machine.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option. A phone number starts with + (such as +%2); a value that starts with - goes after --, as in: sms-hook-cli %3 -- %1</source>
        <translation>« %1 » n&apos;est pas une option. Un numéro de téléphone commence par + (par exemple +%2) ; une valeur qui commence par - se place après --, comme dans : sms-hook-cli %3 -- %1</translation>
    </message>
    <message numerus="yes">
        <source>--%1 is given %n time(s) (%2); give it once (an option that takes several values takes them separated by commas).</source>
        <translation>
            <numerusform>--%1 est indiqué %n fois (%2) ; indiquez-le une seule fois (une option qui prend plusieurs valeurs les prend séparées par des virgules).</numerusform>
            <numerusform>--%1 est indiqué %n fois (%2) ; indiquez-le une seule fois (une option qui prend plusieurs valeurs les prend séparées par des virgules).</numerusform>
        </translation>
    </message>
    <message>
        <source>argument</source>
        <translation>argument</translation>
    </message>
    <message>
        <source>takes no arguments, but got &quot;%1&quot;; see sms-hook-cli --help.</source>
        <translation>n&apos;accepte aucun argument, mais a reçu « %1 » ; voir sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>give the %1; see sms-hook-cli --help.</source>
        <translation>indiquez : %1 ; voir sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>give one %1, not %2 (%3); see sms-hook-cli --help.</source>
        <translation>indiquez un seul élément (%1), pas %2 (%3) ; voir sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from %3 to %4.</source>
        <translation>--%1 : « %2 » n&apos;est pas un nombre entier de %3 à %4.</translation>
    </message>
    <message>
        <source>--profile is required: name the profile, for example --profile Production.</source>
        <translation>--profile est obligatoire : nommez le profil, par exemple --profile Production.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; does not exist.</source>
        <translation>le profil « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Create it with: sms-hook-cli profiles add &quot;%1&quot;</source>
        <translation>Créez-le avec : sms-hook-cli profiles add &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No profiles. Add one with: sms-hook-cli profiles add NAME</source>
        <translation>Aucun profil. Ajoutez-en un avec : sms-hook-cli profiles add NAME</translation>
    </message>
    <message>
        <source>Default region for numbers without +.</source>
        <translation>Région par défaut pour les numéros sans +.</translation>
    </message>
    <message>
        <source>Base URL of api.twilio.com.</source>
        <translation>URL de base d&apos;api.twilio.com.</translation>
    </message>
    <message>
        <source>Base URL of verify.twilio.com.</source>
        <translation>URL de base de verify.twilio.com.</translation>
    </message>
    <message>
        <source>profile name</source>
        <translation>nom du profil</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; already exists.</source>
        <translation>le profil « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Pick another name or remove it first.</source>
        <translation>Choisissez un autre nom ou supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot;.</source>
        <translation>Profil « %1 » ajouté.</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its secrets.</source>
        <translation>Profil « %1 » et ses secrets supprimés.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>secret name</source>
        <translation>nom du secret</translation>
    </message>
    <message>
        <source>Value for %1: </source>
        <translation>Valeur de %1 : </translation>
    </message>
    <message>
        <source>could not read the value from standard input.</source>
        <translation>impossible de lire la valeur sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Stored %1 for profile &quot;%2&quot; in the keychain.</source>
        <translation>%1 enregistré dans le trousseau pour le profil « %2 ».</translation>
    </message>
    <message>
        <source>Removed %1 from profile &quot;%2&quot;.</source>
        <translation>%1 supprimé du profil « %2 ».</translation>
    </message>
    <message>
        <source>Region for numbers written without +.</source>
        <translation>Région pour les numéros écrits sans +.</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>%1  valid, %2, region %3</source>
        <translation>%1  valide, %2, région %3</translation>
    </message>
    <message>
        <source>Write it as %1 in the hook and in Twilio (E.164).</source>
        <translation>Écrivez-le %1 dans le hook et chez Twilio (E.164).</translation>
    </message>
    <message>
        <source>Twilio error %1: %2</source>
        <translation>Erreur Twilio %1 : %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>could not start the built-in sandbox on 127.0.0.1.</source>
        <translation>impossible de démarrer le bac à sable intégré sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Using a sandbox inside this command (%1); its messages are gone when it ends.</source>
        <translation>Cette commande utilise son propre bac à sable (%1) ; ses messages disparaissent à la fin de la commande.</translation>
    </message>
    <message>
        <source>Recipient phone number.</source>
        <translation>Numéro de téléphone du destinataire.</translation>
    </message>
    <message>
        <source>Message text.</source>
        <translation>Texte du message.</translation>
    </message>
    <message>
        <source>Follow the message until a final status.</source>
        <translation>Suivre le message jusqu&apos;à un statut final.</translation>
    </message>
    <message>
        <source>send needs --to NUMBER and --body TEXT; see sms-hook-cli --help.</source>
        <translation>send nécessite --to NUMÉRO et --body TEXTE ; voir sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>The code to send (Auth0&apos;s context.code).</source>
        <translation>Le code à envoyer (context.code d&apos;Auth0).</translation>
    </message>
    <message>
        <source>Language of the message, e.g. en.</source>
        <translation>Langue du message, par exemple en.</translation>
    </message>
    <message>
        <source>verify needs --to NUMBER and --code CODE; see sms-hook-cli --help.</source>
        <translation>verify nécessite --to NUMÉRO et --code CODE ; voir sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>sms-hook-cli: %1</source>
        <translation>sms-hook-cli : %1</translation>
    </message>
    <message>
        <source>sms-hook-cli: no answer to the send; looking for the message in Twilio&apos;s message log...</source>
        <translation>sms-hook-cli : pas de réponse à l&apos;envoi ; recherche du message dans le journal des messages de Twilio...</translation>
    </message>
    <message>
        <source>sms-hook-cli: found it: %1 (%2). It was sent; do not send again. Follow it with: sms-hook-cli status --profile &quot;%3&quot; %1</source>
        <translation>sms-hook-cli : trouvé : %1 (%2). Il a été envoyé ; ne le renvoyez pas. Suivez-le avec : sms-hook-cli status --profile &quot;%3&quot; %1</translation>
    </message>
    <message>
        <source>sms-hook-cli: no such message in Twilio&apos;s log: it was most likely not created.</source>
        <translation>sms-hook-cli : aucun message de ce type dans le journal de Twilio : il n&apos;a très probablement pas été créé.</translation>
    </message>
    <message>
        <source>sms-hook-cli: the lookup failed too: %1</source>
        <translation>sms-hook-cli : la recherche a échoué elle aussi : %1</translation>
    </message>
    <message>
        <source>sms-hook-cli: interrupted; stopping.</source>
        <translation>sms-hook-cli : interrompu ; arrêt.</translation>
    </message>
    <message>
        <source>sms-hook-cli: interrupted; the lookup was stopped.</source>
        <translation>sms-hook-cli : interrompu ; la recherche a été arrêtée.</translation>
    </message>
    <message>
        <source>sms-hook-cli: warning: %1</source>
        <translation>sms-hook-cli : avertissement : %1</translation>
    </message>
    <message>
        <source>Verification %1 for %2: %3 (service %4).</source>
        <translation>Vérification %1 pour %2 : %3 (service %4).</translation>
    </message>
    <message numerus="yes">
        <source>Accepted: %1  status %2  to %3  from %4  %n segment(s) (%5)</source>
        <translation>
            <numerusform>Accepté : %1  statut %2  à %3  de %4  %n segment (%5)</numerusform>
            <numerusform>Accepté : %1  statut %2  à %3  de %4  %n segments (%5)</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the message log (sms-hook-cli status, or the Twilio Console) before sending again.</source>
        <translation>Consultez le journal des messages (sms-hook-cli status ou la Twilio Console) avant de renvoyer.</translation>
    </message>
    <message>
        <source>message SID</source>
        <translation>SID du message</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a message SID: SM (or MM) followed by 32 hex digits.</source>
        <translation>« %1 » n&apos;est pas un SID de message : SM (ou MM) suivi de 32 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>%1 to %2: %3.</source>
        <translation>%1 à %2 : %3.</translation>
    </message>
    <message>
        <source>%1  %2  to %3  from %4</source>
        <translation>%1  %2  à %3  de %4</translation>
    </message>
    <message>
        <source>sms-hook-cli: warning: sent, but no delivery receipt arrived; many carriers send none.</source>
        <translation>sms-hook-cli : avertissement : envoyé, mais aucun accusé de réception n&apos;est arrivé ; beaucoup d&apos;opérateurs n&apos;en envoient pas.</translation>
    </message>
    <message>
        <source>no final status in time (last: %1).</source>
        <translation>aucun statut final dans le délai (dernier : %1).</translation>
    </message>
    <message>
        <source>Check the message log later.</source>
        <translation>Consultez le journal des messages plus tard.</translation>
    </message>
    <message>
        <source>Cancelled: stopped following %1 (last status: %2). Only reading stopped; the message goes on as Twilio has it.</source>
        <translation>Annulé : suivi de %1 arrêté (dernier statut : %2). Seule la lecture s&apos;est arrêtée ; le message poursuit son cours chez Twilio.</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>pas encore lu</translation>
    </message>
    <message>
        <source>could not read standard input.</source>
        <translation>impossible de lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>line %1: not JSON (%2)</source>
        <translation>ligne %1 : pas du JSON (%2)</translation>
    </message>
    <message>
        <source>line %1: expected an object with a string &quot;body&quot;</source>
        <translation>ligne %1 : objet attendu avec une chaîne &quot;body&quot;</translation>
    </message>
    <message>
        <source>line %1: &quot;smart_encoding&quot; must be true or false</source>
        <translation>ligne %1 : &quot;smart_encoding&quot; doit valoir true ou false</translation>
    </message>
    <message numerus="yes">
        <source>sms-hook-cli: %n input line(s) could not be read; see the &quot;error&quot; lines.</source>
        <translation>
            <numerusform>sms-hook-cli : %n ligne d&apos;entrée n&apos;a pas pu être lue ; voir les lignes &quot;error&quot;.</numerusform>
            <numerusform>sms-hook-cli : %n lignes d&apos;entrée n&apos;ont pas pu être lues ; voir les lignes &quot;error&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default: a free one).</source>
        <translation>Port sur 127.0.0.1 (par défaut : un port libre).</translation>
    </message>
    <message>
        <source>Real seconds per sandbox second (default 1).</source>
        <translation>Secondes réelles par seconde du bac à sable (par défaut 1).</translation>
    </message>
    <message>
        <source>--port: a number from 0 to 65535.</source>
        <translation>--port : un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <source>--time-scale: a number above 0, such as 0.1 or 1.</source>
        <translation>--time-scale : un nombre supérieur à 0, par exemple 0.1 ou 1.</translation>
    </message>
    <message>
        <source>could not listen on 127.0.0.1:%1.</source>
        <translation>impossible d&apos;écouter sur 127.0.0.1:%1.</translation>
    </message>
    <message>
        <source>Pick another --port, or leave it out for a free one.</source>
        <translation>Choisissez un autre --port, ou omettez-le pour en obtenir un libre.</translation>
    </message>
    <message>
        <source>could not start the Auth0 simulator on 127.0.0.1.</source>
        <translation>impossible de démarrer le simulateur Auth0 sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Free some loopback ports, then try again.</source>
        <translation>Libérez quelques ports de bouclage, puis réessayez.</translation>
    </message>
    <message>
        <source>Sandbox at %1  TWILIO_ACCOUNT_SID=%2  TWILIO_AUTH_TOKEN=%3  TWILIO_PHONE_NUMBER=%4  TWILIO_VERIFY_SERVICE_SID=%5 (custom codes on) or %6 (custom codes off)  Messaging Service %7  |  Auth0 tenant %8 at %9 (Unified Phone Experience), %10 at %11 (legacy MFA phone)  client ID %12  client secret %13  |  without update:actions: client ID %14  client secret %15  (Ctrl+C to stop)</source>
        <translation>Bac à sable à %1  TWILIO_ACCOUNT_SID=%2  TWILIO_AUTH_TOKEN=%3  TWILIO_PHONE_NUMBER=%4  TWILIO_VERIFY_SERVICE_SID=%5 (codes personnalisés activés) ou %6 (codes personnalisés désactivés)  Messaging Service %7  |  Locataire Auth0 %8 à %9 (Unified Phone Experience), %10 à %11 (ancienne configuration téléphonique MFA)  ID client %12  secret client %13  |  sans update:actions : ID client %14  secret client %15  (Ctrl+C pour arrêter)</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot; with the sandbox&apos;s test credentials.</source>
        <translation>Profil « %1 » ajouté avec les identifiants de test du bac à sable.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is ready.</source>
        <translation>Le profil « %1 » est prêt.</translation>
    </message>
    <message>
        <source>The Action&apos;s code.</source>
        <translation>Le code de l&apos;Action.</translation>
    </message>
    <message>
        <source>The Action&apos;s name (default: the bound one, else &quot;SMS Hook Console (PROFILE)&quot;).</source>
        <translation>Le nom de l&apos;Action (par défaut : celle qui est liée, sinon &quot;SMS Hook Console (PROFIL)&quot;).</translation>
    </message>
    <message>
        <source>node22 (default) or node18.</source>
        <translation>node22 (par défaut) ou node18.</translation>
    </message>
    <message>
        <source>Deploy only: do not bind it or change the tenant&apos;s phone set-up.</source>
        <translation>Déployer seulement : ne pas la lier ni modifier la configuration téléphonique du locataire.</translation>
    </message>
    <message>
        <source>--runtime: use node22 or node18, not &quot;%1&quot;.</source>
        <translation>--runtime : utilisez node22 ou node18, pas « %1 ».</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Write the code here instead of standard output.</source>
        <translation>Écrire le code ici au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote version %1 of &quot;%2&quot; to %3.</source>
        <translation>Version %1 de « %2 » écrite dans %3.</translation>
    </message>
    <message>
        <source>The version to deploy again (default: the one before the deployed one).</source>
        <translation>La version à redéployer (par défaut : celle qui précède la version déployée).</translation>
    </message>
    <message>
        <source>--version: a version number, 1 or more.</source>
        <translation>--version : un numéro de version, 1 ou plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: version %2 is deployed, with the code of version %3 (was version %4).</source>
        <translation>« %1 » : la version %2 est déployée, avec le code de la version %3 (auparavant version %4).</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>request: %1 %2  %3  -&gt; %4 (%5 ms)</source>
        <translation>requête : %1 %2  %3  -&gt; %4 (%5 ms)</translation>
    </message>
    <message>
        <source>The Action (%1) finished after %2 ms; it returned %3.</source>
        <translation>L&apos;Action (%1) s&apos;est terminée après %2 ms ; elle a renvoyé %3.</translation>
    </message>
    <message>
        <source>cb(null, %1) after %2 ms.</source>
        <translation>cb(null, %1) après %2 ms.</translation>
    </message>
    <message>
        <source>%1 (after %2 ms)</source>
        <translation>%1 (après %2 ms)</translation>
    </message>
    <message>
        <source>Give a JSON object, e.g. --%1 &apos;%2&apos;.</source>
        <translation>Indiquez un objet JSON, par exemple --%1 &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--%1: not valid JSON: %2 at offset %3.</source>
        <translation>--%1 : JSON non valide : %2 à la position %3.</translation>
    </message>
    <message>
        <source>--%1: expected a JSON object.</source>
        <translation>--%1 : objet JSON attendu.</translation>
    </message>
    <message>
        <source>The profile whose secrets the code reads.</source>
        <translation>Le profil dont le code lit les secrets.</translation>
    </message>
    <message>
        <source>Auth0&apos;s recipient.</source>
        <translation>Le destinataire d&apos;Auth0.</translation>
    </message>
    <message>
        <source>Auth0&apos;s text.</source>
        <translation>Le texte d&apos;Auth0.</translation>
    </message>
    <message>
        <source>A hook: JSON object merged over the sample context.</source>
        <translation>Un hook : objet JSON fusionné avec le context d&apos;exemple.</translation>
    </message>
    <message>
        <source>An Action: JSON object merged over the event Auth0 builds.</source>
        <translation>Une Action : objet JSON fusionné avec l&apos;event que construit Auth0.</translation>
    </message>
    <message>
        <source>Folder with the npm packages the code requires (default: the profile&apos;s modules folder).</source>
        <translation>Dossier contenant les paquets npm que charge le code (par défaut : le dossier des modules du profil).</translation>
    </message>
    <message>
        <source>--context is for a hook, --event for an Action: give one of them.</source>
        <translation>--context sert pour un hook, --event pour une Action : indiquez l&apos;un des deux.</translation>
    </message>
    <message>
        <source>run-hook needs --to NUMBER (or an --event that names its recipient); see sms-hook-cli --help.</source>
        <translation>run-hook nécessite --to NUMÉRO (ou un --event qui nomme son destinataire) ; voir sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation>--to : %1</translation>
    </message>
    <message>
        <source>The modules folder %1 does not exist.</source>
        <translation>Le dossier des modules %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Pass an existing folder with --modules, or choose the profile&apos;s modules folder again on the Hook code page.</source>
        <translation>Indiquez un dossier existant avec --modules, ou choisissez de nouveau le dossier des modules du profil sur la page Code du hook.</translation>
    </message>
    <message>
        <source>  run-hook FILE --profile P --to N [--text T] [--context JSON] [--timeout-ms MS]
                                     run a Send Phone Message hook as Auth0 would, with
                                     the profile&apos;s secrets; its sends go to the
                                     profile&apos;s Twilio (or sandbox) and the delivery log
</source>
        <translation>  run-hook FILE --profile P --to N [--text T] [--context JSON] [--timeout-ms MS]
                                     exécuter un hook Send Phone Message comme le
                                     ferait Auth0, avec les secrets du profil ; ses
                                     envois vont au Twilio (ou au bac à sable) du
                                     profil et au journal des envois
</translation>
    </message>
    <message>
        <source>Only this profile.</source>
        <translation>Ce profil uniquement.</translation>
    </message>
    <message>
        <source>Twilio status (delivered, undelivered, ...); commas for several.</source>
        <translation>Statut Twilio (delivered, undelivered, ...) ; virgules pour plusieurs.</translation>
    </message>
    <message>
        <source>messages or verify.</source>
        <translation>messages ou verify.</translation>
    </message>
    <message>
        <source>form, cli, hook, action or twilio.</source>
        <translation>form, cli, hook, action ou twilio.</translation>
    </message>
    <message>
        <source>From this day or time (UTC).</source>
        <translation>À partir de ce jour ou de cette heure (UTC).</translation>
    </message>
    <message>
        <source>Up to this day (included) or time.</source>
        <translation>Jusqu&apos;à ce jour (inclus) ou cette heure.</translation>
    </message>
    <message>
        <source>Recipient numbers containing these digits.</source>
        <translation>Numéros de destinataire contenant ces chiffres.</translation>
    </message>
    <message>
        <source>Twilio error code.</source>
        <translation>Code d&apos;erreur Twilio.</translation>
    </message>
    <message>
        <source>Text in the body, numbers, SID or error message.</source>
        <translation>Texte du corps, numéros, SID ou message d&apos;erreur.</translation>
    </message>
    <message>
        <source>--%1: expected %2.</source>
        <translation>--%1 : attendu : %2.</translation>
    </message>
    <message>
        <source>messages or verify</source>
        <translation>messages ou verify</translation>
    </message>
    <message>
        <source>form, cli, hook, action or twilio</source>
        <translation>form, cli, hook, action ou twilio</translation>
    </message>
    <message>
        <source>a day as YYYY-MM-DD (UTC) or an ISO date-time such as 2024-05-01T13:45:00Z</source>
        <translation>un jour au format AAAA-MM-JJ (UTC) ou une date-heure ISO comme 2024-05-01T13:45:00Z</translation>
    </message>
    <message>
        <source>a Twilio error code such as 30003</source>
        <translation>un code d&apos;erreur Twilio comme 30003</translation>
    </message>
    <message>
        <source>At most N rows (default 50; 0: all).</source>
        <translation>Au plus N lignes (par défaut 50 ; 0 : toutes).</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>No attempts match (log: %1).</source>
        <translation>Aucune tentative ne correspond (journal : %1).</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv ou json.</translation>
    </message>
    <message>
        <source>File to write (default: stdout).</source>
        <translation>Fichier à écrire (par défaut : stdout).</translation>
    </message>
    <message>
        <source>csv or json</source>
        <translation>csv ou json</translation>
    </message>
    <message>
        <source>--json needs --output FILE: the export itself goes to stdout otherwise.</source>
        <translation>--json nécessite --output FICHIER : sinon, l&apos;export lui-même part sur stdout.</translation>
    </message>
    <message>
        <source>cannot write to standard output.</source>
        <translation>impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>First day (UTC).</source>
        <translation>Premier jour (UTC).</translation>
    </message>
    <message>
        <source>Last day, included (default today).</source>
        <translation>Dernier jour, inclus (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Messages per page, 1 to 1000 (default 100).</source>
        <translation>Messages par page, de 1 à 1000 (par défaut 100).</translation>
    </message>
    <message>
        <source>Keep one-time codes in the imported bodies (masked by default).</source>
        <translation>Conserver les codes à usage unique dans les corps importés (masqués par défaut).</translation>
    </message>
    <message>
        <source>logs sync needs --since DATE (YYYY-MM-DD); see sms-hook-cli --help.</source>
        <translation>logs sync nécessite --since DATE (AAAA-MM-JJ) ; voir sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>a day as YYYY-MM-DD (UTC) or an ISO date-time</source>
        <translation>un jour au format AAAA-MM-JJ (UTC) ou une date-heure ISO</translation>
    </message>
    <message>
        <source>a day on or after --since</source>
        <translation>un jour égal ou postérieur à --since</translation>
    </message>
    <message numerus="yes">
        <source>sync cancelled after %n page(s).</source>
        <translation>
            <numerusform>synchronisation annulée après %n page.</numerusform>
            <numerusform>synchronisation annulée après %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the same command again to continue where it stopped.</source>
        <translation>Relancez la même commande pour reprendre là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>unknown command &quot;logs %1&quot;. Run sms-hook-cli --help for the list.</source>
        <translation>commande « logs %1 » inconnue. Lancez sms-hook-cli --help pour la liste.</translation>
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
                                     le journal des envois, le plus récent en premier
                                     (par défaut 50)
  logs export --format csv|json [filters as for list] [--output FILE]
                                     les tentatives correspondantes avec leur
                                     chronologie
  logs sync --profile P --since DATE [--until DATE] [--page-size N] [--keep-codes]
                                     importer le journal des messages de Twilio pour
                                     ces jours (codes à usage unique masqués sauf
                                     avec --keep-codes) ; Ctrl+C arrête, relancer
                                     reprend
                                     DATE : AAAA-MM-JJ (UTC) ou une date-heure ISO
</translation>
    </message>
    <message>
        <source>Write this to the tenant? [y/N] </source>
        <translation>Écrire ceci sur le locataire ? [y/N] </translation>
    </message>
    <message>
        <source>--credential: use client-secret or password.</source>
        <translation>--credential : utilisez client-secret ou password.</translation>
    </message>
    <message>
        <source>Password of the test user: </source>
        <translation>Mot de passe de l&apos;utilisateur de test : </translation>
    </message>
    <message>
        <source>Client secret of the test application: </source>
        <translation>Secret client de l&apos;application de test : </translation>
    </message>
    <message>
        <source>nothing on standard input.</source>
        <translation>rien sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Pipe it in: printf %s &quot;$VALUE&quot; | sms-hook-cli auth0 test-mfa --profile P --credential %1</source>
        <translation>Transmettez-le par un tube : printf %s &quot;$VALUE&quot; | sms-hook-cli auth0 test-mfa --profile P --credential %1</translation>
    </message>
    <message>
        <source>Stored %1 in the keychain.</source>
        <translation>%1 enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>The console created no test application or user for &quot;%1&quot;; only its settings and keychain entries go.</source>
        <translation>La console n&apos;a créé aucune application ni aucun utilisateur de test pour « %1 » ; seuls ses réglages et ses entrées de trousseau sont supprimés.</translation>
    </message>
    <message>
        <source>Removing the MFA test&apos;s own application and user writes:</source>
        <translation>La suppression de l&apos;application et de l&apos;utilisateur propres au test MFA écrit :</translation>
    </message>
    <message>
        <source>nothing was removed.</source>
        <translation>rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Add --yes to remove what is listed.</source>
        <translation>Ajoutez --yes pour supprimer ce qui est listé.</translation>
    </message>
    <message>
        <source>Setting up the MFA test writes to the tenant:</source>
        <translation>La mise en place du test MFA écrit sur le locataire :</translation>
    </message>
    <message>
        <source>  and keeps %1 in the keychain.</source>
        <translation>  et conserve %1 dans le trousseau.</translation>
    </message>
    <message>
        <source>nothing was written to the tenant.</source>
        <translation>rien n&apos;a été écrit sur le locataire.</translation>
    </message>
    <message>
        <source>Add --yes to write what is listed.</source>
        <translation>Ajoutez --yes pour écrire ce qui est listé.</translation>
    </message>
    <message>
        <source>Using a sandbox inside this command; the simulated handset of %1 reads the code.</source>
        <translation>Cette commande utilise son propre bac à sable ; le téléphone simulé de %1 lit le code.</translation>
    </message>
    <message>
        <source>Code texted to %1: </source>
        <translation>Code envoyé par SMS à %1 : </translation>
    </message>
    <message>
        <source>Twilio message %1: %2</source>
        <translation>Message Twilio %1 : %2</translation>
    </message>
    <message>
        <source>Auth0 log: %1  %2  %3</source>
        <translation>Journal Auth0 : %1  %2  %3</translation>
    </message>
    <message>
        <source>The test phone, E.164.</source>
        <translation>Le téléphone de test, au format E.164.</translation>
    </message>
    <message>
        <source>Create the console&apos;s own test application and user first.</source>
        <translation>Créer d&apos;abord l&apos;application et l&apos;utilisateur de test propres à la console.</translation>
    </message>
    <message>
        <source>Remove the console&apos;s test application and user.</source>
        <translation>Supprimer l&apos;application et l&apos;utilisateur de test de la console.</translation>
    </message>
    <message>
        <source>Write what the plan lists.</source>
        <translation>Écrire ce que liste le plan.</translation>
    </message>
    <message>
        <source>Name an existing test application.</source>
        <translation>Nommer une application de test existante.</translation>
    </message>
    <message>
        <source>Name an existing test user.</source>
        <translation>Nommer un utilisateur de test existant.</translation>
    </message>
    <message>
        <source>The test user&apos;s database connection.</source>
        <translation>La connexion de base de données de l&apos;utilisateur de test.</translation>
    </message>
    <message>
        <source>Store client-secret or password from standard input.</source>
        <translation>Enregistrer client-secret ou password depuis l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Unified tenants: also send the phone provider&apos;s test message.</source>
        <translation>Locataires Unified : envoyer aussi le message de test du fournisseur de téléphonie.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; is not connected to a tenant.</source>
        <translation>le profil « %1 » n&apos;est relié à aucun locataire.</translation>
    </message>
    <message>
        <source>Connect it first: sms-hook-cli auth0 connect --profile &quot;%1&quot; ...</source>
        <translation>Reliez-le d&apos;abord : sms-hook-cli auth0 connect --profile &quot;%1&quot; ...</translation>
    </message>
    <message>
        <source>test-mfa needs --to NUMBER, the test phone in E.164; see sms-hook-cli --help.</source>
        <translation>test-mfa nécessite --to NUMÉRO, le téléphone de test au format E.164 ; voir sms-hook-cli --help.</translation>
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
                                     connecter l&apos;utilisateur de test et terminer la
                                     MFA avec le code reçu par SMS (code 0), en
                                     affichant la chronologie ; --setup crée d&apos;abord
                                     l&apos;application et l&apos;utilisateur de test de la
                                     console (le plan est affiché ; --yes)
  auth0 test-mfa --profile P --remove [--yes]
                                     supprimer l&apos;application et l&apos;utilisateur de test
                                     de la console
  auth0 test-mfa --profile P --client-id ID --user NAME [--connection C] --to N
                                     nommer une application et un utilisateur de test
                                     existants ; enregistrer leurs secrets avec
                                     --credential client-secret|password (depuis
                                     l&apos;entrée standard)
</translation>
    </message>
    <message>
        <source>JSON object merged over the event Auth0 builds.</source>
        <translation>Objet JSON fusionné avec l&apos;événement construit par Auth0.</translation>
    </message>
    <message>
        <source>A local file to compare the tenant&apos;s draft with.</source>
        <translation>Un fichier local avec lequel comparer le brouillon du locataire.</translation>
    </message>
    <message>
        <source>Write --code into the draft first (not deployed).</source>
        <translation>Écrire d&apos;abord --code dans le brouillon (non déployé).</translation>
    </message>
    <message>
        <source>--update-draft writes the file given with --code into the draft: add --code FILE.</source>
        <translation>--update-draft écrit dans le brouillon le fichier indiqué par --code : ajoutez --code FILE.</translation>
    </message>
    <message>
        <source>--event: expected a JSON object.</source>
        <translation>--event : un objet JSON est attendu.</translation>
    </message>
    <message>
        <source>Give a JSON object, e.g. --event &apos;{&quot;notification&quot;: {&quot;code&quot;: &quot;4321&quot;}}&apos;.</source>
        <translation>Indiquez un objet JSON, par ex. --event &apos;{&quot;notification&quot;: {&quot;code&quot;: &quot;4321&quot;}}&apos;.</translation>
    </message>
    <message>
        <source>action test-remote needs --to NUMBER (or an --event that names its recipient); see sms-hook-cli --help.</source>
        <translation>action test-remote nécessite --to NUMBER (ou un --event qui indique son destinataire) ; voir sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>The tenant&apos;s draft differs from %1:
%2</source>
        <translation>Le brouillon du locataire diffère de %1 :
%2</translation>
    </message>
    <message>
        <source>Tested the %1draft of &quot;%2&quot; (%3) in the tenant: %4</source>
        <translation>Brouillon %1de « %2 » (%3) testé dans le locataire : %4</translation>
    </message>
    <message>
        <source>updated </source>
        <translation>mis à jour </translation>
    </message>
    <message>
        <source>answered</source>
        <translation>a répondu</translation>
    </message>
    <message>
        <source>Twilio message %1</source>
        <translation>Message Twilio %1</translation>
    </message>
    <message>
        <source>error: %1%2%3</source>
        <translation>erreur : %1%2%3</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>motif : %1</translation>
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
                                     déployer le code comme Action téléphonique du
                                     locataire et l&apos;activer ; chaque étape affichée,
                                     code 1 en cas d&apos;échec
  action pull --profile P [--output F]
                                     le code déployé de l&apos;Action liée
  action rollback --profile P [--version N]
                                     redéployer une version antérieure
  action test-remote --profile P [--to N] [--text T] [--event JSON]
                     [--code FILE [--update-draft]]
                                     le locataire exécute le brouillon de son Action
                                     avec l&apos;événement d&apos;une exécution locale (code 1
                                     en cas d&apos;échec)
</translation>
    </message>
    <message>
        <source>delivery: %1 %2</source>
        <translation>remise : %1 %2</translation>
    </message>
    <message>
        <source>%1; commas for several.</source>
        <translation>%1 ; des virgules pour plusieurs.</translation>
    </message>
    <message>
        <source>one of %1, not &quot;%2&quot;</source>
        <translation>l&apos;un de %1, pas « %2 »</translation>
    </message>
    <message>
        <source>auth0: use connect, status, disconnect, test-mfa or logs; see sms-hook-cli --help.</source>
        <translation>auth0 : utilisez connect, status, disconnect, test-mfa ou logs ; voir sms-hook-cli --help.</translation>
    </message>
    <message numerus="yes">
        <source>The first day to read (YYYY-MM-DD, UTC). Without it: continue the last sync, or the last %n day(s).</source>
        <translation>
            <numerusform>Le premier jour à lire (AAAA-MM-JJ, UTC). Sans lui : reprendre la dernière synchronisation, ou remonter de %n jour.</numerusform>
            <numerusform>Le premier jour à lire (AAAA-MM-JJ, UTC). Sans lui : reprendre la dernière synchronisation, ou remonter de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>--since: expected a day as YYYY-MM-DD (UTC), today or earlier, not &quot;%1&quot;.</source>
        <translation>--since : un jour au format AAAA-MM-JJ (UTC) est attendu, aujourd&apos;hui ou avant, pas « %1 ».</translation>
    </message>
    <message>
        <source>Auth0&apos;s rate limit: waiting until %1.</source>
        <translation>Limite de débit d&apos;Auth0 : attente jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>sync cancelled.</source>
        <translation>synchronisation annulée.</translation>
    </message>
    <message>
        <source>auth0 logs: use sync; see sms-hook-cli --help.</source>
        <translation>auth0 logs : utilisez sync ; voir sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>  auth0 logs sync --profile P [--since DATE]
                                     read the tenant&apos;s MFA log events
                                     into the delivery log and match each
                                     send to its Twilio message; Ctrl+C
                                     stops, running it again resumes
</source>
        <translation>  auth0 logs sync --profile P [--since DATE]
                                     lire les événements MFA du journal du
                                     locataire dans le journal des envois et
                                     associer chaque envoi à son message Twilio ;
                                     Ctrl+C arrête, le relancer reprend
</translation>
    </message>
    <message>
        <source>Time limit of the run (default %1).</source>
        <translation>Durée maximale de l&apos;exécution (par défaut %1).</translation>
    </message>
    <message>
        <source>Synced %1: %2.</source>
        <translation>%1 synchronisé : %2.</translation>
    </message>
    <message>
        <source>Synced the tenant log of %1 since %2: %3.</source>
        <extracomment>%3 what was added and matched, with the pages read</extracomment>
        <translation>Journal du locataire de %1 synchronisé depuis %2 : %3.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
</context>
<context>
    <name>ConvertToAction</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Con&amp;vert to Action…</source>
        <translation>Con&amp;vertir en Action…</translation>
    </message>
    <message>
        <source>Convert this Send Phone Message hook into an Action for the tenant&apos;s trigger (as one edit: Undo brings the hook back)</source>
        <translation>Convertir ce hook Send Phone Message en Action pour le déclencheur du locataire (en une seule modification : Annuler rétablit le hook)</translation>
    </message>
    <message>
        <source>Convert to Action</source>
        <translation>Convertir en Action</translation>
    </message>
    <message>
        <source>The code changed while it was being converted, so it was left as it is. Convert it again.</source>
        <translation>Le code a changé pendant la conversion ; il a donc été laissé tel quel. Relancez la conversion.</translation>
    </message>
    <message>
        <source>The hook is now a %1 Action; everything was converted.</source>
        <translation>Le hook est désormais une Action %1 ; tout a été converti.</translation>
    </message>
    <message numerus="yes">
        <source>The hook is now a %1 Action, but %n part(s) could not be converted: they are marked TODO(convert) in the code and listed under Problems.</source>
        <translation>
            <numerusform>Le hook est désormais une Action %1, mais %n partie n&apos;a pas pu être convertie : elle est marquée TODO(convert) dans le code et listée sous Problèmes.</numerusform>
            <numerusform>Le hook est désormais une Action %1, mais %n parties n&apos;ont pas pu être converties : elles sont marquées TODO(convert) dans le code et listées sous Problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not converted:</source>
        <translation>Non converti :</translation>
    </message>
    <message>
        <source>Changed (see the &quot;Converted:&quot; comments):</source>
        <translation>Modifié (voir les commentaires « Converted: ») :</translation>
    </message>
    <message>
        <source>Add the twilio dependency and the secrets in the Action&apos;s settings in Auth0. Undo brings the hook back.</source>
        <translation>Ajoutez la dépendance twilio et les secrets dans les réglages de l&apos;Action dans Auth0. Annuler rétablit le hook.</translation>
    </message>
</context>
<context>
    <name>ConvertToActionDialog</name>
    <message>
        <source>Convert to Action</source>
        <translation>Convertir en Action</translation>
    </message>
    <message>
        <source>Auth0 no longer runs Send Phone Message hooks. The code is converted into an Action for the trigger your tenant runs; the hook&apos;s secrets become the Action&apos;s secrets (event.secrets), cb becomes return and throw. What cannot be converted stays in place, marked TODO(convert).</source>
        <translation>Auth0 n&apos;exécute plus les hooks Send Phone Message. Le code est converti en Action pour le déclencheur qu&apos;exécute votre locataire ; les secrets du hook deviennent les secrets de l&apos;Action (event.secrets), cb devient return et throw. Ce qui ne peut pas être converti reste en place, marqué TODO(convert).</translation>
    </message>
    <message>
        <source>&amp;send-phone-message: the legacy MFA phone set-up (delivery provider &quot;Custom&quot;)</source>
        <translation>&amp;send-phone-message : l&apos;ancienne configuration téléphonique MFA (fournisseur de diffusion « Custom »)</translation>
    </message>
    <message>
        <source>&amp;custom-phone-provider: the Unified Phone Experience (phone provider &quot;Custom&quot;)</source>
        <translation>&amp;custom-phone-provider : l&apos;Unified Phone Experience (fournisseur de téléphonie « Custom »)</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Convertir</translation>
    </message>
    <message>
        <source>The tenant runs the Unified Phone Experience (read on the Tenant page): custom-phone-provider.</source>
        <translation>Le locataire utilise l&apos;Unified Phone Experience (lu sur la page Locataire) : custom-phone-provider.</translation>
    </message>
    <message>
        <source>The tenant runs the legacy MFA phone set-up (read on the Tenant page): send-phone-message.</source>
        <translation>Le locataire utilise l&apos;ancienne configuration téléphonique MFA (lu sur la page Locataire) : send-phone-message.</translation>
    </message>
    <message>
        <source>The tenant&apos;s mode has not been read yet: open the Tenant page to read it. A tenant that ran hooks keeps the legacy set-up unless it moved to the Unified Phone Experience.</source>
        <translation>Le mode du locataire n&apos;a pas encore été lu : ouvrez la page Locataire pour le lire. Un locataire qui exécutait des hooks garde l&apos;ancienne configuration, sauf s&apos;il est passé à l&apos;Unified Phone Experience.</translation>
    </message>
    <message>
        <source>No tenant is connected to this profile, so its mode is not known. A tenant that ran hooks keeps the legacy set-up unless it moved to the Unified Phone Experience.</source>
        <translation>Aucun locataire n&apos;est relié à ce profil, son mode est donc inconnu. Un locataire qui exécutait des hooks garde l&apos;ancienne configuration, sauf s&apos;il est passé à l&apos;Unified Phone Experience.</translation>
    </message>
</context>
<context>
    <name>DeliveryLog</name>
    <message>
        <source>the delivery log is not open</source>
        <translation>le journal des envois n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>attempt %1 is not in the log</source>
        <translation>la tentative %1 n&apos;est pas dans le journal</translation>
    </message>
    <message>
        <source>the attempt was never recorded</source>
        <translation>la tentative n&apos;a jamais été enregistrée</translation>
    </message>
    <message>
        <source>the delivery log could not be read or written</source>
        <translation>le journal des envois n&apos;a pas pu être lu ou écrit</translation>
    </message>
</context>
<context>
    <name>DeliveryLogModel</name>
    <message>
        <source>Twilio error %1: %2</source>
        <translation>Erreur Twilio %1 : %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
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
        <translation>Source</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>From / service</source>
        <translation>De / service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>(no longer in the log)</source>
        <translation>(n&apos;est plus dans le journal)</translation>
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
        <translation>Page Exécuter</translation>
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
        <translation>Import Twilio</translation>
    </message>
    <message>
        <source>Not sortable: an index over every message would take as much room as the messages themselves. Search the messages instead.</source>
        <translation>Non triable : un index sur tous les messages prendrait autant de place que les messages eux-mêmes. Recherchez plutôt dans les messages.</translation>
    </message>
</context>
<context>
    <name>DeliveryTracker</name>
    <message>
        <source>The Twilio client is gone.</source>
        <translation>Le client Twilio n&apos;existe plus.</translation>
    </message>
    <message numerus="yes">
        <source>The delivery status could not be read (%1 of %n tries): %2 Polling again in %3 s.</source>
        <extracomment>%1 failed polls so far, %n the most before giving up, %2 why, %3 seconds</extracomment>
        <translation>
            <numerusform>L&apos;état de remise n&apos;a pas pu être lu (%1 sur %n essai) : %2 Nouvelle interrogation dans %3 s.</numerusform>
            <numerusform>L&apos;état de remise n&apos;a pas pu être lu (%1 sur %n essais) : %2 Nouvelle interrogation dans %3 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <source>Deploy the Action</source>
        <translation>Déployer l&apos;Action</translation>
    </message>
    <message>
        <source>Action &amp;name:</source>
        <translation>&amp;Nom de l&apos;Action :</translation>
    </message>
    <message>
        <source>the Action bound to the trigger</source>
        <translation>l&apos;Action liée au déclencheur</translation>
    </message>
    <message>
        <source>R&amp;untime:</source>
        <translation>&amp;Environnement d&apos;exécution :</translation>
    </message>
    <message>
        <source>&amp;Activate: bind it, turn SMS on, select it as the phone provider</source>
        <translation>&amp;Activer : la lier, activer les SMS, la sélectionner comme fournisseur de téléphonie</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Déployer</translation>
    </message>
    <message>
        <source>Node 22 (recommended)</source>
        <translation>Node 22 (recommandé)</translation>
    </message>
    <message>
        <source>Node 18</source>
        <translation>Node 18</translation>
    </message>
    <message>
        <source>Deploy to %1. This code exports no Action handler: the check will say what to change.</source>
        <translation>Déployer sur %1. Ce code n&apos;exporte aucun gestionnaire d&apos;Action : la vérification indiquera quoi changer.</translation>
    </message>
    <message>
        <source>Deploy this code to %1 as its %2 Action, with the secrets it reads from this profile&apos;s keychain and twilio %3.</source>
        <translation>Déployer ce code sur %1 comme son Action %2, avec les secrets qu&apos;il lit dans le trousseau de ce profil et twilio %3.</translation>
    </message>
    <message>
        <source>Reading what %1 runs now…</source>
        <translation>Lecture de ce qu&apos;exécute %1 actuellement…</translation>
    </message>
    <message>
        <source>Nothing is deployed for the tenant&apos;s trigger yet: a new Action will be created.</source>
        <translation>Rien n&apos;est encore déployé pour le déclencheur du locataire : une nouvelle Action sera créée.</translation>
    </message>
    <message>
        <source>What the tenant runs could not be read: %1</source>
        <translation>Impossible de lire ce qu&apos;exécute le locataire : %1</translation>
    </message>
    <message>
        <source>%1, version %2 (deployed)</source>
        <translation>%1, version %2 (déployée)</translation>
    </message>
    <message>
        <source>this code</source>
        <translation>ce code</translation>
    </message>
    <message>
        <source>&quot;%1&quot; version %2 already runs this code; deploying again updates its secrets from the keychain.</source>
        <translation>« %1 » version %2 exécute déjà ce code ; un nouveau déploiement met à jour ses secrets depuis le trousseau.</translation>
    </message>
    <message>
        <source>Changes from what &quot;%1&quot; runs now:</source>
        <translation>Modifications par rapport à ce qu&apos;exécute « %1 » actuellement :</translation>
    </message>
    <message>
        <source>Deployed version %1 of &quot;%2&quot;. %3</source>
        <translation>Version %1 de « %2 » déployée. %3</translation>
    </message>
    <message>
        <source>&amp;Deploy again</source>
        <translation>&amp;Redéployer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Changes to the deployed code</source>
        <translation>Modifications du code déployé</translation>
    </message>
    <message>
        <source>Deploy steps</source>
        <translation>Étapes du déploiement</translation>
    </message>
</context>
<context>
    <name>ExplanationMarkdown</name>
    <message>
        <source>Possible causes</source>
        <translation>Causes possibles</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Twilio&apos;s documentation of this error</source>
        <translation>Documentation de Twilio sur cette erreur</translation>
    </message>
    <message>
        <source>Twilio error %1: %2</source>
        <translation>Erreur Twilio %1 : %2</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
</context>
<context>
    <name>HookCodeStore</name>
    <message>
        <source>Could not create the folder %1 for hook code: check its permissions and free space.</source>
        <translation>Impossible de créer le dossier %1 pour le code du hook : vérifiez ses droits d&apos;accès et l&apos;espace libre.</translation>
    </message>
    <message>
        <source>Could not save the hook code to %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation>Impossible d&apos;enregistrer le code du hook dans %1 : %2. Vérifiez les droits d&apos;accès du dossier et l&apos;espace libre.</translation>
    </message>
</context>
<context>
    <name>HookEditor</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correctif :</translation>
    </message>
</context>
<context>
    <name>HookLint</name>
    <message>
        <source>module.exports is never assigned: Auth0 finds no handler.</source>
        <translation>module.exports n&apos;est jamais affecté : Auth0 ne trouve aucun gestionnaire.</translation>
    </message>
    <message>
        <source>module.exports is not assigned a function.</source>
        <translation>Aucune fonction n&apos;est affectée à module.exports.</translation>
    </message>
    <message numerus="yes">
        <source>The exported function takes %n parameter(s); Auth0 calls it with 4.</source>
        <translation>
            <numerusform>La fonction exportée prend %n paramètre ; Auth0 l&apos;appelle avec 4.</numerusform>
            <numerusform>La fonction exportée prend %n paramètres ; Auth0 l&apos;appelle avec 4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the handler as module.exports = function (recipient, text, context, cb) { ... }.</source>
        <translation>Exportez le gestionnaire sous la forme module.exports = function (recipient, text, context, cb) { ... }.</translation>
    </message>
    <message>
        <source>This return ends the hook without calling %1.</source>
        <translation>Ce return termine le hook sans appeler %1.</translation>
    </message>
    <message>
        <source>Only one branch of this if leads to %1: the other may end without it.</source>
        <translation>Une seule branche de ce if mène à %1 : l&apos;autre peut se terminer sans.</translation>
    </message>
    <message>
        <source>This promise chain calls %1 on success only: a failure is never reported.</source>
        <translation>Cette chaîne de promesses n&apos;appelle %1 qu&apos;en cas de succès : un échec n&apos;est jamais signalé.</translation>
    </message>
    <message>
        <source>This promise chain calls %1 on failure only: a success is never reported.</source>
        <translation>Cette chaîne de promesses n&apos;appelle %1 qu&apos;en cas d&apos;échec : un succès n&apos;est jamais signalé.</translation>
    </message>
    <message>
        <source>The hook may end here without calling %1.</source>
        <translation>Le hook peut se terminer ici sans appeler %1.</translation>
    </message>
    <message>
        <source>Call %1(error) or %1(null, result) on every path, including errors (add the missing else or .catch); otherwise Auth0 waits until its time limit.</source>
        <translation>Appelez %1(error) ou %1(null, result) sur chaque chemin, erreurs comprises (ajoutez le else ou le .catch manquant) ; sinon Auth0 attend jusqu&apos;à sa limite de temps.</translation>
    </message>
    <message>
        <source>require() with a computed module name cannot be checked.</source>
        <translation>Un require() avec un nom de module calculé ne peut pas être vérifié.</translation>
    </message>
    <message>
        <source>Write the module&apos;s name as a literal, e.g. require(&apos;twilio&apos;).</source>
        <translation>Écrivez le nom du module en littéral, par exemple require(&apos;twilio&apos;).</translation>
    </message>
    <message>
        <source>require(&apos;%1&apos;): Auth0 runs the code as one file, so it cannot load files beside it.</source>
        <translation>require(&apos;%1&apos;) : Auth0 exécute le code comme un seul fichier ; il ne peut donc pas charger les fichiers voisins.</translation>
    </message>
    <message>
        <source>Put that code in this file, or publish it as a package.</source>
        <translation>Placez ce code dans ce fichier, ou publiez-le sous forme de paquet.</translation>
    </message>
    <message>
        <source>require(&apos;%1&apos;): a package besides Node&apos;s own modules and twilio.</source>
        <translation>require(&apos;%1&apos;) : un paquet autre que les modules de Node et twilio.</translation>
    </message>
    <message>
        <source>Add it to the Action&apos;s dependencies in Auth0; to run it here, run &quot;npm install %1&quot; in a folder and choose it as the profile&apos;s modules folder.</source>
        <translation>Ajoutez-le aux dépendances de l&apos;Action dans Auth0 ; pour l&apos;exécuter ici, lancez « npm install %1 » dans un dossier et choisissez-le comme dossier des modules du profil.</translation>
    </message>
    <message>
        <source>This is a Send Phone Message hook: Auth0 stopped running hooks on 18 November 2026, and the tenant runs a %1 Action instead.</source>
        <translation>Il s&apos;agit d&apos;un hook Send Phone Message : Auth0 n&apos;exécute plus les hooks depuis le 18 novembre 2026, et le locataire exécute une Action %1 à la place.</translation>
    </message>
    <message>
        <source>Convert it to an Action (Convert to Action, or sms-hook-cli action convert) and deploy that.</source>
        <translation>Convertissez-le en Action (Convertir en Action, ou sms-hook-cli action convert) et déployez-la.</translation>
    </message>
    <message>
        <source>The code exports %1, but the tenant runs %2: Auth0 never calls this handler.</source>
        <translation>Le code exporte %1, mais le locataire exécute %2 : Auth0 n&apos;appelle jamais ce gestionnaire.</translation>
    </message>
    <message>
        <source>Export exports.%1 = async (event, api) =&gt; { ... }, or convert the hook again for the tenant&apos;s trigger.</source>
        <translation>Exportez exports.%1 = async (event, api) =&gt; { ... }, ou reconvertissez le hook pour le déclencheur du locataire.</translation>
    </message>
    <message>
        <source>exports.%1 is not assigned a function.</source>
        <translation>Aucune fonction n&apos;est affectée à exports.%1.</translation>
    </message>
    <message>
        <source>Assign it a function: exports.%1 = async (event, api) =&gt; { ... }.</source>
        <translation>Affectez-lui une fonction : exports.%1 = async (event, api) =&gt; { ... }.</translation>
    </message>
    <message numerus="yes">
        <source>The handler takes %n parameter(s); Auth0 passes two, event and api, and no callback.</source>
        <translation>
            <numerusform>Le gestionnaire prend %n paramètre ; Auth0 en passe deux, event et api, et aucun callback.</numerusform>
            <numerusform>Le gestionnaire prend %n paramètres ; Auth0 en passe deux, event et api, et aucun callback.</numerusform>
        </translation>
    </message>
    <message>
        <source>Declare (event, api); return or throw instead of calling a callback.</source>
        <translation>Déclarez (event, api) ; utilisez return ou throw au lieu d&apos;appeler un callback.</translation>
    </message>
    <message>
        <source>The code exports no handler: Auth0 finds nothing to run.</source>
        <translation>Le code n&apos;exporte aucun gestionnaire : Auth0 ne trouve rien à exécuter.</translation>
    </message>
    <message>
        <source>The code exports %1, which no phone message trigger calls.</source>
        <translation>Le code exporte %1, qu&apos;aucun déclencheur de messages téléphoniques n&apos;appelle.</translation>
    </message>
    <message>
        <source>Export exports.onExecuteSendPhoneMessage (legacy MFA phone set-up) or exports.onExecuteCustomPhoneProvider (Unified Phone Experience).</source>
        <translation>Exportez exports.onExecuteSendPhoneMessage (ancienne configuration téléphonique MFA) ou exports.onExecuteCustomPhoneProvider (Unified Phone Experience).</translation>
    </message>
    <message>
        <source>Export the tenant&apos;s handler: exports.%1 = async (event, api) =&gt; { ... }.</source>
        <translation>Exportez le gestionnaire du locataire : exports.%1 = async (event, api) =&gt; { ... }.</translation>
    </message>
    <message>
        <source>The promise of %1 is neither awaited nor returned: the Action may end before Twilio gets the request, and a failure goes unseen.</source>
        <translation>La promesse de %1 n&apos;est ni attendue avec await ni renvoyée : l&apos;Action peut se terminer avant que Twilio ne reçoive la requête, et un échec passe inaperçu.</translation>
    </message>
    <message>
        <source>Write await before it (in an async handler), or return it.</source>
        <translation>Écrivez await devant (dans un gestionnaire async), ou renvoyez-la avec return.</translation>
    </message>
    <message>
        <source>An Action has no context.webtask: this reads the hook&apos;s secrets.</source>
        <translation>Une Action n&apos;a pas de context.webtask : ceci lit les secrets du hook.</translation>
    </message>
    <message>
        <source>Read the secrets from event.secrets (event.secrets.NAME).</source>
        <translation>Lisez les secrets dans event.secrets (event.secrets.NAME).</translation>
    </message>
    <message>
        <source>%1 is not defined in an Action: Auth0 passes no callback.</source>
        <translation>%1 n&apos;est pas défini dans une Action : Auth0 ne passe aucun callback.</translation>
    </message>
    <message>
        <source>Return to succeed (await what the Action sends) and throw to fail.</source>
        <translation>Faites return pour réussir (en attendant avec await ce qu&apos;envoie l&apos;Action) et throw pour échouer.</translation>
    </message>
    <message>
        <source>%1: an Action gets no context; the hook&apos;s fields are in event.</source>
        <translation>%1 : une Action ne reçoit pas de context ; les champs du hook sont dans event.</translation>
    </message>
    <message>
        <source>Read the field from event (event.message_options on send-phone-message, event.notification on custom-phone-provider).</source>
        <translation>Lisez le champ dans event (event.message_options pour send-phone-message, event.notification pour custom-phone-provider).</translation>
    </message>
    <message>
        <source>Write %1.</source>
        <translation>Écrivez %1.</translation>
    </message>
    <message>
        <source>The Action never calls api.notification.drop or retry: Auth0 is not told when a message could not be sent.</source>
        <translation>L&apos;Action n&apos;appelle jamais api.notification.drop ni retry : Auth0 n&apos;est pas averti quand un message n&apos;a pas pu être envoyé.</translation>
    </message>
    <message>
        <source>Catch the Twilio error and call api.notification.retry(reason) when it is transient (Twilio&apos;s 20429 or 503), else api.notification.drop(reason).</source>
        <translation>Interceptez l&apos;erreur Twilio et appelez api.notification.retry(reason) si elle est passagère (20429 ou 503 de Twilio), sinon api.notification.drop(reason).</translation>
    </message>
    <message>
        <source>%1: the send-phone-message trigger&apos;s api has no notification (only api.cache).</source>
        <translation>%1 : l&apos;api du déclencheur send-phone-message n&apos;a pas de notification (seulement api.cache).</translation>
    </message>
    <message>
        <source>Throw an error to fail the send; api.notification belongs to custom-phone-provider Actions.</source>
        <translation>Levez une erreur avec throw pour faire échouer l&apos;envoi ; api.notification est propre aux Actions custom-phone-provider.</translation>
    </message>
    <message>
        <source>%1 reached its end of life: Auth0 runs this Action on Node 22 instead.</source>
        <translation>%1 est arrivé en fin de vie : Auth0 exécute cette Action sur Node 22 à la place.</translation>
    </message>
    <message>
        <source>Choose node22 in the Action&apos;s settings and test the code on it.</source>
        <translation>Choisissez node22 dans les réglages de l&apos;Action et testez le code dessus.</translation>
    </message>
    <message>
        <source>twilio %1 needs Node 20 or later; the Action&apos;s runtime is %2.</source>
        <translation>twilio %1 nécessite Node 20 ou plus récent ; l&apos;environnement d&apos;exécution de l&apos;Action est %2.</translation>
    </message>
    <message>
        <source>Pin the dependency to twilio 5.x, or choose the node22 runtime.</source>
        <translation>Fixez la dépendance à twilio 5.x, ou choisissez l&apos;environnement node22.</translation>
    </message>
    <message>
        <source>Left by the conversion: %1</source>
        <translation>Laissé par la conversion : %1</translation>
    </message>
    <message>
        <source>Rewrite this part for the Action, then delete the TODO(convert) comment.</source>
        <translation>Réécrivez cette partie pour l&apos;Action, puis supprimez le commentaire TODO(convert).</translation>
    </message>
    <message>
        <source>Syntax error: %1.</source>
        <translation>Erreur de syntaxe : %1.</translation>
    </message>
    <message>
        <source>Correct the code at this position; the code does not run until it parses.</source>
        <translation>Corrigez le code à cet endroit ; il ne s&apos;exécute pas tant qu&apos;il ne peut pas être analysé.</translation>
    </message>
    <message>
        <source>The code could not be checked: %1.</source>
        <translation>Le code n&apos;a pas pu être vérifié : %1.</translation>
    </message>
    <message>
        <source>Report this with the code that causes it.</source>
        <translation>Signalez-le avec le code qui le provoque.</translation>
    </message>
    <message>
        <source>The code reads the secret %1, which the profile does not define.</source>
        <translation>Le code lit le secret %1, que le profil ne définit pas.</translation>
    </message>
    <message>
        <source>Add %1 on the Secrets page (and as a secret of the Action in Auth0), or correct its name here.</source>
        <translation>Ajoutez %1 sur la page Secrets (et comme secret de l&apos;Action dans Auth0), ou corrigez son nom ici.</translation>
    </message>
    <message>
        <source>Add %1 on the Secrets page (and as a hook secret in Auth0), or correct its name here.</source>
        <translation>Ajoutez %1 sur la page Secrets (et comme secret de hook dans Auth0), ou corrigez son nom ici.</translation>
    </message>
    <message>
        <source>The profile defines the secret %1, but the code never reads it.</source>
        <translation>Le profil définit le secret %1, mais le code ne le lit jamais.</translation>
    </message>
    <message>
        <source>Read it as %1, or remove it from the profile.</source>
        <translation>Lisez-le sous la forme %1, ou retirez-le du profil.</translation>
    </message>
    <message>
        <source>The Account SID is passed where the Verify service SID belongs.</source>
        <translation>L&apos;Account SID est transmis là où doit figurer le SID du service Verify.</translation>
    </message>
    <message>
        <source>Use the Verify service&apos;s SID (VA...): verify.v2.services(%1).</source>
        <translation>Utilisez le SID du service Verify (VA...) : verify.v2.services(%1).</translation>
    </message>
    <message>
        <source>client.verify.services is deprecated: twilio-node prints a warning on every call, and an Action keeps only 256 characters of its log.</source>
        <translation>client.verify.services est obsolète : twilio-node affiche un avertissement à chaque appel, et une Action ne conserve que 256 caractères de son journal.</translation>
    </message>
    <message>
        <source>Write client.verify.v2.services(...).</source>
        <translation>Écrivez client.verify.v2.services(...).</translation>
    </message>
    <message>
        <source>message_type is not defined here; the Action reads it from event.</source>
        <translation>message_type n&apos;est pas défini ici ; l&apos;Action le lit dans event.</translation>
    </message>
    <message>
        <source>message_type is not defined here; Auth0 passes it in the context.</source>
        <translation>message_type n&apos;est pas défini ici ; Auth0 le passe dans le context.</translation>
    </message>
    <message>
        <source>Write event.notification.delivery_method (&apos;text&apos; or &apos;voice&apos;).</source>
        <translation>Écrivez event.notification.delivery_method (&apos;text&apos; ou &apos;voice&apos;).</translation>
    </message>
    <message>
        <source>Write event.message_options.message_type.</source>
        <translation>Écrivez event.message_options.message_type.</translation>
    </message>
    <message>
        <source>Write context.message_type.</source>
        <translation>Écrivez context.message_type.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3 %4</source>
        <translation>Ligne %1, colonne %2 : %3 %4</translation>
    </message>
</context>
<context>
    <name>HookPage</name>
    <message>
        <source>Hook code</source>
        <translation>Code du hook</translation>
    </message>
    <message>
        <source>Load its code</source>
        <translation>Charger son code</translation>
    </message>
    <message>
        <source>Replace the code with a template shipped with the console</source>
        <translation>Remplacer le code par un modèle fourni avec la console</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>Open a .js file (Ctrl+O)</source>
        <translation>Ouvrir un fichier .js (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Save the code for this profile, and to its file if it has one (Ctrl+S)</source>
        <translation>Enregistrer le code pour ce profil, et dans son fichier s&apos;il en a un (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the code to a .js file (Ctrl+Shift+S)</source>
        <translation>Enregistrer le code dans un fichier .js (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Find and replace in the code (Ctrl+F, Ctrl+H)</source>
        <translation>Rechercher et remplacer dans le code (Ctrl+F, Ctrl+H)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Annuler la dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>Run the code with the Run panel&apos;s recipient, text and context (Ctrl+Return)</source>
        <translation>Exécuter le code avec le destinataire, le texte et le context du panneau d&apos;exécution (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>Deploy this code as the profile&apos;s Action in its Auth0 tenant, with a diff first</source>
        <translation>Déployer ce code comme Action du profil sur son locataire Auth0, avec d&apos;abord un diff</translation>
    </message>
    <message>
        <source>De&amp;ploy…</source>
        <translation>&amp;Déployer…</translation>
    </message>
    <message>
        <source>Stop the running script</source>
        <translation>Arrêter le script en cours</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>Occurrence suivante (F3, Entrée)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Mots &amp;entiers</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>Remplacer :</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Remplacement</translation>
    </message>
    <message>
        <source>Replace this match and find the next</source>
        <translation>Remplacer cette occurrence et chercher la suivante</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace every match (one undo step)</source>
        <translation>Remplacer toutes les occurrences (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Lint as you type: double-click or press Enter to go to the line</source>
        <translation>Lint pendant la saisie : double-cliquez ou appuyez sur Entrée pour aller à la ligne</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correctif</translation>
    </message>
    <message>
        <source>Run panel</source>
        <translation>Panneau d&apos;exécution</translation>
    </message>
    <message>
        <source>Re&amp;cipient:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <source>Auth0&apos;s recipient: the phone number the hook sends to</source>
        <translation>Le destinataire d&apos;Auth0 : le numéro de téléphone auquel le hook envoie</translation>
    </message>
    <message>
        <source>+14155552671</source>
        <translation>+14155552671</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>Auth0&apos;s text: the message Auth0 composed; kept in step with context.code until you edit it</source>
        <translation>Le texte d&apos;Auth0 : le message qu&apos;Auth0 a rédigé ; suit context.code jusqu&apos;à ce que vous le modifiiez</translation>
    </message>
    <message>
        <source>Compose the text again from the context, as Auth0 does</source>
        <translation>Recomposer le texte à partir du context, comme le fait Auth0</translation>
    </message>
    <message>
        <source>Auth0 text</source>
        <translation>Texte Auth0</translation>
    </message>
    <message>
        <source>Con&amp;text (JSON):</source>
        <translation>Con&amp;text (JSON) :</translation>
    </message>
    <message>
        <source>Put Auth0&apos;s sample context back</source>
        <translation>Rétablir le context d&apos;exemple d&apos;Auth0</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Auth0&apos;s context as JSON; context.webtask.secrets is filled from the profile&apos;s secrets when it runs</source>
        <translation>Le context d&apos;Auth0 en JSON ; context.webtask.secrets est rempli avec les secrets du profil à l&apos;exécution</translation>
    </message>
    <message>
        <source>E&amp;vent (JSON):</source>
        <translation>E&amp;vent (JSON) :</translation>
    </message>
    <message>
        <source>Build the event again from the recipient and text, as Auth0 builds it for this trigger</source>
        <translation>Reconstruire l&apos;event à partir du destinataire et du texte, comme Auth0 le construit pour ce déclencheur</translation>
    </message>
    <message>
        <source>From form</source>
        <translation>Depuis le formulaire</translation>
    </message>
    <message>
        <source>The Action&apos;s event as JSON, merged over the one Auth0 builds; event.secrets is filled from the profile&apos;s secrets when it runs</source>
        <translation>L&apos;event de l&apos;Action en JSON, fusionné avec celui que construit Auth0 ; event.secrets est rempli avec les secrets du profil à l&apos;exécution</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>&amp;Modules :</translation>
    </message>
    <message>
        <source>A folder where you ran npm install for the packages the code requires (besides Node&apos;s own modules and twilio); kept for this profile</source>
        <translation>Un dossier où vous avez lancé npm install pour les paquets que charge le code (en dehors des modules de Node et de twilio) ; mémorisé pour ce profil</translation>
    </message>
    <message>
        <source>Node&apos;s modules and twilio only</source>
        <translation>Uniquement les modules de Node et twilio</translation>
    </message>
    <message>
        <source>Choose the folder with the code&apos;s npm packages</source>
        <translation>Choisir le dossier contenant les paquets npm du code</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>&amp;Limite de temps :</translation>
    </message>
    <message>
        <source>The code is stopped after this time, as Auth0 stops a hook or an Action (20 s)</source>
        <translation>Le code est arrêté après ce délai, comme Auth0 arrête un hook ou une Action (20 s)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>How the run ended, console lines and each Twilio request appear here</source>
        <translation>La fin de l&apos;exécution, les lignes de console et chaque requête Twilio s&apos;affichent ici</translation>
    </message>
    <message>
        <source>Open a .js file</source>
        <translation>Ouvrir un fichier .js</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Save the code for this profile, and to its file if it has one</source>
        <translation>Enregistrer le code pour ce profil, et dans son fichier s&apos;il en a un</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save the code to a .js file</source>
        <translation>Enregistrer le code dans un fichier .js</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find in the code</source>
        <translation>Rechercher dans le code</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>Re&amp;mplacer…</translation>
    </message>
    <message>
        <source>Find and replace in the code</source>
        <translation>Rechercher et remplacer dans le code</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Chercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Chercher le &amp;précédent</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <source>Close Find</source>
        <translation>Fermer la recherche</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Run the code</source>
        <translation>Exécuter le code</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Replace the code with the %1 template? The current code has unsaved changes.</source>
        <translation>Remplacer le code par le modèle %1 ? Le code actuel contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>The hook code of profile &quot;%1&quot; has unsaved changes. Save them before showing the code of &quot;%2&quot;?</source>
        <translation>Le code du hook du profil « %1 » contient des modifications non enregistrées. Les enregistrer avant d&apos;afficher le code de « %2 » ?</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Unsaved hook code</source>
        <translation>Code du hook non enregistré</translation>
    </message>
    <message>
        <source>Save writes the code to its file.</source>
        <translation>Enregistrer écrit le code dans son fichier.</translation>
    </message>
    <message>
        <source>Save keeps the code for profile &quot;%1&quot;.</source>
        <translation>Enregistrer conserve le code pour le profil « %1 ».</translation>
    </message>
    <message>
        <source>Save keeps the code for profile &quot;%1&quot; and writes it to %2.</source>
        <translation>Enregistrer conserve le code pour le profil « %1 » et l&apos;écrit dans %2.</translation>
    </message>
    <message>
        <source>The hook code of profile &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>Le code du hook du profil « %1 » contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>The code could not be saved for profile &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;enregistrer le code pour le profil « %1 » : %2</translation>
    </message>
    <message>
        <source>Save the hook code</source>
        <translation>Enregistrer le code du hook</translation>
    </message>
    <message>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation>JavaScript (*.js);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a file instead of the current code? It has unsaved changes.</source>
        <translation>Ouvrir un fichier à la place du code actuel ? Il contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Open hook code</source>
        <translation>Ouvrir le code du hook</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large for hook code (%2 kB; at most %3 kB). Open the hook&apos;s .js file itself.</source>
        <translation>%1 est trop volumineux pour du code de hook (%2 ko ; au plus %3 ko). Ouvrez le fichier .js du hook lui-même.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Hook code of %1</source>
        <translation>Code du hook de %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>No profile: Save writes a .js file</source>
        <translation>Aucun profil : Enregistrer écrit un fichier .js</translation>
    </message>
    <message>
        <source>Unsaved changes: Save keeps them for profile &quot;%1&quot;</source>
        <translation>Modifications non enregistrées : Enregistrer les conserve pour le profil « %1 »</translation>
    </message>
    <message>
        <source>Unsaved changes: Save keeps them for profile &quot;%1&quot; and in %2</source>
        <translation>Modifications non enregistrées : Enregistrer les conserve pour le profil « %1 » et dans %2</translation>
    </message>
    <message>
        <source>From the %1 template, not saved for profile &quot;%2&quot; yet</source>
        <translation>Issu du modèle %1, pas encore enregistré pour le profil « %2 »</translation>
    </message>
    <message>
        <source>Saved for profile &quot;%1&quot;</source>
        <translation>Enregistré pour le profil « %1 »</translation>
    </message>
    <message>
        <source>Saved for profile &quot;%1&quot; and in %2</source>
        <translation>Enregistré pour le profil « %1 » et dans %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the code of profile &quot;%1&quot;.&lt;/b&gt; The console has moved on to &quot;%2&quot;; save or discard these edits to see its code.</source>
        <translation>&lt;b&gt;Ceci est le code du profil « %1 ».&lt;/b&gt; La console est passée à « %2 » ; enregistrez ou abandonnez ces modifications pour voir son code.</translation>
    </message>
    <message>
        <source>Show the code of &quot;%1&quot;…</source>
        <translation>Afficher le code de « %1 »…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n remplacement</numerusform>
            <numerusform>%n remplacements</numerusform>
        </translation>
    </message>
    <message>
        <source>Error on line %1</source>
        <translation>Erreur à la ligne %1</translation>
    </message>
    <message>
        <source>Warning on line %1</source>
        <translation>Avertissement à la ligne %1</translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>Problèmes : aucun</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Problèmes : %1</translation>
    </message>
    <message>
        <source>Connect this profile to its Auth0 tenant on the Tenant page first; the code is deployed there.</source>
        <translation>Connectez d&apos;abord ce profil à son locataire Auth0 sur la page Locataire ; le code y est déployé.</translation>
    </message>
    <message>
        <source>Run panel · Action (%1)</source>
        <extracomment>%1 the trigger, e.g. send-phone-message</extracomment>
        <translation>Panneau d&apos;exécution · Action (%1)</translation>
    </message>
    <message>
        <source>Run panel · hook</source>
        <translation>Panneau d&apos;exécution · hook</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <extracomment>%1 line, %2 column, %3 Qt&apos;s description of the JSON error</extracomment>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>write a JSON object, { … }, as Auth0 passes it.</source>
        <translation>écrivez un objet JSON, { … }, tel qu&apos;Auth0 le transmet.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>secrets are replaced by the profile&apos;s</source>
        <translation>les secrets sont remplacés par ceux du profil</translation>
    </message>
    <message>
        <source>edited: merged over the event Auth0 builds</source>
        <translation>modifié : fusionné avec l&apos;événement construit par Auth0</translation>
    </message>
    <message>
        <source>event.secrets is filled from the profile&apos;s secrets when the code runs</source>
        <translation>event.secrets est rempli avec les secrets du profil à l&apos;exécution du code</translation>
    </message>
    <message>
        <source>Folder with the code&apos;s npm packages</source>
        <translation>Dossier contenant les paquets npm du code</translation>
    </message>
    <message>
        <source>%1 is not a folder: choose the folder where you ran npm install.</source>
        <translation>%1 n&apos;est pas un dossier : choisissez le dossier où vous avez lancé npm install.</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>Destinataire : %1</translation>
    </message>
    <message>
        <source>%1 · %2: SMS does not reach a landline; Auth0 would call it only for voice.</source>
        <translation>%1 · %2 : un SMS n&apos;atteint pas une ligne fixe ; Auth0 ne l&apos;appellerait que pour la voix.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>webtask.secrets is replaced by the profile&apos;s</source>
        <translation>webtask.secrets est remplacé par ceux du profil</translation>
    </message>
    <message>
        <source>context.webtask.secrets is filled from the profile&apos;s secrets when the code runs</source>
        <translation>context.webtask.secrets est rempli avec les secrets du profil à l&apos;exécution du code</translation>
    </message>
    <message>
        <source>No profile: create one on the Secrets page; the run uses its secrets.</source>
        <translation>Aucun profil : créez-en un sur la page Secrets ; l&apos;exécution utilise ses secrets.</translation>
    </message>
    <message>
        <source>Recipient: enter the phone number the hook sends to.</source>
        <translation>Destinataire : saisissez le numéro de téléphone auquel le hook envoie.</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Événement : %1</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Contexte : %1</translation>
    </message>
    <message>
        <source>Modules: %1 is not a folder.</source>
        <translation>Modules : %1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Reading the profile&apos;s secrets from the keychain…</source>
        <translation>Lecture des secrets du profil dans le trousseau…</translation>
    </message>
    <message numerus="yes">
        <source>Running in Node… (stopped after %n s)</source>
        <translation>
            <numerusform>Exécution dans Node… (arrêt après %n s)</numerusform>
            <numerusform>Exécution dans Node… (arrêt après %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to run for %1 with the secrets of profile &quot;%2&quot;.</source>
        <translation>Prêt à exécuter pour %1 avec les secrets du profil « %2 ».</translation>
    </message>
    <message>
        <source>Running %1 for %2 with the secrets of profile &quot;%3&quot;…</source>
        <translation>Exécution de %1 pour %2 avec les secrets du profil « %3 »…</translation>
    </message>
    <message>
        <source>Not run: the secrets could not be read from the keychain. %1 %2</source>
        <translation>Non exécuté : les secrets n&apos;ont pas pu être lus dans le trousseau. %1 %2</translation>
    </message>
    <message>
        <source>Not run: keychain unavailable.</source>
        <translation>Non exécuté : trousseau indisponible.</translation>
    </message>
    <message>
        <source>Stopped before the code started.</source>
        <translation>Arrêté avant le démarrage du code.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>[%1 ms] %2: %3</source>
        <extracomment>a console line in the run output: %1 milliseconds since the start, %2 level, %3 the text</extracomment>
        <translation>[%1 ms] %2 : %3</translation>
    </message>
    <message>
        <source>[%1 ms] console.%2: %3</source>
        <translation>[%1 ms] console.%2 : %3</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Twilio: %1 %2 → %3 %4 (%5 ms)</source>
        <extracomment>a Twilio request in the run output: %1 method, %2 URL, %3 HTTP status, %4 SID or error, %5 milliseconds</extracomment>
        <translation>Twilio : %1 %2 → %3 %4 (%5 ms)</translation>
    </message>
    <message>
        <source>Success: the Action finished (it returned %1)</source>
        <translation>Succès : l&apos;Action s&apos;est terminée (elle a renvoyé %1)</translation>
    </message>
    <message>
        <source>Success: cb(null, %1)</source>
        <translation>Succès : cb(null, %1)</translation>
    </message>
    <message>
        <source>The hook called back with an error</source>
        <translation>Le hook a rappelé avec une erreur</translation>
    </message>
    <message>
        <source>The Action threw an exception</source>
        <translation>L&apos;Action a levé une exception</translation>
    </message>
    <message>
        <source>The hook threw an exception</source>
        <translation>Le hook a levé une exception</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Erreur de syntaxe</translation>
    </message>
    <message>
        <source>Stopped at the time limit</source>
        <translation>Arrêté à la limite de temps</translation>
    </message>
    <message>
        <source>The hook never called cb</source>
        <translation>Le hook n&apos;a jamais appelé cb</translation>
    </message>
    <message>
        <source>Nothing Auth0 can call is exported</source>
        <translation>Rien de ce qu&apos;Auth0 peut appeler n&apos;est exporté</translation>
    </message>
    <message>
        <source>require() of a module the runner cannot find</source>
        <translation>require() d&apos;un module que l&apos;exécuteur ne trouve pas</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>The Action dropped the message</source>
        <translation>L&apos;Action a abandonné le message</translation>
    </message>
    <message>
        <source>The Action asked for a retry</source>
        <translation>L&apos;Action a demandé une nouvelle tentative</translation>
    </message>
    <message>
        <source>The Action never finished</source>
        <translation>L&apos;Action ne s&apos;est jamais terminée</translation>
    </message>
    <message>
        <source>Stopped at the memory limit</source>
        <translation>Arrêté à la limite de mémoire</translation>
    </message>
    <message>
        <source>Stopped at the output limit</source>
        <translation>Arrêté à la limite de sortie</translation>
    </message>
    <message>
        <source>The runner could not run the code</source>
        <translation>L&apos;exécuteur n&apos;a pas pu exécuter le code</translation>
    </message>
    <message>
        <source>Go to line %1</source>
        <translation>Aller à la ligne %1</translation>
    </message>
    <message>
        <source>Succeeded in %1 ms.</source>
        <translation>Réussi en %1 ms.</translation>
    </message>
    <message>
        <source>%1 after %2 ms.</source>
        <translation>%1 après %2 ms.</translation>
    </message>
    <message>
        <source>Run in the &amp;tenant…</source>
        <translation>Exécuter dans le &amp;locataire…</translation>
    </message>
    <message>
        <source>Ask the connected tenant to run its Action&apos;s draft with the same event, and show its result beside the local run&apos;s</source>
        <translation>Demander au locataire connecté d&apos;exécuter le brouillon de son Action avec le même événement, et afficher son résultat à côté de celui de l&apos;exécution locale</translation>
    </message>
    <message>
        <source>What the tenant&apos;s own run of its Action&apos;s draft produced appears here</source>
        <translation>Ce qu&apos;a produit l&apos;exécution par le locataire du brouillon de son Action s&apos;affiche ici</translation>
    </message>
    <message>
        <source>Auth0 runs Actions only: convert the hook to an Action first</source>
        <translation>Auth0 n&apos;exécute que des Actions : convertissez d&apos;abord le hook en Action</translation>
    </message>
    <message>
        <source>Delivery of %1: %2</source>
        <extracomment>a followed message&apos;s status in the run output: %1 its SID, %2 the status</extracomment>
        <translation>Remise de %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 ms · Node %2 · %n Twilio request(s)</source>
        <extracomment>%1 milliseconds, %2 Node&apos;s version, %n Twilio requests</extracomment>
        <translation>
            <numerusform>%1 ms · Node %2 · %n requête Twilio</numerusform>
            <numerusform>%1 ms · Node %2 · %n requêtes Twilio</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab indents the code; Ctrl+Tab moves to the next control, Ctrl+Shift+Tab to the previous one</source>
        <translation>Tab indente le code ; Ctrl+Tab passe au contrôle suivant, Ctrl+Maj+Tab au précédent</translation>
    </message>
    <message>
        <source>Code editor</source>
        <translation>Éditeur de code</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Output of the local run</source>
        <translation>Sortie de l&apos;exécution locale</translation>
    </message>
    <message>
        <source>Output of the tenant&apos;s run</source>
        <translation>Sortie de l&apos;exécution dans le locataire</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
</context>
<context>
    <name>HookRunOutcome</name>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <source>require(&apos;%1&apos;) failed: Auth0 runs the code as one file, so it cannot load files beside it. Put that code in this file, or publish it as a package.</source>
        <translation>Échec de require(&apos;%1&apos;) : Auth0 exécute le code comme un seul fichier ; il ne peut donc pas charger les fichiers voisins. Placez ce code dans ce fichier, ou publiez-le sous forme de paquet.</translation>
    </message>
    <message>
        <source>require(&apos;%1&apos;) failed: %1 is not installed in the profile&apos;s modules folder %2. Run &quot;npm install %1&quot; in that folder (and add %1 to the Action&apos;s dependencies in Auth0).</source>
        <translation>Échec de require(&apos;%1&apos;) : %1 n&apos;est pas installé dans le dossier des modules du profil %2. Lancez « npm install %1 » dans ce dossier (et ajoutez %1 aux dépendances de l&apos;Action dans Auth0).</translation>
    </message>
    <message>
        <source>require(&apos;%1&apos;) failed: the runner has Node&apos;s built-in modules and twilio, and the profile names no modules folder for the rest. Run &quot;npm install %1&quot; in a folder and choose it as the profile&apos;s modules folder (Hook code page, or run-hook --modules DIR).</source>
        <translation>Échec de require(&apos;%1&apos;) : l&apos;exécuteur dispose des modules intégrés de Node et de twilio, et le profil n&apos;indique aucun dossier de modules pour le reste. Lancez « npm install %1 » dans un dossier et choisissez-le comme dossier des modules du profil (page Code du hook, ou run-hook --modules DIR).</translation>
    </message>
    <message>
        <source>The hook reported an error: %1</source>
        <translation>Le hook a signalé une erreur : %1</translation>
    </message>
    <message>
        <source> at line %1</source>
        <translation> à la ligne %1</translation>
    </message>
    <message>
        <source>The Action threw%1: %2. Auth0 fails the send with this error and shows it in the tenant log.</source>
        <translation>L&apos;Action a levé une exception%1 : %2. Auth0 fait échouer l&apos;envoi avec cette erreur et l&apos;affiche dans le journal du locataire.</translation>
    </message>
    <message>
        <source>The hook threw an exception%1: %2. Auth0 reports it as the hook&apos;s error: catch it and call cb(error).</source>
        <translation>Le hook a levé une exception%1 : %2. Auth0 la signale comme l&apos;erreur du hook : interceptez-la et appelez cb(error).</translation>
    </message>
    <message>
        <source>The code does not parse: %1 (line %2). Fix it; the lint list shows where.</source>
        <translation>Le code ne s&apos;analyse pas : %1 (ligne %2). Corrigez-le ; la liste du lint indique où.</translation>
    </message>
    <message>
        <source>The hook finished without calling cb: nothing is left to run and no Twilio request is pending. Auth0 would wait until its time limit and fail the login; call cb(error) or cb(null, result) on every path.</source>
        <translation>Le hook s&apos;est terminé sans appeler cb : il ne reste rien à exécuter et aucune requête Twilio n&apos;est en attente. Auth0 attendrait jusqu&apos;à sa limite de temps et ferait échouer la connexion ; appelez cb(error) ou cb(null, result) sur chaque chemin.</translation>
    </message>
    <message>
        <source>The Action never finished: its promise did not settle and nothing is left to run (no timer, no pending request). Auth0 would wait until its time limit and fail the send; return or await every promise.</source>
        <translation>L&apos;Action ne s&apos;est jamais terminée : sa promesse n&apos;a pas été résolue et il ne reste rien à exécuter (aucun minuteur, aucune requête en attente). Auth0 attendrait jusqu&apos;à sa limite de temps et ferait échouer l&apos;envoi ; renvoyez ou attendez (await) chaque promesse.</translation>
    </message>
    <message>
        <source>The file exports no code Auth0 can call for a phone message. Export an Action handler, exports.onExecuteSendPhoneMessage or exports.onExecuteCustomPhoneProvider = async (event, api) =&gt; { ... }, or a legacy hook, module.exports = function (recipient, text, context, cb) { ... }. Found: %1.</source>
        <translation>Le fichier n&apos;exporte aucun code qu&apos;Auth0 puisse appeler pour un message téléphonique. Exportez un gestionnaire d&apos;Action, exports.onExecuteSendPhoneMessage ou exports.onExecuteCustomPhoneProvider = async (event, api) =&gt; { ... }, ou un ancien hook, module.exports = function (recipient, text, context, cb) { ... }. Trouvé : %1.</translation>
    </message>
    <message>
        <source>The Action dropped the message: %1. Auth0 logs the failure and does not try again.</source>
        <translation>L&apos;Action a abandonné le message : %1. Auth0 journalise l&apos;échec et ne réessaie pas.</translation>
    </message>
    <message>
        <source>The Action asked for a retry: %1. Auth0 would call it again, up to 5 times in the next minutes; this run does not.</source>
        <translation>L&apos;Action a demandé une nouvelle tentative : %1. Auth0 la rappellerait jusqu&apos;à 5 fois dans les minutes suivantes ; cette exécution ne le fait pas.</translation>
    </message>
    <message>
        <source>The runner reported an ending it does not know (%1).</source>
        <translation>L&apos;exécuteur a signalé une fin qu&apos;il ne connaît pas (%1).</translation>
    </message>
    <message>
        <source>The hook reported: %1</source>
        <translation>Le hook a signalé : %1</translation>
    </message>
    <message>
        <source>The Action was stopped after its time limit of %1 s. Auth0 stops it at 20 s too: look for an endless loop, or a request or promise that never ends.</source>
        <translation>L&apos;Action a été arrêtée après sa limite de temps de %1 s. Auth0 l&apos;arrête aussi à 20 s : cherchez une boucle infinie, ou une requête ou une promesse qui ne se termine jamais.</translation>
    </message>
    <message>
        <source>The hook was stopped after its time limit of %1 s. Auth0 stops it too: look for an endless loop or a request that never answers, and call cb on every path.</source>
        <translation>Le hook a été arrêté après sa limite de temps de %1 s. Auth0 l&apos;arrête aussi : cherchez une boucle infinie ou une requête qui ne répond jamais, et appelez cb sur chaque chemin.</translation>
    </message>
    <message numerus="yes">
        <source>The run was stopped: it wrote more than %1 kB to %2. The first %1 kB are shown; %n more byte(s) were counted and dropped. Look for a log line in a loop (Auth0 keeps only 256 characters of an Action&apos;s console output).</source>
        <translation>
            <numerusform>L&apos;exécution a été arrêtée : elle a écrit plus de %1 ko sur %2. Les %1 premiers ko sont affichés ; %n octet de plus a été compté et ignoré. Cherchez une ligne de journal dans une boucle (Auth0 ne garde que 256 caractères de la sortie console d&apos;une Action).</numerusform>
            <numerusform>L&apos;exécution a été arrêtée : elle a écrit plus de %1 ko sur %2. Les %1 premiers ko sont affichés ; %n octets de plus ont été comptés et ignorés. Cherchez une ligne de journal dans une boucle (Auth0 ne garde que 256 caractères de la sortie console d&apos;une Action).</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was stopped: it needed more memory than its limit (%1 MB of JavaScript heap, %2 MB in all). Look for an array, string or buffer that keeps growing.</source>
        <translation>L&apos;exécution a été arrêtée : elle a demandé plus de mémoire que sa limite (%1 Mo de tas JavaScript, %2 Mo en tout). Cherchez un tableau, une chaîne ou un tampon qui ne cesse de grandir.</translation>
    </message>
    <message>
        <source>nothing on standard error</source>
        <translation>rien sur la sortie d&apos;erreur standard</translation>
    </message>
    <message>
        <source>The runner was killed by signal %1 before the code finished (%2).</source>
        <translation>L&apos;exécuteur a été tué par le signal %1 avant la fin du code (%2).</translation>
    </message>
    <message>
        <source>The process ended (exit code %1) before the code finished: did it call process.exit()? Auth0 does not let code end its process. Last output: %2</source>
        <translation>Le processus s&apos;est terminé (code de sortie %1) avant la fin du code : a-t-il appelé process.exit() ? Auth0 ne laisse pas le code terminer son processus. Dernière sortie : %2</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>L&apos;exécution a été annulée.</translation>
    </message>
</context>
<context>
    <name>HookRunner</name>
    <message>
        <source>standard output</source>
        <translation>sortie standard</translation>
    </message>
    <message>
        <source>standard error</source>
        <translation>sortie d&apos;erreur standard</translation>
    </message>
    <message>
        <source>the runner&apos;s channel</source>
        <translation>le canal de l&apos;exécuteur</translation>
    </message>
    <message>
        <source>Node.js is not installed (no &quot;node&quot; on PATH). Install it (Debian: apt install nodejs; Auth0 runs Actions on Node 22 or 18), then run again.</source>
        <translation>Node.js n&apos;est pas installé (pas de « node » dans le PATH). Installez-le (Debian : apt install nodejs ; Auth0 exécute les Actions sur Node 22 ou 18), puis relancez.</translation>
    </message>
    <message>
        <source>This is Node %1; Auth0 runs Actions on Node 22 (or 18). Code that works here may not work there.</source>
        <translation>Ceci est Node %1 ; Auth0 exécute les Actions sur Node 22 (ou 18). Du code qui fonctionne ici peut ne pas fonctionner là-bas.</translation>
    </message>
    <message>
        <source>cb was called again; Auth0 keeps only the first call, and so does this run.</source>
        <translation>cb a été appelé de nouveau ; Auth0 ne garde que le premier appel, et cette exécution aussi.</translation>
    </message>
    <message>
        <source>the console</source>
        <translation>la console</translation>
    </message>
    <message>
        <source>Node.js could not be started: %1</source>
        <translation>Node.js n&apos;a pas pu être démarré : %1</translation>
    </message>
</context>
<context>
    <name>HookTemplates</name>
    <message>
        <source>Programmable SMS (send-phone-message Action)</source>
        <translation>Programmable SMS (Action send-phone-message)</translation>
    </message>
    <message>
        <source>For the legacy MFA phone set-up: sends Auth0&apos;s text from TWILIO_PHONE_NUMBER (a number or a Messaging Service SID) through Twilio&apos;s Messages API, and places a call for voice. A Twilio error fails the send.</source>
        <translation>Pour l&apos;ancienne configuration du téléphone MFA : envoie le texte d&apos;Auth0 depuis TWILIO_PHONE_NUMBER (un numéro ou le SID d&apos;un Messaging Service) via l&apos;API Messages de Twilio, et passe un appel pour la voix. Une erreur Twilio fait échouer l&apos;envoi.</translation>
    </message>
    <message>
        <source>Verify (send-phone-message Action)</source>
        <translation>Verify (Action send-phone-message)</translation>
    </message>
    <message>
        <source>For the legacy MFA phone set-up: sends Auth0&apos;s code as a custom code through the Verify service in TWILIO_VERIFY_SERVICE_SID; voice uses the call channel. The service must accept custom codes.</source>
        <translation>Pour l&apos;ancienne configuration du téléphone MFA : envoie le code d&apos;Auth0 comme code personnalisé via le service Verify de TWILIO_VERIFY_SERVICE_SID ; la voix utilise le canal call. Le service doit accepter les codes personnalisés.</translation>
    </message>
    <message>
        <source>Programmable SMS (custom-phone-provider Action)</source>
        <translation>Programmable SMS (Action custom-phone-provider)</translation>
    </message>
    <message>
        <source>For the Unified Phone Experience: sends every phone notification from TWILIO_PHONE_NUMBER (a number or a Messaging Service SID), a call for voice; a failure is dropped, or retried when it may pass.</source>
        <translation>Pour l&apos;Unified Phone Experience : envoie chaque notification téléphonique depuis TWILIO_PHONE_NUMBER (un numéro ou le SID d&apos;un Messaging Service), un appel pour la voix ; un échec est abandonné, ou réessayé s&apos;il peut aboutir.</translation>
    </message>
    <message>
        <source>Verify (custom-phone-provider Action)</source>
        <translation>Verify (Action custom-phone-provider)</translation>
    </message>
    <message>
        <source>For the Unified Phone Experience: sends one-time codes as custom codes through the Verify service in TWILIO_VERIFY_SERVICE_SID (voice: the call channel); drops notifications without a code. The service must accept custom codes.</source>
        <translation>Pour l&apos;Unified Phone Experience : envoie les codes à usage unique comme codes personnalisés via le service Verify de TWILIO_VERIFY_SERVICE_SID (voix : le canal call) ; abandonne les notifications sans code. Le service doit accepter les codes personnalisés.</translation>
    </message>
    <message>
        <source>Programmable SMS (legacy hook)</source>
        <translation>Programmable SMS (ancien hook)</translation>
    </message>
    <message>
        <source>A Send Phone Message hook, which Auth0 no longer runs: sends Auth0&apos;s text from TWILIO_PHONE_NUMBER (a number or a Messaging Service SID) through Twilio&apos;s Messages API. A voice request is answered with an error: Messages cannot place calls.</source>
        <translation>Un hook Send Phone Message, qu&apos;Auth0 n&apos;exécute plus : envoie le texte d&apos;Auth0 depuis TWILIO_PHONE_NUMBER (un numéro ou le SID d&apos;un Messaging Service) via l&apos;API Messages de Twilio. Une demande vocale reçoit une erreur : Messages ne peut pas passer d&apos;appels.</translation>
    </message>
    <message>
        <source>Verify (legacy hook)</source>
        <translation>Verify (ancien hook)</translation>
    </message>
    <message>
        <source>A Send Phone Message hook, which Auth0 no longer runs: sends Auth0&apos;s code as a custom code through the Verify service in TWILIO_VERIFY_SERVICE_SID (not the Account SID); a voice request uses the call channel. The service must accept custom codes.</source>
        <translation>Un hook Send Phone Message, qu&apos;Auth0 n&apos;exécute plus : envoie le code d&apos;Auth0 comme code personnalisé via le service Verify de TWILIO_VERIFY_SERVICE_SID (pas l&apos;Account SID) ; une demande vocale utilise le canal call. Le service doit accepter les codes personnalisés.</translation>
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
        <translation>semaine du %1</translation>
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
        <translation>aucun code d&apos;erreur</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>Sends and failures by country (the %n with the most sends)</source>
        <translation>
            <numerusform>Envois et échecs par pays (celui qui a le plus d&apos;envois)</numerusform>
            <numerusform>Envois et échecs par pays (les %n qui ont le plus d&apos;envois)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends and failures by country</source>
        <translation>Envois et échecs par pays</translation>
    </message>
    <message>
        <source>Delivery per hour</source>
        <translation>Remise par heure</translation>
    </message>
    <message>
        <source>Delivery per day (UTC)</source>
        <translation>Remise par jour (UTC)</translation>
    </message>
    <message>
        <source>Delivery per week (UTC)</source>
        <translation>Remise par semaine (UTC)</translation>
    </message>
    <message numerus="yes">
        <source>(the newest %n)</source>
        <translation>
            <numerusform>(le plus récent)</numerusform>
            <numerusform>(les %n plus récents)</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued → delivered latency</source>
        <translation>Latence en file → remis</translation>
    </message>
    <message>
        <source>Queued → delivered latency: p50 %1, p95 %2</source>
        <extracomment>%1 the median latency, %2 the 95th percentile</extracomment>
        <translation>Latence en file → remis : p50 %1, p95 %2</translation>
    </message>
    <message numerus="yes">
        <source>Failures by error code (the %n most frequent)</source>
        <translation>
            <numerusform>Échecs par code d&apos;erreur (le plus fréquent)</numerusform>
            <numerusform>Échecs par code d&apos;erreur (les %n plus fréquents)</numerusform>
        </translation>
    </message>
    <message>
        <source>Failures by error code</source>
        <translation>Échecs par code d&apos;erreur</translation>
    </message>
    <message>
        <source>No attempts match the filters.</source>
        <translation>Aucune tentative ne correspond aux filtres.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) in %1 bars: %2 delivered, %3 undelivered, %4 failed, %5 not sent, %6 pending.</source>
        <extracomment>%1 buckets (hours, days), %2..%6 counts</extracomment>
        <translation>
            <numerusform>%n tentative sur %1 barres : %2 remises, %3 non remises, %4 en échec, %5 non envoyées, %6 en attente.</numerusform>
            <numerusform>%n tentatives sur %1 barres : %2 remises, %3 non remises, %4 en échec, %5 non envoyées, %6 en attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered attempt(s) with a latency; median %1, 95th percentile %2.</source>
        <translation>
            <numerusform>%n tentative remise avec une latence ; médiane %1, 95e centile %2.</numerusform>
            <numerusform>%n tentatives remises avec une latence ; médiane %1, 95e centile %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error code(s); the most frequent is %1 with %2 failures.</source>
        <translation>
            <numerusform>%n code d&apos;erreur ; le plus fréquent est %1 avec %2 échecs.</numerusform>
            <numerusform>%n codes d&apos;erreur ; le plus fréquent est %1 avec %2 échecs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country calling code(s); the most sends go to %1: %2 sends, %3 failed.</source>
        <translation>
            <numerusform>%n indicatif de pays ; le plus d&apos;envois va vers %1 : %2 envois, %3 en échec.</numerusform>
            <numerusform>%n indicatifs de pays ; le plus d&apos;envois va vers %1 : %2 envois, %3 en échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Undelivered</source>
        <translation>Non remis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Delivered attempts</source>
        <translation>Tentatives remises</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>aucun code</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Envois</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <extracomment>the delivery chart&apos;s title, then its first and last bar: &quot;...: 1 Dec – 28 Feb&quot;</extracomment>
        <translation>%1 : %2 – %3</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Jour (UTC)</translation>
    </message>
    <message>
        <source>Week (UTC)</source>
        <translation>Semaine (UTC)</translation>
    </message>
    <message>
        <source>Delivered rate</source>
        <translation>Taux de remise</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Twilio gave no error code</source>
        <translation>Twilio n&apos;a donné aucun code d&apos;erreur</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Taux d&apos;échec</translation>
    </message>
    <message>
        <source>Rejected or not sent</source>
        <translation>Refusé ou non envoyé</translation>
    </message>
    <message>
        <source>The delivery log is empty: nothing has been sent yet. Send a test message from the Run page, or import Twilio&apos;s message log with “Sync from Twilio…”.</source>
        <translation>Le journal des envois est vide : rien n’a encore été envoyé. Envoyez un message de test depuis la page « Exécuter », ou importez le journal des messages de Twilio avec « Synchroniser depuis Twilio… ».</translation>
    </message>
    <message>
        <source>No attempts match the filters. Clear filters to see every attempt of the profile “%1”.</source>
        <extracomment>%1 the profile, which &quot;Clear filters&quot; keeps</extracomment>
        <translation>Aucune tentative ne correspond aux filtres. Effacez les filtres pour voir toutes les tentatives du profil « %1 ».</translation>
    </message>
    <message>
        <source>No attempts match the filters. Clear filters to see the whole log.</source>
        <translation>Aucune tentative ne correspond aux filtres. Effacez les filtres pour voir tout le journal.</translation>
    </message>
    <message>
        <source>The profile “%1” has no attempts yet. Send a test message from the Run page, or choose “All profiles” to see the other profiles&apos; attempts.</source>
        <translation>Le profil « %1 » n’a encore aucune tentative. Envoyez un message de test depuis la page « Exécuter », ou choisissez « Tous les profils » pour voir les tentatives des autres profils.</translation>
    </message>
    <message>
        <source>No attempts to chart. Send a test message from the Run page, or import Twilio&apos;s message log with “Sync from Twilio…”.</source>
        <translation>Aucune tentative à représenter. Envoyez un message de test depuis la page « Exécuter », ou importez le journal des messages de Twilio avec « Synchroniser depuis Twilio… ».</translation>
    </message>
    <message>
        <source>The outcome filter leaves out delivered attempts, so there is no latency to chart. Choose “All outcomes” or “Delivered” to see it.</source>
        <translation>Le filtre de résultat exclut les tentatives remises : il n’y a donc pas de latence à représenter. Choisissez « Tous les résultats » ou « Remis » pour la voir.</translation>
    </message>
    <message numerus="yes">
        <source>No latency to chart: no delivered attempt among the %n shown has its queued and delivered times recorded. It shows once a message&apos;s delivery receipt is in; widen the filters to include delivered attempts.</source>
        <extracomment>%n the attempts the filters select</extracomment>
        <translation>
            <numerusform>Aucune latence à représenter : aucune tentative remise parmi la %n affichée n’a ses heures de mise en file et de remise enregistrées. Elle apparaît dès que l’accusé de remise d’un message est arrivé ; élargissez les filtres aux tentatives remises.</numerusform>
            <numerusform>Aucune latence à représenter : aucune tentative remise parmi les %n affichées n’a ses heures de mise en file et de remise enregistrées. Elle apparaît dès que l’accusé de remise d’un message est arrivé ; élargissez les filtres aux tentatives remises.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No failures among the %n attempt(s) shown: nothing to fix here.</source>
        <translation>
            <numerusform>Aucun échec parmi la %n tentative affichée : rien à corriger ici.</numerusform>
            <numerusform>Aucun échec parmi les %n tentatives affichées : rien à corriger ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to chart for the %n attempt(s) shown.</source>
        <translation>
            <numerusform>Rien à représenter pour la %n tentative affichée.</numerusform>
            <numerusform>Rien à représenter pour les %n tentatives affichées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n attempt(s) shown has a delivery latency.</source>
        <translation>
            <numerusform>La %n tentative affichée n’a pas de latence de remise.</numerusform>
            <numerusform>Aucune des %n tentatives affichées n’a de latence de remise.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No failures among the %n attempt(s) shown.</source>
        <translation>
            <numerusform>Aucun échec parmi la %n tentative affichée.</numerusform>
            <numerusform>Aucun échec parmi les %n tentatives affichées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Ex&amp;port chart…</source>
        <translation>Ex&amp;porter le graphique…</translation>
    </message>
    <message>
        <source>&amp;Bars per:</source>
        <translation>&amp;Barres par :</translation>
    </message>
    <message>
        <source>span shown (automatic)</source>
        <translation>période affichée (automatique)</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>How much time one bar of the delivery chart covers; automatic: hours up to 2 days shown, days up to 92</source>
        <translation>Durée couverte par une barre du graphique de remise ; automatique : heures jusqu&apos;à 2 jours affichés, jours jusqu&apos;à 92</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>T&amp;ables</source>
        <translation>T&amp;ableaux</translation>
    </message>
    <message>
        <source>The same numbers as tables: Enter on a row filters the log to it</source>
        <translation>Les mêmes chiffres en tableaux : Entrée sur une ligne filtre le journal sur elle</translation>
    </message>
    <message>
        <source>As &amp;PNG…</source>
        <translation>En &amp;PNG…</translation>
    </message>
    <message>
        <source>As &amp;SVG…</source>
        <translation>En &amp;SVG…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Computed in %1 ms</source>
        <extracomment>%1 how long the figures took to compute</extracomment>
        <translation>Calculé en %1 ms</translation>
    </message>
    <message>
        <source>%1 (chart)</source>
        <extracomment>the accessible name of a chart, %1 its title</extracomment>
        <translation>%1 (graphique)</translation>
    </message>
    <message>
        <source>Click a bar to filter the log to it</source>
        <translation>Cliquez sur une barre pour filtrer le journal sur elle</translation>
    </message>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (tableau)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a line of a bar&apos;s tooltip: %1 the column, %2 its value</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un dossier accessible en écriture.</translation>
    </message>
    <message>
        <source>Delivery insights</source>
        <translation>Analyse des remises</translation>
    </message>
    <message>
        <source>Export the charts as SVG</source>
        <translation>Exporter les graphiques en SVG</translation>
    </message>
    <message>
        <source>Export the charts as PNG</source>
        <translation>Exporter les graphiques en PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved the charts to %1.</source>
        <translation>Graphiques enregistrés dans %1.</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every attempt again (the profile stays)</source>
        <translation>Afficher à nouveau toutes les tentatives (le profil reste)</translation>
    </message>
</context>
<context>
    <name>KeychainMessages</name>
    <message>
        <source>The keychain cannot be reached: there is no D-Bus session bus.</source>
        <translation>Le trousseau est inaccessible : il n&apos;y a pas de bus de session D-Bus.</translation>
    </message>
    <message>
        <source>No keychain service is running (no Secret Service such as GNOME Keyring or KWallet on the session bus).</source>
        <translation>Aucun service de trousseau n&apos;est lancé (pas de Secret Service tel que GNOME Keyring ou KWallet sur le bus de session).</translation>
    </message>
    <message>
        <source>The keyring is locked, or its default collection has not been created yet.</source>
        <translation>Le trousseau est verrouillé, ou sa collection par défaut n&apos;a pas encore été créée.</translation>
    </message>
    <message>
        <source>The keychain denied access.</source>
        <translation>Le trousseau a refusé l&apos;accès.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Le trousseau a signalé une erreur.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Keychain says: %1</source>
        <translation>Le trousseau indique : %1</translation>
    </message>
    <message>
        <source>Run the console inside a desktop session, or start one with dbus-run-session; over SSH, log in to the desktop first.</source>
        <translation>Lancez la console dans une session de bureau, ou démarrez-en une avec dbus-run-session ; via SSH, ouvrez d&apos;abord une session sur le bureau.</translation>
    </message>
    <message>
        <source>Install and start a Secret Service: gnome-keyring (package gnome-keyring) or KWallet, then try again.</source>
        <translation>Installez et démarrez un Secret Service : gnome-keyring (paquet gnome-keyring) ou KWallet, puis réessayez.</translation>
    </message>
    <message>
        <source>Unlock the login keyring (log in to the desktop, or open Passwords and Keys and unlock it), then save again.</source>
        <translation>Déverrouillez le trousseau de connexion (ouvrez une session sur le bureau, ou ouvrez Mots de passe et clés et déverrouillez-le), puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>Allow SMS Hook Console to use the keychain when asked, then try again.</source>
        <translation>Autorisez SMS Hook Console à utiliser le trousseau lorsque c&apos;est demandé, puis réessayez.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, restart the keyring service.</source>
        <translation>Réessayez ; si l&apos;échec persiste, redémarrez le service de trousseau.</translation>
    </message>
    <message>
        <source>DBUS_SESSION_BUS_ADDRESS is not set</source>
        <translation>DBUS_SESSION_BUS_ADDRESS n&apos;est pas défini</translation>
    </message>
    <message>
        <source>%1 is not on the session bus</source>
        <translation>%1 n&apos;est pas sur le bus de session</translation>
    </message>
    <message>
        <source>the default collection is locked</source>
        <translation>la collection par défaut est verrouillée</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>%1 n’a pas répondu en %n seconde</numerusform>
            <numerusform>%1 n’a pas répondu en %n secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>SMS Hook Console will follow the system&apos;s language from its next start.</source>
        <translation>SMS Hook Console suivra la langue du système à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <source>SMS Hook Console will speak %1 from its next start.</source>
        <translation>SMS Hook Console parlera %1 à partir de son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>LineDiff</name>
    <message numerus="yes">
        <source>... %n more changed line(s) not shown</source>
        <translation>
            <numerusform>... %n autre ligne modifiée non affichée</numerusform>
            <numerusform>... %n autres lignes modifiées non affichées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogExport</name>
    <message>
        <source>cannot read the delivery log: %1</source>
        <translation>impossible de lire le journal des envois : %1</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>impossible d&apos;écrire l&apos;export : %1</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled after %n row(s).</source>
        <translation>
            <numerusform>Export annulé après %n ligne.</numerusform>
            <numerusform>Export annulé après %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n attempt(s) to %1.</source>
        <translation>
            <numerusform>%n tentative exportée vers %1.</numerusform>
            <numerusform>%n tentatives exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogInsights</name>
    <message>
        <source>The delivery log could not be summarised: %1</source>
        <translation>Le journal des envois n&apos;a pas pu être résumé : %1</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Search message text, numbers, SID, error (Ctrl+F)</source>
        <translation>Rechercher dans le texte, les numéros, le SID, l&apos;erreur (Ctrl+F)</translation>
    </message>
    <message>
        <source>Free text over the message, the numbers, the SID and the error message. Esc clears it.</source>
        <translation>Texte libre sur le message, les numéros, le SID et le message d&apos;erreur. Échap l&apos;efface.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Where the attempt came from</source>
        <translation>Origine de la tentative</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>First day shown (local time); the lowest date means any</source>
        <translation>Premier jour affiché (heure locale) ; la date la plus ancienne signifie n&apos;importe laquelle</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Last day shown, included (local time); the lowest date means any</source>
        <translation>Dernier jour affiché, inclus (heure locale) ; la date la plus ancienne signifie n&apos;importe laquelle</translation>
    </message>
    <message>
        <source>Recipient digits</source>
        <translation>Chiffres du destinataire</translation>
    </message>
    <message>
        <source>Recipients whose E.164 number contains these digits, e.g. +4478 or 7700</source>
        <translation>Destinataires dont le numéro E.164 contient ces chiffres, par ex. +4478 ou 7700</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Code d&apos;erreur</translation>
    </message>
    <message>
        <source>Twilio&apos;s error code, e.g. 30003</source>
        <translation>Code d&apos;erreur Twilio, par ex. 30003</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every attempt again</source>
        <translation>Afficher de nouveau toutes les tentatives</translation>
    </message>
    <message>
        <source>Select an attempt to see its status timeline, the message as sent and, for a failure, Twilio&apos;s explanation.</source>
        <translation>Sélectionnez une tentative pour voir la chronologie de ses statuts, le message tel qu&apos;envoyé et, en cas d&apos;échec, l&apos;explication de Twilio.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>From / service</source>
        <translation>De / service</translation>
    </message>
    <message>
        <source>API · source</source>
        <translation>API · source</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>&amp;Copy SID</source>
        <translation>&amp;Copier le SID</translation>
    </message>
    <message>
        <source>Copy the SID to the clipboard</source>
        <translation>Copier le SID dans le presse-papiers</translation>
    </message>
    <message>
        <source>Message as sent</source>
        <translation>Message tel qu&apos;envoyé</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Chronologie des statuts</translation>
    </message>
    <message>
        <source>Import Twilio&apos;s message log for</source>
        <translation>Importer le journal des messages de Twilio pour</translation>
    </message>
    <message>
        <source>The profile whose Twilio account is read</source>
        <translation>Le profil dont le compte Twilio est lu</translation>
    </message>
    <message>
        <source>fro&amp;m</source>
        <translation>d&amp;u</translation>
    </message>
    <message>
        <source>First day sent (UTC)</source>
        <translation>Premier jour d&apos;envoi (UTC)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>Last day sent, included (UTC)</source>
        <translation>Dernier jour d&apos;envoi, inclus (UTC)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Read the messages from Twilio (read only: nothing is sent)</source>
        <translation>Lire les messages depuis Twilio (lecture seule : rien n&apos;est envoyé)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Stop after the page being read; running again continues from there</source>
        <translation>S&apos;arrêter après la page en cours de lecture ; relancer reprend à partir de là</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Hide the import bar</source>
        <translation>Masquer la barre d&apos;import</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the log again (e.g. after sends from the command line)</source>
        <translation>Relire le journal (par ex. après des envois depuis la ligne de commande)</translation>
    </message>
    <message>
        <source>S&amp;ync from Twilio…</source>
        <translation>S&amp;ynchroniser depuis Twilio…</translation>
    </message>
    <message>
        <source>Import Twilio&apos;s own message log for a profile and a range of days</source>
        <translation>Importer le journal des messages de Twilio pour un profil et une plage de jours</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Save the attempts shown (the current filter) as CSV or JSON. No secret is ever exported.</source>
        <translation>Enregistrer les tentatives affichées (le filtre actuel) en CSV ou JSON. Aucun secret n&apos;est jamais exporté.</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>En &amp;CSV…</translation>
    </message>
    <message>
        <source>As &amp;JSON…</source>
        <translation>En &amp;JSON…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %Ln attempt(s) written</source>
        <translation>
            <numerusform>Export en cours… %Ln tentative écrite</numerusform>
            <numerusform>Export en cours… %Ln tentatives écrites</numerusform>
        </translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>All APIs</source>
        <translation>Toutes les API</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Tous les profils</translation>
    </message>
    <message>
        <source>The “to” date is before the “from” date: no attempt can match. Set “to” on or after “from”.</source>
        <translation>La date « au » est antérieure à la date « du » : aucune tentative ne peut correspondre. Réglez « au » à la date « du » ou après.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <translation>
            <numerusform>%Ln tentative</numerusform>
            <numerusform>%Ln tentatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln attempt(s)</source>
        <extracomment>%1 attempts that match the filters, %n all attempts in the log</extracomment>
        <translation>
            <numerusform>%1 sur %Ln tentative</numerusform>
            <numerusform>%1 sur %Ln tentatives</numerusform>
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
        <translation>défini par Verify</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>aucun signalé</translation>
    </message>
    <message>
        <source>— (none yet)</source>
        <translation>— (aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>(Verify sends its own text; the code is not kept.)</source>
        <translation>(Verify envoie son propre texte ; le code n&apos;est pas conservé.)</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>**Outcome unknown**

The console recorded the attempt before sending, and no answer from Twilio was stored. Look for the message in Twilio&apos;s message log (the recipient and time are above) before sending again.</source>
        <translation>**Résultat inconnu**

La console a enregistré la tentative avant l&apos;envoi, et aucune réponse de Twilio n&apos;a été conservée. Cherchez le message dans le journal des messages de Twilio (le destinataire et l&apos;heure sont indiqués ci-dessus) avant de renvoyer.</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 copié dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Export the attempts shown as CSV</source>
        <translation>Exporter les tentatives affichées en CSV</translation>
    </message>
    <message>
        <source>Export the attempts shown as JSON</source>
        <translation>Exporter les tentatives affichées en JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
    <message>
        <source>Profile: choose the profile whose Twilio account to read (create one on the Secrets page first).</source>
        <translation>Profil : choisissez le profil dont le compte Twilio doit être lu (créez-en d&apos;abord un sur la page Secrets).</translation>
    </message>
    <message>
        <source>From: the first day is after the last one; choose a day on or before %1.</source>
        <translation>Du : le premier jour est après le dernier ; choisissez un jour antérieur ou égal au %1.</translation>
    </message>
    <message>
        <source>Profile: “%1” no longer exists; choose another one.</source>
        <translation>Profil : « %1 » n&apos;existe plus ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The keychain is not available, so the Twilio credentials of “%1” cannot be read.</source>
        <translation>Le trousseau n&apos;est pas disponible : les identifiants Twilio de « %1 » ne peuvent pas être lus.</translation>
    </message>
    <message>
        <source>Reading the Twilio credentials of “%1” from the keychain…</source>
        <translation>Lecture des identifiants Twilio de « %1 » dans le trousseau…</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1 %2</source>
        <translation>Le trousseau n&apos;a pas pu être lu : %1 %2</translation>
    </message>
    <message>
        <source>%1 is not set for the profile “%2”: set it on the Secrets page, then start again.</source>
        <translation>%1 n&apos;est pas défini pour le profil « %2 » : définissez-le sur la page Secrets, puis relancez.</translation>
    </message>
    <message>
        <source>%1 Correct it on the Secrets page, then start again.</source>
        <translation>%1 Corrigez-le sur la page Secrets, puis relancez.</translation>
    </message>
    <message>
        <source>Reading Twilio&apos;s message log for “%1”…</source>
        <translation>Lecture du journal des messages de Twilio pour « %1 »…</translation>
    </message>
    <message>
        <source>The import failed: Twilio refused the credentials of the profile. Check its %1 and %2 on the Secrets page.</source>
        <translation>L&apos;import a échoué : Twilio a refusé les identifiants du profil. Vérifiez ses %1 et %2 sur la page Secrets.</translation>
    </message>
    <message>
        <source>The import failed. %1</source>
        <translation>L&apos;import a échoué. %1</translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) read are kept; run again to continue where it stopped.</source>
        <translation>
            <numerusform>La %n page lue est conservée ; relancez pour reprendre là où il s&apos;est arrêté.</numerusform>
            <numerusform>Les %n pages lues sont conservées ; relancez pour reprendre là où il s&apos;est arrêté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before anything was read from Twilio.</source>
        <translation>Arrêté avant toute lecture depuis Twilio.</translation>
    </message>
    <message>
        <source>Stopping after the page under way…</source>
        <translation>Arrêt après la page en cours…</translation>
    </message>
    <message>
        <source>The “%1” column cannot be sorted: sort by any other column, or search the messages.</source>
        <translation>La colonne « %1 » ne peut pas être triée : triez selon une autre colonne, ou recherchez dans les messages.</translation>
    </message>
    <message>
        <source>Auth0 login</source>
        <translation>Connexion Auth0</translation>
    </message>
    <message>
        <source>Sync tenant logs</source>
        <translation>Synchroniser les journaux du locataire</translation>
    </message>
    <message>
        <source>Read the profile&apos;s Auth0 tenant log and match each MFA text to its Twilio message</source>
        <translation>Lire le journal du locataire Auth0 du profil et associer chaque SMS MFA à son message Twilio</translation>
    </message>
    <message>
        <source>MFA login:</source>
        <translation>Connexion MFA :</translation>
    </message>
    <message>
        <source>(not reached)</source>
        <translation>(non atteint)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Shown from</source>
        <translation>Affiché à partir du</translation>
    </message>
    <message>
        <source>Shown until</source>
        <translation>Affiché jusqu&apos;au</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>Tentatives de remise</translation>
    </message>
    <message>
        <source>Twilio&apos;s explanation</source>
        <translation>Explication de Twilio</translation>
    </message>
    <message>
        <source>Profile to import from</source>
        <translation>Profil depuis lequel importer</translation>
    </message>
    <message>
        <source>Show every attempt of the profile chosen again (the profile stays)</source>
        <translation>Afficher à nouveau toutes les tentatives du profil choisi (le profil reste)</translation>
    </message>
    <message>
        <source>The selected attempt is hidden by the filters. Clear or widen them to see it again, or choose another row.</source>
        <translation>La tentative sélectionnée est masquée par les filtres. Effacez-les ou élargissez-les pour la revoir, ou choisissez une autre ligne.</translation>
    </message>
    <message>
        <source>Ro&amp;ws</source>
        <translation>Li&amp;gnes</translation>
    </message>
    <message>
        <source>The attempts, one row each (Alt+W)</source>
        <translation>Les tentatives, une par ligne (Alt+W)</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <source>Charts of the attempts the filters select: delivery over time, latency, errors, countries (Alt+I)</source>
        <translation>Graphiques des tentatives retenues par les filtres : remise dans le temps, latence, erreurs, pays (Alt+I)</translation>
    </message>
    <message>
        <source>The time range chosen on a chart: click to clear it</source>
        <translation>La période choisie sur un graphique : cliquez pour l&apos;effacer</translation>
    </message>
    <message>
        <source>%1 – %2 ✕</source>
        <extracomment>the time range chosen on a chart, %1 its start, %2 its end; the cross clears it</extracomment>
        <translation>%1 – %2 ✕</translation>
    </message>
    <message>
        <source>Time range %1 to %2: clear it</source>
        <translation>Période du %1 au %2 : l&apos;effacer</translation>
    </message>
    <message>
        <source>The error filter cannot select failures without an error code: showing the failed attempts; those without a code show none in the Error column.</source>
        <translation>Le filtre d&apos;erreur ne peut pas sélectionner les échecs sans code d&apos;erreur : les tentatives en échec sont affichées ; celles sans code n&apos;en montrent aucun dans la colonne Erreur.</translation>
    </message>
    <message>
        <source>These numbers start with no known country calling code, so the recipient filter cannot select them: the filters are unchanged.</source>
        <translation>Ces numéros ne commencent par aucun indicatif de pays connu, le filtre de destinataire ne peut donc pas les sélectionner : les filtres sont inchangés.</translation>
    </message>
    <message>
        <source>The log cannot be filtered by latency (it is worked out from each attempt&apos;s timeline, which the filters do not read): showing the delivered attempts; each one&apos;s timeline is in its details.</source>
        <translation>Le journal ne peut pas être filtré par latence (elle se déduit de la chronologie de chaque tentative, que les filtres ne lisent pas) : les tentatives remises sont affichées ; la chronologie de chacune est dans ses détails.</translation>
    </message>
    <message>
        <source>Clear the chart&apos;s time range</source>
        <translation>Effacer la période du graphique</translation>
    </message>
    <message>
        <source>Twilio&apos;s message log: %1.</source>
        <extracomment>%1 what was imported and merged, with the pages read (SyncProgressText::summary)</extracomment>
        <translation>Journal des messages de Twilio : %1.</translation>
    </message>
    <message>
        <source>Details of the attempt</source>
        <translation>Détails de la tentative</translation>
    </message>
</context>
<context>
    <name>LogQueryWorker</name>
    <message>
        <source>The delivery log could not be read (%1): %2</source>
        <translation>Le journal des envois n&apos;a pas pu être lu (%1) : %2</translation>
    </message>
</context>
<context>
    <name>LogSchema</name>
    <message>
        <source>The delivery log %1 is a folder, not a file. Move the folder away, or set SMSHOOK_LOG_PATH to the path of a file.</source>
        <translation>Le journal des envois %1 est un dossier, pas un fichier. Déplacez le dossier, ou définissez SMSHOOK_LOG_PATH sur le chemin d&apos;un fichier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the delivery log %2. Check that the path leads through folders you can write to, or set SMSHOOK_LOG_PATH to a file in one.</source>
        <translation>Impossible de créer le dossier %1 du journal des envois %2. Vérifiez que le chemin passe par des dossiers où vous pouvez écrire, ou définissez SMSHOOK_LOG_PATH sur un fichier situé dans l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>%1 Check that the folder can be written, or set SMSHOOK_LOG_PATH to another file.</source>
        <translation>%1 Vérifiez que le dossier est accessible en écriture, ou définissez SMSHOOK_LOG_PATH sur un autre fichier.</translation>
    </message>
    <message>
        <source>Cannot open the delivery log %1: %2. Check that the file and its folder can be written, or set SMSHOOK_LOG_PATH to another file.</source>
        <translation>Impossible d&apos;ouvrir le journal des envois %1 : %2. Vérifiez que le fichier et son dossier sont accessibles en écriture, ou définissez SMSHOOK_LOG_PATH sur un autre fichier.</translation>
    </message>
    <message>
        <source>The delivery log %1 cannot be read (%2); it may not be a delivery log at all. Move the file away to start a new log, or set SMSHOOK_LOG_PATH to another file.</source>
        <translation>Le journal des envois %1 ne peut pas être lu (%2) ; ce n&apos;est peut-être pas du tout un journal des envois. Déplacez le fichier pour commencer un nouveau journal, ou définissez SMSHOOK_LOG_PATH sur un autre fichier.</translation>
    </message>
    <message>
        <source>The delivery log %1 was written by a newer version of SMS Hook Console (schema version %2; this version knows up to %3). It was left untouched and nothing is recorded. Update SMS Hook Console, or set SMSHOOK_LOG_PATH to use another file.</source>
        <translation>Le journal des envois %1 a été écrit par une version plus récente de SMS Hook Console (version de schéma %2 ; cette version connaît jusqu&apos;à %3). Il n&apos;a pas été modifié et rien n&apos;est enregistré. Mettez à jour SMS Hook Console, ou définissez SMSHOOK_LOG_PATH pour utiliser un autre fichier.</translation>
    </message>
    <message>
        <source>Cannot prepare the delivery log %1: %2. Check that the file and its folder can be written, or set SMSHOOK_LOG_PATH to another file.</source>
        <translation>Impossible de préparer le journal des envois %1 : %2. Vérifiez que le fichier et son dossier sont accessibles en écriture, ou définissez SMSHOOK_LOG_PATH sur un autre fichier.</translation>
    </message>
    <message>
        <source>Cannot update the delivery log %1: %2. Check that the file can be written, or set SMSHOOK_LOG_PATH to another file.</source>
        <translation>Impossible de mettre à jour le journal des envois %1 : %2. Vérifiez que le fichier est accessible en écriture, ou définissez SMSHOOK_LOG_PATH sur un autre fichier.</translation>
    </message>
    <message>
        <source>Cannot update the delivery log %1 from schema version %2 to %3: %4. The file was left as it was; free some disk space and try again, or set SMSHOOK_LOG_PATH to another file.</source>
        <translation>Impossible de mettre à jour le journal des envois %1 de la version de schéma %2 à %3 : %4. Le fichier est resté tel quel ; libérez de l&apos;espace disque et réessayez, ou définissez SMSHOOK_LOG_PATH sur un autre fichier.</translation>
    </message>
</context>
<context>
    <name>LogSync</name>
    <message>
        <source>The date range is not valid: the first day must not be after the last.</source>
        <translation>La plage de dates n&apos;est pas valide : le premier jour ne doit pas être après le dernier.</translation>
    </message>
    <message>
        <source>No delivery log to import into.</source>
        <translation>Aucun journal des envois dans lequel importer.</translation>
    </message>
    <message>
        <source>The page could not be stored in the delivery log: %1</source>
        <translation>La page n&apos;a pas pu être enregistrée dans le journal des envois : %1</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Hide this (Help &gt; Getting started shows it again)</source>
        <translation>Masquer (Aide &gt; Premiers pas l&apos;affiche de nouveau)</translation>
    </message>
    <message>
        <source>Hide getting started</source>
        <translation>Masquer les premiers pas</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Sandbox guide (test accounts, magic numbers)</source>
        <translation>Guide du &amp;bac à sable (comptes de test, numéros magiques)</translation>
    </message>
    <message>
        <source>&amp;About SMS Hook Console</source>
        <translation>À &amp;propos de SMS Hook Console</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Hook code</source>
        <translation>Code du hook</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Journal des envois</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Nothing can be sent until the delivery log works: %1</source>
        <translation>Rien ne peut être envoyé tant que le journal des envois ne fonctionne pas : %1</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Démarrage du bac à sable…</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Bac à sable : %1</translation>
    </message>
    <message>
        <source>The built-in Twilio and Auth0 simulators answer profile &quot;%1&quot; on loopback; no message leaves this computer.</source>
        <translation>Les simulateurs Twilio et Auth0 intégrés répondent au profil « %1 » en boucle locale ; aucun message ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Sandbox unavailable</source>
        <translation>Bac à sable indisponible</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>%1 is not installed with this copy of the console.</source>
        <translation>%1 n&apos;est pas installé avec cette copie de la console.</translation>
    </message>
    <message>
        <source>No application could open the guide; it is at %1.</source>
        <translation>Aucune application n&apos;a pu ouvrir le guide ; il se trouve dans %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start here.&lt;/b&gt; The &lt;b&gt;Sandbox&lt;/b&gt; profile talks to a simulated Twilio and Auth0 tenant on this computer: nothing is sent anywhere. &lt;a href=&quot;tenant&quot;&gt;Tenant&lt;/a&gt;: how the tenant sends MFA text messages · &lt;a href=&quot;run&quot;&gt;Run&lt;/a&gt;: send a test SMS and watch it arrive · &lt;a href=&quot;hook&quot;&gt;Hook code&lt;/a&gt;: edit, run and deploy the Action · &lt;a href=&quot;checklist&quot;&gt;Checklist&lt;/a&gt;: when a text does not arrive.</source>
        <translation>&lt;b&gt;Commencez ici.&lt;/b&gt; Le profil &lt;b&gt;Sandbox&lt;/b&gt; dialogue avec un Twilio et un locataire Auth0 simulés sur cet ordinateur : rien n&apos;est envoyé nulle part. &lt;a href=&quot;tenant&quot;&gt;Locataire&lt;/a&gt; : comment le locataire envoie les SMS MFA · &lt;a href=&quot;run&quot;&gt;Exécuter&lt;/a&gt; : envoyer un SMS de test et le voir arriver · &lt;a href=&quot;hook&quot;&gt;Code du hook&lt;/a&gt; : modifier, exécuter et déployer l&apos;Action · &lt;a href=&quot;checklist&quot;&gt;Liste de contrôle&lt;/a&gt; : quand un SMS n&apos;arrive pas.</translation>
    </message>
    <message>
        <source>About SMS Hook Console</source>
        <translation>À propos de SMS Hook Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMS Hook Console %1&lt;/h3&gt;&lt;p&gt;Set up and check the Twilio configuration of Auth0 Send Phone Message hooks.&lt;/p&gt;&lt;p&gt;Secret values are stored only in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMS Hook Console %1&lt;/h3&gt;&lt;p&gt;Configurer et vérifier la configuration Twilio des hooks Send Phone Message d&apos;Auth0.&lt;/p&gt;&lt;p&gt;Les valeurs des secrets ne sont stockées que dans le trousseau du système.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Montrer</translation>
    </message>
</context>
<context>
    <name>MessageLookup</name>
    <message>
        <source>There is nothing to look up: the recipient or the time of the send is unknown.</source>
        <translation>Il n&apos;y a rien à rechercher : le destinataire ou l&apos;heure de l&apos;envoi est inconnu.</translation>
    </message>
</context>
<context>
    <name>MfaErrors</name>
    <message>
        <source>Auth0 says: %1</source>
        <translation>Auth0 indique : %1</translation>
    </message>
    <message>
        <source>The tenant signed the test user in without asking for a second factor, so no text message was sent.</source>
        <translation>Le locataire a connecté l&apos;utilisateur de test sans demander de second facteur ; aucun SMS n&apos;a donc été envoyé.</translation>
    </message>
    <message>
        <source>In the Auth0 Dashboard open Security &gt; Multi-factor Auth, turn on Phone Message and set Require Multi-factor Auth to Always (or require it in a post-login Action).</source>
        <translation>Dans l&apos;Auth0 Dashboard, ouvrez Security &gt; Multi-factor Auth, activez Phone Message et réglez Require Multi-factor Auth sur Always (ou exigez-le dans une Action post-login).</translation>
    </message>
    <message>
        <source>Run the test again: a login whose answer was lost cannot be told apart from one that failed.</source>
        <translation>Relancez le test : une connexion dont la réponse a été perdue ne peut pas être distinguée d&apos;une connexion échouée.</translation>
    </message>
    <message>
        <source>The test application may not use this grant (%1).</source>
        <translation>L&apos;application de test ne peut pas utiliser ce grant (%1).</translation>
    </message>
    <message>
        <source>In %1 tick Password and MFA (OOB), then Save; or let the console set up its own test application.</source>
        <translation>Dans %1, cochez Password et MFA (OOB), puis Save ; ou laissez la console configurer sa propre application de test.</translation>
    </message>
    <message>
        <source>The test user&apos;s database connection is not enabled for the test application.</source>
        <translation>La connexion de base de données de l&apos;utilisateur de test n&apos;est pas activée pour l&apos;application de test.</translation>
    </message>
    <message>
        <source>In the Auth0 Dashboard open Authentication &gt; Database &gt; the connection &gt; Applications and enable the test application.</source>
        <translation>Dans l&apos;Auth0 Dashboard, ouvrez Authentication &gt; Database &gt; la connexion &gt; Applications et activez l&apos;application de test.</translation>
    </message>
    <message>
        <source>The test user already has an MFA factor; Auth0 enrols another one only after a challenge of the first.</source>
        <translation>L&apos;utilisateur de test a déjà un facteur MFA ; Auth0 n&apos;en inscrit un autre qu&apos;après un challenge du premier.</translation>
    </message>
    <message>
        <source>Run the test again: the console challenges the enrolled phone.</source>
        <translation>Relancez le test : la console envoie un challenge au téléphone inscrit.</translation>
    </message>
    <message>
        <source>Auth0 refused the test application&apos;s client ID and secret.</source>
        <translation>Auth0 a refusé l&apos;ID client et le secret client de l&apos;application de test.</translation>
    </message>
    <message>
        <source>Copy the client secret of the test application again (Auth0 Dashboard &gt; Applications &gt; the application &gt; Settings) into the keychain entry @AUTH0_TEST_CLIENT_SECRET, or let the console set its own up.</source>
        <translation>Copiez de nouveau le secret client de l&apos;application de test (Auth0 Dashboard &gt; Applications &gt; l&apos;application &gt; Settings) dans l&apos;entrée de trousseau @AUTH0_TEST_CLIENT_SECRET, ou laissez la console configurer la sienne.</translation>
    </message>
    <message>
        <source>Auth0 has blocked the test user after too many attempts.</source>
        <translation>Auth0 a bloqué l&apos;utilisateur de test après trop de tentatives.</translation>
    </message>
    <message>
        <source>Unblock the user in Auth0 Dashboard &gt; User Management &gt; Users &gt; the user, or wait for the block to lift.</source>
        <translation>Débloquez l&apos;utilisateur dans Auth0 Dashboard &gt; User Management &gt; Users &gt; l&apos;utilisateur, ou attendez la levée du blocage.</translation>
    </message>
    <message>
        <source>The code expired before it was typed (Auth0 keeps it 5 minutes).</source>
        <translation>Le code a expiré avant d&apos;être saisi (Auth0 le garde 5 minutes).</translation>
    </message>
    <message>
        <source>Run the test again and type the new code sooner.</source>
        <translation>Relancez le test et saisissez le nouveau code plus tôt.</translation>
    </message>
    <message>
        <source>The MFA transaction expired (Auth0 keeps its mfa_token 10 minutes).</source>
        <translation>La transaction MFA a expiré (Auth0 garde son mfa_token 10 minutes).</translation>
    </message>
    <message>
        <source>Run the test again.</source>
        <translation>Relancez le test.</translation>
    </message>
    <message>
        <source>Auth0 does not offer an SMS challenge for this user.</source>
        <translation>Auth0 ne propose pas de challenge SMS pour cet utilisateur.</translation>
    </message>
    <message>
        <source>In the Auth0 Dashboard open Security &gt; Multi-factor Auth and turn on Phone Message with SMS.</source>
        <translation>Dans l&apos;Auth0 Dashboard, ouvrez Security &gt; Multi-factor Auth et activez Phone Message avec SMS.</translation>
    </message>
    <message>
        <source>The test user has no active phone to challenge.</source>
        <translation>L&apos;utilisateur de test n&apos;a aucun téléphone actif à qui envoyer un challenge.</translation>
    </message>
    <message>
        <source>Run the test again: the console enrols the test phone first.</source>
        <translation>Relancez le test : la console inscrit d&apos;abord le téléphone de test.</translation>
    </message>
    <message>
        <source>Auth0 refused the test user&apos;s name or password.</source>
        <translation>Auth0 a refusé le nom ou le mot de passe de l&apos;utilisateur de test.</translation>
    </message>
    <message>
        <source>Check the user name and the connection, and put the user&apos;s password into the keychain entry @AUTH0_TEST_USER_PASSWORD again.</source>
        <translation>Vérifiez le nom d&apos;utilisateur et la connexion, et placez de nouveau le mot de passe de l&apos;utilisateur dans l&apos;entrée de trousseau @AUTH0_TEST_USER_PASSWORD.</translation>
    </message>
    <message>
        <source>Auth0 refused the code that was typed: it is not the one it sent.</source>
        <translation>Auth0 a refusé le code saisi : ce n&apos;est pas celui qu&apos;il a envoyé.</translation>
    </message>
    <message>
        <source>Type the code of the newest text message, exactly as it arrived.</source>
        <translation>Saisissez le code du SMS le plus récent, exactement tel qu&apos;il est arrivé.</translation>
    </message>
    <message>
        <source>Auth0 rejected the login.</source>
        <translation>Auth0 a rejeté la connexion.</translation>
    </message>
    <message>
        <source>Auth0 refused the step: %1</source>
        <translation>Auth0 a refusé l&apos;étape : %1</translation>
    </message>
    <message>
        <source>Auth0 still asks for the second factor: the code was not accepted.</source>
        <translation>Auth0 demande toujours le second facteur : le code n&apos;a pas été accepté.</translation>
    </message>
    <message>
        <source>Type the code of the newest text message.</source>
        <translation>Saisissez le code du SMS le plus récent.</translation>
    </message>
    <message>
        <source>No code was sent with the login.</source>
        <translation>Aucun code n&apos;a été envoyé avec la connexion.</translation>
    </message>
    <message>
        <source>Type the code the text message brought.</source>
        <translation>Saisissez le code apporté par le SMS.</translation>
    </message>
    <message>
        <source>Auth0 does not accept the MFA token of this login (%1).</source>
        <translation>Auth0 n&apos;accepte pas le jeton MFA de cette connexion (%1).</translation>
    </message>
    <message>
        <source>Run the test again: every step must use the same test application.</source>
        <translation>Relancez le test : chaque étape doit utiliser la même application de test.</translation>
    </message>
    <message>
        <source>Auth0 refused the step (%1, HTTP %2).</source>
        <translation>Auth0 a refusé l&apos;étape (%1, HTTP %2).</translation>
    </message>
    <message>
        <source>Correct what Auth0 names and run the test again.</source>
        <translation>Corrigez ce qu&apos;Auth0 indique et relancez le test.</translation>
    </message>
</context>
<context>
    <name>MfaRemovalPlan</name>
    <message>
        <source>Delete the user %1 (DELETE /api/v2/users/%1).</source>
        <translation>Supprimer l&apos;utilisateur %1 (DELETE /api/v2/users/%1).</translation>
    </message>
    <message>
        <source>Delete the application %1 (DELETE /api/v2/clients/%1).</source>
        <translation>Supprimer l&apos;application %1 (DELETE /api/v2/clients/%1).</translation>
    </message>
</context>
<context>
    <name>MfaRequests</name>
    <message>
        <source>Test application: name the client ID of the application the test user signs in to, or let the console set one up.</source>
        <translation>Application de test : indiquez l&apos;ID client de l&apos;application à laquelle l&apos;utilisateur de test se connecte, ou laissez la console en configurer une.</translation>
    </message>
    <message>
        <source>Test application: its client secret is not in the keychain (@AUTH0_TEST_CLIENT_SECRET); set it, or let the console set the test application up.</source>
        <translation>Application de test : son secret client n&apos;est pas dans le trousseau (@AUTH0_TEST_CLIENT_SECRET) ; définissez-le, ou laissez la console configurer l&apos;application de test.</translation>
    </message>
    <message>
        <source>Test user: name the user (e-mail or user name) that signs in, or let the console set one up.</source>
        <translation>Utilisateur de test : indiquez l&apos;utilisateur (e-mail ou nom d&apos;utilisateur) qui se connecte, ou laissez la console en configurer un.</translation>
    </message>
    <message>
        <source>Test user: the password is not in the keychain (@AUTH0_TEST_USER_PASSWORD); set it, or let the console set the test user up.</source>
        <translation>Utilisateur de test : le mot de passe n&apos;est pas dans le trousseau (@AUTH0_TEST_USER_PASSWORD) ; définissez-le, ou laissez la console configurer l&apos;utilisateur de test.</translation>
    </message>
    <message>
        <source>Test user: name the database connection the user belongs to (for example Username-Password-Authentication).</source>
        <translation>Utilisateur de test : indiquez la connexion de base de données de l&apos;utilisateur (par exemple Username-Password-Authentication).</translation>
    </message>
    <message>
        <source>MFA token: sign in first; Auth0 gives the token with its mfa_required answer.</source>
        <translation>Jeton MFA : connectez-vous d&apos;abord ; Auth0 donne le jeton avec sa réponse mfa_required.</translation>
    </message>
    <message>
        <source>Phone number: enter the test phone in E.164 form, such as +14155552671 (&quot;%1&quot; is not).</source>
        <translation>Numéro de téléphone : saisissez le téléphone de test au format E.164, par exemple +14155552671 (« %1 » ne l&apos;est pas).</translation>
    </message>
    <message>
        <source>Authenticator: list the user&apos;s authenticators first and pick its SMS one.</source>
        <translation>Authentificateur : listez d&apos;abord les authentificateurs de l&apos;utilisateur et choisissez celui pour SMS.</translation>
    </message>
    <message>
        <source>OOB code: ask for a challenge (or enrol) first; Auth0 answers it with the oob_code.</source>
        <translation>Code OOB : demandez d&apos;abord un challenge (ou une inscription) ; Auth0 y répond avec le oob_code.</translation>
    </message>
    <message>
        <source>Code: type the code the text message brought.</source>
        <translation>Code : saisissez le code apporté par le SMS.</translation>
    </message>
</context>
<context>
    <name>MfaSetupJob</name>
    <message>
        <source>Forgot the test application and user named for profile &quot;%1&quot;; the tenant keeps them (the console did not create them).</source>
        <translation>L&apos;application et l&apos;utilisateur de test indiqués pour le profil « %1 » ont été oubliés ; le locataire les conserve (la console ne les a pas créés).</translation>
    </message>
    <message>
        <source>The console&apos;s application may not %1: it lacks %2. %3</source>
        <translation>L&apos;application de la console ne peut pas %1 : il lui manque %2. %3</translation>
    </message>
    <message>
        <source>remove the MFA test&apos;s application and user</source>
        <translation>supprimer l&apos;application et l&apos;utilisateur du test MFA</translation>
    </message>
    <message>
        <source>set up the MFA test&apos;s application and user</source>
        <translation>configurer l&apos;application et l&apos;utilisateur du test MFA</translation>
    </message>
    <message>
        <source>The tenant has no database connection for the test user. In the Auth0 Dashboard open Authentication &gt; Database and create one, then try again.</source>
        <translation>Le locataire n&apos;a aucune connexion de base de données pour l&apos;utilisateur de test. Dans l&apos;Auth0 Dashboard, ouvrez Authentication &gt; Database et créez-en une, puis réessayez.</translation>
    </message>
    <message>
        <source>Auth0 created the application but sent back no client ID or secret.</source>
        <translation>Auth0 a créé l&apos;application mais n&apos;a renvoyé ni ID client ni secret.</translation>
    </message>
    <message>
        <source>Done before the failure: %1</source>
        <translation>Fait avant l&apos;échec : %1</translation>
    </message>
</context>
<context>
    <name>MfaSetupPlan</name>
    <message>
        <source>Create the application &quot;%1&quot; (POST /api/v2/clients): a regular web application with the grant types %2, authenticating with its client secret.</source>
        <translation>Créer l&apos;application « %1 » (POST /api/v2/clients) : une Regular Web Application avec les types de grant %2, qui s&apos;authentifie avec son secret client.</translation>
    </message>
    <message>
        <source>Enable the connection &quot;%1&quot; (%2) for that application (PATCH /api/v2/connections/%2/clients).</source>
        <translation>Activer la connexion « %1 » (%2) pour cette application (PATCH /api/v2/connections/%2/clients).</translation>
    </message>
    <message>
        <source>Create the user %1 in &quot;%2&quot; (POST /api/v2/users), e-mail marked verified, with a random password.</source>
        <translation>Créer l&apos;utilisateur %1 dans « %2 » (POST /api/v2/users), e-mail marqué comme vérifié, avec un mot de passe aléatoire.</translation>
    </message>
</context>
<context>
    <name>MfaSetupRequests</name>
    <message>
        <source>Test application: &quot;%1&quot; is not a client ID.</source>
        <translation>Application de test : « %1 » n&apos;est pas un ID client.</translation>
    </message>
    <message>
        <source>Test application: it needs a name.</source>
        <translation>Application de test : elle a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>Made by SMS Hook Console to test MFA text messages; remove it from the console.</source>
        <translation>Créée par SMS Hook Console pour tester les SMS MFA ; supprimez-la depuis la console.</translation>
    </message>
    <message>
        <source>Connection: &quot;%1&quot; is not a connection id.</source>
        <translation>Connexion : « %1 » n&apos;est pas un identifiant de connexion.</translation>
    </message>
    <message>
        <source>Test user: no password to set.</source>
        <translation>Utilisateur de test : aucun mot de passe à définir.</translation>
    </message>
    <message>
        <source>Test user: &quot;%1&quot; is not a user id.</source>
        <translation>Utilisateur de test : « %1 » n&apos;est pas un identifiant d&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>MfaTestJob</name>
    <message numerus="yes">
        <source>No code was typed within %n second(s) of the text being sent.</source>
        <translation>
            <numerusform>Aucun code n&apos;a été saisi dans la %n seconde suivant l&apos;envoi du SMS.</numerusform>
            <numerusform>Aucun code n&apos;a été saisi dans les %n secondes suivant l&apos;envoi du SMS.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the Twilio message below and the tenant log for why it did not arrive, then run the test again.</source>
        <translation>Consultez le message Twilio ci-dessous et le journal du locataire pour savoir pourquoi il n&apos;est pas arrivé, puis relancez le test.</translation>
    </message>
    <message>
        <source>Check the set-up</source>
        <translation>Vérifier la configuration</translation>
    </message>
    <message>
        <source>Recipient: enter the test phone in E.164 form, such as +14155552671 (&quot;%1&quot; is not).</source>
        <translation>Destinataire : saisissez le téléphone de test au format E.164, par exemple +14155552671 (« %1 » ne l&apos;est pas).</translation>
    </message>
    <message>
        <source>The MFA test has no test application and user.</source>
        <translation>Le test MFA n&apos;a ni application ni utilisateur de test.</translation>
    </message>
    <message>
        <source>Name an existing test application and user, or let the console set up its own (sms-hook-cli auth0 test-mfa --setup, or Set up on the Tenant page).</source>
        <translation>Indiquez une application et un utilisateur de test existants, ou laissez la console configurer les siens (sms-hook-cli auth0 test-mfa --setup, ou Configurer sur la page Locataire).</translation>
    </message>
    <message>
        <source>The tenant would not send the text through the Action: %1</source>
        <translation>Le locataire n&apos;enverrait pas le SMS par l&apos;Action : %1</translation>
    </message>
    <message>
        <source>The tenant has no application with the client ID %1.</source>
        <translation>Le locataire n&apos;a aucune application avec l&apos;ID client %1.</translation>
    </message>
    <message>
        <source>Name the test application&apos;s client ID again, or let the console set up its own.</source>
        <translation>Indiquez de nouveau l&apos;ID client de l&apos;application de test, ou laissez la console configurer la sienne.</translation>
    </message>
    <message>
        <source>The test application lacks the grant type %1.</source>
        <translation>Il manque à l&apos;application de test le type de grant %1.</translation>
    </message>
    <message>
        <source>In Auth0 Dashboard &gt; Applications &gt; the test application &gt; Settings &gt; Advanced Settings &gt; Grant Types tick Password and MFA, then Save.</source>
        <translation>Dans Auth0 Dashboard &gt; Applications &gt; l&apos;application de test &gt; Settings &gt; Advanced Settings &gt; Grant Types, cochez Password et MFA, puis Save.</translation>
    </message>
    <message>
        <source>The tenant sends MFA texts through the Action (its connection and grant types not checked: the token lacks read:clients / read:connections).</source>
        <translation>Le locataire envoie les SMS MFA par l&apos;Action (sa connexion et ses types de grant ne sont pas vérifiés : il manque au jeton read:clients / read:connections).</translation>
    </message>
    <message>
        <source>The tenant has no database connection named &quot;%1&quot;.</source>
        <translation>Le locataire n&apos;a aucune connexion de base de données nommée « %1 ».</translation>
    </message>
    <message>
        <source>Name the test user&apos;s database connection again.</source>
        <translation>Indiquez de nouveau la connexion de base de données de l&apos;utilisateur de test.</translation>
    </message>
    <message>
        <source>Connection not checked.</source>
        <translation>Connexion non vérifiée.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is not enabled for the test application.</source>
        <translation>La connexion « %1 » n&apos;est pas activée pour l&apos;application de test.</translation>
    </message>
    <message>
        <source>In Auth0 Dashboard &gt; Authentication &gt; Database &gt; %1 &gt; Applications enable the test application.</source>
        <translation>Dans Auth0 Dashboard &gt; Authentication &gt; Database &gt; %1 &gt; Applications, activez l&apos;application de test.</translation>
    </message>
    <message>
        <source>The tenant sends MFA texts through the Action; the test application has its grant types and its connection.</source>
        <translation>Le locataire envoie les SMS MFA par l&apos;Action ; l&apos;application de test a ses types de grant et sa connexion.</translation>
    </message>
    <message>
        <source>Sign the test user in (password-realm)</source>
        <translation>Connecter l&apos;utilisateur de test (password-realm)</translation>
    </message>
    <message>
        <source>Auth0 asked for the second factor (mfa_required).</source>
        <translation>Auth0 a demandé le second facteur (mfa_required).</translation>
    </message>
    <message>
        <source>List the user&apos;s authenticators</source>
        <translation>Lister les authentificateurs de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>No phone enrolled: the test phone is enrolled first.</source>
        <translation>Aucun téléphone inscrit : le téléphone de test est inscrit d&apos;abord.</translation>
    </message>
    <message>
        <source>The test user&apos;s phone is enrolled as %1: the code would go there, not to %2.</source>
        <translation>Le téléphone de l&apos;utilisateur de test est inscrit en tant que %1 : le code irait là, pas à %2.</translation>
    </message>
    <message>
        <source>Test with that number, or delete the user&apos;s MFA enrolment (Auth0 Dashboard &gt; User Management &gt; Users &gt; the user &gt; Multi-factor Authentication) so that the test enrols %1.</source>
        <translation>Testez avec ce numéro, ou supprimez l&apos;inscription MFA de l&apos;utilisateur (Auth0 Dashboard &gt; User Management &gt; Users &gt; l&apos;utilisateur &gt; Multi-factor Authentication) pour que le test inscrive %1.</translation>
    </message>
    <message>
        <source>Phone enrolled: %1.</source>
        <translation>Téléphone inscrit : %1.</translation>
    </message>
    <message>
        <source>Enrol the test phone (associate, SMS)</source>
        <translation>Inscrire le téléphone de test (associate, SMS)</translation>
    </message>
    <message>
        <source>Challenge the phone (SMS)</source>
        <translation>Envoyer un challenge au téléphone (SMS)</translation>
    </message>
    <message>
        <source>Auth0 is texting a code to %1.</source>
        <translation>Auth0 envoie un code par SMS à %1.</translation>
    </message>
    <message>
        <source>Wait for the code that arrived</source>
        <translation>Attendre le code arrivé</translation>
    </message>
    <message>
        <source>Open the Action&apos;s execution in the timeline, fix the code and deploy it again (Hook code page &gt; Deploy).</source>
        <translation>Ouvrez l&apos;exécution de l&apos;Action dans la chronologie, corrigez le code et déployez-le de nouveau (page Code du hook &gt; Déployer).</translation>
    </message>
    <message>
        <source>Twilio %1: %2 %3</source>
        <translation>Twilio %1 : %2 %3</translation>
    </message>
    <message>
        <source>Auth0 could not send the text (%1): %2</source>
        <translation>Auth0 n&apos;a pas pu envoyer le SMS (%1) : %2</translation>
    </message>
    <message>
        <source>Typed %1.</source>
        <translation>%1 saisi.</translation>
    </message>
    <message>
        <source>Complete the login (mfa-oob)</source>
        <translation>Terminer la connexion (mfa-oob)</translation>
    </message>
    <message>
        <source>Auth0 completed the login with the code (tokens issued, not kept).</source>
        <translation>Auth0 a terminé la connexion avec le code (jetons émis, non conservés).</translation>
    </message>
    <message>
        <source>Auth0 answered without tokens.</source>
        <translation>Auth0 a répondu sans jetons.</translation>
    </message>
    <message>
        <source>Auth0 answered the login without tokens.</source>
        <translation>Auth0 a répondu à la connexion sans jetons.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message>
        <source>Follow the Twilio message</source>
        <translation>Suivre le message Twilio</translation>
    </message>
    <message>
        <source>The profile has no Twilio credentials to read the message with.</source>
        <translation>Le profil n&apos;a pas d&apos;identifiants Twilio pour lire le message.</translation>
    </message>
    <message>
        <source>Twilio has no message to %1 since the test started: the Action sent none with the profile&apos;s account.</source>
        <translation>Twilio n&apos;a aucun message vers %1 depuis le début du test : l&apos;Action n&apos;en a envoyé aucun avec le compte du profil.</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1 : %2%3</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s log events back</source>
        <translation>Relire les événements du journal du locataire</translation>
    </message>
    <message>
        <source>The token lacks read:logs; grant it to see Auth0&apos;s log events here.</source>
        <translation>Il manque read:logs au jeton ; accordez-le pour voir ici les événements du journal d&apos;Auth0.</translation>
    </message>
    <message>
        <source>No log event for the test user yet.</source>
        <translation>Aucun événement de journal pour l&apos;utilisateur de test pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Send a test message through the phone provider</source>
        <translation>Envoyer un message de test via le fournisseur de téléphonie</translation>
    </message>
    <message>
        <source>Auth0 accepted the test message (%1): %2</source>
        <translation>Auth0 a accepté le message de test (%1) : %2</translation>
    </message>
</context>
<context>
    <name>MfaTestPanel</name>
    <message>
        <source>Signs the test user in through Auth0&apos;s Authentication API, as a login would, and completes MFA with the code the text brought; then follows the Twilio message and reads the tenant&apos;s log back.</source>
        <translation>Connecte l&apos;utilisateur de test via l&apos;Authentication API d&apos;Auth0, comme le ferait une connexion, et termine la MFA avec le code apporté par le SMS ; suit ensuite le message Twilio et relit le journal du locataire.</translation>
    </message>
    <message>
        <source>Test &amp;phone:</source>
        <translation>Téléphone de &amp;test :</translation>
    </message>
    <message>
        <source>the phone that receives the code, e.g. +14155552671</source>
        <translation>le téléphone qui reçoit le code, par ex. +14155552671</translation>
    </message>
    <message>
        <source>Test &amp;application:</source>
        <translation>&amp;Application de test :</translation>
    </message>
    <message>
        <source>client ID of an application with the Password and MFA grants</source>
        <translation>ID client d&apos;une application avec les grants Password et MFA</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecret client :</translation>
    </message>
    <message>
        <source>Test &amp;user:</source>
        <translation>&amp;Utilisateur de test :</translation>
    </message>
    <message>
        <source>e-mail or user name of a user with SMS MFA</source>
        <translation>e-mail ou nom d&apos;un utilisateur avec MFA par SMS</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>Co&amp;nnexion :</translation>
    </message>
    <message>
        <source>Username-Password-Authentication</source>
        <translation>Username-Password-Authentication</translation>
    </message>
    <message>
        <source>Set &amp;up…</source>
        <translation>&amp;Configurer…</translation>
    </message>
    <message>
        <source>Create the console&apos;s own test application and user in the tenant (what will be written is shown first)</source>
        <translation>Créer dans le locataire l&apos;application et l&apos;utilisateur de test propres à la console (ce qui sera écrit est d&apos;abord affiché)</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <source>Delete the test application and user the console created, and forget the settings</source>
        <translation>Supprimer l&apos;application et l&apos;utilisateur de test créés par la console, et oublier les paramètres</translation>
    </message>
    <message>
        <source>Read the code from the simulated &amp;handset</source>
        <translation>Lire le code sur le &amp;téléphone simulé</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>Envoyer un message de &amp;test</translation>
    </message>
    <message>
        <source>Ask Auth0 to send the phone provider&apos;s test message to the test phone (Unified Phone Experience)</source>
        <translation>Demander à Auth0 d&apos;envoyer le message de test du fournisseur de téléphonie au téléphone de test (Unified Phone Experience)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Run the test</source>
        <translation>&amp;Lancer le test</translation>
    </message>
    <message>
        <source>Co&amp;de that arrived:</source>
        <translation>Co&amp;de reçu :</translation>
    </message>
    <message>
        <source>e.g. 123456</source>
        <translation>par ex. 123456</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>Envo&amp;yer</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>The code that was sent, the Twilio message with its statuses, the tenant&apos;s log events and how the login ended appear here.</source>
        <translation>Le code envoyé, le message Twilio avec ses statuts, les événements du journal du locataire et l&apos;issue de la connexion s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>in the keychain; type a new one to replace it</source>
        <translation>dans le trousseau ; saisissez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <source>kept only in the system keychain</source>
        <translation>conservé uniquement dans le trousseau du système</translation>
    </message>
    <message>
        <source>Test phone: %1</source>
        <translation>Téléphone de test : %1</translation>
    </message>
    <message>
        <source>%1 · %2: a text message does not reach a landline.</source>
        <translation>%1 · %2 : un SMS n&apos;atteint pas une ligne fixe.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Create or pick a profile on the Secrets page.</source>
        <translation>Créez ou choisissez un profil sur la page Secrets.</translation>
    </message>
    <message>
        <source>Connect the profile to its tenant first (above).</source>
        <translation>Connectez d&apos;abord le profil à son locataire (ci-dessus).</translation>
    </message>
    <message>
        <source>Test phone: enter the phone that should receive the code.</source>
        <translation>Téléphone de test : saisissez le téléphone qui doit recevoir le code.</translation>
    </message>
    <message>
        <source>Test application: enter its client ID, or press Set up to let the console create one.</source>
        <translation>Application de test : saisissez son ID client, ou cliquez sur Configurer pour que la console en crée une.</translation>
    </message>
    <message>
        <source>Test user: enter the user&apos;s e-mail or user name, or press Set up.</source>
        <translation>Utilisateur de test : saisissez l&apos;e-mail ou le nom de l&apos;utilisateur, ou cliquez sur Configurer.</translation>
    </message>
    <message>
        <source>Client secret: enter the test application&apos;s client secret (Auth0 Dashboard &gt; Applications &gt; the application &gt; Settings).</source>
        <translation>Secret client : saisissez le secret client de l&apos;application de test (Auth0 Dashboard &gt; Applications &gt; l&apos;application &gt; Settings).</translation>
    </message>
    <message>
        <source>Password: enter the test user&apos;s password.</source>
        <translation>Mot de passe : saisissez le mot de passe de l&apos;utilisateur de test.</translation>
    </message>
    <message>
        <source>Ask Auth0 to send the phone provider&apos;s test message to the test phone</source>
        <translation>Demander à Auth0 d&apos;envoyer le message de test du fournisseur de téléphonie au téléphone de test</translation>
    </message>
    <message>
        <source>The tenant has no enabled phone provider</source>
        <translation>Le locataire n&apos;a aucun fournisseur de téléphonie activé</translation>
    </message>
    <message>
        <source>Storing the test credentials in the keychain…</source>
        <translation>Enregistrement des identifiants de test dans le trousseau…</translation>
    </message>
    <message>
        <source>The keychain could not store the test credentials: %1 %2</source>
        <translation>Le trousseau n&apos;a pas pu stocker les identifiants de test : %1 %2</translation>
    </message>
    <message>
        <source>Testing the MFA flow of %1 with %2…</source>
        <translation>Test du parcours MFA de %1 avec %2…</translation>
    </message>
    <message>
        <source>The simulated handset of %1 reads the code once Twilio delivers it…</source>
        <translation>Le téléphone simulé de %1 lit le code dès que Twilio le remet…</translation>
    </message>
    <message>
        <source>The simulated handset received %1 in message %2.</source>
        <translation>Le téléphone simulé a reçu %1 dans le message %2.</translation>
    </message>
    <message>
        <source>Auth0 is texting a code to %1: type it here.</source>
        <translation>Auth0 envoie un code par SMS à %1 : saisissez-le ici.</translation>
    </message>
    <message>
        <source>Completing the login with %1…</source>
        <translation>Fin de la connexion avec %1…</translation>
    </message>
    <message>
        <source>Reading what the set-up needs from %1…</source>
        <translation>Lecture auprès de %1 de ce dont la configuration a besoin…</translation>
    </message>
    <message>
        <source>Set up the MFA test</source>
        <translation>Configurer le test MFA</translation>
    </message>
    <message>
        <source>Write this to %1?</source>
        <translation>Écrire ceci dans %1 ?</translation>
    </message>
    <message>
        <source>The application&apos;s client secret and the user&apos;s password are kept in the keychain (%1).</source>
        <translation>Le secret client de l&apos;application et le mot de passe de l&apos;utilisateur sont conservés dans le trousseau (%1).</translation>
    </message>
    <message>
        <source>Write to the tenant</source>
        <translation>Écrire dans le locataire</translation>
    </message>
    <message>
        <source>Nothing was written to the tenant.</source>
        <translation>Rien n&apos;a été écrit dans le locataire.</translation>
    </message>
    <message>
        <source>Set up: %1</source>
        <translation>Configuré : %1</translation>
    </message>
    <message>
        <source>The console created no test application or user for &quot;%1&quot;: nothing is deleted in the tenant. Forget the test settings and the keychain entries?</source>
        <translation>La console n&apos;a créé aucune application ni aucun utilisateur de test pour « %1 » : rien n&apos;est supprimé dans le locataire. Oublier les paramètres de test et les entrées du trousseau ?</translation>
    </message>
    <message>
        <source>Delete from %1 what the console created for the MFA test?</source>
        <translation>Supprimer de %1 ce que la console a créé pour le test MFA ?</translation>
    </message>
    <message>
        <source>The test settings and keychain entries are forgotten too.</source>
        <translation>Les paramètres de test et les entrées du trousseau sont aussi oubliés.</translation>
    </message>
    <message>
        <source>Remove the MFA test</source>
        <translation>Supprimer le test MFA</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Removing the MFA test&apos;s application and user…</source>
        <translation>Suppression de l&apos;application et de l&apos;utilisateur du test MFA…</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Supprimé : %1</translation>
    </message>
    <message>
        <source>the test settings.</source>
        <translation>les paramètres de test.</translation>
    </message>
    <message>
        <source>Send a test message through the phone provider</source>
        <translation>Envoyer un message de test via le fournisseur de téléphonie</translation>
    </message>
    <message>
        <source>Auth0 accepted the test message to %1 through its &quot;%2&quot; provider (%3): %4</source>
        <translation>Auth0 a accepté le message de test vers %1 via son fournisseur « %2 » (%3) : %4</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source>Auth0 answered HTTP %1: %2 (%3)</source>
        <translation>Auth0 a répondu HTTP %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Tenant mode: %1 · path: %2 · test phone: %3</source>
        <translation>Mode du locataire : %1 · chemin : %2 · téléphone de test : %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Code sent:</source>
        <translation>Code envoyé :</translation>
    </message>
    <message>
        <source>Auth0 could not send the text: %1</source>
        <translation>Auth0 n&apos;a pas pu envoyer le SMS : %1</translation>
    </message>
    <message>
        <source>Twilio message</source>
        <translation>Message Twilio</translation>
    </message>
    <message>
        <source>No Twilio message was found.</source>
        <translation>Aucun message Twilio n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source> (error %1)</source>
        <translation> (erreur %1)</translation>
    </message>
    <message>
        <source>Auth0 log events of the test user</source>
        <translation>Événements du journal Auth0 de l&apos;utilisateur de test</translation>
    </message>
    <message>
        <source>None read.</source>
        <translation>Aucun lu.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source> (failure %1: %2)</source>
        <translation> (échec %1 : %2)</translation>
    </message>
    <message>
        <source>The Action &quot;%1&quot; failed (%2): %3</source>
        <translation>L&apos;Action « %1 » a échoué (%2) : %3</translation>
    </message>
    <message>
        <source>MFA test steps</source>
        <translation>Étapes du test MFA</translation>
    </message>
    <message>
        <source>Outcome of the MFA test</source>
        <translation>Résultat du test MFA</translation>
    </message>
</context>
<context>
    <name>MfaTimeline</name>
    <message>
        <source>Twilio message %1: %2</source>
        <translation>Message Twilio %1 : %2</translation>
    </message>
    <message>
        <source>Auth0 log %1  %2  %3</source>
        <translation>Journal Auth0 %1  %2  %3</translation>
    </message>
    <message>
        <source>The login completed with the code that arrived.</source>
        <translation>La connexion s&apos;est terminée avec le code arrivé.</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Undelivered</source>
        <translation>Non remis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Verification sent (%1)</source>
        <translation>Vérification envoyée (%1)</translation>
    </message>
    <message>
        <source>Reported delivered to a landline</source>
        <translation>Signalé remis à une ligne fixe</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Sent, no delivery receipt</source>
        <translation>Envoyé, sans accusé de réception</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rejected by Twilio (%1)</source>
        <translation>Refusé par Twilio (%1)</translation>
    </message>
    <message>
        <source>Rejected by Twilio (HTTP %1)</source>
        <translation>Refusé par Twilio (HTTP %1)</translation>
    </message>
    <message>
        <source>Not sent: Twilio was not reached</source>
        <translation>Non envoyé : Twilio n&apos;a pas été joint</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>Not sent: check the input</source>
        <translation>Non envoyé : vérifiez la saisie</translation>
    </message>
    <message>
        <source>Not sent: keychain unavailable</source>
        <translation>Non envoyé : trousseau indisponible</translation>
    </message>
    <message>
        <source>Not sent: delivery log unavailable</source>
        <translation>Non envoyé : journal des envois indisponible</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Twilio accepted the message but could not send it.</source>
        <translation>Twilio a accepté le message mais n&apos;a pas pu l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Twilio sent the message, but the carrier did not deliver it.</source>
        <translation>Twilio a envoyé le message, mais l&apos;opérateur ne l&apos;a pas remis.</translation>
    </message>
    <message>
        <source>Twilio refused the request: nothing was sent.</source>
        <translation>Twilio a refusé la requête : rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The request never reached Twilio, so nothing was sent and sending again is safe once the connection works.</source>
        <translation>La requête n&apos;a jamais atteint Twilio : rien n&apos;a été envoyé, et renvoyer est sans risque une fois la connexion rétablie.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The request may have reached Twilio: check its message log before sending again.</source>
        <translation>La requête a peut-être atteint Twilio : vérifiez son journal des messages avant de renvoyer.</translation>
    </message>
    <message>
        <source>Verify accepted the code and sends its own text with it.</source>
        <translation>Verify a accepté le code et l&apos;envoie avec son propre texte.</translation>
    </message>
    <message>
        <source>The carrier reported it delivered, but this is a landline: it cannot show a text message.</source>
        <translation>L&apos;opérateur l&apos;a signalé remis, mais c&apos;est une ligne fixe : elle ne peut pas afficher de SMS.</translation>
    </message>
    <message>
        <source>The carrier confirmed delivery to the handset.</source>
        <translation>L&apos;opérateur a confirmé la remise au téléphone.</translation>
    </message>
    <message>
        <source>Twilio handed the message to the carrier; no delivery receipt came back.</source>
        <translation>Twilio a remis le message à l&apos;opérateur ; aucun accusé de réception n&apos;est revenu.</translation>
    </message>
    <message>
        <source>Accepted by Twilio; waiting for a final status.</source>
        <translation>Accepté par Twilio ; en attente d&apos;un statut final.</translation>
    </message>
    <message>
        <source>The request never reached Twilio: nothing was sent, and sending again is safe.</source>
        <translation>La requête n&apos;a jamais atteint Twilio : rien n&apos;a été envoyé, et renvoyer est sans risque.</translation>
    </message>
    <message>
        <source>Cancelled before a final answer.</source>
        <translation>Annulé avant une réponse finale.</translation>
    </message>
    <message>
        <source>— (Twilio refused the request with error %1: no message was created)</source>
        <translation>— (Twilio a refusé la requête avec l&apos;erreur %1 : aucun message n&apos;a été créé)</translation>
    </message>
    <message>
        <source>— (Twilio refused the request: no message was created)</source>
        <translation>— (Twilio a refusé la requête : aucun message n&apos;a été créé)</translation>
    </message>
    <message>
        <source>— (Twilio was not reached: no message was created)</source>
        <translation>— (Twilio n&apos;a pas été joint : aucun message n&apos;a été créé)</translation>
    </message>
    <message>
        <source>— (cancelled before Twilio answered)</source>
        <translation>— (annulé avant la réponse de Twilio)</translation>
    </message>
    <message>
        <source>— (no answer from Twilio)</source>
        <translation>— (aucune réponse de Twilio)</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>This is not a phone number. Use digits in E.164 form, for example %1.</source>
        <translation>Ce n&apos;est pas un numéro de téléphone. Utilisez des chiffres au format E.164, par exemple %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an extension, and a text message cannot reach an extension. Remove it and give the number of a mobile phone, for example %2.</source>
        <translation>« %1 » est un poste, et un SMS ne peut pas atteindre un poste. Supprimez-le et indiquez le numéro d&apos;un téléphone mobile, par exemple %2.</translation>
    </message>
    <message>
        <source>A number cannot start with -: start it with + and the country code, for example %1.</source>
        <translation>Un numéro ne peut pas commencer par - : commencez-le par + et l&apos;indicatif du pays, par exemple %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of a phone number: write digits only. Letters on a keypad stand for digits; write the digits they stand for, for example %2.</source>
        <translation>« %1 » ne fait pas partie d&apos;un numéro de téléphone : écrivez uniquement des chiffres. Les lettres d&apos;un clavier téléphonique représentent des chiffres ; écrivez les chiffres correspondants, par exemple %2.</translation>
    </message>
    <message>
        <source>A + goes only at the start of the number, before the country code, for example %1.</source>
        <translation>Un + ne se place qu&apos;au début du numéro, avant l&apos;indicatif du pays, par exemple %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of a phone number: use digits, spaces, ( ) - . and a + at the start, for example %2.</source>
        <translation>« %1 » ne fait pas partie d&apos;un numéro de téléphone : utilisez des chiffres, des espaces, ( ) - . et un + au début, par exemple %2.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>fixed line</source>
        <translation>ligne fixe</translation>
    </message>
    <message>
        <source>fixed line or mobile</source>
        <translation>ligne fixe ou mobile</translation>
    </message>
    <message>
        <source>toll free</source>
        <translation>numéro gratuit</translation>
    </message>
    <message>
        <source>premium rate</source>
        <translation>numéro surtaxé</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>coût partagé</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>numéro personnel</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>récepteur de radiomessagerie</translation>
    </message>
    <message>
        <source>universal access number</source>
        <translation>numéro d&apos;accès universel</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>messagerie vocale</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>Enter a phone number in E.164 form, for example +14155552671.</source>
        <translation>Saisissez un numéro de téléphone au format E.164, par exemple +14155552671.</translation>
    </message>
    <message>
        <source>No country has the code that follows the + in %1. Check the digits after the +: the country code comes first (1 for the US and Canada, 44 for the UK), for example %2.</source>
        <translation>Aucun pays n&apos;a l&apos;indicatif qui suit le + dans %1. Vérifiez les chiffres après le + : l&apos;indicatif du pays vient en premier (1 pour les États-Unis et le Canada, 44 pour le Royaume-Uni), par exemple %2.</translation>
    </message>
    <message>
        <source>Start the number with + and its country code (E.164, for example %1), or set a default region in the profile.</source>
        <translation>Commencez le numéro par + et l&apos;indicatif de son pays (E.164, par exemple %1), ou définissez une région par défaut dans le profil.</translation>
    </message>
    <message>
        <source>The country code is not valid. Write the number in E.164 form: + then the country code and the number, for example %1.</source>
        <translation>L&apos;indicatif du pays n&apos;est pas valide. Écrivez le numéro au format E.164 : + puis l&apos;indicatif du pays et le numéro, par exemple %1.</translation>
    </message>
    <message>
        <source>This is not a phone number. Use digits in E.164 form, for example +14155552671.</source>
        <translation>Ce n&apos;est pas un numéro de téléphone. Utilisez des chiffres au format E.164, par exemple +14155552671.</translation>
    </message>
    <message>
        <source>The number is too short. Check the digits and write it in E.164 form, for example +14155552671.</source>
        <translation>Le numéro est trop court. Vérifiez les chiffres et écrivez-le au format E.164, par exemple +14155552671.</translation>
    </message>
    <message>
        <source>The number is too long. E.164 numbers have at most 15 digits.</source>
        <translation>Le numéro est trop long. Les numéros E.164 ont au plus 15 chiffres.</translation>
    </message>
    <message>
        <source>%1 is not a valid number in its country&apos;s numbering plan. Check the digits and the country code.</source>
        <translation>%1 n&apos;est pas un numéro valide dans le plan de numérotation de son pays. Vérifiez les chiffres et l&apos;indicatif du pays.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number: read with the default region %2 it is %3, which is not in that country&apos;s numbering plan. Check the digits, or write the number in E.164 form with its country code, for example %4.</source>
        <translation>« %1 » n&apos;est pas un numéro valide : lu avec la région par défaut %2, il donne %3, qui n&apos;est pas dans le plan de numérotation de ce pays. Vérifiez les chiffres, ou écrivez le numéro au format E.164 avec l&apos;indicatif de son pays, par exemple %4.</translation>
    </message>
    <message>
        <source>%1 is a %2 number; an SMS to it will not arrive. Use a mobile number.</source>
        <translation>%1 est un numéro de type %2 ; un SMS vers ce numéro n&apos;arrivera pas. Utilisez un numéro mobile.</translation>
    </message>
</context>
<context>
    <name>PhoneProviderTryJob</name>
    <message>
        <source>%1 has no enabled phone provider to send a test message through. In the Auth0 Dashboard &gt; Branding &gt; Phone Provider choose Custom and save (or deploy the Action from the Hook code page, which sets it up).</source>
        <translation>%1 n&apos;a aucun fournisseur de téléphonie activé par lequel envoyer un message de test. Dans Auth0 Dashboard &gt; Branding &gt; Phone Provider, choisissez Custom et enregistrez (ou déployez l&apos;Action depuis la page Code du hook, qui le configure).</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
</context>
<context>
    <name>ProfileRules</name>
    <message>
        <source>Profile name: enter a name, for example &quot;Production&quot;.</source>
        <translation>Nom du profil : saisissez un nom, par exemple « Production ».</translation>
    </message>
    <message>
        <source>Profile name: remove the spaces at the start or end.</source>
        <translation>Nom du profil : supprimez les espaces au début ou à la fin.</translation>
    </message>
    <message numerus="yes">
        <source>Profile name: at most %n character(s).</source>
        <translation>
            <numerusform>Nom du profil : %n caractère au plus.</numerusform>
            <numerusform>Nom du profil : %n caractères au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile name: do not use /, \ or control characters.</source>
        <translation>Nom du profil : n&apos;utilisez pas /, \ ni de caractères de contrôle.</translation>
    </message>
    <message>
        <source>%1: enter a full URL such as https://api.twilio.com.</source>
        <translation>%1 : saisissez une URL complète, comme https://api.twilio.com.</translation>
    </message>
    <message>
        <source>%1: plain http is only allowed for a loopback host (the sandbox); use https://%2.</source>
        <translation>%1 : le http simple n&apos;est autorisé que pour un hôte en boucle locale (le bac à sable) ; utilisez https://%2.</translation>
    </message>
    <message>
        <source>%1: use an https:// URL.</source>
        <translation>%1 : utilisez une URL https://.</translation>
    </message>
    <message>
        <source>%1: do not put credentials in the URL; they belong in the secrets.</source>
        <translation>%1 : ne mettez pas d&apos;identifiants dans l&apos;URL ; ils ont leur place dans les secrets.</translation>
    </message>
    <message>
        <source>%1: remove the query or fragment from the URL.</source>
        <translation>%1 : supprimez la requête ou le fragment de l&apos;URL.</translation>
    </message>
    <message>
        <source>Default region: &quot;%1&quot; is not a known region; use a two-letter country code such as US or GB, or leave it empty.</source>
        <translation>Région par défaut : « %1 » n&apos;est pas une région connue ; utilisez un code pays à deux lettres comme US ou GB, ou laissez vide.</translation>
    </message>
    <message>
        <source>Auth0 domain: enter the tenant&apos;s domain, for example acme.us.auth0.com (Auth0 Dashboard &gt; Applications &gt; your application &gt; Settings &gt; Domain).</source>
        <translation>Domaine Auth0 : saisissez le domaine du locataire, par exemple acme.us.auth0.com (Auth0 Dashboard &gt; Applications &gt; votre application &gt; Settings &gt; Domain).</translation>
    </message>
    <message>
        <source>Auth0 domain: enter only the host name, such as acme.us.auth0.com, without https:// or a path.</source>
        <translation>Domaine Auth0 : saisissez uniquement le nom d&apos;hôte, comme acme.us.auth0.com, sans https:// ni chemin.</translation>
    </message>
    <message>
        <source>Auth0 domain: &quot;%1&quot; is not a host name; use the form acme.us.auth0.com.</source>
        <translation>Domaine Auth0 : « %1 » n&apos;est pas un nom d&apos;hôte ; utilisez la forme acme.us.auth0.com.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The settings file %1 cannot be written: make its folder writable (and the file, if it exists), then try again.</source>
        <translation>Le fichier de paramètres %1 ne peut pas être écrit : rendez son dossier accessible en écriture (et le fichier, s&apos;il existe), puis réessayez.</translation>
    </message>
    <message>
        <source>The settings file %1 is not readable as settings: move it aside and start again.</source>
        <translation>Le fichier de paramètres %1 n&apos;est pas lisible comme fichier de paramètres : mettez-le de côté et recommencez.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <source>Pick the profile on the Secrets page</source>
        <translation>Choisissez le profil sur la page Secrets</translation>
    </message>
    <message>
        <source>API:</source>
        <translation>API :</translation>
    </message>
    <message>
        <source>Send the text with Programmable SMS (Messages), as Auth0&apos;s own Twilio provider does</source>
        <translation>Envoyer le texte avec Programmable SMS (Messages), comme le fait le fournisseur Twilio d&apos;Auth0</translation>
    </message>
    <message>
        <source>Programmable &amp;SMS</source>
        <translation>Programmable &amp;SMS</translation>
    </message>
    <message>
        <source>Start a Twilio Verify verification with the code as its CustomCode</source>
        <translation>Démarrer une vérification Twilio Verify avec le code comme CustomCode</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Message de test</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>TWILIO_PHONE_NUMBER of the profile (a number or a Messaging Service SID); set it on the Secrets page</source>
        <translation>TWILIO_PHONE_NUMBER du profil (un numéro ou le SID d&apos;un Messaging Service) ; définissez-le sur la page Secrets</translation>
    </message>
    <message>
        <source>The recipient, as the hook receives it; written in E.164 (+14155552671) or in the profile&apos;s default region</source>
        <translation>Le destinataire, tel que le hook le reçoit ; écrit en E.164 (+14155552671) ou dans la région par défaut du profil</translation>
    </message>
    <message>
        <source>+14155552671</source>
        <translation>+14155552671</translation>
    </message>
    <message>
        <source>The fields of Auth0&apos;s hook context that shape the message</source>
        <translation>Les champs du contexte de hook d&apos;Auth0 qui façonnent le message</translation>
    </message>
    <message>
        <source>Auth0 context:</source>
        <translation>Contexte Auth0 :</translation>
    </message>
    <message>
        <source>context.message_type: sms, or voice (Auth0 then writes the code as digits separated by dots, for speaking)</source>
        <translation>context.message_type : sms, ou voice (Auth0 écrit alors le code en chiffres séparés par des points, pour la lecture vocale)</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Type de message</translation>
    </message>
    <message>
        <source>context.action: enrollment (a new phone is enrolled) or authentication (a login)</source>
        <translation>context.action : enrollment (un nouveau téléphone est inscrit) ou authentication (une connexion)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>context.language: the language of the login flow; sent to Verify as Locale</source>
        <translation>context.language : la langue du parcours de connexion ; envoyée à Verify comme Locale</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>en</source>
        <translation>en</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Application :</translation>
    </message>
    <message>
        <source>The tenant&apos;s friendly name, which Auth0&apos;s default text names</source>
        <translation>Le nom convivial du locataire, que le texte par défaut d&apos;Auth0 mentionne</translation>
    </message>
    <message>
        <source>Tenant friendly name</source>
        <translation>Nom convivial du locataire</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>context.code, the one-time code; Verify receives it as CustomCode</source>
        <translation>context.code, le code à usage unique ; Verify le reçoit comme CustomCode</translation>
    </message>
    <message>
        <source>Make a new random 6-digit code</source>
        <translation>Générer un nouveau code aléatoire à 6 chiffres</translation>
    </message>
    <message>
        <source>Write the body as Auth0&apos;s default template would, from the context and the code</source>
        <translation>Écrire le corps comme le ferait le modèle par défaut d&apos;Auth0, à partir du contexte et du code</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Corps :</translation>
    </message>
    <message>
        <source>The text as the hook sends it; characters outside GSM-7 are highlighted</source>
        <translation>Le texte tel que le hook l&apos;envoie ; les caractères hors GSM-7 sont surlignés</translation>
    </message>
    <message>
        <source>Count as Twilio does with Smart Encoding on: look-alike Unicode characters (curly quotes, long dashes) are sent as their GSM-7 equivalents</source>
        <translation>Compter comme Twilio avec Smart Encoding activé : les caractères Unicode semblables (guillemets courbes, tirets longs) sont envoyés sous leur équivalent GSM-7</translation>
    </message>
    <message>
        <source>Count with Smart &amp;Encoding</source>
        <translation>Compter avec Smart &amp;Encoding</translation>
    </message>
    <message>
        <source>Stop waiting; a message already accepted by Twilio is not recalled</source>
        <translation>Cesser d&apos;attendre ; un message déjà accepté par Twilio n&apos;est pas rappelé</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Send a test message: what Twilio answers and each delivery status appear here.</source>
        <translation>Envoyez un message de test : la réponse de Twilio et chaque statut de remise s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Copy the SID, to look the message up in Twilio&apos;s console or logs</source>
        <translation>Copier le SID, pour retrouver le message dans la console ou les journaux de Twilio</translation>
    </message>
    <message>
        <source>C&amp;opy SID</source>
        <translation>C&amp;opier le SID</translation>
    </message>
    <message>
        <source>Look for the message in Twilio&apos;s message log (read only: nothing is sent again)</source>
        <translation>Chercher le message dans le journal des messages de Twilio (lecture seule : rien n&apos;est renvoyé)</translation>
    </message>
    <message>
        <source>&amp;Look it up</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segments :</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Prix :</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Chronologie des statuts</translation>
    </message>
    <message>
        <source>What went wrong and what to do</source>
        <translation>Ce qui n&apos;a pas marché et que faire</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>My App</source>
        <translation>Mon application</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>E.164: + then the country code and the number.</source>
        <translation>E.164 : + puis l&apos;indicatif du pays et le numéro.</translation>
    </message>
    <message>
        <source>E.164, or a number of the profile&apos;s default region (%1).</source>
        <translation>E.164, ou un numéro de la région par défaut du profil (%1).</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>%1 the number in E.164, %2 its type (mobile, fixed line, ...), %3 its region (US)</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>UCS-2 because of: %1 (highlighted)</source>
        <extracomment>%1 lists the characters that are not in the GSM-7 alphabet</extracomment>
        <translation>UCS-2 à cause de : %1 (surlignés)</translation>
    </message>
    <message>
        <source>Not in the GSM-7 alphabet: the whole message is sent as UCS-2</source>
        <translation>Hors de l&apos;alphabet GSM-7 : tout le message est envoyé en UCS-2</translation>
    </message>
    <message>
        <source>Verify sends its own text with the code: the body is not used.</source>
        <translation>Verify envoie son propre texte avec le code : le corps n&apos;est pas utilisé.</translation>
    </message>
    <message>
        <source>Sent to Verify as CustomCode (4 to 10 digits)</source>
        <translation>Envoyé à Verify comme CustomCode (4 à 10 chiffres)</translation>
    </message>
    <message>
        <source>context.code, the one-time code in the text</source>
        <translation>context.code, le code à usage unique dans le texte</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <source>reading the keychain…</source>
        <translation>lecture du trousseau…</translation>
    </message>
    <message>
        <source>unknown: the keychain could not be read</source>
        <translation>inconnu : le trousseau n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>not set: set %1 on the Secrets page</source>
        <translation>non défini : définissez %1 sur la page Secrets</translation>
    </message>
    <message>
        <source>%1 (Messaging Service)</source>
        <translation>%1 (Messaging Service)</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>aucun profil</translation>
    </message>
    <message>
        <source>TWILIO_VERIFY_SERVICE_SID of the profile; set it on the Secrets page</source>
        <translation>TWILIO_VERIFY_SERVICE_SID du profil ; définissez-le sur la page Secrets</translation>
    </message>
    <message>
        <source>&lt;b&gt;No profile.&lt;/b&gt; Create one on the Secrets page, with the hook&apos;s Twilio secrets: the Run page sends with them.</source>
        <translation>&lt;b&gt;Aucun profil.&lt;/b&gt; Créez-en un sur la page Secrets, avec les secrets Twilio du hook : la page Exécuter envoie avec eux.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing can be sent: the keychain could not be read.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;i&gt;%2&lt;/i&gt;&lt;br&gt;The Run page needs the profile&apos;s Twilio secrets (%3) from the keychain.</source>
        <translation>&lt;b&gt;Rien ne peut être envoyé : le trousseau n&apos;a pas pu être lu.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;i&gt;%2&lt;/i&gt;&lt;br&gt;La page Exécuter a besoin des secrets Twilio du profil (%3) depuis le trousseau.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Profile &quot;%1&quot; is missing %2.&lt;/b&gt; Set it on the Secrets page, as in the hook&apos;s secrets.</source>
        <translation>&lt;b&gt;Il manque %2 au profil « %1 ».&lt;/b&gt; Définissez-le sur la page Secrets, comme dans les secrets du hook.</translation>
    </message>
    <message>
        <source>No profile: create one on the Secrets page.</source>
        <translation>Aucun profil : créez-en un sur la page Secrets.</translation>
    </message>
    <message>
        <source>The profile&apos;s secrets cannot be read from the keychain.</source>
        <translation>Les secrets du profil ne peuvent pas être lus dans le trousseau.</translation>
    </message>
    <message>
        <source>Set %1 on the Secrets page.</source>
        <translation>Définissez %1 sur la page Secrets.</translation>
    </message>
    <message>
        <source>To: enter the recipient&apos;s phone number.</source>
        <translation>À : saisissez le numéro de téléphone du destinataire.</translation>
    </message>
    <message>
        <source>Press Generate for a new one.</source>
        <translation>Appuyez sur Générer pour en obtenir un nouveau.</translation>
    </message>
    <message>
        <source>Reading the profile&apos;s secrets from the keychain…</source>
        <translation>Lecture des secrets du profil dans le trousseau…</translation>
    </message>
    <message>
        <source>Ready to verify %1.</source>
        <translation>Prêt à vérifier %1.</translation>
    </message>
    <message>
        <source>Ready to send to %1.</source>
        <translation>Prêt à envoyer à %1.</translation>
    </message>
    <message>
        <source>Reading the secrets from the keychain…</source>
        <translation>Lecture des secrets dans le trousseau…</translation>
    </message>
    <message>
        <source>Starting the verification…</source>
        <translation>Démarrage de la vérification…</translation>
    </message>
    <message>
        <source>Sending to Twilio…</source>
        <translation>Envoi à Twilio…</translation>
    </message>
    <message>
        <source>Accepted; following its delivery…</source>
        <translation>Accepté ; suivi de la remise…</translation>
    </message>
    <message>
        <source>%1 · %2 · +%3 s</source>
        <extracomment>a row of the status timeline: %1 Twilio&apos;s status, %2 the time, %3 seconds since Send</extracomment>
        <translation>%1 · %2 · +%3 s</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>Following delivery…</source>
        <translation>Suivi de la remise…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>The verification&apos;s SID</source>
        <translation>Le SID de la vérification</translation>
    </message>
    <message>
        <source>The message&apos;s SID</source>
        <translation>Le SID du message</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>set by Verify</source>
        <translation>défini par Verify</translation>
    </message>
    <message>
        <source>per verification, in Twilio&apos;s console</source>
        <translation>par vérification, dans la console de Twilio</translation>
    </message>
    <message>
        <source>— (not sent)</source>
        <extracomment>%1 the number of segments, %2 the encoding (GSM-7 or UCS-2)</extracomment>
        <translation>— (non envoyé)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>aucun signalé</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>The lookup failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>No such message in Twilio&apos;s log: it was most likely not created. Sending again is safe.</source>
        <translation>Aucun message de ce type dans le journal de Twilio : il n&apos;a très probablement pas été créé. Renvoyer est sans risque.</translation>
    </message>
    <message>
        <source>Found in Twilio&apos;s log: %1, status %2. It was sent: do not send again.</source>
        <translation>Trouvé dans le journal de Twilio : %1, statut %2. Il a été envoyé : ne le renvoyez pas.</translation>
    </message>
    <message>
        <source>Auth0 &amp;text</source>
        <translation>&amp;Texte Auth0</translation>
    </message>
    <message>
        <source>Body: write the message, or press Auth0 text.</source>
        <translation>Corps : écrivez le message, ou appuyez sur Texte Auth0.</translation>
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
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>The profile&apos;s attempts in the delivery log over the last 24 hours: how many, the share delivered, and the median time from queued to delivered</source>
        <translation>Les tentatives du profil dans le journal des remises sur les dernières 24 heures : combien, la part remise et le temps médian entre la mise en file et la remise</translation>
    </message>
    <message>
        <source>Last 24 h: not known (%1)</source>
        <translation>Dernières 24 h : inconnu (%1)</translation>
    </message>
    <message>
        <source>Last 24 h: no sends</source>
        <translation>Dernières 24 h : aucun envoi</translation>
    </message>
    <message numerus="yes">
        <source>Last 24 h: %n send(s) · %1 delivered · median %2</source>
        <extracomment>%n sends, %1 the share delivered, %2 the median latency (or a dash)</extracomment>
        <translation>
            <numerusform>Dernières 24 h : %n envoi · %1 remis · médiane %2</numerusform>
            <numerusform>Dernières 24 h : %n envois · %1 remis · médiane %2</numerusform>
        </translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Destinataire :</translation>
    </message>
    <message>
        <source>Ge&amp;nerate</source>
        <translation>Gé&amp;nérer</translation>
    </message>
</context>
<context>
    <name>RunnerProcess</name>
    <message>
        <source>The runner (runner.js) is not in %1. Reinstall SMS Hook Console, or point SMSHOOK_RUNNER_DIR at its resources/runner folder.</source>
        <translation>L&apos;exécuteur (runner.js) n&apos;est pas dans %1. Réinstallez SMS Hook Console, ou faites pointer SMSHOOK_RUNNER_DIR vers son dossier resources/runner.</translation>
    </message>
    <message>
        <source>The runner&apos;s npm packages (Twilio&apos;s SDK) are not installed in %1. Run &quot;npm ci&quot; in that folder (scripts/dev.sh build does it).</source>
        <translation>Les paquets npm de l&apos;exécuteur (le SDK de Twilio) ne sont pas installés dans %1. Lancez « npm ci » dans ce dossier (scripts/dev.sh build le fait).</translation>
    </message>
    <message>
        <source>The runner&apos;s channel could not be opened: %1</source>
        <translation>Le canal de l&apos;exécuteur n&apos;a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>The runner&apos;s channel could not be opened.</source>
        <translation>Le canal de l&apos;exécuteur n&apos;a pas pu être ouvert.</translation>
    </message>
</context>
<context>
    <name>SandboxGate</name>
    <message>
        <source>The request&apos;s header is larger than %1 KiB.</source>
        <translation>L&apos;en-tête de la requête dépasse %1 Kio.</translation>
    </message>
    <message>
        <source>The request could not be read as HTTP/1.1.</source>
        <translation>La requête n&apos;a pas pu être lue comme du HTTP/1.1.</translation>
    </message>
    <message>
        <source>Send the request with a Content-Length; chunked bodies are not taken.</source>
        <translation>Envoyez la requête avec un Content-Length ; les corps en chunked ne sont pas acceptés.</translation>
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
        <translation>Un profil nommé « %1 » existe déjà et n&apos;est pas le profil du bac à sable intégré ; il n&apos;a pas été modifié. Renommez-le pour utiliser le bac à sable intégré.</translation>
    </message>
</context>
<context>
    <name>SecretRules</name>
    <message>
        <source>This looks like an Account SID.</source>
        <translation>Cela ressemble à un Account SID.</translation>
    </message>
    <message>
        <source>This looks like an API Key SID; the hook needs the Account SID and its Auth Token.</source>
        <translation>Cela ressemble au SID d&apos;une clé API ; le hook a besoin de l&apos;Account SID et de son Auth Token.</translation>
    </message>
    <message>
        <source>This looks like a Messaging Service SID.</source>
        <translation>Cela ressemble au SID d&apos;un Messaging Service.</translation>
    </message>
    <message>
        <source>This looks like a Verify service SID.</source>
        <translation>Cela ressemble au SID d&apos;un service Verify.</translation>
    </message>
    <message>
        <source>This looks like a phone number SID; use the number itself.</source>
        <translation>Cela ressemble au SID d&apos;un numéro de téléphone ; utilisez le numéro lui-même.</translation>
    </message>
    <message>
        <source>Twilio Account SID (AC followed by 32 hex digits), from the Twilio Console.</source>
        <translation>Account SID Twilio (AC suivi de 32 chiffres hexadécimaux), depuis la console Twilio.</translation>
    </message>
    <message>
        <source>Twilio Auth Token (32 hex digits), shown next to the Account SID.</source>
        <translation>Auth Token Twilio (32 chiffres hexadécimaux), affiché à côté de l&apos;Account SID.</translation>
    </message>
    <message>
        <source>Sending number in E.164 form (+14155552671) or a Messaging Service SID (MG...).</source>
        <translation>Numéro d&apos;envoi au format E.164 (+14155552671) ou SID d&apos;un Messaging Service (MG...).</translation>
    </message>
    <message>
        <source>Twilio Verify service SID (VA followed by 32 hex digits), for the Verify hook.</source>
        <translation>SID du service Twilio Verify (VA suivi de 32 chiffres hexadécimaux), pour le hook Verify.</translation>
    </message>
    <message>
        <source>Secret name: enter a name, for example TWILIO_API_KEY.</source>
        <translation>Nom du secret : saisissez un nom, par exemple TWILIO_API_KEY.</translation>
    </message>
    <message numerus="yes">
        <source>Secret name: at most %n character(s); shorten the name.</source>
        <translation>
            <numerusform>Nom du secret : %n caractère au plus ; raccourcissez le nom.</numerusform>
            <numerusform>Nom du secret : %n caractères au plus ; raccourcissez le nom.</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret name &quot;%1&quot;: must not start with a digit; start it with a letter or _.</source>
        <translation>Nom du secret « %1 » : il ne doit pas commencer par un chiffre ; commencez-le par une lettre ou _.</translation>
    </message>
    <message>
        <source>Secret name &quot;%1&quot;: use only letters A-Z, digits and _ (the hook reads it as context.webtask.secrets.NAME).</source>
        <translation>Nom du secret « %1 » : utilisez uniquement les lettres A-Z, des chiffres et _ (le hook le lit sous context.webtask.secrets.NAME).</translation>
    </message>
    <message>
        <source>%1: enter a value, or delete the secret.</source>
        <translation>%1 : saisissez une valeur, ou supprimez le secret.</translation>
    </message>
    <message>
        <source>%1: the value contains a NUL character; paste it again.</source>
        <translation>%1 : la valeur contient un caractère NUL ; collez-la de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n character(s).</source>
        <translation>
            <numerusform>%1 : %n caractère au plus.</numerusform>
            <numerusform>%1 : %n caractères au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: remove the spaces before or after the value.</source>
        <translation>%1 : supprimez les espaces avant ou après la valeur.</translation>
    </message>
    <message>
        <source>%1: expected AC followed by 32 hex digits (34 characters), as shown under Account Info in the Twilio Console.</source>
        <translation>%1 : AC suivi de 32 chiffres hexadécimaux (34 caractères) attendu, comme affiché sous Account Info dans la console Twilio.</translation>
    </message>
    <message>
        <source>%1: this is the Account SID; paste the Auth Token (32 hex digits) shown next to it in the Twilio Console.</source>
        <translation>%1 : ceci est l&apos;Account SID ; collez l&apos;Auth Token (32 chiffres hexadécimaux) affiché à côté dans la console Twilio.</translation>
    </message>
    <message numerus="yes">
        <source>%1: expected 32 hex digits, as shown (after Show) under Account Info in the Twilio Console. This value has %n character(s).</source>
        <translation>
            <numerusform>%1 : 32 chiffres hexadécimaux attendus, comme affiché (après Show) sous Account Info dans la console Twilio. Cette valeur a %n caractère.</numerusform>
            <numerusform>%1 : 32 chiffres hexadécimaux attendus, comme affiché (après Show) sous Account Info dans la console Twilio. Cette valeur a %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: expected VA followed by 32 hex digits, from Verify &gt; Services in the Twilio Console.</source>
        <translation>%1 : VA suivi de 32 chiffres hexadécimaux attendu, depuis Verify &gt; Services dans la console Twilio.</translation>
    </message>
    <message>
        <source>%1: a Messaging Service SID is MG followed by 32 hex digits; copy it again from Messaging &gt; Services.</source>
        <translation>%1 : le SID d&apos;un Messaging Service est MG suivi de 32 chiffres hexadécimaux ; copiez-le de nouveau depuis Messaging &gt; Services.</translation>
    </message>
    <message>
        <source>%1: write the number in E.164 form: %2 (no spaces, dashes or brackets).</source>
        <translation>%1 : écrivez le numéro au format E.164 : %2 (sans espaces, tirets ni parenthèses).</translation>
    </message>
    <message>
        <source>%1: %2 is a fixed-line number; Twilio can only send SMS from an SMS-capable number.</source>
        <translation>%1 : %2 est un numéro fixe ; Twilio ne peut envoyer de SMS que depuis un numéro compatible SMS.</translation>
    </message>
    <message numerus="yes">
        <source>A hook holds at most %1 secrets; delete %n of them.</source>
        <translation>
            <numerusform>Un hook contient au plus %1 secrets ; supprimez-en %n.</numerusform>
            <numerusform>Un hook contient au plus %1 secrets ; supprimez-en %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom secret: a name of letters A-Z, digits and _, read by the code as context.webtask.secrets.NAME (an Action: event.secrets.NAME).</source>
        <translation>Secret personnalisé : un nom fait de lettres A-Z, de chiffres et de _, lu par le code sous context.webtask.secrets.NAME (une Action : event.secrets.NAME).</translation>
    </message>
    <message>
        <source>Custom secret, read by the code as context.webtask.secrets.%1 (an Action: event.secrets.%1).</source>
        <translation>Secret personnalisé, lu par le code sous context.webtask.secrets.%1 (une Action : event.secrets.%1).</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>profile %1 does not exist</source>
        <translation>le profil %1 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>SecretsJob</name>
    <message>
        <source>the console closed before the keychain answered</source>
        <translation>la console s&apos;est fermée avant la réponse du trousseau</translation>
    </message>
</context>
<context>
    <name>SecretsPage</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>The hook configuration you are editing</source>
        <translation>La configuration de hook que vous modifiez</translation>
    </message>
    <message>
        <source>Create a new, empty profile</source>
        <translation>Créer un nouveau profil vide</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Rename this profile, moving its secrets</source>
        <translation>Renommer ce profil, en déplaçant ses secrets</translation>
    </message>
    <message>
        <source>Copy this profile and its secrets under a new name</source>
        <translation>Copier ce profil et ses secrets sous un nouveau nom</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <source>Delete this profile and remove its secrets from the keychain</source>
        <translation>Supprimer ce profil et retirer ses secrets du trousseau</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>Aucun profil pour l&apos;instant</translation>
    </message>
    <message>
        <source>A profile holds one Auth0 hook&apos;s Twilio settings and secrets: the Account SID, the Auth Token and the sending number. Secret values are kept in the system keychain only.
Click New Profile to add your first one.</source>
        <translation>Un profil contient les paramètres et secrets Twilio d&apos;un hook Auth0 : l&apos;Account SID, l&apos;Auth Token et le numéro d&apos;envoi. Les valeurs des secrets ne sont conservées que dans le trousseau du système.
Cliquez sur Nouveau profil pour ajouter le premier.</translation>
    </message>
    <message>
        <source>New &amp;Profile…</source>
        <translation>Nouveau &amp;profil…</translation>
    </message>
    <message>
        <source>Profile settings</source>
        <translation>Paramètres du profil</translation>
    </message>
    <message>
        <source>&amp;API base URL:</source>
        <translation>URL de base de l&apos;&amp;API :</translation>
    </message>
    <message>
        <source>&amp;Verify base URL:</source>
        <translation>URL de base de &amp;Verify :</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Add a custom secret, read by the hook as context.webtask.secrets.NAME</source>
        <translation>Ajouter un secret personnalisé, lu par le hook sous context.webtask.secrets.NAME</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Discard unsaved changes and read the secrets from the keychain again</source>
        <translation>Abandonner les modifications non enregistrées et relire les secrets dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Write the changed secrets to the keychain and save the profile settings</source>
        <translation>Écrire les secrets modifiés dans le trousseau et enregistrer les paramètres du profil</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>Afficher la valeur</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has unsaved changes.</source>
        <translation>Le profil « %1 » a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them to the keychain before leaving?</source>
        <translation>Les enregistrer dans le trousseau avant de quitter ?</translation>
    </message>
    <message>
        <source>Some values are not valid, so they cannot be saved. Discard the changes, or cancel to correct them.</source>
        <translation>Certaines valeurs ne sont pas valides et ne peuvent donc pas être enregistrées. Abandonnez les modifications, ou annulez pour les corriger.</translation>
    </message>
    <message>
        <source>Profile name: &quot;%1&quot; already exists; choose another name.</source>
        <translation>Nom du profil : « %1 » existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>Nom du nouveau profil :</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; created.</source>
        <translation>Profil « %1 » créé.</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <source>New name for profile &quot;%1&quot;:</source>
        <translation>Nouveau nom du profil « %1 » :</translation>
    </message>
    <message>
        <source>Renaming profile &quot;%1&quot;…</source>
        <translation>Renommage du profil « %1 »…</translation>
    </message>
    <message>
        <source>The profile could not be renamed.</source>
        <translation>Le profil n&apos;a pas pu être renommé.</translation>
    </message>
    <message>
        <source>Duplicate Profile</source>
        <translation>Dupliquer le profil</translation>
    </message>
    <message>
        <source>Name of the copy of profile &quot;%1&quot;:</source>
        <translation>Nom de la copie du profil « %1 » :</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 copie</translation>
    </message>
    <message>
        <source>Copying profile &quot;%1&quot;…</source>
        <translation>Copie du profil « %1 »…</translation>
    </message>
    <message>
        <source>The profile could not be duplicated.</source>
        <translation>Le profil n&apos;a pas pu être dupliqué.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete profile &quot;%1&quot;?</source>
        <translation>Supprimer le profil « %1 » ?</translation>
    </message>
    <message>
        <source>Its settings are deleted and its secrets removed from the keychain. Unsaved changes are lost. This cannot be undone.</source>
        <translation>Ses paramètres sont supprimés et ses secrets retirés du trousseau. Les modifications non enregistrées sont perdues. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleting profile &quot;%1&quot;…</source>
        <translation>Suppression du profil « %1 »…</translation>
    </message>
    <message>
        <source>The profile could not be deleted.</source>
        <translation>Le profil n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>The name of a known secret cannot be changed.</source>
        <translation>Le nom d&apos;un secret connu ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Letters, digits and _; the hook reads context.webtask.secrets.NAME.</source>
        <translation>Lettres, chiffres et _ ; le hook lit context.webtask.secrets.NAME.</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>Masquer la valeur</translation>
    </message>
    <message>
        <source>&amp;Clear Value</source>
        <translation>&amp;Effacer la valeur</translation>
    </message>
    <message>
        <source>&amp;Delete Secret</source>
        <translation>&amp;Supprimer le secret</translation>
    </message>
    <message>
        <source>Clear this value; it is removed from the keychain on save.</source>
        <translation>Effacer cette valeur ; elle est retirée du trousseau à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Delete this custom secret; it is removed from the keychain on save.</source>
        <translation>Supprimer ce secret personnalisé ; il est retiré du trousseau à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <source>Verify base URL</source>
        <translation>URL de base de Verify</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Saving secrets to the keychain…</source>
        <translation>Enregistrement des secrets dans le trousseau…</translation>
    </message>
    <message>
        <source>Saving failed. Your changes are kept (marked Changed); save again once the problem is fixed.</source>
        <translation>L&apos;enregistrement a échoué. Vos modifications sont conservées (marquées Modifié) ; enregistrez de nouveau une fois le problème résolu.</translation>
    </message>
    <message>
        <source>Saved to the keychain.</source>
        <translation>Enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Looks right. Save to store it in the keychain.</source>
        <translation>Cela semble correct. Enregistrez pour le stocker dans le trousseau.</translation>
    </message>
    <message>
        <source>%1 will be removed from the keychain on save.</source>
        <translation>%1 sera retiré du trousseau à l&apos;enregistrement.</translation>
    </message>
    <message numerus="yes">
        <source>A hook holds at most %n secret(s).</source>
        <translation>
            <numerusform>Un hook contient au plus %n secret.</numerusform>
            <numerusform>Un hook contient au plus %n secrets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two-letter country code used for numbers typed without +, for example US or GB. Not set: every number must start with + and its country code.</source>
        <translation>Code pays à deux lettres utilisé pour les numéros saisis sans +, par exemple US ou GB. Non défini : chaque numéro doit commencer par + et l&apos;indicatif de son pays.</translation>
    </message>
    <message>
        <source>not set</source>
        <comment>an empty default region</comment>
        <translation>non défini</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <extracomment>the one-click fix of a secret&apos;s value, e.g. &quot;Use +15005550006&quot;</extracomment>
        <translation>&amp;Utiliser %1</translation>
    </message>
    <message>
        <source>%1 · at most %2 per hook</source>
        <extracomment>%1 how many secrets have a value, e.g. &quot;2 secrets set&quot;; %2 Auth0&apos;s limit</extracomment>
        <translation>%1 · %2 au plus par hook</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) set</source>
        <translation>
            <numerusform>%n secret défini</numerusform>
            <numerusform>%n secrets définis</numerusform>
        </translation>
    </message>
    <message>
        <source>The value could not be read from the keychain.</source>
        <translation>La valeur n&apos;a pas pu être lue dans le trousseau.</translation>
    </message>
    <message>
        <source>Saved in the keychain: show it, or type a new value</source>
        <translation>Enregistré dans le trousseau : affichez-le, ou saisissez une nouvelle valeur</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Reno&amp;mmer…</translation>
    </message>
    <message>
        <source>Default reg&amp;ion:</source>
        <translation>Rég&amp;ion par défaut :</translation>
    </message>
    <message>
        <source>Add Secre&amp;t</source>
        <translation>Ajouter un secre&amp;t</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation>Va&amp;leur :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>SecretsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Secret name &quot;%1&quot;: already used; choose another name.</source>
        <translation>Nom du secret « %1 » : déjà utilisé ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Unknown (keychain unavailable)</source>
        <translation>Inconnu (trousseau indisponible)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Removed on save</source>
        <translation>Retiré à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Shown: hide it with the eye in the Value field</source>
        <translation>Affiché : masquez-le avec l&apos;œil du champ Valeur</translation>
    </message>
    <message>
        <source>Hidden: show it with the eye in the Value field</source>
        <translation>Masqué : affichez-le avec l&apos;œil du champ Valeur</translation>
    </message>
</context>
<context>
    <name>SegmentCalculator</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left in this segment</source>
        <translation>
            <numerusform>%n caractère restant dans ce segment</numerusform>
            <numerusform>%n caractères restants dans ce segment</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <extracomment>%1 is the segment count, %2 the encoding (GSM-7 or UCS-2), %3 the room left</extracomment>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>No text yet: 0 segments</source>
        <translation>Pas encore de texte : 0 segment</translation>
    </message>
</context>
<context>
    <name>SendJob</name>
    <message>
        <source>To: %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <source>no keychain is available to read the secrets from</source>
        <translation>aucun trousseau n&apos;est disponible pour y lire les secrets</translation>
    </message>
    <message>
        <source>%1 is not set for profile &quot;%2&quot;: the Verify API needs the Verify service SID (VA...).</source>
        <translation>%1 n&apos;est pas défini pour le profil « %2 » : l&apos;API Verify a besoin du SID du service Verify (VA...).</translation>
    </message>
    <message>
        <source>%1 is not set for profile &quot;%2&quot;.</source>
        <translation>%1 n&apos;est pas défini pour le profil « %2 ».</translation>
    </message>
    <message>
        <source>The attempt could not be written to the delivery log %1 (%2). Check the disk space and that no other program locks the file, or set SMSHOOK_LOG_PATH to another file; then send again.</source>
        <translation>La tentative n&apos;a pas pu être écrite dans le journal des envois %1 (%2). Vérifiez l&apos;espace disque et qu&apos;aucun autre programme ne verrouille le fichier, ou définissez SMSHOOK_LOG_PATH sur un autre fichier ; puis renvoyez.</translation>
    </message>
    <message numerus="yes">
        <source>No delivery receipt within %n second(s); many carriers send none. Ask the recipient whether it arrived.</source>
        <translation>
            <numerusform>Aucun accusé de réception en %n seconde ; beaucoup d&apos;opérateurs n&apos;en envoient pas. Demandez au destinataire s&apos;il est arrivé.</numerusform>
            <numerusform>Aucun accusé de réception en %n secondes ; beaucoup d&apos;opérateurs n&apos;en envoient pas. Demandez au destinataire s&apos;il est arrivé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Twilio had accepted the message (%1); it goes on being delivered. Only following it stopped.</source>
        <translation>Twilio avait accepté le message (%1) ; sa remise continue. Seul son suivi s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Only a message whose outcome is unknown can be looked up.</source>
        <translation>Seul un message dont le résultat est inconnu peut être recherché.</translation>
    </message>
    <message>
        <source>Message: enter the text to send.</source>
        <translation>Message : saisissez le texte à envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>Message: Twilio accepts at most %1 characters (error 21617); this text has %n. Shorten it.</source>
        <translation>
            <numerusform>Message : Twilio accepte au plus %1 caractères (erreur 21617) ; ce texte en a %n. Raccourcissez-le.</numerusform>
            <numerusform>Message : Twilio accepte au plus %1 caractères (erreur 21617) ; ce texte en a %n. Raccourcissez-le.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code: enter the code to send (the code Auth0 passes in the event).</source>
        <translation>Code : saisissez le code à envoyer (le code qu&apos;Auth0 passe dans l&apos;événement).</translation>
    </message>
    <message numerus="yes">
        <source>Code: Verify takes a custom code of %1 to %2 characters; this one has %n.</source>
        <translation>
            <numerusform>Code : Verify accepte un code personnalisé de %1 à %2 caractères ; celui-ci en a %n.</numerusform>
            <numerusform>Code : Verify accepte un code personnalisé de %1 à %2 caractères ; celui-ci en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Twilio Verify accepted the code for %1 (verification %2, status %3).</source>
        <translation>Twilio Verify a accepté le code pour %1 (vérification %2, statut %3).</translation>
    </message>
    <message>
        <source>Delivered to %1 (%2).</source>
        <translation>Remis à %1 (%2).</translation>
    </message>
    <message>
        <source>Twilio has the message for %1 (%2, status %3): the answer to the send was lost, and the message was found in Twilio&apos;s message log. Do not send it again.</source>
        <translation>Twilio a le message pour %1 (%2, statut %3) : la réponse à l&apos;envoi a été perdue, et le message a été trouvé dans le journal des messages de Twilio. Ne le renvoyez pas.</translation>
    </message>
    <message>
        <source>Twilio accepted the message for %1 (%2, status %3).</source>
        <translation>Twilio a accepté le message pour %1 (%2, statut %3).</translation>
    </message>
    <message>
        <source>Sent to %1 (%2), with no delivery receipt: many carriers send none. Ask the recipient whether it arrived.</source>
        <translation>Envoyé à %1 (%2), sans accusé de réception : beaucoup d&apos;opérateurs n&apos;en envoient pas. Demandez au destinataire s&apos;il est arrivé.</translation>
    </message>
    <message>
        <source>Not delivered to %1 (%2): status %3.</source>
        <translation>Non remis à %1 (%2) : statut %3.</translation>
    </message>
    <message>
        <source>Twilio error %1: %2</source>
        <translation>Erreur Twilio %1 : %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Plus : %1</translation>
    </message>
    <message>
        <source>Twilio accepted the message for %1 (%2), but it reached no final status in time (last: %3). Check the message log.</source>
        <translation>Twilio a accepté le message pour %1 (%2), mais il n&apos;a pas atteint de statut final à temps (dernier : %3). Consultez le journal des messages.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1 Check the message log for messages to %2 before sending again.</source>
        <translation>Résultat inconnu : %1 Cherchez dans le journal des messages les messages vers %2 avant de renvoyer.</translation>
    </message>
    <message>
        <source>Nothing was sent. %1</source>
        <translation>Rien n&apos;a été envoyé. %1</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 %2</source>
        <translation>Rien n&apos;a été envoyé : %1 %2</translation>
    </message>
    <message>
        <source>Nothing was sent: every send is written to the delivery log before it goes out, and this one could not be. %1</source>
        <translation>Rien n&apos;a été envoyé : chaque envoi est écrit dans le journal des envois avant de partir, et celui-ci n&apos;a pas pu l&apos;être. %1</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Annulé avant tout envoi.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cancelled. %1 %2</source>
        <translation>Annulé. %1 %2</translation>
    </message>
    <message>
        <source>Twilio refused the request and sent nothing. %1</source>
        <translation>Twilio a refusé la requête et n&apos;a rien envoyé. %1</translation>
    </message>
    <message>
        <source>Nothing was sent: Twilio was not reached, so it is safe to send again. %1</source>
        <translation>Rien n&apos;a été envoyé : Twilio n&apos;a pas été joint, renvoyer est donc sans risque. %1</translation>
    </message>
</context>
<context>
    <name>SyncProgressText</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) imported</source>
        <translation>
            <numerusform>%n message importé</numerusform>
            <numerusform>%n messages importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s)</source>
        <translation>
            <numerusform>%n nouvel événement</numerusform>
            <numerusform>%n nouveaux événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged with local sends</source>
        <translation>
            <numerusform>%n fusionné avec des envois locaux</numerusform>
            <numerusform>%n fusionnés avec des envois locaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched to a Twilio message</source>
        <translation>
            <numerusform>%n associé à un message Twilio</numerusform>
            <numerusform>%n associés à un message Twilio</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 · %2 · %3</source>
        <extracomment>%1 the page number, %2 what it added, %3 what it linked (each with its count)</extracomment>
        <translation>Page %1 · %2 · %3</translation>
    </message>
    <message>
        <source>(continued where the last run stopped)</source>
        <translation>(repris là où la dernière exécution s&apos;est arrêtée)</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <extracomment>%1 what it added, %2 what it linked, %3 the pages read (each with its count)</extracomment>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n page(s); run again to continue where it stopped.</source>
        <translation>
            <numerusform>Arrêté après %n page ; relancez pour reprendre là où il s&apos;est arrêté.</numerusform>
            <numerusform>Arrêté après %n pages ; relancez pour reprendre là où il s&apos;est arrêté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateMenu</name>
    <message>
        <source>Action: send-phone-message (legacy MFA phone set-up)</source>
        <translation>Action : send-phone-message (ancienne configuration du téléphone MFA)</translation>
    </message>
    <message>
        <source>Action: custom-phone-provider (Unified Phone Experience)</source>
        <translation>Action : custom-phone-provider (Unified Phone Experience)</translation>
    </message>
    <message>
        <source>Legacy hooks (Auth0 no longer runs them)</source>
        <translation>Anciens hooks (Auth0 ne les exécute plus)</translation>
    </message>
</context>
<context>
    <name>TenantChain</name>
    <message>
        <source>Auth0 asked</source>
        <translation>Auth0 a demandé</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (utilisateur %2)</translation>
    </message>
    <message>
        <source>Action ran</source>
        <translation>Action exécutée</translation>
    </message>
    <message>
        <source>execution id not logged</source>
        <translation>ID d&apos;exécution non journalisé</translation>
    </message>
    <message>
        <source>execution %1</source>
        <translation>exécution %1</translation>
    </message>
    <message>
        <source>%1, failed: %2 %3</source>
        <translation>%1, échec : %2 %3</translation>
    </message>
    <message>
        <source>%1, sent</source>
        <translation>%1, envoyé</translation>
    </message>
    <message>
        <source>Twilio accepted</source>
        <translation>Accepté par Twilio</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>no SID</source>
        <translation>pas de SID</translation>
    </message>
    <message>
        <source> (matched by number and time)</source>
        <translation> (associé par numéro et heure)</translation>
    </message>
    <message>
        <source> (the SID the Action run recorded)</source>
        <translation> (le SID enregistré par l&apos;exécution de l&apos;Action)</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>Non remis</translation>
    </message>
    <message>
        <source>%1: error %2 %3</source>
        <translation>%1 : erreur %2 %3</translation>
    </message>
    <message>
        <source>last status: %1</source>
        <translation>dernier statut : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>no Twilio message found for %1 around this time</source>
        <translation>aucun message Twilio trouvé pour %1 autour de cette heure</translation>
    </message>
    <message>
        <source>Twilio message with no Auth0 event: %1 to %2 at %3</source>
        <translation>Message Twilio sans événement Auth0 : %1 à %2 à %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Auth0 asked at %1</source>
        <translation>Auth0 a demandé à %1</translation>
    </message>
    <message>
        <source>Action ran (%1)</source>
        <translation>Action exécutée (%1)</translation>
    </message>
    <message>
        <source>Twilio accepted (%1)</source>
        <translation>Accepté par Twilio (%1)</translation>
    </message>
    <message>
        <source>no Twilio message found</source>
        <translation>aucun message Twilio trouvé</translation>
    </message>
    <message>
        <source>not delivered (%1)</source>
        <translation>non remis (%1)</translation>
    </message>
    <message>
        <source>delivered at %1</source>
        <translation>remis à %1</translation>
    </message>
    <message>
        <source>Auth0 sent, no Twilio message found: %1</source>
        <translation>Auth0 a envoyé, aucun message Twilio trouvé : %1</translation>
    </message>
    <message>
        <source>Auth0 sent, Twilio message found</source>
        <translation>Auth0 a envoyé, message Twilio trouvé</translation>
    </message>
    <message>
        <source>Auth0 sent, no Twilio message found</source>
        <translation>Auth0 a envoyé, aucun message Twilio trouvé</translation>
    </message>
    <message>
        <source>Twilio message with no Auth0 event</source>
        <translation>Message Twilio sans événement Auth0</translation>
    </message>
    <message>
        <source>Auth0 event</source>
        <translation>Événement Auth0</translation>
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
        <translation>n&apos;a jamais atteint Twilio</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Auth0 event</source>
        <translation>Événement Auth0</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Twilio SID</source>
        <translation>Twilio SID</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Ask to last hop</source>
        <translation>De la demande à la dernière étape</translation>
    </message>
</context>
<context>
    <name>TenantConnectJob</name>
    <message>
        <source>Profile: &quot;%1&quot; does not exist; create it first.</source>
        <translation>Profil : « %1 » n&apos;existe pas ; créez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Profile: &quot;%1&quot; does not exist.</source>
        <translation>Profil : « %1 » n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The client secret could not be stored in the keychain: %1 %2</source>
        <translation>Le secret client n&apos;a pas pu être stocké dans le trousseau : %1 %2</translation>
    </message>
</context>
<context>
    <name>TenantJudge</name>
    <message>
        <source>Not read.</source>
        <translation>Non lu.</translation>
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
        <translation>Non vérifié : le mode du locataire est inconnu.</translation>
    </message>
    <message>
        <source>Not checked: no Action is bound.</source>
        <translation>Non vérifié : aucune Action n&apos;est liée.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 nécessite %2</translation>
    </message>
    <message>
        <source>Connected, but the token cannot read the phone set-up: missing %1.</source>
        <translation>Connecté, mais le jeton ne peut pas lire la configuration du téléphone : il manque %1.</translation>
    </message>
    <message numerus="yes">
        <source>Connected; %n feature(s) blocked by missing scopes.</source>
        <translation>
            <numerusform>Connecté ; %n fonctionnalité bloquée par des scopes manquants.</numerusform>
            <numerusform>Connecté ; %n fonctionnalités bloquées par des scopes manquants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1 with every scope the console uses.</source>
        <translation>Connecté à %1 avec tous les scopes que la console utilise.</translation>
    </message>
    <message>
        <source>Phone set-up</source>
        <translation>Configuration du téléphone</translation>
    </message>
    <message>
        <source>Unified Phone Experience: MFA text messages go to the tenant&apos;s phone provider; &quot;custom&quot; runs the custom-phone-provider Action.</source>
        <translation>Unified Phone Experience : les SMS MFA vont au fournisseur de téléphonie du locataire ; « custom » exécute l&apos;Action custom-phone-provider.</translation>
    </message>
    <message>
        <source>Legacy MFA phone set-up: MFA text messages go to the send-phone-message Action when the delivery provider is Custom.</source>
        <translation>Ancienne configuration du téléphone MFA : les SMS MFA vont à l&apos;Action send-phone-message quand le Delivery Provider est Custom.</translation>
    </message>
    <message>
        <source>Auth0 moves tenants to the Unified Phone Experience (custom-phone-provider Action and a tenant phone provider); new tenants start there.</source>
        <translation>Auth0 fait passer les locataires à l&apos;Unified Phone Experience (Action custom-phone-provider et fournisseur de téléphonie du locataire) ; les nouveaux locataires y commencent.</translation>
    </message>
    <message>
        <source>SMS factor</source>
        <translation>Facteur SMS</translation>
    </message>
    <message>
        <source>The Phone Message factor is on but its trial has expired.</source>
        <translation>Le facteur Phone Message est activé mais sa période d&apos;essai a expiré.</translation>
    </message>
    <message>
        <source>Check the tenant&apos;s plan in the Auth0 Dashboard.</source>
        <translation>Vérifiez l&apos;offre du locataire dans l&apos;Auth0 Dashboard.</translation>
    </message>
    <message>
        <source>The Phone Message factor is on.</source>
        <translation>Le facteur Phone Message est activé.</translation>
    </message>
    <message>
        <source>The Phone Message factor is off: Auth0 never sends an MFA text message.</source>
        <translation>Le facteur Phone Message est désactivé : Auth0 n&apos;envoie jamais de SMS MFA.</translation>
    </message>
    <message>
        <source>Turn on Phone Message under Security &gt; Multi-factor Auth.</source>
        <translation>Activez Phone Message sous Security &gt; Multi-factor Auth.</translation>
    </message>
    <message>
        <source>Message types</source>
        <translation>Types de message</translation>
    </message>
    <message>
        <source>No phone message type is offered.</source>
        <translation>Aucun type de message téléphonique n&apos;est proposé.</translation>
    </message>
    <message>
        <source>Only voice calls are offered: users get no text message.</source>
        <translation>Seuls les appels vocaux sont proposés : les utilisateurs ne reçoivent aucun SMS.</translation>
    </message>
    <message>
        <source>Tick SMS under Security &gt; Multi-factor Auth &gt; Phone Message.</source>
        <translation>Cochez SMS sous Security &gt; Multi-factor Auth &gt; Phone Message.</translation>
    </message>
    <message>
        <source>SMS and voice are offered: the Action also gets voice requests.</source>
        <translation>SMS et voix sont proposés : l&apos;Action reçoit aussi des demandes vocales.</translation>
    </message>
    <message>
        <source>Make sure the Action handles voice (delivery_method or message_type &quot;voice&quot;), or offer SMS only.</source>
        <translation>Assurez-vous que l&apos;Action gère la voix (delivery_method ou message_type &quot;voice&quot;), ou ne proposez que le SMS.</translation>
    </message>
    <message>
        <source>SMS is offered.</source>
        <translation>Le SMS est proposé.</translation>
    </message>
    <message>
        <source>Phone provider</source>
        <translation>Fournisseur de téléphonie</translation>
    </message>
    <message>
        <source>Delivery provider Custom: each message goes to the send-phone-message Action.</source>
        <translation>Delivery Provider Custom : chaque message va à l&apos;Action send-phone-message.</translation>
    </message>
    <message>
        <source>Twilio (Auth0&apos;s built-in integration)</source>
        <translation>Twilio (l&apos;intégration native d&apos;Auth0)</translation>
    </message>
    <message>
        <source>Auth0&apos;s own provider</source>
        <translation>Le fournisseur propre d&apos;Auth0</translation>
    </message>
    <message>
        <source>Delivery provider is %1: the Action is never called.</source>
        <translation>Le Delivery Provider est %1 : l&apos;Action n&apos;est jamais appelée.</translation>
    </message>
    <message>
        <source>Set Delivery Provider to Custom under Security &gt; Multi-factor Auth &gt; Phone Message.</source>
        <translation>Réglez Delivery Provider sur Custom sous Security &gt; Multi-factor Auth &gt; Phone Message.</translation>
    </message>
    <message>
        <source>Branding &gt; Phone Provider in the Auth0 Dashboard</source>
        <translation>Branding &gt; Phone Provider dans l&apos;Auth0 Dashboard</translation>
    </message>
    <message>
        <source>No phone provider is configured: the Action is never called.</source>
        <translation>Aucun fournisseur de téléphonie n&apos;est configuré : l&apos;Action n&apos;est jamais appelée.</translation>
    </message>
    <message>
        <source>The phone provider is %1, not custom: the Action is never called.</source>
        <translation>Le fournisseur de téléphonie est %1, pas custom : l&apos;Action n&apos;est jamais appelée.</translation>
    </message>
    <message>
        <source>Choose Custom under %1 (the custom-phone-provider Action must be deployed first).</source>
        <translation>Choisissez Custom sous %1 (l&apos;Action custom-phone-provider doit d&apos;abord être déployée).</translation>
    </message>
    <message>
        <source>The custom phone provider is disabled.</source>
        <translation>Le fournisseur de téléphonie personnalisé est désactivé.</translation>
    </message>
    <message>
        <source>Enable it under %1.</source>
        <translation>Activez-le sous %1.</translation>
    </message>
    <message>
        <source>The custom phone provider delivers only %1, not text.</source>
        <translation>Le fournisseur de téléphonie personnalisé ne remet que %1, pas de texte.</translation>
    </message>
    <message>
        <source>Tick Text among its delivery methods under %1.</source>
        <translation>Cochez Text parmi ses méthodes de remise sous %1.</translation>
    </message>
    <message>
        <source>The custom phone provider is enabled for %1.</source>
        <translation>Le fournisseur de téléphonie personnalisé est activé pour %1.</translation>
    </message>
    <message>
        <source>Action bound</source>
        <translation>Action liée</translation>
    </message>
    <message>
        <source>No Action is bound to the %1 trigger.</source>
        <translation>Aucune Action n&apos;est liée au déclencheur %1.</translation>
    </message>
    <message>
        <source>Deploy the profile&apos;s Action for %1 and bind it (Actions &gt; Triggers &gt; %2).</source>
        <translation>Déployez l&apos;Action du profil pour %1 et liez-la (Actions &gt; Triggers &gt; %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bound to %2, which this tenant&apos;s phone set-up does not run. An Action for %3 exports %4.</source>
        <translation>« %1 » est liée à %2, que la configuration du téléphone de ce locataire n&apos;exécute pas. Une Action pour %3 exporte %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n Actions are bound to %1; each message runs them in order.</source>
        <translation>
            <numerusform>%n Action est liée à %1 ; chaque message les exécute dans l&apos;ordre.</numerusform>
            <numerusform>%n Actions sont liées à %1 ; chaque message les exécute dans l&apos;ordre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep one phone Action bound, so that one message is sent once.</source>
        <translation>Ne gardez qu&apos;une Action téléphonique liée, pour qu&apos;un message soit envoyé une seule fois.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bound to %2.</source>
        <translation>« %1 » est liée à %2.</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Déployée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has never been deployed: there is no version for Auth0 to run.</source>
        <translation>« %1 » n&apos;a jamais été déployée : il n&apos;y a aucune version qu&apos;Auth0 puisse exécuter.</translation>
    </message>
    <message>
        <source>Deploy it (Actions &gt; Library &gt; %1 &gt; Deploy).</source>
        <translation>Déployez-la (Actions &gt; Library &gt; %1 &gt; Deploy).</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is deployed; the draft has changes that are not.</source>
        <translation>La version %1 de « %2 » est déployée ; le brouillon contient des modifications qui ne le sont pas.</translation>
    </message>
    <message>
        <source>Deploy the draft if its changes should run.</source>
        <translation>Déployez le brouillon si ses modifications doivent s&apos;exécuter.</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is deployed.</source>
        <translation>La version %1 de « %2 » est déployée.</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>The deployed version&apos;s build failed: %1</source>
        <translation>Le build de la version déployée a échoué : %1</translation>
    </message>
    <message>
        <source>Fix the code and deploy again.</source>
        <translation>Corrigez le code et déployez de nouveau.</translation>
    </message>
    <message>
        <source>The draft&apos;s last build failed.</source>
        <translation>Le dernier build du brouillon a échoué.</translation>
    </message>
    <message>
        <source>The deployed version still runs; fix the draft before deploying it.</source>
        <translation>La version déployée s&apos;exécute toujours ; corrigez le brouillon avant de le déployer.</translation>
    </message>
    <message>
        <source>The draft is being built (%1).</source>
        <translation>Le brouillon est en cours de build (%1).</translation>
    </message>
    <message>
        <source>Built.</source>
        <translation>Build terminé.</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Environnement d&apos;exécution</translation>
    </message>
    <message>
        <source>%1 reached its end of life; Auth0 runs the code on Node 22 instead.</source>
        <translation>%1 est en fin de vie ; Auth0 exécute le code sur Node 22 à la place.</translation>
    </message>
    <message>
        <source>Choose Node 22 in the Action&apos;s settings and test the code on it.</source>
        <translation>Choisissez Node 22 dans les paramètres de l&apos;Action et testez le code dessus.</translation>
    </message>
    <message>
        <source>Auth0&apos;s default runtime (Node 22).</source>
        <translation>L&apos;environnement d&apos;exécution par défaut d&apos;Auth0 (Node 22).</translation>
    </message>
    <message>
        <source>twilio module</source>
        <translation>module twilio</translation>
    </message>
    <message>
        <source>The deployed code does not require(&apos;twilio&apos;).</source>
        <translation>Le code déployé ne fait pas require(&apos;twilio&apos;).</translation>
    </message>
    <message>
        <source>The code requires twilio but the Action has no twilio dependency: require(&apos;twilio&apos;) fails.</source>
        <translation>Le code utilise twilio mais l&apos;Action n&apos;a pas de dépendance twilio : require(&apos;twilio&apos;) échoue.</translation>
    </message>
    <message>
        <source>Add the dependency twilio (a 5.x version runs on Node 18 and 22) in the Action&apos;s Dependencies.</source>
        <translation>Ajoutez la dépendance twilio (une version 5.x fonctionne sur Node 18 et 22) dans les Dependencies de l&apos;Action.</translation>
    </message>
    <message>
        <source>twilio %1 needs Node 20 or later; this Action runs on Node %2.</source>
        <translation>twilio %1 nécessite Node 20 ou plus récent ; cette Action s&apos;exécute sur Node %2.</translation>
    </message>
    <message>
        <source>Pin twilio to a 5.x version, or choose Node 22.</source>
        <translation>Fixez twilio à une version 5.x, ou choisissez Node 22.</translation>
    </message>
    <message>
        <source>twilio is not pinned (latest): a new major version may change the code&apos;s behaviour at the next build.</source>
        <translation>twilio n&apos;est pas fixé (latest) : une nouvelle version majeure peut changer le comportement du code au prochain build.</translation>
    </message>
    <message>
        <source>Pin twilio to the version the code was tested with.</source>
        <translation>Fixez twilio à la version avec laquelle le code a été testé.</translation>
    </message>
    <message>
        <source>twilio %1.</source>
        <translation>twilio %1.</translation>
    </message>
    <message>
        <source>Action secrets</source>
        <translation>Secrets de l&apos;Action</translation>
    </message>
    <message>
        <source>The code reads %1, which the Action does not define: those values are undefined when it runs.</source>
        <translation>Le code lit %1, que l&apos;Action ne définit pas : ces valeurs sont undefined à l&apos;exécution.</translation>
    </message>
    <message>
        <source>Add them under the Action&apos;s Secrets (the values are in this profile&apos;s keychain), then deploy.</source>
        <translation>Ajoutez-les dans les Secrets de l&apos;Action (les valeurs sont dans le trousseau de ce profil), puis déployez.</translation>
    </message>
    <message>
        <source>Every secret the code reads is defined; %1 is not read.</source>
        <translation>Chaque secret lu par le code est défini ; %1 n&apos;est pas lu.</translation>
    </message>
    <message>
        <source>The code reads no secret.</source>
        <translation>Le code ne lit aucun secret.</translation>
    </message>
    <message>
        <source>Defined and read: %1.</source>
        <translation>Définis et lus : %1.</translation>
    </message>
    <message>
        <source>Profile&apos;s code</source>
        <translation>Code du profil</translation>
    </message>
    <message>
        <source>Not compared: nothing is deployed.</source>
        <translation>Non comparé : rien n&apos;est déployé.</translation>
    </message>
    <message>
        <source>This profile has no saved code to compare with the deployed version.</source>
        <translation>Ce profil n&apos;a aucun code enregistré à comparer avec la version déployée.</translation>
    </message>
    <message>
        <source>Save the code on the Hook code page to compare it.</source>
        <translation>Enregistrez le code sur la page Code du hook pour le comparer.</translation>
    </message>
    <message>
        <source>The profile&apos;s code is a Send Phone Message hook, which Auth0 no longer runs; the tenant runs the Action&apos;s code.</source>
        <translation>Le code du profil est un hook Send Phone Message, qu&apos;Auth0 n&apos;exécute plus ; le locataire exécute le code de l&apos;Action.</translation>
    </message>
    <message>
        <source>Convert the hook to an Action and keep that as the profile&apos;s code.</source>
        <translation>Convertissez le hook en Action et gardez-la comme code du profil.</translation>
    </message>
    <message>
        <source>The deployed code is this profile&apos;s code.</source>
        <translation>Le code déployé est le code de ce profil.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>deployed version %1</source>
        <translation>version déployée %1</translation>
    </message>
    <message>
        <source>The deployed code differs from this profile&apos;s code.</source>
        <translation>Le code déployé diffère du code de ce profil.</translation>
    </message>
    <message>
        <source>Deploy the profile&apos;s code, or take the deployed code into the profile if it is the right one.</source>
        <translation>Déployez le code du profil, ou reprenez le code déployé dans le profil si c&apos;est le bon.</translation>
    </message>
    <message>
        <source>Legacy hooks</source>
        <translation>Anciens hooks</translation>
    </message>
    <message>
        <source>Not listed: the token lacks read:hooks (optional).</source>
        <translation>Non listés : il manque read:hooks au jeton (facultatif).</translation>
    </message>
    <message>
        <source>The tenant lists no hooks.</source>
        <translation>Le locataire ne liste aucun hook.</translation>
    </message>
    <message>
        <source>No Send Phone Message hook is left on the tenant.</source>
        <translation>Il ne reste aucun hook Send Phone Message sur le locataire.</translation>
    </message>
    <message>
        <source>%1 (enabled)</source>
        <translation>%1 (activé)</translation>
    </message>
    <message numerus="yes">
        <source>%n Send Phone Message hook(s) still listed; Auth0 stopped running hooks on 2026-11-18, so only the Action sends.</source>
        <translation>
            <numerusform>%n hook Send Phone Message encore listé ; Auth0 n&apos;exécute plus les hooks depuis le 18/11/2026, seule l&apos;Action envoie donc.</numerusform>
            <numerusform>%n hooks Send Phone Message encore listés ; Auth0 n&apos;exécute plus les hooks depuis le 18/11/2026, seule l&apos;Action envoie donc.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move what the hook did into the Action, then delete the hook.</source>
        <translation>Reportez dans l&apos;Action ce que faisait le hook, puis supprimez le hook.</translation>
    </message>
    <message>
        <source>Delete the hook once its code lives in the Action.</source>
        <translation>Supprimez le hook une fois son code placé dans l&apos;Action.</translation>
    </message>
</context>
<context>
    <name>TenantLogPanel</name>
    <message>
        <source>Twilio messages with no Auth0 event</source>
        <translation>Messages Twilio sans événement Auth0</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Which Auth0 tenant log events to show</source>
        <translation>Les événements du journal du locataire Auth0 à afficher</translation>
    </message>
    <message>
        <source>All MFA sends</source>
        <translation>Tous les envois MFA</translation>
    </message>
    <message>
        <source>Also list this profile&apos;s Twilio messages that no Auth0 event explains: sends from elsewhere</source>
        <translation>Lister aussi les messages Twilio de ce profil qu&apos;aucun événement Auth0 n&apos;explique : des envois venus d&apos;ailleurs</translation>
    </message>
    <message>
        <source>Auth0 event:</source>
        <translation>Événement Auth0 :</translation>
    </message>
    <message>
        <source>Auth0 sent, no Twilio message found</source>
        <translation>Auth0 a envoyé, aucun message Twilio trouvé</translation>
    </message>
    <message>
        <source>MFA SMS failed</source>
        <translation>Échec du SMS MFA</translation>
    </message>
    <message>
        <source>never reached Twilio</source>
        <translation>n&apos;a jamais atteint Twilio</translation>
    </message>
    <message>
        <source>Select a row to see each hop with its latency.</source>
        <translation>Sélectionnez une ligne pour voir chaque étape avec sa latence.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>The delivery log is not available.</source>
        <translation>Le journal des envois n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation>Impossible de lire le journal : %1</translation>
    </message>
    <message numerus="yes">
        <source>the newest %Ln</source>
        <translation>
            <numerusform>la plus récente (%Ln)</numerusform>
            <numerusform>les %Ln plus récentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chain(s)</source>
        <translation>
            <numerusform>%Ln chaîne</numerusform>
            <numerusform>%Ln chaînes</numerusform>
        </translation>
    </message>
    <message>
        <source>Auth0 says:</source>
        <translation>Auth0 indique :</translation>
    </message>
    <message>
        <source>Profile: choose the profile whose tenant to read in the profile filter.</source>
        <translation>Profil : choisissez dans le filtre de profil le profil dont le locataire doit être lu.</translation>
    </message>
    <message>
        <source>Profile: “%1” no longer exists; choose another one.</source>
        <translation>Profil : « %1 » n&apos;existe plus ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The keychain is not available, so the tenant&apos;s client secret of “%1” cannot be read.</source>
        <translation>Le trousseau n&apos;est pas disponible : le secret client du locataire de « %1 » ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Reading the tenant log of “%1”…</source>
        <translation>Lecture du journal du locataire de « %1 »…</translation>
    </message>
    <message>
        <source>Auth0&apos;s rate limit: waiting until %1…</source>
        <translation>Limite de débit d&apos;Auth0 : attente jusqu&apos;à %1…</translation>
    </message>
    <message>
        <source>Sync cancelled; the next sync continues where it stopped.</source>
        <translation>Synchronisation annulée ; la prochaine synchronisation reprendra là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>Auth0 events and their Twilio messages</source>
        <translation>Événements Auth0 et leurs messages Twilio</translation>
    </message>
    <message>
        <source>The selected event&apos;s hops</source>
        <translation>Les étapes de l&apos;événement sélectionné</translation>
    </message>
    <message>
        <source>Synced since %1: %2.</source>
        <translation>Synchronisé depuis le %1 : %2.</translation>
    </message>
</context>
<context>
    <name>TenantLogRecord</name>
    <message>
        <source>MFA SMS sent</source>
        <translation>SMS MFA envoyé</translation>
    </message>
    <message>
        <source>MFA SMS failed</source>
        <translation>Échec du SMS MFA</translation>
    </message>
    <message>
        <source>MFA voice call made</source>
        <translation>Appel vocal MFA passé</translation>
    </message>
    <message>
        <source>MFA voice call failed</source>
        <translation>Échec de l&apos;appel vocal MFA</translation>
    </message>
    <message>
        <source>MFA challenge started</source>
        <translation>Challenge MFA lancé</translation>
    </message>
    <message>
        <source>MFA code accepted</source>
        <translation>Code MFA accepté</translation>
    </message>
    <message>
        <source>MFA code refused</source>
        <translation>Code MFA refusé</translation>
    </message>
    <message>
        <source>MFA enrolment started</source>
        <translation>Inscription MFA commencée</translation>
    </message>
    <message>
        <source>MFA enrolment failed to start</source>
        <translation>Impossible de commencer l&apos;inscription MFA</translation>
    </message>
    <message>
        <source>MFA enrolment complete</source>
        <translation>Inscription MFA terminée</translation>
    </message>
    <message>
        <source>Too many MFA attempts</source>
        <translation>Trop de tentatives MFA</translation>
    </message>
    <message>
        <source>Phone messages rate-limited</source>
        <translation>Messages téléphoniques soumis à la limite de débit</translation>
    </message>
    <message>
        <source>Action failed</source>
        <translation>Échec de l&apos;Action</translation>
    </message>
</context>
<context>
    <name>TenantLogSync</name>
    <message>
        <source>No delivery log to store the tenant&apos;s events in.</source>
        <translation>Aucun journal des envois dans lequel enregistrer les événements du locataire.</translation>
    </message>
    <message>
        <source>The delivery log could not be read: %1</source>
        <translation>Impossible de lire le journal des envois : %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s events could not be stored in the delivery log: %1</source>
        <translation>Les événements du locataire n&apos;ont pas pu être enregistrés dans le journal des envois : %1</translation>
    </message>
</context>
<context>
    <name>TenantPage</name>
    <message>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <source>Pick the profile on the Secrets page</source>
        <translation>Choisissez le profil sur la page Secrets</translation>
    </message>
    <message>
        <source>Connect this profile to its Auth0 tenant with a machine-to-machine application authorized for the Auth0 Management API. The console then reads how the tenant sends MFA text messages and whether they reach this profile&apos;s Action.</source>
        <translation>Connectez ce profil à son locataire Auth0 avec une application Machine to Machine autorisée pour l&apos;Auth0 Management API. La console lit ensuite comment le locataire envoie les SMS MFA et s&apos;ils atteignent l&apos;Action de ce profil.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <source>e.g. acme.us.auth0.com</source>
        <translation>par ex. acme.us.auth0.com</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>the M2M application&apos;s client ID</source>
        <translation>l&apos;ID client de l&apos;application M2M</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>kept only in the system keychain</source>
        <translation>conservé uniquement dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <source>Leave empty to reach https://DOMAIN. Only a local simulator on a loopback address may replace it.</source>
        <translation>Laissez vide pour joindre https://DOMAIN. Seul un simulateur local sur une adresse de boucle locale peut la remplacer.</translation>
    </message>
    <message>
        <source>empty: https://DOMAIN (loopback override only)</source>
        <translation>vide : https://DOMAIN (remplacement en boucle locale uniquement)</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>Dé&amp;connecter</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnecter</translation>
    </message>
    <message>
        <source>How the tenant sends MFA text messages</source>
        <translation>Comment le locataire envoie les SMS MFA</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s phone set-up again (F5)</source>
        <translation>Relire la configuration du téléphone du locataire (F5)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>in the keychain; type a new one to replace it</source>
        <translation>dans le trousseau ; saisissez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <source>Create or pick a profile on the Secrets page.</source>
        <translation>Créez ou choisissez un profil sur la page Secrets.</translation>
    </message>
    <message>
        <source>Not connected. In the Auth0 Dashboard, create a Machine to Machine application authorized for the Auth0 Management API with the scopes %1, then enter its domain, client ID and client secret above.</source>
        <translation>Non connecté. Dans l&apos;Auth0 Dashboard, créez une application Machine to Machine autorisée pour l&apos;Auth0 Management API avec les scopes %1, puis saisissez ci-dessus son domaine, son ID client et son secret client.</translation>
    </message>
    <message>
        <source>Rec&amp;onnect</source>
        <translation>Rec&amp;onnecter</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Auth0 base URL</source>
        <translation>URL de base Auth0</translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation>Lecture du secret client dans le trousseau…</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1 %2</source>
        <translation>Le trousseau n&apos;a pas pu être lu : %1 %2</translation>
    </message>
    <message>
        <source>Client secret: none is stored; enter it.</source>
        <translation>Secret client : aucun n&apos;est enregistré ; saisissez-le.</translation>
    </message>
    <message>
        <source>Asking %1 for a Management API token…</source>
        <translation>Demande d&apos;un jeton Management API à %1…</translation>
    </message>
    <message>
        <source>Connected; the token has every scope the console uses.</source>
        <translation>Connecté ; le jeton a tous les scopes que la console utilise.</translation>
    </message>
    <message>
        <source>Connected; the token lacks %1. %2</source>
        <translation>Connecté ; il manque %1 au jeton. %2</translation>
    </message>
    <message>
        <source>Disconnect from the tenant</source>
        <translation>Se déconnecter du locataire</translation>
    </message>
    <message>
        <source>Disconnect profile &quot;%1&quot; from %2? Its client secret is removed from the keychain; nothing changes in the tenant.</source>
        <translation>Déconnecter le profil « %1 » de %2 ? Son secret client est retiré du trousseau ; rien ne change dans le locataire.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Disconnected; the client secret is gone from the keychain.</source>
        <translation>Déconnecté ; le secret client a été retiré du trousseau.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Reading %1… (%2 of %3)</source>
        <translation>Lecture de %1… (%2 sur %3)</translation>
    </message>
    <message>
        <source>**What to do:** %1</source>
        <translation>**Que faire :** %1</translation>
    </message>
    <message>
        <source>Auth0 Dashboard: &lt;%1&gt;</source>
        <translation>Auth0 Dashboard : &lt;%1&gt;</translation>
    </message>
    <message>
        <source>No web browser could be started; open %1 yourself.</source>
        <translation>Aucun navigateur web n&apos;a pu être lancé ; ouvrez %1 vous-même.</translation>
    </message>
    <message>
        <source>Test the MFA flow</source>
        <translation>Tester le parcours MFA</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Details of the selected finding</source>
        <translation>Détails du constat sélectionné</translation>
    </message>
    <message>
        <source>Open in the &amp;Auth0 Dashboard</source>
        <translation>Ouvrir dans l&apos;&amp;Auth0 Dashboard</translation>
    </message>
</context>
<context>
    <name>TenantSecret</name>
    <message>
        <source>Profile &quot;%1&quot; is not connected to an Auth0 tenant: connect it first (Tenant page, or sms-hook-cli auth0 connect).</source>
        <translation>Le profil « %1 » n&apos;est connecté à aucun locataire Auth0 : connectez-le d&apos;abord (page Locataire, ou sms-hook-cli auth0 connect).</translation>
    </message>
    <message>
        <source>The tenant&apos;s client secret could not be read from the keychain: %1 %2</source>
        <translation>Le secret client du locataire n&apos;a pas pu être lu dans le trousseau : %1 %2</translation>
    </message>
    <message>
        <source>The tenant&apos;s client secret is not in the keychain: connect the profile to its tenant again.</source>
        <translation>Le secret client du locataire n&apos;est pas dans le trousseau : connectez à nouveau le profil à son locataire.</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Aucun trousseau n&apos;est disponible.</translation>
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
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>%1 sends MFA text messages through the Action &quot;%2&quot;.</source>
        <translation>%1 envoie les SMS MFA par l&apos;Action « %2 ».</translation>
    </message>
    <message numerus="yes">
        <source>%1 would not send MFA text messages through this profile&apos;s Action: %n thing(s) to fix (%2).</source>
        <translation>
            <numerusform>%1 n&apos;enverrait pas les SMS MFA par l&apos;Action de ce profil : %n point à corriger (%2).</numerusform>
            <numerusform>%1 n&apos;enverrait pas les SMS MFA par l&apos;Action de ce profil : %n points à corriger (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantTestRun</name>
    <message>
        <source>Reading the draft of the Action bound in %1…</source>
        <translation>Lecture du brouillon de l&apos;Action liée dans %1…</translation>
    </message>
    <message>
        <source>The tenant&apos;s draft of &quot;%1&quot; is the editor&apos;s code.</source>
        <translation>Le brouillon de « %1 » dans le locataire est le code de l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Run in the tenant</source>
        <translation>Exécuter dans le locataire</translation>
    </message>
    <message>
        <source>Auth0 tests the draft of &quot;%1&quot; that %2 holds, and it differs from the code in the editor.</source>
        <translation>Auth0 teste le brouillon de « %1 » que contient %2, et il diffère du code de l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Write the editor&apos;s code into the draft first (it is not deployed: logins keep the deployed version), or test the draft as it is? Show Details has the differences.</source>
        <translation>Écrire d&apos;abord le code de l&apos;éditeur dans le brouillon (il n&apos;est pas déployé : les connexions gardent la version déployée), ou tester le brouillon tel quel ? Afficher les détails montre les différences.</translation>
    </message>
    <message>
        <source>Update the draft, then test</source>
        <translation>Mettre à jour le brouillon, puis tester</translation>
    </message>
    <message>
        <source>Test the tenant&apos;s draft</source>
        <translation>Tester le brouillon du locataire</translation>
    </message>
    <message>
        <source>Not tested.</source>
        <translation>Non testé.</translation>
    </message>
    <message>
        <source>Tested in %1: the draft of &quot;%2&quot; (%3), just updated with the editor&apos;s code (not deployed).</source>
        <translation>Testé dans %1 : le brouillon de « %2 » (%3), tout juste mis à jour avec le code de l&apos;éditeur (non déployé).</translation>
    </message>
    <message>
        <source>Tested in %1: the tenant&apos;s draft of &quot;%2&quot; (%3), not the editor&apos;s code.</source>
        <translation>Testé dans %1 : le brouillon de « %2 » du locataire (%3), pas le code de l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Tested in %1: the draft of &quot;%2&quot; (%3), the editor&apos;s code.</source>
        <translation>Testé dans %1 : le brouillon de « %2 » (%3), le code de l&apos;éditeur.</translation>
    </message>
    <message>
        <source>In the tenant: success</source>
        <translation>Dans le locataire : succès</translation>
    </message>
    <message>
        <source>In the tenant: %1</source>
        <translation>Dans le locataire : %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Error %1%2: %3</source>
        <translation>Erreur %1%2 : %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>console.%1</source>
        <translation>console.%1</translation>
    </message>
    <message>
        <source>Twilio message %1</source>
        <translation>Message Twilio %1</translation>
    </message>
    <message>
        <source>%1 ms in the tenant</source>
        <translation>%1 ms dans le locataire</translation>
    </message>
    <message>
        <source>Auth0&apos;s answer: %1</source>
        <translation>Réponse d&apos;Auth0 : %1</translation>
    </message>
</context>
<context>
    <name>TwilioAccess</name>
    <message>
        <source>%1 is not set for profile &quot;%2&quot;.</source>
        <translation>%1 n&apos;est pas défini pour le profil « %2 ».</translation>
    </message>
    <message>
        <source>Set it on the Secrets page, or with: sms-hook-cli secrets set --profile &quot;%1&quot; %2</source>
        <translation>Définissez-le sur la page Secrets, ou avec : sms-hook-cli secrets set --profile &quot;%1&quot; %2</translation>
    </message>
</context>
<context>
    <name>TwilioError</name>
    <message>
        <source>Could not reach %1.</source>
        <translation>Impossible de joindre %1.</translation>
    </message>
    <message>
        <source>The request was not sent, so nothing happened on Twilio&apos;s side.</source>
        <translation>La requête n&apos;a pas été envoyée : rien ne s&apos;est produit côté Twilio.</translation>
    </message>
    <message>
        <source>The connection failed before an answer arrived.</source>
        <translation>La connexion a échoué avant l&apos;arrivée d&apos;une réponse.</translation>
    </message>
    <message>
        <source>No network, a firewall or proxy in the way, a mistyped base URL in the profile, or the sandbox is not running.</source>
        <translation>Pas de réseau, un pare-feu ou un proxy sur le chemin, une URL de base mal saisie dans le profil, ou le bac à sable n&apos;est pas lancé.</translation>
    </message>
    <message>
        <source>Check the network connection and the base URLs in the profile, then try again.</source>
        <translation>Vérifiez la connexion réseau et les URL de base du profil, puis réessayez.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>Aucune réponse de %1 en %2 s.</translation>
    </message>
    <message>
        <source>A slow or broken network, a proxy holding the connection, or the server is overloaded.</source>
        <translation>Un réseau lent ou défaillant, un proxy qui retient la connexion, ou le serveur est surchargé.</translation>
    </message>
    <message>
        <source>Try again later, check the network, or raise the request timeout in the settings.</source>
        <translation>Réessayez plus tard, vérifiez le réseau, ou augmentez le délai d&apos;attente des requêtes dans les paramètres.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed.</source>
        <translation>La connexion sécurisée à %1 a échoué.</translation>
    </message>
    <message>
        <source>The console never ignores certificate errors, so the request was not sent.</source>
        <translation>La console n&apos;ignore jamais les erreurs de certificat : la requête n&apos;a donc pas été envoyée.</translation>
    </message>
    <message>
        <source>A wrong system clock, a proxy or antivirus that inspects TLS, missing CA certificates, or a base URL pointing at the wrong server.</source>
        <translation>Une horloge système fausse, un proxy ou un antivirus qui inspecte le TLS, des certificats d&apos;AC manquants, ou une URL de base pointant vers le mauvais serveur.</translation>
    </message>
    <message>
        <source>Check the system date and time, the CA certificates (ca-certificates package) and the base URLs in the profile.</source>
        <translation>Vérifiez la date et l&apos;heure du système, les certificats d&apos;AC (paquet ca-certificates) et les URL de base du profil.</translation>
    </message>
    <message>
        <source>%1 answered, but not with the JSON Twilio sends (HTTP %2).</source>
        <translation>%1 a répondu, mais pas avec le JSON qu&apos;envoie Twilio (HTTP %2).</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>Le serveur</translation>
    </message>
    <message>
        <source>The base URL in the profile points at another server, a proxy or captive portal answered instead of Twilio, or the answer was cut off.</source>
        <translation>L&apos;URL de base du profil pointe vers un autre serveur, un proxy ou un portail captif a répondu à la place de Twilio, ou la réponse a été tronquée.</translation>
    </message>
    <message>
        <source>Check the API and Verify base URLs in the profile (https://api.twilio.com, https://verify.twilio.com) and the network&apos;s proxy settings.</source>
        <translation>Vérifiez les URL de base API et Verify du profil (https://api.twilio.com, https://verify.twilio.com) et les paramètres de proxy du réseau.</translation>
    </message>
    <message>
        <source>The request may have reached %1, but no answer arrived.</source>
        <translation>La requête a peut-être atteint %1, mais aucune réponse n&apos;est arrivée.</translation>
    </message>
    <message>
        <source>The message may or may not have been sent. The console does not send it again by itself, so that the user does not get two codes.</source>
        <translation>Le message a peut-être été envoyé, ou pas. La console ne le renvoie pas d&apos;elle-même, pour que l&apos;utilisateur ne reçoive pas deux codes.</translation>
    </message>
    <message>
        <source>Look for it in the message list (To %1, From %2, between %3 and %4) before sending again.</source>
        <translation>Cherchez-le dans la liste des messages (À %1, De %2, entre %3 et %4) avant de renvoyer.</translation>
    </message>
    <message>
        <source>Check in the Twilio Console whether it was created before trying again.</source>
        <translation>Vérifiez dans la console Twilio s&apos;il a été créé avant de réessayer.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The request had already been sent; Twilio may have acted on it.</source>
        <translation>La requête avait déjà été envoyée ; Twilio y a peut-être donné suite.</translation>
    </message>
    <message>
        <source>Check the message list before sending again.</source>
        <translation>Consultez la liste des messages avant de renvoyer.</translation>
    </message>
    <message>
        <source>Nothing was sent to Twilio.</source>
        <translation>Rien n&apos;a été envoyé à Twilio.</translation>
    </message>
    <message>
        <source>Twilio did not accept the credentials (HTTP 401).</source>
        <translation>Twilio n&apos;a pas accepté les identifiants (HTTP 401).</translation>
    </message>
    <message>
        <source>Check the Account SID and Auth Token secrets; a token changes when it is rotated in the Twilio Console.</source>
        <translation>Vérifiez les secrets Account SID et Auth Token ; un jeton change lorsqu&apos;il est renouvelé dans la console Twilio.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404).</source>
        <translation>Introuvable (HTTP 404).</translation>
    </message>
    <message>
        <source>Check the SID and the base URLs in the profile.</source>
        <translation>Vérifiez le SID et les URL de base du profil.</translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429).</source>
        <translation>Trop de requêtes (HTTP 429).</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>Attendez une minute et réessayez.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>Le serveur a rencontré un problème (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again later; see status.twilio.com.</source>
        <translation>Réessayez plus tard ; consultez status.twilio.com.</translation>
    </message>
    <message>
        <source>The request was refused (HTTP %1).</source>
        <translation>La requête a été refusée (HTTP %1).</translation>
    </message>
    <message>
        <source>Check the values sent and the profile.</source>
        <translation>Vérifiez les valeurs envoyées et le profil.</translation>
    </message>
    <message>
        <source>Twilio error %1 (HTTP %2): %3</source>
        <translation>Erreur Twilio %1 (HTTP %2) : %3</translation>
    </message>
    <message>
        <source>Possible causes: %1</source>
        <translation>Causes possibles : %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails : %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Plus : %1</translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1 (redirects are not followed).</source>
        <translation>Statut HTTP inattendu %1 (les redirections ne sont pas suivies).</translation>
    </message>
    <message>
        <source>Not JSON: %1 at byte %2.</source>
        <translation>Pas du JSON : %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>JSON, but not an object.</source>
        <translation>Du JSON, mais pas un objet.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Le champ &quot;%1&quot; est absent.</translation>
    </message>
    <message>
        <source>An entry of &quot;%1&quot; is not an object.</source>
        <translation>Une entrée de &quot;%1&quot; n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The answer is not Twilio&apos;s JSON: %1</source>
        <translation>La réponse n&apos;est pas du JSON de Twilio : %1</translation>
    </message>
</context>
<context>
    <name>TwilioForwarder</name>
    <message>
        <source>Twilio&apos;s API has no %1 requests; the console did not send it.</source>
        <translation>L&apos;API de Twilio n&apos;a pas de requêtes %1 ; la console ne l&apos;a pas envoyée.</translation>
    </message>
    <message>
        <source>The message contains the value of a secret (perhaps in another form); the console does not send secrets. Remove it from the message.</source>
        <translation>Le message contient la valeur d&apos;un secret (peut-être sous une autre forme) ; la console n&apos;envoie pas de secrets. Retirez-la du message.</translation>
    </message>
</context>
<context>
    <name>TwilioReply</name>
    <message>
        <source>The request has no valid URL; check the profile.</source>
        <translation>La requête n&apos;a pas d&apos;URL valide ; vérifiez le profil.</translation>
    </message>
    <message>
        <source>The network access manager is gone.</source>
        <translation>Le gestionnaire d&apos;accès réseau n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Attempt %1: %2</source>
        <translation>Tentative %1 : %2</translation>
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation>Aucune réponse en %1 ms</translation>
    </message>
    <message>
        <source>No answer within %1 s after the request was sent.</source>
        <translation>Aucune réponse dans les %1 s suivant l&apos;envoi de la requête.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>The connection closed before the server answered.</source>
        <translation>La connexion s&apos;est fermée avant la réponse du serveur.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Erreur réseau : %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>The connection failed after the request was sent: %1</source>
        <translation>La connexion a échoué après l&apos;envoi de la requête : %1</translation>
    </message>
    <message numerus="yes">
        <source>HTTP %1 after %2 ms (%n byte(s))</source>
        <translation>
            <numerusform>HTTP %1 après %2 ms (%n octet)</numerusform>
            <numerusform>HTTP %1 après %2 ms (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Twilio asked to slow down (HTTP 429)</source>
        <translation>Twilio a demandé de ralentir (HTTP 429)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>A gateway answered HTTP %1.</source>
        <translation>Une passerelle a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>Sending the message</source>
        <translation>Envoi du message</translation>
    </message>
    <message>
        <source>Reading the message&apos;s status</source>
        <translation>Lecture du statut du message</translation>
    </message>
    <message>
        <source>Reading Twilio&apos;s message log</source>
        <translation>Lecture du journal des messages de Twilio</translation>
    </message>
    <message>
        <source>Reading the account</source>
        <translation>Lecture du compte</translation>
    </message>
    <message>
        <source>Reading the Verify service</source>
        <translation>Lecture du service Verify</translation>
    </message>
    <message>
        <source>Sending the verification</source>
        <translation>Envoi de la vérification</translation>
    </message>
    <message>
        <source>Looking up the sender&apos;s number</source>
        <translation>Recherche du numéro de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Looking up the verified caller IDs</source>
        <translation>Recherche des identifiants d&apos;appelant vérifiés</translation>
    </message>
    <message>
        <source>Reading the Messaging Service</source>
        <translation>Lecture du Messaging Service</translation>
    </message>
    <message>
        <source>The code&apos;s Twilio request</source>
        <translation>La requête Twilio du code</translation>
    </message>
    <message>
        <source>Asking Twilio</source>
        <translation>Interrogation de Twilio</translation>
    </message>
    <message>
        <source>Retrying in %1 ms (%2)</source>
        <translation>Nouvelle tentative dans %1 ms (%2)</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying again in %3 s, attempt %4 of %5.</source>
        <extracomment>%1 what is being done, %2 why it failed, %3 seconds, %4 the next attempt, %5 all attempts</extracomment>
        <translation>%1 : échec (%2) ; nouvelle tentative dans %3 s, tentative %4 sur %5.</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>Échec (%1) : %2</translation>
    </message>
    <message numerus="yes">
        <source>Done after %n attempt(s).</source>
        <translation>
            <numerusform>Terminé après %n tentative.</numerusform>
            <numerusform>Terminé après %n tentatives.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TwilioRequests</name>
    <message>
        <source>%1 The request was not sent, so the credentials did not leave the machine; correct the profile&apos;s setting (sms-hook-cli profiles list shows it).</source>
        <translation>%1 La requête n&apos;a pas été envoyée : les identifiants n&apos;ont donc pas quitté la machine ; corrigez le paramètre du profil (sms-hook-cli profiles list l&apos;affiche).</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL de base de l&apos;API</translation>
    </message>
    <message>
        <source>Verify base URL</source>
        <translation>URL de base de Verify</translation>
    </message>
    <message>
        <source>Account SID: set the TWILIO_ACCOUNT_SID secret (AC followed by 32 hex digits).</source>
        <translation>Account SID : définissez le secret TWILIO_ACCOUNT_SID (AC suivi de 32 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>Auth Token: set the TWILIO_AUTH_TOKEN secret.</source>
        <translation>Auth Token : définissez le secret TWILIO_AUTH_TOKEN.</translation>
    </message>
    <message>
        <source>To: enter the phone number to send to.</source>
        <translation>À : saisissez le numéro de téléphone destinataire.</translation>
    </message>
    <message>
        <source>From: enter either a sending number or a Messaging Service SID, not both.</source>
        <translation>De : saisissez soit un numéro d&apos;envoi, soit le SID d&apos;un Messaging Service, pas les deux.</translation>
    </message>
    <message>
        <source>Body: enter the message text.</source>
        <translation>Corps : saisissez le texte du message.</translation>
    </message>
    <message>
        <source>Validity period: use 1 to 36000 seconds, or leave it unset.</source>
        <translation>Période de validité : utilisez de 1 à 36000 secondes, ou ne la définissez pas.</translation>
    </message>
    <message>
        <source>Message SID: &quot;%1&quot; is not a SID (SM... or MM...).</source>
        <translation>Message SID : « %1 » n&apos;est pas un SID (SM... ou MM...).</translation>
    </message>
    <message>
        <source>Twilio returned an unexpected next page link: %1</source>
        <translation>Twilio a renvoyé un lien de page suivante inattendu : %1</translation>
    </message>
    <message>
        <source>Phone number: enter the number to look up.</source>
        <translation>Numéro de téléphone : saisissez le numéro à rechercher.</translation>
    </message>
    <message>
        <source>Verify service SID: &quot;%1&quot; is not a Verify service SID (VA followed by 32 hex digits).</source>
        <translation>SID du service Verify : « %1 » n&apos;est pas le SID d&apos;un service Verify (VA suivi de 32 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>Messaging Service SID: &quot;%1&quot; is not a Messaging Service SID (MG followed by 32 hex digits).</source>
        <translation>SID du Messaging Service : « %1 » n&apos;est pas le SID d&apos;un Messaging Service (MG suivi de 32 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>To: enter the phone number to verify.</source>
        <translation>À : saisissez le numéro de téléphone à vérifier.</translation>
    </message>
    <message>
        <source>%1 is not a Twilio API address; the console sends only Twilio&apos;s requests, with the profile&apos;s credentials.</source>
        <translation>%1 n&apos;est pas une adresse de l&apos;API Twilio ; la console n&apos;envoie que des requêtes Twilio, avec les identifiants du profil.</translation>
    </message>
    <message>
        <source>The Twilio client has no credentials: pass the Account SID and Auth Token (or an API key and secret) when you create it.</source>
        <translation>Le client Twilio n&apos;a pas d&apos;identifiants : passez l&apos;Account SID et l&apos;Auth Token (ou une clé API et son secret) lors de sa création.</translation>
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
