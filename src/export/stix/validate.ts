/**
 * Validates STIX objects against the official OASIS STIX 2.1 JSON schemas
 * (a folder laid out as in oasis-open/cti-stix2-json-schemas). Draft 2020-12,
 * so ajv's 2020 build; unicodeRegExp off because some patterns use "\-".
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import { DataError } from '../../core/errors.js';
import type { StixObject } from './bundle.js';

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = formats as unknown as typeof formats.default;

export interface StixError {
  id: string;
  type: string;
  message: string;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith('.json') ? [path] : [];
  });
}

export function stixValidator(schemaDir: string): (objects: readonly StixObject[]) => StixError[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const byType = new Map<string, string>();
  for (const file of jsonFiles(schemaDir)) {
    const schema = JSON.parse(readFileSync(file, 'utf8')) as { $id?: string; title?: string };
    if (!schema.$id) continue;
    ajv.addSchema(schema);
    if (/\/(sdos|sros|observables|common)\//.test(file) && schema.title) byType.set(schema.title, schema.$id);
  }
  if (byType.size === 0) throw new DataError(`${schemaDir}: no STIX schemas found`);
  const compiled = new Map<string, ValidateFunction>();
  return (objects) => {
    const errors: StixError[] = [];
    for (const o of objects) {
      const schemaId = byType.get(o.type);
      if (!schemaId) { errors.push({ id: o.id, type: o.type, message: `no schema for type ${o.type}` }); continue; }
      let validate = compiled.get(schemaId);
      if (!validate) {
        validate = ajv.getSchema(schemaId);
        if (!validate) throw new DataError(`${schemaDir}: schema ${schemaId} did not compile`);
        compiled.set(schemaId, validate);
      }
      const valid = validate(o as unknown);
      if (!valid) for (const e of validate.errors ?? []) errors.push({ id: o.id, type: o.type, message: `${e.instancePath || '/'} ${e.message ?? 'invalid'}` });
    }
    return errors;
  };
}
