import type * as z from 'zod/mini';
import { SCHEMA_VERSION } from './contract.ts';

/** The kinds of failure a reader can act on, each with its own message and view. */
export type DataErrorKind = 'not-found' | 'network' | 'invalid' | 'schema-version';

export class DataError extends Error {
  readonly kind: DataErrorKind;
  readonly path: string;
  constructor(kind: DataErrorKind, path: string, message: string) {
    super(message);
    this.name = 'DataError';
    this.kind = kind;
    this.path = path;
  }
}

/** `data/index.json` under the deploy base, so a `--base /readout/` build fetches /readout/data/index.json. */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}data/${path}`;
}

async function fetchData(path: string, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(dataUrl(path), { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataError('network', path, `Could not reach ${path}. Check your connection and try again.`);
  }
  if (response.status === 404) throw new DataError('not-found', path, `${path} does not exist. Run npm run ingest.`);
  if (!response.ok) throw new DataError('network', path, `${path} failed to load (HTTP ${response.status}).`);
  return response;
}

/** Reads the version first so an old or newer build gets a message that says what to do, not a list of zod issues. */
export function checkSchemaVersion(path: string, json: unknown): void {
  const version = typeof json === 'object' && json !== null ? (json as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version !== SCHEMA_VERSION) {
    const found = typeof version === 'number' ? String(version) : 'an unknown version';
    throw new DataError(
      'schema-version',
      path,
      `This data was built for schema version ${found}; the app expects ${SCHEMA_VERSION}. Run npm run ingest.`,
    );
  }
}

/** Fetches a JSON data file and validates it: unknown in, typed out, or a DataError. */
export async function loadJson<Schema extends z.ZodMiniType>(
  path: string,
  schema: Schema,
  signal?: AbortSignal,
): Promise<z.output<Schema>> {
  const response = await fetchData(path, signal);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    // A SPA fallback answers a missing file with index.html: that is "missing", not "corrupt".
    const type = response.headers.get('content-type') ?? '';
    if (type.includes('text/html')) throw new DataError('not-found', path, `${path} does not exist. Run npm run ingest.`);
    throw new DataError('invalid', path, `${path} is not valid JSON. Run npm run ingest.`);
  }
  checkSchemaVersion(path, json);
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? ` (${issue.path.join('.') || 'root'}: ${issue.message})` : '';
    throw new DataError('invalid', path, `${path} does not match the expected format${where}. Run npm run ingest.`);
  }
  return parsed.data;
}

/** Lets the page handle input and paint between pieces of a long load (scheduler.yield where Chromium has it). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
