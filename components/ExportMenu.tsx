// Copy or download the session as Markdown (a bug report, an LLM) or JSON (a program); scorer errors are
// left out unless asked for. What happened is said in a polite live status line.
import { useState } from 'preact/hooks';
import { usePanelActions, type ExportRequest } from './panel-actions';

const CHOICES: { label: string; request: Omit<ExportRequest, 'includeScorerErrors'> }[] = [
  { label: 'Copy as Markdown', request: { format: 'markdown', to: 'clipboard' } },
  { label: 'Download Markdown', request: { format: 'markdown', to: 'file' } },
  { label: 'Download JSON', request: { format: 'json', to: 'file' } },
];

export function ExportMenu({ scorerErrors }: { scorerErrors: number }) {
  const { exportSession } = usePanelActions();
  const [includeScorerErrors, setIncludeScorerErrors] = useState(false);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <details class="export" data-testid="export">
      <summary>Export the session</summary>
      <div class="export-choices">
        {CHOICES.map(({ label, request }) => (
          <button
            key={label}
            type="button"
            class="link-button"
            aria-disabled={busy}
            onClick={async () => {
              if (busy) return;
              setBusy(true);
              setStatus('Exporting…');
              setStatus(await exportSession({ ...request, includeScorerErrors }));
              setBusy(false);
            }}
          >
            {label}
          </button>
        ))}
      </div>
      {scorerErrors > 0 && (
        <label class="export-option">
          <input type="checkbox" checked={includeScorerErrors} onChange={(event) => setIncludeScorerErrors(event.currentTarget.checked)} />{' '}
          with the {scorerErrors} scorer errors
        </label>
      )}
      <p class="hint" role="status" data-testid="export-status">
        {status}
      </p>
    </details>
  );
}
