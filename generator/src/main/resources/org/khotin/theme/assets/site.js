// khotin: the two things that need JavaScript, text size and copy-link. Everything else works without it.
(function () {
  'use strict';
  // the page's head applied the stored size before the first paint (see layout.ftlh); site.css maps each
  // step to a scale
  var size = {
    key: 'khotin-text-size',
    steps: 6,
    apply: function (n) { document.documentElement.setAttribute('data-text-size', String(n)); }
  };

  function storedStep() {
    try {
      var v = parseInt(window.localStorage.getItem(size.key), 10);
      return isNaN(v) ? 1 : Math.max(0, Math.min(size.steps - 1, v));
    } catch (e) {
      return 1;
    }
  }

  // as the search page folds words: marks and đ do not count, nor case
  function fold(text) {
    return text.normalize('NFC').normalize('NFD').replace(/\p{Mn}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }

  /**
   * The keyword index narrowed to the keywords holding what the reader types; letters with none are hidden. An
   * index split by letter fetches its letters' pages on the first keystroke and lists the matches from all of them.
   */
  function filterKeywords(input) {
    var items = Array.prototype.slice.call(document.querySelectorAll('.letter-group .keyword-index li'));
    var keys = items.map(function (li) { return fold(li.querySelector('a').textContent); });
    var groups = Array.prototype.slice.call(document.querySelectorAll('.letter-group, .most-used, .letter-more'));
    var status = document.getElementById('keyword-filter-status');
    var results = document.getElementById('keyword-filter-results');
    var split = input.closest('.keyword-filter').hasAttribute('data-letter-pages');
    var everyKeyword = null;

    function say(count) {
      status.textContent = count === 1 ? status.getAttribute('data-template-one')
        : status.getAttribute('data-template').replace('%d', String(count));
    }

    function letterPages() {
      if (!everyKeyword) {
        var pages = Array.prototype.map.call(document.querySelectorAll('.letter-group h2 a'), function (a) { return a.href; });
        everyKeyword = Promise.all(pages.map(function (page) {
          return fetch(page).then(function (r) { return r.text(); }).then(function (html) {
            var doc = new DOMParser().parseFromString(html, 'text/html');
            return Array.prototype.map.call(doc.querySelectorAll('.keyword-index li'), function (li) {
              var a = li.querySelector('a');
              return { key: fold(a.textContent), node: li, href: new URL(a.getAttribute('href'), page).href };
            });
          });
        })).then(function (lists) { return [].concat.apply([], lists); });
      }
      return everyKeyword;
    }

    input.addEventListener('input', function () {
      var wanted = fold(input.value.trim());
      if (split) {
        groups.forEach(function (group) { group.hidden = wanted !== ''; });
        if (wanted === '') {
          results.hidden = true;
          status.textContent = '';
          return;
        }
        letterPages().then(function (all) {
          if (fold(input.value.trim()) !== wanted) return; // the reader typed on
          results.textContent = '';
          var found = all.filter(function (k) { return k.key.indexOf(wanted) >= 0; });
          found.forEach(function (k) {
            var li = document.importNode(k.node, true);
            li.querySelector('a').setAttribute('href', k.href);
            results.appendChild(li);
          });
          results.hidden = false;
          say(found.length);
        });
        return;
      }
      var shown = 0;
      items.forEach(function (li, i) {
        li.hidden = wanted !== '' && keys[i].indexOf(wanted) < 0;
        if (!li.hidden) shown++;
      });
      groups.forEach(function (group) {
        group.hidden = wanted !== '' && (!group.classList.contains('letter-group') || !group.querySelector('.keyword-index li:not([hidden])'));
      });
      if (wanted === '') status.textContent = ''; else say(shown);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    // a browser that cannot style a closed <details> open still shows the menu on a wide screen
    var menu = document.querySelector('.site-menu');
    if (menu && !CSS.supports('selector(::details-content)') && window.matchMedia('(min-width: 48rem)').matches) menu.open = true;
    var control = document.querySelector('.text-size');
    if (control) {
      control.addEventListener('click', function (event) {
        var button = event.target.closest('button[data-text-size]');
        if (!button) return;
        var current = parseInt(document.documentElement.getAttribute('data-text-size'), 10);
        if (isNaN(current)) current = storedStep();
        var step = Math.max(0, Math.min(size.steps - 1, current + parseInt(button.getAttribute('data-text-size'), 10)));
        try { window.localStorage.setItem(size.key, String(step)); } catch (e) { /* private mode: size lasts for this page */ }
        size.apply(step);
      });
    }
    var filter = document.getElementById('keyword-filter');
    if (filter) filterKeywords(filter);
    var copy = document.querySelector('.copy-link');
    if (copy && navigator.clipboard) {
      copy.hidden = false;
      copy.addEventListener('click', function () {
        navigator.clipboard.writeText(document.querySelector('link[rel=canonical]').href).then(function () {
          copy.textContent = copy.getAttribute('data-done');
        });
      });
    }
  });
})();
