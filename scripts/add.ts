/**
 * `npm run add -- FILE [--id ID] [--region …] [--date YYYY-MM-DD] [--speaker …] [--kind report] [--seeds DIR]`
 *
 * Adds a government work report as downloaded, in one non-interactive step: decodes it (UTF-8, UTF-8 with
 * BOM, GBK/GB18030, UTF-16 with or without a BOM; LF, CRLF or CR), finds where the document starts and ends in the file
 * (web-page debris around it is declared in the manifest, not deleted), reads what its front matter states
 * (title, date, speaker, occasion, region), copies the file into seeds/ byte for byte, writes the manifest
 * entry, parses the whole folder and prints a summary: what was detected, parts and items, targets, every
 * warning with its line. A value it cannot detect with confidence is asked for by name (exit 2); a value
 * given on the command line is checked against the text by the parser. A failed parse leaves the folder
 * as it was (exit 1, `seeds/FILE:LINE: …`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { idStemOf, locateReport, readStated, regionOf } from '../src/parser/detect.ts';
import { MANIFEST, parseSeeds } from '../src/parser/index.ts';
import { manifestSchema, type Division, type ManifestEntry } from '../src/parser/model.ts';
import { decodeSeed, ParseError } from '../src/parser/source.ts';
import { extractTargets } from '../src/lib/targets.ts';

const usage = 'usage: npm run add -- FILE [--id ID] [--region REGION] [--date YYYY-MM-DD] [--speaker NAME] [--kind report] [--seeds DIR]\n';

/** Exit 2: a value the command needs and cannot detect; `said` is what the text says about it. */
class NeedsValue extends Error {}
const ask = (flag: string, said: string): never => {
  throw new NeedsValue(`pass --${flag}: ${said}`);
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    id: { type: 'string' },
    region: { type: 'string' },
    date: { type: 'string' },
    speaker: { type: 'string' },
    kind: { type: 'string', default: 'report' },
    seeds: { type: 'string', default: 'seeds' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help || positionals.length !== 1) {
  process.stdout.write(usage);
  process.exit(values.help ? 0 : 2);
}

const source = positionals[0]!;
const seeds = values.seeds;
const display = relative(process.cwd(), seeds) || '.';
const out = (s = '') => process.stdout.write(`${s}\n`);

try {
  if (values.kind !== 'report') ask('kind', `only --kind report can be added by this command (found --kind ${values.kind})`);
  if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date)) ask('date', `as YYYY-MM-DD (found ${values.date})`);
  const bytes = readFileSync(source);
  const manifestPath = join(seeds, MANIFEST);
  // A folder without a manifest yet (a new fixture folder) starts an empty one.
  const manifest = existsSync(manifestPath) ? manifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8'))) : [];
  const sha = createHash('sha256').update(bytes).digest('hex');
  for (const name of readdirSync(seeds).filter((n) => n.endsWith('.txt'))) {
    if (
      createHash('sha256')
        .update(readFileSync(join(seeds, name)))
        .digest('hex') === sha
    ) {
      throw new ParseError(`${display}/${name}`, 1, `expected a new file, found ${basename(source)} already added as ${name}`);
    }
  }
  const index = Math.max(-1, ...readdirSync(seeds).map((n) => Number(/^(\d+)_/.exec(n)?.[1] ?? -1))) + 1;
  const file = `${String(index).padStart(3, '0')}_${sha.slice(0, 16)}.txt`;

  const decoded = decodeSeed(basename(source), bytes);
  const located = locateReport(decoded.lines);
  if (!located) ask('start', 'no dateline, salutation (各位代表) or part heading (一、) was found to locate the report');
  const { start, end, debris } = located!;
  const lines = decoded.lines.slice(start - 1, end);
  const stated = readStated(lines, `${display}/${file}`);

  const government =
    stated.government ??
    (values.region
      ? values.region
      : ask(
          'region',
          stated.dateline
            ? `the dateline says “${stated.dateline}”, which names no 人民代表大会`
            : `the front matter has no dateline (title: ${stated.title})`,
        ));
  const region = values.region ?? regionOf(government);
  // A value given on the command line goes into the manifest as given: the parser checks it against the text.
  const said = stated.dateline ? `the dateline says “${stated.dateline}”` : `the front matter has no dateline (title: ${stated.title})`;
  const date = values.date ?? stated.date ?? ask('date', `${said}, which states no full date`);
  const speaker = values.speaker ?? stated.speaker ?? ask('speaker', `the front matter names no speaker (title: ${stated.title})`);
  const year = Number(date.slice(0, 4));
  const stem = idStemOf(government);
  const id = values.id ?? (stem ? `${stem}-${year}` : ask('id', `an ASCII id for ${government} (e.g. --id chaoyang-${year})`));
  if (manifest.some((e) => e.id === id)) ask('id', `"${id}" is taken; pass another`);
  const national = government === '全国';
  const [y, m, d] = date.split('-').map(Number);
  const entry: ManifestEntry = {
    id,
    file,
    startLine: decoded.lines[start - 1]!.text,
    // The start line's text stands earlier too (a repeated page header): say which line it is.
    ...(decoded.lines.slice(0, start - 1).some((l) => l.text === decoded.lines[start - 1]!.text) ? { startAt: start } : {}),
    ...(debris ? { endLine: decoded.lines[end - 1]!.text } : {}),
    kind: 'report',
    shape: 'report',
    title: national ? `${year}年政府工作报告` : `${year}年${government}政府工作报告`,
    sourceTitle: stated.title,
    region,
    date,
    year,
    speaker,
    author: national ? '国务院' : `${government}人民政府`,
    ...(stated.occasion ? { occasion: stated.occasion } : {}),
    description: `${values.speaker ? '' : (stated.office ?? '')}${speaker}${y}年${m}月${d}日${stated.occasion ? `在${stated.occasion}上` : ''}所作的${national ? '' : government}政府工作报告。`,
    related: manifest
      .filter((e) => e.kind === 'report' && (e.region === region || (e.region === '全国' && e.year === year)))
      .map((e) => e.id),
  };

  const manifestBefore = existsSync(manifestPath) ? readFileSync(manifestPath) : null;
  writeFileSync(join(seeds, file), bytes);
  writeFileSync(manifestPath, JSON.stringify([...manifest, entry], null, 2) + '\n');
  let result;
  try {
    result = parseSeeds(seeds, display);
  } catch (e) {
    if (manifestBefore) writeFileSync(manifestPath, manifestBefore);
    else rmSync(manifestPath);
    if (existsSync(join(seeds, file))) rmSync(join(seeds, file));
    throw e;
  }
  const doc = result.documents.find((x) => x.id === id)!;
  const parts = doc.children.filter((n): n is Division => n.type === 'division' && n.level === 'part');
  const sections = doc.children.filter((n): n is Division => n.type === 'division' && n.level === 'section');
  const items = [...parts, ...sections].flatMap((p) =>
    p.children.filter((n): n is Division => n.type === 'division' && n.level === 'item'),
  );
  const appendix = doc.children.filter((n): n is Division => n.type === 'division' && (n.level === 'attachment' || n.level === 'glossary'));
  const targets = extractTargets(doc);

  out(`added ${id}: ${display}/${file} (copied byte for byte from ${source}), entry appended to ${display}/${MANIFEST}`);
  out(`  title      ${entry.sourceTitle}  (line ${start})`);
  out(`  region     ${region}  (${government})`);
  out(`  date       ${date}${values.date ? '  (given)' : '  (stated by the text)'}`);
  out(`  year       ${year}`);
  out(`  speaker    ${speaker}${values.speaker ? '  (given)' : '  (stated by the text)'}`);
  out(`  occasion   ${entry.occasion ?? '(none stated)'}`);
  out(`  lines      ${start}–${end} of ${decoded.lines.length}${debris ? ' (the rest is web-page debris, declared)' : ''}`);
  out(
    `  parts      ${parts.length}: ${parts.map((p) => `${p.number}(${p.children.filter((n) => n.type === 'division').length})`).join(' ')}`,
  );
  out(`  items      ${items.length}`);
  if (sections.length) {
    const counted = sections.map((x) => `${x.heading}(${x.children.filter((n) => n.type === 'division').length})`);
    out(`  sections   ${sections.length} unnumbered: ${counted.join(' ')}`);
  }
  if (appendix.length) out(`  after body ${appendix.map((a) => `${a.heading} (${a.children.length})`).join('; ')}`);
  out(`  targets    ${targets.length}${targets.length ? `: ${targets.map((t) => t.text).join('；')}` : ''}`);
  const warnings = [...result.warnings.filter((w) => w.file === `${display}/${file}`)];
  out(`  warnings   ${warnings.length}`);
  for (const w of warnings) out(`    ${w.file}:${w.line}: ${w.message}`);
} catch (e) {
  if (e instanceof NeedsValue) {
    process.stderr.write(`npm run add: ${e.message}\n`);
    process.exit(2);
  }
  if (e instanceof ParseError) {
    process.stderr.write(`${e.message}\n`);
    process.exit(1);
  }
  throw e;
}
