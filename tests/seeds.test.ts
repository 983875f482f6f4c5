import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The seeds are kept byte-for-byte as received: problems are fixed in the parser, never here. */
const EXPECTED: Record<string, string> = {
  '000_892e1a24deae088c.txt': '88ccdbbb0f96698f99f26ee0acad5b14a1da780c2ee688f31e8e431ee2ce5a0f',
  '001_72d9a2a72ee836c9.txt': 'dc008b5eeed4c729af6615cfc318923270370b34289c7cb93f350f05c51c48ab',
  '002_aedbcdac15b26f45.txt': 'e25b3134279923c4086f52cd5a2980eaf58af72a8f7e21e05fb7b3e6685a51ee',
  '003_5d6a907a4d209efc.txt': '53ef27bd151fb5110af250475b3177d26f374fb3e7173ca26faa4289edb11440',
  '004_dc10465cf933196f.txt': 'b7a12d48448e595d8a44d0819d69398ea740a356e82cf38c402c03a7aa4317a3',
};

describe('seeds', () => {
  for (const [name, sha] of Object.entries(EXPECTED)) {
    it(`${name} is unchanged`, () => {
      const actual = createHash('sha256')
        .update(readFileSync(`seeds/${name}`))
        .digest('hex');
      expect(actual).toBe(sha);
    });
  }
});
