import compromise from 'compromise';

type ParseMatch = (match: unknown, options: unknown, world: unknown) => unknown;
type CompromiseWorld = { methods: { one: { parseMatch: ParseMatch } } };

/**
 * compromise's own readers (`.nouns()`, `.numbers()`, `.clauses()`) compile dozens of match
 * patterns from their strings on every call: a third of the time of each call, on patterns that
 * never change. Compiled patterns are compromise's to reuse (`nlp.parseMatch` exists to
 * precompile them), so each string is compiled once, the first time it is asked for. The
 * patterns are compromise's and ours, a few hundred strings, so the cache stays small.
 */
function cacheCompiledPatterns(world: CompromiseWorld): void {
  const compile = world.methods.one.parseMatch;
  const compiled = new Map<string, unknown>();
  world.methods.one.parseMatch = (match, options, owner) => {
    if (typeof match !== 'string') return compile(match, options, owner);
    const key = options ? `${match}\u0000${JSON.stringify(options)}` : match;
    if (!compiled.has(key)) compiled.set(key, compile(match, options, owner));
    return compiled.get(key);
  };
}

const world = compromise.world() as CompromiseWorld;
cacheCompiledPatterns(world);

/** compromise, set up once for the pipeline: every stage imports it from here. */
export const nlp = compromise;
