// khotin serve: reloads the page when the site is rebuilt, and shows build errors over the page.
(function () {
  'use strict';
  var OVERLAY = 'khotin-error-overlay';

  function showErrors(lines) {
    var box = document.getElementById(OVERLAY);
    if (!box) {
      box = document.createElement('div');
      box.id = OVERLAY;
      box.setAttribute('role', 'alert');
      box.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);' +
        'color:#fff;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:2rem;white-space:pre-wrap';
      document.body.appendChild(box);
    }
    box.textContent = 'khotin: the build failed; the page shows the last good build.\n\n' + lines.join('\n');
  }

  function connect() {
    var events = new EventSource('/__khotin/events');
    events.addEventListener('reload', function () { window.location.reload(); });
    events.addEventListener('errors', function (e) { showErrors(JSON.parse(e.data)); });
    events.onerror = function () { events.close(); setTimeout(connect, 1000); };
  }
  connect();
})();
