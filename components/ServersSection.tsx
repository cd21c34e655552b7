// The options page's servers: the ones Session Lens is enabled on (with a way to add one by its address and to
// disable each), and what Session Lens signs in to each with when the browser's own sign-in does not reach it.
import { useState } from 'preact/hooks';
import { webOrigin } from '../lib/hosts';

export interface ServersSectionProps {
  servers: readonly string[];
  /** By origin: how Session Lens signs in there (never the secret itself). */
  signIns: Readonly<Record<string, string>>;
  onEnable: (origin: string) => void;
  onDisable: (origin: string) => void;
  onSetToken: (origin: string, token: string) => void;
  onForgetSignIn: (origin: string) => void;
  /** The server the options were opened for (from the panel): the token form starts with it. */
  initialServer?: string;
}

export function ServersSection({
  servers,
  signIns,
  onEnable,
  onDisable,
  onSetToken,
  onForgetSignIn,
  initialServer = '',
}: ServersSectionProps) {
  const [address, setAddress] = useState('');
  const [tokenServer, setTokenServer] = useState(initialServer);
  const [token, setToken] = useState('');
  const origin = webOrigin(address.trim());
  const tokenOrigin = webOrigin(tokenServer.trim());
  return (
    <section aria-labelledby="servers-title" data-testid="servers">
      <h2 id="servers-title">MLflow servers</h2>
      <p>
        Session Lens runs on <code>localhost</code> and <code>127.0.0.1</code> without asking. For your team's server, open it and use the
        toolbar button, or give its address here: your browser asks you to allow Session Lens there, and it only ever talks to the servers
        you allow.
      </p>
      <form data-testid="enable-server-form" onSubmit={(event) => event.preventDefault()}>
        <label for="server-address">Server address</label>
        <input
          id="server-address"
          type="url"
          placeholder="https://mlflow.example.com/"
          value={address}
          onInput={(event) => setAddress(event.currentTarget.value)}
        />
        <span />
        <span>
          <button type="button" class="primary" disabled={!origin} onClick={() => origin && onEnable(origin)}>
            {origin ? `Enable ${origin}` : 'Enable'}
          </button>
          {address.trim() && !origin && (
            <span class="hint" role="status" data-testid="address-invalid">
              {' '}
              Give the address MLflow's UI opens at, starting with https:// or http://.
            </span>
          )}
        </span>
      </form>
      {servers.length === 0 ? (
        <p>No other server enabled.</p>
      ) : (
        <ul data-testid="server-list">
          {servers.map((server) => (
            <li key={server}>
              <code>{server}</code>
              {signIns[server] && <span class="hint"> · Session Lens {signIns[server]}</span>}{' '}
              <button type="button" onClick={() => onDisable(server)}>
                Disable
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>A token for a server that wants one</h3>
      <p>
        When a proxy in front of MLflow admits only requests with a bearer token, give it here. It is kept in this browser's extension
        storage and sent only to that server, as <code>Authorization: Bearer …</code>.
      </p>
      <form data-testid="token-form" onSubmit={(event) => event.preventDefault()}>
        <label for="token-server">Server address</label>
        <input id="token-server" type="url" value={tokenServer} onInput={(event) => setTokenServer(event.currentTarget.value)} />
        <label for="token-value">Token</label>
        <input id="token-value" type="password" autocomplete="off" value={token} onInput={(event) => setToken(event.currentTarget.value)} />
        <span />
        <span>
          <button
            type="button"
            disabled={!tokenOrigin || !token.trim()}
            onClick={() => {
              if (tokenOrigin && token.trim()) onSetToken(tokenOrigin, token.trim());
              setToken('');
            }}
          >
            Save the token
          </button>
        </span>
      </form>
      {Object.keys(signIns).length > 0 && (
        <ul data-testid="sign-in-list">
          {Object.entries(signIns).map(([server, description]) => (
            <li key={server}>
              <code>{server}</code>: Session Lens {description}{' '}
              <button type="button" onClick={() => onForgetSignIn(server)}>
                Forget
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
