// Enabling a server: the one request the end-to-end tests cannot make, since no automation can answer the
// browser's permission prompt (tests/e2e/team.spec.ts starts from a profile where the grant was given).
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disableServer, enableServer, enabledServers, serverState } from '../../lib/browser/servers';
import { readSettings } from '../../lib/browser/settings-store';
import { originPattern, webOrigin } from '../../lib/hosts';

describe('enabling and disabling a server', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  test('asks the browser for that one server, its scheme and host only, and nothing else', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    expect(await enableServer('https://mlflow.example.test:8443')).toBe(true);
    expect(request.mock.calls).toEqual([[{ origins: ['https://mlflow.example.test/*'] }]]);
  });

  test('a refused prompt enables nothing', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    expect(await enableServer('https://mlflow.example.test')).toBe(false);
    expect(await serverState('https://mlflow.example.test')).toBe('off');
  });

  test('localhost needs no prompt: turning it off and on is a setting', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request');
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove');
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    await disableServer('http://localhost:5000');
    expect((await readSettings()).disabledOrigins).toEqual(['http://localhost:5000']);
    expect(await serverState('http://localhost:5000')).toBe('off');
    expect(await enableServer('http://localhost:5000')).toBe(true);
    expect(await serverState('http://localhost:5000')).toBe('on');
    expect(request).not.toHaveBeenCalled();
    expect(remove).not.toHaveBeenCalled();
  });

  test('disabling a server gives its permission back', async () => {
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    await disableServer('https://mlflow.example.test:8443');
    expect(remove.mock.calls).toEqual([[{ origins: ['https://mlflow.example.test/*'] }]]);
  });

  test('the servers listed are the ones granted, without the defaults', async () => {
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({
      origins: ['http://localhost/*', 'http://127.0.0.1/*', 'https://mlflow.example.test/*', 'https://tools.example.test/*'],
    });
    expect(await enabledServers()).toEqual(['https://mlflow.example.test', 'https://tools.example.test']);
  });
});

describe('origins from untrusted strings', () => {
  test('only http(s) URLs name a server; anything else names none, and no pattern is made of it', () => {
    for (const junk of ['javascript:alert(1)', 'file:///etc/passwd', 'chrome://extensions', 'ftp://x.test', 'not a url', '', undefined]) {
      expect(webOrigin(junk)).toBeNull();
    }
    expect(webOrigin('https://user:pw@mlflow.example.test:8443/ml/mlflow/#/x')).toBe('https://mlflow.example.test:8443');
    expect(originPattern('https://mlflow.example.test:8443')).toBe('https://mlflow.example.test/*');
  });
});
