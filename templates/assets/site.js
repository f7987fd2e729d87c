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
