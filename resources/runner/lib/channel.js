'use strict';
// The runner's line to the console: JSON lines in both directions, apart from the code's own
// output. The console writes the job and the answers to Twilio requests on standard input; the
// runner writes everything it reports to the file descriptor in SMSHOOK_RUNNER_FD, synchronously,
// so that each message is out before the next line of code runs and nothing is left queued when
// the process ends. The code's console.log, process.stdout and process.stderr stay what they are.

const fs = require('fs');

const fd = Number(process.env.SMSHOOK_RUNNER_FD);
const listeners = [];
let buffered = '';
let refs = 0;

function send(message) {
  const data = Buffer.from(JSON.stringify(message) + '\n', 'utf8');
  let offset = 0;
  while (offset < data.length) {
    try {
      offset += fs.writeSync(fd, data, offset, data.length - offset);
    } catch (e) {
      if (e.code !== 'EAGAIN')
        throw e;
    }
  }
}

function onMessage(listener) {
  listeners.push(listener);
}

// Standard input keeps the process alive only while an answer is awaited, so that a run with
// nothing left to do ends (Node's beforeExit) instead of waiting for the console.
function ref() {
  if (refs++ === 0 && process.stdin.ref)
    process.stdin.ref();
}

function unref() {
  if (--refs === 0 && process.stdin.unref)
    process.stdin.unref();
}

// Once the job is in: from now on only an awaited answer keeps the process alive.
function idle() {
  if (refs === 0 && process.stdin.unref)
    process.stdin.unref();
}

function start() {
  if (!Number.isInteger(fd) || fd < 0)
    throw new Error('SMSHOOK_RUNNER_FD is not set: the runner is started by the console.');
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk) => {
    buffered += chunk;
    let at;
    while ((at = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, at);
      buffered = buffered.slice(at + 1);
      if (!line.trim())
        continue;
      const message = JSON.parse(line);
      for (const listener of listeners)
        listener(message);
    }
  });
  // The console went away: nobody is left to report to.
  process.stdin.on('end', () => process.exit(70));
}

module.exports = { send, onMessage, ref, unref, idle, start };
