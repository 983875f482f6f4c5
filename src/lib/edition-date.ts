/**
 * The site's edition date, the one setting every date a build writes into a citation comes from: the
 * access date (`urldate`, RIS `Y2`/`M1`, CSL `accessed`, GB/T 7714's [引用日期]) of /data/<id>.bib, .ris and
 * .csl.json and of the citations built into the reading pages (what a reader without JavaScript sees;
 * with JavaScript the page writes the reader's own date, src/client/citation.ts). Read once, here, by
 * src/lib/citation.ts and by the build stamp (a build of another date is another build).
 *
 * Where it comes from, first found wins:
 *  1. SOURCE_DATE_EPOCH (reproducible-builds.org): seconds since 1970 UTC, an integer; anything else is an error;
 *  2. the date of the HEAD commit, when the sources are a git checkout and git runs: two builds of one
 *     commit write the same date, whatever day they run;
 *  3. today.
 * Dates are UTC days (YYYY-MM-DD), as the specification asks.
 */
import { execFileSync } from 'node:child_process';

export interface EditionDate {
  /** YYYY-MM-DD (UTC). */
  date: string;
  from: 'SOURCE_DATE_EPOCH' | 'git' | 'today';
}

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The HEAD commit's time in seconds, or null when `cwd` is not a git checkout or git cannot run. */
function headCommitTime(cwd: string): number | null {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%ct'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return /^\d+$/.test(out) ? Number(out) : null;
  } catch {
    return null;
  }
}

export function editionDate(env: Record<string, string | undefined> = process.env, cwd = process.cwd(), now = Date.now()): EditionDate {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch !== undefined && epoch !== '') {
    // The specification: an ASCII decimal integer, no sign or fraction; a date outside JavaScript's range is no date.
    const ms = Number(epoch) * 1000;
    if (!/^\d+$/.test(epoch) || !Number.isSafeInteger(ms) || Number.isNaN(new Date(ms).getTime()))
      throw new Error(`SOURCE_DATE_EPOCH: expected seconds since 1970-01-01 UTC (an integer such as 1767225600), found "${epoch}"`);
    return { date: utcDay(ms), from: 'SOURCE_DATE_EPOCH' };
  }
  const commit = headCommitTime(cwd);
  if (commit !== null) return { date: utcDay(commit * 1000), from: 'git' };
  return { date: utcDay(now), from: 'today' };
}

let cached: EditionDate | undefined;
/** This build's edition date (computed once per process). */
export function buildEditionDate(): EditionDate {
  return (cached ??= editionDate());
}
