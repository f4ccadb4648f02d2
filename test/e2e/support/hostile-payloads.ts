// Hostile input for issue 7 ("Hostile input"): markup, links, CSS and odd text that a hostile page
// or a compromised API could send. Each payload that could run code runs `runs(id)`, which leaves a
// trace BOTH in the page's main world (window.__plRuns) and on <html data-pl-runs>, which every
// world sees: content scripts run in an isolated world whose `window` the page cannot read, but
// the DOM is shared. A test passes when no trace appears that the page itself did not put there.
// All of this is CONSTRUCTED test input (classic XSS vectors, written for this file).

export type PayloadKind = 'markup' | 'url' | 'css' | 'huge' | 'nesting' | 'unicode' | 'template';

export interface Payload {
  id: string;
  kind: PayloadKind;
  text: string;
}

/** The flag the payload `id` would raise if it ever executed, in whichever world. */
export function runs(id: string): string {
  return `(window.__plRuns=window.__plRuns||[]).push('${id}');` +
    `document.documentElement.setAttribute('data-pl-runs',(document.documentElement.getAttribute('data-pl-runs')||'')+' ${id}')`;
}

/** Marks where a payload lands, so a test can tell the text was shown (inert) rather than dropped. */
export const MARK = 'plmark';

const p = (id: string, kind: PayloadKind, make: (js: string) => string): Payload => ({ id, kind, text: `${MARK}-${id} ${make(runs(id))}` });

export const PAYLOADS: Payload[] = [
  p('script', 'markup', (js) => `<script>${js}</script>`),
  p('img-onerror', 'markup', (js) => `<img src=x onerror="${js}">`),
  p('svg-onload', 'markup', (js) => `<svg onload="${js}"></svg>`),
  p('svg-script', 'markup', (js) => `<svg><script>${js}</script></svg>`),
  p('iframe-js', 'markup', (js) => `<iframe src="javascript:${js}"></iframe>`),
  p('iframe-srcdoc', 'markup', (js) => `<iframe srcdoc="<script>parent.eval(&quot;${js.replace(/'/g, '\\x27')}&quot;)</script>"></iframe>`),
  p('attr-breakout', 'markup', (js) => `"><script>${js}</script>`),
  p('single-breakout', 'markup', (js) => `'><img src=x onerror="${js}">`),
  p('details-toggle', 'markup', (js) => `<details open ontoggle="${js}"><summary>x</summary></details>`),
  p('autofocus', 'markup', (js) => `<input autofocus onfocus="${js}">`),
  p('object', 'markup', (js) => `<object data="javascript:${js}"></object>`),
  p('embed', 'markup', (js) => `<embed src="javascript:${js}">`),
  p('mxss-math', 'markup', (js) => `<math><mtext><table><mglyph><style><img src=x onerror="${js}">`),
  p('noscript', 'markup', (js) => `<noscript><p title="</noscript><img src=x onerror=${js.replace(/ /g, '')}>">`),
  p('unterminated', 'markup', (js) => `<img src="x" onerror="${js}"`),
  p('svg-xlink', 'markup', (js) => `<svg><a xlink:href="javascript:${js}"><text>x</text></a></svg>`),
  p('form-action', 'markup', (js) => `<form action="javascript:${js}"><button autofocus>go</button></form>`),
  p('meta-refresh', 'markup', (js) => `<meta http-equiv="refresh" content="0;url=javascript:${js}">`),
  p('a-js', 'url', (js) => `<a href="javascript:${js}">click</a>`),
  p('a-entity', 'url', (js) => `<a href="&#106;avascript:${js}">click</a>`),
  p('style-tag', 'css', () => `<style>*{display:none!important}parliament-lens{width:0!important}</style>`),
  p('style-breakout', 'css', (js) => `</style><script>${js}</script>`),
  p('style-attr', 'css', (js) => `<div style="position:fixed;inset:0;z-index:2147483647;background:url('javascript:${js}')">cover</div>`),
  p('link-css', 'css', (js) => `<link rel=stylesheet href="javascript:${js}">`),
  p('template-braces', 'template', (js) => `{{constructor.constructor("${js.replace(/"/g, '\\"')}")()}}`),
  p('template-literal', 'template', (js) => `\${${js}}`),
  p('template-tag', 'template', (js) => `<template><script>${js}</script></template>`),
  p('deep-nesting', 'nesting', (js) => `${'<div><span>'.repeat(2000)}<img src=x onerror="${js}">${'</span></div>'.repeat(2000)}`),
  p('bidi', 'unicode', (js) => `\u202Egnp.exe\u202C \u2066isolate\u2069 \u200F<img src=x onerror="${js}">`),
  p('zalgo', 'unicode', () => `Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035Aa\u0300\u0301\u0302\u0303l\u0304\u0305\u0306g\u0307\u0308o`.repeat(50)),
  p('zero-width', 'unicode', (js) => `<scr\u200Bipt>${js}</scr\u200Bipt>\uFEFF\u200D\u2060`),
  p('fullwidth', 'unicode', (js) => `\uFF1Cscript\uFF1E${js}\uFF1C/script\uFF1E`),
  p('nul-control', 'unicode', (js) => `\u0000\u0001\u0008\u001B[31m<scr\u0000ipt>${js}</script>`),
  p('emoji-surrogates', 'unicode', () => `\u{1F3DB}\u{FE0F}\u{1F1EC}\u{1F1E7} \uD800 lone \uDFFF surrogates \u{1F468}\u200D\u{1F469}\u200D\u{1F467}`),
  p('huge-word', 'huge', (js) => `<img src=x onerror="${js}">${'W'.repeat(200_000)}`),
];

