(function () {
  'use strict';
  // Opens the collapsed blocks (site chrome) around a fragment target so the jump lands on it.
  function reveal(el) {
    for (var d = el.closest('details'); d; d = d.parentElement ? d.parentElement.closest('details') : null) {
      d.open = true;
    }
  }
  // A span split by overlaps is several marks sharing data-ref; light them all up together.
  function flash(ref) {
    document.querySelectorAll('mark.flash').forEach(function (m) { m.classList.remove('flash'); });
    if (!ref) { return; }
    document.querySelectorAll('mark[data-ref]').forEach(function (m) {
      if (m.getAttribute('data-ref') === ref) { m.classList.add('flash'); }
    });
  }
  function onHash() {
    var id = location.hash ? decodeURIComponent(location.hash.slice(1)) : '';
    var el = id ? document.getElementById(id) : null;
    if (!el) { flash(null); return; }
    reveal(el);
    flash(el.tagName === 'MARK' ? el.getAttribute('data-ref') : null);
    el.scrollIntoView({block: 'center'});
  }
  // A click on highlighted text goes to its entry in the evidence or quote list.
  document.addEventListener('click', function (e) {
    var mark = e.target.closest ? e.target.closest('mark[data-ref]') : null;
    if (mark && !e.target.closest('a') && document.getElementById(mark.getAttribute('data-ref'))) {
      location.hash = mark.getAttribute('data-ref');
    }
  });
  window.addEventListener('hashchange', onHash);
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (d) { d.open = true; });
  });
  onHash();
  // Proof for the browser test that this script ran to the end without throwing.
  var ready = document.createElement('div');
  ready.id = 'stancekit-ready';
  ready.hidden = true;
  document.body.appendChild(ready);
  document.documentElement.setAttribute('data-ready', 'true');
})();
