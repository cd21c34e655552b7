// The toolbar popup: whether the page is MLflow's UI, whether Session Lens is on for its server, a button to
// turn it on or off, and the servers the user enabled.
import type { ServerState } from '../lib/browser/servers';
import { isDefaultOrigin } from '../lib/hosts';

export interface PopupTab {
  origin: string;
  /** Null when the page could not be looked at (a page the browser keeps to itself). */
  isMlflow: boolean | null;
  state: ServerState;
}

export interface PopupViewProps {
  /** The active tab's server, or null when the tab is not a web page. */
  tab: PopupTab | null;
  servers: readonly string[];
  onEnable: (origin: string) => void;
  onDisable: (origin: string) => void;
}

export function PopupView({ tab, servers, onEnable, onDisable }: PopupViewProps) {
  return (
    <>
      <h1>MLflow Session Lens</h1>
      {tab === null ? (
        <p>Open an MLflow page to use Session Lens.</p>
      ) : (
        <section aria-label="This server" data-testid="popup-server" data-state={tab.state}>
          {tab.isMlflow !== null && (
            <p data-testid="popup-is-mlflow">{tab.isMlflow ? "This page is MLflow's UI." : "This page is not MLflow's UI."}</p>
          )}
          {tab.state === 'on' ? (
            <>
              <p>
                Session Lens is on for <strong>{tab.origin}</strong>.
              </p>
              <button type="button" onClick={() => onDisable(tab.origin)}>
                {isDefaultOrigin(tab.origin) ? `Turn off on ${tab.origin}` : `Disable on ${tab.origin}`}
              </button>
            </>
          ) : (
            <button type="button" class="primary" onClick={() => onEnable(tab.origin)}>
              Enable Session Lens on {tab.origin}
            </button>
          )}
        </section>
      )}
      <h2>Servers you enabled</h2>
      {servers.length === 0 ? (
        <p>None yet: localhost and 127.0.0.1 need no enabling.</p>
      ) : (
        <ul data-testid="popup-servers">
          {servers.map((server) => (
            <li key={server}>
              <code>{server}</code>{' '}
              <button type="button" onClick={() => onDisable(server)}>
                Disable
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
