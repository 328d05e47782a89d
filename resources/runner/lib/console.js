'use strict';
// console.* as the code sees it: each call is formatted the way Node formats it and reported to
// the console as one line with its level and time. Past the output limit, lines are only counted
// and the console is told once, so that it stops the run.

const util = require('util');
const channel = require('./channel');

function install(started, limitBytes) {
  let bytes = 0;
  let capped = false;

  function emit(level, text) {
    bytes += Buffer.byteLength(text, 'utf8');
    if (capped)
      return;
    if (bytes > limitBytes) {
      capped = true;
      channel.send({ t: 'output-limit', stream: 'console', bytes });
      return;
    }
    channel.send({ t: 'console', level, text, at: Math.round(performance.now() - started) });
  }

  const format = (args) => util.formatWithOptions({ colors: false }, ...args);
  const methods = { log: 'log', info: 'info', warn: 'warn', error: 'error', debug: 'debug' };
  for (const [name, level] of Object.entries(methods))
    console[name] = (...args) => emit(level, format(args));
  console.trace = (...args) => {
    const stack = new Error().stack.split('\n').slice(2).join('\n');
    emit('debug', 'Trace: ' + format(args) + '\n' + stack);
  };
  console.dir = (value, options) =>
    emit('log', util.inspect(value, Object.assign({}, options, { colors: false })));
  console.assert = (condition, ...args) => {
    if (!condition)
      emit('error', 'Assertion failed' + (args.length ? ': ' + format(args) : ''));
  };
  return { bytes: () => bytes };
}

module.exports = { install };
