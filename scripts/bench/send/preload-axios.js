// Preloaded into twilio-cli with NODE_OPTIONS="--require /path/preload-axios.js".
//
// twilio-cli sends its API requests through @twilio/cli-core's CliRequestClient, which calls the
// shared axios instance (`require('axios')`). This preload watches module loading and, the first
// time any copy of axios is loaded, adds a request interceptor to its shared instance that swaps
// the scheme and host of each request URL for BENCH_PRISM_BASE. Instances made later with
// axios.create() are left alone; twilio-cli's API commands do not use them.
//
// When BENCH_REQUEST_LOG is set, one line "METHOD original-url -> new-url" is appended to that file
// per redirected request, so the benchmark can check that the request really went to Prism.
'use strict';

const fs = require('fs');
const Module = require('module');

const base = new URL(process.env.BENCH_PRISM_BASE);
const requestLog = process.env.BENCH_REQUEST_LOG;
const hooked = new WeakSet();

function redirect(config) {
  const url = new URL(config.url, config.baseURL);
  const original = url.toString();
  url.protocol = base.protocol;
  url.host = base.host;
  config.url = url.toString();
  config.baseURL = undefined;
  if (requestLog) {
    const method = (config.method || 'get').toUpperCase();
    fs.appendFileSync(requestLog, `${method} ${original} -> ${config.url}\n`);
  }
  return config;
}

const load = Module._load;
Module._load = function loadAndHook(request) {
  const exported = load.apply(this, arguments);
  if (request === 'axios' && exported && exported.interceptors && !hooked.has(exported)) {
    hooked.add(exported);
    exported.interceptors.request.use(redirect);
  }
  return exported;
};
