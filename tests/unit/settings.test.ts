// The settings item: today's shape parsed defensively, and what 0.1.0 stored migrated to it.
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingsItem } from '../../lib/browser/settings-item';
import { readSettings, updateSettings } from '../../lib/browser/settings-store';
import { isOriginDisabled, parseSettings, readingSettingsFor, withJudgeReading, withOriginEnabled, withOverride } from '../../lib/settings';
import { migrateSettingsToV2 } from '../../lib/settings-migrations';

/** Exactly what version 0.1.0 wrote under `settings` in `storage.local`. */
const STORED_BY_0_1_0 = {
  disabledHosts: ['127.0.0.1:5000'],
  overrides: { 'http://localhost:5001 experiment 7': { input: 'app.user_message', output: 'app.reply' }, 'not a key': { input: 'x' } },
  polarities: { helpfulness: 'yes-is-good' },
  reviewerName: 'ana',
};

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  test('0.1.0 settings become origins and per-server overrides', () => {
    expect(parseSettings(migrateSettingsToV2(STORED_BY_0_1_0))).toEqual({
      disabledOrigins: ['http://127.0.0.1:5000'],
      overrides: { 'http://localhost:5001': { '7': { input: 'app.user_message', output: 'app.reply' } } },
      polarities: { helpfulness: 'yes-is-good' },
      dimensions: {},
      reviewerName: 'ana',
      labelSets: {},
    });
    for (const odd of [null, 'settings', 42, [], { disabledHosts: 'x', overrides: [] }])
      expect(() => parseSettings(migrateSettingsToV2(odd))).not.toThrow();
  });

  test('the storage item migrates what 0.1.0 stored, once, and marks it version 2', async () => {
    await fakeBrowser.storage.local.set({ settings: STORED_BY_0_1_0 });
    await settingsItem.migrate();
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 2 } });
    const settings = await readSettings();
    expect(isOriginDisabled(settings, 'http://127.0.0.1:5000')).toBe(true);
    expect(readingSettingsFor(settings, 'http://localhost:5001').overrides).toEqual({
      '7': { input: 'app.user_message', output: 'app.reply' },
    });
    await settingsItem.migrate();
    expect((await readSettings()).disabledOrigins).toEqual(['http://127.0.0.1:5000']);
  });

  test('nothing stored, or something unreadable, reads as the defaults', async () => {
    expect(await readSettings()).toEqual({
      disabledOrigins: [],
      overrides: {},
      polarities: {},
      dimensions: {},
      reviewerName: '',
      labelSets: {},
    });
    await fakeBrowser.storage.local.set({ settings: { disabledOrigins: 'all of them', reviewerName: 'ana' } });
    expect(await readSettings()).toMatchObject({ disabledOrigins: [], reviewerName: 'ana' });
  });

  test('changes are written as one item and read back', async () => {
    await updateSettings((settings) =>
      withOverride(withOriginEnabled(settings, 'https://mlflow.example.test', false), 'https://mlflow.example.test', '3', { input: 'q' }),
    );
    const settings = await readSettings();
    expect(settings.disabledOrigins).toEqual(['https://mlflow.example.test']);
    expect(readingSettingsFor(settings, 'https://mlflow.example.test').overrides).toEqual({ '3': { input: 'q', output: undefined } });
    await updateSettings((current) =>
      withOverride(withOriginEnabled(current, 'https://mlflow.example.test', true), 'https://mlflow.example.test', '3', null),
    );
    expect(await readSettings()).toMatchObject({ disabledOrigins: [], overrides: {} });
  });

  test('a judge reading sets its polarity and what it judges; settings stored before dimensions existed read with none', () => {
    const before = parseSettings({
      disabledOrigins: [],
      overrides: {},
      polarities: { policy_accuracy: 'yes-is-good' },
      reviewerName: '',
      labelSets: {},
    });
    expect(before.dimensions).toEqual({});
    const read = withJudgeReading(before, 'policy_accuracy', { polarity: 'yes-is-good', dimension: 'facts' });
    expect(readingSettingsFor(read, 'http://x').judges).toEqual({
      polarities: { policy_accuracy: 'yes-is-good' },
      dimensions: { policy_accuracy: 'facts' },
    });
    expect(withJudgeReading(read, 'policy_accuracy', { polarity: 'no-is-good', dimension: null }).dimensions).toEqual({});
    expect(withJudgeReading(read, 'policy_accuracy', null)).toMatchObject({ polarities: {}, dimensions: {} });
    expect(parseSettings({ dimensions: { a: 'nonsense' } }).dimensions).toEqual({});
  });
});
