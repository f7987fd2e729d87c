// khotin serve: reloads the page when a rebuild changed it, and shows build errors over the page.
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

  // The site files this page may have been served from: /a/b/ and /a/b are both a/b/index.html.
  function ownFiles() {
    var path = decodeURIComponent(window.location.pathname).replace(/^\//, '');
    if (path === '' || path.charAt(path.length - 1) === '/') return [path + 'index.html'];
    return [path, path + '/index.html'];
  }

  function concernsThisPage(change) {
    if (change.all) return true;
    var own = ownFiles();
    return (change.pages || []).some(function (f) { return own.indexOf(f) >= 0; });
  }

  function connect() {
    var events = new EventSource('/__khotin/events');
    events.addEventListener('reload', function (e) {
      if (concernsThisPage(JSON.parse(e.data))) window.location.reload();
    });
    events.addEventListener('errors', function (e) { showErrors(JSON.parse(e.data)); });
    events.onerror = function () { events.close(); setTimeout(connect, 1000); };
  }
  connect();
})();
