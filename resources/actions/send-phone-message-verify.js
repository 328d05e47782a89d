/**
 * Auth0 Action for the send-phone-message trigger (the legacy MFA phone set-up with the
 * "Custom" delivery provider): has Twilio Verify deliver Auth0's own code, by SMS or, when the
 * user chose voice, by a call.
 *
 * Dependency: twilio 5.x (runs on the node18 and node22 runtimes; 6.x needs node22).
 * Secrets:
 *   TWILIO_ACCOUNT_SID         your Twilio Account SID (AC...)
 *   TWILIO_AUTH_TOKEN          its Auth Token
 *   TWILIO_VERIFY_SERVICE_SID  the Verify service's own SID (VA...), not the Account SID
 * The service must accept custom codes: Twilio Console > Verify > Services > the service >
 * "Enable Custom Verification Code" (otherwise Twilio answers 60204).
 *
 * A Twilio error is not caught: the Action fails, Auth0 does not send the message and logs
 * gd_send_sms_failure with Twilio's code and message.
 *
 * @param {Event} event - the message and its context.
 * @param {SendPhoneMessageAPI} api - the trigger's cache.
 */
exports.onExecuteSendPhoneMessage = async (event, api) => {
  const { TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_VERIFY_SERVICE_SID } = event.secrets;
  const message = event.message_options;
  const client = require('twilio')(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN);

  const params = {
    to: message.recipient,
    // Auth0's voice is Verify's call channel.
    channel: message.message_type === 'voice' ? 'call' : 'sms',
    customCode: message.code,
  };
  // Verify's own message in the login's language (en, fr, ...), when Auth0 knows it.
  const language = (event.request.language || '').split(/[-_,;]/)[0].toLowerCase();
  if (/^[a-z]{2}$/.test(language)) {
    params.locale = language;
  }
  await client.verify.v2.services(TWILIO_VERIFY_SERVICE_SID).verifications.create(params);
};
