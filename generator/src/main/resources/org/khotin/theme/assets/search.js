// khotin search: runs on the search page only (the header's search box is a plain form that leads here).
// Reads text exactly as org.khotin.search.SearchText does (a browser test compares the two on one table), and
// reads the index org.khotin.search.SearchIndex writes: a manifest, shards of words and of adjacent word
// pairs cut by sorted key, and one small file per article for the results on screen. It answers a query as
// org.khotin.search.SearchQuery does (a browser test compares the two on a set of queries).
(function () {
  'use strict';
  // A word is a run of letters, marks and digits; a number's thousands separator (8.600, 8,600: after a digit, before
  // exactly three) stands inside it and is left out of it, as SearchText does.
  var WORD = /[\p{L}\p{M}\p{N}]+(?:(?<=[0-9])[.,](?=[0-9]{3}(?![0-9]))[\p{L}\p{M}\p{N}]+)*/gu;
  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var PAGE_SIZE = 10;
  // While a reader types, the last word also matches longer words; below two letters that would be most of the
  // index, and past two shards a prefix such as "th" would cost more than the rest of the query.
  var MIN_PREFIX = 2;
  var MAX_PREFIX_SHARDS = 2;
  var SNIPPET_WORDS = 30;
  // A posting's part, as PostingCodec.Part: body, lead, keywords, title; a word there counts this much more.
  var PART_BOOST = [1, 2, 3, 5];
  // Two query words are mostly one Vietnamese word (Đà Nẵng, đảng viên), whose syllables apart are other
  // words (đã … nâng): articles with the words apart are listed only for longer queries. An index says from how
  // many words on (its manifest's apartFrom: 2 for English, whose words are words); this is the default.
  var MIN_APART_WORDS = 3;

  // ---- reading text: the mirror of SearchText, Fold and Tones ----

  function plainSpaces(s) {
    return s.normalize('NFC').replace(/[\u00A0\u2007\u202F\u2002\u2003\u2009]/g, ' ').replace(/[\u200B\u200C\u200D\uFEFF]/g, '');
  }

  function words(text) {
    return (plainSpaces(text).match(WORD) || []).map(ungrouped);
  }

  /** How many runs of words a reader typed apart, with spaces between: "Party 2018" two, "3.5" one. */
  function typedApart(query) {
    return plainSpaces(query).split(/[ \t\n\r\f\v]+/).filter(function (run) { return /[\p{L}\p{M}\p{N}]/u.test(run); }).length;
  }

  /** A word without its thousands separators: "8.600" → "8600". */
  function ungrouped(word) {
    return word.replace(/[.,]/g, '');
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

  var TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

  /** An exact form's letters (vowel marks and đ kept) and its tone marks, apart: "nẵng" → "năng", "\u0303". */
  function marks(exactWord) {
    var d = exactWord.normalize('NFD');
    return { letters: d.replace(TONE_MARKS, '').normalize('NFC'), tones: (d.match(TONE_MARKS) || []).join('') };
  }

  /**
   * Whether a query word finds a written word (its exact form) of the same folded form, or of one that starts
   * with it when prefix is set: SearchText.finds. Typed without marks, every one; typed with marks, only those.
   */
  function sameMarks(term, written, prefix) {
    if (!term.marks) return true;
    var w = marks(written), t = term.marks;
    return w.tones === t.tones && (prefix ? w.letters.lastIndexOf(t.letters, 0) === 0 : w.letters === t.letters);
  }

  // ---- the index ----

  /** A posting list (PostingCodec): document numbers and their weights, (count - 1) * 4 + part. */
  function decode(encoded) {
    var docs = [], weights = [], at = 0, i, bit, d;
    if (encoded.charAt(0) === '~') {
      var end = encoded.indexOf('.');
      if (end < 0) end = encoded.length;
      for (i = 1; i < end; i++) {
        d = DIGITS.indexOf(encoded.charAt(i));
        for (bit = 0; bit < 6; bit++) if (d & (1 << bit)) { docs.push((i - 1) * 6 + bit); weights.push(0); }
      }
      // then the documents where the word stands in the lead, a keyword or the title: skipped ones * 4 + part
      at = end + 1;
      for (i = -1; at < encoded.length;) {
        d = number();
        i += (d >> 2) + 1;
        weights[i] = d & 3;
      }
      return { docs: docs, weights: weights };
    }
    var doc = -1;
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
      weights.push(DIGITS.indexOf(encoded.charAt(at++)));
    }
    return { docs: docs, weights: weights };
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

  /** @param manifest the manifest, when the page asked for it before this script ran; else it is fetched */
  function Index(folder, manifest) {
    this.folder = folder;
    this.files = new Map();
    this.manifest = manifest || this.fetch('manifest.json', true);
  }

  Index.prototype.fetch = function (path, fresh) {
    if (!this.files.has(path)) {
      var self = this;
      var url = this.folder + path;
      var promise = fresh ? fetch(url, { cache: 'no-cache' }) :
          this.manifest.then(function (m) { return fetch(url + '?v=' + m.version); });
      this.files.set(path, promise.then(function (r) {
        if (!r.ok) throw new Error(url + ': ' + r.status);
        return /\.gz$/.test(path) ? r.arrayBuffer().then(gunzipJson) : r.json();
      }).catch(function (e) { self.files.delete(path); throw e; }));
    }
    return this.files.get(path);
  };

  /**
   * JSON from gzip bytes. A host that serves .gz files with Content-Encoding: gzip has the browser
   * decompress them already: then the bytes are the JSON itself.
   */
  function gunzipJson(buffer) {
    var bytes = new Uint8Array(buffer);
    if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
      return JSON.parse(new TextDecoder('utf-8').decode(bytes));
    }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).text().then(JSON.parse);
  }

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
      return { folded: f, marks: f === e ? null : marks(e) };
    });
    var last = terms[terms.length - 1];
    var prefix = !!last && /[\p{L}\p{M}\p{N}]$/u.test(query) && last.folded.length >= MIN_PREFIX;
    return { terms: terms, prefix: prefix };
  }

  /**
   * doc → { count, part } of the written forms under key (or every key starting with it, when prefix is set)
   * that accepts takes: how often they occur in the document, and the best part they stand in.
   */
  function collect(shards, key, prefix, accepts) {
    var into = new Map();
    shards.forEach(function (shard) {
      Object.keys(shard).forEach(function (k) {
        if (k !== key && !(prefix && k.lastIndexOf(key, 0) === 0)) return;
        shard[k].forEach(function (variant) {
          if (!accepts(variant[0])) return;
          var p = decode(variant[1]);
          for (var i = 0; i < p.docs.length; i++) {
            var old = into.get(p.docs[i]);
            var count = (p.weights[i] >> 2) + 1, part = p.weights[i] & 3;
            into.set(p.docs[i], old ? { count: old.count + count, part: Math.max(old.part, part) } : { count: count, part: part });
          }
        });
      });
    });
    return into;
  }

  /**
   * The documents that hold every query word, in two lists. together: the words stand as typed, each next
   * to the following one (one adjacent pair after another), best part first (title, keywords, lead, body),
   * then rarer words more often, then newer. apart (queries of the index's apartFrom words or more): the others,
   * those with more of the query's pairs first.
   */
  Index.prototype.search = function (query) {
    var self = this;
    var q = parse(query);
    if (q.terms.length === 0) return Promise.resolve({ query: q, together: [], apart: [] });
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
          var prefix = q.prefix && i === n - 1;
          return collect(loaded[0][i], t.folded, prefix, function (written) { return sameMarks(t, written, prefix); });
        });
        var perPair = pairKeys.map(function (k, i) {
          var prefix = q.prefix && i === n - 2;
          return collect(loaded[1][i], k, prefix, function (written) {
            var two = written.split(' ');
            return sameMarks(q.terms[i], two[0], false) && sameMarks(q.terms[i + 1], two[1], prefix);
          });
        });
        var rarest = perWord.slice().sort(function (a, b) { return a.size - b.size; })[0];
        var together = [], apart = [];
        rarest.forEach(function (unused, doc) {
          var score = 0, part = 3, pairs = 0;
          for (var i = 0; i < n; i++) {
            var match = perWord[i].get(doc);
            if (!match) return;
            score += Math.log(1 + m.docs / perWord[i].size) * (1 + Math.log(match.count)) * PART_BOOST[match.part];
            if (n === 1) part = match.part;
          }
          perPair.forEach(function (matches) {
            var match = matches.get(doc);
            if (match) { pairs++; part = Math.min(part, match.part); }
          });
          var r = { doc: doc, part: part, pairs: pairs, score: score };
          if (pairs === n - 1) together.push(r); else apart.push(r);
        });
        // words typed as one ("3.5", "18-NQ/TW") belong together: they count as one towards apartFrom
        if (typedApart(query) < (m.apartFrom || MIN_APART_WORDS)) apart = [];
        together.sort(function (a, b) { return b.part - a.part || b.score - a.score || a.doc - b.doc; });
        apart.sort(function (a, b) { return b.pairs - a.pairs || b.score - a.score || a.doc - b.doc; });
        function doc(r) { return r.doc; }
        return { query: q, together: together.map(doc), apart: apart.map(doc) };
      });
    });
  };

  /** Result files hold DOCS_PER_PACK documents each, compressed together. */
  var DOCS_PER_PACK = 4;

  Index.prototype.doc = function (n) {
    return this.fetch('d/' + Math.floor(n / DOCS_PER_PACK) + '.json.gz').then(function (pack) {
      return pack[n % DOCS_PER_PACK];
    });
  };

  // ---- the index read in a worker, so that reading it never holds up the page ----

  // In a worker (this same file, started by the page): one Index per folder. Messages: { folder, awaitManifest }
  // opens one whose manifest the page fetches and sends as { folder, manifest } (text, or null if that failed);
  // { id, folder, query } searches; { id, folder, doc } answers a result number with its document.
  if (typeof document === 'undefined') {
    var indexes = new Map();
    var manifestArrives = new Map();
    var open = function (folder) {
      if (!indexes.has(folder)) indexes.set(folder, new Index(folder));
      return indexes.get(folder);
    };
    self.onmessage = function (event) {
      var m = event.data;
      if (m.awaitManifest && !indexes.has(m.folder)) {
        indexes.set(m.folder, new Index(m.folder, new Promise(function (resolve) {
          manifestArrives.set(m.folder, resolve);
        })));
        return;
      }
      if ('manifest' in m) {
        var resolve = manifestArrives.get(m.folder);
        manifestArrives.delete(m.folder);
        var index = indexes.get(m.folder);
        // a manifest the page could not fetch is fetched here
        if (resolve) resolve(m.manifest !== null ? JSON.parse(m.manifest) : index.fetch('manifest.json', true));
        return;
      }
      var work = 'doc' in m ? open(m.folder).doc(m.doc)
          : open(m.folder).search(m.query).then(function (r) { return { together: r.together, apart: r.apart }; });
      work.then(function (result) { self.postMessage({ id: m.id, result: result }); },
          function (e) { self.postMessage({ id: m.id, error: String(e) }); });
    };
    return;
  }

  /** An Index in a worker, with the same two calls. */
  function Remote(worker, folder) {
    var pending = this.pending = new Map();
    this.worker = worker;
    this.folder = folder;
    this.next = 0;
    worker.addEventListener('message', function (event) {
      var answer = event.data;
      var waiting = pending.get(answer.id);
      pending.delete(answer.id);
      if (answer.error) waiting.reject(new Error(answer.error)); else waiting.resolve(answer.result);
    });
    worker.addEventListener('error', function () {
      pending.forEach(function (waiting) { waiting.reject(new Error('search worker failed')); });
      pending.clear();
    });
  }

  Remote.prototype.ask = function (message) {
    var self = this;
    message.id = ++this.next;
    message.folder = this.folder;
    return new Promise(function (resolve, reject) {
      self.pending.set(message.id, { resolve: resolve, reject: reject });
      self.worker.postMessage(message);
    });
  };

  Remote.prototype.search = function (query) {
    var q = parse(query);
    if (q.terms.length === 0) return Promise.resolve({ query: q, together: [], apart: [] });
    return this.ask({ query: query }).then(function (r) { return { query: q, together: r.together, apart: r.apart }; });
  };

  Remote.prototype.doc = function (n) {
    return this.ask({ doc: n });
  };

  /**
   * The page's index: in the worker the page started when the address held a query, else in a new one; in this
   * page where workers cannot run.
   */
  function pageIndex(box) {
    var folder = new URL(box.getAttribute('data-index'), window.location.href).href;
    var worker = window.khotinSearchWorker;
    if (!worker && typeof Worker !== 'undefined') {
      try {
        worker = new Worker(box.getAttribute('data-script'));
      } catch (e) {
        worker = null;
      }
    }
    return worker ? new Remote(worker, folder) : new Index(folder);
  }

  // ---- showing results ----

  /** Which query word a word of the text matches, or -1. */
  function matcher(q) {
    return function (word) {
      for (var i = 0; i < q.terms.length; i++) if (isTerm(q, i, word)) return i;
      return -1;
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
    while ((m = WORD.exec(text)) !== null) {
      out.push({ index: m.index, end: m.index + m[0].length, word: ungrouped(m[0]), match: match(ungrouped(m[0])) });
    }
    return out;
  }

  /** Whether a word of the text is the query's word i, as the search matched it. */
  function isTerm(q, i, word) {
    var t = q.terms[i], f = fold(word);
    if (q.prefix && i === q.terms.length - 1) return f.lastIndexOf(t.folded, 0) === 0 && sameMarks(t, exact(word), true);
    return f === t.folded && sameMarks(t, exact(word), false);
  }

  /**
   * Where the text has the query's words together, as typed, only they are marked: "dang vien" marks "đảng viên",
   * not each "viên" and "Đảng" around it. Elsewhere, every word the query has.
   */
  function phraseMarks(ts, q) {
    var n = q.terms.length;
    if (n < 2) return ts;
    var kept = [];
    for (var s = 0; s + n <= ts.length; s++) {
      var k = 0;
      while (k < n && isTerm(q, k, ts[s + k].word)) k++;
      if (k === n) for (var j = s; j < s + n; j++) kept[j] = true;
    }
    if (kept.length === 0) return ts;
    return ts.map(function (t, j) { return kept[j] ? t : { index: t.index, end: t.end, word: t.word, match: -1 }; });
  }

  /** The stretch of about SNIPPET_WORDS words that holds the most different query words. */
  function snippet(node, text, match, q) {
    var ts = phraseMarks(tokens(text, match), q);
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

  /** A result; its title is a heading of the given level (h3 under the heading of the words-apart list). */
  function resultItem(doc, q, ui, level) {
    var match = matcher(q);
    var li = document.createElement('li');
    li.className = 'search-result';
    var heading = document.createElement(level);
    var a = document.createElement('a');
    a.href = ui.root + doc.url;
    highlight(a, doc.title, phraseMarks(tokens(doc.title, match), q), 0, doc.title.length);
    heading.appendChild(a);
    li.appendChild(heading);
    var meta = document.createElement('p');
    meta.className = 'result-meta';
    var time = document.createElement('time');
    time.dateTime = doc.iso;
    time.textContent = doc.date;
    meta.appendChild(time);
    li.appendChild(meta);
    var text = document.createElement('p');
    text.className = 'result-snippet';
    snippet(text, doc.text, match, q);
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
    var apartHeading = box.querySelector('.search-apart');
    var apartList = box.querySelector('.search-results-apart');
    var more = box.querySelector('.search-more');
    var ui = {
      root: box.getAttribute('data-root'),
      keywords: box.getAttribute('data-keywords'),
      t: {
        results: box.getAttribute('data-t-results'), one: box.getAttribute('data-t-one'),
        none: box.getAttribute('data-t-none'), error: box.getAttribute('data-t-error'),
        apart: box.getAttribute('data-t-apart'), apartOne: box.getAttribute('data-t-apart-one'),
        keywords: box.getAttribute('data-t-keywords')
      }
    };
    var index = pageIndex(box);
    // docs: the results with the words together, then those with the words apart
    var current = { docs: [], together: 0, shown: 0, q: null };
    var generation = 0;
    var timer = 0;

    function showMore(focusFirst) {
      var from = current.shown, mine = generation;
      var batch = current.docs.slice(from, from + PAGE_SIZE);
      current.shown += batch.length;
      return Promise.all(batch.map(function (n) { return index.doc(n); })).then(function (docs) {
        if (mine !== generation) return;
        var firstNew = null;
        docs.forEach(function (d, i) {
          var apart = from + i >= current.together;
          var li = resultItem(d, current.q, ui, apart ? 'h3' : 'h2');
          (apart ? apartList : list).appendChild(li);
          apartList.hidden = apartHeading.hidden = apartList.childElementCount === 0;
          firstNew = firstNew || li.querySelector('a');
        });
        more.hidden = current.shown >= current.docs.length;
        if (focusFirst && firstNew) firstNew.focus();
      });
    }

    function run(query) {
      var mine = ++generation;
      var trimmed = query.trim();
      function clear() {
        list.textContent = apartList.textContent = '';
        apartList.hidden = apartHeading.hidden = true;
      }
      if (trimmed === '') {
        clear();
        status.textContent = '';
        more.hidden = true;
        current = { docs: [], together: 0, shown: 0, q: null };
        return Promise.resolve();
      }
      return index.search(query).then(function (r) {
        if (mine !== generation) return;
        current = { docs: r.together.concat(r.apart), together: r.together.length, shown: 0, q: r.query };
        clear();
        var n = r.together.length;
        var text = format(n === 0 ? ui.t.none : n === 1 ? ui.t.one : ui.t.results, n, trimmed);
        if (r.apart.length > 0) {
          apartHeading.textContent = format(r.apart.length === 1 ? ui.t.apartOne : ui.t.apart, r.apart.length, trimmed);
          text += '; ' + apartHeading.textContent;
        }
        status.textContent = text;
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
      var links = Array.prototype.slice.call(box.querySelectorAll('.search-result > :is(h2, h3) > a'));
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

  // For tests and measurements: the text functions, a search that returns the result numbers of both lists in
  // rank order ({ together, apart }), and the URLs of result numbers.
  var probe = null;
  window.khotinSearch = {
    words: words, fold: fold, exact: exact, marks: marks,
    search: function (query) {
      probe = probe || new Index(document.querySelector('.search').getAttribute('data-index'));
      return probe.search(query).then(function (r) { return { together: r.together, apart: r.apart }; });
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
