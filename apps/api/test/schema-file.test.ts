import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema, schemaFile } from '../src/graphql/print-schema';

describe('schema.graphql', () => {
  it('is the schema the API serves (run `pnpm schema:print` after changing the API)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(printedSchema());
  });
});
