// Which retrieved documents are versions of one another, from their ids alone: `fees-2019` and `fees-2026`,
// `docs/plans@2023-09` and `docs/plans@2026-01`, `chart/4.x/values` and `chart/5.x/values`, `moorings` and
// `moorings-rev4`. A retriever that returns a superseded version beside the current one is where outdated
// facts enter a conversation.

const YEAR = /^(?:19|20)\d\d$/;

/** A document id's version parts (a year and what follows it, `v2`, `rev4`, `revB`, `fw3`, `4.x`) and the rest, its name. */
export function documentVersion(id: string): { name: string; version: number[] } {
  // `4.x` is one part, "4x": a number and an x apart ("lensXss(39) x") are not a version.
  const parts = id
    .toLowerCase()
    .replace(/(\d)\.x\b/g, '$1x')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const name: string[] = [];
  const version: number[] = [];
  for (const [at, part] of parts.entries()) {
    const previous = parts[at - 1] ?? '';
    // A lettered version only after "rev" (revB): "vs" is no version.
    const tagged = /^(?:v|ver|rev|fw)(\d+)$|^rev([a-z])$/.exec(part);
    if (YEAR.test(part) || (/^\d{1,2}$/.test(part) && YEAR.test(previous))) version.push(Number(part));
    else if (/^\d+x$/.test(part)) version.push(Number(part.slice(0, -1)));
    else if (tagged) version.push(tagged[1] ? Number(tagged[1]) : tagged[2]!.charCodeAt(0) - 96);
    // Not the words that only say a version follows ("holding-deposits-rev-2026").
    else if (!/^(?:rev|revision|version|edition)$/.test(part)) name.push(part);
  }
  return { name: name.join(' '), version };
}

/** Whether `newer` is a later version of the document `older` (an id with no version part is the first). */
export function supersedes(newer: string, older: string): boolean {
  const [a, b] = [documentVersion(older), documentVersion(newer)];
  if (newer === older || a.name === '' || !sameDocument(a, b)) return false;
  for (let at = 0; at < Math.max(a.version.length, b.version.length); at++)
    if (a.version[at] !== b.version[at]) return (a.version[at] ?? -1) < (b.version[at] ?? -1);
  return false;
}

/** One name, or (both dated) names one word apart: `garden-waste-2024` and `garden-waste-subscription-2026`. */
function sameDocument(a: { name: string; version: number[] }, b: { name: string; version: number[] }): boolean {
  if (a.name === b.name) return true;
  if (a.version.length === 0 || b.version.length === 0) return false;
  const [shorter, longer] = [a.name.split(' '), b.name.split(' ')].sort((x, y) => x.length - y.length);
  return longer!.length - shorter!.length === 1 && shorter!.every((word) => longer!.includes(word));
}
