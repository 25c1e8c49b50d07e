// One measured run for bench/brief.ts, in its own process so its peak RSS is its own: brief | contacts | disputes.
import { brief } from '../src/brief/index.js';
import { contacts } from '../src/query/contacts.js';
import { disputes } from '../src/query/disputes.js';
import { openStore } from '../src/store/index.js';

const [path, work] = process.argv.slice(2);
const store = (await openStore(path));
const t0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
const items = work === 'brief' ? (await brief(store)).length : work === 'contacts' ? (await contacts(store)).length : (await disputes(store)).length;
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
// CPU time as well: on a shared machine the wall time also counts other people's work.
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
await store.close();
console.log(JSON.stringify({ seconds, cpuSeconds, items, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
