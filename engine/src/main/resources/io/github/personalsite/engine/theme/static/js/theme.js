/* Light/dark scheme: follows the system until the visitor picks one with the header button; the
   choice is remembered. Loaded in <head> before the stylesheet applies, so no wrong scheme flashes. */
(function () {
  var root = document.documentElement;
  var stored = null;
  try { stored = localStorage.getItem('theme'); } catch (e) { /* storage blocked: follow the system */ }
  if (stored === 'light' || stored === 'dark') { root.setAttribute('data-theme', stored); }

  function current() {
    var chosen = root.getAttribute('data-theme');
    if (chosen) { return chosen; }
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('theme-toggle');
    if (!button) { return; }
    function show() { button.setAttribute('aria-pressed', current() === 'dark' ? 'true' : 'false'); }
    button.hidden = false;
    show();
    button.addEventListener('click', function () {
      var next = current() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { localStorage.setItem('theme', next); } catch (e) { /* not remembered, still switched */ }
      show();
    });
  });
}());
