// One message through twilio-node (npm `twilio`), sent to Prism instead of api.twilio.com.
//
//   BENCH_PRISM_BASE=http://127.0.0.1:PORT TWILIO_ACCOUNT_SID=AC... TWILIO_AUTH_TOKEN=... \
//     node send-node.js --to +14155552671 --from +15005550006 --body "..."
//
// The client is given a custom httpClient: twilio's own RequestClient, with the scheme and host of
// every request URI swapped for BENCH_PRISM_BASE. Everything else (auth, form encoding, headers,
// response parsing) is twilio-node's. Prints the created message's sid and status as one JSON line.
// Run from a folder whose node_modules holds `twilio` (scripts/bench/send.py sets NODE_PATH).
'use strict';

const twilio = require('twilio');

const base = new URL(process.env.BENCH_PRISM_BASE);

class PrismRequestClient extends twilio.RequestClient {
  request(opts) {
    const uri = new URL(opts.uri);
    uri.protocol = base.protocol;
    uri.host = base.host;
    return super.request(Object.assign({}, opts, { uri: uri.toString() }));
  }
}

function option(name) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0 || i + 1 >= process.argv.length) {
    throw new Error(`--${name} is required`);
  }
  return process.argv[i + 1];
}

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN, {
  httpClient: new PrismRequestClient(),
});

client.messages
  .create({ to: option('to'), from: option('from'), body: option('body') })
  .then((message) => {
    process.stdout.write(`${JSON.stringify({ sid: message.sid, status: message.status })}\n`);
  })
  .catch((error) => {
    process.stderr.write(`send-node.js: ${error.message}\n`);
    process.exitCode = 1;
  });
