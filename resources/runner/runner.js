'use strict';
// The console's local runner for Send Phone Message code: a legacy Auth0 hook
// (module.exports = function (recipient, text, context, cb)) or an Action
// (exports.onExecuteSendPhoneMessage / exports.onExecuteCustomPhoneProvider = async (event, api)).
// One process per run, started by the console with its bounds (time, memory, output) set from
// outside; what the file exports says which kind it is. The console sends one job (the code, the
// hook's arguments, each trigger's event with its secrets, the api.cache state) and answers the
// Twilio requests; the runner reports console lines, requests, and one 'done' with how the run
// ended, then exits. See lib/channel.js for the protocol.

const util = require('util');
const channel = require('./lib/channel');
const capture = require('./lib/console');
const cacheStore = require('./lib/cache');
const loader = require('./lib/load');
const twilio = require('./lib/twilio');

const started = performance.now();
let finished = false;
let kind = 'unknown';
let cache = null;
const requireFailures = [];

function lineOf(error, fileName) {
  const escaped = fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp('(?:^|[\\s(])' + escaped + ':(\\d+)').exec(String(error && error.stack));
  return match ? Number(match[1]) : 0;
}

// What the console shows of a thrown value or cb's error, as plain data.
function describe(error, fileName) {
  if (error instanceof Error || (error && typeof error === 'object' && 'message' in error)) {
    const out = { name: String(error.name || 'Error'), message: String(error.message) };
    for (const key of ['code', 'status', 'moreInfo']) {
      if (error[key] !== undefined && error[key] !== null)
        out[key] = typeof error[key] === 'number' ? error[key] : String(error[key]);
    }
    out.stack = String(error.stack || '');
    out.line = lineOf(error, fileName);
    return out;
  }
  return { name: typeof error, message: typeof error === 'string' ? error : util.inspect(error), line: 0 };
}

// A value as JSON for the console; what JSON cannot hold is shown as Node would print it.
function plain(value) {
  if (value === undefined)
    return undefined;
  try {
    const json = JSON.stringify(value);
    return json === undefined ? util.inspect(value) : JSON.parse(json);
  } catch (e) {
    return util.inspect(value);
  }
}

function finish(report) {
  if (finished)
    return;
  finished = true;
  report.t = 'done';
  report.kind = kind;
  report.requireFailures = requireFailures;
  if (cache)
    report.cache = cache.snapshot();
  report.elapsedMs = Math.round(performance.now() - started);
  channel.send(report);
  process.exit(0);
}

function exportNames(exported) {
  if (exported === null || exported === undefined)
    return [];
  return Object.keys(exported).filter((k) => typeof exported[k] === 'function');
}

function runHook(handler, job) {
  let called = false;
  const cb = (error, response) => {
    if (called) {
      channel.send({ t: 'note', what: 'second-cb' });
      return;
    }
    called = true;
    // After the current turn, so that a second cb in the same breath is still noted.
    setImmediate(() => {
      if (error !== null && error !== undefined)
        finish({ outcome: 'hook-error', error: describe(error, job.fileName) });
      else
        finish({ outcome: 'success', result: plain(response) });
    });
  };
  process.on('beforeExit', () => {
    if (!called)
      finish({ outcome: 'no-callback' });
  });
  handler(job.recipient, job.text, job.context, cb);
}

function runAction(handler, job) {
  const notification = { action: '', reason: '' };
  cache = cacheStore.create((job.cache || {})[kind]);
  const api = { cache: cache.cache };
  if (kind === 'custom-phone-provider') {
    // The last call counts; Auth0 keeps 1024 characters of the reason.
    const record = (action) => (reason) => {
      notification.action = action;
      notification.reason = String(reason === undefined ? '' : reason).slice(0, 1024);
      return api;
    };
    api.notification = { drop: record('drop'), retry: record('retry') };
  }
  let settled = false;
  process.on('beforeExit', () => {
    if (!settled)
      finish({ outcome: 'not-settled' });
  });
  const result = handler(job.events[kind], api);
  Promise.resolve(result).then(
    (value) => {
      settled = true;
      setImmediate(() => {
        if (notification.action === 'drop')
          finish({ outcome: 'dropped', reason: notification.reason, result: plain(value) });
        else if (notification.action === 'retry')
          finish({ outcome: 'retry', reason: notification.reason, result: plain(value) });
        else
          finish({ outcome: 'success', result: plain(value) });
      });
    },
    (error) => {
      settled = true;
      finish({ outcome: 'threw', error: describe(error, job.fileName) });
    });
}

function run(job) {
  channel.idle();
  capture.install(started, job.outputLimit || 256 * 1024);
  const threw = (error) => finish({ outcome: 'threw', error: describe(error, job.fileName) });
  process.on('uncaughtException', threw);
  process.on('unhandledRejection', threw);
  channel.send({ t: 'started' });

  const compiled = loader.compile(job.source, job.fileName);
  if (compiled.syntaxError) {
    finish({ outcome: 'syntax-error', error: compiled.syntaxError });
    return;
  }
  const userRequire = loader.makeRequire(job.modulesDir, (name, why) => {
    requireFailures.push({ module: name, why });
  });
  const module = { exports: {}, id: job.fileName, filename: job.fileName, loaded: false };
  try {
    compiled.fn.call(module.exports, module.exports, userRequire, module, job.fileName, '.');
    module.loaded = true;
    const exported = module.exports;
    let handler = null;
    if (exported && typeof exported.onExecuteCustomPhoneProvider === 'function') {
      kind = 'custom-phone-provider';
      handler = exported.onExecuteCustomPhoneProvider;
    } else if (exported && typeof exported.onExecuteSendPhoneMessage === 'function') {
      kind = 'send-phone-message';
      handler = exported.onExecuteSendPhoneMessage;
    } else if (typeof exported === 'function') {
      kind = 'hook';
      handler = exported;
    } else {
      finish({ outcome: 'bad-export', exports: exportNames(exported), exportType: typeof exported });
      return;
    }
    channel.send({ t: 'kind', kind });
    if (kind === 'hook')
      runHook(handler, job);
    else
      runAction(handler, job);
  } catch (e) {
    threw(e);
  }
}

channel.onMessage((message) => {
  if (message.t === 'job')
    run(message);
});
channel.start();
channel.send({ t: 'hello', node: process.version, twilio: twilio.version() });
