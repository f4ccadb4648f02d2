/**
 * Put our stylesheet into the shadow root in a way a strict page CSP cannot block.
 * A constructed stylesheet is exempt from CSP; Firefox content scripts cannot adopt one made in
 * their own compartment (bugzilla 1770592), so there we fall back to a <style> element, which
 * Firefox allows from content scripts.
 */
export function applyStyles(shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    if (shadow.adoptedStyleSheets.length === 1) return;
  } catch {
    // fall through to the <style> element
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = css;
  shadow.prepend(style);
}
