/**
 * The schema of an actor registry file (data/actors/*.yaml). An analyst adds
 * a militia, an alias or a role by editing YAML; this schema checks it at load.
 */
import { z } from 'zod';

export const ENTITY_TYPES = ['person', 'organization', 'armed_group', 'state', 'location', 'facility'] as const;

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case: lower-case letters, digits and hyphens');
/** YYYY, YYYY-MM or YYYY-MM-DD. */
// YAML reads a bare year (since: 1979) as a number; a date is text here.
const partialDate = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : v),
  z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD'),
);

export const roleSchema = z.object({
  role: z.enum(['leads', 'spokesperson_of', 'member_of', 'former_member_of', 'founded']),
  of: id,
  /** e.g. "secretary-general", "deputy chairman" */
  title: z.string().optional(),
  from: partialDate.optional(),
  to: partialDate.optional(),
}).strict();

export const affiliationSchema = z.object({
  relation: z.enum(['part_of', 'backed_by', 'allied_with', 'located_in']),
  with: id,
  from: partialDate.optional(),
  to: partialDate.optional(),
}).strict();

export const designationSchema = z.object({
  /** The designating actor's id (e.g. us-state-department). */
  by: id,
  /** e.g. "FTO", "SDGT", "Global Magnitsky". */
  list: z.string().min(1),
  date: partialDate.optional(),
  /** Date the designation was lifted, if it was. */
  revoked: partialDate.optional(),
}).strict();

export const actorSchema = z.object({
  id,
  type: z.enum(ENTITY_TYPES),
  name: z.string().min(1),
  /** Other spellings, Latin and Arabic/Persian script, that name this actor and no other. */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * Spellings that also name other actors or read as common words ("Armed
   * Forces", "the Strip"): they link only when this actor is already named in
   * the document, or when its country is the one the document talks about.
   */
  generic_aliases: z.array(z.string().min(1)).default([]),
  /** The state the actor belongs to (a state actor's id). */
  country: id.optional(),
  /** A state's seat of government (a location's id): "Ankara said" speaks for the state. */
  capital: id.optional(),
  coordinates: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).strict().optional(),
  roles: z.array(roleSchema).default([]),
  affiliations: z.array(affiliationSchema).default([]),
  designations: z.array(designationSchema).default([]),
  /** Born, founded or established (YYYY...). */
  since: partialDate.optional(),
  /** Died, dissolved (YYYY...). */
  until: partialDate.optional(),
}).strict();

export const actorFileSchema = z.object({ actors: z.array(actorSchema).min(1) }).strict();

export type ActorRecord = z.infer<typeof actorSchema>;
export type ActorRole = z.infer<typeof roleSchema>;
export type ActorAffiliation = z.infer<typeof affiliationSchema>;
export type ActorDesignation = z.infer<typeof designationSchema>;
