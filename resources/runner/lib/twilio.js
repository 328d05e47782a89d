'use strict';
// require('twilio') in the code answers with Twilio's own Node SDK (the version pinned in
// package.json), with one change: every client it makes, however it is made, sends its requests
// through the console instead of the network. The SDK builds each request as usual; this
// httpClient (twilio-node's RequestClient interface: request(opts) -> {statusCode, body,
// headers}) hands it over the runner's channel. The console sends it to the profile's Twilio or
// sandbox, records message and verification creations in the delivery log first, never resends
// a write that may have arrived, and answers with Twilio's answer as it came, so the SDK makes
// its own results and RestExceptions from it.

const path = require('path');
const channel = require('./channel');

const root = path.join(__dirname, '..', 'node_modules');
const pending = new Map();
let nextId = 1;
let sdk = null;

channel.onMessage((message) => {
  if (message.t !== 'answer')
    return;
  const waiting = pending.get(message.id);
  if (!waiting)
    return;
  pending.delete(message.id);
  channel.unref();
  if (message.ok) {
    waiting.resolve({ statusCode: message.status, body: message.body, headers: message.headers || {} });
  } else {
    const error = new Error(message.message);
    if (message.code)
      error.code = message.code;
    waiting.reject(error);
  }
});

class ConsoleRequestClient {
  constructor(qs, Response, Request) {
    this.qs = qs;
    this.Response = Response;
    this.Request = Request;
    this.lastRequest = undefined;
    this.lastResponse = undefined;
  }

  async request(opts) {
    if (!opts.method)
      throw new Error('http method is required');
    if (!opts.uri)
      throw new Error('uri is required');
    const headers = Object.assign({}, opts.headers || {});
    let authorization;
    if (!(opts.username && opts.password) && opts.authStrategy)
      authorization = await opts.authStrategy.getAuthString();
    let uri = opts.uri;
    const query = opts.params ? this.qs.stringify(opts.params, { arrayFormat: 'repeat' }) : '';
    if (query)
      uri += (uri.includes('?') ? '&' : '?') + query;
    let body = '';
    if (opts.data !== undefined && opts.data !== null) {
      const type = String(headers['Content-Type'] || headers['content-type'] || '');
      if (type.startsWith('application/json'))
        body = typeof opts.data === 'string' ? opts.data : JSON.stringify(opts.data);
      else if (typeof opts.data === 'string')
        body = opts.data;
      else
        body = this.qs.stringify(opts.data, { arrayFormat: 'repeat' });
    }
    this.lastResponse = undefined;
    this.lastRequest = new this.Request({
      method: opts.method, url: opts.uri, params: opts.params, data: opts.data, headers,
    });
    const id = nextId++;
    const answer = new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
    channel.ref();
    channel.send({
      t: 'request', id, method: String(opts.method).toUpperCase(), uri, headers, body,
      username: opts.username || '', password: opts.password || '', authorization: authorization || '',
    });
    const response = await answer;
    this.lastResponse = new this.Response(response.statusCode, response.body, response.headers);
    return response;
  }
}

// The SDK, loaded on the first require('twilio'), with every client's httpClient replaced.
function load() {
  if (sdk)
    return sdk;
  const twilio = require(path.join(root, 'twilio'));
  const Base = require(path.join(root, 'twilio', 'lib', 'base', 'BaseTwilio.js'));
  const qs = require(path.join(root, 'qs'));
  const Response = require(path.join(root, 'twilio', 'lib', 'http', 'response.js')).default;
  const Request = require(path.join(root, 'twilio', 'lib', 'http', 'request.js')).default;
  const client = new ConsoleRequestClient(qs, Response, Request);
  // On the prototype, so that a client given its own httpClient (or made by a credential
  // provider) still goes through the console.
  Object.defineProperty(Base.Client.prototype, 'httpClient', {
    configurable: true,
    get() { return client; },
  });
  sdk = twilio;
  return sdk;
}

// require('twilio/lib/...') and the like: files of the same pinned package.
function loadPath(name) {
  load();
  return require(path.join(root, name));
}

function version() {
  try {
    return require(path.join(root, 'twilio', 'package.json')).version;
  } catch (e) {
    return '';
  }
}

module.exports = { load, loadPath, version, root };
