/**
 * Statements that answer a deed the document reports, whose wording names no
 * target: "the group vowed revenge", "the office condemned the raids", "we
 * will respond", "X claimed the attack". The deed is an event the text
 * reports at or before the statement:
 *  - a threat, vow, warning or accusation aims at whoever did the deed (the
 *    striker, not the struck), preferring a deed against the speaker's side;
 *  - a claim of responsibility aims at whom the claimed deed hit.
 * A plain declaration that reports a deed ("X said the strike killed Y") is
 * read by who did it: a claim when the speaker's side did, else an accusation.
 * Runs after events; it only fills a target the statement stage left empty.
 */
import type { Stage } from '../core/stage.js';
import type { Doc, EntityType, Event, Statement } from '../core/types.js';
import { retoldDeeds } from './events.js';
import { ownSide } from './statements-claims.js';
import { countryOf, type ActorFacts } from './statement-targets.js';
import { PLAIN_DECLARATION, UNTYPED_DECLARATION } from './statements-reported.js';

// A deed is violent action: CAMEO 18 (assault), 19 (fight), 20 (mass violence).
const DEED_ROOTS: ReadonlySet<string> = new Set(['18', '19', '20']);
const ANSWERING: ReadonlySet<string> = new Set(['threat', 'vow', 'warning', 'accusation']);
// How many sentences back a deed may be reported and still be the one answered.
const REACH = 12;
// A declaration reported by a speech verb that no statement cue typed (statements-reported.ts).
const PLAIN = PLAIN_DECLARATION;
// A claim of responsibility made by a reporting verb ("claimed the attack", "claimed responsibility").
const RESPONSIBILITY = /^lexicon:statements\/claim\/report/;

export const statementReactionStage: Stage<{ actors?: ActorFacts }> = {
  name: 'statement-reactions',
  run(doc, knowledge) {
    const facts = knowledge.actors ?? null;
    // Deeds told again are no events of their own, but a speaker's words still answer or report them.
    const deeds = [...doc.events, ...retoldDeeds(doc)].filter((e) => DEED_ROOTS.has(e.cameo.slice(0, 2))).sort((a, b) => a.start - b.start);
    // An untyped declaration that reports no deed is a remark, not a statement to log.
    const reportsDeed = (st: Statement): boolean => st.provenance.rule !== UNTYPED_DECLARATION;
    if (deeds.length === 0) {
      doc.statements = doc.statements.filter(reportsDeed);
      return;
    }
    const types = new Map<string, EntityType>();
    for (const e of doc.entities) if (!types.has(e.id)) types.set(e.id, e.type);
    const typeOf = (id: string): EntityType | undefined => types.get(id);
    for (const st of doc.statements) {
      if (st.target !== null || !st.actor) continue;
      const side = sideOf(doc, st.actor, facts);
      // Only actors answer or are answered: a struck airport or town is where, not whom.
      const before = deeds.filter((e) => e.sentence <= st.sentence && st.sentence - e.sentence <= REACH)
        .map((e) => ({ ...e, actor: e.actor && isActor(typeOf(e.actor)) ? e.actor : null, target: e.target && isActor(typeOf(e.target)) ? e.target : null }));
      // A deed against one of the speaker's own people (of its state or its groups) is done to its side.
      const ours = (id: string): boolean => side.has(id) || [...ownSide(doc, id, facts)].some((x) => side.has(x))
        || (() => { const c = countryOf(doc, id, facts, typeOf(id)); return !!c && side.has(c); })();
      if ((st.provenance.rule === PLAIN || st.provenance.rule === UNTYPED_DECLARATION) && readDeed(st, before.filter((e) => e.sentence === st.sentence && e.actor !== null), ours)) continue;
      // "Iran blamed Israel and vowed revenge": the vow aims where the same speaker's charge in its sentence does.
      if (ANSWERING.has(st.kind)) st.target = siblingTarget(doc, st) ?? doerOf(before, side, ours);
      else if (st.kind === 'claim') {
        st.target = struckBy(before.filter((e) => e.sentence === st.sentence), side);
        // "X claimed responsibility for the attack": the attack reported before, by X or by no one named.
        if (st.target === null && RESPONSIBILITY.test(st.provenance.rule)) {
          st.target = struckBy(before.filter((e) => e.sentence < st.sentence && (e.actor === null || side.has(e.actor))).map((e) => ({ ...e, actor: st.actor })).reverse(), side);
        }
      }
    }
    doc.statements = doc.statements.filter(reportsDeed);
  },
};

/**
 * "X said the strike killed Y", "X said Z's jets had hit the town": a plain
 * declaration that reports a deed claims it when the speaker's side did it
 * (aimed at whom it hit) and accuses the doer when another did.
 */
function readDeed(st: Statement, deeds: readonly Event[], ours: (id: string) => boolean): boolean {
  const deed = deeds[0];
  if (!deed?.actor) return false;
  if (ours(deed.actor)) {
    st.kind = 'claim';
    st.target = deed.target && !ours(deed.target) ? deed.target : null;
  } else {
    st.kind = 'accusation';
    st.target = deed.actor;
  }
  st.provenance = { ...st.provenance, rule: `${PLAIN}/deed` };
  return true;
}

function isActor(t: EntityType | undefined): boolean {
  return t === 'person' || t === 'armed_group' || t === 'organization' || t === 'state';
}

/** The speaker, the groups it leads or speaks for, and its state. */
function sideOf(doc: Doc, actor: string, facts: ActorFacts | null): Set<string> {
  const side = ownSide(doc, actor, facts);
  const type = doc.entities.find((e) => e.id === actor)?.type;
  const country = countryOf(doc, actor, facts, type);
  if (country) side.add(country);
  return side;
}

/** The target of another hostile declaration the same speaker makes in the same sentence. */
function siblingTarget(doc: Doc, st: Statement): string | null {
  return doc.statements.find((o) => o !== st && o.sentence === st.sentence && o.actor === st.actor && o.target !== null && ANSWERING.has(o.kind))?.target ?? null;
}

/** Who did the latest deed against the speaker's side (not by it). */
function doerOf(deeds: readonly Event[], side: ReadonlySet<string>, ours: (id: string) => boolean): string | null {
  const against = deeds.filter((e) => e.actor !== null && !ours(e.actor) && e.target !== null && ours(e.target));
  return against[against.length - 1]?.actor ?? null;
}

/**
 * Whom the speaker's own deed in the claiming sentence hit. A deed of no
 * named actor is left alone: "in response to attacks on X" names what the
 * claimed deed answers, not whom it hit.
 */
function struckBy(deeds: readonly Event[], side: ReadonlySet<string>): string | null {
  const own = deeds.find((e) => e.actor !== null && side.has(e.actor) && e.target !== null && !side.has(e.target));
  return own?.target ?? null;
}
