'use strict';
// Loads the code as a CommonJS module, the way Auth0 does, with its own require:
// - 'twilio' (and 'twilio/...') is Twilio's SDK wired to the console (./twilio.js);
// - Node's built-in modules are Node's;
// - any other package comes from the profile's modules folder (where `npm install NAME` was
//   run), or fails with a MODULE_NOT_FOUND error that names the package and where to put it.
// The code is wrapped on its first line, so line numbers in errors are the file's own.

const Module = require('module');
const path = require('path');
const vm = require('vm');
const twilio = require('./twilio');

const isBuiltin = Module.isBuiltin
  || ((name) => Module.builtinModules.includes(name.replace(/^node:/, '')));

function notFound(name, why) {
  const error = new Error(`Cannot find module '${name}': ${why}`);
  error.code = 'MODULE_NOT_FOUND';
  error.moduleName = name;
  return error;
}

function makeRequire(modulesDir, onMissing) {
  function resolve(name) {
    if (typeof name !== 'string' || !name)
      throw new TypeError('The "id" argument must be a non-empty string.');
    if (name === 'twilio' || name.startsWith('twilio/'))
      return name;
    if (isBuiltin(name))
      return name;
    if (name.startsWith('.') || path.isAbsolute(name)) {
      onMissing(name, 'relative');
      throw notFound(name, 'Auth0 runs the code as one file, so it cannot load files beside it; '
        + 'put the code in this file, or publish it as a package.');
    }
    if (modulesDir) {
      try {
        return require.resolve(name, { paths: [modulesDir] });
      } catch (e) {
        // Reported below.
      }
      onMissing(name, 'folder');
      throw notFound(name, `it is not installed in ${modulesDir}. Run \`npm install ${name}\` `
        + 'there, and add it to the Action\'s dependencies in Auth0.');
    }
    onMissing(name, 'no-folder');
    throw notFound(name, 'the profile names no modules folder. Run `npm install '
      + `${name}\` in a folder and set it as the profile's modules folder.`);
  }

  function userRequire(name) {
    const resolved = resolve(name);
    if (resolved === 'twilio')
      return twilio.load();
    if (resolved.startsWith('twilio/'))
      return twilio.loadPath(resolved);
    return require(resolved);
  }
  userRequire.resolve = resolve;
  userRequire.cache = require.cache;
  return userRequire;
}

// {fn} or {syntaxError: {message, line}}.
function compile(source, fileName) {
  const wrapped = '(function (exports, require, module, __filename, __dirname) {' + source + '\n})';
  try {
    return { fn: new vm.Script(wrapped, { filename: fileName }).runInThisContext() };
  } catch (e) {
    if (!(e instanceof SyntaxError))
      throw e;
    const where = /^(.*):(\d+)\n/.exec(String(e.stack));
    return { syntaxError: { name: e.name, message: e.message, line: where ? Number(where[2]) : 0 } };
  }
}

module.exports = { makeRequire, compile };
