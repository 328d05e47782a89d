// Hook -> Action conversion over acorn's syntax tree, by edits at the tree's source positions:
// whatever is not rewritten (the user's code, comments, formatting) is kept as it was. Runs in
// the console's QJSEngine after acorn.js, action-map.js, syntax-tree.js, convert-edits.js and
// convert-callbacks.js; no user code runs. This file: the hook's parameters and context, the
// Verify fixes and the handler; convert-callbacks.js: cb and promise chains.
//
// hookToAction(source, optionsJson) with options {trigger} answers, as JSON:
//   {ok: true, code, trigger, unmapped: [{line, kind, arg}], notes: [{line, kind, arg}]}
//   {ok: false, error: {kind, message, line, column}}
// unmapped: code left in place under a "// TODO(convert): ..." comment; notes: what the
// conversion changed that the user should know, each under a "// Converted: ..." comment.
(function (global) {
  var A = global.hookAst;
  var M = global.actionMap;

  // The texts of the comments the conversion writes into the code (English, like the rest of
  // the code; the console shows translated descriptions of the same kinds).
  var TODO_TEXT = {
    'factor-type': 'context.factor_type has no Action equivalent: Auth0 runs this Action for '
        + 'the second factor. Remove the check.',
    'webtask': 'an Action has no context.webtask besides its secrets (event.secrets): rewrite '
        + 'this without it.',
    'context-field': '%s has no known Action equivalent: read the field from %e.',
    'context-computed': 'context[...] cannot be mapped: name the field and read it from %e.',
    'context-whole': 'the hook\'s context is used as a whole here: pass the event fields this '
        + 'code needs instead.',
    'context-assign': 'the hook\'s context is written here: keep the value in a variable of '
        + 'your own.',
    'context-destructure': 'this destructuring of the hook\'s context cannot be mapped: read '
        + 'each field from %e.',
    'context-value': '%s has no counterpart among the Action\'s values of this field: compare '
        + 'with one of them.',
    'cb-nested': '%s is called inside a nested function: make that function return a promise, '
        + 'await it here, then return on success and %f on failure.',
    'cb-value': '%s is handed on as a value, but an Action has no callback: return on success '
        + 'and %f on failure where it would be called.',
    'cb-expression': '%s is called inside an expression: write return on success and %f on '
        + 'failure as statements.',
    'cb-arguments': '%s(error, result) with a computed error: write if (error) and %f, then '
        + 'return result.',
    'after-cb': 'in the hook this code ran after %s(...); now the return above ends the Action '
        + 'first. Move it above if it must run.'
  };
  var NOTE_TEXT = {
    'verify-service-sid': 'Verify needs the Verify service SID (VA...), not the Account SID: '
        + 'define the secret TWILIO_VERIFY_SERVICE_SID.',
    'verify-v2': 'client.verify.v2.services replaces the deprecated client.verify.services.',
    'bare-message-type': 'message_type was not defined in the hook; the message type is %s.',
    'other-notifications': 'custom-phone-provider also delivers blocked_account, '
        + 'change_password and password_breach notifications; here they read as '
        + '\'second-factor-authentication\'.',
    'code-absent': 'event.notification.code is set for one-time codes (otp_verify, otp_enroll) '
        + 'only; other notifications have none.',
    'client-metadata': 'the application\'s metadata is event.client.metadata (the hook had '
        + 'client_metadata).'
  };

  function fail(kind, message, line, column) {
    return { ok: false, error: { kind: kind, message: message || '', line: line || 0,
                                 column: column || 0 } };
  }

  function convert(source, trigger) {
    if (!M.triggers[trigger])
      return fail('trigger', trigger);
    var cpp = trigger === M.CUSTOM_PHONE_PROVIDER;
    var parsed = A.parse(source);
    if (parsed.error)
      return fail('syntax', parsed.error.message, parsed.error.line, parsed.error.column);
    var ast = parsed.ast;
    var exported = A.findExports(ast);
    if (exported.actions.length > 0)
      return fail('already-action', exported.actions[0].name, exported.actions[0].node.loc.start.line);
    if (!exported.hook)
      return fail('not-hook');
    var handler = A.resolveFunction(ast, exported.hook);
    if (!handler)
      return fail('not-hook', '', exported.hookAssign.loc.start.line);
    for (var pi = 0; pi < handler.params.length; ++pi)
      if (!A.isIdent(handler.params[pi]))
        return fail('params', '', handler.params[pi].loc.start.line,
                    handler.params[pi].loc.start.column + 1);
    if (handler.generator)
      return fail('not-hook', '', handler.loc.start.line);

    var paramName = function (i) { return handler.params[i] ? handler.params[i].name : null; };
    var recipientName = paramName(0), textName = paramName(1), contextName = paramName(2),
        cbName = paramName(3);

    // Every name the code uses, so that the names the conversion adds do not clash.
    var allNames = {};
    A.walk(ast, function (n) {
      if (n.type === 'Identifier')
        allNames[n.name] = true;
      return true;
    });
    function freeName(wanted, alternative) {
      if (!allNames[wanted])
        return wanted;
      for (var i = 0; ; ++i) {
        var name = alternative + (i ? String(i + 1) : '');
        if (!allNames[name])
          return name;
      }
    }
    var E = freeName('event', 'actionEvent');
    var API = freeName('api', 'actionApi');
    var reportName = freeName('reportFailure', 'reportNotificationFailure');
    var facts = A.analyse(ast, {});

    var ed = global.convertEdits(source);
    var edit = ed.edit, render = ed.render, text = ed.text, indentAt = ed.indentAt;
    var unmapped = [], notes = [];

    var unit = (function () {
      var body = handler.body.type === 'BlockStatement' ? handler.body.body : [];
      if (body.length) {
        var d = indentAt(body[0].start).length - indentAt(handler.start).length;
        if (d > 0)
          return indentAt(body[0].start).slice(0, d).replace(/\t/g, '  ');
      }
      return '  ';
    })();
    function format(template, arg) {
      return template.replace('%s', arg || '').replace('%e', E)
          .replace('%f', cpp ? API + '.notification.drop(reason)' : 'throw');
    }
    function comment(node, list, kind, arg, prefix, template) {
      ed.comment(node, list, kind, arg, prefix, format(template, arg));
    }
    function todo(node, kind, arg) {
      comment(node, unmapped, kind, arg, 'TODO(convert):', TODO_TEXT[kind]);
    }
    function note(node, kind, arg) {
      comment(node, notes, kind, arg, 'Converted:', NOTE_TEXT[kind]);
    }

    // The hook's parameter name where it means the parameter.
    function refsOf(name) {
      return (facts.refs[name] || []).filter(function (r) {
        return A.within(r, handler) && !A.shadowed(r, name, handler);
      });
    }
    var within = A.within;

    var cbState = {
      source: source, facts: facts, handler: handler, cbName: cbName, cpp: cpp, api: API,
      reportName: reportName, unit: unit, edits: ed, todo: todo, refsOf: refsOf,
      freeName: freeName, needReport: false
    };
    var callbacks = global.convertCallbacks(cbState);
    callbacks.visit();
    // (r, t, c, cb) => cb(null, x): the handler's own body is the call.
    var bodyCall = handler.body.type !== 'BlockStatement'
        && callbacks.statementFor(handler.body, '') !== null ? handler.body : null;
    if (bodyCall)
      callbacks.claim(bodyCall);

    // --- Phase B: the hook's parameters, context and cb --------------------------------------
    // recipient and text: variables of the same name at the top of the handler.
    var locals = [];
    [[recipientName, 'recipient'], [textName, 'text']].forEach(function (pair) {
      var name = pair[0];
      if (!name || !refsOf(name).length)
        return;
      var assigned = refsOf(name).some(function (r) {
        return (r.__parent.type === 'AssignmentExpression' && r.__key === 'left')
            || r.__parent.type === 'UpdateExpression';
      });
      locals.push((assigned ? 'let ' : 'const ') + name + ' = ' + M.param(trigger, pair[1], E) + ';');
    });

    // A use of an Action field whose values differ from the hook's (m.values): compared
    // literals are rewritten, other uses get the hook's value back (m.back).
    function mapValue(start, top, m, node) {
      var p = top.__parent;
      if (p && p.type === 'ChainExpression') {
        top = p;
        p = p.__parent;
      }
      var replacement = m.back || m.expr;
      if (m.values) {
        var literals = null;
        if (p && p.type === 'BinaryExpression' && /^[!=]==?$/.test(p.operator)) {
          var other = p.left === top ? p.right : p.left;
          if (other.type === 'Literal' && typeof other.value === 'string')
            literals = [other];
        } else if (p && p.type === 'SwitchStatement' && top.__key === 'discriminant') {
          literals = p.cases.map(function (c) { return c.test; }).filter(function (t) {
            return t && t.type === 'Literal' && typeof t.value === 'string';
          });
          if (literals.length !== p.cases.filter(function (c) { return c.test; }).length)
            literals = null;
        }
        if (literals) {
          var all = literals.every(function (l) { return m.values.hasOwnProperty(l.value); });
          if (all) {
            literals.forEach(function (l) {
              var q = l.raw.charAt(0) === '"' ? '"' : '\'';
              edit(l.start, l.end, q + m.values[l.value] + q);
            });
            replacement = m.expr;
          } else {
            literals.forEach(function (l) {
              if (!m.values.hasOwnProperty(l.value))
                todo(l, 'context-value', l.raw);
            });
            return;
          }
        }
      }
      edit(start, top.end, replacement);
      if (m.note)
        note(node, m.note);
    }
    function isWritten(n) {
      var p = n.__parent;
      return (p.type === 'AssignmentExpression' && n.__key === 'left')
          || p.type === 'UpdateExpression' || (p.type === 'UnaryExpression' && p.operator === 'delete');
    }

    function destructure(decl) {
      var parts = [];
      var ok = decl.id.properties.every(function (p) {
        if (p.type !== 'Property' || p.computed)
          return false;
        var key = A.isIdent(p.key) ? p.key.name : String(p.key.value);
        var v = p.value;
        if (key === 'webtask') {
          if (v.type !== 'ObjectPattern')
            return false;
          return v.properties.every(function (q) {
            if (q.type !== 'Property' || q.computed || !A.isIdent(q.key, 'secrets'))
              return false;
            parts.push(function () { return text(q.value) + ' = ' + E + '.secrets'; });
            return true;
          });
        }
        var m = M.lookup(trigger, [key], E);
        if (!m || m.todo || m.consumed !== 1)
          return false;
        var expr = m.back || m.expr;
        if (m.note)
          note(decl, m.note);
        if (A.isIdent(v)) {
          parts.push(function () { return v.name + ' = ' + expr; });
          return true;
        }
        if (v.type === 'AssignmentPattern' && A.isIdent(v.left)) {
          parts.push(function () { return v.left.name + ' = ' + expr + ' ?? ' + text(v.right); });
          return true;
        }
        if (v.type === 'ObjectPattern' && !m.values && !m.back) {
          parts.push(function () { return text(v) + ' = ' + expr; });
          return true;
        }
        return false;
      });
      if (!ok) {
        todo(decl, 'context-destructure');
        return;
      }
      edit(decl.start, decl.end, function () {
        return parts.map(function (p) { return p(); }).join(', ');
      });
    }

    if (contextName) {
      refsOf(contextName).forEach(function (r) {
        var p = r.__parent;
        if (p.type === 'MemberExpression' && r.__key === 'object') {
          var path = [], nodes = [], cur = r;
          while (cur.__parent && cur.__parent.type === 'MemberExpression' && cur.__key === 'object'
                 && A.propName(cur.__parent) !== null) {
            path.push(A.propName(cur.__parent));
            nodes.push(cur.__parent);
            cur = cur.__parent;
          }
          if (!path.length) {
            todo(r, 'context-computed');
            return;
          }
          var top = nodes[nodes.length - 1];
          // const { secrets } = context.webtask
          if (path.length === 1 && path[0] === 'webtask' && top.__parent.type === 'VariableDeclarator'
              && top.__key === 'init' && top.__parent.id.type === 'ObjectPattern'
              && top.__parent.id.properties.every(function (q) {
                return q.type === 'Property' && !q.computed && A.isIdent(q.key, 'secrets');
              })) {
            edit(r.start, top.end, E);
            return;
          }
          var m = M.lookup(trigger, path, E);
          if (!m) {
            todo(r, 'context-field', 'context.' + path[0]);
            return;
          }
          if (m.todo) {
            todo(r, m.todo, 'context.' + m.path);
            return;
          }
          var mapped = nodes[m.consumed - 1];
          if (isWritten(top)) {
            todo(r, 'context-assign');
            return;
          }
          if (m.consumed === path.length)
            mapValue(r.start, mapped, m, r);
          else {
            edit(r.start, mapped.end, m.expr);
            if (m.note)
              note(r, m.note);
          }
        } else if (p.type === 'VariableDeclarator' && r.__key === 'init'
                   && p.id.type === 'ObjectPattern') {
          destructure(p);
        } else {
          todo(r, 'context-whole');
        }
      });
    }

    // A bare message_type (Auth0's guide's mistake): the message type.
    if (!facts.declared.message_type)
      facts.messageTypeRefs.forEach(function (r) {
        if (!within(r, handler) || isWritten(r))
          return;
        var m = M.lookup(trigger, ['message_type'], E);
        mapValue(r.start, r, m, r);
        note(r, 'bare-message-type', m.expr);
      });

    callbacks.convertCalls();

    // --- Verify: the Account SID passed as the service, the deprecated shorthand -------------
    A.walk(ast, function (n) {
      var v = A.verifyServicesCall(n);
      if (!v)
        return true;
      if (v.deprecated) {
        edit(v.verifyMember.end, v.verifyMember.end, '.v2');
        note(n, 'verify-v2');
      }
      var arg = v.call.arguments[0];
      if (arg && facts.isAccountSidExpr(arg) && within(n, handler)) {
        edit(arg.start, arg.end, E + '.secrets.TWILIO_VERIFY_SERVICE_SID');
        note(n, 'verify-service-sid');
      }
      return true;
    });

    // --- The handler -------------------------------------------------------------------------
    var handlerName = M.handlerFor(trigger);
    var asArrow = !callbacks.usesThis(handler);
    var head = asArrow ? 'async (' + E + ', ' + API + ') => '
                       : 'async function (' + E + ', ' + API + ') ';
    var bodyIndent = handler.body.type === 'BlockStatement' && handler.body.body.length
        ? indentAt(handler.body.body[0].start) : indentAt(handler.start) + unit;
    var localText = locals.map(function (l) { return '\n' + bodyIndent + l; }).join('');
    if (handler.type === 'FunctionDeclaration') {
      edit(handler.start, handler.body.start,
           'async function ' + (handler.id ? handler.id.name : '') + '(' + E + ', ' + API + ') ');
      edit(exported.hookAssign.left.start, exported.hookAssign.left.end, 'exports.' + handlerName);
    } else if (handler === exported.hook) {
      edit(exported.hookAssign.left.start, handler.body.start, 'exports.' + handlerName + ' = ' + head);
    } else {
      // const send = function (...) {...}; module.exports = send;
      edit(handler.start, handler.body.start, head);
      edit(exported.hookAssign.left.start, exported.hookAssign.left.end, 'exports.' + handlerName);
    }
    if (handler.body.type === 'BlockStatement') {
      // After the line of the opening brace when nothing but a comment follows it there.
      var afterBrace = handler.body.start + 1;
      var eol = source.indexOf('\n', afterBrace);
      var rest = eol < 0 ? '' : source.slice(afterBrace, eol);
      if (localText && eol >= 0 && /^\s*(\/\/.*)?$/.test(rest))
        edit(eol + 1, eol + 1, localText.slice(1) + '\n', true); // before a comment there
      else if (localText)
        edit(afterBrace, afterBrace, localText, true);
    } else {
      edit(handler.body.start, handler.body.end, function () {
        var statement = bodyCall ? callbacks.statementFor(bodyCall, bodyIndent)
                                 : 'return ' + text(handler.body) + ';';
        return '{' + localText + '\n' + bodyIndent + statement + '\n' + indentAt(handler.start)
            + '}';
      });
    }

    // --- Put together ------------------------------------------------------------------------
    var code = render(0, source.length);
    var header = '// Converted from a Send Phone Message hook to an Action for the ' + trigger
        + ' trigger.\n';
    if (facts.twilioRequire)
      header += '// Its dependencies in Auth0: twilio (5.x runs on node18 and node22; 6.x and '
          + '"latest" need node22).\n';
    code = header + code;
    if (cbState.needReport) {
      if (!/\n$/.test(code))
        code += '\n';
      code += '\n'
          + '// From the conversion: how a hook\'s cb(error) reaches Auth0. A failure that may pass\n'
          + '// (Twilio\'s 20429 or 503, or a connection that never reached Twilio) is retried by\n'
          + '// Auth0; any other is dropped, since Twilio may have sent the message already.\n'
          + 'function ' + reportName + '(api, error) {\n'
          + '  const reason = `${(error && error.message) || error}`.slice(0, 1024);\n'
          + '  const code = error && error.code;\n'
          + '  const status = error && error.status;\n'
          + '  const transient = code === 20429 || status === 429 || status === 503\n'
          + '    || code === \'ECONNREFUSED\' || code === \'ENOTFOUND\' || code === \'EAI_AGAIN\';\n'
          + '  if (transient) {\n'
          + '    api.notification.retry(reason);\n'
          + '  } else {\n'
          + '    api.notification.drop(reason);\n'
          + '  }\n'
          + '}\n';
    }
    // The comments' lines, then the markers go.
    code = ed.place(code, [unmapped, notes]);
    function place(list) {
      return list.map(function (e) { return { line: e.line, kind: e.kind, arg: e.arg }; });
    }
    var check = A.parse(code);
    if (check.error)
      return { ok: false, code: code,
               error: { kind: 'output-syntax', message: check.error.message,
                        line: check.error.line, column: check.error.column } };
    return { ok: true, code: code, trigger: trigger, unmapped: place(unmapped), notes: place(notes) };
  }

  global.hookToAction = function (source, optionsJson) {
    var options = JSON.parse(optionsJson || '{}');
    return JSON.stringify(convert(String(source), String(options.trigger || '')));
  };
})(this);
