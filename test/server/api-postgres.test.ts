// The same JSON API suite with the server engine behind it (`parley serve --db postgres://…`); needs PARLEY_TEST_PG.
import { afterAll, describe, it } from 'vitest';
import { apiSuite } from './api-suite.js';
import { dropSchemas, PG_SKIP_REASON, PG_URL, postgres } from '../helpers/engines.js';

if (PG_URL) {
  afterAll(dropSchemas);
  apiSuite(postgres);
} else {
  describe('the JSON API on PostgreSQL', () => { it.skip(PG_SKIP_REASON, () => {}); });
}
