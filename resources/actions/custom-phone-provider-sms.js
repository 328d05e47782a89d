/**
 * Auth0 Action for the custom-phone-provider trigger (Unified Phone Experience): sends Auth0's
 * phone messages (MFA codes, password reset, ...) through Twilio Programmable Messaging, or as a
 * Twilio voice call when the user chose voice.
 *
 * Dependency: twilio 5.x (runs on the node18 and node22 runtimes).
 * Secrets:
 *   TWILIO_ACCOUNT_SID   your Twilio Account SID (AC...)
 *   TWILIO_AUTH_TOKEN    its Auth Token
 *   TWILIO_PHONE_NUMBER  a Twilio number of that account, in E.164 (+15005550006), that can send
 *                        SMS (and make calls, for voice)
 *
 * @param {Event} event - the notification and its context.
 * @param {CustomPhoneProviderAPI} api - reports a failed delivery.
 */
exports.onExecuteCustomPhoneProvider = async (event, api) => {
  const { TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_PHONE_NUMBER } = event.secrets;
  const notification = event.notification;
  const twilio = require('twilio');
  const client = twilio(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN);

  try {
    if (notification.delivery_method === 'voice') {
      const response = new twilio.twiml.VoiceResponse();
      response.say(notification.as_voice || notification.as_text);
      await client.calls.create({
        to: notification.recipient,
        from: TWILIO_PHONE_NUMBER,
        twiml: response.toString(),
      });
    } else {
      await client.messages.create({
        to: notification.recipient,
        from: TWILIO_PHONE_NUMBER,
        body: notification.as_text,
      });
    }
  } catch (err) {
    const reason = `Twilio error ${err.code || err.status || ''}: ${err.message}`.slice(0, 1024);
    // Twilio's 5xx and network failures may pass: Auth0 retries the message a few times.
    // Anything else (a wrong number, refused credentials) will not get better by retrying.
    if (!err.status || err.status >= 500) {
      api.notification.retry(reason);
    } else {
      api.notification.drop(reason);
    }
  }
};
