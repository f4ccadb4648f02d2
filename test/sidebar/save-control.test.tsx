// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SavedItem } from '../../src/protocol/notebook';
import { NoteEditor } from '../../src/notebook-frame/NoteEditor';
import { contextFromFragment } from '../../src/protocol/notebook-context';
import { App } from '../../src/sidebar/App';
import { notebookContextFrom } from '../../src/sidebar/notebook/saved-item';
import { savedItemFor } from '../cache/notebook-helpers';
import type { SidebarModel } from '../../src/sidebar/model';
import type { AskFn } from '../../src/sidebar/use-ask';

const model: SidebarModel = {
  question: {
    heading: 'Offences against Children: Internet', department: 'Home Office', uin: '215246', house: 'Commons',
    tabled: { iso: '2019-01-31', text: '31 January 2019' }, answered: { iso: '2019-02-08', text: '8 February 2019' }, daysToAnswer: 8,
    officialUrl: null, pageUrl: 'https://www.theyworkforyou.com/wrans/?id=2019-02-08.215246.h', grouped: [], citation: 'full citation',
  },
  lookup: null,
  asker: { name: 'Sarah Champion', position: null, photoUrl: null, profileUrl: null, twfyPersonId: null },
  answerer: null,
  ledger: { figures: [], totalDisplay: null, yearlyTotalDisplay: null, licence: '', totalNotes: [], totalValue: null, mismatches: [] },
};
const actions = { revealFigure: vi.fn(), close: vi.fn(), open: vi.fn(), reloadPage: vi.fn() };

/** A background with an in-memory notebook, answering the notebook messages as the real one does. */
function fakeBackground(start: SavedItem[] = []) {
  const saved = new Map<string, SavedItem>(start.map((item) => [item.id, item]));
  const ask = vi.fn(async (type: string, payload: { id?: string; item?: SavedItem }) => {
    if (type === 'notebook.frame') return { ok: true, value: { url: 'chrome-extension://own-id/notebook-frame.html' } };
    if (type === 'saved.get') return { ok: true, value: { item: saved.get(payload.id!) ?? null } };
    if (type === 'saved.put') {
      saved.set(payload.item!.id, payload.item!);
      return { ok: true, value: { item: payload.item } };
    }
    if (type === 'saved.delete') return { ok: true, value: { deleted: saved.delete(payload.id!) } };
    if (type === 'options.open') return { ok: true, value: { opened: true } };
    return { ok: false, error: { code: 'internal', message: `unexpected ${type}` } };
  });
  return { saved, ask: ask as unknown as AskFn, calls: () => ask.mock.calls.map(([type]) => type) };
}

const PRIVATE_NOTE = 'Source: met Quillfeather on 3 March';

afterEach(cleanup);

describe('the notebook beside the page (issue 20)', () => {
  it('puts only an extension frame in the sidebar: no note, no saved state, no count, and asks nothing of the notebook', async () => {
    const mine = { ...savedItemFor(1), id: 'Commons/215246/2019-01-31', note: PRIVATE_NOTE, tags: ['zephyr'] };
    const { ask, calls } = fakeBackground([mine, savedItemFor(2), savedItemFor(3)]);
    const { container } = render(<App model={model} open actions={actions} ask={ask} />);
    const frame = await waitFor(() => {
      const found = container.querySelector('iframe[data-notebook="frame"]');
      expect(found).not.toBeNull();
      return found!;
    });
    const [base, fragment] = frame.getAttribute('src')!.split('#');
    expect(base).toBe('chrome-extension://own-id/notebook-frame.html');
    expect(contextFromFragment(`#${fragment}`)).toMatchObject({ id: 'Commons/215246/2019-01-31', heading: model.question.heading });
    const everything = container.innerHTML;
    for (const secret of [PRIVATE_NOTE, 'Quillfeather', 'zephyr']) expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/saved questions|in your notebook|data-saved/i);
    expect(calls().filter((type) => type.startsWith('saved.'))).toEqual([]);
  });

  it('does not render sections the reader switched off', () => {
    const { ask } = fakeBackground();
    const { container } = render(<App model={{ ...model, sectionsOff: ['figures', 'votes'] }} open actions={actions} ask={ask} />);
    const sections = Array.from(container.querySelectorAll('[data-section]')).map((s) => s.getAttribute('data-section'));
    expect(sections).toEqual(['question', 'asker', 'answerer', 'related']);
  });
});

describe('the note frame’s editor', () => {
  const context = notebookContextFrom(model)!;

  it('saves a note and tags under a stable id, shows it back as text, and removes it after a confirm', async () => {
    const { saved, ask } = fakeBackground();
    const { container, getByText } = render(<NoteEditor context={context} ask={ask} />);
    const editor = () => container.querySelector('[data-notebook="editor"]')!;
    await waitFor(() => expect(editor().getAttribute('data-saved')).toBe('no'));
    fireEvent.input(container.querySelector('textarea[name="note"]')!, { target: { value: 'Line one\n<img src=x onerror=alert(1)>' } });
    fireEvent.input(container.querySelector('input[name="tags"]')!, { target: { value: 'evidence, Home Office' } });
    fireEvent.click(getByText('Save to notebook'));
    await waitFor(() => expect(editor().getAttribute('data-saved')).toBe('yes'));
    expect(saved.get('Commons/215246/2019-01-31')).toMatchObject({ note: 'Line one\n<img src=x onerror=alert(1)>', tags: ['evidence', 'Home Office'], askerName: 'Sarah Champion', dateAnswered: '2019-02-08' });
    expect((container.querySelector('textarea[name="note"]') as HTMLTextAreaElement).value).toBe('Line one\n<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    fireEvent.click(getByText('Remove'));
    expect(saved.size).toBe(1); // asks first
    fireEvent.click(getByText('Yes, remove'));
    await waitFor(() => expect(saved.size).toBe(0));
    await waitFor(() => expect(editor().getAttribute('data-saved')).toBe('no'));
  });

  it('shows a saved note for editing, and saving keeps its first saved date', async () => {
    const mine = { ...savedItemFor(1), id: context.id, note: 'first', tags: ['a'], savedAt: 10 };
    const { saved, ask } = fakeBackground([mine]);
    const { container, getByText } = render(<NoteEditor context={context} ask={ask} />);
    await waitFor(() => expect((container.querySelector('textarea[name="note"]') as HTMLTextAreaElement).value).toBe('first'));
    fireEvent.input(container.querySelector('textarea[name="note"]')!, { target: { value: 'second' } });
    fireEvent.click(getByText('Save changes'));
    await waitFor(() => expect(saved.get(context.id)?.note).toBe('second'));
    expect(saved.get(context.id)?.savedAt).toBe(10);
  });
});
