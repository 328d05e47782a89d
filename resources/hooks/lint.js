// Lint for Auth0's "Send Phone Message" code, a legacy hook or an Action (send-phone-message,
// custom-phone-provider), over the ESTree syntax tree that acorn builds.
// Runs inside the console's QJSEngine after acorn.js. hookLint(source, definedSecrets) returns
// a list of {rule, kind, severity, line, column, arg}; the C++ side turns rule and kind into
// translated messages and fixes. Lines are 1-based, columns 1-based (0: the whole line).
(function (global) {
  // Not strict: Qt 6.4's engine drops the assignment in `return a.b = f()` when it elides the
  // tail call, which it does only in strict code.

  var SKIP = { type: 1, start: 1, end: 1, loc: 1, range: 1, raw: 1 };

  function children(node) {
    var out = [];
    for (var key in node) {
      if (SKIP[key] || !Object.prototype.hasOwnProperty.call(node, key))
        continue;
      var v = node[key];
      if (Array.isArray(v)) {
        for (var i = 0; i < v.length; ++i)
          if (v[i] && typeof v[i].type === 'string')
            out.push({ node: v[i], key: key });
      } else if (v && typeof v.type === 'string') {
        out.push({ node: v, key: key });
      }
    }
    return out;
  }

  // Visits every node in source order; visit(node, parent, key) returns false to skip children.
  function walk(node, visit, parent, key) {
    if (visit(node, parent, key) === false)
      return;
    var c = children(node);
    for (var i = 0; i < c.length; ++i)
      walk(c[i].node, visit, node, c[i].key);
  }

  function isFunction(n) {
    return n && (n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression'
                 || n.type === 'FunctionDeclaration');
  }

  function propName(member) {
    if (member.type !== 'MemberExpression')
      return null;
    if (!member.computed && member.property.type === 'Identifier')
      return member.property.name;
    if (member.computed && member.property.type === 'Literal'
        && typeof member.property.value === 'string')
      return member.property.value;
    return null;
  }

  function isIdent(n, name) {
    return n && n.type === 'Identifier' && (name === undefined || n.name === name);
  }

  // Node's own modules: the runner has them, as Auth0 does.
  var BUILTINS = {};
  ('assert buffer child_process cluster console constants crypto dgram diagnostics_channel dns '
   + 'domain events fs http http2 https inspector module net os path perf_hooks process '
   + 'punycode querystring readline repl stream string_decoder sys timers tls trace_events tty '
   + 'url util v8 vm wasi worker_threads zlib').split(' ').forEach(function (m) { BUILTINS[m] = true; });
  function isBuiltin(name) {
    var bare = name.replace(/^node:/, '');
    return !!BUILTINS[bare.split('/')[0]];
  }

  var ACTION_HANDLERS = { onExecuteSendPhoneMessage: 1, onExecuteCustomPhoneProvider: 1 };

  function isRequireCall(n, module) {
    return n && n.type === 'CallExpression' && isIdent(n.callee, 'require')
        && n.arguments.length >= 1 && n.arguments[0].type === 'Literal'
        && (module === undefined || n.arguments[0].value === module);
  }

  function lint(source, definedSecrets) {
    var issues = [];
    function issue(rule, kind, severity, node, arg, atEnd) {
      var pos = node ? (atEnd ? node.loc.end : node.loc.start) : null;
      issues.push({ rule: rule, kind: kind, severity: severity,
                    line: pos ? pos.line : 0, column: pos ? pos.column + 1 : 0,
                    arg: arg === undefined ? '' : String(arg) });
    }

    var ast;
    try {
      ast = acorn.parse(source, { ecmaVersion: 'latest', sourceType: 'script', locations: true,
                                  allowReturnOutsideFunction: false, allowHashBang: true });
    } catch (e) {
      var loc = e.loc || { line: 1, column: 0 };
      // acorn appends " (line:column)" to its message; the position is reported separately.
      var message = String(e.message).replace(/ \(\d+:\d+\)$/, '');
      issues.push({ rule: 'syntax', kind: 'syntax', severity: 'error', line: loc.line,
                    column: loc.column + 1, arg: message });
      return { issues: issues, usedSecrets: [] };
    }

    // --- Pass 1: names, aliases, secrets, requires -------------------------------------------
    var secretAliases = {}; // identifiers bound to context.webtask.secrets
    var webtaskAliases = {}; // identifiers bound to context.webtask
    var accountSidNames = {}; // identifiers holding the Account SID
    var twilioFactories = {}; // identifiers bound to require('twilio')
    var declared = {};
    var used = [];
    var usedSet = {};
    var dynamicSecrets = false;

    function isWebtask(n) {
      return (n.type === 'MemberExpression' && propName(n) === 'webtask')
          || (isIdent(n) && webtaskAliases[n.name]);
    }
    function isSecretsObject(n) {
      if (!n)
        return false;
      if (isIdent(n))
        return !!secretAliases[n.name];
      // A hook reads context.webtask.secrets; an Action reads event.secrets.
      return n.type === 'MemberExpression' && propName(n) === 'secrets'
          && (isWebtask(n.object) || isIdent(n.object, 'event'));
    }
    function useSecret(name, node) {
      if (!usedSet[name]) {
        usedSet[name] = true;
        used.push({ name: name, node: node });
      }
    }
    function isAccountSidExpr(n) {
      if (!n)
        return false;
      if (isIdent(n))
        return !!accountSidNames[n.name];
      if (n.type === 'MemberExpression' && isSecretsObject(n.object))
        return propName(n) === 'TWILIO_ACCOUNT_SID';
      if (n.type === 'Literal' && typeof n.value === 'string')
        return /^AC[0-9a-fA-F]{32}$/.test(n.value);
      return false;
    }
    function isTwilioFactory(n) {
      return isRequireCall(n, 'twilio') || (isIdent(n) && twilioFactories[n.name]);
    }
    // Binds the names of a destructuring pattern whose source is the secrets object.
    function bindSecretPattern(pattern) {
      for (var i = 0; i < pattern.properties.length; ++i) {
        var p = pattern.properties[i];
        if (p.type === 'RestElement') {
          dynamicSecrets = true;
          continue;
        }
        var key = !p.computed && p.key.type === 'Identifier' ? p.key.name
            : (p.key.type === 'Literal' ? String(p.key.value) : null);
        if (key === null) {
          dynamicSecrets = true;
          continue;
        }
        useSecret(key, p.key);
        var target = p.value.type === 'AssignmentPattern' ? p.value.left : p.value;
        if (key === 'TWILIO_ACCOUNT_SID' && isIdent(target))
          accountSidNames[target.name] = true;
      }
    }
    function bindWebtaskPattern(pattern) {
      for (var i = 0; i < pattern.properties.length; ++i) {
        var p = pattern.properties[i];
        if (p.type !== 'Property' || p.computed || !isIdent(p.key, 'secrets'))
          continue;
        if (isIdent(p.value))
          secretAliases[p.value.name] = true;
        else if (p.value.type === 'ObjectPattern')
          bindSecretPattern(p.value);
      }
    }
    function bind(id, init) {
      if (!id || !init)
        return;
      if (isIdent(id)) {
        if (isSecretsObject(init))
          secretAliases[id.name] = true;
        else if (isWebtask(init))
          webtaskAliases[id.name] = true;
        else if (isAccountSidExpr(init))
          accountSidNames[id.name] = true;
        else if (isRequireCall(init, 'twilio'))
          twilioFactories[id.name] = true;
      } else if (id.type === 'ObjectPattern') {
        if (isSecretsObject(init)) {
          bindSecretPattern(id);
        } else if (isWebtask(init) || isIdent(init, 'event')) {
          // const { secrets } = context.webtask, or = event in an Action
          bindWebtaskPattern(id);
        } else {
          // const { webtask: { secrets } } = context
          for (var i = 0; i < id.properties.length; ++i) {
            var p = id.properties[i];
            if (p.type === 'Property' && !p.computed && isIdent(p.key, 'webtask')
                && p.value.type === 'ObjectPattern')
              bindWebtaskPattern(p.value);
          }
        }
      }
    }
    function declarePattern(p) {
      if (!p)
        return;
      if (p.type === 'Identifier')
        declared[p.name] = true;
      else if (p.type === 'ObjectPattern')
        p.properties.forEach(function (q) { declarePattern(q.type === 'RestElement' ? q.argument : q.value); });
      else if (p.type === 'ArrayPattern')
        p.elements.forEach(declarePattern);
      else if (p.type === 'AssignmentPattern')
        declarePattern(p.left);
      else if (p.type === 'RestElement')
        declarePattern(p.argument);
    }

    var exportNode = null; // the right-hand side of module.exports = ...
    var exportAssign = null;
    var actionExport = null; // the node exported as onExecuteSendPhoneMessage / ...CustomPhoneProvider
    var actionAssign = null;
    var functionsByName = {};
    var messageTypeRefs = [];

    walk(ast, function (n, parent, key) {
      switch (n.type) {
      case 'VariableDeclarator':
        declarePattern(n.id);
        bind(n.id, n.init);
        break;
      case 'AssignmentExpression':
        if (n.operator === '=') {
          bind(n.left, n.right);
          var l = n.left;
          var exportsObject = isIdent(l.object, 'exports')
              || (l.object && l.object.type === 'MemberExpression' && propName(l.object) === 'exports'
                  && isIdent(l.object.object, 'module'));
          if (l.type === 'MemberExpression' && exportsObject && ACTION_HANDLERS[propName(l)]) {
            actionExport = n.right;
            actionAssign = n;
          } else if (l.type === 'MemberExpression' && propName(l) === 'exports' && isIdent(l.object, 'module')) {
            exportNode = n.right;
            exportAssign = n;
            // module.exports = { onExecuteSendPhoneMessage: async (event, api) => ... }
            if (n.right.type === 'ObjectExpression')
              n.right.properties.forEach(function (p) {
                if (p.type === 'Property' && !p.computed
                    && ((isIdent(p.key) && ACTION_HANDLERS[p.key.name])
                        || (p.key.type === 'Literal' && ACTION_HANDLERS[p.key.value]))) {
                  actionExport = p.value;
                  actionAssign = p;
                }
              });
          } else if (isIdent(l, 'exports') || (l.type === 'MemberExpression' && isIdent(l.object, 'exports'))) {
            if (!exportNode && isFunction(n.right) && isIdent(l, 'exports')) {
              exportNode = n.right;
              exportAssign = n;
            }
          }
        }
        break;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        if (n.id) {
          declared[n.id.name] = true;
          if (n.type === 'FunctionDeclaration')
            functionsByName[n.id.name] = n;
        }
        n.params.forEach(declarePattern);
        break;
      case 'CatchClause':
        declarePattern(n.param);
        break;
      case 'ClassDeclaration':
        if (n.id)
          declared[n.id.name] = true;
        break;
      case 'MemberExpression':
        if (isSecretsObject(n.object)) {
          var name = propName(n);
          if (name !== null)
            useSecret(name, n.property);
          else
            dynamicSecrets = true;
        }
        break;
      case 'Identifier':
        // A secrets alias passed around whole: its reads cannot be followed.
        // A property name (`context.webtask.secrets`, `{ secrets: 1 }`) is not the alias.
        if (secretAliases[n.name] && !(parent && parent.type === 'MemberExpression' && key === 'object')
            && !(parent && parent.type === 'MemberExpression' && key === 'property' && !parent.computed)
            && !(parent && parent.type === 'Property' && key === 'key' && !parent.computed)
            && !(parent && parent.type === 'VariableDeclarator' && key === 'id'))
          dynamicSecrets = true;
        if (n.name === 'message_type'
            && !(parent && parent.type === 'MemberExpression' && key === 'property' && !parent.computed)
            && !(parent && parent.type === 'Property' && key === 'key' && !parent.computed))
          messageTypeRefs.push(n);
        break;
      case 'CallExpression':
        if (isIdent(n.callee, 'require')) {
          var arg = n.arguments[0];
          if (!arg || arg.type !== 'Literal' || typeof arg.value !== 'string')
            issue('require', 'dynamic', 'warning', n);
          else if (arg.value === 'twilio' || arg.value.indexOf('twilio/') === 0)
            ;
          else if (arg.value.charAt(0) === '.' || arg.value.charAt(0) === '/')
            issue('require', 'relative', 'error', arg, arg.value);
          else if (!isBuiltin(arg.value))
            issue('require', 'module', 'warning', arg, arg.value);
        }
        // twilio(accountSid, authToken): its first argument is the Account SID.
        if (isTwilioFactory(n.callee) && n.arguments.length >= 1 && isIdent(n.arguments[0]))
          accountSidNames[n.arguments[0].name] = true;
        // verify.services(X) and verify.v2.services(X)
        if (n.callee.type === 'MemberExpression' && propName(n.callee) === 'services') {
          var obj = n.callee.object;
          var isVerify = propName(obj) === 'verify'
              || (propName(obj) === 'v2' && obj.object.type === 'MemberExpression' && propName(obj.object) === 'verify');
          if (isVerify && n.arguments.length >= 1 && isAccountSidExpr(n.arguments[0]))
            issue('verify-account-sid', 'verify-account-sid', 'error', n.arguments[0]);
        }
        break;
      case 'NewExpression':
        if (isTwilioFactory(n.callee) && n.arguments.length >= 1 && isIdent(n.arguments[0]))
          accountSidNames[n.arguments[0].name] = true;
        break;
      }
      return true;
    });

    // --- Secrets -----------------------------------------------------------------------------
    var defined = {};
    for (var d = 0; d < definedSecrets.length; ++d)
      defined[definedSecrets[d]] = true;
    for (var u = 0; u < used.length; ++u)
      if (!defined[used[u].name])
        issue('missing-secret', 'missing-secret', 'error', used[u].node, used[u].name);
    if (!dynamicSecrets)
      for (var s = 0; s < definedSecrets.length; ++s)
        if (!usedSet[definedSecrets[s]])
          issue('unused-secret', 'unused-secret', 'warning', null, definedSecrets[s]);

    // --- message_type ------------------------------------------------------------------------
    if (!declared.message_type)
      for (var m = 0; m < messageTypeRefs.length; ++m)
        issue('message-type', 'message-type', 'error', messageTypeRefs[m]);

    // --- module.exports ----------------------------------------------------------------------
    var handler = null;
    if (actionExport) {
      // An Action: Auth0 calls it with (event, api) and awaits what it returns; no cb.
      var action = actionExport;
      if (isIdent(action) && functionsByName[action.name])
        action = functionsByName[action.name];
      if (!isFunction(action))
        issue('export', 'action-not-function', 'error', actionAssign);
      else if (action.params.length > 2)
        issue('export', 'action-params', 'error', action, action.params.length);
    } else if (!exportNode) {
      issue('export', 'missing', 'error', null);
    } else {
      var fn = exportNode;
      if (isIdent(fn) && functionsByName[fn.name])
        fn = functionsByName[fn.name];
      if (!isFunction(fn))
        issue('export', 'not-function', 'error', exportAssign);
      else if (fn.params.length !== 4)
        issue('export', 'params', 'error', fn, fn.params.length);
      else
        handler = fn;
    }

    // --- cb on every path (best effort) ------------------------------------------------------
    if (handler && isIdent(handler.params[3]))
      checkCallbackPaths(handler, handler.params[3].name, issue);

    return { issues: issues, usedSecrets: used.map(function (x) { return x.name; }) };
  }

  // Whether node (any expression or statement) calls cbName or hands it over somewhere inside.
  function mentionsCb(node, cbName) {
    var found = false;
    walk(node, function (n) {
      if (found)
        return false;
      if (isIdent(n, cbName))
        found = true;
      return !found;
    });
    return found;
  }

  function checkCallbackPaths(fn, cbName, issue) {
    var reported = false;
    function report(kind, node, atEnd) {
      reported = true;
      issue('cb-path', kind, 'warning', node, cbName, atEnd);
    }

    // A function handed cb's duty (a .then handler, a node-style callback): its own paths.
    function checkNested(f) {
      if (f.type === 'ArrowFunctionExpression' && f.expression) {
        if (!exprCovers(f.body))
          report('end', f.body, true);
        return;
      }
      var r = seq(f.body.body, false);
      if (!r.covers && !r.exits)
        reportEnd(r, f.body);
    }

    function reportEnd(r, body) {
      if (r.partial.length) {
        for (var i = 0; i < r.partial.length; ++i)
          report('if', r.partial[i]);
      } else {
        report('end', body, true);
      }
    }

    function handlerCovers(h) {
      if (!h)
        return false;
      if (isIdent(h, cbName))
        return true;
      if (isFunction(h) && mentionsCb(h, cbName)) {
        checkNested(h);
        return true;
      }
      return false;
    }

    function chainCovers(call) {
      // Walk a promise chain from its last call back to its start.
      var success = false, failure = false, cur = call, sawChain = false;
      while (cur && cur.type === 'CallExpression' && cur.callee.type === 'MemberExpression') {
        var method = propName(cur.callee);
        if (method === 'then') {
          sawChain = true;
          if (handlerCovers(cur.arguments[0]))
            success = true;
          if (handlerCovers(cur.arguments[1]))
            failure = true;
        } else if (method === 'catch') {
          sawChain = true;
          if (handlerCovers(cur.arguments[0]))
            failure = true;
        } else if (method === 'finally') {
          sawChain = true;
          if (handlerCovers(cur.arguments[0])) {
            success = true;
            failure = true;
          }
        } else {
          break;
        }
        cur = cur.callee.object;
      }
      if (!sawChain)
        return null;
      if (success && !failure) {
        report('then', call);
        return true;
      }
      if (failure && !success) {
        report('catch', call);
        return true;
      }
      return success && failure;
    }

    function exprCovers(e) {
      if (!e)
        return false;
      switch (e.type) {
      case 'CallExpression': {
        if (isIdent(e.callee, cbName))
          return true;
        var chain = chainCovers(e);
        if (chain !== null)
          return chain;
        // client.messages.create(params, function (err, m) { ... cb ... }) or (params, cb)
        var covers = false;
        for (var i = 0; i < e.arguments.length; ++i)
          if (handlerCovers(e.arguments[i]))
            covers = true;
        if (!covers && e.callee.type === 'MemberExpression')
          covers = exprCovers(e.callee.object);
        return covers;
      }
      case 'ConditionalExpression':
        return exprCovers(e.consequent) && exprCovers(e.alternate);
      case 'LogicalExpression':
        return exprCovers(e.left);
      case 'SequenceExpression':
        return e.expressions.some(exprCovers);
      case 'AssignmentExpression':
        return exprCovers(e.right);
      case 'UnaryExpression':
      case 'AwaitExpression':
        return exprCovers(e.argument);
      case 'ChainExpression':
        return exprCovers(e.expression);
      default:
        return false;
      }
    }

    function result(covers, exits, partial) {
      return { covers: covers, exits: exits, partial: partial || [] };
    }

    function seq(stmts, covered) {
      var partial = [];
      for (var i = 0; i < stmts.length; ++i) {
        var r = stmt(stmts[i], covered);
        partial = partial.concat(r.partial);
        if (r.covers)
          covered = true;
        if (r.exits)
          return result(covered, true, covered ? [] : partial);
      }
      return result(covered, false, covered ? [] : partial);
    }

    function stmt(s, covered) {
      switch (s.type) {
      case 'ReturnStatement':
        if (s.argument && exprCovers(s.argument))
          return result(true, true);
        if (!covered)
          report('return', s);
        return result(covered, true);
      case 'ThrowStatement':
        // An uncaught exception reaches Auth0 as the hook's error.
        return result(true, true);
      case 'BlockStatement':
        return seq(s.body, covered);
      case 'IfStatement': {
        var c = stmt(s.consequent, covered);
        var a = s.alternate ? stmt(s.alternate, covered) : result(covered, false);
        var partial = c.partial.concat(a.partial);
        if (!covered && c.covers !== a.covers)
          partial = [s].concat(partial);
        return result(c.covers && a.covers, c.exits && a.exits, partial);
      }
      case 'TryStatement': {
        var t = seq(s.block.body, covered);
        var h = s.handler ? seq(s.handler.body.body, covered) : result(covered, t.exits);
        var f = s.finalizer ? seq(s.finalizer.body, covered) : result(false, false);
        return result((t.covers && h.covers) || f.covers, (t.exits && h.exits) || f.exits,
                      t.partial.concat(h.partial, f.partial));
      }
      case 'SwitchStatement': {
        var hasDefault = false, all = true;
        for (var i = 0; i < s.cases.length; ++i) {
          if (!s.cases[i].test)
            hasDefault = true;
          var r = seq(s.cases[i].consequent, covered);
          if (!r.covers && s.cases[i].consequent.length)
            all = false;
        }
        return result(covered || (hasDefault && all), false);
      }
      case 'ExpressionStatement':
        return result(exprCovers(s.expression), false);
      case 'VariableDeclaration':
        return result(s.declarations.some(function (d) { return exprCovers(d.init); }), false);
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement':
      case 'WhileStatement':
      case 'DoWhileStatement':
        // The body may not run: it cannot cover, but an early return inside is still worth a note.
        stmt(s.body, covered);
        return result(false, false);
      case 'LabeledStatement':
        return stmt(s.body, covered);
      default:
        return result(false, false);
      }
    }

    if (fn.type === 'ArrowFunctionExpression' && fn.expression) {
      if (!exprCovers(fn.body))
        report('end', fn.body, true);
      return;
    }
    var r = seq(fn.body.body, false);
    if (!r.covers && !r.exits)
      reportEnd(r, fn.body);
  }

  global.hookLint = function (source, definedSecrets) {
    return JSON.stringify(lint(String(source), definedSecrets || []));
  };
})(this);
