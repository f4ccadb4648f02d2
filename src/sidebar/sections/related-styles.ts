/** Styles for the related-questions section, appended to the sidebar's stylesheet (styles.ts). */
export const relatedCss = `
.related-group { margin: 10px 0 4px; }
h3.related-title { font-size: 13px; font-weight: 600; margin: 0 0 4px; }
ul.related { list-style: none; margin: 0 0 6px; padding: 0; }
ul.related li { padding: 5px 0; border-top: 1px dashed var(--line); }
ul.related li:first-child { border-top: 0; }
ul.related a:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
ul.chain { border-left: 2px solid var(--line); padding-left: 8px; }
li.chain-here { color: var(--muted); }
`;
