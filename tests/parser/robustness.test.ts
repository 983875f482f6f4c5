/**
 * Robustness: damaged copies of the real seeds (one damage each, in temp folders) and random mutations
 * (fast-check). Each input must either fail with a located ParseError (`seeds/FILE:LINE: …`) or parse
 * with every character kept and every line covered — and, where the damage is detectable, with a
 * warning the undamaged seeds do not produce. Nothing may crash with another error or drop text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSeeds } from '../../src/parser/index.ts';
import type { Division, Node } from '../../src/parser/model.ts';
import { readSeeds, text, textLoss, utf8, verdict, withFolder, type SeedFolder } from './damage.ts';

const seeds = readSeeds();
const baseline = parseSeeds('seeds');
const FILES = [...seeds.files.keys()];

/**
 * error: must fail, located; warning: must parse with a new warning; either: a located failure or a
 * parse with a new warning; kept: must parse; safe: a located failure or a parse (both lossless).
 */
type Expect = 'error' | 'warning' | 'either' | 'kept' | 'safe';

/** Applies `damage` to a copy of the seeds and checks the verdict against `expected`. */
function check(damage: (folder: SeedFolder) => void, expected: Expect, base = seeds, baseWarnings = baseline.warnings.length): string {
  const folder: SeedFolder = { files: new Map(base.files), manifest: base.manifest };
  damage(folder);
  const v = withFolder(folder, verdict);
  expect(v.problem, v.problem).toBeUndefined();
  if (v.kind === 'error') {
    expect(['error', 'either', 'safe'], `unexpected ParseError: ${v.error.message}`).toContain(expected);
    return v.error.message;
  }
  expect(expected, 'parsed although the damage makes the input unreadable').not.toBe('error');
  const added = v.result.warnings.length - baseWarnings;
  if (expected === 'warning' || expected === 'either') {
    expect(added, 'parsed without a warning although something was off').toBeGreaterThan(0);
  }
  return `parsed, ${added} new warning(s)`;
}

const editLines = (folder: SeedFolder, file: string, edit: (lines: string[]) => string[]) => {
  folder.files.set(file, utf8(edit(text(folder.files.get(file)!).split('\n')).join('\n')));
};

/** Divisions with numbering, each followed by its numbered successor: deleting one leaves a gap. */
function deletableHeadings(): { doc: string; file: string; level: string; line: number; heading: string }[] {
  const picked = new Map<string, { doc: string; file: string; level: string; line: number; heading: string }>();
  const walk = (doc: { id: string; file: string }, nodes: Node[]) => {
    const divisions = nodes.filter((n): n is Division => n.type === 'division');
    divisions.forEach((d, i) => {
      const next = divisions[i + 1];
      const key = `${doc.id}/${d.level}`;
      if (i > 0 && d.ordinal && next?.ordinal === d.ordinal + 1 && d.heading && !picked.has(key)) {
        picked.set(key, { doc: doc.id, file: doc.file, level: d.level, line: d.source.line, heading: d.heading });
      }
      walk(doc, d.children);
    });
  };
  for (const doc of baseline.documents) walk(doc, doc.children);
  return [...picked.values()];
}

describe('the verdict itself', () => {
  it('reports a dropped paragraph and an uncovered line as loss', () => {
    const result = parseSeeds('seeds');
    const doc = result.documents.find((d) => d.children.some((n) => n.type === 'paragraph'))!;
    const dropped = { ...doc, children: doc.children.filter((_, i) => i !== doc.children.findIndex((m) => m.type === 'paragraph')) };
    expect(textLoss('seeds', { ...result, documents: [dropped] })).toMatch(/text differs/);
    const short = { ...doc, lines: { ...doc.lines, end: doc.lines.end - 1 } };
    expect(textLoss('seeds', { ...result, documents: [short] })).toBeDefined();
  });
});

