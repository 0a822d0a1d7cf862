/**
 * The page script of a report, inlined as is: draws every `[data-chart]` placeholder with vega-embed (SVG
 * renderer, tooltips on), toggles the process-map views, and drives the variant selector. Log text reaches
 * the page only through textContent. Sets `data-charts="ready"` on <html> when every chart is drawn.
 */
export const CLIENT_SCRIPT = `(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('procmine-data').textContent);
  var views = {};
  var each = function (selector, f) { Array.prototype.forEach.call(document.querySelectorAll(selector), f); };

  function make(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }

  var select = document.getElementById('variant-select');
  var detail = document.getElementById('variant-detail');
  function selectVariant(rank) {
    var v = (data.variants || [])[rank - 1];
    if (!v || !detail) return;
    if (select) select.value = String(rank);
    detail.textContent = '';
    var stats = make('div', 'variant-stats');
    stats.appendChild(make('b', '', 'Variant ' + v.rank));
    stats.appendChild(document.createTextNode(': ' + v.cases + ' (' + v.share + '; ' + v.cumulative + ' cumulative), median ' +
      v.median + ', mean ' + v.mean + ', ' + v.activities.length + ' events'));
    detail.appendChild(stats);
    var seq = make('span', 'seq');
    v.activities.forEach(function (a, i) {
      if (i > 0) seq.appendChild(make('span', 'arr', '\u2192'));
      seq.appendChild(make('span', 'act', a));
    });
    detail.appendChild(seq);
    each('#variants-table tr[data-variant]', function (row) {
      row.classList.toggle('selected', row.getAttribute('data-variant') === String(rank));
    });
    var pareto = views['variants-pareto'];
    if (pareto) pareto.signal('selectedVariant', rank).runAsync();
  }
  if (select) select.addEventListener('change', function () { selectVariant(Number(select.value)); });
  each('#variants-table tr[data-variant]', function (row) {
    row.addEventListener('click', function () { selectVariant(Number(row.getAttribute('data-variant'))); });
  });

  each('[data-map-view]', function (button) {
    button.addEventListener('click', function () {
      var view = button.getAttribute('data-map-view');
      each('.map-view', function (el) { el.hidden = el.getAttribute('data-view') !== view; });
      each('[data-map-view]', function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-map-view') === view)); });
    });
  });

  var jobs = [];
  each('[data-chart]', function (el) {
    var id = el.getAttribute('data-chart');
    var spec = data.charts[id];
    if (!spec) return;
    jobs.push(vegaEmbed(el, spec, { actions: false, renderer: 'svg', mode: 'vega-lite' }).then(function (result) {
      views[id] = result.view;
      if (id === 'variants-pareto') {
        result.view.addEventListener('click', function (event, item) {
          if (item && item.datum && item.datum.rank) selectVariant(item.datum.rank);
        });
      }
    }));
  });
  Promise.all(jobs).then(function () {
    document.documentElement.setAttribute('data-charts', 'ready');
  }, function (error) {
    document.documentElement.setAttribute('data-charts', 'failed');
    // Rethrown outside the promise, so the browser reports it as any uncaught error.
    setTimeout(function () { throw error; });
  });
})();
`;
