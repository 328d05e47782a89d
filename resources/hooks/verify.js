/**
 * Auth0 "Send Phone Message" hook: sends Auth0's code through Twilio Verify.
 *
 * Secrets: TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_VERIFY_SERVICE_SID (starts with VA;
 * the Verify service's own SID, not the Account SID). The service must accept custom codes
 * (ask Twilio support to enable them).
 * NPM module: twilio.
 *
 * @param {string} recipient - phone number
 * @param {string} text - message body (Verify composes its own)
 * @param {object} context - context.message_type is 'sms' or 'voice'; context.code is the code
 * @param {function} cb - function (error, response)
 */
module.exports = function (recipient, text, context, cb) {
  const secrets = context.webtask.secrets;
  const channel = context.message_type === 'voice' ? 'call' : 'sms';

  let client;
  try {
    client = require('twilio')(secrets.TWILIO_ACCOUNT_SID, secrets.TWILIO_AUTH_TOKEN);
  } catch (err) {
    cb(err);
    return;
  }

  const params = { to: recipient, channel: channel, customCode: context.code };
  if (context.language) {
    params.locale = context.language;
  }

  client.verify.v2
    .services(secrets.TWILIO_VERIFY_SERVICE_SID)
    .verifications.create(params)
    .then(function (verification) {
      cb(null, { sid: verification.sid, status: verification.status });
    })
    .catch(function (err) {
      cb(err);
    });
};
