import { Component, h, type FunctionComponent } from 'preact';

/**
 * A component that re-renders only when one of its props changes identity (what preact/compat's
 * memo does, without importing compat, which would rewire Preact's event handling for all of us).
 * For sections whose props stay the same while App re-renders around them.
 */
export function memoized<P extends object>(render: FunctionComponent<P>): FunctionComponent<P> {
  class Memoized extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return !sameProps(this.props as Record<string, unknown>, next as Record<string, unknown>);
    }

    override render(props: P) {
      return h(render, props);
    }
  }
  return Memoized as unknown as FunctionComponent<P>;
}

function sameProps(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
}
