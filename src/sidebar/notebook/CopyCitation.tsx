import { useState } from 'preact/hooks';
import { citation, CITATION_FORMS, type Citable, type CitationForm } from './citations';
import { copyText } from './copy-text';

type Form = CitationForm | 'full';

/** Copy the question's citation in the form the reader picks; the text is shown before copying. */
export function CopyCitation({ full, citable }: { full: string; citable: Citable }) {
  const [form, setForm] = useState<Form>('full');
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const text = form === 'full' ? full : citation(form, citable);
  const copy = async () => {
    if (text) setStatus((await copyText(text)) ? 'copied' : 'failed');
  };
  return (
    <div class="citation" data-notebook="citation">
      <label class="small" for="pl-citation-form">Citation</label>{' '}
      <select id="pl-citation-form" value={form} onChange={(e) => { setForm(e.currentTarget.value as Form); setStatus('idle'); }}>
        <option value="full">Full</option>
        {CITATION_FORMS.map((f) => <option key={f.form} value={f.form}>{f.label}</option>)}
      </select>{' '}
      <button type="button" onClick={copy} disabled={!text}>Copy citation</button>
      <span role="status" class="small muted"> {status === 'copied' ? 'Copied' : status === 'failed' ? 'Copy blocked by the browser' : ''}</span>
      <p class="small citation-text" data-citation-form={form}>{text ?? 'Needs the answer date, which is not known yet.'}</p>
    </div>
  );
}
