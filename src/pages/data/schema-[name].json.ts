/** /data/schema-<name>.json: JSON Schemas generated from the zod schemas the parser and data views use. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'zod';
import { documentSchema } from '../../parser/model.ts';
import { documentListSchema, indicatorLineSchema, targetRecordSchema } from '../../lib/data/schemas.ts';

export const SCHEMAS = {
  document: documentSchema,
  documents: documentListSchema,
  targets: z.array(targetRecordSchema),
  'indicator-lines': z.array(indicatorLineSchema),
} as const;

export const getStaticPaths: GetStaticPaths = () => Object.keys(SCHEMAS).map((name) => ({ params: { name } }));

export const GET: APIRoute = ({ params }) =>
  Response.json(z.toJSONSchema(SCHEMAS[params.name as keyof typeof SCHEMAS], { io: 'output', cycles: 'ref', reused: 'ref' }));
