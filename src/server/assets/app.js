/* newsprism: small progressive enhancements; every page works without it.
 * Loaded from /static/app.js (the Content-Security-Policy forbids inline script). */
(function () {
  'use strict';
  function each(sel, fn) { Array.prototype.forEach.call(document.querySelectorAll(sel), fn); }

  /* "Expand all / collapse all" above each list of claims. */
  each('[data-claims]', function (list) {
    var bar = document.createElement('div');
    bar.className = 'toolbar';
    var btn = document.createElement('button');
    btn.type = 'button';
    btn.textContent = 'Expand all';
    btn.addEventListener('click', function () {
      var open = btn.textContent === 'Expand all';
      each('[data-claims] details', function (d) { d.open = open; });
      btn.textContent = open ? 'Collapse all' : 'Expand all';
    });
    var filter = document.createElement('input');
    filter.type = 'search';
    filter.placeholder = 'Filter claims';
    filter.setAttribute('aria-label', 'Filter claims');
    filter.addEventListener('input', function () {
      var q = filter.value.toLowerCase();
      Array.prototype.forEach.call(list.querySelectorAll('details'), function (d) {
        d.hidden = q !== '' && d.textContent.toLowerCase().indexOf(q) < 0;
      });
    });
    bar.appendChild(btn);
    bar.appendChild(document.createTextNode(' '));
    bar.appendChild(filter);
    list.parentNode.insertBefore(bar, list);
  });

  /* "/" focuses the search box, as on many sites. */
  document.addEventListener('keydown', function (e) {
    var box = document.querySelector('header.top input[name=q]');
    if (e.key === '/' && box && document.activeElement !== box &&
        !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
      e.preventDefault();
      box.focus();
    }
  });
})();
