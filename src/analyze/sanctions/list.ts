/** A sanctions list as Vigil keeps it, whatever format it was imported from. */
export interface SanctionsAlias {
  name: string;
  /** aka, fka, nka */
  kind: string;
  /** From the remarks' a.k.a. list (nicknames, kunyas): a match on these alone is weak. */
  weak: boolean;
}

export interface SanctionsEntry {
  /** OFAC's entry number, the list entry to cite. */
  entNum: number;
  /** Primary name as listed ("SURNAME, Given" for individuals). */
  name: string;
  type: 'individual' | 'entity' | 'vessel' | 'aircraft';
  programs: string[];
  title: string | null;
  remarks: string;
  aliases: SanctionsAlias[];
  countries: string[];
  /** YYYY-MM-DD when the remarks state it. */
  designatedOn: string | null;
}

export interface SanctionsList {
  source: string;
  importedAt: string;
  entries: SanctionsEntry[];
}
