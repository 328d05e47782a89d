/**
 * Auth0 "Send Phone Message" hook: sends the code through Twilio Programmable SMS.
 *
 * Secrets: TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_PHONE_NUMBER (an E.164 number
 * such as +14155552671, or a Messaging Service SID starting with MG).
 * NPM module: twilio.
 *
 * @param {string} recipient - phone number
 * @param {string} text - message body
 * @param {object} context - context.message_type is 'sms' or 'voice'
 * @param {function} cb - function (error, response)
 */
module.exports = function (recipient, text, context, cb) {
  const secrets = context.webtask.secrets;
  const sender = secrets.TWILIO_PHONE_NUMBER;

  if (context.message_type === 'voice') {
    // Programmable SMS cannot place a voice call: say so instead of sending a text.
    cb(new Error('This hook sends SMS only; voice codes need a Verify hook with channel "call".'));
    return;
  }

  let client;
  try {
    client = require('twilio')(secrets.TWILIO_ACCOUNT_SID, secrets.TWILIO_AUTH_TOKEN);
  } catch (err) {
    cb(err);
    return;
  }

  const params = { to: recipient, body: text };
  if (/^MG[0-9a-fA-F]{32}$/.test(sender)) {
    params.messagingServiceSid = sender;
  } else {
    params.from = sender;
  }

  client.messages
    .create(params)
    .then(function (message) {
      cb(null, { sid: message.sid, status: message.status });
    })
    .catch(function (err) {
      cb(err);
    });
};
