// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { memoized } from '../../src/sidebar/memoized';

describe('memoized', () => {
  it('re-renders only when a prop changes identity', () => {
    const body = vi.fn(({ items }: { items: string[]; label: string }) => <p>{items.join(', ')}</p>);
    const List = memoized(body);
    const items = ['a', 'b'];
    const { container, rerender } = render(<List items={items} label="x" />);
    rerender(<List items={items} label="x" />);
    expect(body).toHaveBeenCalledTimes(1);
    rerender(<List items={[...items, 'c']} label="x" />);
    expect(body).toHaveBeenCalledTimes(2);
    expect(container.textContent).toBe('a, b, c');
    rerender(<List items={[...items, 'c']} label="y" />);
    expect(body).toHaveBeenCalledTimes(3);
  });

  it('keeps the hooks of the component it wraps', async () => {
    const { useState } = await import('preact/hooks');
    const Counter = memoized(function Counter({ start }: { start: number }) {
      const [n, setN] = useState(start);
      return <button type="button" onClick={() => setN(n + 1)}>{n}</button>;
    });
    const { container } = render(<Counter start={1} />);
    container.querySelector('button')!.click();
    await vi.waitFor(() => expect(container.textContent).toBe('2'));
  });
});
