// @vitest-environment happy-dom
// What the text map reads (issue 20, "highlights that leave the page alone"): visible text in
// ordinary HTML flow only. Real browsers check the same in test/e2e/highlight-hostile.e2e.test.ts.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findMoney } from '../../src/extract/money';
import { buildTextMap } from '../../src/content/text-map';

function element(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html; // test markup of our own, not page text
  document.body.append(div);
  return div;
}
const figuresIn = (root: Element) => findMoney(buildTextMap(root).text).map((m) => ({ text: buildTextMap(root).text.slice(m.start, m.end), value: m.value }));

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('buildTextMap reads only visible HTML text', () => {
  it('reads hidden digits beside a visible figure as nothing: £5 million, not £995 million', () => {
    for (const hidden of ['<span style="display:none">99</span>', '<span hidden>99</span>', '<span style="visibility:hidden">99</span>']) {
      const root = element(`<p>We spent £${hidden}5 million.</p>`);
      expect(figuresIn(root), hidden).toEqual([{ text: '£5 million', value: 5_000_000 }]);
      root.remove();
    }
  });

  it('leaves SVG and MathML out, and does not join the text either side of them into one figure', () => {
    const root = element('<p>£<svg><text>7</text></svg> million and <math><mn>£8</mn></math> and £9m</p>');
    const map = buildTextMap(root);
    expect(map.text).not.toContain('7');
    expect(map.text).not.toContain('8');
    expect(figuresIn(root).map((f) => f.text)).toEqual(['£9m']);
    expect(map.segments.every((s) => s.node.parentElement!.namespaceURI === 'http://www.w3.org/1999/xhtml')).toBe(true);
  });

  it('leaves editable regions and form controls out', () => {
    const root = element(
      '<p>£1m</p><div contenteditable="true"><p>£2m</p></div><div contenteditable=""><b>£3m</b></div>' +
        '<div role="textbox">£4m</div><textarea>£5m</textarea><select><option>£6m</option></select><p contenteditable="false">£7m</p>',
    );
    expect(figuresIn(root).map((f) => f.text)).toEqual(['£1m', '£7m']);
  });

  it('reads nothing when the answer itself is editable', () => {
    const root = element('<p>£1m</p>');
    root.setAttribute('contenteditable', 'true');
    expect(buildTextMap(root).segments).toEqual([]);
  });

  it("never reads the page's own <parliament-lens> or mark[data-lens-figure] elements", () => {
    const root = element('<p>£1m <parliament-lens>£2m</parliament-lens> <mark data-lens-figure="0">£3m</mark> <mark>£4m</mark></p>');
    expect(figuresIn(root).map((f) => f.text)).toEqual(['£1m', '£4m']);
  });

  it('reads aria-hidden text: it is hidden from screen readers only, a sighted reader sees it', () => {
    const root = element('<p aria-hidden="true">£2m</p>');
    expect(figuresIn(root).map((f) => f.text)).toEqual(['£2m']);
  });

  it('skips scripts, styles and templates as before', () => {
    const root = element('<p>£1m<script>"£2m"</script><style>/* £3m */</style><template>£4m</template></p>');
    expect(figuresIn(root).map((f) => f.text)).toEqual(['£1m']);
  });

  it('walks 100,000 levels of nesting without recursion', () => {
    // happy-dom's checkVisibility climbs every ancestor (quadratic here); a browser's looks at the box.
    vi.spyOn(Element.prototype, 'checkVisibility').mockReturnValue(true);
    // Detached: happy-dom itself recurses when a tree this deep is connected or cleared.
    const root = document.createElement('div');
    let deepest: Element = root;
    for (let i = 0; i < 100_000; i++) deepest = deepest.appendChild(document.createElement('span'));
    deepest.append('£6 million at the bottom');
    expect(figuresIn(root).map((f) => f.text)).toEqual(['£6 million']);
  });
});
