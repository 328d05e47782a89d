/**
 * Auth0 Action for the send-phone-message trigger (the legacy MFA phone set-up with the
 * "Custom" delivery provider): sends the MFA code through Twilio Programmable Messaging, or as a
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
 * A Twilio error is not caught: the Action fails, Auth0 does not send the message and logs
 * gd_send_sms_failure with Twilio's code and message.
 *
 * @param {Event} event - the message and its context.
 * @param {SendPhoneMessageAPI} api - the trigger's cache.
 */
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const { TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_PHONE_NUMBER } = event.secrets;
  const message = event.message_options;
  const twilio = require('twilio');
  const client = twilio(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN);
  const messagingService = /^MG[0-9a-fA-F]{32}$/.test(TWILIO_PHONE_NUMBER);

  if (message.message_type === 'voice') {
    if (messagingService) {
      throw new Error('TWILIO_PHONE_NUMBER is a Messaging Service, which cannot place calls: '
        + 'set it to a Twilio number that can, or turn voice off for MFA.');
    }
    const response = new twilio.twiml.VoiceResponse();
    response.say(message.text);
    await client.calls.create({
      to: message.recipient,
      from: TWILIO_PHONE_NUMBER,
      twiml: response.toString(),
    });
    return;
  }

  const params = { to: message.recipient, body: message.text };
  if (messagingService) {
    params.messagingServiceSid = TWILIO_PHONE_NUMBER;
  } else {
    params.from = TWILIO_PHONE_NUMBER;
  }
  await client.messages.create(params);
};
