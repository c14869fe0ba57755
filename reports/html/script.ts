/**
 * The page's only script (plain JS, no network): the search box, the "failures only" filter,
 * expand/collapse of failure cards, and copy buttons. Elements opt in with `data-search` text.
 */
export const SCRIPT = `
(function () {
  var search = document.getElementById('search');
  var only = document.getElementById('failures-only');
  function apply() {
    var q = (search.value || '').trim().toLowerCase();
    document.querySelectorAll('[data-search]').forEach(function (el) {
      var hit = !q || el.getAttribute('data-search').toLowerCase().indexOf(q) >= 0 || el.textContent.toLowerCase().indexOf(q) >= 0;
      el.classList.toggle('hidden', !hit);
    });
    document.body.classList.toggle('failures-only', only.checked);
    var shown = document.querySelectorAll('details.failure:not(.hidden)').length;
    var counter = document.getElementById('shown-failures');
    if (counter) counter.textContent = String(shown);
  }
  search.addEventListener('input', apply);
  only.addEventListener('change', apply);
  document.querySelectorAll('[data-expand]').forEach(function (b) {
    b.addEventListener('click', function (e) {
      e.preventDefault();
      var open = b.getAttribute('data-expand') === 'open';
      document.querySelectorAll('details.failure').forEach(function (d) { d.open = open; });
    });
  });
  document.querySelectorAll('button.copy').forEach(function (b) {
    b.addEventListener('click', function () {
      var pre = b.closest('.block').querySelector('pre');
      var done = function () { b.textContent = 'copied'; setTimeout(function () { b.textContent = 'copy'; }, 1200); };
      if (navigator.clipboard) navigator.clipboard.writeText(pre.textContent).then(done, function () {});
    });
  });
  if (location.hash) {
    var target = document.getElementById(location.hash.slice(1));
    if (target && target.tagName === 'DETAILS') target.open = true;
  }
  window.addEventListener('hashchange', function () {
    var t = document.getElementById(location.hash.slice(1));
    if (t && t.tagName === 'DETAILS') t.open = true;
  });
  apply();
})();
`;
