// What a Send Phone Message hook received, and where an Action finds it: one table for lint
// (which suggests the Action's field for a hook's context.X) and for the hook -> Action
// conversion. Runs in the console's QJSEngine before lint.js and convert.js.
//
// In the expressions, E stands for the name of the Action's event parameter. A field with
// `values` holds other values in the Action than in the hook (compared literals are rewritten
// with that map); `back` then gives the hook's value from the Action's, for code that uses the
// value itself. A field with `todo` has no equivalent.
(function (global) {
  var SPM = 'send-phone-message';
  var CPP = 'custom-phone-provider';

  var triggers = {};
  triggers[SPM] = { handler: 'onExecuteSendPhoneMessage' };
  triggers[CPP] = { handler: 'onExecuteCustomPhoneProvider' };

  // The hook's recipient and text parameters.
  var params = {
    recipient: {},
    text: {}
  };
  params.recipient[SPM] = { expr: 'E.message_options.recipient' };
  params.recipient[CPP] = { expr: 'E.notification.recipient' };
  params.text[SPM] = { expr: 'E.message_options.text' };
  // The hook's text was what Auth0 rendered for the chosen delivery, voice included.
  params.text[CPP] = {
    expr: "(E.notification.delivery_method === 'voice' ? E.notification.as_voice : E.notification.as_text)"
  };

  // context.<path>: the longest path listed wins.
  var context = [
    { path: ['webtask', 'secrets'],
      spm: { expr: 'E.secrets' }, cpp: { expr: 'E.secrets' } },
    { path: ['message_type'],
      spm: { expr: 'E.message_options.message_type' },
      cpp: { expr: 'E.notification.delivery_method', values: { sms: 'text', voice: 'voice' },
             back: "(E.notification.delivery_method === 'voice' ? 'voice' : 'sms')" } },
    { path: ['action'],
      spm: { expr: 'E.message_options.action' },
      cpp: { expr: 'E.notification.message_type',
             values: { enrollment: 'otp_enroll', 'second-factor-authentication': 'otp_verify',
                       authentication: 'otp_verify' },
             back: "(E.notification.message_type === 'otp_enroll' ? 'enrollment' : 'second-factor-authentication')",
             note: 'other-notifications' } },
    { path: ['language'],
      spm: { expr: 'E.request.language' },
      // A locale such as en_US; the hook had the language (en).
      cpp: { expr: 'E.notification.locale', back: 'E.notification.locale?.split(/[-_]/)[0]' } },
    { path: ['code'],
      spm: { expr: 'E.message_options.code' },
      cpp: { expr: 'E.notification.code', note: 'code-absent' } },
    { path: ['ip'], spm: { expr: 'E.request.ip' }, cpp: { expr: 'E.request.ip' } },
    { path: ['user_agent'],
      spm: { expr: 'E.request.user_agent' }, cpp: { expr: 'E.request.user_agent' } },
    // Older hooks had the application's fields at the top of the context, newer ones in
    // context.client; the Action has event.client (optional on send-phone-message).
    { path: ['client_id'],
      spm: { expr: 'E.client?.client_id' }, cpp: { expr: 'E.client.client_id' } },
    { path: ['name'], spm: { expr: 'E.client?.name' }, cpp: { expr: 'E.client.name' } },
    { path: ['client_metadata'],
      spm: { expr: 'E.client?.metadata' }, cpp: { expr: 'E.client.metadata' } },
    { path: ['client', 'client_id'],
      spm: { expr: 'E.client?.client_id' }, cpp: { expr: 'E.client.client_id' } },
    { path: ['client', 'name'], spm: { expr: 'E.client?.name' }, cpp: { expr: 'E.client.name' } },
    { path: ['client', 'client_metadata'],
      spm: { expr: 'E.client?.metadata' }, cpp: { expr: 'E.client.metadata' } },
    { path: ['client'],
      spm: { expr: 'E.client', note: 'client-metadata' },
      cpp: { expr: 'E.client', note: 'client-metadata' } },
    { path: ['user'], spm: { expr: 'E.user' }, cpp: { expr: 'E.user' } },
    { path: ['factor_type'], spm: { todo: 'factor-type' }, cpp: { todo: 'factor-type' } },
    { path: ['webtask'], spm: { todo: 'webtask' }, cpp: { todo: 'webtask' } }
  ];

  // The mapping of context.<path...> for trigger: {consumed, expr, values, back, note, todo}
  // with E replaced by eventName, or null when nothing in the table starts the path.
  function lookup(trigger, path, eventName) {
    var best = null;
    for (var i = 0; i < context.length; ++i) {
      var entry = context[i];
      if (entry.path.length > path.length)
        continue;
      var same = true;
      for (var j = 0; j < entry.path.length; ++j)
        if (entry.path[j] !== path[j])
          same = false;
      if (same && (!best || entry.path.length > best.path.length))
        best = entry;
    }
    if (!best)
      return null;
    var m = best[trigger === CPP ? 'cpp' : 'spm'];
    var e = eventName || 'event';
    function sub(s) { return s === undefined ? undefined : s.replace(/\bE\./g, e + '.').replace(/^E$/, e); }
    return { consumed: best.path.length, expr: sub(m.expr), values: m.values, back: sub(m.back),
             note: m.note, todo: m.todo, path: best.path.join('.') };
  }

  function param(trigger, name, eventName) {
    var m = params[name] && params[name][trigger === CPP ? CPP : SPM];
    if (!m)
      return null;
    return m.expr.replace(/\bE\./g, (eventName || 'event') + '.');
  }

  global.actionMap = {
    SEND_PHONE_MESSAGE: SPM,
    CUSTOM_PHONE_PROVIDER: CPP,
    triggers: triggers,
    handlerFor: function (trigger) { return triggers[trigger] ? triggers[trigger].handler : null; },
    triggerFor: function (handler) {
      for (var t in triggers)
        if (triggers[t].handler === handler)
          return t;
      return null;
    },
    lookup: lookup,
    param: param
  };
})(this);
