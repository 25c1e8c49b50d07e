// The JSON API on the embedded engine (the suite itself is api-suite.ts).
import { apiSuite } from './api-suite.js';
import { sqlite } from '../helpers/engines.js';

apiSuite(sqlite);
