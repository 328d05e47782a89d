// The hook's cb in the hook -> Action conversion: cb(null, x) becomes return, cb(err) throw
// (send-phone-message) or a report to Auth0 and return (custom-phone-provider); promise chains
// and node-style Twilio callbacks that end in cb become awaited, inlined where they are simple.
// Runs in the console's QJSEngine after syntax-tree.js and convert-edits.js, before convert.js.
(function (global) {
  // c: {source, facts, handler, cbName, cpp, api, reportName, unit, edits (convertEdits), todo,
  // refsOf, freeName}; sets c.needReport when the code calls the report helper.
  global.convertCallbacks = function (c) {
    var A = global.hookAst;
    var source = c.source, facts = c.facts, handler = c.handler, cbName = c.cbName, cpp = c.cpp,
        API = c.api, reportName = c.reportName, unit = c.unit, todo = c.todo;
    var edit = c.edits.edit, render = c.edits.render, text = c.edits.text,
        indentAt = c.edits.indentAt, reindent = c.edits.reindent, shiftRest = c.edits.shiftRest;

    var inlined = []; // callbacks whose bodies become part of the handler
    var chainCallbacks = []; // callbacks of promise chains the handler awaits or returns
    var handledCalls = []; // cb calls an inlining writes itself
    var handledRefs = []; // cb handed to .catch(), written by the chain's conversion
    // An arrow's expression body that calls cb: the inlining writes the call itself.
    function claimExpressionBody(fn) {
      if (functionCallback(fn) && fn.body.type !== 'BlockStatement' && isCbCall(fn.body))
        handledCalls.push(fn.body);
    }
    function ownerFunction(n) {
      var fn = A.enclosingFunction(n);
      while (fn && inlined.indexOf(fn) >= 0)
        fn = A.enclosingFunction(fn);
      return fn;
    }
    function inHandlerScope(n) {
      return ownerFunction(n) === handler;
    }

    // --- cb(...) -----------------------------------------------------------------------------
    function isNullish(n) {
      return !n || (n.type === 'Literal' && n.value === null && n.raw === 'null')
          || A.isIdent(n, 'undefined');
    }
    function isEmptyValue(n) {
      return isNullish(n) || (n.type === 'ObjectExpression' && n.properties.length === 0);
    }
    function isCbCall(n) {
      return n && n.type === 'CallExpression' && A.isIdent(n.callee, cbName)
          && !A.shadowed(n.callee, cbName, handler);
    }
    function failWith(errText) {
      if (cpp) {
        c.needReport = true;
        return 'return ' + reportName + '(' + API + ', ' + errText + ');';
      }
      return 'throw ' + errText + ';';
    }
    // The statement(s) that do what cb(...) did; lineIndent for a second line.
    function cbStatement(call, lineIndent) {
      var a = call.arguments;
      if (a.length === 0 || isNullish(a[0]))
        return isEmptyValue(a[1]) ? 'return;' : 'return ' + text(a[1]) + ';';
      if (a.length === 1 || isNullish(a[1]))
        return failWith(text(a[0]));
      // cb(err, result): either, depending on err.
      if (!A.isIdent(a[0]))
        return null;
      return 'if (' + a[0].name + ') ' + (cpp ? failWith(a[0].name) : '{\n' + lineIndent + unit
          + 'throw ' + a[0].name + ';\n' + lineIndent + '}')
          + '\n' + lineIndent + (isEmptyValue(a[1]) ? 'return;' : 'return ' + text(a[1]) + ';');
    }
    function isStatementList(s) {
      var p = s.__parent;
      return p && (p.type === 'BlockStatement' || p.type === 'Program' || p.type === 'SwitchCase');
    }
    function listOf(s) {
      var p = s.__parent;
      return p.type === 'SwitchCase' ? p.consequent : p.body;
    }
    function onlyWhitespace(a, b) {
      return !source.slice(a, b).trim();
    }
    function isBareReturn(s) {
      return s && s.type === 'ReturnStatement' && !s.argument;
    }
    // cb(...) as a statement (or return cb(...)) in the handler or in a callback.
    function convertCbStatement(s, call) {
      var lineIndent = indentAt(s.start);
      var replacement = cbStatement(call, lineIndent);
      if (replacement === null) {
        todo(call, 'cb-arguments', cbName);
        return;
      }
      var end = s.end;
      if (isStatementList(s)) {
        var list = listOf(s);
        var i = list.indexOf(s);
        var next = list[i + 1];
        if (isBareReturn(next) && onlyWhitespace(s.end, next.start)) {
          end = next.end; // cb(...); return; -> one statement
          next = list[i + 2];
        } else if (next && s.type === 'ExpressionStatement' && !isBareReturn(next)
                   && !/^(FunctionDeclaration|BreakStatement|ContinueStatement|EmptyStatement)$/
                       .test(next.type)) {
          todo(next, 'after-cb', cbName);
        }
      } else if (replacement.indexOf('\n') >= 0) {
        replacement = '{\n' + lineIndent + unit + shiftRest(replacement, unit) + '\n' + lineIndent + '}';
      }
      edit(s.start, end, replacement);
    }

    function functionCallback(n) {
      return n && (n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression')
          && !n.generator;
    }
    function usesThis(fn) {
      var found = false;
      A.walk(fn.body, function (n) {
        if (found)
          return false;
        if (n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration')
          return false;
        if (n.type === 'ThisExpression' || A.isIdent(n, 'arguments'))
          found = true;
        return true;
      });
      return found;
    }
    // Returns in fn's own body other than return cb(...).
    function hasPlainReturn(fn) {
      if (fn.body.type !== 'BlockStatement')
        return false;
      var found = false;
      A.walk(fn.body, function (n) {
        if (found || (n !== fn.body && A.isFunction(n)))
          return false;
        if (n.type === 'ReturnStatement' && !isCbCall(n.argument))
          found = true;
        return true;
      });
      return found;
    }
    // .catch(function (err) { cb(err); }), .catch(err => cb(err)), .catch(cb)
    function isRethrow(g) {
      if (A.isIdent(g, cbName))
        return true;
      if (!functionCallback(g) || g.params.length !== 1 || !A.isIdent(g.params[0]))
        return false;
      var e = g.params[0].name;
      var stmt = null;
      if (g.body.type !== 'BlockStatement')
        stmt = g.body;
      else if (g.body.body.length === 1 && g.body.body[0].type === 'ExpressionStatement')
        stmt = g.body.body[0].expression;
      else if (g.body.body.length === 1 && g.body.body[0].type === 'ReturnStatement')
        stmt = g.body.body[0].argument;
      return isCbCall(stmt) && stmt.arguments.length === 1 && A.isIdent(stmt.arguments[0], e);
    }
    // A callback's body as statements at indent.
    function bodyText(fn, indent) {
      if (fn.body.type === 'BlockStatement')
        return reindent(render(fn.body.start + 1, fn.body.end - 1), indent);
      if (isCbCall(fn.body)) {
        var r = cbStatement(fn.body, indent);
        return r === null ? indent + text(fn.body) + ';' : indent + shiftRest(r, '');
      }
      var t = text(fn.body);
      if (/^(ObjectExpression|FunctionExpression|ClassExpression)$/.test(fn.body.type))
        t = '(' + t + ')';
      return indent + t + ';';
    }
    // Statements after s that ran in the hook while its request was under way; once s is
    // inlined, a return in its callbacks ends the Action before them.
    function warnAfterInlined(s, callbacks) {
      if (!isStatementList(s) || s.type !== 'ExpressionStatement')
        return;
      var returns = callbacks.some(function (fn) {
        var found = false;
        A.walk(fn, function (n) {
          if (found || (n !== fn && A.isFunction(n)))
            return false;
          if (n.type === 'ReturnStatement' || isCbCall(n))
            found = true;
          return true;
        });
        return found;
      });
      var list = listOf(s);
      var next = list[list.indexOf(s) + 1];
      if (returns && next && next.type !== 'FunctionDeclaration')
        todo(next, 'after-cb', cbName || 'cb');
    }
    function isLastInHandler(s) {
      var body = handler.body.type === 'BlockStatement' ? handler.body.body : [];
      return body[body.length - 1] === s;
    }
    function chainMentionsCb(links) {
      return links.some(function (l) {
        return l.args.some(function (a) { return A.mentionsCb(a, cbName); });
      });
    }

    // P.then(f).catch(g) as a statement: inlined as await (in try/catch when g is more than
    // handing the error to cb, or always on custom-phone-provider, which reports it).
    function inlineChain(s, base, f, g) {
      var fParam = f && f.params.length ? f.params[0] : null;
      if (f)
        inlined.push(f);
      if (functionCallback(g))
        inlined.push(g);
      var rethrow = g && isRethrow(g);
      if (functionCallback(g) && rethrow && g.body.type === 'BlockStatement')
        handledCalls.push(g.body.body[0].expression || g.body.body[0].argument);
      if (A.isIdent(g))
        handledRefs.push(g);
      claimExpressionBody(f);
      claimExpressionBody(g);
      warnAfterInlined(s, [f, g].filter(functionCallback));
      var last = isLastInHandler(s) || s.type === 'ReturnStatement';
      edit(s.start, s.end, function () {
        var ind = indentAt(s.start);
        var wrap = !!g && (cpp || !rethrow);
        var inner = wrap ? ind + unit : ind;
        var head = (fParam ? 'const ' + text(fParam) + ' = ' : '') + 'await '
            + shiftRest(text(base), wrap ? unit : '') + ';';
        var body = f ? bodyText(f, inner) : '';
        if (last && body.trim() === 'return;')
          body = '';
        var out = (wrap ? 'try {\n' + inner : '') + head + (body ? '\n' + body : '');
        if (wrap) {
          var errName = A.isIdent(g, cbName) || !g.params.length ? 'err' : text(g.params[0]);
          var handling = rethrow ? inner + failWith(errName) : bodyText(g, inner);
          out += '\n' + ind + '} catch (' + errName + ') {\n' + handling + '\n' + ind + '}';
        }
        return out;
      });
    }

    // P(args, function (err, result) { ... }) as a statement, P a Twilio request.
    function inlineNodeCallback(s, call, fn) {
      inlined.push(fn);
      claimExpressionBody(fn);
      warnAfterInlined(s, [fn]);
      var errName = fn.params[0] ? fn.params[0].name : null;
      var resultName = fn.params[1] ? fn.params[1].name : null;
      var args = call.arguments;
      var open = source.indexOf('(', call.callee.end);
      var upTo = args.length > 1 ? args[args.length - 2].end : open + 1;
      var caught = c.freeName('caught', 'caughtError');
      edit(s.start, s.end, function () {
        var ind = indentAt(s.start);
        var request = render(call.start, upTo) + ')';
        var lines = [];
        if (errName)
          lines.push('let ' + errName + ' = null;');
        if (resultName)
          lines.push('let ' + resultName + ';');
        lines.push('try {');
        lines.push(unit + (resultName ? resultName + ' = ' : '') + 'await ' + shiftRest(request, unit) + ';');
        lines.push('} catch (' + caught + ') {');
        lines.push(unit + (errName ? errName + ' = ' + caught + ';' : failWith(caught)));
        lines.push('}');
        var out = lines.join('\n' + ind);
        var body = bodyText(fn, ind);
        return out + (body ? '\n' + body : '');
      });
    }

    // --- Phase A: promise chains and Twilio requests the handler must await -------------------
    function visitStatements(root) {
      A.walk(root, function (n) {
        if (n !== root && A.isFunction(n) && inlined.indexOf(n) < 0)
          return false;
        if (n.type !== 'ExpressionStatement' && n.type !== 'ReturnStatement')
          return true;
        var expr = n.type === 'ExpressionStatement' ? n.expression : n.argument;
        if (!expr || expr.type !== 'CallExpression' || !inHandlerScope(n))
          return true;
        var links = [], cur = expr;
        while (cur.type === 'CallExpression' && cur.callee.type === 'MemberExpression'
               && A.isPromiseMethod(A.propName(cur.callee))) {
          links.unshift({ method: A.propName(cur.callee), args: cur.arguments, call: cur });
          cur = cur.callee.object;
        }
        var base = cur;
        var twilio = facts.isTwilioRequest(base);
        if (!links.length) {
          var lastArg = base.arguments[base.arguments.length - 1];
          if (twilio && functionCallback(lastArg) && lastArg.params.length <= 2
              && lastArg.params.every(function (q) { return A.isIdent(q); }) && !usesThis(lastArg) && !hasPlainReturn(lastArg)
              && isStatementList(n) && n.type === 'ExpressionStatement') {
            inlineNodeCallback(n, base, lastArg);
            visitStatements(lastArg.body);
            return false;
          }
          if (twilio && n.type === 'ExpressionStatement')
            edit(expr.start, expr.start, 'await ');
          return true;
        }
        var mentions = chainMentionsCb(links);
        if (!mentions && !twilio)
          return true;
        var f = null, g = null, shape = links.map(function (l) { return l.method; }).join(',');
        if ((shape === 'then' || shape === 'then,catch') && links[0].args.length === 1)
          f = links[0].args[0];
        if (shape === 'then,catch' && links[1].args.length === 1)
          g = links[1].args[0];
        if (shape === 'catch' && links[0].args.length === 1)
          g = links[0].args[0];
        var simple = function (fn, params) {
          return functionCallback(fn) && fn.params.length <= params && !usesThis(fn);
        };
        var inlineable = (shape === 'then' || shape === 'then,catch' || shape === 'catch')
            && (!f || simple(f, 1)) && (!g || A.isIdent(g, cbName) || (simple(g, 1)
                                                                     && g.params.every(function (q) { return A.isIdent(q); })))
            && (shape !== 'then,catch' || g) && (shape === 'catch' ? !!g : !!f)
            && isStatementList(n)
            && ((!f || !hasPlainReturn(f)) && (!g || !functionCallback(g) || !hasPlainReturn(g))
                || isLastInHandler(n) || n.type === 'ReturnStatement');
        if (inlineable) {
          inlineChain(n, base, f, g);
          if (f)
            visitStatements(f.body);
          if (functionCallback(g))
            visitStatements(g.body);
          return false;
        }
        // Kept as a chain: awaited, its callbacks return and throw (or report) instead of cb.
        links.forEach(function (l) {
          l.args.forEach(function (a) {
            if (functionCallback(a))
              chainCallbacks.push(a);
            else if (A.isIdent(a, cbName) && l.method === 'catch' && handledRefs.push(a))
              edit(a.start, a.end, function () {
                if (cpp)
                  c.needReport = true;
                return cpp ? '(err) => ' + reportName + '(' + API + ', err)' : '(err) => { throw err; }';
              });
          });
        });
        if (n.type === 'ExpressionStatement')
          edit(expr.start, expr.start, 'await ');
        return true;
      });
    }

    // cb(...) everywhere in the handler: return, throw or a report, or a TODO.
    function convertCalls() {
      if (!cbName)
        return;
      c.refsOf(cbName).forEach(function (r) {
        var p = r.__parent;
        if (p.type === 'CallExpression' && r.__key === 'callee') {
          if (handledCalls.indexOf(p) >= 0)
            return;
          var s = p.__parent;
          var isStmt = (s.type === 'ExpressionStatement' && s.expression === p)
              || (s.type === 'ReturnStatement' && s.argument === p);
          var fn = A.enclosingFunction(p);
          if (isStmt && (inHandlerScope(p) || chainCallbacks.indexOf(ownerFunction(p)) >= 0)) {
            convertCbStatement(s, p);
          } else if (s.type === 'ArrowFunctionExpression' && p.__key === 'body'
                     && chainCallbacks.indexOf(fn) >= 0) {
            var r2 = cbStatement(p, indentAt(p.start));
            if (r2 === null)
              todo(p, 'cb-expression', cbName);
            else
              edit(p.start, p.end, '{ ' + r2.replace(/\n\s*/g, ' ') + ' }');
          } else if (inHandlerScope(p)) {
            todo(p, 'cb-expression', cbName);
          } else {
            todo(p, 'cb-nested', cbName);
          }
        } else if (handledRefs.indexOf(r) < 0) {
          todo(r, 'cb-value', cbName);
        }
      });
    }

    return {
      // Phase A: the promise chains and Twilio requests the handler must await.
      visit: function () { visitStatements(handler.body); },
      // Phase B: the calls of cb left.
      convertCalls: convertCalls,
      usesThis: usesThis,
      // The statement(s) for a call of cb at indent (null when they cannot be written), and
      // the call claimed, so that convertCalls leaves it to the caller.
      statementFor: function (call, indent) {
        return isCbCall(call) ? cbStatement(call, indent) : null;
      },
      claim: function (call) { handledCalls.push(call); }
    };
  };
})(this);
