export { queryEvents, eventView, eventLabel, type EventQuery, type EventPageQuery, type EventView, type EventSource } from './events.js';
export { contacts, type ContactView } from './contacts.js';
export { disputes, type Dispute } from './disputes.js';
export { quotes, claims, search, type QuoteView, type ClaimListView } from './lists.js';
export { resolveName, EntityNames, listEntities, type EntityListView } from './entities.js';