describe('damaged seed folders', () => {
  for (const file of FILES) {
    it(`${file}: truncated mid-line`, () => {
      check((f) => {
        const bytes = f.files.get(file)!;
        let cut = Math.floor(bytes.length * 0.6);
        while ((bytes[cut]! & 0xc0) === 0x80) cut--; // a character boundary…
        while (bytes[cut - 1] === 0x0a || bytes[cut] === 0x0a) cut -= 3; // …inside a line
        while ((bytes[cut]! & 0xc0) === 0x80) cut--;
        f.files.set(file, bytes.slice(0, cut));
      }, 'safe'); // a later document's start line may be cut off: then a located error
    });

    it(`${file}: truncated mid-UTF-8 sequence`, () => {
      const message = check((f) => {
        const bytes = f.files.get(file)!;
        let cut = Math.floor(bytes.length * 0.6);
        while (bytes[cut]! < 0x80 || (bytes[cut]! & 0xc0) !== 0x80) cut++; // a continuation byte
        f.files.set(file, bytes.slice(0, cut));
      }, 'error');
      expect(message).toMatch(/UTF-8/);
    });

    it(`${file}: UTF-8 byte order mark`, () => {
      check((f) => f.files.set(file, new Uint8Array([0xef, 0xbb, 0xbf, ...f.files.get(file)!])), 'warning');
    });

    it(`${file}: binary junk appended`, () => {
      const junk = new Uint8Array([0x00, 0xff, 0xfe, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x00, 0xc3]);
      check((f) => f.files.set(file, new Uint8Array([...f.files.get(file)!, ...junk])), 'error');
    });

    it(`${file}: control characters appended (valid UTF-8)`, () => {
      check((f) => f.files.set(file, new Uint8Array([...f.files.get(file)!, ...utf8('\n\u0001\u0002\u001b[31m\u007f\n')])), 'kept');
    });

    it(`${file}: empty file`, () => {
      expect(check((f) => f.files.set(file, new Uint8Array()), 'error')).toMatch(new RegExp(`^seeds/${file}:1: `));
    });
  }

  it('CRLF line ends in every file', () => {
    check((f) => {
      for (const [name, bytes] of f.files) f.files.set(name, utf8(text(bytes).replaceAll('\n', '\r\n')));
    }, 'warning');
  });

  it('spaces instead of tabs', () => {
    const withTabs = FILES.filter((name) => text(seeds.files.get(name)!).includes('\t'));
    expect(withTabs.length).toBeGreaterThan(0);
    check((f) => {
      for (const name of withTabs) f.files.set(name, utf8(text(f.files.get(name)!).replaceAll('\t', '    ')));
    }, 'kept');
  });

  it('full-width digits in every heading', () => {
    const headingLines = new Map<string, Set<number>>();
    const walk = (file: string, nodes: Node[]) => {
      for (const n of nodes) {
        if (n.type !== 'division') continue;
        if (/[0-9]/.test(n.heading)) headingLines.set(file, (headingLines.get(file) ?? new Set()).add(n.source.line));
        walk(file, n.children);
      }
    };
    for (const doc of baseline.documents) walk(doc.file, doc.children);
    expect(headingLines.size).toBeGreaterThan(0);
    check((f) => {
      for (const [file, lines] of headingLines) {
        editLines(f, file, (all) =>
          all.map((l, i) => (lines.has(i + 1) ? l.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : l)),
        );
      }
    }, 'kept');
  });

  for (const h of deletableHeadings()) {
    it(`deleted heading: ${h.doc} ${h.level} «${h.heading.slice(0, 16)}»`, () => {
      check((f) => editLines(f, h.file, (lines) => lines.filter((_, i) => i !== h.line - 1)), 'either');
    });
  }

  it('a duplicated document: the same manifest id twice', () => {
    const message = check((f) => {
      const entries = JSON.parse(f.manifest) as unknown[];
      f.manifest = JSON.stringify([...entries, entries[entries.length - 1]], null, 2);
    }, 'error');
    expect(message).toMatch(/^seeds\/manifest\.json:\d+: .*twice/);
  });

  it('a duplicated document: its text twice in the file', () => {
    const single = FILES.find((name) => (JSON.parse(seeds.manifest) as { file: string }[]).filter((e) => e.file === name).length === 1)!;
    check((f) => f.files.set(single, utf8(text(f.files.get(single)!) + '\n' + text(f.files.get(single)!))), 'either');
  });

  it('a manifest entry whose start line is absent', () => {
    check((f) => {
      const entries = JSON.parse(f.manifest) as { startLine: string }[];
      entries[entries.length - 1]!.startLine += '（此行不存在）';
      f.manifest = JSON.stringify(entries, null, 2);
    }, 'error');
  });

  it('a start line deleted from its file', () => {
    const entries = JSON.parse(seeds.manifest) as { file: string; startLine: string }[];
    const { file, startLine } = entries[1]!;
    check((f) => editLines(f, file, (lines) => lines.filter((l) => l.trim() !== startLine)), 'error');
  });

  it('a manifest that is not JSON', () => {
    const message = check((f) => (f.manifest = f.manifest.slice(0, Math.floor(f.manifest.length / 2))), 'error');
    expect(message).toMatch(/^seeds\/manifest\.json:1: expected JSON/);
  });

  it('a manifest naming a missing file', () => {
    check((f) => f.files.delete(FILES[FILES.length - 1]!), 'error');
  });
});

