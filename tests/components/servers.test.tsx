// @vitest-environment happy-dom
// The views of "any MLflow a team runs": the panel's sign-in state, the toolbar popup, the options' servers.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PanelActionsContext } from '../../components/panel-actions';
import { PopupView, type PopupTab } from '../../components/PopupView';
import { ServersSection, type ServersSectionProps } from '../../components/ServersSection';
import { SignIn } from '../../components/SignIn';
import type { PanelError } from '../../lib/protocol';
import { fakeActions } from '../fixtures/panel-actions';

afterEach(cleanup);

function renderSignIn(error: PanelError) {
  const actions = fakeActions();
  render(
    <PanelActionsContext.Provider value={actions}>
      <SignIn error={error} host="mlflow.example.test" />
    </PanelActionsContext.Provider>,
  );
  return actions;
}

const UNAUTHENTICATED: PanelError = {
  kind: 'http',
  status: 401,
  message: 'You are not authenticated.',
  url: 'https://mlflow.example.test/ajax-api/3.0/mlflow/traces/tr-1',
};

describe('the sign-in state', () => {
  test('asks who the user is, signs in on a click, and never from a bare submit', () => {
    const actions = renderSignIn(UNAUTHENTICATED);
    expect(screen.getByRole('alert').textContent).toContain('MLflow at mlflow.example.test asks who you are');
    fireEvent.input(screen.getByLabelText('User name'), { target: { value: ' ana ' } });
    fireEvent.input(screen.getByLabelText('Password'), { target: { value: 'pw' } });
    fireEvent.submit(screen.getByLabelText('Password').closest('form')!);
    expect(actions.signIn).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(actions.signIn).toHaveBeenCalledWith('ana', 'pw');
    expect(screen.getByRole('alert').textContent).toContain('sent only to https://mlflow.example.test');
  });

  test('a refused credential is named, with a way to forget it; a token goes through the options', () => {
    const actions = renderSignIn({ ...UNAUTHENTICATED, credential: 'sent a token' });
    expect(screen.getByTestId('sign-in-refused').textContent).toContain('Session Lens sent a token and MLflow refused it');
    fireEvent.click(screen.getByRole('button', { name: 'Forget it' }));
    expect(actions.forgetSignIn).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Give Session Lens the token in its options' }));
    expect(actions.openOptions).toHaveBeenCalledWith();
  });

  test('a sign-in page in front of MLflow: sign in there, then try again', () => {
    const actions = renderSignIn({ kind: 'sign-in', message: 'Redirected to a sign-in page' });
    expect(screen.getByRole('alert').textContent).toContain('A sign-in page stands in front of MLflow at mlflow.example.test');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(actions.refresh).toHaveBeenCalled();
  });
});

function renderPopup(tab: PopupTab | null, servers: string[] = []) {
  const onEnable = vi.fn();
  const onDisable = vi.fn();
  render(<PopupView tab={tab} servers={servers} onEnable={onEnable} onDisable={onDisable} />);
  return { onEnable, onDisable };
}

describe('the toolbar popup', () => {
  test("on a server not enabled: says whether it is MLflow's UI and offers to enable that origin", () => {
    const { onEnable } = renderPopup({ origin: 'https://mlflow.example.test', isMlflow: true, state: 'off' });
    expect(screen.getByTestId('popup-is-mlflow').textContent).toBe("This page is MLflow's UI.");
    fireEvent.click(screen.getByRole('button', { name: 'Enable Session Lens on https://mlflow.example.test' }));
    expect(onEnable).toHaveBeenCalledWith('https://mlflow.example.test');
  });

  test('on an enabled server: offers to disable it; the enabled servers are listed, each with its own button', () => {
    const { onDisable } = renderPopup({ origin: 'https://mlflow.example.test', isMlflow: false, state: 'on' }, [
      'https://mlflow.example.test',
      'https://tools.example.test',
    ]);
    expect(screen.getByTestId('popup-is-mlflow').textContent).toBe("This page is not MLflow's UI.");
    fireEvent.click(screen.getByRole('button', { name: 'Disable on https://mlflow.example.test' }));
    expect(onDisable).toHaveBeenCalledWith('https://mlflow.example.test');
    expect(screen.getByTestId('popup-servers').textContent).toContain('https://tools.example.test');
  });

  test('localhost is turned off, not disabled; a page it could not look at says nothing about MLflow', () => {
    renderPopup({ origin: 'http://localhost:5000', isMlflow: null, state: 'on' });
    expect(screen.queryByTestId('popup-is-mlflow')).toBeNull();
    expect(screen.getByRole('button', { name: 'Turn off on http://localhost:5000' })).toBeTruthy();
  });
});

function renderServers(overrides: Partial<ServersSectionProps> = {}) {
  const props: ServersSectionProps = {
    servers: [],
    signIns: {},
    onEnable: vi.fn(),
    onDisable: vi.fn(),
    onSetToken: vi.fn(),
    onForgetSignIn: vi.fn(),
    ...overrides,
  };
  render(<ServersSection {...props} />);
  return props;
}

describe("the options' servers", () => {
  test('an address is enabled by its origin; anything that is not an http(s) address says so and enables nothing', () => {
    const props = renderServers();
    const address = screen.getByLabelText('Server address', { selector: '#server-address' });
    for (const junk of ['javascript:alert(1)', 'mlflow.example.test', 'file:///etc/passwd']) {
      fireEvent.input(address, { target: { value: junk } });
      expect(screen.getByTestId('address-invalid').textContent).toContain('starting with https:// or http://');
      expect((screen.getByRole('button', { name: 'Enable' }) as HTMLButtonElement).disabled).toBe(true);
    }
    fireEvent.input(address, { target: { value: 'https://mlflow.example.test/ml/mlflow/#/experiments' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enable https://mlflow.example.test' }));
    expect(props.onEnable).toHaveBeenCalledWith('https://mlflow.example.test');
  });

  test('a token is saved for the server the options were opened for, and listed without its secret', () => {
    const props = renderServers({
      initialServer: 'https://gateway.example.test',
      signIns: { 'https://gateway.example.test': 'sent a token' },
    });
    fireEvent.input(screen.getByLabelText('Token'), { target: { value: ' secret-token ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the token' }));
    expect(props.onSetToken).toHaveBeenCalledWith('https://gateway.example.test', 'secret-token');
    expect(screen.getByTestId('sign-in-list').textContent).toContain('Session Lens sent a token');
    expect(screen.getByTestId('sign-in-list').textContent).not.toContain('secret-token');
  });
});
