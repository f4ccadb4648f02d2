/**
 * The sidebar's stylesheet. It lives in our shadow root, so the page's CSS cannot reach in and ours
 * cannot leak out; `:host{all:initial}` resets what inherits across the boundary. Sizes are px
 * because rem would follow the page's root font size. Colours are variables so dark mode is one block.
 */
import { relatedCss } from './sections/related-styles';
import { votesCss } from './sections/votes-styles';

export const sidebarCss = `
:host { all: initial; }
* { box-sizing: border-box; }
.root {
  --bg: #ffffff; --fg: #1b1f23; --muted: #5a6470; --line: #d9dee3; --accent: #006548;
  --accent-fg: #ffffff; --chip: #eef3f1; --mark: #ffd54f; --bar: #006548; --focus: #1d70b8;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  color: var(--fg);
}
@media (prefers-color-scheme: dark) {
  .root { --bg: #16191d; --fg: #e8eaed; --muted: #a3acb6; --line: #333a42; --accent: #4cc38a;
    --accent-fg: #0b1a13; --chip: #1f2a25; --bar: #4cc38a; --focus: #8ab4f8; }
}
.panel {
  position: fixed; top: 0; right: 0; bottom: 0; width: 380px; display: flex; flex-direction: column;
  background: var(--bg); border-left: 1px solid var(--line); box-shadow: -2px 0 8px rgba(0,0,0,0.08);
  /* Text from pages and APIs may hold one enormous word or URL: break it rather than widen the panel. */
  overflow-wrap: anywhere;
}
.panel > header {
  display: flex; align-items: center; gap: 8px; padding: 10px 12px; background: var(--accent);
  color: var(--accent-fg);
}
.panel > header h1 { font-size: 15px; margin: 0; flex: 1; font-weight: 600; }
.panel > header img { width: 20px; height: 20px; }
.scroll { overflow-y: auto; flex: 1; padding: 4px 14px 24px; }
section { border-bottom: 1px solid var(--line); padding: 12px 0; }
section:last-child { border-bottom: 0; }
h2 { font-size: 12px; letter-spacing: 0.06em; text-transform: uppercase; color: var(--muted); margin: 0 0 8px; }
h3 { font-size: 16px; margin: 0 0 6px; line-height: 1.3; }
p { margin: 4px 0; }
a { color: var(--focus); }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 8px 0; }
dt { color: var(--muted); }
dd { margin: 0; }
button {
  font: inherit; font-size: 13px; border: 1px solid var(--line); background: var(--chip); color: var(--fg);
  border-radius: 6px; padding: 3px 10px; cursor: pointer;
}
button:hover { border-color: var(--accent); }
header button { background: transparent; color: var(--accent-fg); border-color: transparent; font-size: 18px; line-height: 1; padding: 2px 8px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
/* On the coloured header the page-blue ring was 1.37:1 (1.05:1 dark); its text colour is 7:1 and more. */
.panel > header :focus-visible { outline-color: var(--accent-fg); }
/* The panel takes focus when opened on purpose (panel-focus.ts): a ring inside its edge. */
.panel:focus-visible { outline-offset: -3px; }
.panel:focus:not(:focus-visible) { outline: none; }
.links { display: flex; flex-wrap: wrap; gap: 6px 12px; margin-top: 8px; align-items: center; }
.muted { color: var(--muted); }
.small { font-size: 12px; }
.note { color: var(--muted); font-size: 13px; }
.updated { margin: 8px 12px 0; padding: 8px 10px; border: 1px solid #c98a00; border-radius: 6px; }
.updated p { margin: 0 0 6px; }
.note.stale { border-left: 3px solid #c98a00; padding-left: 6px; }
.chip { display: inline-block; background: var(--chip); border-radius: 10px; padding: 0 8px; font-size: 12px; }
.person { display: flex; gap: 10px; align-items: flex-start; }
.person img { width: 48px; height: 60px; object-fit: cover; border-radius: 4px; background: var(--chip); flex: none; }
.person .name { font-weight: 600; }
.loading::before {
  content: ""; display: inline-block; width: 10px; height: 10px; margin-right: 6px; border-radius: 50%;
  border: 2px solid var(--line); border-top-color: var(--accent); animation: spin 0.9s linear infinite;
  vertical-align: -1px;
}
@keyframes spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .loading::before { animation: none; } }
ol.ledger { list-style: none; margin: 0; padding: 0; }
ol.ledger li { padding: 6px 0; border-top: 1px dashed var(--line); }
ol.ledger li:first-child { border-top: 0; }
.figure-head { display: flex; justify-content: space-between; gap: 8px; align-items: baseline; }
.figure-value { font-weight: 600; font-variant-numeric: tabular-nums; min-width: 0; }
.figure-head button { font-size: 12px; padding: 0 8px; flex: none; }
.context { color: var(--muted); font-size: 12px; margin-top: 2px; }
.switch { font-size: 11px; padding: 0 6px; margin-left: 4px; }
details.method summary { cursor: pointer; color: var(--muted); font-size: 12px; }
details.method p { margin: 2px 0; overflow-wrap: anywhere; }
.total { display: flex; justify-content: space-between; font-weight: 600; margin-top: 8px; padding-top: 6px; border-top: 2px solid var(--fg); }
svg.chart { display: block; width: 100%; margin: 8px 0; }
svg.chart rect.bar { fill: var(--bar); }
svg.chart text { fill: var(--fg); font-size: 11px; }
svg.chart text.bar-label { fill: var(--muted, var(--fg)); }
.keys { border-top: 1px solid var(--line); padding: 12px 0 0; }
.keys ul { margin: 0; padding-left: 18px; }
.keys li { margin: 2px 0; }
kbd { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 4px; padding: 0 4px; background: var(--chip); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.tab {
  position: fixed; top: 40%; right: 0; writing-mode: vertical-rl; background: var(--accent); color: var(--accent-fg);
  border: 0; border-radius: 6px 0 0 6px; padding: 12px 6px; font-weight: 600; box-shadow: -1px 1px 4px rgba(0,0,0,0.2);
}
.tooltip {
  position: fixed; z-index: 1; max-width: 300px; background: var(--fg); color: var(--bg); padding: 6px 10px;
  border-radius: 6px; font-size: 13px; box-shadow: 0 2px 8px rgba(0,0,0,0.25);
}
.tooltip[hidden] { display: none; }
.tooltip strong { display: block; font-size: 14px; }
textarea, input, select { font: inherit; font-size: 13px; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 6px; padding: 4px 6px; }
textarea, input:not([type]), input[type="search"] { display: block; width: 100%; margin: 2px 0 6px; }
textarea { resize: vertical; }
.notebook, .citation { margin-top: 8px; }
.citation-text { color: var(--muted); overflow-wrap: anywhere; margin-top: 4px; }
.saved-note { white-space: pre-wrap; overflow-wrap: anywhere; border-left: 3px solid var(--line); padding-left: 8px; }
details.saved-list { margin-top: 8px; }
details.saved-list summary { cursor: pointer; font-weight: 600; }
details.saved-list ul { list-style: none; margin: 6px 0 0; padding: 0; }
details.saved-list li { padding: 6px 0; border-top: 1px dashed var(--line); }
.chip + .chip { margin-left: 4px; }
` + relatedCss + votesCss;
