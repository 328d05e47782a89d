// The hook runner's environment, evaluated in a fresh QJSEngine before the hook's code:
// console, require('twilio') (a shim over the console's own Twilio client) and Auth0's cb.
// Its value is {settle, cb}: the runner keeps both; the script cannot reach or replace them.
// __native is the C++ side; it is taken into this closure and removed from the global object.
// The engine has no other way out: no files, no processes, no network but through the shim.
(function (global) {
  // Not strict: see lint.js (Qt 6.4 tail calls).
  var native = global.__native;
  delete global.__native;

  function format(value) {
    if (typeof value === 'string')
      return value;
    if (value instanceof Error) {
      var text = value.name + ': ' + value.message;
      if (value.code !== undefined)
        text += ' (code ' + value.code + ')';
      return text;
    }
    if (value === undefined)
      return 'undefined';
    if (typeof value === 'function')
      return '[Function' + (value.name ? ': ' + value.name : '') + ']';
    try {
      var json = JSON.stringify(value);
      return json === undefined ? String(value) : json;
    } catch (e) {
      return String(value);
    }
  }

  function logger(level) {
    return function () {
      var parts = [];
      for (var i = 0; i < arguments.length; ++i)
        parts.push(format(arguments[i]));
      native.log(level, parts.join(' '));
    };
  }

  global.console = {
    log: logger('log'),
    info: logger('info'),
    warn: logger('warn'),
    error: logger('error'),
    debug: logger('debug'),
    trace: logger('debug')
  };

  // Requests under way: id -> {resolve, reject, callback}.
  var pending = {};

  function toDate(text) {
    return text ? new Date(text) : null;
  }

  // Twilio's answer shaped as twilio-node shapes it (camelCase, dates as Date).
  function shape(kind, r) {
    if (kind === 'message') {
      return {
        sid: r.sid, accountSid: r.accountSid, to: r.to, from: r.from, body: r.body,
        status: r.status, numSegments: String(r.numSegments), direction: r.direction,
        messagingServiceSid: r.messagingServiceSid || null, price: r.price || null,
        priceUnit: r.priceUnit || null, errorCode: r.errorCode || null,
        errorMessage: r.errorMessage || null, dateCreated: toDate(r.dateCreated),
        dateUpdated: toDate(r.dateUpdated), dateSent: toDate(r.dateSent)
      };
    }
    return {
      sid: r.sid, serviceSid: r.serviceSid, accountSid: r.accountSid, to: r.to,
      channel: r.channel, status: r.status, valid: r.status === 'approved',
      dateCreated: toDate(r.dateCreated), dateUpdated: toDate(r.dateUpdated)
    };
  }

  // Like twilio-node's RestException: message, code, status, moreInfo.
  function restError(e) {
    var err = new Error(e.message);
    err.name = e.status ? 'RestException' : 'Error';
    if (e.code)
      err.code = e.code;
    if (e.status)
      err.status = e.status;
    if (e.moreInfo)
      err.moreInfo = e.moreInfo;
    return err;
  }

  function settle(id, kind, ok, payload) {
    var p = pending[id];
    delete pending[id];
    if (!p)
      return;
    var data = JSON.parse(payload);
    if (ok) {
      var value = shape(kind, data);
      p.resolve(value);
      if (p.callback)
        p.callback(null, value);
    } else {
      var err = restError(data);
      if (p.callback) {
        // twilio-node passes the error to the callback; the returned promise still rejects,
        // so keep that rejection handled.
        p.promise.catch(function () {});
        p.reject(err);
        p.callback(err);
      } else {
        p.reject(err);
      }
    }
  }

  function send(kind, params, sid, token, serviceSid, callback) {
    var request = Object.assign({}, params || {});
    var resolve, reject;
    var promise = new Promise(function (res, rej) { resolve = res; reject = rej; });
    var id = native.send(kind, JSON.stringify(request), String(sid === undefined ? '' : sid),
                         String(token === undefined ? '' : token),
                         String(serviceSid === undefined ? '' : serviceSid));
    pending[id] = { resolve: resolve, reject: reject, promise: promise,
                    callback: typeof callback === 'function' ? callback : null };
    return promise;
  }

  function unsupported(what) {
    return function () {
      throw new Error(what + ' is not available in the console\'s Twilio shim: it offers '
                      + 'messages.create and verify.v2.services(sid).verifications.create.');
    };
  }

  function twilio(accountSid, authToken) {
    if (!accountSid || !authToken)
      throw new Error('username is required');
    native.addSecret(String(authToken));
    function services(serviceSid) {
      return {
        verifications: {
          create: function (params, callback) {
            return send('verification', params, accountSid, authToken, serviceSid, callback);
          }
        },
        verificationChecks: { create: unsupported('verificationChecks.create') }
      };
    }
    var verifyV2 = { services: services };
    return {
      accountSid: accountSid,
      messages: {
        create: function (params, callback) {
          return send('message', params, accountSid, authToken, '', callback);
        },
        list: unsupported('messages.list')
      },
      verify: { services: services, v2: verifyV2 },
      calls: { create: unsupported('calls.create') },
      lookups: { v2: { phoneNumbers: unsupported('lookups') } }
    };
  }

  global.require = function (name) {
    if (name === 'twilio')
      return twilio;
    var err = new Error('Cannot find module \'' + name + '\': the console\'s hook runner '
                        + 'provides only \'twilio\'.');
    err.code = 'MODULE_NOT_FOUND';
    native.requireFailed(String(name));
    throw err;
  };

  // Auth0's cb(error, response).
  function cb(error, response) {
    var hasError = error !== null && error !== undefined;
    var errorText = '';
    var errorCode = '';
    if (hasError) {
      errorText = error instanceof Error ? error.message : format(error);
      if (error && error.code !== undefined)
        errorCode = String(error.code);
    }
    var result = '';
    if (response !== undefined) {
      try {
        result = JSON.stringify(response);
      } catch (e) {
        result = JSON.stringify(String(response));
      }
    }
    native.done(hasError, errorText, errorCode, result === undefined ? '' : result);
  }

  // Kept by the runner, out of the script's reach.
  return { settle: settle, cb: cb };
})(this);
