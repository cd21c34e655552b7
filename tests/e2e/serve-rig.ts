// The suite's servers (tests/e2e/global-setup.ts), started by the test command before the end-to-end tests so
// they start and are seeded while lint and the unit tests run. Writes its ready file (the path in its first
// argument) once the rig file is written, or `<ready file>.error` with what went wrong; stops every server on
// SIGTERM or SIGINT, also one that comes while they are still starting.
import { writeFileSync } from 'node:fs';
import { startSuiteServers } from './global-setup';

const readyFile = process.argv[2]!;
let stop: (() => Promise<void>) | null = null;
let stopAsked = false;
const shutDown = () => {
  stopAsked = true;
  if (stop) void stop().finally(() => process.exit(0));
};
process.on('SIGTERM', shutDown);
process.on('SIGINT', shutDown);
try {
  stop = await startSuiteServers();
  if (stopAsked) shutDown();
  else writeFileSync(readyFile, 'ready');
  // Held open until a signal comes.
  setInterval(() => {}, 1 << 30);
} catch (error) {
  writeFileSync(`${readyFile}.error`, error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
}
