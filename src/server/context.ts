/** What the route modules share: the store, the registry, accounts and the audit log. */
import type { SanctionsList } from '../analyze/sanctions/list.js';
import type { ActorRegistry } from '../resolve/registry.js';
import type { Store } from '../store/store.js';
import type { Accounts } from './accounts.js';
import type { AuditLog } from './audit.js';
import type { ProposedAliases } from './proposed-aliases.js';
import type { RecentCache } from './recent-cache.js';
import type { ActorProfile } from './actor-profile.js';
import type { DocumentPages } from './document-pages.js';
import type { ProviderName } from '../translate/config.js';
import type { Translator } from '../translate/translator.js';

export interface Workbench {
  store: Store;
  registry: ActorRegistry | null;
  sanctions: SanctionsList | null;
  accounts: Accounts;
  audit: AuditLog;
  aliases: ProposedAliases;
  /** Recent actor pages (about a minute old at most); cleared by this server's own changes. */
  profiles: RecentCache<ActorProfile | null>;
  /** Document pages' serialized analysis, rebuilt when the document's analysis or corrections change. */
  documentPages: DocumentPages;
  /** The translator for a provider (none named: the configured one). Throws TranslateError when it cannot be set up. */
  translator: (provider?: ProviderName) => Translator;
  secureCookies: boolean;
  loginRateLimit: { max: number; timeWindow: number };
}
