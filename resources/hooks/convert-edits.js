// The text side of the hook -> Action conversion: edits at the positions of acorn's syntax
// tree, rendered over the untouched source (so that the user's code, comments and formatting
// stay), layout helpers, and the comments the conversion writes, with markers that tell their
// lines once the text is put together. Runs in the console's QJSEngine before convert.js.
(function (global) {
  global.convertEdits = function (source) {
    var edits = [];
    var order = 0;

    // Replaces source[start, end) with produce (a text, or a function called when the edit is
    // rendered, so that it can render the edits inside its range); first: before the other
    // insertions at the same position.
    function edit(start, end, produce, first) {
      edits.push({ start: start, end: end, order: first ? -1 : order++,
                   produce: typeof produce === 'function' ? produce : function () { return produce; } });
    }
    function inside(ed, s, e) {
      return ed.start === ed.end ? (s <= ed.start && ed.start <= e)
                                 : (s <= ed.start && ed.end <= e);
    }
    function contains(o, ed) {
      if (o === ed || o.start === o.end)
        return false;
      if (ed.start === ed.end)
        return o.start < ed.start && ed.start < o.end;
      return o.start <= ed.start && ed.end <= o.end && !(o.start === ed.start && o.end === ed.end);
    }
    // The source from s to e with the edits inside applied. An edit that renders its own range
    // (to wrap it) sees the edits inside it, not itself.
    function render(s, e) {
      var within = edits.filter(function (ed) { return !ed.active && inside(ed, s, e); });
      var top = within.filter(function (ed) {
        return !within.some(function (o) { return contains(o, ed); });
      });
      top.sort(function (a, b) {
        if (a.start !== b.start)
          return a.start - b.start;
        var az = a.start === a.end, bz = b.start === b.end;
        if (az !== bz)
          return az ? -1 : 1;
        return a.order - b.order;
      });
      var out = '', pos = s;
      for (var i = 0; i < top.length; ++i) {
        if (top[i].start < pos)
          continue; // overlaps an edit already made: the first one wins
        top[i].active = true;
        out += source.slice(pos, top[i].start) + top[i].produce();
        top[i].active = false;
        pos = top[i].end;
      }
      return out + source.slice(pos, e);
    }
    function text(n) {
      return render(n.start, n.end);
    }

    // --- Layout ------------------------------------------------------------------------------
    function lineStart(pos) {
      return source.lastIndexOf('\n', pos - 1) + 1;
    }
    function indentAt(pos) {
      var s = lineStart(pos);
      var m = /^[ \t]*/.exec(source.slice(s, pos));
      return m ? m[0] : '';
    }
    // block re-indented: its common indentation replaced by indent; blank lines at either end go.
    function reindent(block, indent) {
      var lines = block.split('\n');
      while (lines.length && !lines[0].trim())
        lines.shift();
      while (lines.length && !lines[lines.length - 1].trim())
        lines.pop();
      var min = Infinity;
      lines.forEach(function (l) {
        if (l.trim())
          min = Math.min(min, /^[ \t]*/.exec(l)[0].length);
      });
      return lines.map(function (l) {
        return l.trim() ? indent + l.slice(min).replace(/\s+$/, '') : '';
      }).join('\n');
    }
    // Continuation lines of a multi-line expression moved right by extra.
    function shiftRest(t, extra) {
      return extra ? t.replace(/\n(?=[ \t]*\S)/g, '\n' + extra) : t;
    }

    // --- Comments ----------------------------------------------------------------------------
    var markers = 0;
    var commented = {};
    function enclosingStatement(n) {
      var cur = n;
      while (cur.__parent && !(cur.__parent.type === 'Program' || cur.__parent.type === 'BlockStatement'
                               || cur.__parent.type === 'SwitchCase' || cur.__parent.type === 'StaticBlock'))
        cur = cur.__parent;
      return cur;
    }
    function wrapComment(prefix, body, indent) {
      var words = body.split(' '), lines = [], line = '';
      words.forEach(function (w) {
        var lead = indent + '// ' + (lines.length ? '  ' : prefix + ' ');
        if (line && (lead + line + ' ' + w).length > 98) {
          lines.push(line);
          line = w;
        } else {
          line = line ? line + ' ' + w : w;
        }
      });
      if (line)
        lines.push(line);
      return lines.map(function (l, i) {
        return indent + '// ' + (i === 0 ? prefix + ' ' : '  ') + l;
      }).join('\n');
    }
    // "// <prefix> <body>" on lines of its own before the statement that holds node, recorded
    // in list as {kind, arg, marker}; once per statement, kind and arg.
    function comment(node, list, kind, arg, prefix, body) {
      var s = enclosingStatement(node);
      var key = s.start + '|' + kind + '|' + (arg || '');
      if (commented[key])
        return;
      commented[key] = true;
      var marker = '\u0001' + (markers++) + '\u0001';
      list.push({ kind: kind, arg: arg || '', marker: marker, line: 0 });
      var ls = lineStart(s.start);
      var before = source.slice(ls, s.start);
      if (!before.trim()) {
        edit(ls, ls, function () { return marker + wrapComment(prefix, body, before) + '\n'; });
      } else {
        var ind = indentAt(s.start);
        edit(s.start, s.start, function () {
          return '\n' + marker + wrapComment(prefix, body, ind) + '\n' + ind;
        });
      }
    }
    // The code without the markers; each entry of the lists gets its 1-based line, and each list
    // is sorted by line.
    function place(code, lists) {
      var lines = code.split('\n');
      var at = {};
      for (var li = 0; li < lines.length; ++li) {
        var re = /\u0001(\d+)\u0001/g, m;
        while ((m = re.exec(lines[li])) !== null)
          at[m[1]] = li + 1;
      }
      lists.forEach(function (list) {
        list.forEach(function (e) { e.line = at[e.marker.replace(/\u0001/g, '')] || 0; });
        list.sort(function (a, b) { return a.line - b.line; });
      });
      return code.replace(/\u0001\d+\u0001/g, '');
    }

    return {
      edit: edit, render: render, text: text, lineStart: lineStart, indentAt: indentAt,
      reindent: reindent, shiftRest: shiftRest, enclosingStatement: enclosingStatement,
      comment: comment, place: place
    };
  };
})(this);
