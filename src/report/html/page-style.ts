/** The stylesheet of a report: system fonts only (no web font to fetch), readable on screen and on paper. */
export const PAGE_STYLE = `
:root { --ink: #263238; --muted: #607d8b; --line: #e0e6ea; --bg: #f5f7f8; --accent: #1e88e5; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--ink); background: var(--bg); }
header { background: #263238; color: #fff; padding: 1.5rem 2rem 1rem; }
header h1 { margin: 0; font-size: 1.6rem; font-weight: 600; word-break: break-word; }
header p { margin: .25rem 0 0; color: #cfd8dc; }
nav { position: sticky; top: 0; z-index: 5; background: #fff; border-bottom: 1px solid var(--line); padding: .4rem 2rem; display: flex; flex-wrap: wrap; gap: .2rem 1.2rem; }
nav a { color: var(--muted); text-decoration: none; font-size: .9rem; }
nav a:hover { color: var(--accent); }
main { max-width: 1280px; margin: 0 auto; padding: 1rem 2rem 2rem; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1.2rem 1.4rem; margin: 1rem 0; }
section > h2 { margin: 0 0 .6rem; font-size: 1.2rem; font-weight: 600; }
h3 { font-size: 1rem; margin: 1.4rem 0 .5rem; font-weight: 600; }
p.lead { color: var(--muted); margin: 0 0 .8rem; max-width: 70rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: .7rem; margin: .4rem 0 1rem; }
.card { border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 6px; padding: .6rem .8rem; background: #fbfcfc; }
.card.good { border-left-color: #2e7d32; } .card.bad { border-left-color: #c62828; }
.card .label { color: var(--muted); font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; }
.card .value { font-size: 1.45rem; font-weight: 600; font-variant-numeric: tabular-nums; }
.card .note { color: var(--muted); font-size: .8rem; }
.grid2 { display: grid; grid-template-columns: 1fr 1fr; gap: 1.2rem; }
@media (max-width: 900px) { .grid2 { grid-template-columns: 1fr; } }
.chart { width: 100%; min-height: 80px; margin: .6rem 0; }
.chart .vega-embed { width: 100%; }
.table-wrap { overflow-x: auto; margin: .6rem 0; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; background: #fafbfb; position: sticky; top: 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr[data-variant] { cursor: pointer; }
tr.selected td { background: #fff3e0; }
.table-note { color: var(--muted); font-size: .8rem; margin: .2rem 0 .6rem; }
.seq { display: inline-flex; flex-wrap: wrap; gap: .2rem; align-items: center; }
.act { display: inline-block; padding: .05rem .45rem; border-radius: 10px; background: #e3f2fd; color: #0d47a1; font-size: .8rem; white-space: nowrap; }
.arr { color: var(--muted); font-size: .8rem; }
.selector { margin: .6rem 0; }
.selector select { font: inherit; padding: .2rem; max-width: 100%; }
.variant-detail { border: 1px dashed var(--line); border-radius: 6px; padding: .6rem .8rem; margin-bottom: .8rem; }
.variant-stats { margin-bottom: .4rem; }
.toggle { display: inline-flex; border: 1px solid var(--line); border-radius: 6px; overflow: hidden; margin-bottom: .4rem; }
.toggle button { font: inherit; border: 0; background: #fff; padding: .3rem .9rem; cursor: pointer; color: var(--muted); }
.toggle button[aria-pressed="true"] { background: var(--accent); color: #fff; }
.map-view { overflow: auto; border: 1px solid var(--line); border-radius: 6px; padding: .5rem; background: #fff; }
.map-view svg { display: block; margin: 0 auto; max-width: 100%; height: auto; }
footer { color: var(--muted); font-size: .8rem; text-align: center; padding: 1rem 2rem 2rem; }
#vg-tooltip-element { font-size: .8rem; }
@media print {
  nav, .toggle, .selector { display: none; }
  body { background: #fff; }
  section { break-inside: avoid; border: 0; }
  .map-view[hidden] { display: block; }
}
`;
