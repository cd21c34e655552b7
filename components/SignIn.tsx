import { useState } from 'preact/hooks';
import type { PanelError } from '../lib/protocol';
import { usePanelActions } from './panel-actions';
import './SignIn.css';

/**
 * MLflow (or a proxy in front of it) wants to know who is asking. The browser's own sign-in usually reaches
 * Session Lens's requests; when it does not, the user can give a user name and password for this server.
 */
export function SignIn({ error, host }: { error: PanelError; host: string }) {
  const { refresh, signIn, forgetSignIn, openOptions } = usePanelActions();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  if (error.kind === 'sign-in') {
    return (
      <div class="notice error" data-testid="panel-sign-in" role="alert">
        <p class="error-heading">A sign-in page stands in front of MLflow at {host}</p>
        <p class="hint">Sign in there in this browser (reload MLflow's page), then try again.</p>
        <button type="button" class="primary-button" onClick={refresh}>
          Try again
        </button>
      </div>
    );
  }
  // Writing starts from the user's click or Enter, never from a form's submit event (see RootCauseBox).
  const save = () => {
    if (username.trim() && password) signIn(username.trim(), password);
  };
  return (
    <div class="notice error sign-in" data-testid="panel-sign-in" role="alert">
      <p class="error-heading">MLflow at {host} asks who you are</p>
      {error.credential ? (
        <p data-testid="sign-in-refused">
          Session Lens {error.credential} and MLflow refused it: it is wrong or has expired.{' '}
          <button type="button" class="link-button" onClick={forgetSignIn}>
            Forget it
          </button>
        </p>
      ) : (
        <p class="hint">Sign in to MLflow in this browser (reload its page) and try again, or sign Session Lens in here.</p>
      )}
      <form class="sign-in-form" onSubmit={(event) => event.preventDefault()}>
        <label for="sign-in-user">User name</label>
        <input
          id="sign-in-user"
          type="text"
          autocomplete="username"
          value={username}
          onInput={(event) => setUsername(event.currentTarget.value)}
        />
        <label for="sign-in-password">Password</label>
        <input
          id="sign-in-password"
          type="password"
          autocomplete="current-password"
          value={password}
          onInput={(event) => setPassword(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') save();
          }}
        />
        <span />
        <span>
          <button type="button" class="primary-button" onClick={save}>
            Sign in
          </button>{' '}
          <button type="button" class="link-button" onClick={refresh}>
            Try again as the browser
          </button>
        </span>
      </form>
      <p class="hint">Kept in this browser's extension storage and sent only to {new URL(error.url ?? `http://${host}`).origin}.</p>
      <p class="hint">
        A gateway in front of MLflow that wants a bearer token instead?{' '}
        <button type="button" class="link-button" onClick={() => openOptions()}>
          Give Session Lens the token in its options
        </button>
      </p>
    </div>
  );
}
