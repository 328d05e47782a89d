// Helpers over the ESTree syntax tree that acorn builds, shared by lint.js and convert.js as
// global.hookAst: walking, parent links, what a program exports (a hook or an Action's
// handlers), and pass 1 of the analysis (secrets and their aliases, the Account SID's names,
// Twilio factories and clients, declared names and references). Runs in the console's QJSEngine
// after acorn.js and action-map.js; it only reads the tree.
(function (global) {
  // Not strict: Qt 6.4's engine drops the assignment in `return a.b = f()` when it elides the
  // tail call, which it does only in strict code.

  var SKIP = { type: 1, start: 1, end: 1, loc: 1, range: 1, raw: 1, __parent: 1, __key: 1,
               __decl: 1 };
  var map = global.actionMap;

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

  // Gives every node its parent (__parent) and the parent's key that holds it (__key).
  function setParents(ast) {
    walk(ast, function (n, parent, key) {
      n.__parent = parent || null;
      n.__key = key || null;
      return true;
    });
  }

  function isFunction(n) {
    return !!n && (n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression'
                   || n.type === 'FunctionDeclaration');
  }

  function propName(member) {
    if (!member || member.type !== 'MemberExpression')
      return null;
    if (!member.computed && member.property.type === 'Identifier')
      return member.property.name;
    if (member.computed && member.property.type === 'Literal'
        && typeof member.property.value === 'string')
      return member.property.value;
    return null;
  }

  function isIdent(n, name) {
    return !!n && n.type === 'Identifier' && (name === undefined || n.name === name);
  }

  function isRequireCall(n, module) {
    return !!n && n.type === 'CallExpression' && isIdent(n.callee, 'require')
        && n.arguments.length >= 1 && n.arguments[0].type === 'Literal'
        && (module === undefined || n.arguments[0].value === module);
  }

  // Whether an Identifier node is a reference to a variable (not a property name or a key).
  function isReference(n) {
    var p = n.__parent, key = n.__key;
    if (!p)
      return true;
    if (p.type === 'MemberExpression' && key === 'property' && !p.computed)
      return false;
    if ((p.type === 'Property' || p.type === 'MethodDefinition' || p.type === 'PropertyDefinition')
        && key === 'key' && !p.computed)
      return false; // a shorthand { x } is read through its value node

    if ((p.type === 'LabeledStatement' || p.type === 'BreakStatement'
         || p.type === 'ContinueStatement') && key === 'label')
      return false;
    return true;
  }

  // {ast} or {error: {message, line, column}}; comments (optional) receives
  // {block, text, start, end, line, column} for each comment.
  function parse(source, comments) {
    try {
      var ast = acorn.parse(source, {
        ecmaVersion: 'latest', sourceType: 'script', locations: true,
        allowReturnOutsideFunction: false, allowHashBang: true, allowAwaitOutsideFunction: false,
        onComment: comments ? function (block, text, start, end, startLoc) {
          comments.push({ block: block, text: text, start: start, end: end,
                          line: startLoc.line, column: startLoc.column + 1 });
        } : undefined
      });
      setParents(ast);
      return { ast: ast };
    } catch (e) {
      var loc = e.loc || { line: 1, column: 0 };
      // acorn appends " (line:column)" to its message; the position is reported separately.
      return { error: { message: String(e.message).replace(/ \(\d+:\d+\)$/, ''),
                        line: loc.line, column: loc.column + 1 } };
    }
  }

  // The function a handler export names: the function itself, a function declaration or a
  // variable initialised with a function; null otherwise.
  function resolveFunction(ast, n) {
    if (isFunction(n))
      return n;
    if (!isIdent(n))
      return null;
    var found = null;
    walk(ast, function (m) {
      if (found)
        return false;
      if (m.type === 'FunctionDeclaration' && m.id && m.id.name === n.name)
        found = m;
      else if (m.type === 'VariableDeclarator' && isIdent(m.id, n.name) && isFunction(m.init))
        found = m.init;
      return true;
    });
    return found;
  }

  function keyName(key) {
    return isIdent(key) ? key.name : (key.type === 'Literal' ? String(key.value) : '');
  }

  // module.exports = ... (a hook) and exports.NAME = ... / module.exports.NAME = ... (an Action).
  function findExports(ast) {
    var r = { hook: null, hookAssign: null, actions: [] };
    walk(ast, function (n) {
      if (n.type !== 'AssignmentExpression' || n.operator !== '=')
        return true;
      var l = n.left;
      if (l.type !== 'MemberExpression')
        return true;
      if (isIdent(l.object, 'module') && propName(l) === 'exports') {
        var handlers = n.right.type === 'ObjectExpression' && n.right.properties.some(function (p) {
          return p.type === 'Property' && !p.computed && /^onExecute/.test(keyName(p.key));
        });
        if (handlers) {
          n.right.properties.forEach(function (p) {
            if (p.type === 'Property' && !p.computed && (isIdent(p.key) || p.key.type === 'Literal'))
              r.actions.push({ name: isIdent(p.key) ? p.key.name : String(p.key.value),
                               value: p.value, node: p });
          });
        } else if (!r.hook) {
          r.hook = n.right;
          r.hookAssign = n;
        }
      } else if ((isIdent(l.object, 'exports')
                  || (l.object.type === 'MemberExpression' && isIdent(l.object.object, 'module')
                      && propName(l.object) === 'exports'))
                 && propName(l) !== null) {
        r.actions.push({ name: propName(l), value: n.right, node: n });
      }
      return true;
    });
    return r;
  }

  // What the code is: an Action (it exports handlers by name), a hook (module.exports = ...),
  // and for an Action the handler that fits trigger (or the first phone handler).
  function classify(ast, trigger) {
    var ex = findExports(ast);
    var info = { exports: ex, kind: 'hook', handler: null, handlerName: null, handlerExport: null };
    if (ex.actions.length > 0 || (!ex.hook && trigger)) {
      info.kind = 'action';
      var wanted = trigger ? map.handlerFor(trigger) : null;
      var pick = null;
      for (var i = 0; i < ex.actions.length; ++i) {
        var name = ex.actions[i].name;
        if (name === wanted)
          pick = ex.actions[i];
        else if (!pick && map.triggerFor(name))
          pick = ex.actions[i];
      }
      if (pick) {
        info.handlerExport = pick;
        info.handlerName = pick.name;
        info.handler = resolveFunction(ast, pick.value);
      }
    } else if (ex.hook) {
      info.handler = resolveFunction(ast, ex.hook);
    }
    return info;
  }

  // --- Twilio clients ------------------------------------------------------------------------
  // Calls that make a request and return its promise; anything else on a client chain (such as
  // verify.v2.services(sid)) returns another part of the client.
  var REQUEST_METHODS = { create: 1, fetch: 1, update: 1, remove: 1, list: 1, page: 1 };

  // A short form of the code at n: no white space, calls' arguments left out.
  function sourceText(source, n, max) {
    var s = source.slice(n.start, n.end).replace(/\s+/g, '');
    for (var prev = null; prev !== s;) {
      prev = s;
      s = s.replace(/\([^()]+\)/g, '(\u2026)');
    }
    return s.length > (max || 60) ? s.slice(0, (max || 60) - 1) + '\u2026' : s;
  }

  // Pass 1 over the whole program: secrets and their aliases, the Account SID's names, Twilio
  // factories and clients, declared names and references. eventNames: the identifiers that
  // stand for the Action's event.
  function analyse(ast, eventNames, eventPatterns) {
    var f = {
      secretAliases: {}, webtaskAliases: {}, accountSidNames: {}, twilioFactories: {},
      twilioClients: {}, declared: {}, used: [], usedSet: {}, dynamicSecrets: false,
      refs: {}, functionsByName: {}, messageTypeRefs: [], twilioRequire: null
    };
    eventNames = eventNames || { event: true };

    function isEvent(n) {
      return isIdent(n) && !!eventNames[n.name];
    }
    function isWebtask(n) {
      return (n.type === 'MemberExpression' && propName(n) === 'webtask')
          || (isIdent(n) && !!f.webtaskAliases[n.name]);
    }
    function isSecretsObject(n) {
      if (!n)
        return false;
      if (isIdent(n))
        return !!f.secretAliases[n.name];
      // A hook reads context.webtask.secrets; an Action reads event.secrets.
      return n.type === 'MemberExpression' && propName(n) === 'secrets'
          && (isWebtask(n.object) || isEvent(n.object));
    }
    function useSecret(name, node) {
      if (!f.usedSet[name]) {
        f.usedSet[name] = true;
        f.used.push({ name: name, node: node });
      }
    }
    function isAccountSidExpr(n) {
      if (!n)
        return false;
      if (isIdent(n))
        return !!f.accountSidNames[n.name];
      if (n.type === 'MemberExpression' && isSecretsObject(n.object))
        return propName(n) === 'TWILIO_ACCOUNT_SID';
      if (n.type === 'Literal' && typeof n.value === 'string')
        return /^AC[0-9a-fA-F]{32}$/.test(n.value);
      return false;
    }
    function isTwilioFactory(n) {
      return isRequireCall(n, 'twilio') || (isIdent(n) && !!f.twilioFactories[n.name])
          || (n.type === 'MemberExpression' && propName(n) === 'Twilio' && isTwilioFactory(n.object));
    }
    // The client itself: twilio(sid, token), new twilio.Twilio(...), or a name bound to one.
    function isClient(n) {
      if (!n)
        return false;
      if (isIdent(n))
        return !!f.twilioClients[n.name];
      return (n.type === 'CallExpression' || n.type === 'NewExpression') && isTwilioFactory(n.callee);
    }
    // The client or a part of it: client.messages, client.verify.v2.services(sid), ...
    function isClientChain(n) {
      if (!n)
        return false;
      if (n.type === 'ChainExpression')
        return isClientChain(n.expression);
      if (isClient(n))
        return true;
      if (n.type === 'MemberExpression')
        return isClientChain(n.object);
      if (n.type === 'CallExpression' && n.callee.type === 'MemberExpression'
          && !REQUEST_METHODS[propName(n.callee)] && !isPromiseMethod(propName(n.callee)))
        return isClientChain(n.callee.object);
      return false;
    }
    // A request's promise: client.messages.create(...), ...verifications.create(...).
    function isTwilioRequest(n) {
      return !!n && n.type === 'CallExpression' && n.callee.type === 'MemberExpression'
          && !!REQUEST_METHODS[propName(n.callee)] && isClientChain(n.callee.object);
    }
    f.isEvent = isEvent;
    f.isSecretsObject = isSecretsObject;
    f.isAccountSidExpr = isAccountSidExpr;
    f.isTwilioFactory = isTwilioFactory;
    f.isClientChain = isClientChain;
    f.isTwilioRequest = isTwilioRequest;

    // Binds the names of a destructuring pattern whose source is the secrets object.
    function bindSecretPattern(pattern) {
      for (var i = 0; i < pattern.properties.length; ++i) {
        var p = pattern.properties[i];
        if (p.type === 'RestElement') {
          f.dynamicSecrets = true;
          continue;
        }
        var key = !p.computed && p.key.type === 'Identifier' ? p.key.name
            : (p.key.type === 'Literal' ? String(p.key.value) : null);
        if (key === null) {
          f.dynamicSecrets = true;
          continue;
        }
        useSecret(key, p.key);
        var target = p.value.type === 'AssignmentPattern' ? p.value.left : p.value;
        if (key === 'TWILIO_ACCOUNT_SID' && isIdent(target))
          f.accountSidNames[target.name] = true;
      }
    }
    // { secrets } or { secrets: s } or { secrets: { A, B } } out of context.webtask or event.
    function bindWebtaskPattern(pattern) {
      for (var i = 0; i < pattern.properties.length; ++i) {
        var p = pattern.properties[i];
        if (p.type !== 'Property' || p.computed || !isIdent(p.key, 'secrets'))
          continue;
        var value = p.value.type === 'AssignmentPattern' ? p.value.left : p.value;
        if (isIdent(value))
          f.secretAliases[value.name] = true;
        else if (value.type === 'ObjectPattern')
          bindSecretPattern(value);
      }
    }
    function bind(id, init) {
      if (!id || !init)
        return;
      if (isIdent(id)) {
        if (isSecretsObject(init))
          f.secretAliases[id.name] = true;
        else if (isWebtask(init))
          f.webtaskAliases[id.name] = true;
        else if (isAccountSidExpr(init))
          f.accountSidNames[id.name] = true;
        else if (isRequireCall(init, 'twilio'))
          f.twilioFactories[id.name] = true;
        else if (isClientChain(init))
          f.twilioClients[id.name] = true;
      } else if (id.type === 'ObjectPattern') {
        if (isSecretsObject(init)) {
          bindSecretPattern(id);
        } else if (isWebtask(init) || isEvent(init)) {
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
      if (p.type === 'Identifier') {
        f.declared[p.name] = true;
        p.__decl = true; // a binding, not a reference
      }
      else if (p.type === 'ObjectPattern')
        p.properties.forEach(function (q) { declarePattern(q.type === 'RestElement' ? q.argument : q.value); });
      else if (p.type === 'ArrayPattern')
        p.elements.forEach(declarePattern);
      else if (p.type === 'AssignmentPattern')
        declarePattern(p.left);
      else if (p.type === 'RestElement')
        declarePattern(p.argument);
    }
    f.declarePattern = declarePattern;
    // async ({ secrets }, api) => ...: the handler's event, destructured.
    (eventPatterns || []).forEach(bindWebtaskPattern);

    walk(ast, function (n) {
      switch (n.type) {
      case 'VariableDeclarator':
        declarePattern(n.id);
        bind(n.id, n.init);
        break;
      case 'AssignmentExpression':
        if (n.operator === '=')
          bind(n.left, n.right);
        break;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        if (n.id) {
          f.declared[n.id.name] = true;
          if (n.type === 'FunctionDeclaration')
            f.functionsByName[n.id.name] = n;
        }
        n.params.forEach(declarePattern);
        break;
      case 'CatchClause':
        declarePattern(n.param);
        break;
      case 'ClassDeclaration':
        if (n.id)
          f.declared[n.id.name] = true;
        break;
      case 'MemberExpression':
        if (isSecretsObject(n.object)) {
          var name = propName(n);
          if (name !== null)
            useSecret(name, n.property);
          else
            f.dynamicSecrets = true;
        }
        break;
      case 'Identifier':
        if (n.__decl || !isReference(n))
          break;
        (f.refs[n.name] = f.refs[n.name] || []).push(n);
        // A secrets alias passed around whole: its reads cannot be followed.
        if (f.secretAliases[n.name]
            && !(n.__parent && n.__parent.type === 'MemberExpression' && n.__key === 'object'))
          f.dynamicSecrets = true;
        if (n.name === 'message_type')
          f.messageTypeRefs.push(n);
        break;
      case 'CallExpression':
        if (isRequireCall(n, 'twilio') && !f.twilioRequire)
          f.twilioRequire = n;
        // twilio(accountSid, authToken): its first argument is the Account SID.
        if (isTwilioFactory(n.callee) && n.arguments.length >= 1 && isIdent(n.arguments[0]))
          f.accountSidNames[n.arguments[0].name] = true;
        break;
      case 'NewExpression':
        if (isTwilioFactory(n.callee) && n.arguments.length >= 1 && isIdent(n.arguments[0]))
          f.accountSidNames[n.arguments[0].name] = true;
        break;
      }
      return true;
    });
    return f;
  }

  // X.verify.services(...) and X.verify.v2.services(...): {call, deprecated, verifyMember}.
  function verifyServicesCall(n) {
    if (n.type !== 'CallExpression' || n.callee.type !== 'MemberExpression'
        || propName(n.callee) !== 'services')
      return null;
    var obj = n.callee.object;
    if (propName(obj) === 'verify')
      return { call: n, deprecated: true, verifyMember: obj };
    if (propName(obj) === 'v2' && obj.object.type === 'MemberExpression'
        && propName(obj.object) === 'verify')
      return { call: n, deprecated: false, verifyMember: obj.object };
    return null;
  }

  function isPromiseMethod(name) {
    return name === 'then' || name === 'catch' || name === 'finally';
  }

  function enclosingFunction(n) {
    for (var p = n.__parent; p; p = p.__parent)
      if (isFunction(p))
        return p;
    return null;
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

  // --- Scopes --------------------------------------------------------------------------------
  function within(n, ancestor) {
    for (var p = n; p; p = p.__parent)
      if (p === ancestor)
        return true;
    return false;
  }

  // Whether the binding pattern p (a, {a}, [a], a = 1, ...a) declares name.
  function patternHas(p, name) {
    if (!p)
      return false;
    switch (p.type) {
    case 'Identifier': return p.name === name;
    case 'ObjectPattern':
      return p.properties.some(function (q) {
        return patternHas(q.type === 'RestElement' ? q.argument : q.value, name);
      });
    case 'ArrayPattern': return p.elements.some(function (q) { return patternHas(q, name); });
    case 'AssignmentPattern': return patternHas(p.left, name);
    case 'RestElement': return patternHas(p.argument, name);
    }
    return false;
  }

  // Whether root declares name: in a function's scope (var, let, const and functions anywhere
  // but in nested functions), or in a block's (its own let and const).
  function declaresInScope(root, name, functionScope) {
    var found = false;
    walk(root, function (n) {
      if (found)
        return false;
      if (n !== root && isFunction(n)) {
        if (n.type === 'FunctionDeclaration' && n.id && n.id.name === name)
          found = true;
        return false;
      }
      if (n.type === 'VariableDeclaration' && (functionScope || n.kind !== 'var')
          && (n.__parent === root || functionScope))
        n.declarations.forEach(function (d) { if (patternHas(d.id, name)) found = true; });
      if (!functionScope && n !== root && n.type === 'BlockStatement')
        return false;
      return true;
    });
    return found;
  }

  // Whether name, read at n, is bound by something between n and outer (a nested function's
  // parameter or variable, a catch clause, a block's let or const) rather than by outer.
  function shadowed(n, name, outer) {
    for (var p = n.__parent; p && p !== outer; p = p.__parent) {
      if (isFunction(p) && (p.params.some(function (q) { return patternHas(q, name); })
                            || (p.id && p.id.name === name && p.type !== 'FunctionDeclaration')
                            || declaresInScope(p.body, name, true)))
        return true;
      if (p.type === 'CatchClause' && patternHas(p.param, name))
        return true;
      if (p.type === 'BlockStatement' && !(outer && p === outer.body)
          && declaresInScope(p, name, false))
        return true;
    }
    return false;
  }

  global.hookAst = {
    parse: parse, walk: walk, children: children, isFunction: isFunction, propName: propName,
    isIdent: isIdent, isRequireCall: isRequireCall, isReference: isReference,
    findExports: findExports, classify: classify, resolveFunction: resolveFunction,
    analyse: analyse, verifyServicesCall: verifyServicesCall, isPromiseMethod: isPromiseMethod,
    enclosingFunction: enclosingFunction, mentionsCb: mentionsCb, sourceText: sourceText,
    within: within, patternHas: patternHas, shadowed: shadowed,
    REQUEST_METHODS: REQUEST_METHODS
  };
})(this);
