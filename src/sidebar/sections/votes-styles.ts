/**
 * Styles for the votes section and its chart, appended to the sidebar's stylesheet (styles.ts).
 * The vote colours are constants so test/sidebar/votes-contrast.test.ts can check them: text and
 * marks 4.5:1 against the panel in light and dark, bars 3:1. Colour is never the only cue: ayes are
 * solid bars and ticks, noes hatched bars and crosses, and each says "Aye" / "No" in words.
 */
export const VOTE_COLOURS = {
  light: { background: '#ffffff', aye: '#0b6e3b', no: '#b3261e' },
  dark: { background: '#16191d', aye: '#5cd69a', no: '#ff8f85' },
} as const;

const { light, dark } = VOTE_COLOURS;

export const votesCss = `
.root { --aye: ${light.aye}; --no: ${light.no}; }
@media (prefers-color-scheme: dark) { .root { --aye: ${dark.aye}; --no: ${dark.no}; } }
ol.divisions { list-style: none; margin: 0; padding: 0; }
ol.divisions > li { padding: 6px 0; border-top: 1px dashed var(--line); }
ul.votes { list-style: none; margin: 2px 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 10px; font-size: 12px; }
.vote-aye strong, .vote-content strong { color: var(--aye); }
.vote-no strong, .vote-not-content strong { color: var(--no); }
.vote-absent strong { color: var(--muted); font-weight: normal; }
.policies h3 { font-size: 13px; margin: 12px 0 4px; }
.policies ul { margin: 2px 0 6px; padding-left: 18px; }
figure.votes-chart { margin: 8px 0 10px; font-size: 12px; }
.votes-chart figcaption { display: flex; flex-wrap: wrap; gap: 2px 12px; color: var(--muted); margin-bottom: 4px; }
.votes-chart table { width: 100%; border-collapse: collapse; table-layout: fixed; }
.votes-chart th, .votes-chart td { text-align: left; vertical-align: top; padding: 4px 4px 4px 0; font-weight: normal; }
.votes-chart thead th { font-size: 12px; line-height: 1.25; border-bottom: 1px solid var(--line); vertical-align: bottom; }
.votes-chart thead th.member { width: 84px; font-weight: 600; }
.votes-chart .role { display: block; font-weight: normal; color: var(--muted); }
.votes-chart tbody tr + tr th, .votes-chart tbody tr + tr td { border-top: 1px dashed var(--line); }
.votes-chart .division-label { display: block; font-weight: 600; line-height: 1.3; }
.votes-chart .division-date { display: block; color: var(--muted); }
.votes-chart .tally-bar { display: flex; gap: 2px; height: 10px; margin: 3px 0 1px; }
.votes-chart .tally-bar span { display: block; min-width: 2px; }
.votes-chart .tally-bar .ayes { background: var(--aye); }
/* Noes hatched inside a solid outline: told apart from ayes by pattern, not only by colour. */
.votes-chart .tally-bar .noes { border: 2px solid var(--no); background: repeating-linear-gradient(135deg, var(--no) 0 2px, transparent 2px 5px); }
.votes-chart .tally { display: block; color: var(--muted); font-variant-numeric: tabular-nums; }
.votes-chart .swatch { display: inline-block; width: 14px; height: 10px; margin-right: 4px; vertical-align: -1px; }
.votes-chart .swatch.ayes { background: var(--aye); }
.votes-chart .swatch.noes { border: 2px solid var(--no); background: repeating-linear-gradient(135deg, var(--no) 0 2px, transparent 2px 5px); }
.votes-chart .side { display: inline-flex; align-items: center; gap: 3px; font-weight: 600; }
.votes-chart .side svg { width: 14px; height: 14px; flex: none; fill: none; stroke: currentColor; stroke-width: 2.5; stroke-linecap: round; stroke-linejoin: round; }
.votes-chart .side-aye, .votes-chart .side-content { color: var(--aye); }
.votes-chart .side-no, .votes-chart .side-not-content { color: var(--no); }
.votes-chart .side-absent { color: var(--muted); font-weight: normal; }
`;
