// Turns the API's committed schema.graphql (its package export, the contract the SPAs build against) into the introspection types gql.tada reads.
// (gql.tada's own CLI drives the TypeScript language service, which TypeScript 7 no longer offers.)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyIntrospection, outputIntrospectionFile } from '@gql.tada/internal';
import { buildSchema, introspectionFromSchema } from 'graphql';

const schemaFile = fileURLToPath(import.meta.resolve('@vhod/api/schema.graphql'));
const outputFile = fileURLToPath(new URL('../src/graphql-env.d.ts', import.meta.url));

const introspection = minifyIntrospection(introspectionFromSchema(buildSchema(readFileSync(schemaFile, 'utf8'))));
writeFileSync(outputFile, outputIntrospectionFile(introspection, { fileType: '.d.ts', shouldPreprocess: true }));
