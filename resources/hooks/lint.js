// Lint for Auth0's "Send Phone Message" hook and for its successors, the send-phone-message and
// custom-phone-provider Actions, over the ESTree syntax tree that acorn builds. Runs inside the
// console's QJSEngine after acorn.js, action-map.js and syntax-tree.js. No user code runs.
//
// hookLint(source, optionsJson) returns a JSON list of {rule, kind, severity, line, column,
// arg, arg2}; the C++ side turns rule and kind into translated messages and fixes. Lines are
// 1-based, columns 1-based (0: the whole line). options: {definedSecrets, trigger} (trigger ''
// when unknown).
(function (global) {
  // Not strict: Qt 6.4's engine drops the assignment in `return a.b = f()` when it elides the
  // tail call, which it does only in strict code.
  var A = global.hookAst;
  var map = global.actionMap;
  var walk = A.walk, isFunction = A.isFunction, propName = A.propName, isIdent = A.isIdent,
      isReference = A.isReference, isPromiseMethod = A.isPromiseMethod,
      enclosingFunction = A.enclosingFunction, mentionsCb = A.mentionsCb,
      sourceText = A.sourceText, parse = A.parse, classify = A.classify, analyse = A.analyse,
      verifyServicesCall = A.verifyServicesCall;

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

  function lint(source, definedSecrets, options) {
    options = options || {};
    var trigger = options.trigger || '';
    var issues = [];
    function issue(rule, kind, severity, node, arg, atEnd, arg2) {
      var pos = node ? (atEnd ? node.loc.end : node.loc.start) : null;
      issues.push({ rule: rule, kind: kind, severity: severity,
                    line: pos ? pos.line : 0, column: pos ? pos.column + 1 : 0,
                    arg: arg === undefined ? '' : String(arg),
                    arg2: arg2 === undefined ? '' : String(arg2) });
    }

    var comments = [];
    var parsed = parse(source, comments);
    if (parsed.error) {
      issues.push({ rule: 'syntax', kind: 'syntax', severity: 'error', line: parsed.error.line,
                    column: parsed.error.column, arg: parsed.error.message, arg2: '' });
      return { issues: issues, usedSecrets: [], kind: '' };
    }
    var ast = parsed.ast;
    var info = classify(ast, trigger);
    var action = info.kind === 'action';
    var eventNames = { event: true };
    var apiName = 'api';
    if (action && info.handler) {
      var p0 = info.handler.params[0], p1 = info.handler.params[1];
      if (isIdent(p0))
        eventNames[p0.name] = true;
      if (isIdent(p1))
        apiName = p1.name;
    }
    var f = analyse(ast, eventNames,
                    action && info.handler && info.handler.params[0]
                        && info.handler.params[0].type === 'ObjectPattern'
                        ? [info.handler.params[0]] : []);

    // --- Secrets -----------------------------------------------------------------------------
    var defined = {};
    for (var d = 0; d < definedSecrets.length; ++d)
      defined[definedSecrets[d]] = true;
    var secretKind = action ? 'action' : 'hook';
    for (var u = 0; u < f.used.length; ++u)
      if (!defined[f.used[u].name])
        issue('missing-secret', secretKind, 'error', f.used[u].node, f.used[u].name);
    if (!f.dynamicSecrets)
      for (var s = 0; s < definedSecrets.length; ++s)
        if (!f.usedSet[definedSecrets[s]])
          issue('unused-secret', secretKind, 'warning', null, definedSecrets[s]);

    // --- message_type ------------------------------------------------------------------------
    if (!f.declared.message_type)
      for (var m = 0; m < f.messageTypeRefs.length; ++m)
        issue('message-type', action ? (trigger || map.triggerFor(info.handlerName) || 'action')
                                     : 'hook', 'error', f.messageTypeRefs[m]);

    // --- Verify ------------------------------------------------------------------------------
    walk(ast, function (n) {
      var v = verifyServicesCall(n);
      if (!v)
        return true;
      if (v.call.arguments.length >= 1 && f.isAccountSidExpr(v.call.arguments[0]))
        issue('verify-account-sid', secretKind, 'error', v.call.arguments[0]);
      if (v.deprecated)
        issue('verify-deprecated', 'verify-deprecated', 'warning', v.verifyMember.property);
      return true;
    });

    if (action)
      lintAction(source, ast, info, f, trigger, apiName, issue);
    else
      lintHook(ast, info, f, trigger, issue);

    // --- Notes the conversion left -----------------------------------------------------------
    var todo = /TODO\(convert\):\s*([\s\S]*)/;
    for (var c = 0; c < comments.length; ++c) {
      var t = todo.exec(comments[c].text);
      if (t)
        issues.push({ rule: 'convert-todo', kind: 'convert-todo', severity: 'warning',
                      line: comments[c].line, column: comments[c].column,
                      arg: t[1].replace(/\s+/g, ' ').trim(), arg2: '' });
    }

    return { issues: issues, usedSecrets: f.used.map(function (x) { return x.name; }),
             kind: info.kind,
             twilioRequire: f.twilioRequire
                 ? { line: f.twilioRequire.loc.start.line, column: f.twilioRequire.loc.start.column + 1 }
                 : null };
  }

  // --- Hook rules ----------------------------------------------------------------------------
  function lintHook(ast, info, f, trigger, issue) {
    if (trigger)
      issue('action-export', 'hook', 'warning', info.exports.hookAssign, trigger,
            false, map.handlerFor(trigger));

    walk(ast, function (n) {
      // The runner is Node: every syntax and timer Auth0's runtime has, the code has here too.
      if (n.type === 'CallExpression' && isIdent(n.callee, 'require')) {
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
      return true;
    });

    // module.exports
    var ex = info.exports;
    var handler = null;
    if (!ex.hook) {
      issue('export', 'missing', 'error', null);
    } else {
      var fn = info.handler;
      if (!isFunction(fn))
        issue('export', 'not-function', 'error', ex.hookAssign);
      else if (fn.params.length !== 4)
        issue('export', 'params', 'error', fn, fn.params.length);
      else
        handler = fn;
    }

    // cb on every path (best effort)
    if (handler && isIdent(handler.params[3]))
      checkCallbackPaths(handler, handler.params[3].name, issue);
  }

  // --- Action rules --------------------------------------------------------------------------
  function lintAction(source, ast, info, f, trigger, apiName, issue) {
    var ex = info.exports;
    var codeTrigger = info.handlerName ? map.triggerFor(info.handlerName) : null;
    if (!info.handlerExport) {
      var names = ex.actions.map(function (a) { return a.name; }).join(', ');
      issue('action-export', 'none', 'error', ex.actions.length ? ex.actions[0].node : null,
            names, false, trigger ? map.handlerFor(trigger) : '');
    } else if (!info.handler) {
      issue('action-export', 'not-function', 'error', info.handlerExport.node, info.handlerName);
    } else {
      if (trigger && codeTrigger && codeTrigger !== trigger)
        issue('action-export', 'wrong-trigger', 'error', info.handlerExport.node, info.handlerName,
              false, map.handlerFor(trigger));
      if (info.handler.params.length > 2)
        issue('action-export', 'params', 'warning', info.handler.params[2],
              info.handler.params.length);
    }
    var judged = trigger || codeTrigger || '';

    // The hook's API: context.webtask, context.X, cb.
    var contextDeclared = !!f.declared.context;
    walk(ast, function (n) {
      if (n.type === 'MemberExpression' && propName(n) === 'webtask'
          && (isIdent(n.object, 'context') || !contextDeclared)) {
        issue('hook-api', 'webtask', 'error', n.property);
        return false;
      }
      if (n.type === 'Identifier' && isReference(n)) {
        if (n.name === 'context' && !contextDeclared) {
          var p = n.__parent;
          var prop = p && p.type === 'MemberExpression' && n.__key === 'object' ? propName(p) : null;
          var m = prop ? map.lookup(judged || map.SEND_PHONE_MESSAGE, [prop], 'event') : null;
          issue('hook-api', 'context', 'error', n, prop ? 'context.' + prop : 'context',
                false, m && m.expr ? m.expr : '');
        } else if ((n.name === 'cb' || n.name === 'callback') && !f.declared[n.name]) {
          issue('hook-api', 'callback', 'error', n, n.name);
        }
      }
      return true;
    });

    // api.notification
    var handler = info.handler;
    var reports = false;
    walk(ast, function (n) {
      if (n.type === 'MemberExpression' && propName(n) === 'notification'
          && isIdent(n.object, apiName)) {
        var method = n.__parent && n.__parent.type === 'MemberExpression' ? propName(n.__parent) : null;
        if (judged === map.SEND_PHONE_MESSAGE)
          issue('notification-api', 'send-phone-message', 'error', n.property,
                method ? apiName + '.notification.' + method : apiName + '.notification');
        else if (method === 'drop' || method === 'retry')
          reports = true;
      }
      return true;
    });
    if (judged === map.CUSTOM_PHONE_PROVIDER && handler && !reports)
      issue('notification-api', 'never-reports', 'warning', info.handlerExport.node);

    checkTwilioPromises(source, ast, f, handler, issue);
  }

  // Every Twilio request the Action makes must be awaited, returned or chained into what it
  // returns: once the handler's promise settles, Auth0 may freeze or end the process before the
  // request leaves.
  function checkTwilioPromises(source, ast, f, handler, issue) {
    // Functions that make Twilio requests: calling one starts a request too.
    var senders = {};
    function nameOf(fn) {
      if (fn.type === 'FunctionDeclaration' && fn.id)
        return fn.id.name;
      var p = fn.__parent;
      if (p && p.type === 'VariableDeclarator' && isIdent(p.id))
        return p.id.name;
      return null;
    }
    walk(ast, function (n) {
      if (f.isTwilioRequest(n)) {
        for (var fn = enclosingFunction(n); fn; fn = enclosingFunction(fn)) {
          if (fn === handler)
            break;
          var name = nameOf(fn);
          if (name)
            senders[name] = true;
        }
      }
      return true;
    });

    var checked = [];
    function alreadyChecked(n) {
      return checked.indexOf(n) >= 0;
    }
    // Whether the promise n is awaited, returned or handed on (best effort; unknown: yes).
    function handled(n, depth) {
      if (depth > 20)
        return true;
      var p = n.__parent, key = n.__key;
      if (!p)
        return false;
      switch (p.type) {
      case 'AwaitExpression':
        return true;
      case 'ReturnStatement':
        return returnedFrom(enclosingFunction(p), depth);
      case 'ArrowFunctionExpression':
        return key === 'body' ? returnedFrom(p, depth) : true;
      case 'MemberExpression':
        if (key === 'object' && isPromiseMethod(propName(p)) && p.__parent
            && p.__parent.type === 'CallExpression' && p.__key === 'callee')
          return handled(p.__parent, depth + 1);
        return true;
      case 'ExpressionStatement':
        return false;
      case 'UnaryExpression':
        return p.operator !== 'void';
      case 'SequenceExpression':
        return p.expressions[p.expressions.length - 1] === n ? handled(p, depth + 1) : false;
      case 'ConditionalExpression':
        return key === 'test' ? true : handled(p, depth + 1);
      case 'LogicalExpression':
      case 'ChainExpression':
      case 'ArrayExpression':
        return handled(p, depth + 1);
      case 'CallExpression':
        if (key === 'arguments' && p.callee.type === 'MemberExpression'
            && isIdent(p.callee.object, 'Promise'))
          return handled(p, depth + 1);
        return true; // handed to another function: not judged
      case 'VariableDeclarator':
        return key === 'init' && isIdent(p.id) ? variableHandled(p.id.name, p.id, depth) : true;
      case 'AssignmentExpression':
        return key === 'right' && isIdent(p.left) ? variableHandled(p.left.name, p.left, depth) : true;
      default:
        return true;
      }
    }
    // A promise returned from fn: fn's own caller decides (a .then handler's chain, a sender
    // function's callers); the handler itself hands it to Auth0.
    function returnedFrom(fn, depth) {
      if (!fn || fn === handler)
        return true;
      var p = fn.__parent;
      if (p && p.type === 'CallExpression' && fn.__key === 'arguments'
          && p.callee.type === 'MemberExpression' && isPromiseMethod(propName(p.callee)))
        return handled(p, depth + 1);
      return true;
    }
    function variableHandled(name, declNode, depth) {
      var refs = f.refs[name] || [];
      for (var i = 0; i < refs.length; ++i) {
        var r = refs[i];
        if (r === declNode
            || (r.__parent && r.__parent.type === 'AssignmentExpression' && r.__key === 'left'))
          continue;
        if (handled(r, depth + 1))
          return true;
      }
      // Never used again, or only in ways that do not wait for it.
      return false;
    }
    // The outermost call of a promise chain that starts at n.
    function chainEnd(n) {
      var cur = n;
      while (cur.__parent && cur.__parent.type === 'MemberExpression' && cur.__key === 'object'
             && isPromiseMethod(propName(cur.__parent)) && cur.__parent.__parent
             && cur.__parent.__parent.type === 'CallExpression'
             && cur.__parent.__key === 'callee')
        cur = cur.__parent.__parent;
      return cur;
    }

    walk(ast, function (n) {
      if (n.type !== 'CallExpression')
        return true;
      var what = null;
      if (f.isTwilioRequest(n))
        what = sourceText(source, n.callee);
      else if (isIdent(n.callee) && senders[n.callee.name] && enclosingFunction(n) !== null)
        what = n.callee.name + '()';
      if (!what || alreadyChecked(n))
        return true;
      checked.push(n);
      var end = chainEnd(n);
      // Inside a sender function the sender's callers are checked instead.
      var fn = enclosingFunction(n);
      var inSender = false;
      for (var g = fn; g && g !== handler; g = enclosingFunction(g))
        if (nameOf(g) && senders[nameOf(g)])
          inSender = true;
      if (inSender && !(end.__parent && end.__parent.type === 'ExpressionStatement'))
        return true;
      if (!handled(end, 0))
        issue('unawaited-twilio', 'unawaited-twilio', 'error', n, what);
      return true;
    });
  }

  function checkCallbackPaths(fn, cbName, issue) {
    function report(kind, node, atEnd) {
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

  // options (JSON): {definedSecrets: [...], trigger: '...'}
  global.hookLint = function (source, optionsJson) {
    var options = JSON.parse(optionsJson || '{}');
    return JSON.stringify(lint(String(source), options.definedSecrets || [], options));
  };
})(this);
