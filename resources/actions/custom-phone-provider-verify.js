/**
 * Auth0 Action for the custom-phone-provider trigger (Unified Phone Experience): has Twilio
 * Verify deliver Auth0's one-time codes (MFA enrollment and verification), by SMS or, when the
 * user chose voice, by a call. Verify sends codes only: other notifications (blocked account,
 * password breach, ...) are dropped with the reason; send those with the Programmable SMS
 * template instead.
 *
 * Dependency: twilio 5.x (runs on the node18 and node22 runtimes; 6.x needs node22).
 * Secrets:
 *   TWILIO_ACCOUNT_SID         your Twilio Account SID (AC...)
 *   TWILIO_AUTH_TOKEN          its Auth Token
 *   TWILIO_VERIFY_SERVICE_SID  the Verify service's own SID (VA...), not the Account SID
 * The service must accept custom codes: Twilio Console > Verify > Services > the service >
 * "Enable Custom Verification Code" (otherwise Twilio answers 60204).
 *
 * @param {Event} event - the notification and its context.
 * @param {CustomPhoneProviderAPI} api - reports a failed delivery.
 */
exports.onExecuteCustomPhoneProvider = async (event, api) => {
  const { TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_VERIFY_SERVICE_SID } = event.secrets;
  const notification = event.notification;

  if (!notification.code) {
    api.notification.drop(`Twilio Verify sends one-time codes only; a ${notification.message_type} `
      + 'notification has none. Send it with Programmable SMS instead.');
    return;
  }

  const params = {
    to: notification.recipient,
    // Auth0's voice is Verify's call channel.
    channel: notification.delivery_method === 'voice' ? 'call' : 'sms',
    customCode: notification.code,
  };
  // Verify's own message in the user's language (en_US -> en), when Auth0 knows it.
  const language = (notification.locale || '').split(/[-_]/)[0].toLowerCase();
  if (/^[a-z]{2}$/.test(language)) {
    params.locale = language;
  }

  try {
    const client = require('twilio')(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN);
    await client.verify.v2.services(TWILIO_VERIFY_SERVICE_SID).verifications.create(params);
  } catch (err) {
    const reason = `Twilio error ${err.code || err.status || ''}: ${err.message}`.slice(0, 1024);
    if (isTransient(err)) {
      api.notification.retry(reason);
    } else {
      api.notification.drop(reason);
    }
  }
};

// Whether Auth0 should try the notification again (up to 5 times in the next minutes): Twilio
// refused it for too many requests (20429, HTTP 429) or was unavailable (503), or the connection
// never reached Twilio. Any other failure will not pass by itself, or may have reached Twilio:
// trying again could send the code twice.
function isTransient(err) {
  return err.code === 20429 || err.status === 429 || err.status === 503
    || ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'].includes(err.code);
}
