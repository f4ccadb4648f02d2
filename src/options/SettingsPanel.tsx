import { SECTION_IDS, type SectionId, type Settings, type SettingsChanges } from '../protocol/notebook';

const SECTION_LABELS: Record<SectionId, string> = {
  question: 'Question (status, citation, notebook)',
  asker: 'Who asked',
  answerer: 'Who answered',
  votes: 'Votes on the topic',
  figures: 'Figures in the answer',
  related: 'Related questions',
};

const OTHER_LABELS: Record<string, string> = {
  'sites.theyworkforyou-wrans': 'TheyWorkForYou written answers',
  twfyVotes: 'TheyWorkForYou Votes',
  defaultOpen: 'Open the sidebar by default',
};

/** The reader's name for a setting path ("sections.votes" → "Votes on the topic" section). */
export function settingLabel(name: string): string {
  const section = name.startsWith('sections.') ? SECTION_LABELS[name.slice('sections.'.length) as SectionId] : undefined;
  return section ? `${section} section` : OTHER_LABELS[name] ?? name;
}

/** Which sites and sections are on, TWFY Votes, and whether the sidebar starts open. Saved at once. */
export function SettingsPanel({ settings, change }: { settings: Settings; change: (changes: SettingsChanges) => void }) {
  return (
    <section data-options-panel="settings" aria-labelledby="pl-settings">
      <h2 id="pl-settings">Settings</h2>
      <fieldset>
        <legend>Sites</legend>
        <Check name="site-theyworkforyou-wrans" checked={settings.sites['theyworkforyou-wrans']} onChange={(on) => change({ sites: { 'theyworkforyou-wrans': on } })}>
          TheyWorkForYou written answers
        </Check>
      </fieldset>
      <fieldset>
        <legend>Sidebar sections</legend>
        {SECTION_IDS.map((id) => (
          <Check key={id} name={`section-${id}`} checked={settings.sections[id]} onChange={(on) => change({ sections: { [id]: on } })}>
            {SECTION_LABELS[id]}
          </Check>
        ))}
      </fieldset>
      <fieldset>
        <legend>Sidebar</legend>
        <Check name="twfy-votes" checked={settings.twfyVotes} onChange={(on) => change({ twfyVotes: on })}>
          Use TheyWorkForYou Votes (votes.theyworkforyou.com) for policy voting summaries
        </Check>
        <Check name="default-open" checked={settings.defaultOpen} onChange={(on) => change({ defaultOpen: on })}>
          Open the sidebar by default (until you open or close it yourself)
        </Check>
      </fieldset>
    </section>
  );
}

function Check({ name, checked, onChange, children }: { name: string; checked: boolean; onChange: (on: boolean) => void; children: string }) {
  return (
    <label>
      <input type="checkbox" name={name} checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} /> {children}
    </label>
  );
}
