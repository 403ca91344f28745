/**
 * A query Kysely builds and compiles once, then runs with new parameters.
 * For small indexed reads asked on every page request, building the query
 * tree and compiling it to SQL cost more than SQLite's answer (the prepared
 * statement itself is cached by the backend). The query is built with
 * stand-in values; each run must pass exactly as many parameters, in the
 * order the built query takes them.
 */
import { CompiledQuery, type Kysely } from 'kysely';

export type CompiledOnce<R> = (params: readonly unknown[]) => Promise<R[]>;

export function compiledOnce<DB, R>(db: Kysely<DB>, compile: () => CompiledQuery<R>): CompiledOnce<R> {
  let text: string | null = null;
  let arity = 0;
  return async (params) => {
    if (text === null) {
      const compiled = compile();
      text = compiled.sql;
      arity = compiled.parameters.length;
    }
    if (params.length !== arity) throw new Error(`compiled query takes ${arity} parameters, given ${params.length}`);
    return (await db.executeQuery<R>(CompiledQuery.raw(text, [...params]))).rows;
  };
}
