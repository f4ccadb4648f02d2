// @vitest-environment happy-dom
// Highlights leave the page in charge of its own text (issue 20): a page that rewrites a text node
// we split, removes it or replaces its paragraph ends with exactly the text it wrote; a later
// instance removes only what ours stamped.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findMoney } from '../../src/extract/money';
import { removeStaleLens } from '../../src/content/extension-lifecycle';
import { highlightFigures, type Highlights } from '../../src/content/highlight';
import { LENS_INSTANCE_ATTRIBUTE } from '../../src/content/lens-instance';
import { buildTextMap } from '../../src/content/text-map';

function element(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html; // test markup of our own
  document.body.append(div);
  return div;
}
function highlight(root: HTMLElement, instance = 'ours'): Highlights {
  const map = buildTextMap(root);
  const spans = findMoney(map.text).map((m) => ({ start: m.start, end: m.end, description: 'a figure' }));
  return highlightFigures(map, spans, { root, instance });
}
vi.mock('webextension-polyfill', () => ({ default: {} }));

/** MutationObserver callbacks run after the page's task; so does this. */
const afterPageTask = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => document.body.replaceChildren());

describe('highlights and the page rewriting its text', () => {
  it('keeps the page node in place, holding the text before the first figure', () => {
    const root = element('<p>We spent £5 million and £6 million in all.</p>');
    const node = root.querySelector('p')!.firstChild as Text;
    const { marks } = highlight(root);
    expect(marks.map((m) => m.map((x) => x.textContent))).toEqual([['£5 million'], ['£6 million']]);
    expect(root.querySelector('p')!.firstChild).toBe(node);
    expect(node.data).toBe('We spent ');
    expect(root.textContent).toBe('We spent £5 million and £6 million in all.');
    expect(marks[0]![0]!.getAttribute(LENS_INSTANCE_ATTRIBUTE)).toBe('ours');
  });

  it('a page setting .data on its own node ends with exactly that text: no duplicated remainder', async () => {
    const root = element('<p>Spent so far: £5 million of £9 million.</p>');
    const node = root.querySelector('p')!.firstChild as Text;
    highlight(root);
    node.data = 'Spent so far: £6 million of £9 million.';
    await afterPageTask();
    expect(root.textContent).toBe('Spent so far: £6 million of £9 million.');
    expect(root.querySelector('p')!.childNodes.length).toBe(1);
    expect(root.querySelectorAll('mark').length).toBe(0);
  });

  it('only the node the page rewrote is put back; the others keep their marks', async () => {
    const root = element('<p>First £1m.</p><p>Second £2m.</p>');
    const second = root.querySelectorAll('p')[1]!.firstChild as Text;
    highlight(root);
    second.data = 'Second, now £3m.';
    await afterPageTask();
    expect(root.textContent).toBe('First £1m.Second, now £3m.');
    expect(Array.from(root.querySelectorAll('mark')).map((m) => m.textContent)).toEqual(['£1m']);
  });

  it('a page replacing its node or its paragraph ends with only its new text', async () => {
    const root = element('<p id="a">Old £5m here.</p><p id="b">Old £6m there.</p>');
    const a = root.querySelector('#a')!;
    highlight(root);
    a.firstChild!.replaceWith(document.createTextNode('New text.'));
    root.querySelector('#b')!.textContent = 'Also new.';
    await afterPageTask();
    expect(root.textContent).toBe('New text.Also new.');
    expect(root.querySelectorAll('mark').length).toBe(0);
  });

  it('a page putting a node right after its own text gets it after the whole text, not inside it', async () => {
    const root = element('<p>Up to £5m a year</p>');
    const node = root.querySelector('p')!.firstChild as Text;
    highlight(root);
    node.after(document.createTextNode(' (revised)'));
    await afterPageTask();
    expect(root.textContent).toBe('Up to £5m a year (revised)');
  });

  it('undo puts every node back exactly, keeping text the page wrote in the meantime', () => {
    const root = element('<p>We have made £250,000 available and <a href="/x">£2.6 <i>million</i></a> more.</p><p>Then £7m.</p>');
    const before = root.innerHTML;
    const then = root.querySelectorAll('p')[1]!.firstChild as Text;
    const { undo } = highlight(root);
    then.data = 'Then £8m.';
    undo();
    expect(root.innerHTML).toBe(before.replace('£7m', '£8m'));
  });

  it('leaves a figure alone whose node the page changed after it was read', () => {
    const root = element('<p>Read £5m.</p><p>Changed £6m.</p>');
    const map = buildTextMap(root);
    const spans = findMoney(map.text).map((m) => ({ start: m.start, end: m.end, description: '' }));
    (root.querySelectorAll('p')[1]!.firstChild as Text).data = 'Changed to £7m.';
    const { marks } = highlightFigures(map, spans, { root, instance: 'ours' });
    expect(marks.map((m) => m.length)).toEqual([1, 0]);
    expect(root.textContent).toBe('Read £5m.Changed to £7m.');
  });
});

describe('removeStaleLens', () => {
  it("removes a previous instance of ours and unwraps its marks only, keeping the page's own elements", () => {
    const page = '<parliament-lens>page element</parliament-lens><p>Page mark: <mark data-lens-figure="0">£1m</mark>.</p>';
    const root = element(`${page}<p>Ours: £5 million and £6 million.</p>`);
    highlight(root, 'previous');
    const host = document.createElement('parliament-lens');
    host.setAttribute(LENS_INSTANCE_ATTRIBUTE, 'previous');
    document.body.append(host);
    expect(root.querySelectorAll(`mark[${LENS_INSTANCE_ATTRIBUTE}]`).length).toBe(2);
    removeStaleLens(document);
    expect(host.isConnected).toBe(false);
    expect(root.innerHTML).toBe(`${page}<p>Ours: £5 million and £6 million.</p>`);
    expect(root.querySelectorAll('p')[1]!.childNodes.length).toBe(1);
  });

  it('does nothing on a page whose only <parliament-lens> is its own', () => {
    const root = element('<parliament-lens>x</parliament-lens><p><mark data-lens-figure="1">£2m</mark></p>');
    const before = root.innerHTML;
    removeStaleLens(document);
    expect(root.innerHTML).toBe(before);
  });
});
