/**
 * Auth0 Action for the custom-phone-provider trigger (Unified Phone Experience): sends Auth0's
 * phone messages (MFA codes, password reset, ...) through Twilio Programmable Messaging, or as a
 * Twilio voice call when the user chose voice.
 *
 * Dependency: twilio 5.x (runs on the node18 and node22 runtimes; 6.x needs node22).
 * Secrets:
 *   TWILIO_ACCOUNT_SID   your Twilio Account SID (AC...)
 *   TWILIO_AUTH_TOKEN    its Auth Token
 *   TWILIO_PHONE_NUMBER  a Twilio number of that account in E.164 (+15005550006) that can send
 *                        SMS (and make calls, for voice), or a Messaging Service SID (MG...) for
 *                        SMS only
 *
 * @param {Event} event - the notification and its context.
 * @param {CustomPhoneProviderAPI} api - reports a failed delivery.
 */
exports.onExecuteCustomPhoneProvider = async (event, api) => {
  const { TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_PHONE_NUMBER } = event.secrets;
  const notification = event.notification;
  const twilio = require('twilio');
  const client = twilio(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN);
  const messagingService = /^MG[0-9a-fA-F]{32}$/.test(TWILIO_PHONE_NUMBER);

  try {
    if (notification.delivery_method === 'voice') {
      if (messagingService) {
        api.notification.drop('TWILIO_PHONE_NUMBER is a Messaging Service, which cannot place '
          + 'calls: set it to a Twilio number that can, or offer text messages only.');
        return;
      }
      const response = new twilio.twiml.VoiceResponse();
      response.say(notification.as_voice || notification.as_text);
      await client.calls.create({
        to: notification.recipient,
        from: TWILIO_PHONE_NUMBER,
        twiml: response.toString(),
      });
    } else {
      const params = { to: notification.recipient, body: notification.as_text };
      if (messagingService) {
        params.messagingServiceSid = TWILIO_PHONE_NUMBER;
      } else {
        params.from = TWILIO_PHONE_NUMBER;
      }
      await client.messages.create(params);
    }
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
// trying again could send the message twice.
function isTransient(err) {
  return err.code === 20429 || err.status === 429 || err.status === 503
    || ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'].includes(err.code);
}
