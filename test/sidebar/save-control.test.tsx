// @vitest-environment happy-dom
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SavedItem } from '../../src/protocol/notebook';
import { App } from '../../src/sidebar/App';
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
  ledger: { figures: [], totalDisplay: null, yearlyTotalDisplay: null, licence: '', totalNotes: [] },
};
const actions = { revealFigure: vi.fn(), close: vi.fn(), open: vi.fn(), reloadPage: vi.fn() };

/** A background with an in-memory notebook, answering the notebook messages as the real one does. */
function fakeBackground() {
  const saved = new Map<string, SavedItem>();
  const ask = vi.fn(async (type: string, payload: { id?: string; item?: SavedItem }) => {
    if (type === 'saved.get') return { ok: true, value: { item: saved.get(payload.id!) ?? null } };
    if (type === 'saved.list') return { ok: true, value: { items: [...saved.values()] } };
    if (type === 'saved.put') {
      saved.set(payload.item!.id, payload.item!);
      return { ok: true, value: { item: payload.item } };
    }
    if (type === 'saved.delete') return { ok: true, value: { deleted: saved.delete(payload.id!) } };
    return { ok: false, error: { code: 'internal', message: `unexpected ${type}` } };
  });
  return { saved, ask: ask as unknown as AskFn };
}

afterEach(cleanup);

describe('the notebook in the sidebar', () => {
  it('saves a note and tags under a stable id, shows the note as text, lists it, and removes it', async () => {
    const { saved, ask } = fakeBackground();
    const { container, getByText } = render(<App model={model} open actions={actions} ask={ask} />);
    await waitFor(() => expect(container.querySelector('[data-notebook="save"]')!.getAttribute('data-saved')).toBe('no'));
    fireEvent.click(getByText('Save to notebook'));
    fireEvent.input(container.querySelector('textarea[name="note"]')!, { target: { value: 'Line one\n<img src=x onerror=alert(1)>' } });
    fireEvent.input(container.querySelector('input[name="tags"]')!, { target: { value: 'evidence, Home Office' } });
    fireEvent.click(getByText('Save'));
    await waitFor(() => expect(container.querySelector('[data-notebook="save"]')!.getAttribute('data-saved')).toBe('yes'));
    const item = saved.get('Commons/215246/2019-01-31')!;
    expect(item).toMatchObject({ note: 'Line one\n<img src=x onerror=alert(1)>', tags: ['evidence', 'Home Office'], askerName: 'Sarah Champion', dateAnswered: '2019-02-08' });
    const note = container.querySelector('[data-notebook="save"] .saved-note')!;
    expect(note.textContent).toBe('Line one\n<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    await waitFor(() => expect(container.querySelector('[data-notebook="saved-list"] summary')!.textContent).toBe('Saved questions (1)'));
    expect(container.querySelector('[data-saved-id] a')!.getAttribute('href')).toBe(model.question.pageUrl);
    fireEvent.click(getByText('Remove'));
    await waitFor(() => expect(saved.size).toBe(0));
  });

  it('does not render sections the reader switched off', () => {
    const { ask } = fakeBackground();
    const { container } = render(<App model={{ ...model, sectionsOff: ['figures', 'votes'] }} open actions={actions} ask={ask} />);
    const sections = Array.from(container.querySelectorAll('[data-section]')).map((s) => s.getAttribute('data-section'));
    expect(sections).toEqual(['question', 'asker', 'answerer', 'related']);
  });
});
