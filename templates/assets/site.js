// khotin: the two things that need JavaScript, text size and copy-link. Everything else works without it.
(function () {
  'use strict';
  var KEY = 'khotin-text-size';
  var STEPS = [0.875, 1, 1.125, 1.25, 1.375, 1.5];
  var root = document.documentElement;

  function storedStep() {
    try {
      var v = parseInt(window.localStorage.getItem(KEY), 10);
      return isNaN(v) ? 1 : Math.max(0, Math.min(STEPS.length - 1, v));
    } catch (e) {
      return 1;
    }
  }

  function apply(step) {
    root.style.setProperty('--text-scale', String(STEPS[step]));
    root.setAttribute('data-text-size', String(step));
  }

  // Runs in <head>, before the page paints, so a reader's size is there from the first frame.
  apply(storedStep());

  document.addEventListener('DOMContentLoaded', function () {
    // a browser that cannot style a closed <details> open still shows the menu on a wide screen
    var menu = document.querySelector('.site-menu');
    if (menu && !CSS.supports('selector(::details-content)') && window.matchMedia('(min-width: 48rem)').matches) menu.open = true;
    var control = document.querySelector('.text-size');
    if (control) {
      control.hidden = false;
      control.addEventListener('click', function (event) {
        var button = event.target.closest('button[data-text-size]');
        if (!button) return;
        var step = Math.max(0, Math.min(STEPS.length - 1, storedStep() + parseInt(button.getAttribute('data-text-size'), 10)));
        try { window.localStorage.setItem(KEY, String(step)); } catch (e) { /* private mode: size lasts for this page */ }
        apply(step);
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
