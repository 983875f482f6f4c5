/** Records the inputs hash of a finished build (see scripts/lib/build-inputs.ts). */
import { writeFileSync } from 'node:fs';
import { buildInputsHash, STAMP } from './lib/build-inputs.ts';

writeFileSync(STAMP, buildInputsHash() + '\n');
