// A hook written by hand over the years (this comment stays).
const twilio = require('twilio');

/* A helper of the hook's own: kept as it is. */
function log(msg) { console.log('[hook] ' + msg); }

module.exports = function(to,body,ctx,done){   // the parameters have other names
    const {code, message_type: kind, language = 'en'} = ctx;
    const {secrets} = ctx.webtask;
    switch (ctx.action) {
        case 'enrollment': log('enrol ' + ctx.user.email); break;   // enrolment
        case 'second-factor-authentication': log('verify'); break;
    }
    log(kind + ' ' + language + ' ' + ctx.client_metadata.region + ' ' + ctx.ip);
    const client = twilio(secrets.TWILIO_ACCOUNT_SID,
                          secrets.TWILIO_AUTH_TOKEN);
    client.messages.create({to: to, from: secrets.TWILIO_PHONE_NUMBER, body: body + ' ' + code},
        function (err, message) {
            if (err) return done(err);   // Twilio refused it
            /* sent */
            done(null, {sid: message.sid});
        });
};
