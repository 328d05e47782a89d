<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActionConversion</name>
    <message>
        <source>call api.notification.drop(reason)</source>
        <translation>llamar a api.notification.drop(reason)</translation>
    </message>
    <message>
        <source>throw the error</source>
        <translation>lanzar el error con throw</translation>
    </message>
    <message>
        <source>context.factor_type has no Action equivalent (the Action runs for the second factor): remove the check.</source>
        <translation>context.factor_type no tiene equivalente en una Action (la Action se ejecuta para el segundo factor): quita la comprobación.</translation>
    </message>
    <message>
        <source>%1: an Action has no context.webtask besides its secrets (event.secrets); rewrite this without it.</source>
        <translation>%1: una Action no tiene context.webtask aparte de sus secretos (event.secrets); reescribe esto sin él.</translation>
    </message>
    <message>
        <source>%1 has no known Action equivalent: read the field from event.</source>
        <translation>%1 no tiene un equivalente conocido en una Action: lee el campo de event.</translation>
    </message>
    <message>
        <source>context[...] cannot be mapped: name the field and read it from event.</source>
        <translation>context[...] no se puede convertir: nombra el campo y léelo de event.</translation>
    </message>
    <message>
        <source>The hook&apos;s context is used as a whole: pass the event fields the code needs instead.</source>
        <translation>El context del hook se usa entero: pasa en su lugar los campos de event que necesita el código.</translation>
    </message>
    <message>
        <source>The hook&apos;s context is written to: keep the value in a variable of your own.</source>
        <translation>El código escribe en el context del hook: guarda el valor en una variable propia.</translation>
    </message>
    <message>
        <source>This destructuring of the hook&apos;s context cannot be mapped: read each field from event.</source>
        <translation>Esta desestructuración del context del hook no se puede convertir: lee cada campo de event.</translation>
    </message>
    <message>
        <source>%1 has no counterpart among the Action&apos;s values of this field: compare with one of them.</source>
        <translation>%1 no tiene equivalente entre los valores de este campo en la Action: compara con uno de ellos.</translation>
    </message>
    <message>
        <source>%1 is called inside a nested function: make that function return a promise, await it, then return on success and %2 on failure.</source>
        <translation>%1 se llama dentro de una función anidada: haz que esa función devuelva una promesa, espérala con await y luego haz return si tiene éxito y %2 si falla.</translation>
    </message>
    <message>
        <source>%1 is handed on as a value, but an Action has no callback: return on success and %2 on failure where it would be called.</source>
        <translation>%1 se pasa como valor, pero una Action no tiene callback: donde se llamaría, haz return si tiene éxito y %2 si falla.</translation>
    </message>
    <message>
        <source>%1 is called inside an expression: write return (success) or %2 (failure) as statements.</source>
        <translation>%1 se llama dentro de una expresión: escribe return (éxito) o %2 (fallo) como sentencias.</translation>
    </message>
    <message>
        <source>%1(error, result) with a computed error: test the error with if, %2 there, then return the result.</source>
        <translation>%1(error, result) con un error calculado: comprueba el error con if, %2 ahí y luego devuelve el resultado con return.</translation>
    </message>
    <message>
        <source>In the hook this code ran after %1(...); now the return before it ends the Action first. Move it above if it must run.</source>
        <translation>En el hook este código se ejecutaba después de %1(...); ahora el return anterior termina antes la Action. Muévelo más arriba si debe ejecutarse.</translation>
    </message>
    <message>
        <source>The Account SID was passed as the Verify service: the Action reads the Verify service SID (VA...) from the secret TWILIO_VERIFY_SERVICE_SID. Define it.</source>
        <translation>Se pasaba el Account SID como servicio de Verify: la Action lee el SID del servicio de Verify (VA...) del secreto TWILIO_VERIFY_SERVICE_SID. Defínelo.</translation>
    </message>
    <message>
        <source>client.verify.services (deprecated) became client.verify.v2.services.</source>
        <translation>client.verify.services (obsoleto) pasó a ser client.verify.v2.services.</translation>
    </message>
    <message>
        <source>message_type was not defined in the hook; it now reads %1.</source>
        <translation>message_type no estaba definido en el hook; ahora se lee %1.</translation>
    </message>
    <message>
        <source>custom-phone-provider also delivers blocked_account, change_password and password_breach notifications; the code sees them as &apos;second-factor-authentication&apos;.</source>
        <translation>custom-phone-provider también entrega las notificaciones blocked_account, change_password y password_breach; el código las ve como &apos;second-factor-authentication&apos;.</translation>
    </message>
    <message>
        <source>event.notification.code is set for one-time codes only; other notifications (blocked_account, change_password, password_breach) have none.</source>
        <translation>event.notification.code solo está definido para los códigos de un solo uso; las demás notificaciones (blocked_account, change_password, password_breach) no tienen ninguno.</translation>
    </message>
    <message>
        <source>The application&apos;s metadata is event.client.metadata (the hook had client_metadata).</source>
        <translation>Los metadatos de la aplicación están en event.client.metadata (el hook tenía client_metadata).</translation>
    </message>
    <message>
        <source>The hook does not parse: %1.</source>
        <translation>El hook no se puede analizar: %1.</translation>
    </message>
    <message>
        <source>Correct the syntax error, then convert again.</source>
        <translation>Corrige el error de sintaxis y vuelve a convertir.</translation>
    </message>
    <message>
        <source>This is already an Action (it exports %1), not a hook.</source>
        <translation>Esto ya es una Action (exporta %1), no un hook.</translation>
    </message>
    <message>
        <source>Nothing to convert; lint it for the tenant&apos;s trigger instead.</source>
        <translation>No hay nada que convertir; pásale el lint para el desencadenador del tenant.</translation>
    </message>
    <message>
        <source>This is not a Send Phone Message hook: module.exports is not assigned a function.</source>
        <translation>Esto no es un hook Send Phone Message: a module.exports no se le asigna una función.</translation>
    </message>
    <message>
        <source>Convert the hook&apos;s code, which starts module.exports = function (recipient, text, context, cb).</source>
        <translation>Convierte el código del hook, que empieza por module.exports = function (recipient, text, context, cb).</translation>
    </message>
    <message>
        <source>The hook&apos;s parameters are patterns; the conversion needs their names.</source>
        <translation>Los parámetros del hook son patrones de desestructuración; la conversión necesita sus nombres.</translation>
    </message>
    <message>
        <source>Write them as (recipient, text, context, cb) and convert again.</source>
        <translation>Escríbelos como (recipient, text, context, cb) y vuelve a convertir.</translation>
    </message>
    <message>
        <source>Unknown trigger &quot;%1&quot;.</source>
        <translation>Desencadenador «%1» desconocido.</translation>
    </message>
    <message>
        <source>Choose send-phone-message or custom-phone-provider.</source>
        <translation>Elige send-phone-message o custom-phone-provider.</translation>
    </message>
    <message>
        <source>The conversion produced code that does not parse (%1).</source>
        <translation>La conversión generó código que no se puede analizar (%1).</translation>
    </message>
    <message>
        <source>Report this with the hook&apos;s code; convert the hook by hand meanwhile.</source>
        <translation>Notifícalo junto con el código del hook; mientras tanto, convierte el hook a mano.</translation>
    </message>
    <message>
        <source>The conversion failed: %1.</source>
        <translation>La conversión falló: %1.</translation>
    </message>
    <message>
        <source>Report this with the hook&apos;s code.</source>
        <translation>Notifícalo junto con el código del hook.</translation>
    </message>
</context>
<context>
    <name>ActionDeployJob</name>
    <message>
        <source>Check the code, the tenant and the secrets</source>
        <translation>Comprobar el código, el tenant y los secretos</translation>
    </message>
    <message>
        <source>Save the Action</source>
        <translation>Guardar la Action</translation>
    </message>
    <message>
        <source>Wait for Auth0 to build it</source>
        <translation>Esperar a que Auth0 la compile</translation>
    </message>
    <message>
        <source>Deploy it</source>
        <translation>Implementarla</translation>
    </message>
    <message>
        <source>Bind it to the trigger</source>
        <translation>Vincularla al desencadenador</translation>
    </message>
    <message>
        <source>Turn on SMS for MFA</source>
        <translation>Activar SMS para MFA</translation>
    </message>
    <message>
        <source>Send phone messages through the Action</source>
        <translation>Enviar los mensajes telefónicos a través de la Action</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s status back</source>
        <translation>Volver a leer el estado del tenant</translation>
    </message>
    <message>
        <source>Cancelled before this step.</source>
        <translation>Cancelado antes de este paso.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is not connected to an Auth0 tenant: connect it on the Tenant page (or sms-hook-cli auth0 connect) first.</source>
        <translation>El perfil «%1» no está conectado a ningún tenant de Auth0: conéctalo primero en la página Tenant (o con sms-hook-cli auth0 connect).</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>No hay ningún llavero disponible.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1 %2</source>
        <translation>No se pudo leer el llavero: %1 %2</translation>
    </message>
    <message>
        <source>The tenant&apos;s client secret is not in the keychain: connect the profile to its tenant again.</source>
        <translation>El secreto de cliente del tenant no está en el llavero: vuelve a conectar el perfil a su tenant.</translation>
    </message>
    <message>
        <source>This is a Send Phone Message hook, which Auth0 no longer runs. Convert it to an Action first (Hook code &gt; Convert to Action, or sms-hook-cli action convert).</source>
        <translation>Esto es un hook Send Phone Message, que Auth0 ya no ejecuta. Conviértelo primero en una Action (Código del hook &gt; Convertir en Action, o sms-hook-cli action convert).</translation>
    </message>
    <message>
        <source>The code exports no Action handler: export exports.onExecuteCustomPhoneProvider (Unified Phone Experience) or exports.onExecuteSendPhoneMessage (legacy MFA phone set-up).</source>
        <translation>El código no exporta ningún manejador de Action: exporta exports.onExecuteCustomPhoneProvider (Unified Phone Experience) o exports.onExecuteSendPhoneMessage (configuración telefónica MFA heredada).</translation>
    </message>
    <message numerus="yes">
        <source>Lint found %n error(s); fix them before deploying: %1</source>
        <translation>
            <numerusform>El lint encontró %n error; corrígelo antes de implementar: %1</numerusform>
            <numerusform>El lint encontró %n errores; corrígelos antes de implementar: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The code reads %1, which is not in this profile&apos;s keychain: set it on the Secrets page (or sms-hook-cli secrets set) first.</source>
        <translation>El código lee %1, que no está en el llavero de este perfil: defínelo primero en la página Secretos (o con sms-hook-cli secrets set).</translation>
    </message>
    <message>
        <source>The code exports %1, but %2 is %3: it runs %4 Actions, exported as exports.%5.</source>
        <translation>El código exporta %1, pero %2 está %3: ejecuta Actions %4, exportadas como exports.%5.</translation>
    </message>
    <message>
        <source>in the Unified Phone Experience</source>
        <translation>en la Unified Phone Experience</translation>
    </message>
    <message>
        <source>on the legacy MFA phone set-up</source>
        <translation>en la configuración telefónica MFA heredada</translation>
    </message>
    <message numerus="yes">
        <source>%1 runs %2 Actions; the code reads %n secret(s), all in the keychain.</source>
        <translation>
            <numerusform>%1 ejecuta Actions %2; el código lee %n secreto, que está en el llavero.</numerusform>
            <numerusform>%1 ejecuta Actions %2; el código lee %n secretos, todos en el llavero.</numerusform>
        </translation>
    </message>
    <message>
        <source>SMS Hook Console (%1)</source>
        <translation>SMS Hook Console (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Created &quot;%1&quot; with %n secret(s).</source>
        <translation>
            <numerusform>«%1» creada con %n secreto.</numerusform>
            <numerusform>«%1» creada con %n secretos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated &quot;%1&quot; with %n secret(s).</source>
        <translation>
            <numerusform>«%1» actualizada con %n secreto.</numerusform>
            <numerusform>«%1» actualizada con %n secretos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Built.</source>
        <translation>Compilada.</translation>
    </message>
    <message>
        <source>Auth0 could not build the Action%1. Nothing was deployed; the version that ran before still runs.</source>
        <translation>Auth0 no pudo compilar la Action%1. No se implementó nada; la versión anterior sigue ejecutándose.</translation>
    </message>
    <message>
        <source>The build did not finish in time (still %1). Check the Action in the Auth0 Dashboard, then deploy again.</source>
        <translation>La compilación no terminó a tiempo (sigue en %1). Revisa la Action en el Auth0 Dashboard y vuelve a implementarla.</translation>
    </message>
    <message>
        <source>Auth0 says: %1.</source>
        <translation>Auth0 dice: %1.</translation>
    </message>
    <message>
        <source>Version %1 is deployed.</source>
        <translation>La versión %1 está implementada.</translation>
    </message>
    <message>
        <source>Not asked (--no-activate).</source>
        <translation>No solicitado (--no-activate).</translation>
    </message>
    <message>
        <source>The deploy did not finish in time. Check the Action in the Auth0 Dashboard.</source>
        <translation>La implementación no terminó a tiempo. Revisa la Action en el Auth0 Dashboard.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bound to %2.</source>
        <translation>«%1» está vinculada a %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bound to %2; unbound, as it sends too: %3.</source>
        <translation>«%1» está vinculada a %2; desvinculada porque también envía: %3.</translation>
    </message>
    <message>
        <source>Phone Message is on, with SMS.</source>
        <translation>Phone Message está activado, con SMS.</translation>
    </message>
    <message>
        <source>Phone Message is on; SMS added to its message types.</source>
        <translation>Phone Message está activado; se añadió SMS a sus tipos de mensaje.</translation>
    </message>
    <message>
        <source>Delivery provider: Custom (phone-message-hook).</source>
        <translation>Proveedor de entrega: Custom (phone-message-hook).</translation>
    </message>
    <message>
        <source>Created the custom phone provider for %1.</source>
        <translation>Se creó el proveedor telefónico personalizado para %1.</translation>
    </message>
    <message>
        <source>The custom phone provider is enabled for %1.</source>
        <translation>El proveedor telefónico personalizado está activado para %1.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Hecho: %1.</translation>
    </message>
    <message>
        <source>Done: %1. Not done: %2.</source>
        <translation>Hecho: %1. Sin hacer: %2.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>ActionTarget</name>
    <message>
        <source>Send Phone Message (legacy MFA phone set-up)</source>
        <translation>Send Phone Message (configuración telefónica MFA heredada)</translation>
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
        <translation>el borrador de «%1» del tenant</translation>
    </message>
    <message>
        <source>the editor</source>
        <translation>el editor</translation>
    </message>
    <message>
        <source>Reading which trigger %1 sends MFA texts with…</source>
        <translation>Leyendo con qué trigger envía %1 los SMS de MFA…</translation>
    </message>
    <message>
        <source>No Action is bound to %1 on %2, so there is no draft to test: deploy the code first (Deploy…, or sms-hook-cli action deploy).</source>
        <translation>No hay ninguna Action vinculada a %1 en %2, así que no hay borrador que probar: implementa primero el código (Implementar…, o sms-hook-cli action deploy).</translation>
    </message>
    <message>
        <source>Writing the editor&apos;s code into the draft of &quot;%1&quot; (not deployed)…</source>
        <translation>Escribiendo el código del editor en el borrador de «%1» (sin implementar)…</translation>
    </message>
    <message>
        <source>The draft was not updated: %1</source>
        <translation>El borrador no se actualizó: %1</translation>
    </message>
    <message>
        <source>The draft of &quot;%1&quot; does not build, so it cannot be tested: fix the code (see Problems) and update the draft again.</source>
        <translation>El borrador de «%1» no compila, así que no se puede probar: corrige el código (consulta Problemas) y vuelve a actualizar el borrador.</translation>
    </message>
    <message numerus="yes">
        <source>The draft of &quot;%1&quot; was still %2 after %n second(s); try again later.</source>
        <translation>
            <numerusform>El borrador de «%1» seguía %2 tras %n segundo; vuelve a intentarlo más tarde.</numerusform>
            <numerusform>El borrador de «%1» seguía %2 tras %n segundos; vuelve a intentarlo más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the draft&apos;s build (%1)…</source>
        <translation>Esperando la compilación del borrador (%1)…</translation>
    </message>
    <message>
        <source>Testing the draft of &quot;%1&quot; in %2…</source>
        <translation>Probando el borrador de «%1» en %2…</translation>
    </message>
    <message>
        <source>The tenant did not test the draft: %1</source>
        <translation>El tenant no probó el borrador: %1</translation>
    </message>
</context>
<context>
    <name>Attempt</name>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Sent, no receipt</source>
        <translation>Enviado, sin confirmación de entrega</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <source>Rejected by Twilio</source>
        <translation>Rechazado por Twilio</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Not sent: Twilio not reached</source>
        <translation>No enviado: no se llegó a Twilio</translation>
    </message>
</context>
<context>
    <name>Auth0Client</name>
    <message>
        <source>the token answer has no access_token</source>
        <translation>la respuesta del token no contiene access_token</translation>
    </message>
</context>
<context>
    <name>Auth0Error</name>
    <message>
        <source>in a moment</source>
        <translation>en un momento</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ya</translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s) (at %1)</source>
        <translation>
            <numerusform>dentro de %n segundo (a las %1)</numerusform>
            <numerusform>dentro de %n segundos (a las %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>sin respuesta en %n segundo</numerusform>
            <numerusform>sin respuesta en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Auth0</source>
        <translation>Auth0</translation>
    </message>
    <message>
        <source>%1 does not let this application use the client credentials grant.</source>
        <translation>%1 no permite a esta aplicación usar el tipo de concesión Client Credentials.</translation>
    </message>
    <message>
        <source>%1 accepted the client but it may not call the Management API.</source>
        <translation>%1 aceptó el cliente, pero no tiene permiso para llamar a la Management API.</translation>
    </message>
    <message>
        <source>%1 refused the Management API token (%2).</source>
        <translation>%1 rechazó el token de la Management API (%2).</translation>
    </message>
    <message>
        <source>%1 refused the client ID and secret.</source>
        <translation>%1 rechazó el ID de cliente y el secreto.</translation>
    </message>
    <message>
        <source>The token lacks the scope %1.</source>
        <translation>Al token le falta el scope %1.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP 403): %2</source>
        <translation>%1 rechazó la solicitud (HTTP 403): %2</translation>
    </message>
    <message>
        <source>%1 has no such resource (HTTP 404)%2</source>
        <translation>%1 no tiene ese recurso (HTTP 404)%2</translation>
    </message>
    <message>
        <source>%1 reports a conflict (HTTP 409): %2</source>
        <translation>%1 informa de un conflicto (HTTP 409): %2</translation>
    </message>
    <message>
        <source>%1 refused the request&apos;s content (HTTP %2): %3</source>
        <translation>%1 rechazó el contenido de la solicitud (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 is rate-limiting this client (HTTP 429); it can be asked again %2.</source>
        <translation>%1 está limitando la frecuencia de este cliente (HTTP 429); se le puede volver a preguntar %2.</translation>
    </message>
    <message>
        <source>%1 had a server error (HTTP %2).</source>
        <translation>%1 tuvo un error de servidor (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2%3</source>
        <translation>%1 respondió HTTP %2%3</translation>
    </message>
    <message>
        <source>No Auth0 tenant answers at %1.</source>
        <translation>Ningún tenant de Auth0 responde en %1.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>No se pudo conectar con %1: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2).</source>
        <translation>%1 no respondió a tiempo (%2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La conexión segura con %1 falló: %2</translation>
    </message>
    <message>
        <source>The answer from %1 is not Auth0&apos;s JSON (HTTP %2).</source>
        <translation>La respuesta de %1 no es JSON de Auth0 (HTTP %2).</translation>
    </message>
    <message>
        <source>No answer from %1 after the change was sent: it may or may not have been made (%2).</source>
        <translation>Sin respuesta de %1 después de enviar el cambio: puede que se haya aplicado o no (%2).</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Cancelado antes de enviar nada.</translation>
    </message>
    <message>
        <source>Cancelled; the change may already have reached Auth0.</source>
        <translation>Cancelado; puede que el cambio ya haya llegado a Auth0.</translation>
    </message>
    <message>
        <source>In the Auth0 Dashboard open Applications &gt; your application &gt; Settings &gt; Advanced Settings &gt; Grant Types and tick Client Credentials (a Machine to Machine application has it).</source>
        <translation>En el Auth0 Dashboard abre Applications &gt; tu aplicación &gt; Settings &gt; Advanced Settings &gt; Grant Types y marca Client Credentials (una aplicación Machine to Machine lo tiene).</translation>
    </message>
    <message>
        <source>In the Auth0 Dashboard open Applications &gt; APIs &gt; Auth0 Management API &gt; Machine to Machine Applications and authorize this application.</source>
        <translation>En el Auth0 Dashboard abre Applications &gt; APIs &gt; Auth0 Management API &gt; Machine to Machine Applications y autoriza esta aplicación.</translation>
    </message>
    <message>
        <source>Connect again to get a new token.</source>
        <translation>Vuelve a conectarte para obtener un token nuevo.</translation>
    </message>
    <message>
        <source>Copy the client secret again from Auth0 Dashboard &gt; Applications &gt; your application &gt; Settings, and check the client ID and the domain.</source>
        <translation>Vuelve a copiar el secreto de cliente desde Auth0 Dashboard &gt; Applications &gt; tu aplicación &gt; Settings y comprueba el ID de cliente y el dominio.</translation>
    </message>
    <message>
        <source>This tenant is in the Unified Phone Experience: its phone messages are set under Branding &gt; Phone Provider, not on the MFA page.</source>
        <translation>Este tenant usa la Unified Phone Experience: sus mensajes telefónicos se configuran en Branding &gt; Phone Provider, no en la página de MFA.</translation>
    </message>
    <message>
        <source>Check the application&apos;s permissions in the Auth0 Dashboard.</source>
        <translation>Revisa los permisos de la aplicación en el Auth0 Dashboard.</translation>
    </message>
    <message>
        <source>Refresh the tenant status; it may have been deleted or renamed.</source>
        <translation>Actualiza el estado del tenant; puede que se haya eliminado o renombrado.</translation>
    </message>
    <message>
        <source>Refresh the tenant status and try again.</source>
        <translation>Actualiza el estado del tenant y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Correct what Auth0 names and try again.</source>
        <translation>Corrige lo que indica Auth0 y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Wait until then; other tools using the same tenant share its rate limit.</source>
        <translation>Espera hasta entonces; otras herramientas que usan el mismo tenant comparten su límite de frecuencia.</translation>
    </message>
    <message>
        <source>Try again in a minute; check status.auth0.com if it persists.</source>
        <translation>Vuelve a intentarlo en un minuto; consulta status.auth0.com si persiste.</translation>
    </message>
    <message>
        <source>Check the domain and try again.</source>
        <translation>Comprueba el dominio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Check the domain: it is shown in the Auth0 Dashboard under Applications &gt; your application &gt; Settings &gt; Domain (for example acme.us.auth0.com).</source>
        <translation>Comprueba el dominio: aparece en el Auth0 Dashboard en Applications &gt; tu aplicación &gt; Settings &gt; Domain (por ejemplo, acme.us.auth0.com).</translation>
    </message>
    <message>
        <source>Check the network connection (and any proxy), then try again.</source>
        <translation>Comprueba la conexión de red (y el proxy, si lo hay) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Try again; if it keeps happening, check the network or status.auth0.com.</source>
        <translation>Vuelve a intentarlo; si sigue ocurriendo, revisa la red o status.auth0.com.</translation>
    </message>
    <message>
        <source>The console never ignores certificate errors. Check the system&apos;s date and certificates, or a proxy that intercepts TLS.</source>
        <translation>La consola nunca ignora los errores de certificado. Comprueba la fecha y los certificados del sistema, o un proxy que intercepte TLS.</translation>
    </message>
    <message>
        <source>Check the domain and any base URL override: something other than Auth0 answered.</source>
        <translation>Comprueba el dominio y la URL base alternativa, si la hay: respondió algo distinto de Auth0.</translation>
    </message>
    <message>
        <source>Refresh the tenant status to see whether the change was made before trying again.</source>
        <translation>Actualiza el estado del tenant para ver si se aplicó el cambio antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Refresh the tenant status to see what was done.</source>
        <translation>Actualiza el estado del tenant para ver qué se hizo.</translation>
    </message>
    <message>
        <source>Auth0 says: %1</source>
        <translation>Auth0 dice: %1</translation>
    </message>
</context>
<context>
    <name>Auth0Reply</name>
    <message>
        <source>The request has no valid URL; check the tenant connection.</source>
        <translation>La solicitud no tiene una URL válida; comprueba la conexión con el tenant.</translation>
    </message>
    <message>
        <source>The client is gone.</source>
        <translation>El cliente ya no existe.</translation>
    </message>
    <message>
        <source>The network access manager is gone.</source>
        <translation>El gestor de acceso a la red ya no existe.</translation>
    </message>
    <message>
        <source>Attempt %1: %2</source>
        <translation>Intento %1: %2</translation>
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation>Sin respuesta en %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>sin respuesta en %n segundo</numerusform>
            <numerusform>sin respuesta en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>The connection closed before the server answered.</source>
        <translation>La conexión se cerró antes de que respondiera el servidor.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Error de red: %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>the connection failed after the request was sent: %1</source>
        <translation>la conexión falló después de enviar la solicitud: %1</translation>
    </message>
    <message numerus="yes">
        <source>HTTP %1 after %2 ms (%n byte(s))</source>
        <translation>
            <numerusform>HTTP %1 tras %2 ms (%n byte)</numerusform>
            <numerusform>HTTP %1 tras %2 ms (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Auth0 rate limit (HTTP 429)</source>
        <translation>Límite de frecuencia de Auth0 (HTTP 429)</translation>
    </message>
    <message>
        <source>The token was refused; getting a new one.</source>
        <translation>Se rechazó el token; obteniendo uno nuevo.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>a gateway answered HTTP %1</source>
        <translation>una pasarela respondió HTTP %1</translation>
    </message>
    <message>
        <source>the body is not JSON</source>
        <translation>el cuerpo no es JSON</translation>
    </message>
    <message>
        <source>Retrying in %1 ms (%2)</source>
        <translation>Reintento en %1 ms (%2)</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>Falló (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>Done after %n attempt(s).</source>
        <translation>
            <numerusform>Terminado tras %n intento.</numerusform>
            <numerusform>Terminado tras %n intentos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Auth0Requests</name>
    <message>
        <source>%1: &quot;%2&quot; is not an Auth0 id.</source>
        <translation>%1: «%2» no es un ID de Auth0.</translation>
    </message>
    <message>
        <source>Delivery methods: choose text, voice or both.</source>
        <translation>Métodos de entrega: elige text, voice o ambos.</translation>
    </message>
    <message>
        <source>Delivery methods: use text and/or voice, not &quot;%1&quot;.</source>
        <translation>Métodos de entrega: usa text o voice (o ambos), no «%1».</translation>
    </message>
    <message>
        <source>Client ID: enter the client ID of the tenant&apos;s machine-to-machine application (Auth0 Dashboard &gt; Applications &gt; your application &gt; Settings).</source>
        <translation>ID de cliente: escribe el ID de cliente de la aplicación Machine to Machine del tenant (Auth0 Dashboard &gt; Applications &gt; tu aplicación &gt; Settings).</translation>
    </message>
    <message>
        <source>Auth0 base URL: only a loopback address (a local simulator) may replace https://%1; clear the override to reach the tenant.</source>
        <translation>URL base de Auth0: solo una dirección de loopback (un simulador local) puede sustituir a https://%1; vacía el campo para llegar al tenant.</translation>
    </message>
    <message>
        <source>Auth0 base URL</source>
        <translation>URL base de Auth0</translation>
    </message>
    <message>
        <source>Client secret: enter the client secret of the machine-to-machine application (Auth0 Dashboard &gt; Applications &gt; your application &gt; Settings).</source>
        <translation>Secreto de cliente: escribe el secreto de cliente de la aplicación Machine to Machine (Auth0 Dashboard &gt; Applications &gt; tu aplicación &gt; Settings).</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Action name: enter a name for the Action.</source>
        <translation>Nombre de la Action: escribe un nombre para la Action.</translation>
    </message>
    <message>
        <source>Trigger: choose the trigger the Action runs on.</source>
        <translation>Desencadenador: elige el desencadenador en el que se ejecuta la Action.</translation>
    </message>
    <message>
        <source>Action update: nothing to change.</source>
        <translation>Actualización de la Action: no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Desencadenador</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Message types: use sms and/or voice, not &quot;%1&quot;.</source>
        <translation>Tipos de mensaje: usa sms o voice (o ambos), no «%1».</translation>
    </message>
    <message>
        <source>Phone provider: use auth0, twilio or phone-message-hook, not &quot;%1&quot;.</source>
        <translation>Proveedor telefónico: usa auth0, twilio o phone-message-hook, no «%1».</translation>
    </message>
    <message>
        <source>Phone provider</source>
        <translation>Proveedor telefónico</translation>
    </message>
    <message>
        <source>Phone provider: name the provider (custom).</source>
        <translation>Proveedor telefónico: indica el proveedor (custom).</translation>
    </message>
    <message>
        <source>Phone provider: use custom or twilio, not &quot;%1&quot;.</source>
        <translation>Proveedor telefónico: usa custom o twilio, no «%1».</translation>
    </message>
    <message>
        <source>Phone provider update: nothing to change.</source>
        <translation>Actualización del proveedor telefónico: no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>To: enter the phone number to send the test message to.</source>
        <translation>Para: escribe el número de teléfono al que enviar el mensaje de prueba.</translation>
    </message>
    <message>
        <source>To: enter the number in E.164 form, such as +14155552671, without spaces or punctuation (&quot;%1&quot; is longer than 16 characters).</source>
        <translation>Para: escribe el número en formato E.164, como +14155552671, sin espacios ni signos de puntuación («%1» tiene más de 16 caracteres).</translation>
    </message>
    <message>
        <source>Delivery method: use text or voice, not &quot;%1&quot;.</source>
        <translation>Método de entrega: usa text o voice, no «%1».</translation>
    </message>
    <message>
        <source>Logs: the next-page link points elsewhere (%1); not followed.</source>
        <translation>Registros: el enlace a la página siguiente apunta a otro sitio (%1); no se sigue.</translation>
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
        <translation>Leer la configuración telefónica del tenant</translation>
    </message>
    <message>
        <source>Deploy the Action and bind it to its trigger</source>
        <translation>Implementar la Action y vincularla a su desencadenador</translation>
    </message>
    <message>
        <source>Turn on SMS and select the custom phone provider</source>
        <translation>Activar SMS y seleccionar el proveedor telefónico personalizado</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s MFA log events</source>
        <translation>Leer los eventos de registro de MFA del tenant</translation>
    </message>
    <message>
        <source>List the legacy hooks still on the tenant</source>
        <translation>Listar los hooks heredados que siguen en el tenant</translation>
    </message>
    <message>
        <source>Set up and remove the MFA test&apos;s own application and user</source>
        <translation>Crear y eliminar la aplicación y el usuario propios de la prueba de MFA</translation>
    </message>
    <message>
        <source>Check the MFA test application&apos;s grant types and connection</source>
        <translation>Comprobar los tipos de concesión y la conexión de la aplicación de prueba de MFA</translation>
    </message>
    <message>
        <source>In the Auth0 Dashboard open Applications &gt; APIs &gt; Auth0 Management API &gt; Machine to Machine Applications, expand this application and tick %1, then Update and connect again.</source>
        <translation>En el Auth0 Dashboard abre Applications &gt; APIs &gt; Auth0 Management API &gt; Machine to Machine Applications, despliega esta aplicación y marca %1; luego pulsa Update y vuelve a conectarte.</translation>
    </message>
    <message>
        <source>the scope Auth0 names</source>
        <translation>el scope que indica Auth0</translation>
    </message>
</context>
<context>
    <name>BoundActionJob</name>
    <message>
        <source>No Action is bound to %1 on %2: deploy one first (sms-hook-cli action deploy).</source>
        <translation>No hay ninguna Action vinculada a %1 en %2: implementa una primero (sms-hook-cli action deploy).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bound but was never deployed.</source>
        <translation>«%1» está vinculada pero nunca se implementó.</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is already the deployed one.</source>
        <translation>La versión %1 de «%2» ya es la implementada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no version before %2 to roll back to.</source>
        <translation>«%1» no tiene ninguna versión anterior a %2 a la que volver.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no version %2.</source>
        <translation>«%1» no tiene la versión %2.</translation>
    </message>
    <message>
        <source>The rollback did not show as deployed in time; check the Action in the Auth0 Dashboard.</source>
        <translation>La reversión no apareció como implementada a tiempo; revisa la Action en el Auth0 Dashboard.</translation>
    </message>
</context>
<context>
    <name>BuiltInSandbox</name>
    <message>
        <source>The built-in Twilio sandbox could not listen on 127.0.0.1.</source>
        <translation>La sandbox de Twilio integrada no pudo escuchar en 127.0.0.1.</translation>
    </message>
    <message>
        <source>The built-in Auth0 simulator could not listen on 127.0.0.1.</source>
        <translation>El simulador de Auth0 integrado no pudo escuchar en 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>CheckItem</name>
    <message>
        <source>The tenant sends MFA text messages through this profile&apos;s Action</source>
        <translation>El tenant envía los SMS de MFA a través de la Action de este perfil</translation>
    </message>
    <message>
        <source>Hook secrets are configured</source>
        <translation>Los secretos del hook están configurados</translation>
    </message>
    <message>
        <source>The credentials work in Twilio</source>
        <translation>Las credenciales funcionan en Twilio</translation>
    </message>
    <message>
        <source>The sender belongs to the account</source>
        <translation>El remitente pertenece a la cuenta</translation>
    </message>
    <message>
        <source>Numbers are in E.164 format</source>
        <translation>Los números están en formato E.164</translation>
    </message>
    <message>
        <source>Trial accounts text verified numbers only</source>
        <translation>Las cuentas de prueba solo envían a números verificados</translation>
    </message>
    <message>
        <source>The last test send</source>
        <translation>El último envío de prueba</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Falla</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
</context>
<context>
    <name>CheckJudge</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Send a test</source>
        <translation>Enviar una prueba</translation>
    </message>
    <message>
        <source>This profile is not connected to its Auth0 tenant, so check these by hand (or connect it on the Tenant page and the console checks them for you):

1. In the Auth0 Dashboard, open **Branding &gt; Phone Provider**. If the page exists, the tenant is in the Unified Phone Experience: **Custom** is selected, enabled for **Text**, and its Action (trigger **custom-phone-provider**, `exports.onExecuteCustomPhoneProvider`) is deployed.
2. Otherwise the tenant has the legacy MFA phone set-up: open **Security &gt; Multi-factor Auth &gt; Phone Message**; **Custom** is the delivery provider, and **Actions &gt; Triggers &gt; Send Phone Message** has this code&apos;s Action (`exports.onExecuteSendPhoneMessage`) in its flow, deployed.
3. On **Security &gt; Multi-factor Auth**, **Phone Message** is on and **SMS** is among its delivery methods.
4. The Action&apos;s **Secrets** hold the names its code reads, with this profile&apos;s values, and its **Dependencies** include `twilio`.

Auth0 stopped running Send Phone Message hooks on 2026-11-18: a hook, even enabled, no longer sends anything.</source>
        <translation>Este perfil no está conectado a su tenant de Auth0, así que comprueba estos puntos a mano (o conéctalo en la página Tenant y la consola los comprobará por ti):

1. En el Auth0 Dashboard abre **Branding &gt; Phone Provider**. Si la página existe, el tenant usa la Unified Phone Experience: **Custom** está seleccionado y activado para **Text**, y su Action (desencadenador **custom-phone-provider**, `exports.onExecuteCustomPhoneProvider`) está implementada.
2. Si no, el tenant tiene la configuración telefónica MFA heredada: abre **Security &gt; Multi-factor Auth &gt; Phone Message**; **Custom** es el proveedor de entrega y **Actions &gt; Triggers &gt; Send Phone Message** tiene en su flujo la Action de este código (`exports.onExecuteSendPhoneMessage`), implementada.
3. En **Security &gt; Multi-factor Auth**, **Phone Message** está activado y **SMS** está entre sus métodos de entrega.
4. Los **Secrets** de la Action contienen los nombres que lee su código, con los valores de este perfil, y sus **Dependencies** incluyen `twilio`.

Auth0 dejó de ejecutar los hooks Send Phone Message el 18/11/2026: un hook, aunque esté activado, ya no envía nada.</translation>
    </message>
    <message>
        <source>Connect to the tenant</source>
        <translation>Conectar con el tenant</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>Confirmed by hand on %1.</source>
        <translation>Confirmado a mano el %1.</translation>
    </message>
    <message>
        <source>Not checked any more</source>
        <translation>Ya no se comprueba</translation>
    </message>
    <message>
        <source>Not connected to the tenant: check its Action and phone provider in the Auth0 Dashboard.</source>
        <translation>Sin conexión con el tenant: revisa su Action y su proveedor telefónico en el Auth0 Dashboard.</translation>
    </message>
    <message>
        <source>I checked this</source>
        <translation>Lo he comprobado</translation>
    </message>
    <message>
        <source>Open the tenant status</source>
        <translation>Abrir el estado del tenant</translation>
    </message>
    <message>
        <source>- **%1** (%2): %3</source>
        <translation>- **%1** (%2): %3</translation>
    </message>
    <message>
        <source>Open the Auth0 Dashboard</source>
        <translation>Abrir el Auth0 Dashboard</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n warning(s))</source>
        <translation>
            <numerusform>%1 (%n advertencia)</numerusform>
            <numerusform>%1 (%n advertencias)</numerusform>
        </translation>
    </message>
    <message>
        <source>The hook code reads no secret (context.webtask.secrets): it cannot reach Twilio without credentials.</source>
        <translation>El código del hook no lee ningún secreto (context.webtask.secrets): no puede llegar a Twilio sin credenciales.</translation>
    </message>
    <message>
        <source>%1 is not set</source>
        <translation>%1 no está definido</translation>
    </message>
    <message>
        <source>- %1: **not set** in the keychain%2</source>
        <translation>- %1: **no definido** en el llavero%2</translation>
    </message>
    <message>
        <source> (the hook code reads it)</source>
        <translation> (el código del hook lo lee)</translation>
    </message>
    <message>
        <source>%1 is not in E.164 form</source>
        <translation>%1 no está en formato E.164</translation>
    </message>
    <message>
        <source>- %1: set, but not in E.164 form (see item 5)</source>
        <translation>- %1: definido, pero no en formato E.164 (ver el punto 5)</translation>
    </message>
    <message>
        <source>%1 is malformed</source>
        <translation>%1 está mal formado</translation>
    </message>
    <message>
        <source>- %1: set and well-formed</source>
        <translation>- %1: definido y bien formado</translation>
    </message>
    <message>
        <source>Set but not read by the hook code: %1. Check the names in the code for typos.</source>
        <translation>Definido, pero el código del hook no lo lee: %1. Revisa si hay erratas en los nombres del código.</translation>
    </message>
    <message>
        <source>No hook code is saved for this profile: the secrets a hook usually needs were checked. Open the Hook code page to check the names your code reads.</source>
        <translation>No hay código de hook guardado para este perfil: se comprobaron los secretos que suele necesitar un hook. Abre la página Código del hook para comprobar los nombres que lee tu código.</translation>
    </message>
    <message>
        <source>Open the Hook code page</source>
        <translation>Abrir la página Código del hook</translation>
    </message>
    <message>
        <source>Deployed Action: %1</source>
        <translation>Action implementada: %1</translation>
    </message>
    <message>
        <source>Open the Action in Auth0</source>
        <translation>Abrir la Action en Auth0</translation>
    </message>
    <message numerus="yes">
        <source>All %n secret(s) the hook code reads are set and well-formed.</source>
        <translation>
            <numerusform>El secreto que lee el código del hook está definido y bien formado.</numerusform>
            <numerusform>Los %n secretos que lee el código del hook están definidos y bien formados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The usual secrets are set; no hook code saved to compare with.</source>
        <translation>Los secretos habituales están definidos; no hay código de hook guardado con el que comparar.</translation>
    </message>
    <message>
        <source>%1 is not set: Twilio cannot be asked.</source>
        <translation>%1 no está definido: no se puede consultar a Twilio.</translation>
    </message>
    <message>
        <source>Copy it from **Account Info** on the Twilio Console&apos;s home page and store it on the Secrets page.</source>
        <translation>Cópialo de **Account Info** en la página de inicio de la Twilio Console y guárdalo en la página Secretos.</translation>
    </message>
    <message>
        <source>Open the Twilio Console</source>
        <translation>Abrir la Twilio Console</translation>
    </message>
    <message>
        <source>%1 is malformed: Twilio cannot be asked.</source>
        <translation>%1 está mal formado: no se puede consultar a Twilio.</translation>
    </message>
    <message>
        <source>Twilio refused the Account SID and Auth Token (HTTP %1, error %2).</source>
        <translation>Twilio rechazó el Account SID y el Auth Token (HTTP %1, error %2).</translation>
    </message>
    <message>
        <source>The hook&apos;s secrets are not the ones in the Twilio Console. Copy the Account SID and the Auth Token again from **Account Info** on the Console&apos;s home page (press *Show* for the token) and store them here and in the hook. If the token was changed (&quot;Request a secondary token&quot; / promote), the old one stops working.</source>
        <translation>Los secretos del hook no son los de la Twilio Console. Vuelve a copiar el Account SID y el Auth Token de **Account Info** en la página de inicio de la Console (pulsa *Show* para ver el token) y guárdalos aquí y en el hook. Si se cambió el token («Request a secondary token» / promoción), el antiguo deja de funcionar.</translation>
    </message>
    <message>
        <source>The account could not be fetched: %1</source>
        <translation>No se pudo obtener la cuenta: %1</translation>
    </message>
    <message>
        <source>trial</source>
        <translation>de prueba</translation>
    </message>
    <message>
        <source>full</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>The credentials work, but the account %1 is suspended.</source>
        <translation>Las credenciales funcionan, pero la cuenta %1 está suspendida.</translation>
    </message>
    <message>
        <source>The credentials work, but the account %1 is %2.</source>
        <translation>Las credenciales funcionan, pero la cuenta %1 tiene el estado %2.</translation>
    </message>
    <message>
        <source>Twilio refuses to send from an account that is not active (error 20005, &quot;Account not active&quot;). A suspended account usually has an unpaid balance or a compliance hold: see the Twilio Console&apos;s billing page or contact Twilio support. A closed account cannot be reopened: create the hook&apos;s secrets from an active account.</source>
        <translation>Twilio no envía desde una cuenta que no está activa (error 20005, «Account not active»). Una cuenta suspendida suele tener un saldo pendiente o un bloqueo de cumplimiento: consulta la página de facturación de la Twilio Console o contacta con el soporte de Twilio. Una cuenta cerrada no se puede reabrir: crea los secretos del hook a partir de una cuenta activa.</translation>
    </message>
    <message>
        <source>Open Twilio billing</source>
        <translation>Abrir la facturación de Twilio</translation>
    </message>
    <message>
        <source>Authenticated as %1: an active %2 account.</source>
        <translation>Autenticado como %1: una cuenta %2 activa.</translation>
    </message>
    <message>
        <source>The Account SID and Auth Token authenticate with Twilio (Account fetch), and the account is active.</source>
        <translation>El Account SID y el Auth Token se autentican en Twilio (consulta de la cuenta) y la cuenta está activa.</translation>
    </message>
    <message>
        <source>Neither %1 nor %2 is set: the hook has nothing to send from.</source>
        <translation>No están definidos ni %1 ni %2: el hook no tiene desde dónde enviar.</translation>
    </message>
    <message>
        <source>Programmable SMS sends from a number (or a Messaging Service) in %1; Verify sends through the service in %2.</source>
        <translation>Programmable SMS envía desde un número (o un Messaging Service) indicado en %1; Verify envía a través del servicio indicado en %2.</translation>
    </message>
    <message>
        <source>Messaging Service %1 was not looked up</source>
        <translation>No se consultó el Messaging Service %1</translation>
    </message>
    <message>
        <source>Messaging Service %1 does not exist in this account</source>
        <translation>El Messaging Service %1 no existe en esta cuenta</translation>
    </message>
    <message>
        <source>Messaging Service %1 could not be fetched: %2</source>
        <translation>No se pudo obtener el Messaging Service %1: %2</translation>
    </message>
    <message>
        <source>Copy the SID (MG...) again from Messaging &gt; Services in the Twilio Console, from the same account as the Account SID (error 21701 when sending).</source>
        <translation>Vuelve a copiar el SID (MG...) de Messaging &gt; Services en la Twilio Console, de la misma cuenta que el Account SID (si no, error 21701 al enviar).</translation>
    </message>
    <message>
        <source>Open Messaging Services</source>
        <translation>Abrir los Messaging Services</translation>
    </message>
    <message>
        <source>Messaging Service %1 exists</source>
        <translation>El Messaging Service %1 existe</translation>
    </message>
    <message>
        <source>Messaging Service %1 (%2) exists</source>
        <translation>El Messaging Service %1 (%2) existe</translation>
    </message>
    <message>
        <source>Make sure its sender pool holds an SMS-capable number.</source>
        <translation>Asegúrate de que su grupo de remitentes contiene un número con capacidad SMS.</translation>
    </message>
    <message>
        <source>Open the Messaging Service</source>
        <translation>Abrir el Messaging Service</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number (see item 5)</source>
        <translation>%1 no es un número de teléfono válido (ver el punto 5)</translation>
    </message>
    <message>
        <source>%1 could not be looked up: %2</source>
        <translation>No se pudo consultar %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a phone number of this account</source>
        <translation>%1 no es un número de teléfono de esta cuenta</translation>
    </message>
    <message>
        <source>Twilio only sends from numbers the account owns (error 21606 when sending). Buy or port the number into this account, or store one of its numbers in %1. A number of another account or subaccount does not count.</source>
        <translation>Twilio solo envía desde números que pertenecen a la cuenta (si no, error 21606 al enviar). Compra o porta el número a esta cuenta, o guarda uno de sus números en %1. No vale un número de otra cuenta o subcuenta.</translation>
    </message>
    <message>
        <source>Open the account&apos;s numbers</source>
        <translation>Abrir los números de la cuenta</translation>
    </message>
    <message>
        <source>%1 belongs to the account but cannot send SMS</source>
        <translation>%1 pertenece a la cuenta, pero no puede enviar SMS</translation>
    </message>
    <message>
        <source>The number has no SMS capability (voice only): sending from it fails with error 21606. Use an SMS-capable number of the account, or a Messaging Service.</source>
        <translation>El número no tiene capacidad SMS (solo voz): enviar desde él falla con el error 21606. Usa un número de la cuenta con capacidad SMS o un Messaging Service.</translation>
    </message>
    <message>
        <source>Open the number in the Twilio Console</source>
        <translation>Abrir el número en la Twilio Console</translation>
    </message>
    <message>
        <source>%1 belongs to the account and can send SMS</source>
        <translation>%1 pertenece a la cuenta y puede enviar SMS</translation>
    </message>
    <message>
        <source>%1 is not a Verify service SID (VA...)</source>
        <translation>%1 no es un SID de servicio de Verify (VA...)</translation>
    </message>
    <message>
        <source>Verify service %1 was not looked up</source>
        <translation>No se consultó el servicio de Verify %1</translation>
    </message>
    <message>
        <source>Verify service %1 does not exist in this account</source>
        <translation>El servicio de Verify %1 no existe en esta cuenta</translation>
    </message>
    <message>
        <source>Verify service %1 could not be fetched: %2</source>
        <translation>No se pudo obtener el servicio de Verify %1: %2</translation>
    </message>
    <message>
        <source>Copy the service SID (VA...) again from Verify &gt; Services, in the same account as the Account SID. (Auth0&apos;s example wrongly passes the Account SID as the service SID.)</source>
        <translation>Vuelve a copiar el SID del servicio (VA...) de Verify &gt; Services, en la misma cuenta que el Account SID. (El ejemplo de Auth0 pasa por error el Account SID como SID del servicio.)</translation>
    </message>
    <message>
        <source>Open Verify services</source>
        <translation>Abrir los servicios de Verify</translation>
    </message>
    <message>
        <source>Verify service %1 does not accept custom codes</source>
        <translation>El servicio de Verify %1 no acepta códigos personalizados</translation>
    </message>
    <message>
        <source>Auth0 makes the code and the hook passes it as customCode; a service without custom codes refuses it (error 60204). Ask Twilio support to enable custom codes on this service.</source>
        <translation>Auth0 genera el código y el hook lo pasa como customCode; un servicio sin códigos personalizados lo rechaza (error 60204). Pide al soporte de Twilio que active los códigos personalizados en este servicio.</translation>
    </message>
    <message>
        <source>Open the Verify service</source>
        <translation>Abrir el servicio de Verify</translation>
    </message>
    <message>
        <source>Verify service %1 exists and accepts custom codes</source>
        <translation>El servicio de Verify %1 existe y acepta códigos personalizados</translation>
    </message>
    <message>
        <source>the sender is a Messaging Service, not a number</source>
        <translation>el remitente es un Messaging Service, no un número</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number</source>
        <translation>%1 no es un número de teléfono válido</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not in E.164 form: %3</source>
        <translation>%1 «%2» no está en formato E.164: %3</translation>
    </message>
    <message>
        <source>Twilio needs + then the country code and the number, with no spaces, dashes, brackets or leading 00 (error 21212 for From).</source>
        <translation>Twilio necesita + seguido del prefijo del país y el número, sin espacios, guiones, paréntesis ni 00 inicial (si no, error 21212 para From).</translation>
    </message>
    <message>
        <source>Store it as %1</source>
        <translation>Guardar como %1</translation>
    </message>
    <message>
        <source>sender %1 is in E.164 form</source>
        <translation>el remitente %1 está en formato E.164</translation>
    </message>
    <message>
        <source>Enter a test recipient to check it too.</source>
        <translation>Escribe un destinatario de prueba para comprobarlo también.</translation>
    </message>
    <message>
        <source>the test recipient &quot;%1&quot; is not a valid phone number</source>
        <translation>el destinatario de prueba «%1» no es un número de teléfono válido</translation>
    </message>
    <message>
        <source>the test recipient %1 is a %2 number, not a mobile</source>
        <translation>el destinatario de prueba %1 es un número de tipo %2, no un móvil</translation>
    </message>
    <message>
        <source>SMS does not reach fixed-line numbers (error 21614 or 30006). Test with a mobile number.</source>
        <translation>Los SMS no llegan a los números fijos (error 21614 o 30006). Prueba con un número móvil.</translation>
    </message>
    <message>
        <source>recipient %1 is valid (%2)</source>
        <translation>el destinatario %1 es válido (%2)</translation>
    </message>
    <message>
        <source>Auth0 passes the recipient in E.164 form: %1.</source>
        <translation>Auth0 pasa el destinatario en formato E.164: %1.</translation>
    </message>
    <message>
        <source>Not a trial account: any recipient can be texted.</source>
        <translation>No es una cuenta de prueba: se puede enviar SMS a cualquier destinatario.</translation>
    </message>
    <message>
        <source>Only trial accounts are limited to verified caller IDs.</source>
        <translation>Solo las cuentas de prueba están limitadas a los identificadores de llamada verificados.</translation>
    </message>
    <message>
        <source>Trial account: it can only text verified numbers. Enter a test recipient to check it.</source>
        <translation>Cuenta de prueba: solo puede enviar SMS a números verificados. Escribe un destinatario de prueba para comprobarlo.</translation>
    </message>
    <message>
        <source>A trial account sends SMS only to its verified caller IDs (error 21608 otherwise). Upgrade the account to text any number.</source>
        <translation>Una cuenta de prueba solo envía SMS a sus identificadores de llamada verificados (si no, error 21608). Actualiza la cuenta para enviar a cualquier número.</translation>
    </message>
    <message>
        <source>Open verified caller IDs</source>
        <translation>Abrir los identificadores de llamada verificados</translation>
    </message>
    <message>
        <source>Needs a valid test recipient (item 5).</source>
        <translation>Necesita un destinatario de prueba válido (punto 5).</translation>
    </message>
    <message>
        <source>The verified caller IDs could not be read: %1</source>
        <translation>No se pudieron leer los identificadores de llamada verificados: %1</translation>
    </message>
    <message>
        <source>Trial account: %1 is a verified caller ID.</source>
        <translation>Cuenta de prueba: %1 es un identificador de llamada verificado.</translation>
    </message>
    <message>
        <source>A trial account can text this number. Other recipients get error 21608 until the account is upgraded.</source>
        <translation>Una cuenta de prueba puede enviar SMS a este número. Los demás destinatarios reciben el error 21608 hasta que se actualice la cuenta.</translation>
    </message>
    <message>
        <source>Trial account: %1 is not a verified caller ID (error 21608).</source>
        <translation>Cuenta de prueba: %1 no es un identificador de llamada verificado (error 21608).</translation>
    </message>
    <message>
        <source>A trial account can send SMS only to numbers verified on the account: Twilio refuses other recipients with error 21608, &quot;The &apos;to&apos; phone number provided is not yet verified for this account&quot;. Verify the recipient under **Phone Numbers &gt; Verified Caller IDs**, or upgrade the account to text anyone.</source>
        <translation>Una cuenta de prueba solo puede enviar SMS a números verificados en la cuenta: Twilio rechaza a los demás destinatarios con el error 21608, «The &apos;to&apos; phone number provided is not yet verified for this account». Verifica el destinatario en **Phone Numbers &gt; Verified Caller IDs** o actualiza la cuenta para enviar a cualquiera.</translation>
    </message>
    <message>
        <source>Upgrade the account</source>
        <translation>Actualizar la cuenta</translation>
    </message>
    <message>
        <source>No test send for this profile yet: send one to check delivery.</source>
        <translation>Todavía no hay ningún envío de prueba para este perfil: envía uno para comprobar la entrega.</translation>
    </message>
    <message>
        <source>Sends from the Run page, `sms-hook-cli send` and the hook runner are kept in the delivery log; the last one is judged here.</source>
        <translation>Los envíos desde la página Ejecutar, `sms-hook-cli send` y el ejecutor de hooks se guardan en el registro de envíos; aquí se evalúa el último.</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Last attempt: %1, %2, status &quot;%3&quot;.</source>
        <translation>Último intento: %1, %2, estado «%3».</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Delivered: the last test message %1 arrived.</source>
        <translation>Entregado: el último mensaje de prueba %1 llegó.</translation>
    </message>
    <message>
        <source>Sent, with no delivery receipt yet (%1).</source>
        <translation>Enviado, todavía sin confirmación de entrega (%1).</translation>
    </message>
    <message>
        <source>Still pending (%1, status %2).</source>
        <translation>Todavía pendiente (%1, estado %2).</translation>
    </message>
    <message>
        <source>Carriers do not always send a receipt; check the handset, or send again and wait for &quot;delivered&quot;.</source>
        <translation>Los operadores no siempre envían confirmación de entrega; revisa el teléfono, o vuelve a enviar y espera a «delivered».</translation>
    </message>
    <message>
        <source>Open SMS geographic permissions</source>
        <translation>Abrir los permisos geográficos de SMS</translation>
    </message>
    <message>
        <source>Refused by Twilio (%1)</source>
        <translation>Rechazado por Twilio (%1)</translation>
    </message>
    <message>
        <source>Not delivered (%1, %2)</source>
        <translation>No entregado (%1, %2)</translation>
    </message>
    <message>
        <source>: error %1, %2</source>
        <translation>: error %1, %2</translation>
    </message>
    <message>
        <source>Enable SMS to the recipient&apos;s country on the Messaging Geographic Permissions page of the Twilio Console, then send again.</source>
        <translation>Permite los SMS al país del destinatario en la página Messaging Geographic Permissions de la Twilio Console y vuelve a enviar.</translation>
    </message>
    <message>
        <source>The outcome of the last send is unknown (%1).</source>
        <translation>Se desconoce el resultado del último envío (%1).</translation>
    </message>
    <message>
        <source>The request may have reached Twilio. Look the message up in the Twilio Console&apos;s message log before sending again.</source>
        <translation>Puede que la solicitud haya llegado a Twilio. Busca el mensaje en el registro de mensajes de la Twilio Console antes de volver a enviar.</translation>
    </message>
    <message>
        <source>The last send was cancelled (%1).</source>
        <translation>El último envío se canceló (%1).</translation>
    </message>
    <message>
        <source>No hook code is saved for this profile yet: the code checked is the one the Hook code page opens for it, the template &quot;%1&quot;.</source>
        <translation>Todavía no hay código de hook guardado para este perfil: el código comprobado es el que abre para él la página Código del hook, la plantilla «%1».</translation>
    </message>
    <message>
        <source>the test recipient was not checked (none given)</source>
        <translation>no se comprobó el destinatario de prueba (no se indicó ninguno)</translation>
    </message>
    <message>
        <source>The last send never reached Twilio (%1).</source>
        <translation>El último envío nunca llegó a Twilio (%1).</translation>
    </message>
    <message>
        <source>The last send never reached Twilio (%1): %2</source>
        <translation>El último envío nunca llegó a Twilio (%1): %2</translation>
    </message>
    <message>
        <source>Delivery was not tested: send again once Twilio can be reached.</source>
        <translation>La entrega no se probó: vuelve a enviar cuando se pueda llegar a Twilio.</translation>
    </message>
    <message>
        <source> (not reached)</source>
        <translation> (no alcanzado)</translation>
    </message>
    <message>
        <source>Open the Tenant page</source>
        <translation>Abrir la página Tenant</translation>
    </message>
    <message>
        <source>The last MFA login text, from the Auth0 tenant log:</source>
        <translation>El último SMS de inicio de sesión MFA, según el registro del tenant de Auth0:</translation>
    </message>
    <message>
        <source>Delivered: the last MFA login text (%1, %2) reached the handset.</source>
        <translation>Entregado: el último SMS de inicio de sesión MFA (%1, %2) llegó al teléfono.</translation>
    </message>
    <message>
        <source>Twilio accepted the last MFA login text (%1, %2), with no delivery receipt yet.</source>
        <translation>Twilio aceptó el último SMS de inicio de sesión MFA (%1, %2), todavía sin confirmación de entrega.</translation>
    </message>
    <message>
        <source>Twilio could not deliver the last MFA login text (%1 to %2, %3)</source>
        <translation>Twilio no pudo entregar el último SMS de inicio de sesión MFA (%1 a %2, %3)</translation>
    </message>
    <message>
        <source>: error %1</source>
        <translation>: error %1</translation>
    </message>
    <message>
        <source>The Action ran and Twilio took the message: the problem is between Twilio and the handset (number, country, carrier).</source>
        <translation>La Action se ejecutó y Twilio aceptó el mensaje: el problema está entre Twilio y el teléfono (número, país, operador).</translation>
    </message>
    <message>
        <source>The last MFA login text never reached Twilio: Auth0 logged a failed send (%1, %2): %3</source>
        <translation>El último SMS de inicio de sesión MFA nunca llegó a Twilio: Auth0 registró un envío fallido (%1, %2): %3</translation>
    </message>
    <message>
        <source>The Action threw or dropped the message before Twilio accepted it: check its code and secrets on the Tenant page, then log in again.</source>
        <translation>La Action lanzó una excepción o descartó el mensaje antes de que Twilio lo aceptara: revisa su código y sus secretos en la página Tenant y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The last MFA login text never reached Twilio: Auth0 logged it as sent (%1, %2), but this profile&apos;s Twilio log has no message for it.</source>
        <translation>El último SMS de inicio de sesión MFA nunca llegó a Twilio: Auth0 lo registró como enviado (%1, %2), pero el registro de Twilio de este perfil no tiene ningún mensaje correspondiente.</translation>
    </message>
    <message>
        <source>Import Twilio&apos;s log for that day (Delivery log &gt; Sync from Twilio) if it was not imported yet. Otherwise the Action sent it through another account or provider, or did not send it at all: check the Action&apos;s code and its TWILIO_ secrets.</source>
        <translation>Importa el registro de Twilio de ese día (Registro de envíos &gt; Sincronizar desde Twilio) si todavía no se importó. Si no, la Action lo envió a través de otra cuenta u otro proveedor, o no lo envió en absoluto: revisa el código de la Action y sus secretos TWILIO_.</translation>
    </message>
    <message>
        <source>No MFA login text in the tenant log.</source>
        <translation>No hay ningún SMS de inicio de sesión MFA en el registro del tenant.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>No keychain is available to read the secrets from.</source>
        <translation>No hay ningún llavero disponible del que leer los secretos.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>No se pudo leer el llavero: %1</translation>
    </message>
    <message>
        <source>Needs the secrets from the keychain (item 2).</source>
        <translation>Necesita los secretos del llavero (punto 2).</translation>
    </message>
    <message>
        <source>Needs working credentials (item 3).</source>
        <translation>Necesita credenciales que funcionen (punto 3).</translation>
    </message>
    <message>
        <source>The delivery log is not available here.</source>
        <translation>El registro de envíos no está disponible aquí.</translation>
    </message>
    <message>
        <source>The delivery log could not be read: %1</source>
        <translation>No se pudo leer el registro de envíos: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The confirmation could not be saved.</source>
        <translation>No se pudo guardar la confirmación.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number in E.164 form.</source>
        <translation>%1: «%2» no es un número en formato E.164.</translation>
    </message>
    <message>
        <source>The number could not be stored: %1 %2</source>
        <translation>No se pudo guardar el número: %1 %2</translation>
    </message>
    <message>
        <source>%1 is now stored as %2.</source>
        <translation>%1 queda guardado como %2.</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Pick the profile on the Secrets page</source>
        <translation>Elige el perfil en la página Secretos</translation>
    </message>
    <message>
        <source>Test &amp;recipient:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>A mobile number to check: E.164 form, or national with the profile&apos;s default region. Remembered for this profile.</source>
        <translation>Un número móvil que comprobar: en formato E.164, o nacional con la región predeterminada del perfil. Se recuerda para este perfil.</translation>
    </message>
    <message>
        <source>+14155552671</source>
        <translation>+14155552671</translation>
    </message>
    <message>
        <source>Run &amp;all checks</source>
        <translation>Comprobar &amp;todo</translation>
    </message>
    <message>
        <source>Run this &amp;item</source>
        <translation>Comprobar &amp;punto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save the results as a Markdown report (no secret values)</source>
        <translation>Guardar los resultados como informe Markdown (sin valores secretos)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Choose a profile on the Secrets page to check it.</source>
        <translation>Elige un perfil en la página Secretos para comprobarlo.</translation>
    </message>
    <message>
        <source>Press Run all checks: each item is checked against the keychain, Twilio and the delivery log.</source>
        <translation>Pulsa Comprobar todo: cada punto se comprueba con el llavero, Twilio y el registro de envíos.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Checking item %1…</source>
        <translation>Comprobando el punto %1…</translation>
    </message>
    <message>
        <source>Storing %1 in the keychain…</source>
        <translation>Guardando %1 en el llavero…</translation>
    </message>
    <message>
        <source>Wait for the checks under way to finish.</source>
        <translation>Espera a que terminen las comprobaciones en curso.</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>No se pudo guardar el informe en %1: %2</translation>
    </message>
    <message>
        <source>sms-checklist-%1.md</source>
        <translation>sms-comprobacion-%1.md</translation>
    </message>
    <message>
        <source>Export the checklist report</source>
        <translation>Exportar el informe de la lista de comprobación</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Report saved to %1 (no secret values in it).</source>
        <translation>Informe guardado en %1 (sin valores secretos).</translation>
    </message>
    <message>
        <source>Press Run all checks, or Run this item.</source>
        <translation>Pulsa Comprobar todo, o Comprobar punto.</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Details of the selected check</source>
        <translation>Detalles de la comprobación seleccionada</translation>
    </message>
    <message>
        <source>No web browser could be started; open %1 yourself.</source>
        <translation>No se pudo abrir ningún navegador web; abra %1 usted mismo.</translation>
    </message>
</context>
<context>
    <name>ChecklistReport</name>
    <message>
        <source># SMS MFA troubleshooting report</source>
        <translation># Informe de diagnóstico de MFA por SMS</translation>
    </message>
    <message>
        <source>- **Profile**: %1</source>
        <translation>- **Perfil**: %1</translation>
    </message>
    <message>
        <source>- **Date**: %1</source>
        <translation>- **Fecha**: %1</translation>
    </message>
    <message>
        <source>- **Result**: %1</source>
        <translation>- **Resultado**: %1</translation>
    </message>
    <message>
        <source>**%1**: %2</source>
        <translation>**%1**: %2</translation>
    </message>
    <message>
        <source>Made by %1. Secret values are never included in this report.</source>
        <translation>Creado por %1. Los valores secretos nunca se incluyen en este informe.</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n correcto</numerusform>
            <numerusform>%n correctos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n con fallo</numerusform>
            <numerusform>%n con fallos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n con advertencias</numerusform>
            <numerusform>%n con advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check by hand</source>
        <translation>
            <numerusform>%n que comprobar a mano</numerusform>
            <numerusform>%n que comprobar a mano</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not checked</source>
        <translation>
            <numerusform>%n sin comprobar</numerusform>
            <numerusform>%n sin comprobar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>cannot read %1: %2.</source>
        <translation>no se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>Check the path and its permissions.</source>
        <translation>Comprueba la ruta y sus permisos.</translation>
    </message>
    <message>
        <source>--trigger: &quot;%1&quot; is not a phone message trigger.</source>
        <translation>--trigger: «%1» no es un desencadenador de mensajes telefónicos.</translation>
    </message>
    <message>
        <source>Give --trigger send-phone-message (the legacy MFA phone set-up) or --trigger custom-phone-provider (the Unified Phone Experience).</source>
        <translation>Indica --trigger send-phone-message (configuración telefónica MFA heredada) o --trigger custom-phone-provider (Unified Phone Experience).</translation>
    </message>
    <message>
        <source>The Action&apos;s trigger: send-phone-message or custom-phone-provider.</source>
        <translation>El desencadenador de la Action: send-phone-message o custom-phone-provider.</translation>
    </message>
    <message>
        <source>Write the Action to this file instead of standard output.</source>
        <translation>Escribir la Action en este archivo en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>hook file</source>
        <translation>archivo del hook</translation>
    </message>
    <message>
        <source>action convert needs --trigger: send-phone-message (the legacy MFA phone set-up) or custom-phone-provider (the Unified Phone Experience); sms-hook-cli auth0 status tells the tenant&apos;s.</source>
        <translation>action convert necesita --trigger: send-phone-message (configuración telefónica MFA heredada) o custom-phone-provider (Unified Phone Experience); sms-hook-cli auth0 status indica el del tenant.</translation>
    </message>
    <message>
        <source>--output is the hook file itself: the conversion would replace the hook.</source>
        <translation>--output es el propio archivo del hook: la conversión sustituiría el hook.</translation>
    </message>
    <message>
        <source>Write the Action to another file.</source>
        <translation>Escribe la Action en otro archivo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2.</source>
        <translation>no se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>Check the folder and its permissions.</source>
        <translation>Comprueba la carpeta y sus permisos.</translation>
    </message>
    <message>
        <source>the Action</source>
        <translation>la Action</translation>
    </message>
    <message>
        <source>%1:%2: not converted: %3</source>
        <translation>%1:%2: sin convertir: %3</translation>
    </message>
    <message>
        <source>%1:%2: note: %3</source>
        <translation>%1:%2: nota: %3</translation>
    </message>
    <message numerus="yes">
        <source>Converted %1 to a %2 Action: %n part(s) left to convert by hand (TODO(convert) comments).</source>
        <translation>
            <numerusform>%1 convertido en una Action %2: queda %n parte por convertir a mano (comentarios TODO(convert)).</numerusform>
            <numerusform>%1 convertido en una Action %2: quedan %n partes por convertir a mano (comentarios TODO(convert)).</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown command &quot;action %1&quot;; the action commands are: convert, deploy, pull, rollback. See sms-hook-cli --help.</source>
        <translation>comando «action %1» desconocido; los comandos action son: convert, deploy, pull, rollback. Consulta sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>Check the secrets against this profile&apos;s secret names.</source>
        <translation>Comprobar los secretos con los nombres de secretos de este perfil.</translation>
    </message>
    <message>
        <source>The trigger the tenant runs: send-phone-message or custom-phone-provider.</source>
        <translation>El desencadenador que ejecuta el tenant: send-phone-message o custom-phone-provider.</translation>
    </message>
    <message>
        <source>The Action&apos;s runtime: node18, node22.</source>
        <translation>El entorno de ejecución de la Action: node18, node22.</translation>
    </message>
    <message>
        <source>The Action&apos;s twilio dependency (with --runtime; default latest).</source>
        <translation>La dependencia twilio de la Action (con --runtime; por defecto, latest).</translation>
    </message>
    <message>
        <source>code file</source>
        <translation>archivo de código</translation>
    </message>
    <message>
        <source>--runtime: &quot;%1&quot; is not an Action runtime.</source>
        <translation>--runtime: «%1» no es un entorno de ejecución de Action.</translation>
    </message>
    <message>
        <source>Give the runtime as Auth0 names it: node18 or node22.</source>
        <translation>Indica el entorno de ejecución como lo llama Auth0: node18 o node22.</translation>
    </message>
    <message>
        <source>--twilio-version: &quot;%1&quot; is not a version.</source>
        <translation>--twilio-version: «%1» no es una versión.</translation>
    </message>
    <message>
        <source>Give the version of the Action&apos;s twilio dependency, such as 5.5.2, ^5 or latest.</source>
        <translation>Indica la versión de la dependencia twilio de la Action, como 5.5.2, ^5 o latest.</translation>
    </message>
    <message>
        <source>--twilio-version is checked against the runtime: give --runtime too (node18 or node22).</source>
        <translation>--twilio-version se comprueba con el entorno de ejecución: indica también --runtime (node18 o node22).</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in %1.</source>
        <translation>
            <numerusform>%n error en %1.</numerusform>
            <numerusform>%n errores en %1.</numerusform>
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
                                     comprobar el código de un hook o una Action:
                                     con un perfil, sus secretos; con el
                                     desencadenador del tenant (send-phone-message,
                                     custom-phone-provider), la exportación; con el
                                     entorno (node18, node22), la versión de twilio
                                     (por defecto, latest)
  action convert HOOK --trigger T [--output F]
                                     convertir un hook Send Phone Message en una
                                     Action para el desencadenador T; lo que no se
                                     puede convertir se marca con TODO(convert) y
                                     se lista en stderr
</translation>
    </message>
    <message>
        <source>The profile.</source>
        <translation>El perfil.</translation>
    </message>
    <message>
        <source>The tenant&apos;s domain, e.g. acme.us.auth0.com.</source>
        <translation>El dominio del tenant, p. ej. acme.us.auth0.com.</translation>
    </message>
    <message>
        <source>Client ID of the tenant&apos;s machine-to-machine application.</source>
        <translation>ID de cliente de la aplicación Machine to Machine del tenant.</translation>
    </message>
    <message>
        <source>Send requests here instead of https://DOMAIN (loopback only).</source>
        <translation>Enviar las solicitudes aquí en lugar de a https://DOMAIN (solo loopback).</translation>
    </message>
    <message>
        <source>Client secret of %1: </source>
        <translation>Secreto de cliente de %1: </translation>
    </message>
    <message>
        <source>no client secret on standard input.</source>
        <translation>no hay ningún secreto de cliente en la entrada estándar.</translation>
    </message>
    <message>
        <source>Pipe it in: printf %s &quot;$SECRET&quot; | sms-hook-cli auth0 connect ...</source>
        <translation>Pásalo por una tubería: printf %s &quot;$SECRET&quot; | sms-hook-cli auth0 connect ...</translation>
    </message>
    <message>
        <source>Connected profile &quot;%1&quot; to %2; the client secret is in the keychain.</source>
        <translation>Perfil «%1» conectado a %2; el secreto de cliente está en el llavero.</translation>
    </message>
    <message>
        <source>Granted: %1</source>
        <translation>Concedidos: %1</translation>
    </message>
    <message>
        <source>Missing for &quot;%1&quot;: %2</source>
        <translation>Faltan para «%1»: %2</translation>
    </message>
    <message>
        <source>Print each finding&apos;s details.</source>
        <translation>Mostrar los detalles de cada hallazgo.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; is not connected to an Auth0 tenant.</source>
        <translation>el perfil «%1» no está conectado a ningún tenant de Auth0.</translation>
    </message>
    <message>
        <source>Connect it: printf %s &quot;$CLIENT_SECRET&quot; | sms-hook-cli auth0 connect --profile &quot;%1&quot; --domain TENANT.auth0.com --client-id ID</source>
        <translation>Conéctalo: printf %s &quot;$CLIENT_SECRET&quot; | sms-hook-cli auth0 connect --profile &quot;%1&quot; --domain TENANT.auth0.com --client-id ID</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation>Tenant %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; was not connected to a tenant.</source>
        <translation>El perfil «%1» no estaba conectado a ningún tenant.</translation>
    </message>
    <message>
        <source>Disconnected profile &quot;%1&quot; from %2; its client secret is gone from the keychain.</source>
        <translation>Perfil «%1» desconectado de %2; su secreto de cliente se eliminó del llavero.</translation>
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
                                     conectar un perfil a su tenant de Auth0; el
                                     secreto de cliente M2M se lee de la entrada
                                     estándar
  auth0 status --profile P [--details]
                                     si el tenant envía los SMS de MFA a través de
                                     la Action de este perfil (código 0) o no
  auth0 disconnect --profile P       olvidar el tenant y su secreto de cliente
</translation>
    </message>
    <message>
        <source>Test recipient to check (E.164, or national with the profile&apos;s region); default: the one last used with this profile.</source>
        <translation>Destinatario de prueba que comprobar (E.164, o nacional con la región del perfil); por defecto, el último usado con este perfil.</translation>
    </message>
    <message>
        <source>Check only this item (%1).</source>
        <translation>Comprobar solo este punto (%1).</translation>
    </message>
    <message>
        <source>Print each item&apos;s details too.</source>
        <translation>Mostrar también los detalles de cada punto.</translation>
    </message>
    <message>
        <source>--item: &quot;%1&quot; is not an item; use 1-7 or one of %2.</source>
        <translation>--item: «%1» no es un punto; usa 1-7 o uno de %2.</translation>
    </message>
    <message>
        <source>Checking profile &quot;%1&quot;%2...</source>
        <translation>Comprobando el perfil «%1»%2...</translation>
    </message>
    <message>
        <source> with test recipient %1</source>
        <translation> con el destinatario de prueba %1</translation>
    </message>
    <message>
        <source>sms-hook-cli: %1; see the items marked as failed above.</source>
        <translation>sms-hook-cli: %1; consulta los puntos marcados como fallidos más arriba.</translation>
    </message>
    <message>
        <source>  check --profile P [--to N] [--item ID] [--details]
                                     the troubleshooting checklist: each item
                                     checked for real; exit 1 if any fails
</source>
        <translation>  check --profile P [--to N] [--item ID] [--details]
                                     la lista de comprobación de diagnóstico: cada
                                     punto se comprueba de verdad; código 1 si falla
                                     alguno
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
        <translation>Uso: sms-hook-cli COMANDO [OPCIONES] [--json]

Comandos:
  profiles list                      listar los perfiles y sus ajustes
  profiles add NAME [--region CC] [--api-base URL] [--verify-base URL]
                                     añadir un perfil
  profiles remove NAME               eliminar un perfil y sus secretos
  secrets list --profile P           nombres de los secretos y si cada uno está definido
  secrets set --profile P NAME       guardar un secreto; el valor se lee de la entrada
                                     estándar, nunca de los argumentos
  secrets unset --profile P NAME     eliminar un secreto
  profiles add-sandbox               añadir el perfil Sandbox integrado con las
                                     credenciales de prueba públicas de la sandbox
  phone NUMBER [--region CC]         comprobar un número: formato E.164, validez, tipo
  send --profile P --to N --body B [--wait]
                                     enviar un SMS de prueba; --wait lo sigue hasta que
                                     se entrega (código 0) o no (código 1)
  verify --profile P --to N --code C [--locale L]
                                     enviar un código a través de Twilio Verify
  status --profile P SID [--wait]    el estado de un mensaje y la explicación del error
  segments                           líneas JSON {&quot;body&quot;, &quot;smart_encoding&quot;} en stdin
                                     -&gt; codificación y segmentos por línea
  sandbox [--port N] [--time-scale S]
                                     ejecutar la sandbox de Twilio y el simulador de
                                     Auth0 en 127.0.0.1 hasta Ctrl+C; muestra sus URL
                                     y credenciales de prueba
%1%2%3%4%5%6
Todos los comandos aceptan --json para una salida legible por máquina.
Código de salida: 0 éxito, 1 fallo (motivo en stderr), 2 error de uso.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;. Run sms-hook-cli --help for the list.</source>
        <translation>comando «%1» desconocido. Ejecuta sms-hook-cli --help para ver la lista.</translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option. A phone number starts with + (such as +%2); a value that starts with - goes after --, as in: sms-hook-cli %3 -- %1</source>
        <translation>«%1» no es una opción. Un número de teléfono empieza por + (como +%2); un valor que empieza por - va después de --, como en: sms-hook-cli %3 -- %1</translation>
    </message>
    <message numerus="yes">
        <source>--%1 is given %n time(s) (%2); give it once (an option that takes several values takes them separated by commas).</source>
        <translation>
            <numerusform>--%1 aparece %n vez (%2); indícalo una sola vez (una opción que admite varios valores los toma separados por comas).</numerusform>
            <numerusform>--%1 aparece %n veces (%2); indícalo una sola vez (una opción que admite varios valores los toma separados por comas).</numerusform>
        </translation>
    </message>
    <message>
        <source>argument</source>
        <translation>argumento</translation>
    </message>
    <message>
        <source>takes no arguments, but got &quot;%1&quot;; see sms-hook-cli --help.</source>
        <translation>no admite argumentos, pero recibió «%1»; consulta sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>give the %1; see sms-hook-cli --help.</source>
        <translation>indica: %1; consulta sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>give one %1, not %2 (%3); see sms-hook-cli --help.</source>
        <translation>indica un solo valor (%1), no %2 (%3); consulta sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a whole number from %3 to %4.</source>
        <translation>--%1: «%2» no es un número entero de %3 a %4.</translation>
    </message>
    <message>
        <source>--profile is required: name the profile, for example --profile Production.</source>
        <translation>--profile es obligatorio: indica el perfil, por ejemplo --profile Production.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; does not exist.</source>
        <translation>el perfil «%1» no existe.</translation>
    </message>
    <message>
        <source>Create it with: sms-hook-cli profiles add &quot;%1&quot;</source>
        <translation>Créalo con: sms-hook-cli profiles add &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No profiles. Add one with: sms-hook-cli profiles add NAME</source>
        <translation>No hay perfiles. Añade uno con: sms-hook-cli profiles add NAME</translation>
    </message>
    <message>
        <source>Default region for numbers without +.</source>
        <translation>Región predeterminada para los números sin +.</translation>
    </message>
    <message>
        <source>Base URL of api.twilio.com.</source>
        <translation>URL base de api.twilio.com.</translation>
    </message>
    <message>
        <source>Base URL of verify.twilio.com.</source>
        <translation>URL base de verify.twilio.com.</translation>
    </message>
    <message>
        <source>profile name</source>
        <translation>nombre del perfil</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; already exists.</source>
        <translation>el perfil «%1» ya existe.</translation>
    </message>
    <message>
        <source>Pick another name or remove it first.</source>
        <translation>Elige otro nombre o elimínalo primero.</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot;.</source>
        <translation>Perfil «%1» añadido.</translation>
    </message>
    <message>
        <source>Removed profile &quot;%1&quot; and its secrets.</source>
        <translation>Perfil «%1» y sus secretos eliminados.</translation>
    </message>
    <message>
        <source>set</source>
        <translation>definido</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>secret name</source>
        <translation>nombre del secreto</translation>
    </message>
    <message>
        <source>Value for %1: </source>
        <translation>Valor de %1: </translation>
    </message>
    <message>
        <source>could not read the value from standard input.</source>
        <translation>no se pudo leer el valor de la entrada estándar.</translation>
    </message>
    <message>
        <source>Stored %1 for profile &quot;%2&quot; in the keychain.</source>
        <translation>%1 guardado en el llavero para el perfil «%2».</translation>
    </message>
    <message>
        <source>Removed %1 from profile &quot;%2&quot;.</source>
        <translation>%1 eliminado del perfil «%2».</translation>
    </message>
    <message>
        <source>Region for numbers written without +.</source>
        <translation>Región para los números escritos sin +.</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>%1  valid, %2, region %3</source>
        <translation>%1  válido, %2, región %3</translation>
    </message>
    <message>
        <source>Write it as %1 in the hook and in Twilio (E.164).</source>
        <translation>Escríbelo como %1 en el hook y en Twilio (E.164).</translation>
    </message>
    <message>
        <source>Twilio error %1: %2</source>
        <translation>Error de Twilio %1: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>could not start the built-in sandbox on 127.0.0.1.</source>
        <translation>no se pudo iniciar la sandbox integrada en 127.0.0.1.</translation>
    </message>
    <message>
        <source>Using a sandbox inside this command (%1); its messages are gone when it ends.</source>
        <translation>Este comando usa una sandbox propia (%1); sus mensajes desaparecen cuando termina.</translation>
    </message>
    <message>
        <source>Recipient phone number.</source>
        <translation>Número de teléfono del destinatario.</translation>
    </message>
    <message>
        <source>Message text.</source>
        <translation>Texto del mensaje.</translation>
    </message>
    <message>
        <source>Follow the message until a final status.</source>
        <translation>Seguir el mensaje hasta un estado final.</translation>
    </message>
    <message>
        <source>send needs --to NUMBER and --body TEXT; see sms-hook-cli --help.</source>
        <translation>send necesita --to NÚMERO y --body TEXTO; consulta sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>The code to send (Auth0&apos;s context.code).</source>
        <translation>El código que enviar (context.code de Auth0).</translation>
    </message>
    <message>
        <source>Language of the message, e.g. en.</source>
        <translation>Idioma del mensaje, p. ej. en.</translation>
    </message>
    <message>
        <source>verify needs --to NUMBER and --code CODE; see sms-hook-cli --help.</source>
        <translation>verify necesita --to NÚMERO y --code CÓDIGO; consulta sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>sms-hook-cli: %1</source>
        <translation>sms-hook-cli: %1</translation>
    </message>
    <message>
        <source>sms-hook-cli: no answer to the send; looking for the message in Twilio&apos;s message log...</source>
        <translation>sms-hook-cli: sin respuesta al envío; buscando el mensaje en el registro de mensajes de Twilio...</translation>
    </message>
    <message>
        <source>sms-hook-cli: found it: %1 (%2). It was sent; do not send again. Follow it with: sms-hook-cli status --profile &quot;%3&quot; %1</source>
        <translation>sms-hook-cli: encontrado: %1 (%2). Se envió; no lo vuelvas a enviar. Síguelo con: sms-hook-cli status --profile &quot;%3&quot; %1</translation>
    </message>
    <message>
        <source>sms-hook-cli: no such message in Twilio&apos;s log: it was most likely not created.</source>
        <translation>sms-hook-cli: no hay ningún mensaje así en el registro de Twilio: lo más probable es que no se creara.</translation>
    </message>
    <message>
        <source>sms-hook-cli: the lookup failed too: %1</source>
        <translation>sms-hook-cli: la búsqueda también falló: %1</translation>
    </message>
    <message>
        <source>sms-hook-cli: interrupted; stopping.</source>
        <translation>sms-hook-cli: interrumpido; deteniendo.</translation>
    </message>
    <message>
        <source>sms-hook-cli: interrupted; the lookup was stopped.</source>
        <translation>sms-hook-cli: interrumpido; se detuvo la búsqueda.</translation>
    </message>
    <message>
        <source>sms-hook-cli: warning: %1</source>
        <translation>sms-hook-cli: advertencia: %1</translation>
    </message>
    <message>
        <source>Verification %1 for %2: %3 (service %4).</source>
        <translation>Verificación %1 para %2: %3 (servicio %4).</translation>
    </message>
    <message numerus="yes">
        <source>Accepted: %1  status %2  to %3  from %4  %n segment(s) (%5)</source>
        <translation>
            <numerusform>Aceptado: %1  estado %2  a %3  desde %4  %n segmento (%5)</numerusform>
            <numerusform>Aceptado: %1  estado %2  a %3  desde %4  %n segmentos (%5)</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the message log (sms-hook-cli status, or the Twilio Console) before sending again.</source>
        <translation>Revisa el registro de mensajes (sms-hook-cli status o la Twilio Console) antes de volver a enviar.</translation>
    </message>
    <message>
        <source>message SID</source>
        <translation>SID del mensaje</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a message SID: SM (or MM) followed by 32 hex digits.</source>
        <translation>«%1» no es un SID de mensaje: SM (o MM) seguido de 32 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>%1 to %2: %3.</source>
        <translation>%1 a %2: %3.</translation>
    </message>
    <message>
        <source>%1  %2  to %3  from %4</source>
        <translation>%1  %2  a %3  desde %4</translation>
    </message>
    <message>
        <source>sms-hook-cli: warning: sent, but no delivery receipt arrived; many carriers send none.</source>
        <translation>sms-hook-cli: advertencia: enviado, pero no llegó confirmación de entrega; muchos operadores no la envían.</translation>
    </message>
    <message>
        <source>no final status in time (last: %1).</source>
        <translation>ningún estado final a tiempo (último: %1).</translation>
    </message>
    <message>
        <source>Check the message log later.</source>
        <translation>Revisa el registro de mensajes más tarde.</translation>
    </message>
    <message>
        <source>Cancelled: stopped following %1 (last status: %2). Only reading stopped; the message goes on as Twilio has it.</source>
        <translation>Cancelado: se dejó de seguir %1 (último estado: %2). Solo se detuvo la lectura; el mensaje sigue su curso en Twilio.</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>todavía sin leer</translation>
    </message>
    <message>
        <source>could not read standard input.</source>
        <translation>no se pudo leer la entrada estándar.</translation>
    </message>
    <message>
        <source>line %1: not JSON (%2)</source>
        <translation>línea %1: no es JSON (%2)</translation>
    </message>
    <message>
        <source>line %1: expected an object with a string &quot;body&quot;</source>
        <translation>línea %1: se esperaba un objeto con una cadena &quot;body&quot;</translation>
    </message>
    <message>
        <source>line %1: &quot;smart_encoding&quot; must be true or false</source>
        <translation>línea %1: &quot;smart_encoding&quot; debe ser true o false</translation>
    </message>
    <message numerus="yes">
        <source>sms-hook-cli: %n input line(s) could not be read; see the &quot;error&quot; lines.</source>
        <translation>
            <numerusform>sms-hook-cli: no se pudo leer %n línea de entrada; consulta las líneas &quot;error&quot;.</numerusform>
            <numerusform>sms-hook-cli: no se pudieron leer %n líneas de entrada; consulta las líneas &quot;error&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default: a free one).</source>
        <translation>Puerto en 127.0.0.1 (por defecto, uno libre).</translation>
    </message>
    <message>
        <source>Real seconds per sandbox second (default 1).</source>
        <translation>Segundos reales por segundo de la sandbox (por defecto, 1).</translation>
    </message>
    <message>
        <source>--port: a number from 0 to 65535.</source>
        <translation>--port: un número de 0 a 65535.</translation>
    </message>
    <message>
        <source>--time-scale: a number above 0, such as 0.1 or 1.</source>
        <translation>--time-scale: un número mayor que 0, como 0.1 o 1.</translation>
    </message>
    <message>
        <source>could not listen on 127.0.0.1:%1.</source>
        <translation>no se pudo escuchar en 127.0.0.1:%1.</translation>
    </message>
    <message>
        <source>Pick another --port, or leave it out for a free one.</source>
        <translation>Elige otro --port u omítelo para obtener uno libre.</translation>
    </message>
    <message>
        <source>could not start the Auth0 simulator on 127.0.0.1.</source>
        <translation>no se pudo iniciar el simulador de Auth0 en 127.0.0.1.</translation>
    </message>
    <message>
        <source>Free some loopback ports, then try again.</source>
        <translation>Libera algunos puertos de loopback y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Sandbox at %1  TWILIO_ACCOUNT_SID=%2  TWILIO_AUTH_TOKEN=%3  TWILIO_PHONE_NUMBER=%4  TWILIO_VERIFY_SERVICE_SID=%5 (custom codes on) or %6 (custom codes off)  Messaging Service %7  |  Auth0 tenant %8 at %9 (Unified Phone Experience), %10 at %11 (legacy MFA phone)  client ID %12  client secret %13  |  without update:actions: client ID %14  client secret %15  (Ctrl+C to stop)</source>
        <translation>Sandbox en %1  TWILIO_ACCOUNT_SID=%2  TWILIO_AUTH_TOKEN=%3  TWILIO_PHONE_NUMBER=%4  TWILIO_VERIFY_SERVICE_SID=%5 (códigos personalizados activados) o %6 (códigos personalizados desactivados)  Messaging Service %7  |  Tenant de Auth0 %8 en %9 (Unified Phone Experience), %10 en %11 (configuración telefónica MFA heredada)  ID de cliente %12  secreto de cliente %13  |  sin update:actions: ID de cliente %14  secreto de cliente %15  (Ctrl+C para detener)</translation>
    </message>
    <message>
        <source>Added profile &quot;%1&quot; with the sandbox&apos;s test credentials.</source>
        <translation>Perfil «%1» añadido con las credenciales de prueba de la sandbox.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; is ready.</source>
        <translation>El perfil «%1» está listo.</translation>
    </message>
    <message>
        <source>The Action&apos;s code.</source>
        <translation>El código de la Action.</translation>
    </message>
    <message>
        <source>The Action&apos;s name (default: the bound one, else &quot;SMS Hook Console (PROFILE)&quot;).</source>
        <translation>El nombre de la Action (por defecto, la vinculada; si no, &quot;SMS Hook Console (PERFIL)&quot;).</translation>
    </message>
    <message>
        <source>node22 (default) or node18.</source>
        <translation>node22 (por defecto) o node18.</translation>
    </message>
    <message>
        <source>Deploy only: do not bind it or change the tenant&apos;s phone set-up.</source>
        <translation>Solo implementar: no vincularla ni cambiar la configuración telefónica del tenant.</translation>
    </message>
    <message>
        <source>--runtime: use node22 or node18, not &quot;%1&quot;.</source>
        <translation>--runtime: usa node22 o node18, no «%1».</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Write the code here instead of standard output.</source>
        <translation>Escribir el código aquí en lugar de en la salida estándar.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote version %1 of &quot;%2&quot; to %3.</source>
        <translation>Versión %1 de «%2» escrita en %3.</translation>
    </message>
    <message>
        <source>The version to deploy again (default: the one before the deployed one).</source>
        <translation>La versión que volver a implementar (por defecto, la anterior a la implementada).</translation>
    </message>
    <message>
        <source>--version: a version number, 1 or more.</source>
        <translation>--version: un número de versión, 1 o mayor.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: version %2 is deployed, with the code of version %3 (was version %4).</source>
        <translation>«%1»: está implementada la versión %2, con el código de la versión %3 (antes, la versión %4).</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>request: %1 %2  %3  -&gt; %4 (%5 ms)</source>
        <translation>solicitud: %1 %2  %3  -&gt; %4 (%5 ms)</translation>
    </message>
    <message>
        <source>The Action (%1) finished after %2 ms; it returned %3.</source>
        <translation>La Action (%1) terminó tras %2 ms; devolvió %3.</translation>
    </message>
    <message>
        <source>cb(null, %1) after %2 ms.</source>
        <translation>cb(null, %1) tras %2 ms.</translation>
    </message>
    <message>
        <source>%1 (after %2 ms)</source>
        <translation>%1 (tras %2 ms)</translation>
    </message>
    <message>
        <source>Give a JSON object, e.g. --%1 &apos;%2&apos;.</source>
        <translation>Indica un objeto JSON, p. ej. --%1 &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>--%1: not valid JSON: %2 at offset %3.</source>
        <translation>--%1: JSON no válido: %2 en la posición %3.</translation>
    </message>
    <message>
        <source>--%1: expected a JSON object.</source>
        <translation>--%1: se esperaba un objeto JSON.</translation>
    </message>
    <message>
        <source>The profile whose secrets the code reads.</source>
        <translation>El perfil cuyos secretos lee el código.</translation>
    </message>
    <message>
        <source>Auth0&apos;s recipient.</source>
        <translation>El destinatario de Auth0.</translation>
    </message>
    <message>
        <source>Auth0&apos;s text.</source>
        <translation>El texto de Auth0.</translation>
    </message>
    <message>
        <source>A hook: JSON object merged over the sample context.</source>
        <translation>Un hook: objeto JSON combinado con el context de ejemplo.</translation>
    </message>
    <message>
        <source>An Action: JSON object merged over the event Auth0 builds.</source>
        <translation>Una Action: objeto JSON combinado con el event que construye Auth0.</translation>
    </message>
    <message>
        <source>Folder with the npm packages the code requires (default: the profile&apos;s modules folder).</source>
        <translation>Carpeta con los paquetes npm que carga el código (por defecto, la carpeta de módulos del perfil).</translation>
    </message>
    <message>
        <source>--context is for a hook, --event for an Action: give one of them.</source>
        <translation>--context es para un hook y --event para una Action: indica uno de los dos.</translation>
    </message>
    <message>
        <source>run-hook needs --to NUMBER (or an --event that names its recipient); see sms-hook-cli --help.</source>
        <translation>run-hook necesita --to NÚMERO (o un --event que indique su destinatario); consulta sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation>--to: %1</translation>
    </message>
    <message>
        <source>The modules folder %1 does not exist.</source>
        <translation>La carpeta de módulos %1 no existe.</translation>
    </message>
    <message>
        <source>Pass an existing folder with --modules, or choose the profile&apos;s modules folder again on the Hook code page.</source>
        <translation>Indica una carpeta existente con --modules o vuelve a elegir la carpeta de módulos del perfil en la página Código del hook.</translation>
    </message>
    <message>
        <source>  run-hook FILE --profile P --to N [--text T] [--context JSON] [--timeout-ms MS]
                                     run a Send Phone Message hook as Auth0 would, with
                                     the profile&apos;s secrets; its sends go to the
                                     profile&apos;s Twilio (or sandbox) and the delivery log
</source>
        <translation>  run-hook FILE --profile P --to N [--text T] [--context JSON] [--timeout-ms MS]
                                     ejecutar un hook Send Phone Message como lo haría
                                     Auth0, con los secretos del perfil; sus envíos
                                     van al Twilio (o a la sandbox) del perfil y al
                                     registro de envíos
</translation>
    </message>
    <message>
        <source>Only this profile.</source>
        <translation>Solo este perfil.</translation>
    </message>
    <message>
        <source>Twilio status (delivered, undelivered, ...); commas for several.</source>
        <translation>Estado de Twilio (delivered, undelivered, ...); comas para varios.</translation>
    </message>
    <message>
        <source>messages or verify.</source>
        <translation>messages o verify.</translation>
    </message>
    <message>
        <source>form, cli, hook, action or twilio.</source>
        <translation>form, cli, hook, action o twilio.</translation>
    </message>
    <message>
        <source>From this day or time (UTC).</source>
        <translation>Desde este día u hora (UTC).</translation>
    </message>
    <message>
        <source>Up to this day (included) or time.</source>
        <translation>Hasta este día (incluido) u hora.</translation>
    </message>
    <message>
        <source>Recipient numbers containing these digits.</source>
        <translation>Números de destinatario que contienen estos dígitos.</translation>
    </message>
    <message>
        <source>Twilio error code.</source>
        <translation>Código de error de Twilio.</translation>
    </message>
    <message>
        <source>Text in the body, numbers, SID or error message.</source>
        <translation>Texto del cuerpo, números, SID o mensaje de error.</translation>
    </message>
    <message>
        <source>--%1: expected %2.</source>
        <translation>--%1: se esperaba %2.</translation>
    </message>
    <message>
        <source>messages or verify</source>
        <translation>messages o verify</translation>
    </message>
    <message>
        <source>form, cli, hook, action or twilio</source>
        <translation>form, cli, hook, action o twilio</translation>
    </message>
    <message>
        <source>a day as YYYY-MM-DD (UTC) or an ISO date-time such as 2024-05-01T13:45:00Z</source>
        <translation>un día como AAAA-MM-DD (UTC) o una fecha y hora ISO como 2024-05-01T13:45:00Z</translation>
    </message>
    <message>
        <source>a Twilio error code such as 30003</source>
        <translation>un código de error de Twilio como 30003</translation>
    </message>
    <message>
        <source>At most N rows (default 50; 0: all).</source>
        <translation>Como máximo N filas (por defecto, 50; 0: todas).</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>No attempts match (log: %1).</source>
        <translation>Ningún intento coincide (registro: %1).</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv o json.</translation>
    </message>
    <message>
        <source>File to write (default: stdout).</source>
        <translation>Archivo que escribir (por defecto, stdout).</translation>
    </message>
    <message>
        <source>csv or json</source>
        <translation>csv o json</translation>
    </message>
    <message>
        <source>--json needs --output FILE: the export itself goes to stdout otherwise.</source>
        <translation>--json necesita --output ARCHIVO: si no, la propia exportación va a stdout.</translation>
    </message>
    <message>
        <source>cannot write to standard output.</source>
        <translation>no se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>First day (UTC).</source>
        <translation>Primer día (UTC).</translation>
    </message>
    <message>
        <source>Last day, included (default today).</source>
        <translation>Último día, incluido (por defecto, hoy).</translation>
    </message>
    <message>
        <source>Messages per page, 1 to 1000 (default 100).</source>
        <translation>Mensajes por página, de 1 a 1000 (por defecto, 100).</translation>
    </message>
    <message>
        <source>Keep one-time codes in the imported bodies (masked by default).</source>
        <translation>Conservar los códigos de un solo uso en los cuerpos importados (enmascarados por defecto).</translation>
    </message>
    <message>
        <source>logs sync needs --since DATE (YYYY-MM-DD); see sms-hook-cli --help.</source>
        <translation>logs sync necesita --since FECHA (AAAA-MM-DD); consulta sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>a day as YYYY-MM-DD (UTC) or an ISO date-time</source>
        <translation>un día como AAAA-MM-DD (UTC) o una fecha y hora ISO</translation>
    </message>
    <message>
        <source>a day on or after --since</source>
        <translation>un día igual o posterior a --since</translation>
    </message>
    <message numerus="yes">
        <source>sync cancelled after %n page(s).</source>
        <translation>
            <numerusform>sincronización cancelada tras %n página.</numerusform>
            <numerusform>sincronización cancelada tras %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the same command again to continue where it stopped.</source>
        <translation>Vuelve a ejecutar el mismo comando para continuar donde se detuvo.</translation>
    </message>
    <message>
        <source>unknown command &quot;logs %1&quot;. Run sms-hook-cli --help for the list.</source>
        <translation>comando «logs %1» desconocido. Ejecuta sms-hook-cli --help para ver la lista.</translation>
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
                                     el registro de envíos, del más reciente al más
                                     antiguo (por defecto, 50)
  logs export --format csv|json [filters as for list] [--output FILE]
                                     los intentos que coinciden, con su cronología
  logs sync --profile P --since DATE [--until DATE] [--page-size N] [--keep-codes]
                                     importar el registro de mensajes de Twilio de
                                     esos días (códigos de un solo uso enmascarados
                                     salvo con --keep-codes); Ctrl+C detiene y volver
                                     a ejecutarlo reanuda
                                     DATE: AAAA-MM-DD (UTC) o una fecha y hora ISO
</translation>
    </message>
    <message>
        <source>Write this to the tenant? [y/N] </source>
        <translation>¿Escribir esto en el tenant? [y/N] </translation>
    </message>
    <message>
        <source>--credential: use client-secret or password.</source>
        <translation>--credential: usa client-secret o password.</translation>
    </message>
    <message>
        <source>Password of the test user: </source>
        <translation>Contraseña del usuario de prueba: </translation>
    </message>
    <message>
        <source>Client secret of the test application: </source>
        <translation>Secreto de cliente de la aplicación de prueba: </translation>
    </message>
    <message>
        <source>nothing on standard input.</source>
        <translation>no hay nada en la entrada estándar.</translation>
    </message>
    <message>
        <source>Pipe it in: printf %s &quot;$VALUE&quot; | sms-hook-cli auth0 test-mfa --profile P --credential %1</source>
        <translation>Pásalo por una tubería: printf %s &quot;$VALUE&quot; | sms-hook-cli auth0 test-mfa --profile P --credential %1</translation>
    </message>
    <message>
        <source>Stored %1 in the keychain.</source>
        <translation>%1 guardado en el llavero.</translation>
    </message>
    <message>
        <source>The console created no test application or user for &quot;%1&quot;; only its settings and keychain entries go.</source>
        <translation>La consola no creó ninguna aplicación ni usuario de prueba para «%1»; solo se eliminan sus ajustes y sus entradas del llavero.</translation>
    </message>
    <message>
        <source>Removing the MFA test&apos;s own application and user writes:</source>
        <translation>Eliminar la aplicación y el usuario propios de la prueba de MFA escribe:</translation>
    </message>
    <message>
        <source>nothing was removed.</source>
        <translation>no se eliminó nada.</translation>
    </message>
    <message>
        <source>Add --yes to remove what is listed.</source>
        <translation>Añade --yes para eliminar lo que aparece en la lista.</translation>
    </message>
    <message>
        <source>Setting up the MFA test writes to the tenant:</source>
        <translation>Configurar la prueba de MFA escribe en el tenant:</translation>
    </message>
    <message>
        <source>  and keeps %1 in the keychain.</source>
        <translation>  y guarda %1 en el llavero.</translation>
    </message>
    <message>
        <source>nothing was written to the tenant.</source>
        <translation>no se escribió nada en el tenant.</translation>
    </message>
    <message>
        <source>Add --yes to write what is listed.</source>
        <translation>Añade --yes para escribir lo que aparece en la lista.</translation>
    </message>
    <message>
        <source>Using a sandbox inside this command; the simulated handset of %1 reads the code.</source>
        <translation>Este comando usa una sandbox propia; el teléfono simulado de %1 lee el código.</translation>
    </message>
    <message>
        <source>Code texted to %1: </source>
        <translation>Código enviado por SMS a %1: </translation>
    </message>
    <message>
        <source>Twilio message %1: %2</source>
        <translation>Mensaje de Twilio %1: %2</translation>
    </message>
    <message>
        <source>Auth0 log: %1  %2  %3</source>
        <translation>Registro de Auth0: %1  %2  %3</translation>
    </message>
    <message>
        <source>The test phone, E.164.</source>
        <translation>El teléfono de prueba, en E.164.</translation>
    </message>
    <message>
        <source>Create the console&apos;s own test application and user first.</source>
        <translation>Crear primero la aplicación y el usuario de prueba propios de la consola.</translation>
    </message>
    <message>
        <source>Remove the console&apos;s test application and user.</source>
        <translation>Eliminar la aplicación y el usuario de prueba de la consola.</translation>
    </message>
    <message>
        <source>Write what the plan lists.</source>
        <translation>Escribir lo que indica el plan.</translation>
    </message>
    <message>
        <source>Name an existing test application.</source>
        <translation>Indicar una aplicación de prueba existente.</translation>
    </message>
    <message>
        <source>Name an existing test user.</source>
        <translation>Indicar un usuario de prueba existente.</translation>
    </message>
    <message>
        <source>The test user&apos;s database connection.</source>
        <translation>La conexión de base de datos del usuario de prueba.</translation>
    </message>
    <message>
        <source>Store client-secret or password from standard input.</source>
        <translation>Guardar client-secret o password desde la entrada estándar.</translation>
    </message>
    <message>
        <source>Unified tenants: also send the phone provider&apos;s test message.</source>
        <translation>Tenants Unified: enviar también el mensaje de prueba del proveedor telefónico.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; is not connected to a tenant.</source>
        <translation>el perfil «%1» no está conectado a ningún tenant.</translation>
    </message>
    <message>
        <source>Connect it first: sms-hook-cli auth0 connect --profile &quot;%1&quot; ...</source>
        <translation>Conéctalo primero: sms-hook-cli auth0 connect --profile &quot;%1&quot; ...</translation>
    </message>
    <message>
        <source>test-mfa needs --to NUMBER, the test phone in E.164; see sms-hook-cli --help.</source>
        <translation>test-mfa necesita --to NÚMERO, el teléfono de prueba en E.164; consulta sms-hook-cli --help.</translation>
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
                                     iniciar sesión con el usuario de prueba y
                                     completar la MFA con el código recibido por SMS
                                     (código 0), mostrando la cronología; --setup
                                     crea antes la aplicación y el usuario de prueba
                                     de la consola (se muestra el plan; --yes)
  auth0 test-mfa --profile P --remove [--yes]
                                     eliminar la aplicación y el usuario de prueba de
                                     la consola
  auth0 test-mfa --profile P --client-id ID --user NAME [--connection C] --to N
                                     indicar una aplicación y un usuario de prueba
                                     existentes; guardar sus secretos con
                                     --credential client-secret|password (desde la
                                     entrada estándar)
</translation>
    </message>
    <message>
        <source>JSON object merged over the event Auth0 builds.</source>
        <translation>Objeto JSON combinado con el evento que construye Auth0.</translation>
    </message>
    <message>
        <source>A local file to compare the tenant&apos;s draft with.</source>
        <translation>Un archivo local con el que comparar el borrador del tenant.</translation>
    </message>
    <message>
        <source>Write --code into the draft first (not deployed).</source>
        <translation>Escribir primero --code en el borrador (sin implementar).</translation>
    </message>
    <message>
        <source>--update-draft writes the file given with --code into the draft: add --code FILE.</source>
        <translation>--update-draft escribe en el borrador el archivo indicado con --code: añade --code FILE.</translation>
    </message>
    <message>
        <source>--event: expected a JSON object.</source>
        <translation>--event: se espera un objeto JSON.</translation>
    </message>
    <message>
        <source>Give a JSON object, e.g. --event &apos;{&quot;notification&quot;: {&quot;code&quot;: &quot;4321&quot;}}&apos;.</source>
        <translation>Indica un objeto JSON, p. ej. --event &apos;{&quot;notification&quot;: {&quot;code&quot;: &quot;4321&quot;}}&apos;.</translation>
    </message>
    <message>
        <source>action test-remote needs --to NUMBER (or an --event that names its recipient); see sms-hook-cli --help.</source>
        <translation>action test-remote necesita --to NUMBER (o un --event que indique su destinatario); consulta sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>The tenant&apos;s draft differs from %1:
%2</source>
        <translation>El borrador del tenant difiere de %1:
%2</translation>
    </message>
    <message>
        <source>Tested the %1draft of &quot;%2&quot; (%3) in the tenant: %4</source>
        <translation>Se probó el borrador %1de «%2» (%3) en el tenant: %4</translation>
    </message>
    <message>
        <source>updated </source>
        <translation>actualizado </translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondió</translation>
    </message>
    <message>
        <source>Twilio message %1</source>
        <translation>Mensaje de Twilio %1</translation>
    </message>
    <message>
        <source>error: %1%2%3</source>
        <translation>error: %1%2%3</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>motivo: %1</translation>
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
                                     implementar el código como Action telefónica del
                                     tenant y activarla; se muestra cada paso,
                                     código 1 si falla
  action pull --profile P [--output F]
                                     el código implementado de la Action vinculada
  action rollback --profile P [--version N]
                                     volver a implementar una versión anterior
  action test-remote --profile P [--to N] [--text T] [--event JSON]
                     [--code FILE [--update-draft]]
                                     el tenant ejecuta el borrador de su Action con el
                                     evento de una ejecución local (código 1 si falla)
</translation>
    </message>
    <message>
        <source>delivery: %1 %2</source>
        <translation>entrega: %1 %2</translation>
    </message>
    <message>
        <source>%1; commas for several.</source>
        <translation>%1; comas para varios.</translation>
    </message>
    <message>
        <source>one of %1, not &quot;%2&quot;</source>
        <translation>uno de %1, no «%2»</translation>
    </message>
    <message>
        <source>auth0: use connect, status, disconnect, test-mfa or logs; see sms-hook-cli --help.</source>
        <translation>auth0: usa connect, status, disconnect, test-mfa o logs; consulta sms-hook-cli --help.</translation>
    </message>
    <message numerus="yes">
        <source>The first day to read (YYYY-MM-DD, UTC). Without it: continue the last sync, or the last %n day(s).</source>
        <translation>
            <numerusform>El primer día que leer (AAAA-MM-DD, UTC). Sin él: continuar la última sincronización, o leer el último %n día.</numerusform>
            <numerusform>El primer día que leer (AAAA-MM-DD, UTC). Sin él: continuar la última sincronización, o leer los últimos %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>--since: expected a day as YYYY-MM-DD (UTC), today or earlier, not &quot;%1&quot;.</source>
        <translation>--since: se esperaba un día como AAAA-MM-DD (UTC), hoy o anterior, no «%1».</translation>
    </message>
    <message>
        <source>Auth0&apos;s rate limit: waiting until %1.</source>
        <translation>Límite de frecuencia de Auth0: esperando hasta %1.</translation>
    </message>
    <message>
        <source>sync cancelled.</source>
        <translation>sincronización cancelada.</translation>
    </message>
    <message>
        <source>auth0 logs: use sync; see sms-hook-cli --help.</source>
        <translation>auth0 logs: usa sync; consulta sms-hook-cli --help.</translation>
    </message>
    <message>
        <source>  auth0 logs sync --profile P [--since DATE]
                                     read the tenant&apos;s MFA log events
                                     into the delivery log and match each
                                     send to its Twilio message; Ctrl+C
                                     stops, running it again resumes
</source>
        <translation>  auth0 logs sync --profile P [--since DATE]
                                     leer los eventos MFA del registro del tenant
                                     en el registro de envíos y asociar cada envío
                                     a su mensaje de Twilio; Ctrl+C lo detiene,
                                     volver a ejecutarlo lo reanuda
</translation>
    </message>
    <message>
        <source>Time limit of the run (default %1).</source>
        <translation>Límite de tiempo de la ejecución (predeterminado %1).</translation>
    </message>
    <message>
        <source>Synced %1: %2.</source>
        <translation>%1 sincronizado: %2.</translation>
    </message>
    <message>
        <source>Synced the tenant log of %1 since %2: %3.</source>
        <extracomment>%3 what was added and matched, with the pages read</extracomment>
        <translation>Registro del tenant de %1 sincronizado desde %2: %3.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
</context>
<context>
    <name>ConvertToAction</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Con&amp;vert to Action…</source>
        <translation>Con&amp;vertir en Action…</translation>
    </message>
    <message>
        <source>Convert this Send Phone Message hook into an Action for the tenant&apos;s trigger (as one edit: Undo brings the hook back)</source>
        <translation>Convertir este hook Send Phone Message en una Action para el desencadenador del tenant (como una sola edición: Deshacer recupera el hook)</translation>
    </message>
    <message>
        <source>Convert to Action</source>
        <translation>Convertir en Action</translation>
    </message>
    <message>
        <source>The code changed while it was being converted, so it was left as it is. Convert it again.</source>
        <translation>El código cambió mientras se convertía, así que se dejó como estaba. Vuelve a convertirlo.</translation>
    </message>
    <message>
        <source>The hook is now a %1 Action; everything was converted.</source>
        <translation>El hook ahora es una Action %1; se convirtió todo.</translation>
    </message>
    <message numerus="yes">
        <source>The hook is now a %1 Action, but %n part(s) could not be converted: they are marked TODO(convert) in the code and listed under Problems.</source>
        <translation>
            <numerusform>El hook ahora es una Action %1, pero %n parte no se pudo convertir: está marcada con TODO(convert) en el código y aparece en Problemas.</numerusform>
            <numerusform>El hook ahora es una Action %1, pero %n partes no se pudieron convertir: están marcadas con TODO(convert) en el código y aparecen en Problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not converted:</source>
        <translation>Sin convertir:</translation>
    </message>
    <message>
        <source>Changed (see the &quot;Converted:&quot; comments):</source>
        <translation>Cambiado (consulta los comentarios «Converted:»):</translation>
    </message>
    <message>
        <source>Add the twilio dependency and the secrets in the Action&apos;s settings in Auth0. Undo brings the hook back.</source>
        <translation>Añade la dependencia twilio y los secretos en los ajustes de la Action en Auth0. Deshacer recupera el hook.</translation>
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
        <translation>Auth0 ya no ejecuta los hooks Send Phone Message. El código se convierte en una Action para el desencadenador que ejecuta tu tenant; los secretos del hook pasan a ser los secretos de la Action (event.secrets) y cb pasa a ser return y throw. Lo que no se puede convertir se queda en su sitio, marcado con TODO(convert).</translation>
    </message>
    <message>
        <source>&amp;send-phone-message: the legacy MFA phone set-up (delivery provider &quot;Custom&quot;)</source>
        <translation>&amp;send-phone-message: la configuración telefónica MFA heredada (proveedor de entrega «Custom»)</translation>
    </message>
    <message>
        <source>&amp;custom-phone-provider: the Unified Phone Experience (phone provider &quot;Custom&quot;)</source>
        <translation>&amp;custom-phone-provider: la Unified Phone Experience (proveedor telefónico «Custom»)</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Convertir</translation>
    </message>
    <message>
        <source>The tenant runs the Unified Phone Experience (read on the Tenant page): custom-phone-provider.</source>
        <translation>El tenant usa la Unified Phone Experience (leído en la página Tenant): custom-phone-provider.</translation>
    </message>
    <message>
        <source>The tenant runs the legacy MFA phone set-up (read on the Tenant page): send-phone-message.</source>
        <translation>El tenant usa la configuración telefónica MFA heredada (leído en la página Tenant): send-phone-message.</translation>
    </message>
    <message>
        <source>The tenant&apos;s mode has not been read yet: open the Tenant page to read it. A tenant that ran hooks keeps the legacy set-up unless it moved to the Unified Phone Experience.</source>
        <translation>Todavía no se ha leído el modo del tenant: abre la página Tenant para leerlo. Un tenant que ejecutaba hooks conserva la configuración heredada, salvo que se haya pasado a la Unified Phone Experience.</translation>
    </message>
    <message>
        <source>No tenant is connected to this profile, so its mode is not known. A tenant that ran hooks keeps the legacy set-up unless it moved to the Unified Phone Experience.</source>
        <translation>No hay ningún tenant conectado a este perfil, así que se desconoce su modo. Un tenant que ejecutaba hooks conserva la configuración heredada, salvo que se haya pasado a la Unified Phone Experience.</translation>
    </message>
</context>
<context>
    <name>DeliveryLog</name>
    <message>
        <source>the delivery log is not open</source>
        <translation>el registro de envíos no está abierto</translation>
    </message>
    <message>
        <source>attempt %1 is not in the log</source>
        <translation>el intento %1 no está en el registro</translation>
    </message>
    <message>
        <source>the attempt was never recorded</source>
        <translation>el intento nunca se registró</translation>
    </message>
    <message>
        <source>the delivery log could not be read or written</source>
        <translation>no se pudo leer ni escribir el registro de envíos</translation>
    </message>
</context>
<context>
    <name>DeliveryLogModel</name>
    <message>
        <source>Twilio error %1: %2</source>
        <translation>Error de Twilio %1: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>From / service</source>
        <translation>Desde / servicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>(no longer in the log)</source>
        <translation>(ya no está en el registro)</translation>
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
        <translation>Página Ejecutar</translation>
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
        <translation>Importación de Twilio</translation>
    </message>
    <message>
        <source>Not sortable: an index over every message would take as much room as the messages themselves. Search the messages instead.</source>
        <translation>No se puede ordenar: un índice sobre todos los mensajes ocuparía tanto espacio como los propios mensajes. Busca en los mensajes en su lugar.</translation>
    </message>
</context>
<context>
    <name>DeliveryTracker</name>
    <message>
        <source>The Twilio client is gone.</source>
        <translation>El cliente de Twilio ya no existe.</translation>
    </message>
    <message numerus="yes">
        <source>The delivery status could not be read (%1 of %n tries): %2 Polling again in %3 s.</source>
        <extracomment>%1 failed polls so far, %n the most before giving up, %2 why, %3 seconds</extracomment>
        <translation>
            <numerusform>No se pudo leer el estado de entrega (%1 de %n intento): %2 Nueva consulta en %3 s.</numerusform>
            <numerusform>No se pudo leer el estado de entrega (%1 de %n intentos): %2 Nueva consulta en %3 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeployDialog</name>
    <message>
        <source>Deploy the Action</source>
        <translation>Implementar la Action</translation>
    </message>
    <message>
        <source>Action &amp;name:</source>
        <translation>&amp;Nombre de la Action:</translation>
    </message>
    <message>
        <source>the Action bound to the trigger</source>
        <translation>la Action vinculada al desencadenador</translation>
    </message>
    <message>
        <source>R&amp;untime:</source>
        <translation>&amp;Entorno de ejecución:</translation>
    </message>
    <message>
        <source>&amp;Activate: bind it, turn SMS on, select it as the phone provider</source>
        <translation>&amp;Activar: vincularla, activar SMS, seleccionarla como proveedor telefónico</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Implementar</translation>
    </message>
    <message>
        <source>Node 22 (recommended)</source>
        <translation>Node 22 (recomendado)</translation>
    </message>
    <message>
        <source>Node 18</source>
        <translation>Node 18</translation>
    </message>
    <message>
        <source>Deploy to %1. This code exports no Action handler: the check will say what to change.</source>
        <translation>Implementar en %1. Este código no exporta ningún manejador de Action: la comprobación indicará qué cambiar.</translation>
    </message>
    <message>
        <source>Deploy this code to %1 as its %2 Action, with the secrets it reads from this profile&apos;s keychain and twilio %3.</source>
        <translation>Implementar este código en %1 como su Action %2, con los secretos que lee del llavero de este perfil y twilio %3.</translation>
    </message>
    <message>
        <source>Reading what %1 runs now…</source>
        <translation>Leyendo lo que ejecuta %1 ahora…</translation>
    </message>
    <message>
        <source>Nothing is deployed for the tenant&apos;s trigger yet: a new Action will be created.</source>
        <translation>Todavía no hay nada implementado para el desencadenador del tenant: se creará una Action nueva.</translation>
    </message>
    <message>
        <source>What the tenant runs could not be read: %1</source>
        <translation>No se pudo leer lo que ejecuta el tenant: %1</translation>
    </message>
    <message>
        <source>%1, version %2 (deployed)</source>
        <translation>%1, versión %2 (implementada)</translation>
    </message>
    <message>
        <source>this code</source>
        <translation>este código</translation>
    </message>
    <message>
        <source>&quot;%1&quot; version %2 already runs this code; deploying again updates its secrets from the keychain.</source>
        <translation>«%1» versión %2 ya ejecuta este código; volver a implementarlo actualiza sus secretos desde el llavero.</translation>
    </message>
    <message>
        <source>Changes from what &quot;%1&quot; runs now:</source>
        <translation>Cambios respecto a lo que ejecuta «%1» ahora:</translation>
    </message>
    <message>
        <source>Deployed version %1 of &quot;%2&quot;. %3</source>
        <translation>Versión %1 de «%2» implementada. %3</translation>
    </message>
    <message>
        <source>&amp;Deploy again</source>
        <translation>&amp;Volver a implementar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Changes to the deployed code</source>
        <translation>Cambios en el código desplegado</translation>
    </message>
    <message>
        <source>Deploy steps</source>
        <translation>Pasos del despliegue</translation>
    </message>
</context>
<context>
    <name>ExplanationMarkdown</name>
    <message>
        <source>Possible causes</source>
        <translation>Causas posibles</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Twilio&apos;s documentation of this error</source>
        <translation>Documentación de Twilio sobre este error</translation>
    </message>
    <message>
        <source>Twilio error %1: %2</source>
        <translation>Error de Twilio %1: %2</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
</context>
<context>
    <name>HookCodeStore</name>
    <message>
        <source>Could not create the folder %1 for hook code: check its permissions and free space.</source>
        <translation>No se pudo crear la carpeta %1 para el código del hook: comprueba sus permisos y el espacio libre.</translation>
    </message>
    <message>
        <source>Could not save the hook code to %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation>No se pudo guardar el código del hook en %1: %2. Comprueba los permisos de la carpeta y el espacio libre.</translation>
    </message>
</context>
<context>
    <name>HookEditor</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Solución:</translation>
    </message>
</context>
<context>
    <name>HookLint</name>
    <message>
        <source>module.exports is never assigned: Auth0 finds no handler.</source>
        <translation>module.exports nunca se asigna: Auth0 no encuentra ningún manejador.</translation>
    </message>
    <message>
        <source>module.exports is not assigned a function.</source>
        <translation>A module.exports no se le asigna una función.</translation>
    </message>
    <message numerus="yes">
        <source>The exported function takes %n parameter(s); Auth0 calls it with 4.</source>
        <translation>
            <numerusform>La función exportada recibe %n parámetro; Auth0 la llama con 4.</numerusform>
            <numerusform>La función exportada recibe %n parámetros; Auth0 la llama con 4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the handler as module.exports = function (recipient, text, context, cb) { ... }.</source>
        <translation>Exporta el manejador como module.exports = function (recipient, text, context, cb) { ... }.</translation>
    </message>
    <message>
        <source>This return ends the hook without calling %1.</source>
        <translation>Este return termina el hook sin llamar a %1.</translation>
    </message>
    <message>
        <source>Only one branch of this if leads to %1: the other may end without it.</source>
        <translation>Solo una rama de este if lleva a %1: la otra puede terminar sin él.</translation>
    </message>
    <message>
        <source>This promise chain calls %1 on success only: a failure is never reported.</source>
        <translation>Esta cadena de promesas solo llama a %1 si tiene éxito: un fallo nunca se notifica.</translation>
    </message>
    <message>
        <source>This promise chain calls %1 on failure only: a success is never reported.</source>
        <translation>Esta cadena de promesas solo llama a %1 si falla: un éxito nunca se notifica.</translation>
    </message>
    <message>
        <source>The hook may end here without calling %1.</source>
        <translation>El hook puede terminar aquí sin llamar a %1.</translation>
    </message>
    <message>
        <source>Call %1(error) or %1(null, result) on every path, including errors (add the missing else or .catch); otherwise Auth0 waits until its time limit.</source>
        <translation>Llama a %1(error) o %1(null, result) en todos los caminos, incluidos los errores (añade el else o el .catch que falta); si no, Auth0 espera hasta su límite de tiempo.</translation>
    </message>
    <message>
        <source>require() with a computed module name cannot be checked.</source>
        <translation>No se puede comprobar un require() con un nombre de módulo calculado.</translation>
    </message>
    <message>
        <source>Write the module&apos;s name as a literal, e.g. require(&apos;twilio&apos;).</source>
        <translation>Escribe el nombre del módulo como literal, p. ej. require(&apos;twilio&apos;).</translation>
    </message>
    <message>
        <source>require(&apos;%1&apos;): Auth0 runs the code as one file, so it cannot load files beside it.</source>
        <translation>require(&apos;%1&apos;): Auth0 ejecuta el código como un solo archivo, así que no puede cargar archivos junto a él.</translation>
    </message>
    <message>
        <source>Put that code in this file, or publish it as a package.</source>
        <translation>Pon ese código en este archivo o publícalo como paquete.</translation>
    </message>
    <message>
        <source>require(&apos;%1&apos;): a package besides Node&apos;s own modules and twilio.</source>
        <translation>require(&apos;%1&apos;): un paquete distinto de los módulos propios de Node y de twilio.</translation>
    </message>
    <message>
        <source>Add it to the Action&apos;s dependencies in Auth0; to run it here, run &quot;npm install %1&quot; in a folder and choose it as the profile&apos;s modules folder.</source>
        <translation>Añádelo a las dependencias de la Action en Auth0; para ejecutarlo aquí, ejecuta «npm install %1» en una carpeta y elígela como carpeta de módulos del perfil.</translation>
    </message>
    <message>
        <source>This is a Send Phone Message hook: Auth0 stopped running hooks on 18 November 2026, and the tenant runs a %1 Action instead.</source>
        <translation>Esto es un hook Send Phone Message: Auth0 dejó de ejecutar hooks el 18 de noviembre de 2026 y el tenant ejecuta en su lugar una Action %1.</translation>
    </message>
    <message>
        <source>Convert it to an Action (Convert to Action, or sms-hook-cli action convert) and deploy that.</source>
        <translation>Conviértelo en una Action (Convertir en Action, o sms-hook-cli action convert) e impleméntala.</translation>
    </message>
    <message>
        <source>The code exports %1, but the tenant runs %2: Auth0 never calls this handler.</source>
        <translation>El código exporta %1, pero el tenant ejecuta %2: Auth0 nunca llama a este manejador.</translation>
    </message>
    <message>
        <source>Export exports.%1 = async (event, api) =&gt; { ... }, or convert the hook again for the tenant&apos;s trigger.</source>
        <translation>Exporta exports.%1 = async (event, api) =&gt; { ... } o vuelve a convertir el hook para el desencadenador del tenant.</translation>
    </message>
    <message>
        <source>exports.%1 is not assigned a function.</source>
        <translation>A exports.%1 no se le asigna una función.</translation>
    </message>
    <message>
        <source>Assign it a function: exports.%1 = async (event, api) =&gt; { ... }.</source>
        <translation>Asígnale una función: exports.%1 = async (event, api) =&gt; { ... }.</translation>
    </message>
    <message numerus="yes">
        <source>The handler takes %n parameter(s); Auth0 passes two, event and api, and no callback.</source>
        <translation>
            <numerusform>El manejador recibe %n parámetro; Auth0 pasa dos, event y api, y ningún callback.</numerusform>
            <numerusform>El manejador recibe %n parámetros; Auth0 pasa dos, event y api, y ningún callback.</numerusform>
        </translation>
    </message>
    <message>
        <source>Declare (event, api); return or throw instead of calling a callback.</source>
        <translation>Declara (event, api); usa return o throw en lugar de llamar a un callback.</translation>
    </message>
    <message>
        <source>The code exports no handler: Auth0 finds nothing to run.</source>
        <translation>El código no exporta ningún manejador: Auth0 no encuentra nada que ejecutar.</translation>
    </message>
    <message>
        <source>The code exports %1, which no phone message trigger calls.</source>
        <translation>El código exporta %1, que ningún desencadenador de mensajes telefónicos llama.</translation>
    </message>
    <message>
        <source>Export exports.onExecuteSendPhoneMessage (legacy MFA phone set-up) or exports.onExecuteCustomPhoneProvider (Unified Phone Experience).</source>
        <translation>Exporta exports.onExecuteSendPhoneMessage (configuración telefónica MFA heredada) o exports.onExecuteCustomPhoneProvider (Unified Phone Experience).</translation>
    </message>
    <message>
        <source>Export the tenant&apos;s handler: exports.%1 = async (event, api) =&gt; { ... }.</source>
        <translation>Exporta el manejador del tenant: exports.%1 = async (event, api) =&gt; { ... }.</translation>
    </message>
    <message>
        <source>The promise of %1 is neither awaited nor returned: the Action may end before Twilio gets the request, and a failure goes unseen.</source>
        <translation>La promesa de %1 no se espera con await ni se devuelve: la Action puede terminar antes de que Twilio reciba la solicitud y un fallo pasa desapercibido.</translation>
    </message>
    <message>
        <source>Write await before it (in an async handler), or return it.</source>
        <translation>Escribe await delante (en un manejador async) o devuélvela con return.</translation>
    </message>
    <message>
        <source>An Action has no context.webtask: this reads the hook&apos;s secrets.</source>
        <translation>Una Action no tiene context.webtask: esto lee los secretos del hook.</translation>
    </message>
    <message>
        <source>Read the secrets from event.secrets (event.secrets.NAME).</source>
        <translation>Lee los secretos de event.secrets (event.secrets.NAME).</translation>
    </message>
    <message>
        <source>%1 is not defined in an Action: Auth0 passes no callback.</source>
        <translation>%1 no está definido en una Action: Auth0 no pasa ningún callback.</translation>
    </message>
    <message>
        <source>Return to succeed (await what the Action sends) and throw to fail.</source>
        <translation>Usa return para tener éxito (con await sobre lo que envía la Action) y throw para fallar.</translation>
    </message>
    <message>
        <source>%1: an Action gets no context; the hook&apos;s fields are in event.</source>
        <translation>%1: una Action no recibe context; los campos del hook están en event.</translation>
    </message>
    <message>
        <source>Read the field from event (event.message_options on send-phone-message, event.notification on custom-phone-provider).</source>
        <translation>Lee el campo de event (event.message_options en send-phone-message, event.notification en custom-phone-provider).</translation>
    </message>
    <message>
        <source>Write %1.</source>
        <translation>Escribe %1.</translation>
    </message>
    <message>
        <source>The Action never calls api.notification.drop or retry: Auth0 is not told when a message could not be sent.</source>
        <translation>La Action nunca llama a api.notification.drop ni a retry: Auth0 no se entera cuando no se pudo enviar un mensaje.</translation>
    </message>
    <message>
        <source>Catch the Twilio error and call api.notification.retry(reason) when it is transient (Twilio&apos;s 20429 or 503), else api.notification.drop(reason).</source>
        <translation>Captura el error de Twilio y llama a api.notification.retry(reason) cuando sea transitorio (el 20429 o el 503 de Twilio); si no, a api.notification.drop(reason).</translation>
    </message>
    <message>
        <source>%1: the send-phone-message trigger&apos;s api has no notification (only api.cache).</source>
        <translation>%1: la api del desencadenador send-phone-message no tiene notification (solo api.cache).</translation>
    </message>
    <message>
        <source>Throw an error to fail the send; api.notification belongs to custom-phone-provider Actions.</source>
        <translation>Lanza un error con throw para que falle el envío; api.notification es de las Actions custom-phone-provider.</translation>
    </message>
    <message>
        <source>%1 reached its end of life: Auth0 runs this Action on Node 22 instead.</source>
        <translation>%1 llegó al final de su vida útil: Auth0 ejecuta esta Action en Node 22 en su lugar.</translation>
    </message>
    <message>
        <source>Choose node22 in the Action&apos;s settings and test the code on it.</source>
        <translation>Elige node22 en los ajustes de la Action y prueba el código con él.</translation>
    </message>
    <message>
        <source>twilio %1 needs Node 20 or later; the Action&apos;s runtime is %2.</source>
        <translation>twilio %1 necesita Node 20 o posterior; el entorno de ejecución de la Action es %2.</translation>
    </message>
    <message>
        <source>Pin the dependency to twilio 5.x, or choose the node22 runtime.</source>
        <translation>Fija la dependencia en twilio 5.x o elige el entorno node22.</translation>
    </message>
    <message>
        <source>Left by the conversion: %1</source>
        <translation>Pendiente de la conversión: %1</translation>
    </message>
    <message>
        <source>Rewrite this part for the Action, then delete the TODO(convert) comment.</source>
        <translation>Reescribe esta parte para la Action y luego borra el comentario TODO(convert).</translation>
    </message>
    <message>
        <source>Syntax error: %1.</source>
        <translation>Error de sintaxis: %1.</translation>
    </message>
    <message>
        <source>Correct the code at this position; the code does not run until it parses.</source>
        <translation>Corrige el código en esta posición; no se ejecuta hasta que se pueda analizar.</translation>
    </message>
    <message>
        <source>The code could not be checked: %1.</source>
        <translation>No se pudo comprobar el código: %1.</translation>
    </message>
    <message>
        <source>Report this with the code that causes it.</source>
        <translation>Notifícalo junto con el código que lo provoca.</translation>
    </message>
    <message>
        <source>The code reads the secret %1, which the profile does not define.</source>
        <translation>El código lee el secreto %1, que el perfil no define.</translation>
    </message>
    <message>
        <source>Add %1 on the Secrets page (and as a secret of the Action in Auth0), or correct its name here.</source>
        <translation>Añade %1 en la página Secretos (y como secreto de la Action en Auth0) o corrige aquí su nombre.</translation>
    </message>
    <message>
        <source>Add %1 on the Secrets page (and as a hook secret in Auth0), or correct its name here.</source>
        <translation>Añade %1 en la página Secretos (y como secreto del hook en Auth0) o corrige aquí su nombre.</translation>
    </message>
    <message>
        <source>The profile defines the secret %1, but the code never reads it.</source>
        <translation>El perfil define el secreto %1, pero el código nunca lo lee.</translation>
    </message>
    <message>
        <source>Read it as %1, or remove it from the profile.</source>
        <translation>Léelo como %1 o quítalo del perfil.</translation>
    </message>
    <message>
        <source>The Account SID is passed where the Verify service SID belongs.</source>
        <translation>Se pasa el Account SID donde corresponde el SID del servicio de Verify.</translation>
    </message>
    <message>
        <source>Use the Verify service&apos;s SID (VA...): verify.v2.services(%1).</source>
        <translation>Usa el SID del servicio de Verify (VA...): verify.v2.services(%1).</translation>
    </message>
    <message>
        <source>client.verify.services is deprecated: twilio-node prints a warning on every call, and an Action keeps only 256 characters of its log.</source>
        <translation>client.verify.services está obsoleto: twilio-node muestra una advertencia en cada llamada y una Action solo conserva 256 caracteres de su registro.</translation>
    </message>
    <message>
        <source>Write client.verify.v2.services(...).</source>
        <translation>Escribe client.verify.v2.services(...).</translation>
    </message>
    <message>
        <source>message_type is not defined here; the Action reads it from event.</source>
        <translation>message_type no está definido aquí; la Action lo lee de event.</translation>
    </message>
    <message>
        <source>message_type is not defined here; Auth0 passes it in the context.</source>
        <translation>message_type no está definido aquí; Auth0 lo pasa en el context.</translation>
    </message>
    <message>
        <source>Write event.notification.delivery_method (&apos;text&apos; or &apos;voice&apos;).</source>
        <translation>Escribe event.notification.delivery_method (&apos;text&apos; o &apos;voice&apos;).</translation>
    </message>
    <message>
        <source>Write event.message_options.message_type.</source>
        <translation>Escribe event.message_options.message_type.</translation>
    </message>
    <message>
        <source>Write context.message_type.</source>
        <translation>Escribe context.message_type.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3 %4</source>
        <translation>Línea %1, columna %2: %3 %4</translation>
    </message>
</context>
<context>
    <name>HookPage</name>
    <message>
        <source>Hook code</source>
        <translation>Código del hook</translation>
    </message>
    <message>
        <source>Load its code</source>
        <translation>Cargar su código</translation>
    </message>
    <message>
        <source>Replace the code with a template shipped with the console</source>
        <translation>Sustituir el código por una plantilla incluida con la consola</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Plantilla</translation>
    </message>
    <message>
        <source>Open a .js file (Ctrl+O)</source>
        <translation>Abrir un archivo .js (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Save the code for this profile, and to its file if it has one (Ctrl+S)</source>
        <translation>Guardar el código para este perfil y en su archivo si lo tiene (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the code to a .js file (Ctrl+Shift+S)</source>
        <translation>Guardar el código en un archivo .js (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Find and replace in the code (Ctrl+F, Ctrl+H)</source>
        <translation>Buscar y reemplazar en el código (Ctrl+F, Ctrl+H)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Deshacer la última edición (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Red&amp;o</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Run the code with the Run panel&apos;s recipient, text and context (Ctrl+Return)</source>
        <translation>Ejecutar el código con el destinatario, el texto y el context del panel de ejecución (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>Deploy this code as the profile&apos;s Action in its Auth0 tenant, with a diff first</source>
        <translation>Implementar este código como Action del perfil en su tenant de Auth0, con un diff antes</translation>
    </message>
    <message>
        <source>De&amp;ploy…</source>
        <translation>&amp;Implementar…</translation>
    </message>
    <message>
        <source>Stop the running script</source>
        <translation>Detener el script en ejecución</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Buscar:</translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation>Texto que buscar</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>Coincidencia siguiente (F3, Intro)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>Distinguir &amp;mayúsculas</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Pa&amp;labras completas</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Replace:</source>
        <translation>Reemplazar:</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>Reemplazo</translation>
    </message>
    <message>
        <source>Replace this match and find the next</source>
        <translation>Reemplazar esta coincidencia y buscar la siguiente</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Replace every match (one undo step)</source>
        <translation>Reemplazar todas las coincidencias (un solo paso de deshacer)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Lint as you type: double-click or press Enter to go to the line</source>
        <translation>Lint mientras escribes: haz doble clic o pulsa Intro para ir a la línea</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Run panel</source>
        <translation>Panel de ejecución</translation>
    </message>
    <message>
        <source>Re&amp;cipient:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>Auth0&apos;s recipient: the phone number the hook sends to</source>
        <translation>El destinatario de Auth0: el número de teléfono al que envía el hook</translation>
    </message>
    <message>
        <source>+14155552671</source>
        <translation>+14155552671</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Auth0&apos;s text: the message Auth0 composed; kept in step with context.code until you edit it</source>
        <translation>El texto de Auth0: el mensaje que redactó Auth0; sigue a context.code hasta que lo edites</translation>
    </message>
    <message>
        <source>Compose the text again from the context, as Auth0 does</source>
        <translation>Volver a componer el texto a partir del context, como hace Auth0</translation>
    </message>
    <message>
        <source>Auth0 text</source>
        <translation>Texto de Auth0</translation>
    </message>
    <message>
        <source>Con&amp;text (JSON):</source>
        <translation>Con&amp;text (JSON):</translation>
    </message>
    <message>
        <source>Put Auth0&apos;s sample context back</source>
        <translation>Restaurar el context de ejemplo de Auth0</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Auth0&apos;s context as JSON; context.webtask.secrets is filled from the profile&apos;s secrets when it runs</source>
        <translation>El context de Auth0 en JSON; context.webtask.secrets se rellena con los secretos del perfil al ejecutarlo</translation>
    </message>
    <message>
        <source>E&amp;vent (JSON):</source>
        <translation>E&amp;vent (JSON):</translation>
    </message>
    <message>
        <source>Build the event again from the recipient and text, as Auth0 builds it for this trigger</source>
        <translation>Volver a construir el event a partir del destinatario y el texto, como lo construye Auth0 para este desencadenador</translation>
    </message>
    <message>
        <source>From form</source>
        <translation>Desde el formulario</translation>
    </message>
    <message>
        <source>The Action&apos;s event as JSON, merged over the one Auth0 builds; event.secrets is filled from the profile&apos;s secrets when it runs</source>
        <translation>El event de la Action en JSON, combinado con el que construye Auth0; event.secrets se rellena con los secretos del perfil al ejecutarlo</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>&amp;Módulos:</translation>
    </message>
    <message>
        <source>A folder where you ran npm install for the packages the code requires (besides Node&apos;s own modules and twilio); kept for this profile</source>
        <translation>Una carpeta en la que ejecutaste npm install para los paquetes que carga el código (aparte de los módulos propios de Node y de twilio); se guarda para este perfil</translation>
    </message>
    <message>
        <source>Node&apos;s modules and twilio only</source>
        <translation>Solo los módulos de Node y twilio</translation>
    </message>
    <message>
        <source>Choose the folder with the code&apos;s npm packages</source>
        <translation>Elegir la carpeta con los paquetes npm del código</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Time &amp;limit:</source>
        <translation>&amp;Límite de tiempo:</translation>
    </message>
    <message>
        <source>The code is stopped after this time, as Auth0 stops a hook or an Action (20 s)</source>
        <translation>El código se detiene pasado este tiempo, como Auth0 detiene un hook o una Action (20 s)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>How the run ended, console lines and each Twilio request appear here</source>
        <translation>Aquí aparecen cómo terminó la ejecución, las líneas de consola y cada solicitud a Twilio</translation>
    </message>
    <message>
        <source>Open a .js file</source>
        <translation>Abrir un archivo .js</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Save the code for this profile, and to its file if it has one</source>
        <translation>Guardar el código para este perfil y en su archivo si lo tiene</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save the code to a .js file</source>
        <translation>Guardar el código en un archivo .js</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find in the code</source>
        <translation>Buscar en el código</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>&amp;Reemplazar…</translation>
    </message>
    <message>
        <source>Find and replace in the code</source>
        <translation>Buscar y reemplazar en el código</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <source>Close Find</source>
        <translation>Cerrar la búsqueda</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Run the code</source>
        <translation>Ejecutar el código</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Replace the code with the %1 template? The current code has unsaved changes.</source>
        <translation>¿Sustituir el código por la plantilla %1? El código actual tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>The hook code of profile &quot;%1&quot; has unsaved changes. Save them before showing the code of &quot;%2&quot;?</source>
        <translation>El código del hook del perfil «%1» tiene cambios sin guardar. ¿Guardarlos antes de mostrar el código de «%2»?</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Unsaved hook code</source>
        <translation>Código del hook sin guardar</translation>
    </message>
    <message>
        <source>Save writes the code to its file.</source>
        <translation>Guardar escribe el código en su archivo.</translation>
    </message>
    <message>
        <source>Save keeps the code for profile &quot;%1&quot;.</source>
        <translation>Guardar conserva el código para el perfil «%1».</translation>
    </message>
    <message>
        <source>Save keeps the code for profile &quot;%1&quot; and writes it to %2.</source>
        <translation>Guardar conserva el código para el perfil «%1» y lo escribe en %2.</translation>
    </message>
    <message>
        <source>The hook code of profile &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>El código del hook del perfil «%1» tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>The code could not be saved for profile &quot;%1&quot;: %2</source>
        <translation>No se pudo guardar el código para el perfil «%1»: %2</translation>
    </message>
    <message>
        <source>Save the hook code</source>
        <translation>Guardar el código del hook</translation>
    </message>
    <message>
        <source>JavaScript (*.js);;All files (*)</source>
        <translation>JavaScript (*.js);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a file instead of the current code? It has unsaved changes.</source>
        <translation>¿Abrir un archivo en lugar del código actual? Tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Open hook code</source>
        <translation>Abrir código del hook</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for hook code (%2 kB; at most %3 kB). Open the hook&apos;s .js file itself.</source>
        <translation>%1 es demasiado grande para código de hook (%2 kB; como máximo %3 kB). Abre el propio archivo .js del hook.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Hook code of %1</source>
        <translation>Código del hook de %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>No profile: Save writes a .js file</source>
        <translation>Sin perfil: Guardar escribe un archivo .js</translation>
    </message>
    <message>
        <source>Unsaved changes: Save keeps them for profile &quot;%1&quot;</source>
        <translation>Cambios sin guardar: Guardar los conserva para el perfil «%1»</translation>
    </message>
    <message>
        <source>Unsaved changes: Save keeps them for profile &quot;%1&quot; and in %2</source>
        <translation>Cambios sin guardar: Guardar los conserva para el perfil «%1» y en %2</translation>
    </message>
    <message>
        <source>From the %1 template, not saved for profile &quot;%2&quot; yet</source>
        <translation>De la plantilla %1, todavía sin guardar para el perfil «%2»</translation>
    </message>
    <message>
        <source>Saved for profile &quot;%1&quot;</source>
        <translation>Guardado para el perfil «%1»</translation>
    </message>
    <message>
        <source>Saved for profile &quot;%1&quot; and in %2</source>
        <translation>Guardado para el perfil «%1» y en %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;This is the code of profile &quot;%1&quot;.&lt;/b&gt; The console has moved on to &quot;%2&quot;; save or discard these edits to see its code.</source>
        <translation>&lt;b&gt;Este es el código del perfil «%1».&lt;/b&gt; La consola ha pasado a «%2»; guarda o descarta estos cambios para ver su código.</translation>
    </message>
    <message>
        <source>Show the code of &quot;%1&quot;…</source>
        <translation>Mostrar el código de «%1»…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n reemplazo</numerusform>
            <numerusform>%n reemplazos</numerusform>
        </translation>
    </message>
    <message>
        <source>Error on line %1</source>
        <translation>Error en la línea %1</translation>
    </message>
    <message>
        <source>Warning on line %1</source>
        <translation>Advertencia en la línea %1</translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>Problemas: ninguno</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Problemas: %1</translation>
    </message>
    <message>
        <source>Connect this profile to its Auth0 tenant on the Tenant page first; the code is deployed there.</source>
        <translation>Conecta primero este perfil a su tenant de Auth0 en la página Tenant; el código se implementa allí.</translation>
    </message>
    <message>
        <source>Run panel · Action (%1)</source>
        <extracomment>%1 the trigger, e.g. send-phone-message</extracomment>
        <translation>Panel de ejecución · Action (%1)</translation>
    </message>
    <message>
        <source>Run panel · hook</source>
        <translation>Panel de ejecución · hook</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <extracomment>%1 line, %2 column, %3 Qt&apos;s description of the JSON error</extracomment>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>write a JSON object, { … }, as Auth0 passes it.</source>
        <translation>escribe un objeto JSON, { … }, tal como lo pasa Auth0.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>secrets are replaced by the profile&apos;s</source>
        <translation>los secretos se sustituyen por los del perfil</translation>
    </message>
    <message>
        <source>edited: merged over the event Auth0 builds</source>
        <translation>editado: combinado con el evento que construye Auth0</translation>
    </message>
    <message>
        <source>event.secrets is filled from the profile&apos;s secrets when the code runs</source>
        <translation>event.secrets se rellena con los secretos del perfil cuando se ejecuta el código</translation>
    </message>
    <message>
        <source>Folder with the code&apos;s npm packages</source>
        <translation>Carpeta con los paquetes npm del código</translation>
    </message>
    <message>
        <source>%1 is not a folder: choose the folder where you ran npm install.</source>
        <translation>%1 no es una carpeta: elige la carpeta donde ejecutaste npm install.</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>Destinatario: %1</translation>
    </message>
    <message>
        <source>%1 · %2: SMS does not reach a landline; Auth0 would call it only for voice.</source>
        <translation>%1 · %2: los SMS no llegan a un fijo; Auth0 solo lo llamaría para voz.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>webtask.secrets is replaced by the profile&apos;s</source>
        <translation>webtask.secrets se sustituye por los del perfil</translation>
    </message>
    <message>
        <source>context.webtask.secrets is filled from the profile&apos;s secrets when the code runs</source>
        <translation>context.webtask.secrets se rellena con los secretos del perfil cuando se ejecuta el código</translation>
    </message>
    <message>
        <source>No profile: create one on the Secrets page; the run uses its secrets.</source>
        <translation>No hay perfil: crea uno en la página Secretos; la ejecución usa sus secretos.</translation>
    </message>
    <message>
        <source>Recipient: enter the phone number the hook sends to.</source>
        <translation>Destinatario: introduce el número de teléfono al que envía el hook.</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Evento: %1</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>Contexto: %1</translation>
    </message>
    <message>
        <source>Modules: %1 is not a folder.</source>
        <translation>Módulos: %1 no es una carpeta.</translation>
    </message>
    <message>
        <source>Reading the profile&apos;s secrets from the keychain…</source>
        <translation>Leyendo los secretos del perfil del llavero…</translation>
    </message>
    <message numerus="yes">
        <source>Running in Node… (stopped after %n s)</source>
        <translation>
            <numerusform>Ejecutando en Node… (se detiene tras %n s)</numerusform>
            <numerusform>Ejecutando en Node… (se detiene tras %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to run for %1 with the secrets of profile &quot;%2&quot;.</source>
        <translation>Listo para ejecutar para %1 con los secretos del perfil «%2».</translation>
    </message>
    <message>
        <source>Running %1 for %2 with the secrets of profile &quot;%3&quot;…</source>
        <translation>Ejecutando %1 para %2 con los secretos del perfil «%3»…</translation>
    </message>
    <message>
        <source>Not run: the secrets could not be read from the keychain. %1 %2</source>
        <translation>No ejecutado: no se pudieron leer los secretos del llavero. %1 %2</translation>
    </message>
    <message>
        <source>Not run: keychain unavailable.</source>
        <translation>No ejecutado: llavero no disponible.</translation>
    </message>
    <message>
        <source>Stopped before the code started.</source>
        <translation>Detenido antes de que empezara el código.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
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
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Twilio: %1 %2 → %3 %4 (%5 ms)</source>
        <extracomment>a Twilio request in the run output: %1 method, %2 URL, %3 HTTP status, %4 SID or error, %5 milliseconds</extracomment>
        <translation>Twilio: %1 %2 → %3 %4 (%5 ms)</translation>
    </message>
    <message>
        <source>Success: the Action finished (it returned %1)</source>
        <translation>Éxito: la Action terminó (devolvió %1)</translation>
    </message>
    <message>
        <source>Success: cb(null, %1)</source>
        <translation>Éxito: cb(null, %1)</translation>
    </message>
    <message>
        <source>The hook called back with an error</source>
        <translation>El hook devolvió la llamada con un error</translation>
    </message>
    <message>
        <source>The Action threw an exception</source>
        <translation>La Action lanzó una excepción</translation>
    </message>
    <message>
        <source>The hook threw an exception</source>
        <translation>El hook lanzó una excepción</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Error de sintaxis</translation>
    </message>
    <message>
        <source>Stopped at the time limit</source>
        <translation>Detenido en el límite de tiempo</translation>
    </message>
    <message>
        <source>The hook never called cb</source>
        <translation>El hook nunca llamó a cb</translation>
    </message>
    <message>
        <source>Nothing Auth0 can call is exported</source>
        <translation>No se exporta nada que Auth0 pueda llamar</translation>
    </message>
    <message>
        <source>require() of a module the runner cannot find</source>
        <translation>require() de un módulo que el ejecutor no encuentra</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>The Action dropped the message</source>
        <translation>La Action descartó el mensaje</translation>
    </message>
    <message>
        <source>The Action asked for a retry</source>
        <translation>La Action pidió un reintento</translation>
    </message>
    <message>
        <source>The Action never finished</source>
        <translation>La Action nunca terminó</translation>
    </message>
    <message>
        <source>Stopped at the memory limit</source>
        <translation>Detenido en el límite de memoria</translation>
    </message>
    <message>
        <source>Stopped at the output limit</source>
        <translation>Detenido en el límite de salida</translation>
    </message>
    <message>
        <source>The runner could not run the code</source>
        <translation>El ejecutor no pudo ejecutar el código</translation>
    </message>
    <message>
        <source>Go to line %1</source>
        <translation>Ir a la línea %1</translation>
    </message>
    <message>
        <source>Succeeded in %1 ms.</source>
        <translation>Correcto en %1 ms.</translation>
    </message>
    <message>
        <source>%1 after %2 ms.</source>
        <translation>%1 tras %2 ms.</translation>
    </message>
    <message>
        <source>Run in the &amp;tenant…</source>
        <translation>Ejecutar en el &amp;tenant…</translation>
    </message>
    <message>
        <source>Ask the connected tenant to run its Action&apos;s draft with the same event, and show its result beside the local run&apos;s</source>
        <translation>Pedir al tenant conectado que ejecute el borrador de su Action con el mismo evento, y mostrar su resultado junto al de la ejecución local</translation>
    </message>
    <message>
        <source>What the tenant&apos;s own run of its Action&apos;s draft produced appears here</source>
        <translation>Aquí aparece lo que produjo la ejecución del borrador de la Action en el propio tenant</translation>
    </message>
    <message>
        <source>Auth0 runs Actions only: convert the hook to an Action first</source>
        <translation>Auth0 solo ejecuta Actions: convierte primero el hook en una Action</translation>
    </message>
    <message>
        <source>Delivery of %1: %2</source>
        <extracomment>a followed message&apos;s status in the run output: %1 its SID, %2 the status</extracomment>
        <translation>Entrega de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 ms · Node %2 · %n Twilio request(s)</source>
        <extracomment>%1 milliseconds, %2 Node&apos;s version, %n Twilio requests</extracomment>
        <translation>
            <numerusform>%1 ms · Node %2 · %n solicitud a Twilio</numerusform>
            <numerusform>%1 ms · Node %2 · %n solicitudes a Twilio</numerusform>
        </translation>
    </message>
    <message>
        <source>Tab indents the code; Ctrl+Tab moves to the next control, Ctrl+Shift+Tab to the previous one</source>
        <translation>Tab sangra el código; Ctrl+Tab pasa al siguiente control, Ctrl+Mayús+Tab al anterior</translation>
    </message>
    <message>
        <source>Code editor</source>
        <translation>Editor de código</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
    </message>
    <message>
        <source>Output of the local run</source>
        <translation>Salida de la ejecución local</translation>
    </message>
    <message>
        <source>Output of the tenant&apos;s run</source>
        <translation>Salida de la ejecución en el tenant</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Reemplazar todo</translation>
    </message>
</context>
<context>
    <name>HookRunOutcome</name>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (código %2)</translation>
    </message>
    <message>
        <source>require(&apos;%1&apos;) failed: Auth0 runs the code as one file, so it cannot load files beside it. Put that code in this file, or publish it as a package.</source>
        <translation>require(&apos;%1&apos;) falló: Auth0 ejecuta el código como un solo archivo, así que no puede cargar archivos junto a él. Pon ese código en este archivo o publícalo como paquete.</translation>
    </message>
    <message>
        <source>require(&apos;%1&apos;) failed: %1 is not installed in the profile&apos;s modules folder %2. Run &quot;npm install %1&quot; in that folder (and add %1 to the Action&apos;s dependencies in Auth0).</source>
        <translation>require(&apos;%1&apos;) falló: %1 no está instalado en la carpeta de módulos del perfil %2. Ejecuta «npm install %1» en esa carpeta (y añade %1 a las dependencias de la Action en Auth0).</translation>
    </message>
    <message>
        <source>require(&apos;%1&apos;) failed: the runner has Node&apos;s built-in modules and twilio, and the profile names no modules folder for the rest. Run &quot;npm install %1&quot; in a folder and choose it as the profile&apos;s modules folder (Hook code page, or run-hook --modules DIR).</source>
        <translation>require(&apos;%1&apos;) falló: el ejecutor tiene los módulos integrados de Node y twilio, y el perfil no indica una carpeta de módulos para el resto. Ejecuta «npm install %1» en una carpeta y elígela como carpeta de módulos del perfil (página Código del hook, o run-hook --modules DIR).</translation>
    </message>
    <message>
        <source>The hook reported an error: %1</source>
        <translation>El hook notificó un error: %1</translation>
    </message>
    <message>
        <source> at line %1</source>
        <translation> en la línea %1</translation>
    </message>
    <message>
        <source>The Action threw%1: %2. Auth0 fails the send with this error and shows it in the tenant log.</source>
        <translation>La Action lanzó una excepción%1: %2. Auth0 hace fallar el envío con este error y lo muestra en el registro del tenant.</translation>
    </message>
    <message>
        <source>The hook threw an exception%1: %2. Auth0 reports it as the hook&apos;s error: catch it and call cb(error).</source>
        <translation>El hook lanzó una excepción%1: %2. Auth0 la notifica como error del hook: captúrala y llama a cb(error).</translation>
    </message>
    <message>
        <source>The code does not parse: %1 (line %2). Fix it; the lint list shows where.</source>
        <translation>El código no se puede analizar: %1 (línea %2). Corrígelo; la lista del lint indica dónde.</translation>
    </message>
    <message>
        <source>The hook finished without calling cb: nothing is left to run and no Twilio request is pending. Auth0 would wait until its time limit and fail the login; call cb(error) or cb(null, result) on every path.</source>
        <translation>El hook terminó sin llamar a cb: no queda nada por ejecutar ni hay solicitudes a Twilio pendientes. Auth0 esperaría hasta su límite de tiempo y haría fallar el inicio de sesión; llama a cb(error) o cb(null, result) en todos los caminos.</translation>
    </message>
    <message>
        <source>The Action never finished: its promise did not settle and nothing is left to run (no timer, no pending request). Auth0 would wait until its time limit and fail the send; return or await every promise.</source>
        <translation>La Action nunca terminó: su promesa no se resolvió y no queda nada por ejecutar (ningún temporizador ni solicitud pendiente). Auth0 esperaría hasta su límite de tiempo y haría fallar el envío; devuelve o espera con await cada promesa.</translation>
    </message>
    <message>
        <source>The file exports no code Auth0 can call for a phone message. Export an Action handler, exports.onExecuteSendPhoneMessage or exports.onExecuteCustomPhoneProvider = async (event, api) =&gt; { ... }, or a legacy hook, module.exports = function (recipient, text, context, cb) { ... }. Found: %1.</source>
        <translation>El archivo no exporta código que Auth0 pueda llamar para un mensaje de teléfono. Exporta un manejador de Action, exports.onExecuteSendPhoneMessage o exports.onExecuteCustomPhoneProvider = async (event, api) =&gt; { ... }, o un hook heredado, module.exports = function (recipient, text, context, cb) { ... }. Encontrado: %1.</translation>
    </message>
    <message>
        <source>The Action dropped the message: %1. Auth0 logs the failure and does not try again.</source>
        <translation>La Action descartó el mensaje: %1. Auth0 registra el fallo y no lo vuelve a intentar.</translation>
    </message>
    <message>
        <source>The Action asked for a retry: %1. Auth0 would call it again, up to 5 times in the next minutes; this run does not.</source>
        <translation>La Action pidió un reintento: %1. Auth0 la volvería a llamar hasta 5 veces en los minutos siguientes; esta ejecución no lo hace.</translation>
    </message>
    <message>
        <source>The runner reported an ending it does not know (%1).</source>
        <translation>El ejecutor notificó un final que no conoce (%1).</translation>
    </message>
    <message>
        <source>The hook reported: %1</source>
        <translation>El hook notificó: %1</translation>
    </message>
    <message>
        <source>The Action was stopped after its time limit of %1 s. Auth0 stops it at 20 s too: look for an endless loop, or a request or promise that never ends.</source>
        <translation>La Action se detuvo tras su límite de tiempo de %1 s. Auth0 también la detiene a los 20 s: busca un bucle infinito, o una solicitud o promesa que nunca termina.</translation>
    </message>
    <message>
        <source>The hook was stopped after its time limit of %1 s. Auth0 stops it too: look for an endless loop or a request that never answers, and call cb on every path.</source>
        <translation>El hook se detuvo tras su límite de tiempo de %1 s. Auth0 también lo detiene: busca un bucle infinito o una solicitud que nunca responde, y llama a cb en todos los caminos.</translation>
    </message>
    <message numerus="yes">
        <source>The run was stopped: it wrote more than %1 kB to %2. The first %1 kB are shown; %n more byte(s) were counted and dropped. Look for a log line in a loop (Auth0 keeps only 256 characters of an Action&apos;s console output).</source>
        <translation>
            <numerusform>La ejecución se detuvo: escribió más de %1 kB en %2. Se muestran los primeros %1 kB; se contó y descartó %n byte más. Busca una línea de registro dentro de un bucle (Auth0 solo guarda 256 caracteres de la salida de consola de una Action).</numerusform>
            <numerusform>La ejecución se detuvo: escribió más de %1 kB en %2. Se muestran los primeros %1 kB; se contaron y descartaron %n bytes más. Busca una línea de registro dentro de un bucle (Auth0 solo guarda 256 caracteres de la salida de consola de una Action).</numerusform>
        </translation>
    </message>
    <message>
        <source>The run was stopped: it needed more memory than its limit (%1 MB of JavaScript heap, %2 MB in all). Look for an array, string or buffer that keeps growing.</source>
        <translation>La ejecución se detuvo: necesitó más memoria que su límite (%1 MB de montón de JavaScript, %2 MB en total). Busca un array, una cadena o un búfer que no deja de crecer.</translation>
    </message>
    <message>
        <source>nothing on standard error</source>
        <translation>nada en la salida de error estándar</translation>
    </message>
    <message>
        <source>The runner was killed by signal %1 before the code finished (%2).</source>
        <translation>El ejecutor fue terminado por la señal %1 antes de que el código terminara (%2).</translation>
    </message>
    <message>
        <source>The process ended (exit code %1) before the code finished: did it call process.exit()? Auth0 does not let code end its process. Last output: %2</source>
        <translation>El proceso terminó (código de salida %1) antes de que el código terminara: ¿llamó a process.exit()? Auth0 no deja que el código termine su proceso. Última salida: %2</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>La ejecución se canceló.</translation>
    </message>
</context>
<context>
    <name>HookRunner</name>
    <message>
        <source>standard output</source>
        <translation>salida estándar</translation>
    </message>
    <message>
        <source>standard error</source>
        <translation>salida de error estándar</translation>
    </message>
    <message>
        <source>the runner&apos;s channel</source>
        <translation>el canal del ejecutor</translation>
    </message>
    <message>
        <source>Node.js is not installed (no &quot;node&quot; on PATH). Install it (Debian: apt install nodejs; Auth0 runs Actions on Node 22 or 18), then run again.</source>
        <translation>Node.js no está instalado (no hay «node» en el PATH). Instálalo (Debian: apt install nodejs; Auth0 ejecuta las Actions en Node 22 o 18) y vuelve a ejecutar.</translation>
    </message>
    <message>
        <source>This is Node %1; Auth0 runs Actions on Node 22 (or 18). Code that works here may not work there.</source>
        <translation>Esto es Node %1; Auth0 ejecuta las Actions en Node 22 (o 18). El código que funciona aquí puede no funcionar allí.</translation>
    </message>
    <message>
        <source>cb was called again; Auth0 keeps only the first call, and so does this run.</source>
        <translation>cb se llamó otra vez; Auth0 solo guarda la primera llamada, y esta ejecución también.</translation>
    </message>
    <message>
        <source>the console</source>
        <translation>la consola</translation>
    </message>
    <message>
        <source>Node.js could not be started: %1</source>
        <translation>No se pudo iniciar Node.js: %1</translation>
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
        <translation>Para la configuración heredada del teléfono MFA: envía el texto de Auth0 desde TWILIO_PHONE_NUMBER (un número o el SID de un Messaging Service) mediante la API Messages de Twilio, y hace una llamada para voz. Un error de Twilio hace fallar el envío.</translation>
    </message>
    <message>
        <source>Verify (send-phone-message Action)</source>
        <translation>Verify (Action send-phone-message)</translation>
    </message>
    <message>
        <source>For the legacy MFA phone set-up: sends Auth0&apos;s code as a custom code through the Verify service in TWILIO_VERIFY_SERVICE_SID; voice uses the call channel. The service must accept custom codes.</source>
        <translation>Para la configuración heredada del teléfono MFA: envía el código de Auth0 como código personalizado mediante el servicio Verify de TWILIO_VERIFY_SERVICE_SID; la voz usa el canal call. El servicio debe aceptar códigos personalizados.</translation>
    </message>
    <message>
        <source>Programmable SMS (custom-phone-provider Action)</source>
        <translation>Programmable SMS (Action custom-phone-provider)</translation>
    </message>
    <message>
        <source>For the Unified Phone Experience: sends every phone notification from TWILIO_PHONE_NUMBER (a number or a Messaging Service SID), a call for voice; a failure is dropped, or retried when it may pass.</source>
        <translation>Para la Unified Phone Experience: envía cada notificación de teléfono desde TWILIO_PHONE_NUMBER (un número o el SID de un Messaging Service), una llamada para voz; un fallo se descarta, o se reintenta si puede salir bien.</translation>
    </message>
    <message>
        <source>Verify (custom-phone-provider Action)</source>
        <translation>Verify (Action custom-phone-provider)</translation>
    </message>
    <message>
        <source>For the Unified Phone Experience: sends one-time codes as custom codes through the Verify service in TWILIO_VERIFY_SERVICE_SID (voice: the call channel); drops notifications without a code. The service must accept custom codes.</source>
        <translation>Para la Unified Phone Experience: envía los códigos de un solo uso como códigos personalizados mediante el servicio Verify de TWILIO_VERIFY_SERVICE_SID (voz: el canal call); descarta las notificaciones sin código. El servicio debe aceptar códigos personalizados.</translation>
    </message>
    <message>
        <source>Programmable SMS (legacy hook)</source>
        <translation>Programmable SMS (hook heredado)</translation>
    </message>
    <message>
        <source>A Send Phone Message hook, which Auth0 no longer runs: sends Auth0&apos;s text from TWILIO_PHONE_NUMBER (a number or a Messaging Service SID) through Twilio&apos;s Messages API. A voice request is answered with an error: Messages cannot place calls.</source>
        <translation>Un hook Send Phone Message, que Auth0 ya no ejecuta: envía el texto de Auth0 desde TWILIO_PHONE_NUMBER (un número o el SID de un Messaging Service) mediante la API Messages de Twilio. Una solicitud de voz recibe un error: Messages no puede hacer llamadas.</translation>
    </message>
    <message>
        <source>Verify (legacy hook)</source>
        <translation>Verify (hook heredado)</translation>
    </message>
    <message>
        <source>A Send Phone Message hook, which Auth0 no longer runs: sends Auth0&apos;s code as a custom code through the Verify service in TWILIO_VERIFY_SERVICE_SID (not the Account SID); a voice request uses the call channel. The service must accept custom codes.</source>
        <translation>Un hook Send Phone Message, que Auth0 ya no ejecuta: envía el código de Auth0 como código personalizado mediante el servicio Verify de TWILIO_VERIFY_SERVICE_SID (no el Account SID); una solicitud de voz usa el canal call. El servicio debe aceptar códigos personalizados.</translation>
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
        <translation>semana del %1</translation>
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
        <translation>sin código de error</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message numerus="yes">
        <source>Sends and failures by country (the %n with the most sends)</source>
        <translation>
            <numerusform>Envíos y fallos por país (el de más envíos)</numerusform>
            <numerusform>Envíos y fallos por país (los %n con más envíos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends and failures by country</source>
        <translation>Envíos y fallos por país</translation>
    </message>
    <message>
        <source>Delivery per hour</source>
        <translation>Entrega por hora</translation>
    </message>
    <message>
        <source>Delivery per day (UTC)</source>
        <translation>Entrega por día (UTC)</translation>
    </message>
    <message>
        <source>Delivery per week (UTC)</source>
        <translation>Entrega por semana (UTC)</translation>
    </message>
    <message numerus="yes">
        <source>(the newest %n)</source>
        <translation>
            <numerusform>(el más reciente)</numerusform>
            <numerusform>(los %n más recientes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued → delivered latency</source>
        <translation>Latencia en cola → entregado</translation>
    </message>
    <message>
        <source>Queued → delivered latency: p50 %1, p95 %2</source>
        <extracomment>%1 the median latency, %2 the 95th percentile</extracomment>
        <translation>Latencia en cola → entregado: p50 %1, p95 %2</translation>
    </message>
    <message numerus="yes">
        <source>Failures by error code (the %n most frequent)</source>
        <translation>
            <numerusform>Fallos por código de error (el más frecuente)</numerusform>
            <numerusform>Fallos por código de error (los %n más frecuentes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Failures by error code</source>
        <translation>Fallos por código de error</translation>
    </message>
    <message>
        <source>No attempts match the filters.</source>
        <translation>Ningún intento coincide con los filtros.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) in %1 bars: %2 delivered, %3 undelivered, %4 failed, %5 not sent, %6 pending.</source>
        <extracomment>%1 buckets (hours, days), %2..%6 counts</extracomment>
        <translation>
            <numerusform>%n intento en %1 barras: %2 entregados, %3 no entregados, %4 fallidos, %5 no enviados, %6 pendientes.</numerusform>
            <numerusform>%n intentos en %1 barras: %2 entregados, %3 no entregados, %4 fallidos, %5 no enviados, %6 pendientes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered attempt(s) with a latency; median %1, 95th percentile %2.</source>
        <translation>
            <numerusform>%n intento entregado con latencia; mediana %1, percentil 95 %2.</numerusform>
            <numerusform>%n intentos entregados con latencia; mediana %1, percentil 95 %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error code(s); the most frequent is %1 with %2 failures.</source>
        <translation>
            <numerusform>%n código de error; el más frecuente es %1 con %2 fallos.</numerusform>
            <numerusform>%n códigos de error; el más frecuente es %1 con %2 fallos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n country calling code(s); the most sends go to %1: %2 sends, %3 failed.</source>
        <translation>
            <numerusform>%n prefijo de país; la mayoría de los envíos van a %1: %2 envíos, %3 fallidos.</numerusform>
            <numerusform>%n prefijos de país; la mayoría de los envíos van a %1: %2 envíos, %3 fallidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Undelivered</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Delivered attempts</source>
        <translation>Intentos entregados</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>sin código</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <extracomment>the delivery chart&apos;s title, then its first and last bar: &quot;...: 1 Dec – 28 Feb&quot;</extracomment>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Día (UTC)</translation>
    </message>
    <message>
        <source>Week (UTC)</source>
        <translation>Semana (UTC)</translation>
    </message>
    <message>
        <source>Delivered rate</source>
        <translation>Tasa de entrega</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Twilio gave no error code</source>
        <translation>Twilio no dio ningún código de error</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Tasa de fallos</translation>
    </message>
    <message>
        <source>Rejected or not sent</source>
        <translation>Rechazado o no enviado</translation>
    </message>
    <message>
        <source>The delivery log is empty: nothing has been sent yet. Send a test message from the Run page, or import Twilio&apos;s message log with “Sync from Twilio…”.</source>
        <translation>El registro de envíos está vacío: todavía no se ha enviado nada. Envía un mensaje de prueba desde la página «Ejecutar» o importa el registro de mensajes de Twilio con «Sincronizar desde Twilio…».</translation>
    </message>
    <message>
        <source>No attempts match the filters. Clear filters to see every attempt of the profile “%1”.</source>
        <extracomment>%1 the profile, which &quot;Clear filters&quot; keeps</extracomment>
        <translation>Ningún intento coincide con los filtros. Borra los filtros para ver todos los intentos del perfil «%1».</translation>
    </message>
    <message>
        <source>No attempts match the filters. Clear filters to see the whole log.</source>
        <translation>Ningún intento coincide con los filtros. Borra los filtros para ver todo el registro.</translation>
    </message>
    <message>
        <source>The profile “%1” has no attempts yet. Send a test message from the Run page, or choose “All profiles” to see the other profiles&apos; attempts.</source>
        <translation>El perfil «%1» todavía no tiene intentos. Envía un mensaje de prueba desde la página «Ejecutar» o elige «Todos los perfiles» para ver los intentos de los demás perfiles.</translation>
    </message>
    <message>
        <source>No attempts to chart. Send a test message from the Run page, or import Twilio&apos;s message log with “Sync from Twilio…”.</source>
        <translation>No hay intentos que representar. Envía un mensaje de prueba desde la página «Ejecutar» o importa el registro de mensajes de Twilio con «Sincronizar desde Twilio…».</translation>
    </message>
    <message>
        <source>The outcome filter leaves out delivered attempts, so there is no latency to chart. Choose “All outcomes” or “Delivered” to see it.</source>
        <translation>El filtro de resultado excluye los intentos entregados, así que no hay latencia que representar. Elige «Todos los resultados» o «Entregado» para verla.</translation>
    </message>
    <message numerus="yes">
        <source>No latency to chart: no delivered attempt among the %n shown has its queued and delivered times recorded. It shows once a message&apos;s delivery receipt is in; widen the filters to include delivered attempts.</source>
        <extracomment>%n the attempts the filters select</extracomment>
        <translation>
            <numerusform>No hay latencia que representar: ningún intento entregado entre el %n mostrado tiene registradas sus horas de cola y de entrega. Aparece en cuanto llega el acuse de entrega de un mensaje; amplía los filtros a los intentos entregados.</numerusform>
            <numerusform>No hay latencia que representar: ningún intento entregado entre los %n mostrados tiene registradas sus horas de cola y de entrega. Aparece en cuanto llega el acuse de entrega de un mensaje; amplía los filtros a los intentos entregados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No failures among the %n attempt(s) shown: nothing to fix here.</source>
        <translation>
            <numerusform>Ningún fallo entre el %n intento mostrado: nada que corregir aquí.</numerusform>
            <numerusform>Ningún fallo entre los %n intentos mostrados: nada que corregir aquí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to chart for the %n attempt(s) shown.</source>
        <translation>
            <numerusform>Nada que representar para el %n intento mostrado.</numerusform>
            <numerusform>Nada que representar para los %n intentos mostrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n attempt(s) shown has a delivery latency.</source>
        <translation>
            <numerusform>El %n intento mostrado no tiene latencia de entrega.</numerusform>
            <numerusform>Ninguno de los %n intentos mostrados tiene latencia de entrega.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No failures among the %n attempt(s) shown.</source>
        <translation>
            <numerusform>Ningún fallo entre el %n intento mostrado.</numerusform>
            <numerusform>Ningún fallo entre los %n intentos mostrados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <source>Ex&amp;port chart…</source>
        <translation>Ex&amp;portar gráfico…</translation>
    </message>
    <message>
        <source>&amp;Bars per:</source>
        <translation>&amp;Barras por:</translation>
    </message>
    <message>
        <source>span shown (automatic)</source>
        <translation>periodo mostrado (automático)</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <source>How much time one bar of the delivery chart covers; automatic: hours up to 2 days shown, days up to 92</source>
        <translation>Cuánto tiempo cubre una barra del gráfico de entrega; automático: horas hasta 2 días mostrados, días hasta 92</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>T&amp;ables</source>
        <translation>T&amp;ablas</translation>
    </message>
    <message>
        <source>The same numbers as tables: Enter on a row filters the log to it</source>
        <translation>Las mismas cifras como tablas: Intro en una fila filtra el registro por ella</translation>
    </message>
    <message>
        <source>As &amp;PNG…</source>
        <translation>Como &amp;PNG…</translation>
    </message>
    <message>
        <source>As &amp;SVG…</source>
        <translation>Como &amp;SVG…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <source>Computed in %1 ms</source>
        <extracomment>%1 how long the figures took to compute</extracomment>
        <translation>Calculado en %1 ms</translation>
    </message>
    <message>
        <source>%1 (chart)</source>
        <extracomment>the accessible name of a chart, %1 its title</extracomment>
        <translation>%1 (gráfico)</translation>
    </message>
    <message>
        <source>Click a bar to filter the log to it</source>
        <translation>Haga clic en una barra para filtrar el registro por ella</translation>
    </message>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (tabla)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a line of a bar&apos;s tooltip: %1 the column, %2 its value</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>No se puede escribir %1: %2. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Delivery insights</source>
        <translation>Análisis de entregas</translation>
    </message>
    <message>
        <source>Export the charts as SVG</source>
        <translation>Exportar los gráficos como SVG</translation>
    </message>
    <message>
        <source>Export the charts as PNG</source>
        <translation>Exportar los gráficos como PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved the charts to %1.</source>
        <translation>Gráficos guardados en %1.</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>Show every attempt again (the profile stays)</source>
        <translation>Mostrar de nuevo todos los intentos (el perfil se mantiene)</translation>
    </message>
</context>
<context>
    <name>KeychainMessages</name>
    <message>
        <source>The keychain cannot be reached: there is no D-Bus session bus.</source>
        <translation>No se puede acceder al llavero: no hay bus de sesión D-Bus.</translation>
    </message>
    <message>
        <source>No keychain service is running (no Secret Service such as GNOME Keyring or KWallet on the session bus).</source>
        <translation>No se está ejecutando ningún servicio de llavero (ningún Secret Service como GNOME Keyring o KWallet en el bus de sesión).</translation>
    </message>
    <message>
        <source>The keyring is locked, or its default collection has not been created yet.</source>
        <translation>El llavero está bloqueado, o su colección predeterminada aún no se ha creado.</translation>
    </message>
    <message>
        <source>The keychain denied access.</source>
        <translation>El llavero denegó el acceso.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>El llavero notificó un error.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Keychain says: %1</source>
        <translation>El llavero dice: %1</translation>
    </message>
    <message>
        <source>Run the console inside a desktop session, or start one with dbus-run-session; over SSH, log in to the desktop first.</source>
        <translation>Ejecuta la consola dentro de una sesión de escritorio, o inicia una con dbus-run-session; por SSH, inicia sesión primero en el escritorio.</translation>
    </message>
    <message>
        <source>Install and start a Secret Service: gnome-keyring (package gnome-keyring) or KWallet, then try again.</source>
        <translation>Instala e inicia un Secret Service: gnome-keyring (paquete gnome-keyring) o KWallet, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Unlock the login keyring (log in to the desktop, or open Passwords and Keys and unlock it), then save again.</source>
        <translation>Desbloquea el llavero de inicio de sesión (inicia sesión en el escritorio, o abre Contraseñas y claves y desbloquéalo) y vuelve a guardar.</translation>
    </message>
    <message>
        <source>Allow SMS Hook Console to use the keychain when asked, then try again.</source>
        <translation>Permite que SMS Hook Console use el llavero cuando se te pida y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Try again; if it keeps failing, restart the keyring service.</source>
        <translation>Vuelve a intentarlo; si sigue fallando, reinicia el servicio de llavero.</translation>
    </message>
    <message>
        <source>DBUS_SESSION_BUS_ADDRESS is not set</source>
        <translation>DBUS_SESSION_BUS_ADDRESS no está definido</translation>
    </message>
    <message>
        <source>%1 is not on the session bus</source>
        <translation>%1 no está en el bus de sesión</translation>
    </message>
    <message>
        <source>the default collection is locked</source>
        <translation>la colección predeterminada está bloqueada</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s)</source>
        <translation>
            <numerusform>%1 no respondió en %n segundo</numerusform>
            <numerusform>%1 no respondió en %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>SMS Hook Console will follow the system&apos;s language from its next start.</source>
        <translation>SMS Hook Console seguirá el idioma del sistema a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>SMS Hook Console will speak %1 from its next start.</source>
        <translation>SMS Hook Console hablará %1 a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>LineDiff</name>
    <message numerus="yes">
        <source>... %n more changed line(s) not shown</source>
        <translation>
            <numerusform>... %n línea cambiada más no mostrada</numerusform>
            <numerusform>... %n líneas cambiadas más no mostradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogExport</name>
    <message>
        <source>cannot read the delivery log: %1</source>
        <translation>no se puede leer el registro de envíos: %1</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>no se puede escribir la exportación: %1</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled after %n row(s).</source>
        <translation>
            <numerusform>Exportación cancelada tras %n fila.</numerusform>
            <numerusform>Exportación cancelada tras %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>No se puede escribir %1: %2. Elige una carpeta en la que puedas escribir.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n attempt(s) to %1.</source>
        <translation>
            <numerusform>%n intento exportado a %1.</numerusform>
            <numerusform>%n intentos exportados a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogInsights</name>
    <message>
        <source>The delivery log could not be summarised: %1</source>
        <translation>No se pudo resumir el registro de envíos: %1</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Search message text, numbers, SID, error (Ctrl+F)</source>
        <translation>Buscar en el texto, los números, el SID, el error (Ctrl+F)</translation>
    </message>
    <message>
        <source>Free text over the message, the numbers, the SID and the error message. Esc clears it.</source>
        <translation>Texto libre sobre el mensaje, los números, el SID y el mensaje de error. Esc lo borra.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Where the attempt came from</source>
        <translation>De dónde vino el intento</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>First day shown (local time); the lowest date means any</source>
        <translation>Primer día mostrado (hora local); la fecha más antigua significa cualquiera</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Last day shown, included (local time); the lowest date means any</source>
        <translation>Último día mostrado, incluido (hora local); la fecha más antigua significa cualquiera</translation>
    </message>
    <message>
        <source>Recipient digits</source>
        <translation>Dígitos del destinatario</translation>
    </message>
    <message>
        <source>Recipients whose E.164 number contains these digits, e.g. +4478 or 7700</source>
        <translation>Destinatarios cuyo número E.164 contiene estos dígitos, p. ej. +4478 o 7700</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Código de error</translation>
    </message>
    <message>
        <source>Twilio&apos;s error code, e.g. 30003</source>
        <translation>Código de error de Twilio, p. ej. 30003</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Borrar filtros</translation>
    </message>
    <message>
        <source>Show every attempt again</source>
        <translation>Mostrar de nuevo todos los intentos</translation>
    </message>
    <message>
        <source>Select an attempt to see its status timeline, the message as sent and, for a failure, Twilio&apos;s explanation.</source>
        <translation>Selecciona un intento para ver la cronología de su estado, el mensaje tal como se envió y, si falló, la explicación de Twilio.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>From / service</source>
        <translation>De / servicio</translation>
    </message>
    <message>
        <source>API · source</source>
        <translation>API · origen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>&amp;Copy SID</source>
        <translation>&amp;Copiar SID</translation>
    </message>
    <message>
        <source>Copy the SID to the clipboard</source>
        <translation>Copiar el SID al portapapeles</translation>
    </message>
    <message>
        <source>Message as sent</source>
        <translation>Mensaje tal como se envió</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Cronología del estado</translation>
    </message>
    <message>
        <source>Import Twilio&apos;s message log for</source>
        <translation>Importar el registro de mensajes de Twilio para</translation>
    </message>
    <message>
        <source>The profile whose Twilio account is read</source>
        <translation>El perfil cuya cuenta de Twilio se lee</translation>
    </message>
    <message>
        <source>fro&amp;m</source>
        <translation>&amp;desde</translation>
    </message>
    <message>
        <source>First day sent (UTC)</source>
        <translation>Primer día de envío (UTC)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Last day sent, included (UTC)</source>
        <translation>Último día de envío, incluido (UTC)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Read the messages from Twilio (read only: nothing is sent)</source>
        <translation>Leer los mensajes de Twilio (solo lectura: no se envía nada)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Stop after the page being read; running again continues from there</source>
        <translation>Detenerse tras la página que se está leyendo; volver a ejecutar continúa desde ahí</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Hide the import bar</source>
        <translation>Ocultar la barra de importación</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the log again (e.g. after sends from the command line)</source>
        <translation>Volver a leer el registro (p. ej. tras envíos desde la línea de comandos)</translation>
    </message>
    <message>
        <source>S&amp;ync from Twilio…</source>
        <translation>S&amp;incronizar desde Twilio…</translation>
    </message>
    <message>
        <source>Import Twilio&apos;s own message log for a profile and a range of days</source>
        <translation>Importar el registro de mensajes propio de Twilio para un perfil y un intervalo de días</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Save the attempts shown (the current filter) as CSV or JSON. No secret is ever exported.</source>
        <translation>Guardar los intentos mostrados (el filtro actual) como CSV o JSON. Nunca se exporta ningún secreto.</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>Como &amp;CSV…</translation>
    </message>
    <message>
        <source>As &amp;JSON…</source>
        <translation>Como &amp;JSON…</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %Ln attempt(s) written</source>
        <translation>
            <numerusform>Exportando… %Ln intento escrito</numerusform>
            <numerusform>Exportando… %Ln intentos escritos</numerusform>
        </translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>All APIs</source>
        <translation>Todas las API</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Todos los orígenes</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Todos los perfiles</translation>
    </message>
    <message>
        <source>The “to” date is before the “from” date: no attempt can match. Set “to” on or after “from”.</source>
        <translation>La fecha «hasta» es anterior a la fecha «desde»: ningún intento puede coincidir. Pon «hasta» igual o posterior a «desde».</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <translation>
            <numerusform>%Ln intento</numerusform>
            <numerusform>%Ln intentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln attempt(s)</source>
        <extracomment>%1 attempts that match the filters, %n all attempts in the log</extracomment>
        <translation>
            <numerusform>%1 de %Ln intento</numerusform>
            <numerusform>%1 de %Ln intentos</numerusform>
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
        <translation>definido por Verify</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>ninguno notificado</translation>
    </message>
    <message>
        <source>— (none yet)</source>
        <translation>— (ninguno todavía)</translation>
    </message>
    <message>
        <source>(Verify sends its own text; the code is not kept.)</source>
        <translation>(Verify envía su propio texto; el código no se guarda.)</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>**Outcome unknown**

The console recorded the attempt before sending, and no answer from Twilio was stored. Look for the message in Twilio&apos;s message log (the recipient and time are above) before sending again.</source>
        <translation>**Resultado desconocido**

La consola registró el intento antes de enviar, y no se guardó ninguna respuesta de Twilio. Busca el mensaje en el registro de mensajes de Twilio (el destinatario y la hora están arriba) antes de volver a enviar.</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Export the attempts shown as CSV</source>
        <translation>Exportar los intentos mostrados como CSV</translation>
    </message>
    <message>
        <source>Export the attempts shown as JSON</source>
        <translation>Exportar los intentos mostrados como JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Profile: choose the profile whose Twilio account to read (create one on the Secrets page first).</source>
        <translation>Perfil: elige el perfil cuya cuenta de Twilio se leerá (crea uno antes en la página Secretos).</translation>
    </message>
    <message>
        <source>From: the first day is after the last one; choose a day on or before %1.</source>
        <translation>Desde: el primer día es posterior al último; elige un día igual o anterior al %1.</translation>
    </message>
    <message>
        <source>Profile: “%1” no longer exists; choose another one.</source>
        <translation>Perfil: «%1» ya no existe; elige otro.</translation>
    </message>
    <message>
        <source>The keychain is not available, so the Twilio credentials of “%1” cannot be read.</source>
        <translation>El llavero no está disponible, así que no se pueden leer las credenciales de Twilio de «%1».</translation>
    </message>
    <message>
        <source>Reading the Twilio credentials of “%1” from the keychain…</source>
        <translation>Leyendo las credenciales de Twilio de «%1» del llavero…</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1 %2</source>
        <translation>No se pudo leer el llavero: %1 %2</translation>
    </message>
    <message>
        <source>%1 is not set for the profile “%2”: set it on the Secrets page, then start again.</source>
        <translation>%1 no está definido para el perfil «%2»: defínelo en la página Secretos y vuelve a iniciar.</translation>
    </message>
    <message>
        <source>%1 Correct it on the Secrets page, then start again.</source>
        <translation>%1 Corrígelo en la página Secretos y vuelve a iniciar.</translation>
    </message>
    <message>
        <source>Reading Twilio&apos;s message log for “%1”…</source>
        <translation>Leyendo el registro de mensajes de Twilio para «%1»…</translation>
    </message>
    <message>
        <source>The import failed: Twilio refused the credentials of the profile. Check its %1 and %2 on the Secrets page.</source>
        <translation>La importación falló: Twilio rechazó las credenciales del perfil. Comprueba su %1 y su %2 en la página Secretos.</translation>
    </message>
    <message>
        <source>The import failed. %1</source>
        <translation>La importación falló. %1</translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) read are kept; run again to continue where it stopped.</source>
        <translation>
            <numerusform>Se conserva la %n página leída; vuelve a ejecutarlo para continuar donde se detuvo.</numerusform>
            <numerusform>Se conservan las %n páginas leídas; vuelve a ejecutarlo para continuar donde se detuvo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before anything was read from Twilio.</source>
        <translation>Detenido antes de leer nada de Twilio.</translation>
    </message>
    <message>
        <source>Stopping after the page under way…</source>
        <translation>Deteniendo tras la página en curso…</translation>
    </message>
    <message>
        <source>The “%1” column cannot be sorted: sort by any other column, or search the messages.</source>
        <translation>La columna «%1» no se puede ordenar: ordena por cualquier otra columna o busca en los mensajes.</translation>
    </message>
    <message>
        <source>Auth0 login</source>
        <translation>Inicio de sesión de Auth0</translation>
    </message>
    <message>
        <source>Sync tenant logs</source>
        <translation>Sincronizar los registros del tenant</translation>
    </message>
    <message>
        <source>Read the profile&apos;s Auth0 tenant log and match each MFA text to its Twilio message</source>
        <translation>Leer el registro del tenant de Auth0 del perfil y asociar cada SMS de MFA a su mensaje de Twilio</translation>
    </message>
    <message>
        <source>MFA login:</source>
        <translation>Inicio de sesión MFA:</translation>
    </message>
    <message>
        <source>(not reached)</source>
        <translation>(no alcanzado)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Shown from</source>
        <translation>Mostrado desde</translation>
    </message>
    <message>
        <source>Shown until</source>
        <translation>Mostrado hasta</translation>
    </message>
    <message>
        <source>Delivery attempts</source>
        <translation>Intentos de entrega</translation>
    </message>
    <message>
        <source>Twilio&apos;s explanation</source>
        <translation>Explicación de Twilio</translation>
    </message>
    <message>
        <source>Profile to import from</source>
        <translation>Perfil desde el que importar</translation>
    </message>
    <message>
        <source>Show every attempt of the profile chosen again (the profile stays)</source>
        <translation>Mostrar de nuevo todos los intentos del perfil elegido (el perfil se mantiene)</translation>
    </message>
    <message>
        <source>The selected attempt is hidden by the filters. Clear or widen them to see it again, or choose another row.</source>
        <translation>Los filtros ocultan el intento seleccionado. Bórrelos o amplíelos para volver a verlo, o elija otra fila.</translation>
    </message>
    <message>
        <source>Ro&amp;ws</source>
        <translation>&amp;Filas</translation>
    </message>
    <message>
        <source>The attempts, one row each (Alt+W)</source>
        <translation>Los intentos, uno por fila (Alt+W)</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Análisis</translation>
    </message>
    <message>
        <source>Charts of the attempts the filters select: delivery over time, latency, errors, countries (Alt+I)</source>
        <translation>Gráficos de los intentos que seleccionan los filtros: entrega en el tiempo, latencia, errores, países (Alt+I)</translation>
    </message>
    <message>
        <source>The time range chosen on a chart: click to clear it</source>
        <translation>El periodo elegido en un gráfico: haga clic para borrarlo</translation>
    </message>
    <message>
        <source>%1 – %2 ✕</source>
        <extracomment>the time range chosen on a chart, %1 its start, %2 its end; the cross clears it</extracomment>
        <translation>%1 – %2 ✕</translation>
    </message>
    <message>
        <source>Time range %1 to %2: clear it</source>
        <translation>Periodo de %1 a %2: borrarlo</translation>
    </message>
    <message>
        <source>The error filter cannot select failures without an error code: showing the failed attempts; those without a code show none in the Error column.</source>
        <translation>El filtro de error no puede seleccionar fallos sin código de error: se muestran los intentos fallidos; los que no tienen código no muestran ninguno en la columna Error.</translation>
    </message>
    <message>
        <source>These numbers start with no known country calling code, so the recipient filter cannot select them: the filters are unchanged.</source>
        <translation>Estos números no empiezan por ningún prefijo de país conocido, así que el filtro de destinatario no puede seleccionarlos: los filtros no cambian.</translation>
    </message>
    <message>
        <source>The log cannot be filtered by latency (it is worked out from each attempt&apos;s timeline, which the filters do not read): showing the delivered attempts; each one&apos;s timeline is in its details.</source>
        <translation>El registro no se puede filtrar por latencia (se calcula a partir de la cronología de cada intento, que los filtros no leen): se muestran los intentos entregados; la cronología de cada uno está en sus detalles.</translation>
    </message>
    <message>
        <source>Clear the chart&apos;s time range</source>
        <translation>Borrar el periodo del gráfico</translation>
    </message>
    <message>
        <source>Twilio&apos;s message log: %1.</source>
        <extracomment>%1 what was imported and merged, with the pages read (SyncProgressText::summary)</extracomment>
        <translation>Registro de mensajes de Twilio: %1.</translation>
    </message>
    <message>
        <source>Details of the attempt</source>
        <translation>Detalles del intento</translation>
    </message>
</context>
<context>
    <name>LogQueryWorker</name>
    <message>
        <source>The delivery log could not be read (%1): %2</source>
        <translation>No se pudo leer el registro de envíos (%1): %2</translation>
    </message>
</context>
<context>
    <name>LogSchema</name>
    <message>
        <source>The delivery log %1 is a folder, not a file. Move the folder away, or set SMSHOOK_LOG_PATH to the path of a file.</source>
        <translation>El registro de envíos %1 es una carpeta, no un archivo. Mueve la carpeta o define SMSHOOK_LOG_PATH con la ruta de un archivo.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the delivery log %2. Check that the path leads through folders you can write to, or set SMSHOOK_LOG_PATH to a file in one.</source>
        <translation>No se puede crear la carpeta %1 para el registro de envíos %2. Comprueba que la ruta pasa por carpetas en las que puedes escribir, o define SMSHOOK_LOG_PATH con un archivo de una de ellas.</translation>
    </message>
    <message>
        <source>%1 Check that the folder can be written, or set SMSHOOK_LOG_PATH to another file.</source>
        <translation>%1 Comprueba que se puede escribir en la carpeta, o define SMSHOOK_LOG_PATH con otro archivo.</translation>
    </message>
    <message>
        <source>Cannot open the delivery log %1: %2. Check that the file and its folder can be written, or set SMSHOOK_LOG_PATH to another file.</source>
        <translation>No se puede abrir el registro de envíos %1: %2. Comprueba que se puede escribir en el archivo y su carpeta, o define SMSHOOK_LOG_PATH con otro archivo.</translation>
    </message>
    <message>
        <source>The delivery log %1 cannot be read (%2); it may not be a delivery log at all. Move the file away to start a new log, or set SMSHOOK_LOG_PATH to another file.</source>
        <translation>No se puede leer el registro de envíos %1 (%2); puede que ni siquiera sea un registro de envíos. Mueve el archivo para empezar un registro nuevo, o define SMSHOOK_LOG_PATH con otro archivo.</translation>
    </message>
    <message>
        <source>The delivery log %1 was written by a newer version of SMS Hook Console (schema version %2; this version knows up to %3). It was left untouched and nothing is recorded. Update SMS Hook Console, or set SMSHOOK_LOG_PATH to use another file.</source>
        <translation>El registro de envíos %1 lo escribió una versión más reciente de SMS Hook Console (versión de esquema %2; esta versión conoce hasta la %3). No se ha modificado y no se registra nada. Actualiza SMS Hook Console o define SMSHOOK_LOG_PATH para usar otro archivo.</translation>
    </message>
    <message>
        <source>Cannot prepare the delivery log %1: %2. Check that the file and its folder can be written, or set SMSHOOK_LOG_PATH to another file.</source>
        <translation>No se puede preparar el registro de envíos %1: %2. Comprueba que se puede escribir en el archivo y su carpeta, o define SMSHOOK_LOG_PATH con otro archivo.</translation>
    </message>
    <message>
        <source>Cannot update the delivery log %1: %2. Check that the file can be written, or set SMSHOOK_LOG_PATH to another file.</source>
        <translation>No se puede actualizar el registro de envíos %1: %2. Comprueba que se puede escribir en el archivo, o define SMSHOOK_LOG_PATH con otro archivo.</translation>
    </message>
    <message>
        <source>Cannot update the delivery log %1 from schema version %2 to %3: %4. The file was left as it was; free some disk space and try again, or set SMSHOOK_LOG_PATH to another file.</source>
        <translation>No se puede actualizar el registro de envíos %1 de la versión de esquema %2 a la %3: %4. El archivo se dejó como estaba; libera espacio en disco y vuelve a intentarlo, o define SMSHOOK_LOG_PATH con otro archivo.</translation>
    </message>
</context>
<context>
    <name>LogSync</name>
    <message>
        <source>The date range is not valid: the first day must not be after the last.</source>
        <translation>El intervalo de fechas no es válido: el primer día no debe ser posterior al último.</translation>
    </message>
    <message>
        <source>No delivery log to import into.</source>
        <translation>No hay registro de envíos en el que importar.</translation>
    </message>
    <message>
        <source>The page could not be stored in the delivery log: %1</source>
        <translation>No se pudo guardar la página en el registro de envíos: %1</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Hide this (Help &gt; Getting started shows it again)</source>
        <translation>Ocultar (Ayuda &gt; Primeros pasos lo vuelve a mostrar)</translation>
    </message>
    <message>
        <source>Hide getting started</source>
        <translation>Ocultar primeros pasos</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Sandbox guide (test accounts, magic numbers)</source>
        <translation>Guía del &amp;sandbox (cuentas de prueba, números mágicos)</translation>
    </message>
    <message>
        <source>&amp;About SMS Hook Console</source>
        <translation>A&amp;cerca de SMS Hook Console</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secretos</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Hook code</source>
        <translation>Código del hook</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Registro de envíos</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>Nothing can be sent until the delivery log works: %1</source>
        <translation>No se puede enviar nada hasta que funcione el registro de envíos: %1</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Iniciando el sandbox…</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Sandbox: %1</translation>
    </message>
    <message>
        <source>The built-in Twilio and Auth0 simulators answer profile &quot;%1&quot; on loopback; no message leaves this computer.</source>
        <translation>Los simuladores integrados de Twilio y Auth0 responden al perfil «%1» en loopback; ningún mensaje sale de este equipo.</translation>
    </message>
    <message>
        <source>Sandbox unavailable</source>
        <translation>Sandbox no disponible</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>%1 is not installed with this copy of the console.</source>
        <translation>%1 no está instalado con esta copia de la consola.</translation>
    </message>
    <message>
        <source>No application could open the guide; it is at %1.</source>
        <translation>Ninguna aplicación pudo abrir la guía; está en %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start here.&lt;/b&gt; The &lt;b&gt;Sandbox&lt;/b&gt; profile talks to a simulated Twilio and Auth0 tenant on this computer: nothing is sent anywhere. &lt;a href=&quot;tenant&quot;&gt;Tenant&lt;/a&gt;: how the tenant sends MFA text messages · &lt;a href=&quot;run&quot;&gt;Run&lt;/a&gt;: send a test SMS and watch it arrive · &lt;a href=&quot;hook&quot;&gt;Hook code&lt;/a&gt;: edit, run and deploy the Action · &lt;a href=&quot;checklist&quot;&gt;Checklist&lt;/a&gt;: when a text does not arrive.</source>
        <translation>&lt;b&gt;Empieza aquí.&lt;/b&gt; El perfil &lt;b&gt;Sandbox&lt;/b&gt; habla con un Twilio y un tenant de Auth0 simulados en este equipo: no se envía nada a ningún sitio. &lt;a href=&quot;tenant&quot;&gt;Tenant&lt;/a&gt;: cómo envía el tenant los SMS de MFA · &lt;a href=&quot;run&quot;&gt;Ejecutar&lt;/a&gt;: enviar un SMS de prueba y verlo llegar · &lt;a href=&quot;hook&quot;&gt;Código del hook&lt;/a&gt;: editar, ejecutar e implementar la Action · &lt;a href=&quot;checklist&quot;&gt;Lista de comprobación&lt;/a&gt;: cuando un SMS no llega.</translation>
    </message>
    <message>
        <source>About SMS Hook Console</source>
        <translation>Acerca de SMS Hook Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SMS Hook Console %1&lt;/h3&gt;&lt;p&gt;Set up and check the Twilio configuration of Auth0 Send Phone Message hooks.&lt;/p&gt;&lt;p&gt;Secret values are stored only in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMS Hook Console %1&lt;/h3&gt;&lt;p&gt;Configura y comprueba la configuración de Twilio de los hooks Send Phone Message de Auth0.&lt;/p&gt;&lt;p&gt;Los valores de los secretos solo se guardan en el llavero del sistema.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Mostrar</translation>
    </message>
</context>
<context>
    <name>MessageLookup</name>
    <message>
        <source>There is nothing to look up: the recipient or the time of the send is unknown.</source>
        <translation>No hay nada que buscar: el destinatario o la hora del envío son desconocidos.</translation>
    </message>
</context>
<context>
    <name>MfaErrors</name>
    <message>
        <source>Auth0 says: %1</source>
        <translation>Auth0 dice: %1</translation>
    </message>
    <message>
        <source>The tenant signed the test user in without asking for a second factor, so no text message was sent.</source>
        <translation>El tenant inició la sesión del usuario de prueba sin pedir un segundo factor, así que no se envió ningún SMS.</translation>
    </message>
    <message>
        <source>In the Auth0 Dashboard open Security &gt; Multi-factor Auth, turn on Phone Message and set Require Multi-factor Auth to Always (or require it in a post-login Action).</source>
        <translation>En el Auth0 Dashboard abre Security &gt; Multi-factor Auth, activa Phone Message y pon Require Multi-factor Auth en Always (o exígelo en una Action post-login).</translation>
    </message>
    <message>
        <source>Run the test again: a login whose answer was lost cannot be told apart from one that failed.</source>
        <translation>Vuelve a ejecutar la prueba: un inicio de sesión cuya respuesta se perdió no se distingue de uno que falló.</translation>
    </message>
    <message>
        <source>The test application may not use this grant (%1).</source>
        <translation>La aplicación de prueba no puede usar este grant (%1).</translation>
    </message>
    <message>
        <source>In %1 tick Password and MFA (OOB), then Save; or let the console set up its own test application.</source>
        <translation>En %1 marca Password y MFA (OOB) y luego Save; o deja que la consola configure su propia aplicación de prueba.</translation>
    </message>
    <message>
        <source>The test user&apos;s database connection is not enabled for the test application.</source>
        <translation>La conexión de base de datos del usuario de prueba no está habilitada para la aplicación de prueba.</translation>
    </message>
    <message>
        <source>In the Auth0 Dashboard open Authentication &gt; Database &gt; the connection &gt; Applications and enable the test application.</source>
        <translation>En el Auth0 Dashboard abre Authentication &gt; Database &gt; la conexión &gt; Applications y habilita la aplicación de prueba.</translation>
    </message>
    <message>
        <source>The test user already has an MFA factor; Auth0 enrols another one only after a challenge of the first.</source>
        <translation>El usuario de prueba ya tiene un factor de MFA; Auth0 solo inscribe otro tras un desafío del primero.</translation>
    </message>
    <message>
        <source>Run the test again: the console challenges the enrolled phone.</source>
        <translation>Vuelve a ejecutar la prueba: la consola desafía al teléfono inscrito.</translation>
    </message>
    <message>
        <source>Auth0 refused the test application&apos;s client ID and secret.</source>
        <translation>Auth0 rechazó el ID de cliente y el secreto de cliente de la aplicación de prueba.</translation>
    </message>
    <message>
        <source>Copy the client secret of the test application again (Auth0 Dashboard &gt; Applications &gt; the application &gt; Settings) into the keychain entry @AUTH0_TEST_CLIENT_SECRET, or let the console set its own up.</source>
        <translation>Copia de nuevo el secreto de cliente de la aplicación de prueba (Auth0 Dashboard &gt; Applications &gt; la aplicación &gt; Settings) en la entrada del llavero @AUTH0_TEST_CLIENT_SECRET, o deja que la consola configure la suya.</translation>
    </message>
    <message>
        <source>Auth0 has blocked the test user after too many attempts.</source>
        <translation>Auth0 bloqueó al usuario de prueba tras demasiados intentos.</translation>
    </message>
    <message>
        <source>Unblock the user in Auth0 Dashboard &gt; User Management &gt; Users &gt; the user, or wait for the block to lift.</source>
        <translation>Desbloquea al usuario en Auth0 Dashboard &gt; User Management &gt; Users &gt; el usuario, o espera a que se levante el bloqueo.</translation>
    </message>
    <message>
        <source>The code expired before it was typed (Auth0 keeps it 5 minutes).</source>
        <translation>El código caducó antes de escribirlo (Auth0 lo guarda 5 minutos).</translation>
    </message>
    <message>
        <source>Run the test again and type the new code sooner.</source>
        <translation>Vuelve a ejecutar la prueba y escribe el nuevo código antes.</translation>
    </message>
    <message>
        <source>The MFA transaction expired (Auth0 keeps its mfa_token 10 minutes).</source>
        <translation>La transacción de MFA caducó (Auth0 guarda su mfa_token 10 minutos).</translation>
    </message>
    <message>
        <source>Run the test again.</source>
        <translation>Vuelve a ejecutar la prueba.</translation>
    </message>
    <message>
        <source>Auth0 does not offer an SMS challenge for this user.</source>
        <translation>Auth0 no ofrece un desafío por SMS para este usuario.</translation>
    </message>
    <message>
        <source>In the Auth0 Dashboard open Security &gt; Multi-factor Auth and turn on Phone Message with SMS.</source>
        <translation>En el Auth0 Dashboard abre Security &gt; Multi-factor Auth y activa Phone Message con SMS.</translation>
    </message>
    <message>
        <source>The test user has no active phone to challenge.</source>
        <translation>El usuario de prueba no tiene ningún teléfono activo que desafiar.</translation>
    </message>
    <message>
        <source>Run the test again: the console enrols the test phone first.</source>
        <translation>Vuelve a ejecutar la prueba: la consola inscribe primero el teléfono de prueba.</translation>
    </message>
    <message>
        <source>Auth0 refused the test user&apos;s name or password.</source>
        <translation>Auth0 rechazó el nombre o la contraseña del usuario de prueba.</translation>
    </message>
    <message>
        <source>Check the user name and the connection, and put the user&apos;s password into the keychain entry @AUTH0_TEST_USER_PASSWORD again.</source>
        <translation>Comprueba el nombre de usuario y la conexión, y vuelve a poner la contraseña del usuario en la entrada del llavero @AUTH0_TEST_USER_PASSWORD.</translation>
    </message>
    <message>
        <source>Auth0 refused the code that was typed: it is not the one it sent.</source>
        <translation>Auth0 rechazó el código escrito: no es el que envió.</translation>
    </message>
    <message>
        <source>Type the code of the newest text message, exactly as it arrived.</source>
        <translation>Escribe el código del SMS más reciente, exactamente como llegó.</translation>
    </message>
    <message>
        <source>Auth0 rejected the login.</source>
        <translation>Auth0 rechazó el inicio de sesión.</translation>
    </message>
    <message>
        <source>Auth0 refused the step: %1</source>
        <translation>Auth0 rechazó el paso: %1</translation>
    </message>
    <message>
        <source>Auth0 still asks for the second factor: the code was not accepted.</source>
        <translation>Auth0 sigue pidiendo el segundo factor: el código no se aceptó.</translation>
    </message>
    <message>
        <source>Type the code of the newest text message.</source>
        <translation>Escribe el código del SMS más reciente.</translation>
    </message>
    <message>
        <source>No code was sent with the login.</source>
        <translation>No se envió ningún código con el inicio de sesión.</translation>
    </message>
    <message>
        <source>Type the code the text message brought.</source>
        <translation>Escribe el código que trajo el SMS.</translation>
    </message>
    <message>
        <source>Auth0 does not accept the MFA token of this login (%1).</source>
        <translation>Auth0 no acepta el token de MFA de este inicio de sesión (%1).</translation>
    </message>
    <message>
        <source>Run the test again: every step must use the same test application.</source>
        <translation>Vuelve a ejecutar la prueba: cada paso debe usar la misma aplicación de prueba.</translation>
    </message>
    <message>
        <source>Auth0 refused the step (%1, HTTP %2).</source>
        <translation>Auth0 rechazó el paso (%1, HTTP %2).</translation>
    </message>
    <message>
        <source>Correct what Auth0 names and run the test again.</source>
        <translation>Corrige lo que indica Auth0 y vuelve a ejecutar la prueba.</translation>
    </message>
</context>
<context>
    <name>MfaRemovalPlan</name>
    <message>
        <source>Delete the user %1 (DELETE /api/v2/users/%1).</source>
        <translation>Eliminar el usuario %1 (DELETE /api/v2/users/%1).</translation>
    </message>
    <message>
        <source>Delete the application %1 (DELETE /api/v2/clients/%1).</source>
        <translation>Eliminar la aplicación %1 (DELETE /api/v2/clients/%1).</translation>
    </message>
</context>
<context>
    <name>MfaRequests</name>
    <message>
        <source>Test application: name the client ID of the application the test user signs in to, or let the console set one up.</source>
        <translation>Aplicación de prueba: indica el ID de cliente de la aplicación en la que inicia sesión el usuario de prueba, o deja que la consola configure una.</translation>
    </message>
    <message>
        <source>Test application: its client secret is not in the keychain (@AUTH0_TEST_CLIENT_SECRET); set it, or let the console set the test application up.</source>
        <translation>Aplicación de prueba: su secreto de cliente no está en el llavero (@AUTH0_TEST_CLIENT_SECRET); defínelo o deja que la consola configure la aplicación de prueba.</translation>
    </message>
    <message>
        <source>Test user: name the user (e-mail or user name) that signs in, or let the console set one up.</source>
        <translation>Usuario de prueba: indica el usuario (correo electrónico o nombre de usuario) que inicia sesión, o deja que la consola configure uno.</translation>
    </message>
    <message>
        <source>Test user: the password is not in the keychain (@AUTH0_TEST_USER_PASSWORD); set it, or let the console set the test user up.</source>
        <translation>Usuario de prueba: la contraseña no está en el llavero (@AUTH0_TEST_USER_PASSWORD); defínela o deja que la consola configure el usuario de prueba.</translation>
    </message>
    <message>
        <source>Test user: name the database connection the user belongs to (for example Username-Password-Authentication).</source>
        <translation>Usuario de prueba: indica la conexión de base de datos a la que pertenece el usuario (por ejemplo Username-Password-Authentication).</translation>
    </message>
    <message>
        <source>MFA token: sign in first; Auth0 gives the token with its mfa_required answer.</source>
        <translation>Token de MFA: inicia sesión primero; Auth0 da el token con su respuesta mfa_required.</translation>
    </message>
    <message>
        <source>Phone number: enter the test phone in E.164 form, such as +14155552671 (&quot;%1&quot; is not).</source>
        <translation>Número de teléfono: introduce el teléfono de prueba en formato E.164, como +14155552671 («%1» no lo está).</translation>
    </message>
    <message>
        <source>Authenticator: list the user&apos;s authenticators first and pick its SMS one.</source>
        <translation>Autenticador: enumera primero los autenticadores del usuario y elige el de SMS.</translation>
    </message>
    <message>
        <source>OOB code: ask for a challenge (or enrol) first; Auth0 answers it with the oob_code.</source>
        <translation>Código OOB: pide primero un desafío (o una inscripción); Auth0 responde con el oob_code.</translation>
    </message>
    <message>
        <source>Code: type the code the text message brought.</source>
        <translation>Código: escribe el código que trajo el SMS.</translation>
    </message>
</context>
<context>
    <name>MfaSetupJob</name>
    <message>
        <source>Forgot the test application and user named for profile &quot;%1&quot;; the tenant keeps them (the console did not create them).</source>
        <translation>Se olvidaron la aplicación y el usuario de prueba del perfil «%1»; el tenant los conserva (la consola no los creó).</translation>
    </message>
    <message>
        <source>The console&apos;s application may not %1: it lacks %2. %3</source>
        <translation>La aplicación de la consola no puede %1: le falta %2. %3</translation>
    </message>
    <message>
        <source>remove the MFA test&apos;s application and user</source>
        <translation>eliminar la aplicación y el usuario de la prueba de MFA</translation>
    </message>
    <message>
        <source>set up the MFA test&apos;s application and user</source>
        <translation>configurar la aplicación y el usuario de la prueba de MFA</translation>
    </message>
    <message>
        <source>The tenant has no database connection for the test user. In the Auth0 Dashboard open Authentication &gt; Database and create one, then try again.</source>
        <translation>El tenant no tiene conexión de base de datos para el usuario de prueba. En el Auth0 Dashboard abre Authentication &gt; Database y crea una; luego vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Auth0 created the application but sent back no client ID or secret.</source>
        <translation>Auth0 creó la aplicación pero no devolvió el ID de cliente ni el secreto.</translation>
    </message>
    <message>
        <source>Done before the failure: %1</source>
        <translation>Hecho antes del fallo: %1</translation>
    </message>
</context>
<context>
    <name>MfaSetupPlan</name>
    <message>
        <source>Create the application &quot;%1&quot; (POST /api/v2/clients): a regular web application with the grant types %2, authenticating with its client secret.</source>
        <translation>Crear la aplicación «%1» (POST /api/v2/clients): una Regular Web Application con los tipos de grant %2, que se autentica con su secreto de cliente.</translation>
    </message>
    <message>
        <source>Enable the connection &quot;%1&quot; (%2) for that application (PATCH /api/v2/connections/%2/clients).</source>
        <translation>Habilitar la conexión «%1» (%2) para esa aplicación (PATCH /api/v2/connections/%2/clients).</translation>
    </message>
    <message>
        <source>Create the user %1 in &quot;%2&quot; (POST /api/v2/users), e-mail marked verified, with a random password.</source>
        <translation>Crear el usuario %1 en «%2» (POST /api/v2/users), con el correo marcado como verificado y una contraseña aleatoria.</translation>
    </message>
</context>
<context>
    <name>MfaSetupRequests</name>
    <message>
        <source>Test application: &quot;%1&quot; is not a client ID.</source>
        <translation>Aplicación de prueba: «%1» no es un ID de cliente.</translation>
    </message>
    <message>
        <source>Test application: it needs a name.</source>
        <translation>Aplicación de prueba: necesita un nombre.</translation>
    </message>
    <message>
        <source>Made by SMS Hook Console to test MFA text messages; remove it from the console.</source>
        <translation>Creada por SMS Hook Console para probar los SMS de MFA; elimínala desde la consola.</translation>
    </message>
    <message>
        <source>Connection: &quot;%1&quot; is not a connection id.</source>
        <translation>Conexión: «%1» no es un ID de conexión.</translation>
    </message>
    <message>
        <source>Test user: no password to set.</source>
        <translation>Usuario de prueba: no hay contraseña que definir.</translation>
    </message>
    <message>
        <source>Test user: &quot;%1&quot; is not a user id.</source>
        <translation>Usuario de prueba: «%1» no es un ID de usuario.</translation>
    </message>
</context>
<context>
    <name>MfaTestJob</name>
    <message numerus="yes">
        <source>No code was typed within %n second(s) of the text being sent.</source>
        <translation>
            <numerusform>No se escribió ningún código en %n segundo tras enviar el SMS.</numerusform>
            <numerusform>No se escribió ningún código en %n segundos tras enviar el SMS.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the Twilio message below and the tenant log for why it did not arrive, then run the test again.</source>
        <translation>Revisa el mensaje de Twilio de abajo y el registro del tenant para ver por qué no llegó, y vuelve a ejecutar la prueba.</translation>
    </message>
    <message>
        <source>Check the set-up</source>
        <translation>Comprobar la configuración</translation>
    </message>
    <message>
        <source>Recipient: enter the test phone in E.164 form, such as +14155552671 (&quot;%1&quot; is not).</source>
        <translation>Destinatario: introduce el teléfono de prueba en formato E.164, como +14155552671 («%1» no lo está).</translation>
    </message>
    <message>
        <source>The MFA test has no test application and user.</source>
        <translation>La prueba de MFA no tiene aplicación ni usuario de prueba.</translation>
    </message>
    <message>
        <source>Name an existing test application and user, or let the console set up its own (sms-hook-cli auth0 test-mfa --setup, or Set up on the Tenant page).</source>
        <translation>Indica una aplicación y un usuario de prueba existentes, o deja que la consola configure los suyos (sms-hook-cli auth0 test-mfa --setup, o Configurar en la página Tenant).</translation>
    </message>
    <message>
        <source>The tenant would not send the text through the Action: %1</source>
        <translation>El tenant no enviaría el SMS mediante la Action: %1</translation>
    </message>
    <message>
        <source>The tenant has no application with the client ID %1.</source>
        <translation>El tenant no tiene ninguna aplicación con el ID de cliente %1.</translation>
    </message>
    <message>
        <source>Name the test application&apos;s client ID again, or let the console set up its own.</source>
        <translation>Vuelve a indicar el ID de cliente de la aplicación de prueba, o deja que la consola configure la suya.</translation>
    </message>
    <message>
        <source>The test application lacks the grant type %1.</source>
        <translation>A la aplicación de prueba le falta el tipo de grant %1.</translation>
    </message>
    <message>
        <source>In Auth0 Dashboard &gt; Applications &gt; the test application &gt; Settings &gt; Advanced Settings &gt; Grant Types tick Password and MFA, then Save.</source>
        <translation>En Auth0 Dashboard &gt; Applications &gt; la aplicación de prueba &gt; Settings &gt; Advanced Settings &gt; Grant Types marca Password y MFA, y luego Save.</translation>
    </message>
    <message>
        <source>The tenant sends MFA texts through the Action (its connection and grant types not checked: the token lacks read:clients / read:connections).</source>
        <translation>El tenant envía los SMS de MFA mediante la Action (su conexión y tipos de grant no se comprobaron: al token le faltan read:clients / read:connections).</translation>
    </message>
    <message>
        <source>The tenant has no database connection named &quot;%1&quot;.</source>
        <translation>El tenant no tiene ninguna conexión de base de datos llamada «%1».</translation>
    </message>
    <message>
        <source>Name the test user&apos;s database connection again.</source>
        <translation>Vuelve a indicar la conexión de base de datos del usuario de prueba.</translation>
    </message>
    <message>
        <source>Connection not checked.</source>
        <translation>Conexión no comprobada.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is not enabled for the test application.</source>
        <translation>La conexión «%1» no está habilitada para la aplicación de prueba.</translation>
    </message>
    <message>
        <source>In Auth0 Dashboard &gt; Authentication &gt; Database &gt; %1 &gt; Applications enable the test application.</source>
        <translation>En Auth0 Dashboard &gt; Authentication &gt; Database &gt; %1 &gt; Applications habilita la aplicación de prueba.</translation>
    </message>
    <message>
        <source>The tenant sends MFA texts through the Action; the test application has its grant types and its connection.</source>
        <translation>El tenant envía los SMS de MFA mediante la Action; la aplicación de prueba tiene sus tipos de grant y su conexión.</translation>
    </message>
    <message>
        <source>Sign the test user in (password-realm)</source>
        <translation>Iniciar la sesión del usuario de prueba (password-realm)</translation>
    </message>
    <message>
        <source>Auth0 asked for the second factor (mfa_required).</source>
        <translation>Auth0 pidió el segundo factor (mfa_required).</translation>
    </message>
    <message>
        <source>List the user&apos;s authenticators</source>
        <translation>Enumerar los autenticadores del usuario</translation>
    </message>
    <message>
        <source>No phone enrolled: the test phone is enrolled first.</source>
        <translation>No hay teléfono inscrito: primero se inscribe el teléfono de prueba.</translation>
    </message>
    <message>
        <source>The test user&apos;s phone is enrolled as %1: the code would go there, not to %2.</source>
        <translation>El teléfono del usuario de prueba está inscrito como %1: el código iría allí, no a %2.</translation>
    </message>
    <message>
        <source>Test with that number, or delete the user&apos;s MFA enrolment (Auth0 Dashboard &gt; User Management &gt; Users &gt; the user &gt; Multi-factor Authentication) so that the test enrols %1.</source>
        <translation>Prueba con ese número, o elimina la inscripción de MFA del usuario (Auth0 Dashboard &gt; User Management &gt; Users &gt; el usuario &gt; Multi-factor Authentication) para que la prueba inscriba %1.</translation>
    </message>
    <message>
        <source>Phone enrolled: %1.</source>
        <translation>Teléfono inscrito: %1.</translation>
    </message>
    <message>
        <source>Enrol the test phone (associate, SMS)</source>
        <translation>Inscribir el teléfono de prueba (associate, SMS)</translation>
    </message>
    <message>
        <source>Challenge the phone (SMS)</source>
        <translation>Desafiar al teléfono (SMS)</translation>
    </message>
    <message>
        <source>Auth0 is texting a code to %1.</source>
        <translation>Auth0 está enviando un código por SMS a %1.</translation>
    </message>
    <message>
        <source>Wait for the code that arrived</source>
        <translation>Esperar el código que llegó</translation>
    </message>
    <message>
        <source>Open the Action&apos;s execution in the timeline, fix the code and deploy it again (Hook code page &gt; Deploy).</source>
        <translation>Abre la ejecución de la Action en la cronología, corrige el código e impleméntalo de nuevo (página Código del hook &gt; Implementar).</translation>
    </message>
    <message>
        <source>Twilio %1: %2 %3</source>
        <translation>Twilio %1: %2 %3</translation>
    </message>
    <message>
        <source>Auth0 could not send the text (%1): %2</source>
        <translation>Auth0 no pudo enviar el SMS (%1): %2</translation>
    </message>
    <message>
        <source>Typed %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
    <message>
        <source>Complete the login (mfa-oob)</source>
        <translation>Completar el inicio de sesión (mfa-oob)</translation>
    </message>
    <message>
        <source>Auth0 completed the login with the code (tokens issued, not kept).</source>
        <translation>Auth0 completó el inicio de sesión con el código (tokens emitidos, no guardados).</translation>
    </message>
    <message>
        <source>Auth0 answered without tokens.</source>
        <translation>Auth0 respondió sin tokens.</translation>
    </message>
    <message>
        <source>Auth0 answered the login without tokens.</source>
        <translation>Auth0 respondió al inicio de sesión sin tokens.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>La prueba se canceló.</translation>
    </message>
    <message>
        <source>Follow the Twilio message</source>
        <translation>Seguir el mensaje de Twilio</translation>
    </message>
    <message>
        <source>The profile has no Twilio credentials to read the message with.</source>
        <translation>El perfil no tiene credenciales de Twilio para leer el mensaje.</translation>
    </message>
    <message>
        <source>Twilio has no message to %1 since the test started: the Action sent none with the profile&apos;s account.</source>
        <translation>Twilio no tiene ningún mensaje a %1 desde que empezó la prueba: la Action no envió ninguno con la cuenta del perfil.</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s log events back</source>
        <translation>Volver a leer los eventos del registro del tenant</translation>
    </message>
    <message>
        <source>The token lacks read:logs; grant it to see Auth0&apos;s log events here.</source>
        <translation>Al token le falta read:logs; concédelo para ver aquí los eventos del registro de Auth0.</translation>
    </message>
    <message>
        <source>No log event for the test user yet.</source>
        <translation>Todavía no hay ningún evento de registro para el usuario de prueba.</translation>
    </message>
    <message>
        <source>Send a test message through the phone provider</source>
        <translation>Enviar un mensaje de prueba mediante el proveedor de teléfono</translation>
    </message>
    <message>
        <source>Auth0 accepted the test message (%1): %2</source>
        <translation>Auth0 aceptó el mensaje de prueba (%1): %2</translation>
    </message>
</context>
<context>
    <name>MfaTestPanel</name>
    <message>
        <source>Signs the test user in through Auth0&apos;s Authentication API, as a login would, and completes MFA with the code the text brought; then follows the Twilio message and reads the tenant&apos;s log back.</source>
        <translation>Inicia la sesión del usuario de prueba mediante la Authentication API de Auth0, como lo haría un inicio de sesión, y completa la MFA con el código que trajo el SMS; luego sigue el mensaje de Twilio y vuelve a leer el registro del tenant.</translation>
    </message>
    <message>
        <source>Test &amp;phone:</source>
        <translation>Teléfono de &amp;prueba:</translation>
    </message>
    <message>
        <source>the phone that receives the code, e.g. +14155552671</source>
        <translation>el teléfono que recibe el código, p. ej. +14155552671</translation>
    </message>
    <message>
        <source>Test &amp;application:</source>
        <translation>&amp;Aplicación de prueba:</translation>
    </message>
    <message>
        <source>client ID of an application with the Password and MFA grants</source>
        <translation>ID de cliente de una aplicación con los grants Password y MFA</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecreto de cliente:</translation>
    </message>
    <message>
        <source>Test &amp;user:</source>
        <translation>&amp;Usuario de prueba:</translation>
    </message>
    <message>
        <source>e-mail or user name of a user with SMS MFA</source>
        <translation>correo o nombre de usuario de un usuario con MFA por SMS</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Co&amp;nnection:</source>
        <translation>Co&amp;nexión:</translation>
    </message>
    <message>
        <source>Username-Password-Authentication</source>
        <translation>Username-Password-Authentication</translation>
    </message>
    <message>
        <source>Set &amp;up…</source>
        <translation>&amp;Configurar…</translation>
    </message>
    <message>
        <source>Create the console&apos;s own test application and user in the tenant (what will be written is shown first)</source>
        <translation>Crear en el tenant la aplicación y el usuario de prueba propios de la consola (primero se muestra lo que se escribirá)</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>Eli&amp;minar…</translation>
    </message>
    <message>
        <source>Delete the test application and user the console created, and forget the settings</source>
        <translation>Eliminar la aplicación y el usuario de prueba que creó la consola, y olvidar los ajustes</translation>
    </message>
    <message>
        <source>Read the code from the simulated &amp;handset</source>
        <translation>Leer el código del &amp;teléfono simulado</translation>
    </message>
    <message>
        <source>Send a &amp;test message</source>
        <translation>Enviar un mensaje de &amp;prueba</translation>
    </message>
    <message>
        <source>Ask Auth0 to send the phone provider&apos;s test message to the test phone (Unified Phone Experience)</source>
        <translation>Pedir a Auth0 que envíe el mensaje de prueba del proveedor de teléfono al teléfono de prueba (Unified Phone Experience)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Run the test</source>
        <translation>&amp;Ejecutar la prueba</translation>
    </message>
    <message>
        <source>Co&amp;de that arrived:</source>
        <translation>Có&amp;digo recibido:</translation>
    </message>
    <message>
        <source>e.g. 123456</source>
        <translation>p. ej. 123456</translation>
    </message>
    <message>
        <source>Su&amp;bmit</source>
        <translation>En&amp;viar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>The code that was sent, the Twilio message with its statuses, the tenant&apos;s log events and how the login ended appear here.</source>
        <translation>Aquí aparecen el código enviado, el mensaje de Twilio con sus estados, los eventos del registro del tenant y cómo terminó el inicio de sesión.</translation>
    </message>
    <message>
        <source>in the keychain; type a new one to replace it</source>
        <translation>en el llavero; escribe uno nuevo para sustituirlo</translation>
    </message>
    <message>
        <source>kept only in the system keychain</source>
        <translation>se guarda solo en el llavero del sistema</translation>
    </message>
    <message>
        <source>Test phone: %1</source>
        <translation>Teléfono de prueba: %1</translation>
    </message>
    <message>
        <source>%1 · %2: a text message does not reach a landline.</source>
        <translation>%1 · %2: un SMS no llega a un fijo.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Create or pick a profile on the Secrets page.</source>
        <translation>Crea o elige un perfil en la página Secretos.</translation>
    </message>
    <message>
        <source>Connect the profile to its tenant first (above).</source>
        <translation>Conecta primero el perfil a su tenant (arriba).</translation>
    </message>
    <message>
        <source>Test phone: enter the phone that should receive the code.</source>
        <translation>Teléfono de prueba: introduce el teléfono que debe recibir el código.</translation>
    </message>
    <message>
        <source>Test application: enter its client ID, or press Set up to let the console create one.</source>
        <translation>Aplicación de prueba: introduce su ID de cliente o pulsa Configurar para que la consola cree una.</translation>
    </message>
    <message>
        <source>Test user: enter the user&apos;s e-mail or user name, or press Set up.</source>
        <translation>Usuario de prueba: introduce el correo o el nombre de usuario, o pulsa Configurar.</translation>
    </message>
    <message>
        <source>Client secret: enter the test application&apos;s client secret (Auth0 Dashboard &gt; Applications &gt; the application &gt; Settings).</source>
        <translation>Secreto de cliente: introduce el secreto de cliente de la aplicación de prueba (Auth0 Dashboard &gt; Applications &gt; la aplicación &gt; Settings).</translation>
    </message>
    <message>
        <source>Password: enter the test user&apos;s password.</source>
        <translation>Contraseña: introduce la contraseña del usuario de prueba.</translation>
    </message>
    <message>
        <source>Ask Auth0 to send the phone provider&apos;s test message to the test phone</source>
        <translation>Pedir a Auth0 que envíe el mensaje de prueba del proveedor de teléfono al teléfono de prueba</translation>
    </message>
    <message>
        <source>The tenant has no enabled phone provider</source>
        <translation>El tenant no tiene ningún proveedor de teléfono activado</translation>
    </message>
    <message>
        <source>Storing the test credentials in the keychain…</source>
        <translation>Guardando las credenciales de prueba en el llavero…</translation>
    </message>
    <message>
        <source>The keychain could not store the test credentials: %1 %2</source>
        <translation>El llavero no pudo guardar las credenciales de prueba: %1 %2</translation>
    </message>
    <message>
        <source>Testing the MFA flow of %1 with %2…</source>
        <translation>Probando el flujo de MFA de %1 con %2…</translation>
    </message>
    <message>
        <source>The simulated handset of %1 reads the code once Twilio delivers it…</source>
        <translation>El teléfono simulado de %1 lee el código en cuanto Twilio lo entrega…</translation>
    </message>
    <message>
        <source>The simulated handset received %1 in message %2.</source>
        <translation>El teléfono simulado recibió %1 en el mensaje %2.</translation>
    </message>
    <message>
        <source>Auth0 is texting a code to %1: type it here.</source>
        <translation>Auth0 está enviando un código por SMS a %1: escríbelo aquí.</translation>
    </message>
    <message>
        <source>Completing the login with %1…</source>
        <translation>Completando el inicio de sesión con %1…</translation>
    </message>
    <message>
        <source>Reading what the set-up needs from %1…</source>
        <translation>Leyendo de %1 lo que necesita la configuración…</translation>
    </message>
    <message>
        <source>Set up the MFA test</source>
        <translation>Configurar la prueba de MFA</translation>
    </message>
    <message>
        <source>Write this to %1?</source>
        <translation>¿Escribir esto en %1?</translation>
    </message>
    <message>
        <source>The application&apos;s client secret and the user&apos;s password are kept in the keychain (%1).</source>
        <translation>El secreto de cliente de la aplicación y la contraseña del usuario se guardan en el llavero (%1).</translation>
    </message>
    <message>
        <source>Write to the tenant</source>
        <translation>Escribir en el tenant</translation>
    </message>
    <message>
        <source>Nothing was written to the tenant.</source>
        <translation>No se escribió nada en el tenant.</translation>
    </message>
    <message>
        <source>Set up: %1</source>
        <translation>Configurado: %1</translation>
    </message>
    <message>
        <source>The console created no test application or user for &quot;%1&quot;: nothing is deleted in the tenant. Forget the test settings and the keychain entries?</source>
        <translation>La consola no creó ninguna aplicación ni usuario de prueba para «%1»: no se elimina nada en el tenant. ¿Olvidar los ajustes de prueba y las entradas del llavero?</translation>
    </message>
    <message>
        <source>Delete from %1 what the console created for the MFA test?</source>
        <translation>¿Eliminar de %1 lo que la consola creó para la prueba de MFA?</translation>
    </message>
    <message>
        <source>The test settings and keychain entries are forgotten too.</source>
        <translation>También se olvidan los ajustes de prueba y las entradas del llavero.</translation>
    </message>
    <message>
        <source>Remove the MFA test</source>
        <translation>Eliminar la prueba de MFA</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Removing the MFA test&apos;s application and user…</source>
        <translation>Eliminando la aplicación y el usuario de la prueba de MFA…</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Eliminado: %1</translation>
    </message>
    <message>
        <source>the test settings.</source>
        <translation>los ajustes de prueba.</translation>
    </message>
    <message>
        <source>Send a test message through the phone provider</source>
        <translation>Enviar un mensaje de prueba mediante el proveedor de teléfono</translation>
    </message>
    <message>
        <source>Auth0 accepted the test message to %1 through its &quot;%2&quot; provider (%3): %4</source>
        <translation>Auth0 aceptó el mensaje de prueba a %1 mediante su proveedor «%2» (%3): %4</translation>
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
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Auth0 answered HTTP %1: %2 (%3)</source>
        <translation>Auth0 respondió HTTP %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Tenant mode: %1 · path: %2 · test phone: %3</source>
        <translation>Modo del tenant: %1 · ruta: %2 · teléfono de prueba: %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Code sent:</source>
        <translation>Código enviado:</translation>
    </message>
    <message>
        <source>Auth0 could not send the text: %1</source>
        <translation>Auth0 no pudo enviar el SMS: %1</translation>
    </message>
    <message>
        <source>Twilio message</source>
        <translation>Mensaje de Twilio</translation>
    </message>
    <message>
        <source>No Twilio message was found.</source>
        <translation>No se encontró ningún mensaje de Twilio.</translation>
    </message>
    <message>
        <source> (error %1)</source>
        <translation> (error %1)</translation>
    </message>
    <message>
        <source>Auth0 log events of the test user</source>
        <translation>Eventos del registro de Auth0 del usuario de prueba</translation>
    </message>
    <message>
        <source>None read.</source>
        <translation>No se leyó ninguno.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source> (failure %1: %2)</source>
        <translation> (fallo %1: %2)</translation>
    </message>
    <message>
        <source>The Action &quot;%1&quot; failed (%2): %3</source>
        <translation>La Action «%1» falló (%2): %3</translation>
    </message>
    <message>
        <source>MFA test steps</source>
        <translation>Pasos de la prueba MFA</translation>
    </message>
    <message>
        <source>Outcome of the MFA test</source>
        <translation>Resultado de la prueba MFA</translation>
    </message>
</context>
<context>
    <name>MfaTimeline</name>
    <message>
        <source>Twilio message %1: %2</source>
        <translation>Mensaje de Twilio %1: %2</translation>
    </message>
    <message>
        <source>Auth0 log %1  %2  %3</source>
        <translation>Registro de Auth0 %1  %2  %3</translation>
    </message>
    <message>
        <source>The login completed with the code that arrived.</source>
        <translation>El inicio de sesión se completó con el código que llegó.</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Undelivered</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Verification sent (%1)</source>
        <translation>Verificación enviada (%1)</translation>
    </message>
    <message>
        <source>Reported delivered to a landline</source>
        <translation>Notificado como entregado a un fijo</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Sent, no delivery receipt</source>
        <translation>Enviado, sin confirmación de entrega</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rejected by Twilio (%1)</source>
        <translation>Rechazado por Twilio (%1)</translation>
    </message>
    <message>
        <source>Rejected by Twilio (HTTP %1)</source>
        <translation>Rechazado por Twilio (HTTP %1)</translation>
    </message>
    <message>
        <source>Not sent: Twilio was not reached</source>
        <translation>No enviado: no se llegó a Twilio</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>Not sent: check the input</source>
        <translation>No enviado: comprueba los datos</translation>
    </message>
    <message>
        <source>Not sent: keychain unavailable</source>
        <translation>No enviado: llavero no disponible</translation>
    </message>
    <message>
        <source>Not sent: delivery log unavailable</source>
        <translation>No enviado: registro de envíos no disponible</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Twilio accepted the message but could not send it.</source>
        <translation>Twilio aceptó el mensaje pero no pudo enviarlo.</translation>
    </message>
    <message>
        <source>Twilio sent the message, but the carrier did not deliver it.</source>
        <translation>Twilio envió el mensaje, pero el operador no lo entregó.</translation>
    </message>
    <message>
        <source>Twilio refused the request: nothing was sent.</source>
        <translation>Twilio rechazó la solicitud: no se envió nada.</translation>
    </message>
    <message>
        <source>The request never reached Twilio, so nothing was sent and sending again is safe once the connection works.</source>
        <translation>La solicitud nunca llegó a Twilio, así que no se envió nada y volver a enviar es seguro cuando la conexión funcione.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>No se envió nada.</translation>
    </message>
    <message>
        <source>The request may have reached Twilio: check its message log before sending again.</source>
        <translation>Puede que la solicitud llegara a Twilio: revisa su registro de mensajes antes de volver a enviar.</translation>
    </message>
    <message>
        <source>Verify accepted the code and sends its own text with it.</source>
        <translation>Verify aceptó el código y lo envía con su propio texto.</translation>
    </message>
    <message>
        <source>The carrier reported it delivered, but this is a landline: it cannot show a text message.</source>
        <translation>El operador lo notificó como entregado, pero es un fijo: no puede mostrar un SMS.</translation>
    </message>
    <message>
        <source>The carrier confirmed delivery to the handset.</source>
        <translation>El operador confirmó la entrega al teléfono.</translation>
    </message>
    <message>
        <source>Twilio handed the message to the carrier; no delivery receipt came back.</source>
        <translation>Twilio entregó el mensaje al operador; no volvió ninguna confirmación de entrega.</translation>
    </message>
    <message>
        <source>Accepted by Twilio; waiting for a final status.</source>
        <translation>Aceptado por Twilio; esperando un estado final.</translation>
    </message>
    <message>
        <source>The request never reached Twilio: nothing was sent, and sending again is safe.</source>
        <translation>La solicitud nunca llegó a Twilio: no se envió nada y volver a enviar es seguro.</translation>
    </message>
    <message>
        <source>Cancelled before a final answer.</source>
        <translation>Cancelado antes de una respuesta final.</translation>
    </message>
    <message>
        <source>— (Twilio refused the request with error %1: no message was created)</source>
        <translation>— (Twilio rechazó la solicitud con el error %1: no se creó ningún mensaje)</translation>
    </message>
    <message>
        <source>— (Twilio refused the request: no message was created)</source>
        <translation>— (Twilio rechazó la solicitud: no se creó ningún mensaje)</translation>
    </message>
    <message>
        <source>— (Twilio was not reached: no message was created)</source>
        <translation>— (no se llegó a Twilio: no se creó ningún mensaje)</translation>
    </message>
    <message>
        <source>— (cancelled before Twilio answered)</source>
        <translation>— (cancelado antes de que Twilio respondiera)</translation>
    </message>
    <message>
        <source>— (no answer from Twilio)</source>
        <translation>— (sin respuesta de Twilio)</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>This is not a phone number. Use digits in E.164 form, for example %1.</source>
        <translation>Esto no es un número de teléfono. Usa dígitos en formato E.164, por ejemplo %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an extension, and a text message cannot reach an extension. Remove it and give the number of a mobile phone, for example %2.</source>
        <translation>«%1» es una extensión, y un SMS no puede llegar a una extensión. Quítala e indica el número de un teléfono móvil, por ejemplo %2.</translation>
    </message>
    <message>
        <source>A number cannot start with -: start it with + and the country code, for example %1.</source>
        <translation>Un número no puede empezar por -: empiézalo con + y el código de país, por ejemplo %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of a phone number: write digits only. Letters on a keypad stand for digits; write the digits they stand for, for example %2.</source>
        <translation>«%1» no forma parte de un número de teléfono: escribe solo dígitos. Las letras de un teclado representan dígitos; escribe los dígitos que representan, por ejemplo %2.</translation>
    </message>
    <message>
        <source>A + goes only at the start of the number, before the country code, for example %1.</source>
        <translation>Un + solo va al principio del número, antes del código de país, por ejemplo %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of a phone number: use digits, spaces, ( ) - . and a + at the start, for example %2.</source>
        <translation>«%1» no forma parte de un número de teléfono: usa dígitos, espacios, ( ) - . y un + al principio, por ejemplo %2.</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>fixed line</source>
        <translation>fijo</translation>
    </message>
    <message>
        <source>fixed line or mobile</source>
        <translation>fijo o móvil</translation>
    </message>
    <message>
        <source>toll free</source>
        <translation>gratuito</translation>
    </message>
    <message>
        <source>premium rate</source>
        <translation>tarificación adicional</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>coste compartido</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>número personal</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>buscapersonas</translation>
    </message>
    <message>
        <source>universal access number</source>
        <translation>número de acceso universal</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>buzón de voz</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>tipo desconocido</translation>
    </message>
    <message>
        <source>Enter a phone number in E.164 form, for example +14155552671.</source>
        <translation>Introduce un número de teléfono en formato E.164, por ejemplo +14155552671.</translation>
    </message>
    <message>
        <source>No country has the code that follows the + in %1. Check the digits after the +: the country code comes first (1 for the US and Canada, 44 for the UK), for example %2.</source>
        <translation>Ningún país tiene el código que sigue al + en %1. Comprueba los dígitos tras el +: primero va el código de país (1 para EE. UU. y Canadá, 44 para el Reino Unido), por ejemplo %2.</translation>
    </message>
    <message>
        <source>Start the number with + and its country code (E.164, for example %1), or set a default region in the profile.</source>
        <translation>Empieza el número con + y su código de país (E.164, por ejemplo %1), o define una región predeterminada en el perfil.</translation>
    </message>
    <message>
        <source>The country code is not valid. Write the number in E.164 form: + then the country code and the number, for example %1.</source>
        <translation>El código de país no es válido. Escribe el número en formato E.164: + y luego el código de país y el número, por ejemplo %1.</translation>
    </message>
    <message>
        <source>This is not a phone number. Use digits in E.164 form, for example +14155552671.</source>
        <translation>Esto no es un número de teléfono. Usa dígitos en formato E.164, por ejemplo +14155552671.</translation>
    </message>
    <message>
        <source>The number is too short. Check the digits and write it in E.164 form, for example +14155552671.</source>
        <translation>El número es demasiado corto. Comprueba los dígitos y escríbelo en formato E.164, por ejemplo +14155552671.</translation>
    </message>
    <message>
        <source>The number is too long. E.164 numbers have at most 15 digits.</source>
        <translation>El número es demasiado largo. Los números E.164 tienen como máximo 15 dígitos.</translation>
    </message>
    <message>
        <source>%1 is not a valid number in its country&apos;s numbering plan. Check the digits and the country code.</source>
        <translation>%1 no es un número válido en el plan de numeración de su país. Comprueba los dígitos y el código de país.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid number: read with the default region %2 it is %3, which is not in that country&apos;s numbering plan. Check the digits, or write the number in E.164 form with its country code, for example %4.</source>
        <translation>«%1» no es un número válido: leído con la región predeterminada %2 es %3, que no está en el plan de numeración de ese país. Comprueba los dígitos, o escribe el número en formato E.164 con su código de país, por ejemplo %4.</translation>
    </message>
    <message>
        <source>%1 is a %2 number; an SMS to it will not arrive. Use a mobile number.</source>
        <translation>%1 es un número de tipo %2; un SMS a este número no llegará. Use un número móvil.</translation>
    </message>
</context>
<context>
    <name>PhoneProviderTryJob</name>
    <message>
        <source>%1 has no enabled phone provider to send a test message through. In the Auth0 Dashboard &gt; Branding &gt; Phone Provider choose Custom and save (or deploy the Action from the Hook code page, which sets it up).</source>
        <translation>%1 no tiene ningún proveedor de teléfono activado con el que enviar un mensaje de prueba. En Auth0 Dashboard &gt; Branding &gt; Phone Provider elige Custom y guarda (o implementa la Action desde la página Código del hook, que lo configura).</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
</context>
<context>
    <name>ProfileRules</name>
    <message>
        <source>Profile name: enter a name, for example &quot;Production&quot;.</source>
        <translation>Nombre del perfil: introduce un nombre, por ejemplo «Producción».</translation>
    </message>
    <message>
        <source>Profile name: remove the spaces at the start or end.</source>
        <translation>Nombre del perfil: quita los espacios del principio o del final.</translation>
    </message>
    <message numerus="yes">
        <source>Profile name: at most %n character(s).</source>
        <translation>
            <numerusform>Nombre del perfil: como máximo %n carácter.</numerusform>
            <numerusform>Nombre del perfil: como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile name: do not use /, \ or control characters.</source>
        <translation>Nombre del perfil: no uses /, \ ni caracteres de control.</translation>
    </message>
    <message>
        <source>%1: enter a full URL such as https://api.twilio.com.</source>
        <translation>%1: introduce una URL completa, como https://api.twilio.com.</translation>
    </message>
    <message>
        <source>%1: plain http is only allowed for a loopback host (the sandbox); use https://%2.</source>
        <translation>%1: http sin cifrar solo se permite para un host de loopback (el sandbox); usa https://%2.</translation>
    </message>
    <message>
        <source>%1: use an https:// URL.</source>
        <translation>%1: usa una URL https://.</translation>
    </message>
    <message>
        <source>%1: do not put credentials in the URL; they belong in the secrets.</source>
        <translation>%1: no pongas credenciales en la URL; van en los secretos.</translation>
    </message>
    <message>
        <source>%1: remove the query or fragment from the URL.</source>
        <translation>%1: quita la consulta o el fragmento de la URL.</translation>
    </message>
    <message>
        <source>Default region: &quot;%1&quot; is not a known region; use a two-letter country code such as US or GB, or leave it empty.</source>
        <translation>Región predeterminada: «%1» no es una región conocida; usa un código de país de dos letras como US o GB, o déjalo vacío.</translation>
    </message>
    <message>
        <source>Auth0 domain: enter the tenant&apos;s domain, for example acme.us.auth0.com (Auth0 Dashboard &gt; Applications &gt; your application &gt; Settings &gt; Domain).</source>
        <translation>Dominio de Auth0: introduce el dominio del tenant, por ejemplo acme.us.auth0.com (Auth0 Dashboard &gt; Applications &gt; tu aplicación &gt; Settings &gt; Domain).</translation>
    </message>
    <message>
        <source>Auth0 domain: enter only the host name, such as acme.us.auth0.com, without https:// or a path.</source>
        <translation>Dominio de Auth0: introduce solo el nombre de host, como acme.us.auth0.com, sin https:// ni ruta.</translation>
    </message>
    <message>
        <source>Auth0 domain: &quot;%1&quot; is not a host name; use the form acme.us.auth0.com.</source>
        <translation>Dominio de Auth0: «%1» no es un nombre de host; usa la forma acme.us.auth0.com.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The settings file %1 cannot be written: make its folder writable (and the file, if it exists), then try again.</source>
        <translation>No se puede escribir el archivo de ajustes %1: haz que se pueda escribir en su carpeta (y en el archivo, si existe) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The settings file %1 is not readable as settings: move it aside and start again.</source>
        <translation>El archivo de ajustes %1 no se puede leer como ajustes: apártalo y vuelve a empezar.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Pick the profile on the Secrets page</source>
        <translation>Elige el perfil en la página Secretos</translation>
    </message>
    <message>
        <source>API:</source>
        <translation>API:</translation>
    </message>
    <message>
        <source>Send the text with Programmable SMS (Messages), as Auth0&apos;s own Twilio provider does</source>
        <translation>Enviar el texto con Programmable SMS (Messages), como hace el proveedor Twilio propio de Auth0</translation>
    </message>
    <message>
        <source>Programmable &amp;SMS</source>
        <translation>Programmable &amp;SMS</translation>
    </message>
    <message>
        <source>Start a Twilio Verify verification with the code as its CustomCode</source>
        <translation>Iniciar una verificación de Twilio Verify con el código como CustomCode</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Mensaje de prueba</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>TWILIO_PHONE_NUMBER of the profile (a number or a Messaging Service SID); set it on the Secrets page</source>
        <translation>TWILIO_PHONE_NUMBER del perfil (un número o el SID de un Messaging Service); defínelo en la página Secretos</translation>
    </message>
    <message>
        <source>The recipient, as the hook receives it; written in E.164 (+14155552671) or in the profile&apos;s default region</source>
        <translation>El destinatario, tal como lo recibe el hook; escrito en E.164 (+14155552671) o en la región predeterminada del perfil</translation>
    </message>
    <message>
        <source>+14155552671</source>
        <translation>+14155552671</translation>
    </message>
    <message>
        <source>The fields of Auth0&apos;s hook context that shape the message</source>
        <translation>Los campos del contexto del hook de Auth0 que dan forma al mensaje</translation>
    </message>
    <message>
        <source>Auth0 context:</source>
        <translation>Contexto de Auth0:</translation>
    </message>
    <message>
        <source>context.message_type: sms, or voice (Auth0 then writes the code as digits separated by dots, for speaking)</source>
        <translation>context.message_type: sms, o voice (Auth0 escribe entonces el código como dígitos separados por puntos, para leerlo en voz alta)</translation>
    </message>
    <message>
        <source>Message type</source>
        <translation>Tipo de mensaje</translation>
    </message>
    <message>
        <source>context.action: enrollment (a new phone is enrolled) or authentication (a login)</source>
        <translation>context.action: enrollment (se inscribe un teléfono nuevo) o authentication (un inicio de sesión)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>context.language: the language of the login flow; sent to Verify as Locale</source>
        <translation>context.language: el idioma del flujo de inicio de sesión; se envía a Verify como Locale</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>en</source>
        <translation>en</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Aplicación:</translation>
    </message>
    <message>
        <source>The tenant&apos;s friendly name, which Auth0&apos;s default text names</source>
        <translation>El nombre descriptivo del tenant, que menciona el texto predeterminado de Auth0</translation>
    </message>
    <message>
        <source>Tenant friendly name</source>
        <translation>Nombre descriptivo del tenant</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>context.code, the one-time code; Verify receives it as CustomCode</source>
        <translation>context.code, el código de un solo uso; Verify lo recibe como CustomCode</translation>
    </message>
    <message>
        <source>Make a new random 6-digit code</source>
        <translation>Generar un nuevo código aleatorio de 6 dígitos</translation>
    </message>
    <message>
        <source>Write the body as Auth0&apos;s default template would, from the context and the code</source>
        <translation>Escribir el cuerpo como lo haría la plantilla predeterminada de Auth0, a partir del contexto y el código</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Cuerpo:</translation>
    </message>
    <message>
        <source>The text as the hook sends it; characters outside GSM-7 are highlighted</source>
        <translation>El texto tal como lo envía el hook; los caracteres fuera de GSM-7 se resaltan</translation>
    </message>
    <message>
        <source>Count as Twilio does with Smart Encoding on: look-alike Unicode characters (curly quotes, long dashes) are sent as their GSM-7 equivalents</source>
        <translation>Contar como Twilio con Smart Encoding activado: los caracteres Unicode parecidos (comillas tipográficas, guiones largos) se envían como sus equivalentes GSM-7</translation>
    </message>
    <message>
        <source>Count with Smart &amp;Encoding</source>
        <translation>Contar con Smart &amp;Encoding</translation>
    </message>
    <message>
        <source>Stop waiting; a message already accepted by Twilio is not recalled</source>
        <translation>Dejar de esperar; un mensaje ya aceptado por Twilio no se retira</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>En&amp;viar</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Send a test message: what Twilio answers and each delivery status appear here.</source>
        <translation>Envía un mensaje de prueba: la respuesta de Twilio y cada estado de entrega aparecen aquí.</translation>
    </message>
    <message>
        <source>Copy the SID, to look the message up in Twilio&apos;s console or logs</source>
        <translation>Copiar el SID, para buscar el mensaje en la consola o los registros de Twilio</translation>
    </message>
    <message>
        <source>C&amp;opy SID</source>
        <translation>C&amp;opiar SID</translation>
    </message>
    <message>
        <source>Look for the message in Twilio&apos;s message log (read only: nothing is sent again)</source>
        <translation>Buscar el mensaje en el registro de mensajes de Twilio (solo lectura: no se vuelve a enviar nada)</translation>
    </message>
    <message>
        <source>&amp;Look it up</source>
        <translation>&amp;Buscarlo</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segmentos:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Precio:</translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation>Cronología del estado</translation>
    </message>
    <message>
        <source>What went wrong and what to do</source>
        <translation>Qué salió mal y qué hacer</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autenticación</translation>
    </message>
    <message>
        <source>My App</source>
        <translation>Mi aplicación</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>E.164: + then the country code and the number.</source>
        <translation>E.164: + y luego el código de país y el número.</translation>
    </message>
    <message>
        <source>E.164, or a number of the profile&apos;s default region (%1).</source>
        <translation>E.164, o un número de la región predeterminada del perfil (%1).</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <extracomment>%1 the number in E.164, %2 its type (mobile, fixed line, ...), %3 its region (US)</extracomment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>UCS-2 because of: %1 (highlighted)</source>
        <extracomment>%1 lists the characters that are not in the GSM-7 alphabet</extracomment>
        <translation>UCS-2 por: %1 (resaltados)</translation>
    </message>
    <message>
        <source>Not in the GSM-7 alphabet: the whole message is sent as UCS-2</source>
        <translation>Fuera del alfabeto GSM-7: todo el mensaje se envía como UCS-2</translation>
    </message>
    <message>
        <source>Verify sends its own text with the code: the body is not used.</source>
        <translation>Verify envía su propio texto con el código: el cuerpo no se usa.</translation>
    </message>
    <message>
        <source>Sent to Verify as CustomCode (4 to 10 digits)</source>
        <translation>Enviado a Verify como CustomCode (de 4 a 10 dígitos)</translation>
    </message>
    <message>
        <source>context.code, the one-time code in the text</source>
        <translation>context.code, el código de un solo uso del texto</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Servicio:</translation>
    </message>
    <message>
        <source>reading the keychain…</source>
        <translation>leyendo el llavero…</translation>
    </message>
    <message>
        <source>unknown: the keychain could not be read</source>
        <translation>desconocido: no se pudo leer el llavero</translation>
    </message>
    <message>
        <source>not set: set %1 on the Secrets page</source>
        <translation>no definido: define %1 en la página Secretos</translation>
    </message>
    <message>
        <source>%1 (Messaging Service)</source>
        <translation>%1 (Messaging Service)</translation>
    </message>
    <message>
        <source>no profile</source>
        <translation>sin perfil</translation>
    </message>
    <message>
        <source>TWILIO_VERIFY_SERVICE_SID of the profile; set it on the Secrets page</source>
        <translation>TWILIO_VERIFY_SERVICE_SID del perfil; defínelo en la página Secretos</translation>
    </message>
    <message>
        <source>&lt;b&gt;No profile.&lt;/b&gt; Create one on the Secrets page, with the hook&apos;s Twilio secrets: the Run page sends with them.</source>
        <translation>&lt;b&gt;No hay perfil.&lt;/b&gt; Crea uno en la página Secretos, con los secretos de Twilio del hook: la página Ejecutar envía con ellos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing can be sent: the keychain could not be read.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;i&gt;%2&lt;/i&gt;&lt;br&gt;The Run page needs the profile&apos;s Twilio secrets (%3) from the keychain.</source>
        <translation>&lt;b&gt;No se puede enviar nada: no se pudo leer el llavero.&lt;/b&gt;&lt;br&gt;%1&lt;br&gt;&lt;i&gt;%2&lt;/i&gt;&lt;br&gt;La página Ejecutar necesita los secretos de Twilio del perfil (%3) del llavero.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Profile &quot;%1&quot; is missing %2.&lt;/b&gt; Set it on the Secrets page, as in the hook&apos;s secrets.</source>
        <translation>&lt;b&gt;Al perfil «%1» le falta %2.&lt;/b&gt; Defínelo en la página Secretos, como en los secretos del hook.</translation>
    </message>
    <message>
        <source>No profile: create one on the Secrets page.</source>
        <translation>No hay perfil: crea uno en la página Secretos.</translation>
    </message>
    <message>
        <source>The profile&apos;s secrets cannot be read from the keychain.</source>
        <translation>No se pueden leer los secretos del perfil del llavero.</translation>
    </message>
    <message>
        <source>Set %1 on the Secrets page.</source>
        <translation>Define %1 en la página Secretos.</translation>
    </message>
    <message>
        <source>To: enter the recipient&apos;s phone number.</source>
        <translation>Para: introduce el número de teléfono del destinatario.</translation>
    </message>
    <message>
        <source>Press Generate for a new one.</source>
        <translation>Pulsa Generar para obtener uno nuevo.</translation>
    </message>
    <message>
        <source>Reading the profile&apos;s secrets from the keychain…</source>
        <translation>Leyendo los secretos del perfil del llavero…</translation>
    </message>
    <message>
        <source>Ready to verify %1.</source>
        <translation>Listo para verificar %1.</translation>
    </message>
    <message>
        <source>Ready to send to %1.</source>
        <translation>Listo para enviar a %1.</translation>
    </message>
    <message>
        <source>Reading the secrets from the keychain…</source>
        <translation>Leyendo los secretos del llavero…</translation>
    </message>
    <message>
        <source>Starting the verification…</source>
        <translation>Iniciando la verificación…</translation>
    </message>
    <message>
        <source>Sending to Twilio…</source>
        <translation>Enviando a Twilio…</translation>
    </message>
    <message>
        <source>Accepted; following its delivery…</source>
        <translation>Aceptado; siguiendo su entrega…</translation>
    </message>
    <message>
        <source>%1 · %2 · +%3 s</source>
        <extracomment>a row of the status timeline: %1 Twilio&apos;s status, %2 the time, %3 seconds since Send</extracomment>
        <translation>%1 · %2 · +%3 s</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>Following delivery…</source>
        <translation>Siguiendo la entrega…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>The verification&apos;s SID</source>
        <translation>El SID de la verificación</translation>
    </message>
    <message>
        <source>The message&apos;s SID</source>
        <translation>El SID del mensaje</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>set by Verify</source>
        <translation>definido por Verify</translation>
    </message>
    <message>
        <source>per verification, in Twilio&apos;s console</source>
        <translation>por verificación, en la consola de Twilio</translation>
    </message>
    <message>
        <source>— (not sent)</source>
        <extracomment>%1 the number of segments, %2 the encoding (GSM-7 or UCS-2)</extracomment>
        <translation>— (no enviado)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>aún no se sabe</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>ninguno notificado</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>The lookup failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>No such message in Twilio&apos;s log: it was most likely not created. Sending again is safe.</source>
        <translation>No hay tal mensaje en el registro de Twilio: lo más probable es que no se creara. Volver a enviar es seguro.</translation>
    </message>
    <message>
        <source>Found in Twilio&apos;s log: %1, status %2. It was sent: do not send again.</source>
        <translation>Encontrado en el registro de Twilio: %1, estado %2. Se envió: no lo vuelvas a enviar.</translation>
    </message>
    <message>
        <source>Auth0 &amp;text</source>
        <translation>&amp;Texto de Auth0</translation>
    </message>
    <message>
        <source>Body: write the message, or press Auth0 text.</source>
        <translation>Cuerpo: escribe el mensaje o pulsa Texto de Auth0.</translation>
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
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>The profile&apos;s attempts in the delivery log over the last 24 hours: how many, the share delivered, and the median time from queued to delivered</source>
        <translation>Los intentos del perfil en el registro de entregas de las últimas 24 horas: cuántos, la proporción entregada y el tiempo mediano de en cola a entregado</translation>
    </message>
    <message>
        <source>Last 24 h: not known (%1)</source>
        <translation>Últimas 24 h: desconocido (%1)</translation>
    </message>
    <message>
        <source>Last 24 h: no sends</source>
        <translation>Últimas 24 h: ningún envío</translation>
    </message>
    <message numerus="yes">
        <source>Last 24 h: %n send(s) · %1 delivered · median %2</source>
        <extracomment>%n sends, %1 the share delivered, %2 the median latency (or a dash)</extracomment>
        <translation>
            <numerusform>Últimas 24 h: %n envío · %1 entregado · mediana %2</numerusform>
            <numerusform>Últimas 24 h: %n envíos · %1 entregado · mediana %2</numerusform>
        </translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Ge&amp;nerate</source>
        <translation>Ge&amp;nerar</translation>
    </message>
</context>
<context>
    <name>RunnerProcess</name>
    <message>
        <source>The runner (runner.js) is not in %1. Reinstall SMS Hook Console, or point SMSHOOK_RUNNER_DIR at its resources/runner folder.</source>
        <translation>El ejecutor (runner.js) no está en %1. Reinstala SMS Hook Console o haz que SMSHOOK_RUNNER_DIR apunte a su carpeta resources/runner.</translation>
    </message>
    <message>
        <source>The runner&apos;s npm packages (Twilio&apos;s SDK) are not installed in %1. Run &quot;npm ci&quot; in that folder (scripts/dev.sh build does it).</source>
        <translation>Los paquetes npm del ejecutor (el SDK de Twilio) no están instalados en %1. Ejecuta «npm ci» en esa carpeta (scripts/dev.sh build lo hace).</translation>
    </message>
    <message>
        <source>The runner&apos;s channel could not be opened: %1</source>
        <translation>No se pudo abrir el canal del ejecutor: %1</translation>
    </message>
    <message>
        <source>The runner&apos;s channel could not be opened.</source>
        <translation>No se pudo abrir el canal del ejecutor.</translation>
    </message>
</context>
<context>
    <name>SandboxGate</name>
    <message>
        <source>The request&apos;s header is larger than %1 KiB.</source>
        <translation>La cabecera de la solicitud supera los %1 KiB.</translation>
    </message>
    <message>
        <source>The request could not be read as HTTP/1.1.</source>
        <translation>No se pudo leer la solicitud como HTTP/1.1.</translation>
    </message>
    <message>
        <source>Send the request with a Content-Length; chunked bodies are not taken.</source>
        <translation>Envía la solicitud con un Content-Length; no se aceptan cuerpos chunked.</translation>
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
        <translation>Ya existe un perfil llamado «%1» que no es el perfil del sandbox integrado; se dejó sin cambios. Renómbralo para usar el sandbox integrado.</translation>
    </message>
</context>
<context>
    <name>SecretRules</name>
    <message>
        <source>This looks like an Account SID.</source>
        <translation>Esto parece un Account SID.</translation>
    </message>
    <message>
        <source>This looks like an API Key SID; the hook needs the Account SID and its Auth Token.</source>
        <translation>Esto parece el SID de una API Key; el hook necesita el Account SID y su Auth Token.</translation>
    </message>
    <message>
        <source>This looks like a Messaging Service SID.</source>
        <translation>Esto parece el SID de un Messaging Service.</translation>
    </message>
    <message>
        <source>This looks like a Verify service SID.</source>
        <translation>Esto parece el SID de un servicio Verify.</translation>
    </message>
    <message>
        <source>This looks like a phone number SID; use the number itself.</source>
        <translation>Esto parece el SID de un número de teléfono; usa el número en sí.</translation>
    </message>
    <message>
        <source>Twilio Account SID (AC followed by 32 hex digits), from the Twilio Console.</source>
        <translation>Account SID de Twilio (AC seguido de 32 dígitos hexadecimales), de la consola de Twilio.</translation>
    </message>
    <message>
        <source>Twilio Auth Token (32 hex digits), shown next to the Account SID.</source>
        <translation>Auth Token de Twilio (32 dígitos hexadecimales), que aparece junto al Account SID.</translation>
    </message>
    <message>
        <source>Sending number in E.164 form (+14155552671) or a Messaging Service SID (MG...).</source>
        <translation>Número de envío en formato E.164 (+14155552671) o SID de un Messaging Service (MG...).</translation>
    </message>
    <message>
        <source>Twilio Verify service SID (VA followed by 32 hex digits), for the Verify hook.</source>
        <translation>SID del servicio Twilio Verify (VA seguido de 32 dígitos hexadecimales), para el hook de Verify.</translation>
    </message>
    <message>
        <source>Secret name: enter a name, for example TWILIO_API_KEY.</source>
        <translation>Nombre del secreto: introduce un nombre, por ejemplo TWILIO_API_KEY.</translation>
    </message>
    <message numerus="yes">
        <source>Secret name: at most %n character(s); shorten the name.</source>
        <translation>
            <numerusform>Nombre del secreto: como máximo %n carácter; acorta el nombre.</numerusform>
            <numerusform>Nombre del secreto: como máximo %n caracteres; acorta el nombre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Secret name &quot;%1&quot;: must not start with a digit; start it with a letter or _.</source>
        <translation>Nombre del secreto «%1»: no debe empezar por un dígito; empiézalo con una letra o _.</translation>
    </message>
    <message>
        <source>Secret name &quot;%1&quot;: use only letters A-Z, digits and _ (the hook reads it as context.webtask.secrets.NAME).</source>
        <translation>Nombre del secreto «%1»: usa solo letras A-Z, dígitos y _ (el hook lo lee como context.webtask.secrets.NAME).</translation>
    </message>
    <message>
        <source>%1: enter a value, or delete the secret.</source>
        <translation>%1: introduce un valor o elimina el secreto.</translation>
    </message>
    <message>
        <source>%1: the value contains a NUL character; paste it again.</source>
        <translation>%1: el valor contiene un carácter NUL; pégalo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%1: at most %n character(s).</source>
        <translation>
            <numerusform>%1: como máximo %n carácter.</numerusform>
            <numerusform>%1: como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: remove the spaces before or after the value.</source>
        <translation>%1: quita los espacios antes o después del valor.</translation>
    </message>
    <message>
        <source>%1: expected AC followed by 32 hex digits (34 characters), as shown under Account Info in the Twilio Console.</source>
        <translation>%1: se espera AC seguido de 32 dígitos hexadecimales (34 caracteres), como aparece en Account Info en la consola de Twilio.</translation>
    </message>
    <message>
        <source>%1: this is the Account SID; paste the Auth Token (32 hex digits) shown next to it in the Twilio Console.</source>
        <translation>%1: este es el Account SID; pega el Auth Token (32 dígitos hexadecimales) que aparece junto a él en la consola de Twilio.</translation>
    </message>
    <message numerus="yes">
        <source>%1: expected 32 hex digits, as shown (after Show) under Account Info in the Twilio Console. This value has %n character(s).</source>
        <translation>
            <numerusform>%1: se esperan 32 dígitos hexadecimales, como aparecen (tras Show) en Account Info en la consola de Twilio. Este valor tiene %n carácter.</numerusform>
            <numerusform>%1: se esperan 32 dígitos hexadecimales, como aparecen (tras Show) en Account Info en la consola de Twilio. Este valor tiene %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: expected VA followed by 32 hex digits, from Verify &gt; Services in the Twilio Console.</source>
        <translation>%1: se espera VA seguido de 32 dígitos hexadecimales, de Verify &gt; Services en la consola de Twilio.</translation>
    </message>
    <message>
        <source>%1: a Messaging Service SID is MG followed by 32 hex digits; copy it again from Messaging &gt; Services.</source>
        <translation>%1: el SID de un Messaging Service es MG seguido de 32 dígitos hexadecimales; cópialo de nuevo desde Messaging &gt; Services.</translation>
    </message>
    <message>
        <source>%1: write the number in E.164 form: %2 (no spaces, dashes or brackets).</source>
        <translation>%1: escribe el número en formato E.164: %2 (sin espacios, guiones ni paréntesis).</translation>
    </message>
    <message>
        <source>%1: %2 is a fixed-line number; Twilio can only send SMS from an SMS-capable number.</source>
        <translation>%1: %2 es un número fijo; Twilio solo puede enviar SMS desde un número con capacidad SMS.</translation>
    </message>
    <message numerus="yes">
        <source>A hook holds at most %1 secrets; delete %n of them.</source>
        <translation>
            <numerusform>Un hook tiene como máximo %1 secretos; elimina %n de ellos.</numerusform>
            <numerusform>Un hook tiene como máximo %1 secretos; elimina %n de ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom secret: a name of letters A-Z, digits and _, read by the code as context.webtask.secrets.NAME (an Action: event.secrets.NAME).</source>
        <translation>Secreto personalizado: un nombre de letras A-Z, dígitos y _, que el código lee como context.webtask.secrets.NAME (una Action: event.secrets.NAME).</translation>
    </message>
    <message>
        <source>Custom secret, read by the code as context.webtask.secrets.%1 (an Action: event.secrets.%1).</source>
        <translation>Secreto personalizado, que el código lee como context.webtask.secrets.%1 (una Action: event.secrets.%1).</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>profile %1 does not exist</source>
        <translation>el perfil %1 no existe</translation>
    </message>
</context>
<context>
    <name>SecretsJob</name>
    <message>
        <source>the console closed before the keychain answered</source>
        <translation>la consola se cerró antes de que respondiera el llavero</translation>
    </message>
</context>
<context>
    <name>SecretsPage</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>The hook configuration you are editing</source>
        <translation>La configuración del hook que estás editando</translation>
    </message>
    <message>
        <source>Create a new, empty profile</source>
        <translation>Crear un perfil nuevo y vacío</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Rename this profile, moving its secrets</source>
        <translation>Renombrar este perfil, moviendo sus secretos</translation>
    </message>
    <message>
        <source>Copy this profile and its secrets under a new name</source>
        <translation>Copiar este perfil y sus secretos con un nombre nuevo</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplicar…</translation>
    </message>
    <message>
        <source>Delete this profile and remove its secrets from the keychain</source>
        <translation>Eliminar este perfil y quitar sus secretos del llavero</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>Todavía no hay perfiles</translation>
    </message>
    <message>
        <source>A profile holds one Auth0 hook&apos;s Twilio settings and secrets: the Account SID, the Auth Token and the sending number. Secret values are kept in the system keychain only.
Click New Profile to add your first one.</source>
        <translation>Un perfil guarda los ajustes y secretos de Twilio de un hook de Auth0: el Account SID, el Auth Token y el número de envío. Los valores de los secretos solo se guardan en el llavero del sistema.
Haz clic en Nuevo perfil para añadir el primero.</translation>
    </message>
    <message>
        <source>New &amp;Profile…</source>
        <translation>Nuevo &amp;perfil…</translation>
    </message>
    <message>
        <source>Profile settings</source>
        <translation>Ajustes del perfil</translation>
    </message>
    <message>
        <source>&amp;API base URL:</source>
        <translation>URL base de la &amp;API:</translation>
    </message>
    <message>
        <source>&amp;Verify base URL:</source>
        <translation>URL base de &amp;Verify:</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secretos</translation>
    </message>
    <message>
        <source>Add a custom secret, read by the hook as context.webtask.secrets.NAME</source>
        <translation>Añadir un secreto personalizado, que el hook lee como context.webtask.secrets.NAME</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Discard unsaved changes and read the secrets from the keychain again</source>
        <translation>Descartar los cambios sin guardar y volver a leer los secretos del llavero</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Write the changed secrets to the keychain and save the profile settings</source>
        <translation>Escribir los secretos cambiados en el llavero y guardar los ajustes del perfil</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>Mostrar el valor</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has unsaved changes.</source>
        <translation>El perfil «%1» tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Save them to the keychain before leaving?</source>
        <translation>¿Guardarlos en el llavero antes de salir?</translation>
    </message>
    <message>
        <source>Some values are not valid, so they cannot be saved. Discard the changes, or cancel to correct them.</source>
        <translation>Algunos valores no son válidos, así que no se pueden guardar. Descarta los cambios o cancela para corregirlos.</translation>
    </message>
    <message>
        <source>Profile name: &quot;%1&quot; already exists; choose another name.</source>
        <translation>Nombre del perfil: «%1» ya existe; elige otro nombre.</translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>Nombre del perfil nuevo:</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; created.</source>
        <translation>Perfil «%1» creado.</translation>
    </message>
    <message>
        <source>Rename Profile</source>
        <translation>Renombrar perfil</translation>
    </message>
    <message>
        <source>New name for profile &quot;%1&quot;:</source>
        <translation>Nuevo nombre del perfil «%1»:</translation>
    </message>
    <message>
        <source>Renaming profile &quot;%1&quot;…</source>
        <translation>Renombrando el perfil «%1»…</translation>
    </message>
    <message>
        <source>The profile could not be renamed.</source>
        <translation>No se pudo renombrar el perfil.</translation>
    </message>
    <message>
        <source>Duplicate Profile</source>
        <translation>Duplicar perfil</translation>
    </message>
    <message>
        <source>Name of the copy of profile &quot;%1&quot;:</source>
        <translation>Nombre de la copia del perfil «%1»:</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 copia</translation>
    </message>
    <message>
        <source>Copying profile &quot;%1&quot;…</source>
        <translation>Copiando el perfil «%1»…</translation>
    </message>
    <message>
        <source>The profile could not be duplicated.</source>
        <translation>No se pudo duplicar el perfil.</translation>
    </message>
    <message>
        <source>Delete Profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message>
        <source>Delete profile &quot;%1&quot;?</source>
        <translation>¿Eliminar el perfil «%1»?</translation>
    </message>
    <message>
        <source>Its settings are deleted and its secrets removed from the keychain. Unsaved changes are lost. This cannot be undone.</source>
        <translation>Se eliminan sus ajustes y se quitan sus secretos del llavero. Los cambios sin guardar se pierden. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Deleting profile &quot;%1&quot;…</source>
        <translation>Eliminando el perfil «%1»…</translation>
    </message>
    <message>
        <source>The profile could not be deleted.</source>
        <translation>No se pudo eliminar el perfil.</translation>
    </message>
    <message>
        <source>The name of a known secret cannot be changed.</source>
        <translation>No se puede cambiar el nombre de un secreto conocido.</translation>
    </message>
    <message>
        <source>Letters, digits and _; the hook reads context.webtask.secrets.NAME.</source>
        <translation>Letras, dígitos y _; el hook lee context.webtask.secrets.NAME.</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>Ocultar el valor</translation>
    </message>
    <message>
        <source>&amp;Clear Value</source>
        <translation>&amp;Borrar valor</translation>
    </message>
    <message>
        <source>&amp;Delete Secret</source>
        <translation>&amp;Eliminar secreto</translation>
    </message>
    <message>
        <source>Clear this value; it is removed from the keychain on save.</source>
        <translation>Borrar este valor; se quita del llavero al guardar.</translation>
    </message>
    <message>
        <source>Delete this custom secret; it is removed from the keychain on save.</source>
        <translation>Eliminar este secreto personalizado; se quita del llavero al guardar.</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL base de la API</translation>
    </message>
    <message>
        <source>Verify base URL</source>
        <translation>URL base de Verify</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ajustes guardados.</translation>
    </message>
    <message>
        <source>Saving secrets to the keychain…</source>
        <translation>Guardando los secretos en el llavero…</translation>
    </message>
    <message>
        <source>Saving failed. Your changes are kept (marked Changed); save again once the problem is fixed.</source>
        <translation>No se pudo guardar. Tus cambios se conservan (marcados como Cambiado); vuelve a guardar cuando se resuelva el problema.</translation>
    </message>
    <message>
        <source>Saved to the keychain.</source>
        <translation>Guardado en el llavero.</translation>
    </message>
    <message>
        <source>Looks right. Save to store it in the keychain.</source>
        <translation>Parece correcto. Guarda para almacenarlo en el llavero.</translation>
    </message>
    <message>
        <source>%1 will be removed from the keychain on save.</source>
        <translation>%1 se quitará del llavero al guardar.</translation>
    </message>
    <message numerus="yes">
        <source>A hook holds at most %n secret(s).</source>
        <translation>
            <numerusform>Un hook tiene como máximo %n secreto.</numerusform>
            <numerusform>Un hook tiene como máximo %n secretos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Two-letter country code used for numbers typed without +, for example US or GB. Not set: every number must start with + and its country code.</source>
        <translation>Código de país de dos letras para los números escritos sin +, por ejemplo US o GB. Sin definir: cada número debe empezar por + y su código de país.</translation>
    </message>
    <message>
        <source>not set</source>
        <comment>an empty default region</comment>
        <translation>no definido</translation>
    </message>
    <message>
        <source>&amp;Use %1</source>
        <extracomment>the one-click fix of a secret&apos;s value, e.g. &quot;Use +15005550006&quot;</extracomment>
        <translation>&amp;Usar %1</translation>
    </message>
    <message>
        <source>%1 · at most %2 per hook</source>
        <extracomment>%1 how many secrets have a value, e.g. &quot;2 secrets set&quot;; %2 Auth0&apos;s limit</extracomment>
        <translation>%1 · como máximo %2 por hook</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) set</source>
        <translation>
            <numerusform>%n secreto definido</numerusform>
            <numerusform>%n secretos definidos</numerusform>
        </translation>
    </message>
    <message>
        <source>The value could not be read from the keychain.</source>
        <translation>No se pudo leer el valor del llavero.</translation>
    </message>
    <message>
        <source>Saved in the keychain: show it, or type a new value</source>
        <translation>Guardado en el llavero: muéstralo o escribe un valor nuevo</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Cambiar nor&amp;mbre…</translation>
    </message>
    <message>
        <source>Default reg&amp;ion:</source>
        <translation>Reg&amp;ión predeterminada:</translation>
    </message>
    <message>
        <source>Add Secre&amp;t</source>
        <translation>Añadir secre&amp;to</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation>Nombr&amp;e:</translation>
    </message>
    <message>
        <source>Va&amp;lue:</source>
        <translation>Va&amp;lor:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>SecretsTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Secret name &quot;%1&quot;: already used; choose another name.</source>
        <translation>Nombre del secreto «%1»: ya se usa; elige otro nombre.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Unknown (keychain unavailable)</source>
        <translation>Desconocido (llavero no disponible)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>No definido</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Removed on save</source>
        <translation>Se quita al guardar</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>no definido</translation>
    </message>
    <message>
        <source>Shown: hide it with the eye in the Value field</source>
        <translation>Visible: ocúltalo con el ojo del campo Valor</translation>
    </message>
    <message>
        <source>Hidden: show it with the eye in the Value field</source>
        <translation>Oculto: muéstralo con el ojo del campo Valor</translation>
    </message>
</context>
<context>
    <name>SegmentCalculator</name>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segmento</numerusform>
            <numerusform>%n segmentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left in this segment</source>
        <translation>
            <numerusform>Queda %n carácter en este segmento</numerusform>
            <numerusform>Quedan %n caracteres en este segmento</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <extracomment>%1 is the segment count, %2 the encoding (GSM-7 or UCS-2), %3 the room left</extracomment>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>No text yet: 0 segments</source>
        <translation>Aún no hay texto: 0 segmentos</translation>
    </message>
</context>
<context>
    <name>SendJob</name>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>no keychain is available to read the secrets from</source>
        <translation>no hay ningún llavero disponible del que leer los secretos</translation>
    </message>
    <message>
        <source>%1 is not set for profile &quot;%2&quot;: the Verify API needs the Verify service SID (VA...).</source>
        <translation>%1 no está definido para el perfil «%2»: la API de Verify necesita el SID del servicio Verify (VA...).</translation>
    </message>
    <message>
        <source>%1 is not set for profile &quot;%2&quot;.</source>
        <translation>%1 no está definido para el perfil «%2».</translation>
    </message>
    <message>
        <source>The attempt could not be written to the delivery log %1 (%2). Check the disk space and that no other program locks the file, or set SMSHOOK_LOG_PATH to another file; then send again.</source>
        <translation>No se pudo escribir el intento en el registro de envíos %1 (%2). Comprueba el espacio en disco y que ningún otro programa bloquee el archivo, o define SMSHOOK_LOG_PATH con otro archivo; luego vuelve a enviar.</translation>
    </message>
    <message numerus="yes">
        <source>No delivery receipt within %n second(s); many carriers send none. Ask the recipient whether it arrived.</source>
        <translation>
            <numerusform>Ninguna confirmación de entrega en %n segundo; muchos operadores no la envían. Pregunta al destinatario si llegó.</numerusform>
            <numerusform>Ninguna confirmación de entrega en %n segundos; muchos operadores no la envían. Pregunta al destinatario si llegó.</numerusform>
        </translation>
    </message>
    <message>
        <source>Twilio had accepted the message (%1); it goes on being delivered. Only following it stopped.</source>
        <translation>Twilio había aceptado el mensaje (%1); sigue entregándose. Solo se dejó de seguirlo.</translation>
    </message>
    <message>
        <source>Only a message whose outcome is unknown can be looked up.</source>
        <translation>Solo se puede buscar un mensaje cuyo resultado es desconocido.</translation>
    </message>
    <message>
        <source>Message: enter the text to send.</source>
        <translation>Mensaje: introduce el texto que se enviará.</translation>
    </message>
    <message numerus="yes">
        <source>Message: Twilio accepts at most %1 characters (error 21617); this text has %n. Shorten it.</source>
        <translation>
            <numerusform>Mensaje: Twilio acepta como máximo %1 caracteres (error 21617); este texto tiene %n. Acórtalo.</numerusform>
            <numerusform>Mensaje: Twilio acepta como máximo %1 caracteres (error 21617); este texto tiene %n. Acórtalo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code: enter the code to send (the code Auth0 passes in the event).</source>
        <translation>Código: introduce el código que se enviará (el que Auth0 pasa en el evento).</translation>
    </message>
    <message numerus="yes">
        <source>Code: Verify takes a custom code of %1 to %2 characters; this one has %n.</source>
        <translation>
            <numerusform>Código: Verify acepta un código personalizado de %1 a %2 caracteres; este tiene %n.</numerusform>
            <numerusform>Código: Verify acepta un código personalizado de %1 a %2 caracteres; este tiene %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Twilio Verify accepted the code for %1 (verification %2, status %3).</source>
        <translation>Twilio Verify aceptó el código para %1 (verificación %2, estado %3).</translation>
    </message>
    <message>
        <source>Delivered to %1 (%2).</source>
        <translation>Entregado a %1 (%2).</translation>
    </message>
    <message>
        <source>Twilio has the message for %1 (%2, status %3): the answer to the send was lost, and the message was found in Twilio&apos;s message log. Do not send it again.</source>
        <translation>Twilio tiene el mensaje para %1 (%2, estado %3): la respuesta al envío se perdió, y el mensaje se encontró en el registro de mensajes de Twilio. No lo vuelvas a enviar.</translation>
    </message>
    <message>
        <source>Twilio accepted the message for %1 (%2, status %3).</source>
        <translation>Twilio aceptó el mensaje para %1 (%2, estado %3).</translation>
    </message>
    <message>
        <source>Sent to %1 (%2), with no delivery receipt: many carriers send none. Ask the recipient whether it arrived.</source>
        <translation>Enviado a %1 (%2), sin confirmación de entrega: muchos operadores no la envían. Pregunta al destinatario si llegó.</translation>
    </message>
    <message>
        <source>Not delivered to %1 (%2): status %3.</source>
        <translation>No entregado a %1 (%2): estado %3.</translation>
    </message>
    <message>
        <source>Twilio error %1: %2</source>
        <translation>Error de Twilio %1: %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Más: %1</translation>
    </message>
    <message>
        <source>Twilio accepted the message for %1 (%2), but it reached no final status in time (last: %3). Check the message log.</source>
        <translation>Twilio aceptó el mensaje para %1 (%2), pero no alcanzó un estado final a tiempo (último: %3). Revisa el registro de mensajes.</translation>
    </message>
    <message>
        <source>Outcome unknown: %1 Check the message log for messages to %2 before sending again.</source>
        <translation>Resultado desconocido: %1 Busca en el registro de mensajes los mensajes a %2 antes de volver a enviar.</translation>
    </message>
    <message>
        <source>Nothing was sent. %1</source>
        <translation>No se envió nada. %1</translation>
    </message>
    <message>
        <source>Nothing was sent: %1 %2</source>
        <translation>No se envió nada: %1 %2</translation>
    </message>
    <message>
        <source>Nothing was sent: every send is written to the delivery log before it goes out, and this one could not be. %1</source>
        <translation>No se envió nada: cada envío se escribe en el registro de envíos antes de salir, y este no se pudo escribir. %1</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Cancelado antes de enviar nada.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Cancelled. %1 %2</source>
        <translation>Cancelado. %1 %2</translation>
    </message>
    <message>
        <source>Twilio refused the request and sent nothing. %1</source>
        <translation>Twilio rechazó la solicitud y no envió nada. %1</translation>
    </message>
    <message>
        <source>Nothing was sent: Twilio was not reached, so it is safe to send again. %1</source>
        <translation>No se envió nada: no se llegó a Twilio, así que volver a enviar es seguro. %1</translation>
    </message>
</context>
<context>
    <name>SyncProgressText</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) imported</source>
        <translation>
            <numerusform>%n mensaje importado</numerusform>
            <numerusform>%n mensajes importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new event(s)</source>
        <translation>
            <numerusform>%n evento nuevo</numerusform>
            <numerusform>%n eventos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged with local sends</source>
        <translation>
            <numerusform>%n combinado con envíos locales</numerusform>
            <numerusform>%n combinados con envíos locales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched to a Twilio message</source>
        <translation>
            <numerusform>%n asociado a un mensaje de Twilio</numerusform>
            <numerusform>%n asociados a un mensaje de Twilio</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 · %2 · %3</source>
        <extracomment>%1 the page number, %2 what it added, %3 what it linked (each with its count)</extracomment>
        <translation>Página %1 · %2 · %3</translation>
    </message>
    <message>
        <source>(continued where the last run stopped)</source>
        <translation>(continuado donde se detuvo la última ejecución)</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <extracomment>%1 what it added, %2 what it linked, %3 the pages read (each with its count)</extracomment>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n page(s); run again to continue where it stopped.</source>
        <translation>
            <numerusform>Detenido tras %n página; vuelva a ejecutarlo para continuar donde se detuvo.</numerusform>
            <numerusform>Detenido tras %n páginas; vuelva a ejecutarlo para continuar donde se detuvo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateMenu</name>
    <message>
        <source>Action: send-phone-message (legacy MFA phone set-up)</source>
        <translation>Action: send-phone-message (configuración heredada del teléfono MFA)</translation>
    </message>
    <message>
        <source>Action: custom-phone-provider (Unified Phone Experience)</source>
        <translation>Action: custom-phone-provider (Unified Phone Experience)</translation>
    </message>
    <message>
        <source>Legacy hooks (Auth0 no longer runs them)</source>
        <translation>Hooks heredados (Auth0 ya no los ejecuta)</translation>
    </message>
</context>
<context>
    <name>TenantChain</name>
    <message>
        <source>Auth0 asked</source>
        <translation>Auth0 pidió</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <translation>%1 (usuario %2)</translation>
    </message>
    <message>
        <source>Action ran</source>
        <translation>Action ejecutada</translation>
    </message>
    <message>
        <source>execution id not logged</source>
        <translation>ID de ejecución no registrado</translation>
    </message>
    <message>
        <source>execution %1</source>
        <translation>ejecución %1</translation>
    </message>
    <message>
        <source>%1, failed: %2 %3</source>
        <translation>%1, falló: %2 %3</translation>
    </message>
    <message>
        <source>%1, sent</source>
        <translation>%1, enviado</translation>
    </message>
    <message>
        <source>Twilio accepted</source>
        <translation>Aceptado por Twilio</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>no SID</source>
        <translation>sin SID</translation>
    </message>
    <message>
        <source> (matched by number and time)</source>
        <translation> (asociado por número y hora)</translation>
    </message>
    <message>
        <source> (the SID the Action run recorded)</source>
        <translation> (el SID que registró la ejecución de la Action)</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <source>%1: error %2 %3</source>
        <translation>%1: error %2 %3</translation>
    </message>
    <message>
        <source>last status: %1</source>
        <translation>último estado: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>no Twilio message found for %1 around this time</source>
        <translation>no se encontró ningún mensaje de Twilio para %1 en torno a esta hora</translation>
    </message>
    <message>
        <source>Twilio message with no Auth0 event: %1 to %2 at %3</source>
        <translation>Mensaje de Twilio sin evento de Auth0: %1 a %2 a las %3</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Auth0 asked at %1</source>
        <translation>Auth0 pidió a las %1</translation>
    </message>
    <message>
        <source>Action ran (%1)</source>
        <translation>Action ejecutada (%1)</translation>
    </message>
    <message>
        <source>Twilio accepted (%1)</source>
        <translation>Aceptado por Twilio (%1)</translation>
    </message>
    <message>
        <source>no Twilio message found</source>
        <translation>no se encontró ningún mensaje de Twilio</translation>
    </message>
    <message>
        <source>not delivered (%1)</source>
        <translation>no entregado (%1)</translation>
    </message>
    <message>
        <source>delivered at %1</source>
        <translation>entregado a las %1</translation>
    </message>
    <message>
        <source>Auth0 sent, no Twilio message found: %1</source>
        <translation>Auth0 envió, no se encontró ningún mensaje de Twilio: %1</translation>
    </message>
    <message>
        <source>Auth0 sent, Twilio message found</source>
        <translation>Auth0 envió, se encontró el mensaje de Twilio</translation>
    </message>
    <message>
        <source>Auth0 sent, no Twilio message found</source>
        <translation>Auth0 envió, no se encontró ningún mensaje de Twilio</translation>
    </message>
    <message>
        <source>Twilio message with no Auth0 event</source>
        <translation>Mensaje de Twilio sin evento de Auth0</translation>
    </message>
    <message>
        <source>Auth0 event</source>
        <translation>Evento de Auth0</translation>
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
        <translation>nunca llegó a Twilio</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <source>Auth0 event</source>
        <translation>Evento de Auth0</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Twilio SID</source>
        <translation>Twilio SID</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Ask to last hop</source>
        <translation>De la solicitud al último salto</translation>
    </message>
</context>
<context>
    <name>TenantConnectJob</name>
    <message>
        <source>Profile: &quot;%1&quot; does not exist; create it first.</source>
        <translation>Perfil: «%1» no existe; créalo primero.</translation>
    </message>
    <message>
        <source>Profile: &quot;%1&quot; does not exist.</source>
        <translation>Perfil: «%1» no existe.</translation>
    </message>
    <message>
        <source>The client secret could not be stored in the keychain: %1 %2</source>
        <translation>No se pudo guardar el secreto de cliente en el llavero: %1 %2</translation>
    </message>
</context>
<context>
    <name>TenantJudge</name>
    <message>
        <source>Not read.</source>
        <translation>No leído.</translation>
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
        <translation>No comprobado: el modo del tenant es desconocido.</translation>
    </message>
    <message>
        <source>Not checked: no Action is bound.</source>
        <translation>No comprobado: no hay ninguna Action vinculada.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 necesita %2</translation>
    </message>
    <message>
        <source>Connected, but the token cannot read the phone set-up: missing %1.</source>
        <translation>Conectado, pero el token no puede leer la configuración del teléfono: falta %1.</translation>
    </message>
    <message numerus="yes">
        <source>Connected; %n feature(s) blocked by missing scopes.</source>
        <translation>
            <numerusform>Conectado; %n función bloqueada por scopes que faltan.</numerusform>
            <numerusform>Conectado; %n funciones bloqueadas por scopes que faltan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1 with every scope the console uses.</source>
        <translation>Conectado a %1 con todos los scopes que usa la consola.</translation>
    </message>
    <message>
        <source>Phone set-up</source>
        <translation>Configuración del teléfono</translation>
    </message>
    <message>
        <source>Unified Phone Experience: MFA text messages go to the tenant&apos;s phone provider; &quot;custom&quot; runs the custom-phone-provider Action.</source>
        <translation>Unified Phone Experience: los SMS de MFA van al proveedor de teléfono del tenant; «custom» ejecuta la Action custom-phone-provider.</translation>
    </message>
    <message>
        <source>Legacy MFA phone set-up: MFA text messages go to the send-phone-message Action when the delivery provider is Custom.</source>
        <translation>Configuración heredada del teléfono MFA: los SMS de MFA van a la Action send-phone-message cuando el Delivery Provider es Custom.</translation>
    </message>
    <message>
        <source>Auth0 moves tenants to the Unified Phone Experience (custom-phone-provider Action and a tenant phone provider); new tenants start there.</source>
        <translation>Auth0 traslada los tenants a la Unified Phone Experience (Action custom-phone-provider y un proveedor de teléfono del tenant); los tenants nuevos empiezan ahí.</translation>
    </message>
    <message>
        <source>SMS factor</source>
        <translation>Factor SMS</translation>
    </message>
    <message>
        <source>The Phone Message factor is on but its trial has expired.</source>
        <translation>El factor Phone Message está activado, pero su prueba ha caducado.</translation>
    </message>
    <message>
        <source>Check the tenant&apos;s plan in the Auth0 Dashboard.</source>
        <translation>Comprueba el plan del tenant en el Auth0 Dashboard.</translation>
    </message>
    <message>
        <source>The Phone Message factor is on.</source>
        <translation>El factor Phone Message está activado.</translation>
    </message>
    <message>
        <source>The Phone Message factor is off: Auth0 never sends an MFA text message.</source>
        <translation>El factor Phone Message está desactivado: Auth0 nunca envía un SMS de MFA.</translation>
    </message>
    <message>
        <source>Turn on Phone Message under Security &gt; Multi-factor Auth.</source>
        <translation>Activa Phone Message en Security &gt; Multi-factor Auth.</translation>
    </message>
    <message>
        <source>Message types</source>
        <translation>Tipos de mensaje</translation>
    </message>
    <message>
        <source>No phone message type is offered.</source>
        <translation>No se ofrece ningún tipo de mensaje de teléfono.</translation>
    </message>
    <message>
        <source>Only voice calls are offered: users get no text message.</source>
        <translation>Solo se ofrecen llamadas de voz: los usuarios no reciben ningún SMS.</translation>
    </message>
    <message>
        <source>Tick SMS under Security &gt; Multi-factor Auth &gt; Phone Message.</source>
        <translation>Marca SMS en Security &gt; Multi-factor Auth &gt; Phone Message.</translation>
    </message>
    <message>
        <source>SMS and voice are offered: the Action also gets voice requests.</source>
        <translation>Se ofrecen SMS y voz: la Action también recibe solicitudes de voz.</translation>
    </message>
    <message>
        <source>Make sure the Action handles voice (delivery_method or message_type &quot;voice&quot;), or offer SMS only.</source>
        <translation>Asegúrate de que la Action gestiona la voz (delivery_method o message_type &quot;voice&quot;), u ofrece solo SMS.</translation>
    </message>
    <message>
        <source>SMS is offered.</source>
        <translation>Se ofrece SMS.</translation>
    </message>
    <message>
        <source>Phone provider</source>
        <translation>Proveedor de teléfono</translation>
    </message>
    <message>
        <source>Delivery provider Custom: each message goes to the send-phone-message Action.</source>
        <translation>Delivery Provider Custom: cada mensaje va a la Action send-phone-message.</translation>
    </message>
    <message>
        <source>Twilio (Auth0&apos;s built-in integration)</source>
        <translation>Twilio (la integración incorporada de Auth0)</translation>
    </message>
    <message>
        <source>Auth0&apos;s own provider</source>
        <translation>El proveedor propio de Auth0</translation>
    </message>
    <message>
        <source>Delivery provider is %1: the Action is never called.</source>
        <translation>El Delivery Provider es %1: la Action nunca se llama.</translation>
    </message>
    <message>
        <source>Set Delivery Provider to Custom under Security &gt; Multi-factor Auth &gt; Phone Message.</source>
        <translation>Pon Delivery Provider en Custom en Security &gt; Multi-factor Auth &gt; Phone Message.</translation>
    </message>
    <message>
        <source>Branding &gt; Phone Provider in the Auth0 Dashboard</source>
        <translation>Branding &gt; Phone Provider en el Auth0 Dashboard</translation>
    </message>
    <message>
        <source>No phone provider is configured: the Action is never called.</source>
        <translation>No hay ningún proveedor de teléfono configurado: la Action nunca se llama.</translation>
    </message>
    <message>
        <source>The phone provider is %1, not custom: the Action is never called.</source>
        <translation>El proveedor de teléfono es %1, no custom: la Action nunca se llama.</translation>
    </message>
    <message>
        <source>Choose Custom under %1 (the custom-phone-provider Action must be deployed first).</source>
        <translation>Elige Custom en %1 (la Action custom-phone-provider debe implementarse antes).</translation>
    </message>
    <message>
        <source>The custom phone provider is disabled.</source>
        <translation>El proveedor de teléfono personalizado está desactivado.</translation>
    </message>
    <message>
        <source>Enable it under %1.</source>
        <translation>Actívalo en %1.</translation>
    </message>
    <message>
        <source>The custom phone provider delivers only %1, not text.</source>
        <translation>El proveedor de teléfono personalizado solo entrega %1, no texto.</translation>
    </message>
    <message>
        <source>Tick Text among its delivery methods under %1.</source>
        <translation>Marca Text entre sus métodos de entrega en %1.</translation>
    </message>
    <message>
        <source>The custom phone provider is enabled for %1.</source>
        <translation>El proveedor de teléfono personalizado está activado para %1.</translation>
    </message>
    <message>
        <source>Action bound</source>
        <translation>Action vinculada</translation>
    </message>
    <message>
        <source>No Action is bound to the %1 trigger.</source>
        <translation>No hay ninguna Action vinculada al trigger %1.</translation>
    </message>
    <message>
        <source>Deploy the profile&apos;s Action for %1 and bind it (Actions &gt; Triggers &gt; %2).</source>
        <translation>Implementa la Action del perfil para %1 y vincúlala (Actions &gt; Triggers &gt; %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bound to %2, which this tenant&apos;s phone set-up does not run. An Action for %3 exports %4.</source>
        <translation>«%1» está vinculada a %2, que la configuración del teléfono de este tenant no ejecuta. Una Action para %3 exporta %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n Actions are bound to %1; each message runs them in order.</source>
        <translation>
            <numerusform>%n Action está vinculada a %1; cada mensaje las ejecuta en orden.</numerusform>
            <numerusform>%n Actions están vinculadas a %1; cada mensaje las ejecuta en orden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep one phone Action bound, so that one message is sent once.</source>
        <translation>Deja solo una Action de teléfono vinculada, para que un mensaje se envíe una sola vez.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is bound to %2.</source>
        <translation>«%1» está vinculada a %2.</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Implementada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has never been deployed: there is no version for Auth0 to run.</source>
        <translation>«%1» nunca se ha implementado: no hay ninguna versión que Auth0 pueda ejecutar.</translation>
    </message>
    <message>
        <source>Deploy it (Actions &gt; Library &gt; %1 &gt; Deploy).</source>
        <translation>Impleméntala (Actions &gt; Library &gt; %1 &gt; Deploy).</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is deployed; the draft has changes that are not.</source>
        <translation>La versión %1 de «%2» está implementada; el borrador tiene cambios que no lo están.</translation>
    </message>
    <message>
        <source>Deploy the draft if its changes should run.</source>
        <translation>Implementa el borrador si sus cambios deben ejecutarse.</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot; is deployed.</source>
        <translation>La versión %1 de «%2» está implementada.</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Compilación</translation>
    </message>
    <message>
        <source>The deployed version&apos;s build failed: %1</source>
        <translation>La compilación de la versión implementada falló: %1</translation>
    </message>
    <message>
        <source>Fix the code and deploy again.</source>
        <translation>Corrige el código y vuelve a implementarlo.</translation>
    </message>
    <message>
        <source>The draft&apos;s last build failed.</source>
        <translation>La última compilación del borrador falló.</translation>
    </message>
    <message>
        <source>The deployed version still runs; fix the draft before deploying it.</source>
        <translation>La versión implementada sigue ejecutándose; corrige el borrador antes de implementarlo.</translation>
    </message>
    <message>
        <source>The draft is being built (%1).</source>
        <translation>El borrador se está compilando (%1).</translation>
    </message>
    <message>
        <source>Built.</source>
        <translation>Compilado.</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Entorno de ejecución</translation>
    </message>
    <message>
        <source>%1 reached its end of life; Auth0 runs the code on Node 22 instead.</source>
        <translation>%1 llegó al final de su vida útil; Auth0 ejecuta el código en Node 22 en su lugar.</translation>
    </message>
    <message>
        <source>Choose Node 22 in the Action&apos;s settings and test the code on it.</source>
        <translation>Elige Node 22 en los ajustes de la Action y prueba el código en él.</translation>
    </message>
    <message>
        <source>Auth0&apos;s default runtime (Node 22).</source>
        <translation>El entorno de ejecución predeterminado de Auth0 (Node 22).</translation>
    </message>
    <message>
        <source>twilio module</source>
        <translation>módulo twilio</translation>
    </message>
    <message>
        <source>The deployed code does not require(&apos;twilio&apos;).</source>
        <translation>El código implementado no hace require(&apos;twilio&apos;).</translation>
    </message>
    <message>
        <source>The code requires twilio but the Action has no twilio dependency: require(&apos;twilio&apos;) fails.</source>
        <translation>El código usa twilio pero la Action no tiene la dependencia twilio: require(&apos;twilio&apos;) falla.</translation>
    </message>
    <message>
        <source>Add the dependency twilio (a 5.x version runs on Node 18 and 22) in the Action&apos;s Dependencies.</source>
        <translation>Añade la dependencia twilio (una versión 5.x funciona en Node 18 y 22) en las Dependencies de la Action.</translation>
    </message>
    <message>
        <source>twilio %1 needs Node 20 or later; this Action runs on Node %2.</source>
        <translation>twilio %1 necesita Node 20 o posterior; esta Action se ejecuta en Node %2.</translation>
    </message>
    <message>
        <source>Pin twilio to a 5.x version, or choose Node 22.</source>
        <translation>Fija twilio en una versión 5.x, o elige Node 22.</translation>
    </message>
    <message>
        <source>twilio is not pinned (latest): a new major version may change the code&apos;s behaviour at the next build.</source>
        <translation>twilio no está fijado (latest): una nueva versión principal puede cambiar el comportamiento del código en la próxima compilación.</translation>
    </message>
    <message>
        <source>Pin twilio to the version the code was tested with.</source>
        <translation>Fija twilio en la versión con la que se probó el código.</translation>
    </message>
    <message>
        <source>twilio %1.</source>
        <translation>twilio %1.</translation>
    </message>
    <message>
        <source>Action secrets</source>
        <translation>Secretos de la Action</translation>
    </message>
    <message>
        <source>The code reads %1, which the Action does not define: those values are undefined when it runs.</source>
        <translation>El código lee %1, que la Action no define: esos valores son undefined cuando se ejecuta.</translation>
    </message>
    <message>
        <source>Add them under the Action&apos;s Secrets (the values are in this profile&apos;s keychain), then deploy.</source>
        <translation>Añádelos en los Secrets de la Action (los valores están en el llavero de este perfil) y luego implementa.</translation>
    </message>
    <message>
        <source>Every secret the code reads is defined; %1 is not read.</source>
        <translation>Todos los secretos que lee el código están definidos; %1 no se lee.</translation>
    </message>
    <message>
        <source>The code reads no secret.</source>
        <translation>El código no lee ningún secreto.</translation>
    </message>
    <message>
        <source>Defined and read: %1.</source>
        <translation>Definidos y leídos: %1.</translation>
    </message>
    <message>
        <source>Profile&apos;s code</source>
        <translation>Código del perfil</translation>
    </message>
    <message>
        <source>Not compared: nothing is deployed.</source>
        <translation>No comparado: no hay nada implementado.</translation>
    </message>
    <message>
        <source>This profile has no saved code to compare with the deployed version.</source>
        <translation>Este perfil no tiene código guardado que comparar con la versión implementada.</translation>
    </message>
    <message>
        <source>Save the code on the Hook code page to compare it.</source>
        <translation>Guarda el código en la página Código del hook para compararlo.</translation>
    </message>
    <message>
        <source>The profile&apos;s code is a Send Phone Message hook, which Auth0 no longer runs; the tenant runs the Action&apos;s code.</source>
        <translation>El código del perfil es un hook Send Phone Message, que Auth0 ya no ejecuta; el tenant ejecuta el código de la Action.</translation>
    </message>
    <message>
        <source>Convert the hook to an Action and keep that as the profile&apos;s code.</source>
        <translation>Convierte el hook en una Action y consérvala como código del perfil.</translation>
    </message>
    <message>
        <source>The deployed code is this profile&apos;s code.</source>
        <translation>El código implementado es el código de este perfil.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>deployed version %1</source>
        <translation>versión implementada %1</translation>
    </message>
    <message>
        <source>The deployed code differs from this profile&apos;s code.</source>
        <translation>El código implementado difiere del código de este perfil.</translation>
    </message>
    <message>
        <source>Deploy the profile&apos;s code, or take the deployed code into the profile if it is the right one.</source>
        <translation>Implementa el código del perfil, o lleva el código implementado al perfil si es el correcto.</translation>
    </message>
    <message>
        <source>Legacy hooks</source>
        <translation>Hooks heredados</translation>
    </message>
    <message>
        <source>Not listed: the token lacks read:hooks (optional).</source>
        <translation>No enumerados: al token le falta read:hooks (opcional).</translation>
    </message>
    <message>
        <source>The tenant lists no hooks.</source>
        <translation>El tenant no enumera ningún hook.</translation>
    </message>
    <message>
        <source>No Send Phone Message hook is left on the tenant.</source>
        <translation>No queda ningún hook Send Phone Message en el tenant.</translation>
    </message>
    <message>
        <source>%1 (enabled)</source>
        <translation>%1 (activado)</translation>
    </message>
    <message numerus="yes">
        <source>%n Send Phone Message hook(s) still listed; Auth0 stopped running hooks on 2026-11-18, so only the Action sends.</source>
        <translation>
            <numerusform>%n hook Send Phone Message aún enumerado; Auth0 dejó de ejecutar hooks el 18/11/2026, así que solo envía la Action.</numerusform>
            <numerusform>%n hooks Send Phone Message aún enumerados; Auth0 dejó de ejecutar hooks el 18/11/2026, así que solo envía la Action.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move what the hook did into the Action, then delete the hook.</source>
        <translation>Pasa a la Action lo que hacía el hook y luego elimina el hook.</translation>
    </message>
    <message>
        <source>Delete the hook once its code lives in the Action.</source>
        <translation>Elimina el hook cuando su código esté en la Action.</translation>
    </message>
</context>
<context>
    <name>TenantLogPanel</name>
    <message>
        <source>Twilio messages with no Auth0 event</source>
        <translation>Mensajes de Twilio sin evento de Auth0</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Which Auth0 tenant log events to show</source>
        <translation>Qué eventos del registro del tenant de Auth0 se muestran</translation>
    </message>
    <message>
        <source>All MFA sends</source>
        <translation>Todos los envíos de MFA</translation>
    </message>
    <message>
        <source>Also list this profile&apos;s Twilio messages that no Auth0 event explains: sends from elsewhere</source>
        <translation>Listar también los mensajes de Twilio de este perfil que ningún evento de Auth0 explica: envíos de otro origen</translation>
    </message>
    <message>
        <source>Auth0 event:</source>
        <translation>Evento de Auth0:</translation>
    </message>
    <message>
        <source>Auth0 sent, no Twilio message found</source>
        <translation>Auth0 envió, no se encontró ningún mensaje de Twilio</translation>
    </message>
    <message>
        <source>MFA SMS failed</source>
        <translation>SMS de MFA fallido</translation>
    </message>
    <message>
        <source>never reached Twilio</source>
        <translation>nunca llegó a Twilio</translation>
    </message>
    <message>
        <source>Select a row to see each hop with its latency.</source>
        <translation>Selecciona una fila para ver cada salto con su latencia.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>The delivery log is not available.</source>
        <translation>El registro de envíos no está disponible.</translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation>No se pudo leer el registro: %1</translation>
    </message>
    <message numerus="yes">
        <source>the newest %Ln</source>
        <translation>
            <numerusform>la más reciente (%Ln)</numerusform>
            <numerusform>las %Ln más recientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chain(s)</source>
        <translation>
            <numerusform>%Ln cadena</numerusform>
            <numerusform>%Ln cadenas</numerusform>
        </translation>
    </message>
    <message>
        <source>Auth0 says:</source>
        <translation>Auth0 dice:</translation>
    </message>
    <message>
        <source>Profile: choose the profile whose tenant to read in the profile filter.</source>
        <translation>Perfil: elige en el filtro de perfiles el perfil cuyo tenant se leerá.</translation>
    </message>
    <message>
        <source>Profile: “%1” no longer exists; choose another one.</source>
        <translation>Perfil: «%1» ya no existe; elige otro.</translation>
    </message>
    <message>
        <source>The keychain is not available, so the tenant&apos;s client secret of “%1” cannot be read.</source>
        <translation>El llavero no está disponible, así que no se puede leer el secreto de cliente del tenant de «%1».</translation>
    </message>
    <message>
        <source>Reading the tenant log of “%1”…</source>
        <translation>Leyendo el registro del tenant de «%1»…</translation>
    </message>
    <message>
        <source>Auth0&apos;s rate limit: waiting until %1…</source>
        <translation>Límite de frecuencia de Auth0: esperando hasta %1…</translation>
    </message>
    <message>
        <source>Sync cancelled; the next sync continues where it stopped.</source>
        <translation>Sincronización cancelada; la próxima sincronización continuará donde se detuvo.</translation>
    </message>
    <message>
        <source>Auth0 events and their Twilio messages</source>
        <translation>Eventos de Auth0 y sus mensajes de Twilio</translation>
    </message>
    <message>
        <source>The selected event&apos;s hops</source>
        <translation>Los pasos del evento seleccionado</translation>
    </message>
    <message>
        <source>Synced since %1: %2.</source>
        <translation>Sincronizado desde %1: %2.</translation>
    </message>
</context>
<context>
    <name>TenantLogRecord</name>
    <message>
        <source>MFA SMS sent</source>
        <translation>SMS de MFA enviado</translation>
    </message>
    <message>
        <source>MFA SMS failed</source>
        <translation>SMS de MFA fallido</translation>
    </message>
    <message>
        <source>MFA voice call made</source>
        <translation>Llamada de voz de MFA realizada</translation>
    </message>
    <message>
        <source>MFA voice call failed</source>
        <translation>Llamada de voz de MFA fallida</translation>
    </message>
    <message>
        <source>MFA challenge started</source>
        <translation>Desafío de MFA iniciado</translation>
    </message>
    <message>
        <source>MFA code accepted</source>
        <translation>Código de MFA aceptado</translation>
    </message>
    <message>
        <source>MFA code refused</source>
        <translation>Código de MFA rechazado</translation>
    </message>
    <message>
        <source>MFA enrolment started</source>
        <translation>Inscripción de MFA iniciada</translation>
    </message>
    <message>
        <source>MFA enrolment failed to start</source>
        <translation>No se pudo iniciar la inscripción de MFA</translation>
    </message>
    <message>
        <source>MFA enrolment complete</source>
        <translation>Inscripción de MFA completada</translation>
    </message>
    <message>
        <source>Too many MFA attempts</source>
        <translation>Demasiados intentos de MFA</translation>
    </message>
    <message>
        <source>Phone messages rate-limited</source>
        <translation>Mensajes telefónicos limitados por frecuencia</translation>
    </message>
    <message>
        <source>Action failed</source>
        <translation>Action fallida</translation>
    </message>
</context>
<context>
    <name>TenantLogSync</name>
    <message>
        <source>No delivery log to store the tenant&apos;s events in.</source>
        <translation>No hay registro de envíos en el que guardar los eventos del tenant.</translation>
    </message>
    <message>
        <source>The delivery log could not be read: %1</source>
        <translation>No se pudo leer el registro de envíos: %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s events could not be stored in the delivery log: %1</source>
        <translation>No se pudieron guardar los eventos del tenant en el registro de envíos: %1</translation>
    </message>
</context>
<context>
    <name>TenantPage</name>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Pick the profile on the Secrets page</source>
        <translation>Elige el perfil en la página Secretos</translation>
    </message>
    <message>
        <source>Connect this profile to its Auth0 tenant with a machine-to-machine application authorized for the Auth0 Management API. The console then reads how the tenant sends MFA text messages and whether they reach this profile&apos;s Action.</source>
        <translation>Conecta este perfil a su tenant de Auth0 con una aplicación Machine to Machine autorizada para la Auth0 Management API. La consola lee entonces cómo envía el tenant los SMS de MFA y si llegan a la Action de este perfil.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <source>e.g. acme.us.auth0.com</source>
        <translation>p. ej. acme.us.auth0.com</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>the M2M application&apos;s client ID</source>
        <translation>el ID de cliente de la aplicación M2M</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>kept only in the system keychain</source>
        <translation>se guarda solo en el llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>Leave empty to reach https://DOMAIN. Only a local simulator on a loopback address may replace it.</source>
        <translation>Déjalo vacío para llegar a https://DOMAIN. Solo un simulador local en una dirección de loopback puede sustituirla.</translation>
    </message>
    <message>
        <source>empty: https://DOMAIN (loopback override only)</source>
        <translation>vacío: https://DOMAIN (solo sustitución por loopback)</translation>
    </message>
    <message>
        <source>Dis&amp;connect</source>
        <translation>Des&amp;conectar</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>How the tenant sends MFA text messages</source>
        <translation>Cómo envía el tenant los SMS de MFA</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Read the tenant&apos;s phone set-up again (F5)</source>
        <translation>Volver a leer la configuración del teléfono del tenant (F5)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>in the keychain; type a new one to replace it</source>
        <translation>en el llavero; escribe uno nuevo para sustituirlo</translation>
    </message>
    <message>
        <source>Create or pick a profile on the Secrets page.</source>
        <translation>Crea o elige un perfil en la página Secretos.</translation>
    </message>
    <message>
        <source>Not connected. In the Auth0 Dashboard, create a Machine to Machine application authorized for the Auth0 Management API with the scopes %1, then enter its domain, client ID and client secret above.</source>
        <translation>No conectado. En el Auth0 Dashboard crea una aplicación Machine to Machine autorizada para la Auth0 Management API con los scopes %1 y luego introduce arriba su dominio, ID de cliente y secreto de cliente.</translation>
    </message>
    <message>
        <source>Rec&amp;onnect</source>
        <translation>Rec&amp;onectar</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Auth0 base URL</source>
        <translation>URL base de Auth0</translation>
    </message>
    <message>
        <source>Reading the client secret from the keychain…</source>
        <translation>Leyendo el secreto de cliente del llavero…</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1 %2</source>
        <translation>No se pudo leer el llavero: %1 %2</translation>
    </message>
    <message>
        <source>Client secret: none is stored; enter it.</source>
        <translation>Secreto de cliente: no hay ninguno guardado; introdúcelo.</translation>
    </message>
    <message>
        <source>Asking %1 for a Management API token…</source>
        <translation>Pidiendo a %1 un token de la Management API…</translation>
    </message>
    <message>
        <source>Connected; the token has every scope the console uses.</source>
        <translation>Conectado; el token tiene todos los scopes que usa la consola.</translation>
    </message>
    <message>
        <source>Connected; the token lacks %1. %2</source>
        <translation>Conectado; al token le falta %1. %2</translation>
    </message>
    <message>
        <source>Disconnect from the tenant</source>
        <translation>Desconectarse del tenant</translation>
    </message>
    <message>
        <source>Disconnect profile &quot;%1&quot; from %2? Its client secret is removed from the keychain; nothing changes in the tenant.</source>
        <translation>¿Desconectar el perfil «%1» de %2? Su secreto de cliente se quita del llavero; no cambia nada en el tenant.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Disconnected; the client secret is gone from the keychain.</source>
        <translation>Desconectado; el secreto de cliente ya no está en el llavero.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Reading %1… (%2 of %3)</source>
        <translation>Leyendo %1… (%2 de %3)</translation>
    </message>
    <message>
        <source>**What to do:** %1</source>
        <translation>**Qué hacer:** %1</translation>
    </message>
    <message>
        <source>Auth0 Dashboard: &lt;%1&gt;</source>
        <translation>Auth0 Dashboard: &lt;%1&gt;</translation>
    </message>
    <message>
        <source>No web browser could be started; open %1 yourself.</source>
        <translation>No se pudo iniciar ningún navegador web; abre %1 tú mismo.</translation>
    </message>
    <message>
        <source>Test the MFA flow</source>
        <translation>Probar el flujo de MFA</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Details of the selected finding</source>
        <translation>Detalles del hallazgo seleccionado</translation>
    </message>
    <message>
        <source>Open in the &amp;Auth0 Dashboard</source>
        <translation>Abrir en el &amp;Auth0 Dashboard</translation>
    </message>
</context>
<context>
    <name>TenantSecret</name>
    <message>
        <source>Profile &quot;%1&quot; is not connected to an Auth0 tenant: connect it first (Tenant page, or sms-hook-cli auth0 connect).</source>
        <translation>El perfil «%1» no está conectado a ningún tenant de Auth0: conéctelo primero (página Tenant o sms-hook-cli auth0 connect).</translation>
    </message>
    <message>
        <source>The tenant&apos;s client secret could not be read from the keychain: %1 %2</source>
        <translation>No se pudo leer el secreto de cliente del tenant en el llavero: %1 %2</translation>
    </message>
    <message>
        <source>The tenant&apos;s client secret is not in the keychain: connect the profile to its tenant again.</source>
        <translation>El secreto de cliente del tenant no está en el llavero: vuelva a conectar el perfil con su tenant.</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>No hay ningún llavero disponible.</translation>
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
        <translation>Nota</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>No comprobado</translation>
    </message>
    <message>
        <source>%1 sends MFA text messages through the Action &quot;%2&quot;.</source>
        <translation>%1 envía los SMS de MFA mediante la Action «%2».</translation>
    </message>
    <message numerus="yes">
        <source>%1 would not send MFA text messages through this profile&apos;s Action: %n thing(s) to fix (%2).</source>
        <translation>
            <numerusform>%1 no enviaría los SMS de MFA mediante la Action de este perfil: %n cosa que corregir (%2).</numerusform>
            <numerusform>%1 no enviaría los SMS de MFA mediante la Action de este perfil: %n cosas que corregir (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantTestRun</name>
    <message>
        <source>Reading the draft of the Action bound in %1…</source>
        <translation>Leyendo el borrador de la Action vinculada en %1…</translation>
    </message>
    <message>
        <source>The tenant&apos;s draft of &quot;%1&quot; is the editor&apos;s code.</source>
        <translation>El borrador de «%1» del tenant es el código del editor.</translation>
    </message>
    <message>
        <source>Run in the tenant</source>
        <translation>Ejecutar en el tenant</translation>
    </message>
    <message>
        <source>Auth0 tests the draft of &quot;%1&quot; that %2 holds, and it differs from the code in the editor.</source>
        <translation>Auth0 prueba el borrador de «%1» que tiene %2, y difiere del código del editor.</translation>
    </message>
    <message>
        <source>Write the editor&apos;s code into the draft first (it is not deployed: logins keep the deployed version), or test the draft as it is? Show Details has the differences.</source>
        <translation>¿Escribir primero el código del editor en el borrador (no se implementa: los inicios de sesión mantienen la versión implementada) o probar el borrador tal como está? Mostrar detalles tiene las diferencias.</translation>
    </message>
    <message>
        <source>Update the draft, then test</source>
        <translation>Actualizar el borrador y luego probar</translation>
    </message>
    <message>
        <source>Test the tenant&apos;s draft</source>
        <translation>Probar el borrador del tenant</translation>
    </message>
    <message>
        <source>Not tested.</source>
        <translation>No probado.</translation>
    </message>
    <message>
        <source>Tested in %1: the draft of &quot;%2&quot; (%3), just updated with the editor&apos;s code (not deployed).</source>
        <translation>Probado en %1: el borrador de «%2» (%3), recién actualizado con el código del editor (sin implementar).</translation>
    </message>
    <message>
        <source>Tested in %1: the tenant&apos;s draft of &quot;%2&quot; (%3), not the editor&apos;s code.</source>
        <translation>Probado en %1: el borrador de «%2» del tenant (%3), no el código del editor.</translation>
    </message>
    <message>
        <source>Tested in %1: the draft of &quot;%2&quot; (%3), the editor&apos;s code.</source>
        <translation>Probado en %1: el borrador de «%2» (%3), el código del editor.</translation>
    </message>
    <message>
        <source>In the tenant: success</source>
        <translation>En el tenant: éxito</translation>
    </message>
    <message>
        <source>In the tenant: %1</source>
        <translation>En el tenant: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>Error %1%2: %3</source>
        <translation>Error %1%2: %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>console.%1</source>
        <translation>console.%1</translation>
    </message>
    <message>
        <source>Twilio message %1</source>
        <translation>Mensaje de Twilio %1</translation>
    </message>
    <message>
        <source>%1 ms in the tenant</source>
        <translation>%1 ms en el tenant</translation>
    </message>
    <message>
        <source>Auth0&apos;s answer: %1</source>
        <translation>Respuesta de Auth0: %1</translation>
    </message>
</context>
<context>
    <name>TwilioAccess</name>
    <message>
        <source>%1 is not set for profile &quot;%2&quot;.</source>
        <translation>%1 no está definido para el perfil «%2».</translation>
    </message>
    <message>
        <source>Set it on the Secrets page, or with: sms-hook-cli secrets set --profile &quot;%1&quot; %2</source>
        <translation>Configúrelo en la página Secretos o con: sms-hook-cli secrets set --profile &quot;%1&quot; %2</translation>
    </message>
</context>
<context>
    <name>TwilioError</name>
    <message>
        <source>Could not reach %1.</source>
        <translation>No se pudo llegar a %1.</translation>
    </message>
    <message>
        <source>The request was not sent, so nothing happened on Twilio&apos;s side.</source>
        <translation>La solicitud no se envió, así que no ocurrió nada en Twilio.</translation>
    </message>
    <message>
        <source>The connection failed before an answer arrived.</source>
        <translation>La conexión falló antes de que llegara una respuesta.</translation>
    </message>
    <message>
        <source>No network, a firewall or proxy in the way, a mistyped base URL in the profile, or the sandbox is not running.</source>
        <translation>No hay red, hay un cortafuegos o un proxy en medio, una URL base mal escrita en el perfil, o el sandbox no se está ejecutando.</translation>
    </message>
    <message>
        <source>Check the network connection and the base URLs in the profile, then try again.</source>
        <translation>Comprueba la conexión de red y las URL base del perfil, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>Sin respuesta de %1 en %2 s.</translation>
    </message>
    <message>
        <source>A slow or broken network, a proxy holding the connection, or the server is overloaded.</source>
        <translation>Una red lenta o averiada, un proxy que retiene la conexión, o el servidor está sobrecargado.</translation>
    </message>
    <message>
        <source>Try again later, check the network, or raise the request timeout in the settings.</source>
        <translation>Vuelve a intentarlo más tarde, comprueba la red o aumenta el tiempo de espera de las solicitudes en los ajustes.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed.</source>
        <translation>La conexión segura con %1 falló.</translation>
    </message>
    <message>
        <source>The console never ignores certificate errors, so the request was not sent.</source>
        <translation>La consola nunca ignora los errores de certificado, así que la solicitud no se envió.</translation>
    </message>
    <message>
        <source>A wrong system clock, a proxy or antivirus that inspects TLS, missing CA certificates, or a base URL pointing at the wrong server.</source>
        <translation>Un reloj del sistema incorrecto, un proxy o antivirus que inspecciona TLS, certificados de CA que faltan, o una URL base que apunta al servidor equivocado.</translation>
    </message>
    <message>
        <source>Check the system date and time, the CA certificates (ca-certificates package) and the base URLs in the profile.</source>
        <translation>Comprueba la fecha y la hora del sistema, los certificados de CA (paquete ca-certificates) y las URL base del perfil.</translation>
    </message>
    <message>
        <source>%1 answered, but not with the JSON Twilio sends (HTTP %2).</source>
        <translation>%1 respondió, pero no con el JSON que envía Twilio (HTTP %2).</translation>
    </message>
    <message>
        <source>The server</source>
        <translation>El servidor</translation>
    </message>
    <message>
        <source>The base URL in the profile points at another server, a proxy or captive portal answered instead of Twilio, or the answer was cut off.</source>
        <translation>La URL base del perfil apunta a otro servidor, un proxy o portal cautivo respondió en lugar de Twilio, o la respuesta se cortó.</translation>
    </message>
    <message>
        <source>Check the API and Verify base URLs in the profile (https://api.twilio.com, https://verify.twilio.com) and the network&apos;s proxy settings.</source>
        <translation>Comprueba las URL base de la API y de Verify en el perfil (https://api.twilio.com, https://verify.twilio.com) y los ajustes de proxy de la red.</translation>
    </message>
    <message>
        <source>The request may have reached %1, but no answer arrived.</source>
        <translation>Puede que la solicitud llegara a %1, pero no llegó ninguna respuesta.</translation>
    </message>
    <message>
        <source>The message may or may not have been sent. The console does not send it again by itself, so that the user does not get two codes.</source>
        <translation>Puede que el mensaje se enviara o no. La consola no lo vuelve a enviar por sí sola, para que el usuario no reciba dos códigos.</translation>
    </message>
    <message>
        <source>Look for it in the message list (To %1, From %2, between %3 and %4) before sending again.</source>
        <translation>Búscalo en la lista de mensajes (Para %1, De %2, entre %3 y %4) antes de volver a enviar.</translation>
    </message>
    <message>
        <source>Check in the Twilio Console whether it was created before trying again.</source>
        <translation>Comprueba en la consola de Twilio si se creó antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The request had already been sent; Twilio may have acted on it.</source>
        <translation>La solicitud ya se había enviado; puede que Twilio actuara sobre ella.</translation>
    </message>
    <message>
        <source>Check the message list before sending again.</source>
        <translation>Revisa la lista de mensajes antes de volver a enviar.</translation>
    </message>
    <message>
        <source>Nothing was sent to Twilio.</source>
        <translation>No se envió nada a Twilio.</translation>
    </message>
    <message>
        <source>Twilio did not accept the credentials (HTTP 401).</source>
        <translation>Twilio no aceptó las credenciales (HTTP 401).</translation>
    </message>
    <message>
        <source>Check the Account SID and Auth Token secrets; a token changes when it is rotated in the Twilio Console.</source>
        <translation>Comprueba los secretos Account SID y Auth Token; un token cambia cuando se rota en la consola de Twilio.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404).</source>
        <translation>No encontrado (HTTP 404).</translation>
    </message>
    <message>
        <source>Check the SID and the base URLs in the profile.</source>
        <translation>Comprueba el SID y las URL base del perfil.</translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429).</source>
        <translation>Demasiadas solicitudes (HTTP 429).</translation>
    </message>
    <message>
        <source>Wait a minute and try again.</source>
        <translation>Espera un minuto y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).</source>
        <translation>El servidor tuvo un problema (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again later; see status.twilio.com.</source>
        <translation>Vuelve a intentarlo más tarde; consulta status.twilio.com.</translation>
    </message>
    <message>
        <source>The request was refused (HTTP %1).</source>
        <translation>La solicitud fue rechazada (HTTP %1).</translation>
    </message>
    <message>
        <source>Check the values sent and the profile.</source>
        <translation>Comprueba los valores enviados y el perfil.</translation>
    </message>
    <message>
        <source>Twilio error %1 (HTTP %2): %3</source>
        <translation>Error de Twilio %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Possible causes: %1</source>
        <translation>Posibles causas: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Más: %1</translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1 (redirects are not followed).</source>
        <translation>Estado HTTP inesperado %1 (no se siguen las redirecciones).</translation>
    </message>
    <message>
        <source>Not JSON: %1 at byte %2.</source>
        <translation>No es JSON: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>JSON, but not an object.</source>
        <translation>JSON, pero no un objeto.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Falta el campo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>An entry of &quot;%1&quot; is not an object.</source>
        <translation>Una entrada de &quot;%1&quot; no es un objeto.</translation>
    </message>
    <message>
        <source>The answer is not Twilio&apos;s JSON: %1</source>
        <translation>La respuesta no es JSON de Twilio: %1</translation>
    </message>
</context>
<context>
    <name>TwilioForwarder</name>
    <message>
        <source>Twilio&apos;s API has no %1 requests; the console did not send it.</source>
        <translation>La API de Twilio no tiene solicitudes %1; la consola no la envió.</translation>
    </message>
    <message>
        <source>The message contains the value of a secret (perhaps in another form); the console does not send secrets. Remove it from the message.</source>
        <translation>El mensaje contiene el valor de un secreto (quizá de otra forma); la consola no envía secretos. Quítalo del mensaje.</translation>
    </message>
</context>
<context>
    <name>TwilioReply</name>
    <message>
        <source>The request has no valid URL; check the profile.</source>
        <translation>La solicitud no tiene una URL válida; comprueba el perfil.</translation>
    </message>
    <message>
        <source>The network access manager is gone.</source>
        <translation>El gestor de acceso a la red ya no existe.</translation>
    </message>
    <message>
        <source>Attempt %1: %2</source>
        <translation>Intento %1: %2</translation>
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation>Sin respuesta en %1 ms</translation>
    </message>
    <message>
        <source>No answer within %1 s after the request was sent.</source>
        <translation>Sin respuesta en %1 s tras enviar la solicitud.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>The connection closed before the server answered.</source>
        <translation>La conexión se cerró antes de que respondiera el servidor.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Error de red: %1</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>The connection failed after the request was sent: %1</source>
        <translation>La conexión falló después de enviar la solicitud: %1</translation>
    </message>
    <message numerus="yes">
        <source>HTTP %1 after %2 ms (%n byte(s))</source>
        <translation>
            <numerusform>HTTP %1 tras %2 ms (%n byte)</numerusform>
            <numerusform>HTTP %1 tras %2 ms (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Twilio asked to slow down (HTTP 429)</source>
        <translation>Twilio pidió ir más despacio (HTTP 429)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>A gateway answered HTTP %1.</source>
        <translation>Una pasarela respondió HTTP %1.</translation>
    </message>
    <message>
        <source>Sending the message</source>
        <translation>Envío del mensaje</translation>
    </message>
    <message>
        <source>Reading the message&apos;s status</source>
        <translation>Lectura del estado del mensaje</translation>
    </message>
    <message>
        <source>Reading Twilio&apos;s message log</source>
        <translation>Lectura del registro de mensajes de Twilio</translation>
    </message>
    <message>
        <source>Reading the account</source>
        <translation>Lectura de la cuenta</translation>
    </message>
    <message>
        <source>Reading the Verify service</source>
        <translation>Lectura del servicio Verify</translation>
    </message>
    <message>
        <source>Sending the verification</source>
        <translation>Envío de la verificación</translation>
    </message>
    <message>
        <source>Looking up the sender&apos;s number</source>
        <translation>Búsqueda del número del remitente</translation>
    </message>
    <message>
        <source>Looking up the verified caller IDs</source>
        <translation>Búsqueda de los identificadores de llamada verificados</translation>
    </message>
    <message>
        <source>Reading the Messaging Service</source>
        <translation>Lectura del Messaging Service</translation>
    </message>
    <message>
        <source>The code&apos;s Twilio request</source>
        <translation>La solicitud a Twilio del código</translation>
    </message>
    <message>
        <source>Asking Twilio</source>
        <translation>Consulta a Twilio</translation>
    </message>
    <message>
        <source>Retrying in %1 ms (%2)</source>
        <translation>Reintentando en %1 ms (%2)</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying again in %3 s, attempt %4 of %5.</source>
        <extracomment>%1 what is being done, %2 why it failed, %3 seconds, %4 the next attempt, %5 all attempts</extracomment>
        <translation>%1 falló (%2); se reintenta en %3 s, intento %4 de %5.</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>Falló (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>Done after %n attempt(s).</source>
        <translation>
            <numerusform>Hecho tras %n intento.</numerusform>
            <numerusform>Hecho tras %n intentos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TwilioRequests</name>
    <message>
        <source>%1 The request was not sent, so the credentials did not leave the machine; correct the profile&apos;s setting (sms-hook-cli profiles list shows it).</source>
        <translation>%1 La solicitud no se envió, así que las credenciales no salieron del equipo; corrige el ajuste del perfil (sms-hook-cli profiles list lo muestra).</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL base de la API</translation>
    </message>
    <message>
        <source>Verify base URL</source>
        <translation>URL base de Verify</translation>
    </message>
    <message>
        <source>Account SID: set the TWILIO_ACCOUNT_SID secret (AC followed by 32 hex digits).</source>
        <translation>Account SID: define el secreto TWILIO_ACCOUNT_SID (AC seguido de 32 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>Auth Token: set the TWILIO_AUTH_TOKEN secret.</source>
        <translation>Auth Token: define el secreto TWILIO_AUTH_TOKEN.</translation>
    </message>
    <message>
        <source>To: enter the phone number to send to.</source>
        <translation>Para: introduce el número de teléfono al que enviar.</translation>
    </message>
    <message>
        <source>From: enter either a sending number or a Messaging Service SID, not both.</source>
        <translation>De: introduce un número de envío o el SID de un Messaging Service, no ambos.</translation>
    </message>
    <message>
        <source>Body: enter the message text.</source>
        <translation>Cuerpo: introduce el texto del mensaje.</translation>
    </message>
    <message>
        <source>Validity period: use 1 to 36000 seconds, or leave it unset.</source>
        <translation>Periodo de validez: usa de 1 a 36000 segundos, o déjalo sin definir.</translation>
    </message>
    <message>
        <source>Message SID: &quot;%1&quot; is not a SID (SM... or MM...).</source>
        <translation>Message SID: «%1» no es un SID (SM... o MM...).</translation>
    </message>
    <message>
        <source>Twilio returned an unexpected next page link: %1</source>
        <translation>Twilio devolvió un enlace a la página siguiente inesperado: %1</translation>
    </message>
    <message>
        <source>Phone number: enter the number to look up.</source>
        <translation>Número de teléfono: introduce el número que buscar.</translation>
    </message>
    <message>
        <source>Verify service SID: &quot;%1&quot; is not a Verify service SID (VA followed by 32 hex digits).</source>
        <translation>SID del servicio Verify: «%1» no es el SID de un servicio Verify (VA seguido de 32 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>Messaging Service SID: &quot;%1&quot; is not a Messaging Service SID (MG followed by 32 hex digits).</source>
        <translation>SID del Messaging Service: «%1» no es el SID de un Messaging Service (MG seguido de 32 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>To: enter the phone number to verify.</source>
        <translation>Para: introduce el número de teléfono que verificar.</translation>
    </message>
    <message>
        <source>%1 is not a Twilio API address; the console sends only Twilio&apos;s requests, with the profile&apos;s credentials.</source>
        <translation>%1 no es una dirección de la API de Twilio; la consola solo envía solicitudes de Twilio, con las credenciales del perfil.</translation>
    </message>
    <message>
        <source>The Twilio client has no credentials: pass the Account SID and Auth Token (or an API key and secret) when you create it.</source>
        <translation>El cliente de Twilio no tiene credenciales: pasa el Account SID y el Auth Token (o una API key y su secreto) al crearlo.</translation>
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
