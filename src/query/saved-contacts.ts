// The contact pairs as `parley contacts` reads them: the saved answer while the store has not changed since it was
// saved, else computed now and saved. Computing reads every meeting and call of the store (a second at 100k reports);
// reading the answer back does not. The key is the one a server saves its contacts under, so either reads the other's.
import type { ParleyConfig } from '../brief/index.js';
import type { Store } from '../store/types.js';
import { contacts, type ContactView } from './contacts.js';
import { answerKey, savedOrComputed, type SaveElsewhere } from './saved.js';

/** `config`: the process configuration (parley.yml) a server on this store runs with, which keys its answers. */
export function savedContacts(store: Store, config?: ParleyConfig, saveElsewhere?: SaveElsewhere): Promise<ContactView[]> {
  return savedOrComputed(store, answerKey('contacts', config), () => contacts(store), saveElsewhere);
}
