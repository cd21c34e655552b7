interface HostToggleProps {
  /** `host:port` of the active tab, or null when it is not a web page. */
  host: string | null;
  hasAccess: boolean;
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

export function HostToggle({ host, hasAccess, enabled, onChange }: HostToggleProps) {
  if (host === null) return <p>Open an MLflow page to use Session Lens.</p>;
  if (!hasAccess) {
    return (
      <p data-testid="host-no-access">
        Session Lens runs on MLflow servers at <code>localhost</code> and <code>127.0.0.1</code>. Other hosts are not supported yet.
      </p>
    );
  }
  return (
    <label>
      <input type="checkbox" checked={enabled} onChange={(event) => onChange(event.currentTarget.checked)} data-testid="host-enabled" />
      Show the session panel on <strong>{host}</strong>
    </label>
  );
}
