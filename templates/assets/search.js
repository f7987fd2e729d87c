// khotin search: runs on the search page only (the header's search box is a plain form that leads here).
// Reads text exactly as org.khotin.search.SearchText does (a browser test compares the two on one table), and
// reads the index org.khotin.search.SearchIndex writes: a manifest, shards of words and of adjacent word
// pairs cut by sorted key, and one small file per article for the results on screen.
(function () {
  'use strict';
  var WORD = /[\p{L}\p{M}\p{N}]+/gu;
  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var PAGE_SIZE = 10;
  // While a reader types, the last word also matches longer words; below two letters that would be most of the
  // index, and past two shards a prefix such as "th" would cost more than the rest of the query.
  var MIN_PREFIX = 2;
  var MAX_PREFIX_SHARDS = 2;
  var SNIPPET_WORDS = 30;
  var EXACT = 3, FOLDED = 2, PREFIX = 1;

  // ---- reading text: the mirror of SearchText, Fold and Tones ----

  function plainSpaces(s) {
    return s.normalize('NFC').replace(/[\u00A0\u2007\u202F\u2002\u2003\u2009]/g, ' ').replace(/[\u200B\u200C\u200D\uFEFF]/g, '');
  }

  function words(text) {
    return plainSpaces(text).match(WORD) || [];
  }

  /** Lowercase, marks stripped, đ→d: "Đảng" → "dang". */
  function fold(word) {
    return word.normalize('NFC').normalize('NFD').replace(/\p{Mn}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }

  var OPEN_DIPHTHONG = /(?<![qQ])([oOuU])([^\x00-\x7F])(?![\p{L}\p{M}])/gu;
  var TONES = '\u0300\u0301\u0303\u0309\u0323';

  /** Canonical tone placement: "hoà" → "hòa", "thuỷ" → "thủy"; "quý" and "hoàn" stay. */
  function canonicalTones(nfc) {
    return nfc.replace(OPEN_DIPHTHONG, function (pair, first, second) {
      if (!/\p{L}/u.test(second)) return pair;
      var d = second.normalize('NFD');
      if (d.length !== 2) return pair;
      var base = d.charAt(0), tone = d.charAt(1);
      var wanted = 'aAeEyY'.indexOf(base) >= 0 && TONES.indexOf(tone) >= 0 &&
          ((first === 'o' || first === 'O') ? 'aAeE'.indexOf(base) >= 0 : 'yY'.indexOf(base) >= 0);
      return wanted ? (first + tone + base).normalize('NFC') : pair;
    });
  }

  /** The word with its diacritics, tone placement unified, lowercase: "Hoà" → "hòa". */
  function exact(word) {
    return canonicalTones(plainSpaces(word).trim().replace(/\s+/g, ' ')).toLowerCase();
  }

  // ---- the index ----

  function decode(encoded) {
    var docs = [], counts = [], i, bit, d;
    if (encoded.charAt(0) === '~') {
      for (i = 1; i < encoded.length; i++) {
        d = DIGITS.indexOf(encoded.charAt(i));
        for (bit = 0; bit < 6; bit++) if (d & (1 << bit)) { docs.push((i - 1) * 6 + bit); counts.push(1); }
      }
      return { docs: docs, counts: counts };
    }
    var at = 0, doc = -1;
    function number() {
      var value = 0, shift = 0, c;
      do {
        c = DIGITS.indexOf(encoded.charAt(at++));
        value += (c & 31) * Math.pow(2, shift);
        shift += 5;
      } while (c >= 32);
      return value;
    }
    while (at < encoded.length) {
      doc += number() + 1;
      docs.push(doc);
      counts.push(number() + 1);
    }
    return { docs: docs, counts: counts };
  }

  /** The shard whose key range holds key: the last one starting at or before it. */
  function locate(starts, key) {
    var lo = 0, hi = starts.length - 1, found = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (starts[mid] <= key) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  }

  function Index(folder) {
    this.folder = folder;
    this.files = new Map();
    this.manifest = this.fetch('manifest.json', true);
  }

  Index.prototype.fetch = function (path, fresh) {
    if (!this.files.has(path)) {
      var self = this;
      var url = this.folder + path;
      var promise = fresh ? fetch(url, { cache: 'no-cache' }) :
          this.manifest.then(function (m) { return fetch(url + '?v=' + m.version); });
      this.files.set(path, promise.then(function (r) {
        if (!r.ok) throw new Error(url + ': ' + r.status);
        return r.json();
      }).catch(function (e) { self.files.delete(path); throw e; }));
    }
    return this.files.get(path);
  };

  /** Shards (kind "w" or "p") for one key, or for every key starting with it when prefix is set. */
  Index.prototype.shards = function (kind, starts, key, prefix) {
    if (starts.length === 0) return [];
    var first = locate(starts, key);
    var last = prefix ? Math.min(locate(starts, key + '\uffff'), first + MAX_PREFIX_SHARDS - 1) : first;
    var out = [];
    for (var i = first; i <= last; i++) out.push(this.fetch(kind + '/' + i + '.json'));
    return out;
  };

  function parse(query) {
    var terms = words(query).map(function (w) {
      var f = fold(w), e = exact(w);
      return { folded: f, exact: e, marked: f !== e };
    });
    var last = terms[terms.length - 1];
    var prefix = !!last && /[\p{L}\p{M}\p{N}]$/u.test(query) && last.folded.length >= MIN_PREFIX;
    return { terms: terms, prefix: prefix };
  }

  /** doc → best match of one query word (or pair) in that document. */
  function collect(shards, key, term, prefix, into) {
    shards.forEach(function (shard) {
      Object.keys(shard).forEach(function (k) {
        var full = k === key;
        if (!full && !(prefix && k.lastIndexOf(key, 0) === 0)) return;
        shard[k].forEach(function (variant) {
          var quality = !full ? PREFIX : (term && term.marked && variant[0] === term.exact ? EXACT : FOLDED);
          var p = decode(variant[1]);
          for (var i = 0; i < p.docs.length; i++) {
            var old = into.get(p.docs[i]);
            if (!old || old.quality < quality || (old.quality === quality && old.count < p.counts[i])) {
              into.set(p.docs[i], { quality: quality, count: p.counts[i] });
            }
          }
        });
      });
    });
  }

  /**
   * Documents holding every query word (folded, the last one also as a prefix), best first:
   * more words with the same diacritics as typed, then more query words standing together in the text,
   * then rarer words more often (title words count five times), then newer.
   */
  Index.prototype.search = function (query) {
    var self = this;
    var q = parse(query);
    if (q.terms.length === 0) return Promise.resolve({ query: q, docs: [] });
    return this.manifest.then(function (m) {
      var n = q.terms.length;
      var wordShards = q.terms.map(function (t, i) {
        return Promise.all(self.shards('w', m.words, t.folded, q.prefix && i === n - 1));
      });
      var pairKeys = [];
      for (var i = 0; i + 1 < n; i++) pairKeys.push(q.terms[i].folded + ' ' + q.terms[i + 1].folded);
      var pairShards = pairKeys.map(function (k, i) {
        return Promise.all(self.shards('p', m.pairs, k, q.prefix && i === n - 2));
      });
      return Promise.all([Promise.all(wordShards), Promise.all(pairShards)]).then(function (loaded) {
        var perWord = q.terms.map(function (t, i) {
          var matches = new Map();
          collect(loaded[0][i], t.folded, t, q.prefix && i === n - 1, matches);
          return matches;
        });
        var perPair = pairKeys.map(function (k, i) {
          var matches = new Map();
          collect(loaded[1][i], k, null, q.prefix && i === n - 2, matches);
          return matches;
        });
        var rarest = perWord.slice().sort(function (a, b) { return a.size - b.size; })[0];
        var results = [];
        rarest.forEach(function (unused, doc) {
          var exactWords = 0, weight = 0, together = 0;
          for (var i = 0; i < n; i++) {
            var match = perWord[i].get(doc);
            if (!match) return;
            if (match.quality === EXACT) exactWords++;
            var idf = Math.log(1 + m.docs / perWord[i].size);
            weight += idf * (1 + Math.log(match.count)) * (match.quality === PREFIX ? 0.5 : 1);
          }
          perPair.forEach(function (pairs) { if (pairs.has(doc)) together++; });
          results.push({ doc: doc, exact: exactWords, together: together, weight: weight });
        });
        results.sort(function (a, b) {
          return b.exact - a.exact || b.together - a.together || b.weight - a.weight || a.doc - b.doc;
        });
        return { query: q, docs: results.map(function (r) { return r.doc; }) };
      });
    });
  };

  Index.prototype.doc = function (n) {
    return this.fetch('d/' + n + '.json');
  };

  // ---- showing results ----

  /** Which query word a word of the text matches, or -1. */
  function matcher(q) {
    return function (word) {
      var f = fold(word), last = q.terms.length - 1;
      for (var i = 0; i <= last; i++) {
        if (f === q.terms[i].folded) return i;
      }
      return q.prefix && f.lastIndexOf(q.terms[last].folded, 0) === 0 ? last : -1;
    };
  }

  /** Appends text to a node with the matched words in <mark>; from and to are character offsets. */
  function highlight(node, text, tokens, from, to) {
    var at = from;
    tokens.forEach(function (t) {
      if (t.index < from || t.end > to || t.match < 0) return;
      node.appendChild(document.createTextNode(text.slice(at, t.index)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(t.index, t.end);
      node.appendChild(mark);
      at = t.end;
    });
    node.appendChild(document.createTextNode(text.slice(at, to)));
  }

  function tokens(text, match) {
    var out = [], m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) out.push({ index: m.index, end: m.index + m[0].length, match: match(m[0]) });
    return out;
  }

  /** The stretch of about SNIPPET_WORDS words that holds the most different query words. */
  function snippet(node, text, match) {
    var ts = tokens(text, match);
    if (ts.length === 0) return;
    var best = 0, bestCount = -1;
    for (var s = 0; s < ts.length; s++) {
      if (s > 0 && ts[s].match < 0) continue;
      var seen = new Set();
      for (var i = s; i < Math.min(ts.length, s + SNIPPET_WORDS); i++) if (ts[i].match >= 0) seen.add(ts[i].match);
      if (seen.size > bestCount) { best = s; bestCount = seen.size; }
    }
    var start = Math.max(0, best - 5);
    var end = Math.min(ts.length, start + SNIPPET_WORDS) - 1;
    if (start > 0) node.appendChild(document.createTextNode('… '));
    highlight(node, text, ts, ts[start].index, ts[end].end);
    if (end < ts.length - 1) node.appendChild(document.createTextNode(' …'));
  }

  function resultItem(doc, q, ui) {
    var match = matcher(q);
    var li = document.createElement('li');
    li.className = 'search-result';
    var h2 = document.createElement('h2');
    var a = document.createElement('a');
    a.href = ui.root + doc.url;
    highlight(a, doc.title, tokens(doc.title, match), 0, doc.title.length);
    h2.appendChild(a);
    li.appendChild(h2);
    var meta = document.createElement('p');
    meta.className = 'result-meta';
    var time = document.createElement('time');
    time.dateTime = doc.iso;
    time.textContent = doc.date;
    meta.appendChild(time);
    li.appendChild(meta);
    var text = document.createElement('p');
    text.className = 'result-snippet';
    snippet(text, doc.text, match);
    li.appendChild(text);
    if (doc.keywords.length > 0) {
      var kw = document.createElement('p');
      kw.className = 'result-keywords';
      kw.appendChild(document.createTextNode(ui.t.keywords + ': '));
      doc.keywords.forEach(function (k, i) {
        if (i > 0) kw.appendChild(document.createTextNode(', '));
        var link = document.createElement('a');
        link.href = ui.keywords + k[1] + '/';
        link.textContent = k[0];
        if (k[2]) link.lang = k[2];
        kw.appendChild(link);
      });
      li.appendChild(kw);
    }
    return li;
  }

  function format(template, n, q) {
    return template.replace('{n}', String(n)).replace('{q}', q);
  }

  function start(box) {
    var form = box.querySelector('form');
    var input = form.querySelector('input[name=q]');
    var status = box.querySelector('.search-status');
    var list = box.querySelector('.search-results');
    var more = box.querySelector('.search-more');
    var ui = {
      root: box.getAttribute('data-root'),
      keywords: box.getAttribute('data-keywords'),
      t: {
        results: box.getAttribute('data-t-results'), one: box.getAttribute('data-t-one'),
        none: box.getAttribute('data-t-none'), error: box.getAttribute('data-t-error'),
        keywords: box.getAttribute('data-t-keywords')
      }
    };
    var index = new Index(box.getAttribute('data-index'));
    var current = { query: null, docs: [], shown: 0, q: null };
    var generation = 0;
    var timer = 0;

    function showMore(focusFirst) {
      var from = current.shown, mine = generation;
      var batch = current.docs.slice(from, from + PAGE_SIZE);
      current.shown += batch.length;
      return Promise.all(batch.map(function (n) { return index.doc(n); })).then(function (docs) {
        if (mine !== generation) return;
        var firstNew = null;
        docs.forEach(function (d) {
          var li = resultItem(d, current.q, ui);
          list.appendChild(li);
          firstNew = firstNew || li.querySelector('a');
        });
        more.hidden = current.shown >= current.docs.length;
        if (focusFirst && firstNew) firstNew.focus();
      });
    }

    function run(query) {
      var mine = ++generation;
      var trimmed = query.trim();
      if (trimmed === '') {
        list.textContent = '';
        status.textContent = '';
        more.hidden = true;
        current = { query: '', docs: [], shown: 0, q: null };
        return Promise.resolve();
      }
      return index.search(query).then(function (r) {
        if (mine !== generation) return;
        current = { query: query, docs: r.docs, shown: 0, q: r.query };
        list.textContent = '';
        var n = r.docs.length;
        status.textContent = format(n === 0 ? ui.t.none : n === 1 ? ui.t.one : ui.t.results, n, trimmed);
        return showMore(false);
      }).catch(function () {
        if (mine !== generation) return;
        status.textContent = ui.t.error;
      });
    }

    function queryInUrl() {
      return new URLSearchParams(window.location.search).get('q') || '';
    }

    /** The address holds the query, so results can be shared and reloaded; push makes a step for Back. */
    // The other language's search page gets the same query, so a reader can carry it over in one step.
    var other = box.querySelector('#search-other');
    function carryOver(query) {
      if (!other) return;
      var url = new URL(other.href);
      if (query.trim() === '') url.searchParams.delete('q'); else url.searchParams.set('q', query);
      other.href = url.href;
    }

    function remember(query, push) {
      carryOver(query);
      if (query === queryInUrl()) return;
      var url = new URL(window.location.href);
      if (query.trim() === '') url.searchParams.delete('q'); else url.searchParams.set('q', query);
      window.history[push ? 'pushState' : 'replaceState'](null, '', url.href);
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      // A short pause lets a fast typist's keys arrive together; shards already loaded answer within it.
      timer = setTimeout(function () {
        remember(input.value, false);
        run(input.value);
      }, 30);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearTimeout(timer);
      remember(input.value, true);
      run(input.value);
    });
    window.addEventListener('popstate', function () {
      input.value = queryInUrl();
      carryOver(input.value);
      run(input.value);
    });
    more.addEventListener('click', function () { showMore(true); });

    // Arrow keys move between the search box and the result titles; Tab works as usual.
    box.addEventListener('keydown', function (event) {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      var links = Array.prototype.slice.call(list.querySelectorAll('h2 a'));
      if (links.length === 0) return;
      var at = links.indexOf(document.activeElement);
      if (document.activeElement === input) {
        if (event.key !== 'ArrowDown') return;
        links[0].focus();
      } else if (at >= 0) {
        if (event.key === 'ArrowDown') (links[at + 1] || (more.hidden ? links[at] : more)).focus();
        else (at === 0 ? input : links[at - 1]).focus();
      } else if (document.activeElement === more && event.key === 'ArrowUp') {
        links[links.length - 1].focus();
      } else {
        return;
      }
      event.preventDefault();
    });

    input.value = queryInUrl();
    carryOver(input.value);
    window.khotinSearch.ready = run(input.value);
  }

  // For tests and measurements: the text functions, a search that returns all result numbers in rank order,
  // and the URLs of result numbers.
  var probe = null;
  window.khotinSearch = {
    words: words, fold: fold, exact: exact,
    search: function (query) {
      probe = probe || new Index(document.querySelector('.search').getAttribute('data-index'));
      return probe.search(query).then(function (r) { return r.docs; });
    },
    urls: function (numbers) {
      return Promise.all(numbers.map(function (n) { return probe.doc(n); }))
          .then(function (docs) { return docs.map(function (d) { return d.url; }); });
    }
  };

  document.addEventListener('DOMContentLoaded', function () {
    var box = document.querySelector('.search');
    if (box) start(box);
  });
})();
