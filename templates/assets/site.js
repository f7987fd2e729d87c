// khotin: the two things that need JavaScript, text size and copy-link. Everything else works without it.
(function () {
  'use strict';
  // the page's head applied the stored size before the first paint (see layout.ftlh)
  var size = window.khotinTextSize;

  function storedStep() {
    try {
      var v = parseInt(window.localStorage.getItem(size.key), 10);
      return isNaN(v) ? 1 : Math.max(0, Math.min(size.steps.length - 1, v));
    } catch (e) {
      return 1;
    }
  }

  // as the search page folds words: marks and đ do not count, nor case
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }

  /** The keyword index narrowed to the keywords holding what the reader types; letters with none are hidden. */
  function filterKeywords(input) {
    var items = Array.prototype.slice.call(document.querySelectorAll('.keyword-index li'));
    var keys = items.map(function (li) { return fold(li.querySelector('a').textContent); });
    var groups = Array.prototype.slice.call(document.querySelectorAll('.letter-group, .most-used'));
    var status = document.getElementById('keyword-filter-status');
    input.addEventListener('input', function () {
      var wanted = fold(input.value.trim());
      var shown = 0;
      items.forEach(function (li, i) {
        li.hidden = wanted !== '' && keys[i].indexOf(wanted) < 0;
        if (!li.hidden) shown++;
      });
      groups.forEach(function (group) {
        group.hidden = wanted !== '' && (group.classList.contains('most-used') || !group.querySelector('.keyword-index li:not([hidden])'));
      });
      status.textContent = wanted === '' ? '' : status.getAttribute('data-template').replace('%d', String(shown));
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    // a browser that cannot style a closed <details> open still shows the menu on a wide screen
    var menu = document.querySelector('.site-menu');
    if (menu && !CSS.supports('selector(::details-content)') && window.matchMedia('(min-width: 48rem)').matches) menu.open = true;
    var control = document.querySelector('.text-size');
    if (control && size) {
      control.addEventListener('click', function (event) {
        var button = event.target.closest('button[data-text-size]');
        if (!button) return;
        var current = parseInt(document.documentElement.getAttribute('data-text-size'), 10);
        if (isNaN(current)) current = storedStep();
        var step = Math.max(0, Math.min(size.steps.length - 1, current + parseInt(button.getAttribute('data-text-size'), 10)));
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
        navigator.clipboard.writeText(copy.getAttribute('data-url')).then(function () {
          copy.textContent = copy.getAttribute('data-done');
        });
      });
    }
  });
})();