/** One random edit of a seed file's lines. */
type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'insert'; at: number; column: number; text: string };

const CHARS = [
  ...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严',
];
const PUNCT = [...'，。、；：？！“”‘’（）《》〈〉【】—…·－　 \t*#-_[]{}<>|/\\0123456789①②③'];
const ASCII = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?"\'()'];

const mutation = (lineCount: number): fc.Arbitrary<Mutation> => {
  const at = fc.integer({ min: 0, max: lineCount - 1 });
  const insertion = fc.string({ unit: fc.constantFrom(...CHARS, ...PUNCT, ...ASCII), minLength: 1, maxLength: 12 });
  return fc.oneof(
    fc.record({ op: fc.constant('delete' as const), at }),
    fc.record({ op: fc.constant('duplicate' as const), at }),
    fc.record({ op: fc.constant('swap' as const), at, with: at }),
    fc.record({ op: fc.constant('insert' as const), at, column: fc.nat({ max: 60 }), text: insertion }),
  );
};

function mutate(lines: string[], m: Mutation): string[] {
  const out = [...lines];
  // Earlier mutations may have shortened the file: wrap the indices.
  const at = m.at % out.length;
  if (m.op === 'delete') out.splice(at, 1);
  else if (m.op === 'duplicate') out.splice(at, 0, out[at]!);
  else if (m.op === 'swap') {
    const other = m.with % out.length;
    [out[at], out[other]] = [out[other]!, out[at]!];
  } else {
    const chars = [...out[at]!];
    chars.splice(Math.min(m.column, chars.length), 0, m.text);
    out[at] = chars.join('');
  }
  return out;
}

describe('random mutations of each seed file (fast-check)', () => {
  for (const file of FILES) {
    it(`${file}: never a crash, never silent loss`, () => {
      const base = readSeeds(file);
      const lines = text(base.files.get(file)!).split('\n');
      fc.assert(
        fc.property(fc.array(mutation(lines.length), { minLength: 1, maxLength: 3 }), (mutations) => {
          const folder: SeedFolder = {
            files: new Map([[file, utf8(mutations.reduce(mutate, lines).join('\n'))]]),
            manifest: base.manifest,
          };
          const v = withFolder(folder, verdict);
          if (v.problem) throw new Error(v.problem);
        }),
        // ROBUSTNESS_RUNS=1000 for a deeper hunt; the default keeps `npm test` quick.
        { numRuns: Number(process.env.ROBUSTNESS_RUNS ?? 60) },
      );
    }, 600_000);
  }
});