/** Link payloads for URL fields: none may reach an href. */
export const URL_PAYLOADS: Payload[] = [
  { id: 'url-js', kind: 'url', text: `javascript:${runs('url-js')}` },
  { id: 'url-js-case', kind: 'url', text: `JaVaScRiPt:${runs('url-js-case')}` },
  { id: 'url-js-space', kind: 'url', text: ` \tjavascript:${runs('url-js-space')}` },
  { id: 'url-js-tab', kind: 'url', text: `java\tscript:${runs('url-js-tab')}` },
  { id: 'url-data', kind: 'url', text: `data:text/html,<script>${runs('url-data')}</script>` },
  { id: 'url-data-b64', kind: 'url', text: `data:text/html;base64,${Buffer.from(`<script>${runs('url-data-b64')}</script>`).toString('base64')}` },
  { id: 'url-vbscript', kind: 'url', text: 'vbscript:msgbox(1)' },
  { id: 'url-file', kind: 'url', text: 'file:///etc/passwd' },
  { id: 'url-blob', kind: 'url', text: 'blob:https://www.theyworkforyou.com/0000' },
];

/** Every payload id that can raise a flag. */
export const ALL_IDS = [...PAYLOADS, ...URL_PAYLOADS].map((x) => x.id);

/** The payload at position i, round robin, for spreading payloads over many fields. */
export function payloadAt(i: number, { huge = false } = {}): Payload {
  const pool = huge ? PAYLOADS : PAYLOADS.filter((x) => x.kind !== 'huge');
  return pool[i % pool.length]!;
}

// ---- Spreading payloads over an API body (for the fixture server's custom drift transform).

/** Fields the schemas check (ids, dates, UINs, enums, slugs the matching relies on): left alone so the data is still shown. */
const CHECKED_KEY = /date|when|start|end|^uin$|questionuin|^groupedquestions$|^house$|colour|gender|^rel$|^method$|^type$|slug|status|id$|abbreviation|lastupdate|^error$/i;
const URL_KEY = /url|href|link|image/i;
const CHECKED_VALUE = /^(\d{4}-\d{2}-\d{2}|-?\d+(\.\d+)?$|Commons$|Lords$)/;
/** Text fields an enormous payload goes into (a few per body: a list of 20 huge items would only test the network). */
const HUGE_KEY = /^(heading|questionText|answerText|nameDisplayAs|name|title|Title)$/;

/**
 * Every free-text string gets a payload appended (the original text stays, so matching and search
 * still work and the section shows it); every URL field becomes a javascript:/data: URL. With
 * `huge`, instead, the first few big text fields get the 200,000-character payload.
 */
export function hostileBody(doc: unknown, { huge = false } = {}): unknown {
  let n = 0;
  let hugeLeft = 4;
  const walk = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    if (typeof value !== 'string' || value === '' || CHECKED_KEY.test(key) || CHECKED_VALUE.test(value)) return value;
    if (huge) {
      if (!HUGE_KEY.test(key) || hugeLeft === 0) return value;
      hugeLeft -= 1;
      return `${value} ${PAYLOADS.find((x) => x.kind === 'huge')!.text}`;
    }
    if (URL_KEY.test(key)) return URL_PAYLOADS[n++ % URL_PAYLOADS.length]!.text;
    return `${value} ${payloadAt(n++).text}`;
  };
  return walk(doc, '');
}
