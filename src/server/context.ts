/** What the route modules share: the store, the corpus view, the registry, accounts and the audit log. */
import type { SanctionsList } from '../analyze/sanctions/list.js';
import type { Doc, RawInput } from '../core/types.js';
import type { ActorRegistry } from '../resolve/registry.js';
import type { Store } from '../store/store.js';
import type { Accounts } from './accounts.js';
import type { AuditLog } from './audit.js';
import type { CorpusView } from './corpus-view.js';
import type { ProposedAliases } from './proposed-aliases.js';

export interface Workbench {
  store: Store;
  corpus: CorpusView;
  registry: ActorRegistry | null;
  /** Analyses a raw input with the current rules (for provenance); null when the server has no pipeline. */
  analyze: ((input: RawInput) => Doc) | null;
  sanctions: SanctionsList | null;
  accounts: Accounts;
  audit: AuditLog;
  aliases: ProposedAliases;
  secureCookies: boolean;
  loginRateLimit: { max: number; timeWindow: number };
}
