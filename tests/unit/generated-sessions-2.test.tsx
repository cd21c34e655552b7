// Property-based, half 2 of what a run sends through client, model, analysis, messages, controller and
// components (tests/fixtures/generated-sessions.tsx): 10,000 generated sessions, and 12 full of 10 MB strings and
// values nested 10,000 deep. The halves are files of their own so vitest's two workers share them.
import { expect, test } from 'vitest';
import { checkGeneratedSessions } from '../fixtures/generated-sessions';

test('5,000 generated sessions (half 2 of 10,000) each end in a panel state', async () => {
  const outcomes = await checkGeneratedSessions(5_000, 5_000);
  // Most generated sessions are readable; the rest are refused with a message, never a blank panel.
  expect(outcomes.ready).toBeGreaterThan(outcomes.error);
}, 120_000);

test('6 sessions full of 10 MB strings and values nested 10,000 deep (half 2 of 12)', async () => {
  await checkGeneratedSessions(6, 1);
}, 120_000);
