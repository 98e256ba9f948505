import { afterEach, expect, test, vi } from 'vitest';
import { z } from 'zod';
import { DataError, loadJson } from './load-data.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const schema = z.object({ schemaVersion: z.literal(1), name: z.string() });

function serve(response: () => Response | Promise<Response>) {
  vi.stubGlobal('fetch', vi.fn(async () => response()));
}

async function failure(): Promise<DataError> {
  const error = await loadJson('x.json', schema).catch((caught: unknown) => caught);
  if (!(error instanceof DataError)) throw new Error(`expected a DataError, got ${String(error)}`);
  return error;
}

test('returns typed data that matches the schema', async () => {
  serve(() => new Response(JSON.stringify({ schemaVersion: 1, name: 'ok' })));
  await expect(loadJson('x.json', schema)).resolves.toEqual({ schemaVersion: 1, name: 'ok' });
});

test.each<[string, () => Response | Promise<Response>, DataError['kind'], RegExp]>([
  ['a 404', () => new Response('', { status: 404 }), 'not-found', /does not exist/],
  ['an HTML fallback page', () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }), 'not-found', /does not exist/],
  ['a 500', () => new Response('', { status: 500 }), 'network', /HTTP 500/],
  ['a network failure', () => Promise.reject(new TypeError('Failed to fetch')), 'network', /Could not reach/],
  ['broken JSON', () => new Response('{"schemaVersion":', { headers: { 'content-type': 'application/json' } }), 'invalid', /not valid JSON/],
  ['another schema version', () => new Response(JSON.stringify({ schemaVersion: 2 })), 'schema-version', /built for schema version 2; the app expects 1/],
  ['no schema version', () => new Response(JSON.stringify({ name: 'x' })), 'schema-version', /unknown version/],
  ['a wrong shape', () => new Response(JSON.stringify({ schemaVersion: 1, name: 3 })), 'invalid', /name: /],
])('reports %s as %s', async (_, response, kind, message) => {
  serve(response);
  const error = await failure();
  expect(error.kind).toBe(kind);
  expect(error.message).toMatch(message);
});
