// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { highlightFigures } from '../../src/content/highlight';
import { buildTextMap, piecesOf } from '../../src/content/text-map';

function element(html: string): HTMLElement {
  const doc = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
  const div = doc.body.firstElementChild as HTMLElement;
  document.body.append(div);
  return div;
}

describe('buildTextMap', () => {
  it('joins text nodes and separates blocks so figures cannot run across paragraphs', () => {
    const map = buildTextMap(element('<p>We spent £40</p><p>million people</p>'));
    expect(map.text).toBe('\nWe spent £40\n\nmillion people\n');
    expect(map.segments.map((s) => s.node.data)).toEqual(['We spent £40', 'million people']);
  });

  it('reads a line break in the page source as the space it renders as, so "£5⏎million" is one figure', () => {
    const map = buildTextMap(element('<p>It will cost £5\nmillion\tin total.</p>'));
    expect(map.text).toBe('\nIt will cost £5 million in total.\n');
    // The text node keeps its own data: offsets map 1:1 and the highlighter's check still holds.
    expect(map.segments[0]!.data).toBe('It will cost £5\nmillion\tin total.');
  });

  it('keeps inline elements inline and skips scripts and styles', () => {
    const map = buildTextMap(element('<p>an <b>extra</b> £21 <a href="#">million</a><script>var x="£9m"</script></p>'));
    expect(map.text).toBe('\nan extra £21 million\n');
  });

  it('maps a span across several text nodes to pieces', () => {
    const map = buildTextMap(element('<p>£21 <a href="#">million</a> more</p>'));
    const start = map.text.indexOf('£');
    const pieces = piecesOf(map, start, start + '£21 million'.length);
    expect(pieces.map((p) => p.node.data.slice(p.from, p.to))).toEqual(['£21 ', 'million']);
  });
});

describe('highlightFigures', () => {
  it('wraps figures in marks and undo restores the page exactly', () => {
    const root = element('<p>We have made £250,000 available and <a href="/x">£2.6 <i>million</i></a> more.</p>');
    const before = root.outerHTML;
    const map = buildTextMap(root);
    const a = map.text.indexOf('£250,000');
    const b = map.text.indexOf('£2.6');
    const { marks, undo } = highlightFigures(map, [
      { start: a, end: a + 8, description: '250,000 pounds' },
      { start: b, end: b + '£2.6 million'.length, description: '2.6 million pounds' },
    ], { root, instance: 'test' });
    expect(marks[0]!.map((m) => m.textContent)).toEqual(['£250,000']);
    expect(marks[1]!.map((m) => m.textContent)).toEqual(['£2.6 ', 'million']);
    expect(root.querySelectorAll('mark[data-lens-figure="1"]').length).toBe(2);
    expect(root.querySelector('a')!.getAttribute('href')).toBe('/x');
    expect(root.textContent).toBe('We have made £250,000 available and £2.6 million more.');
    expect(marks[0]![0]!.getAttribute('aria-description')).toBe('250,000 pounds');
    undo();
    expect(root.outerHTML).toBe(before);
  });
});
