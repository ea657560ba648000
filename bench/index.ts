/**
 * `npm run bench`: prints one JSON object per line. `--quick` shortens every run (used by the
 * test suite to check the benchmarks still work; figures from it mean little).
 */
import { benchE2e } from './e2e.js';
import { benchHostile } from './hostile.js';
import { benchReports } from './reports.js';
import { benchRouting } from './routing.js';
import { benchSimulator } from './sim.js';
import { benchStore } from './store.js';
import { benchTransfers } from './transfer.js';

const quick = process.argv.includes('--quick');
benchRouting({ quick });
await benchTransfers({ quick });
await benchStore({ quick });
await benchReports({ quick });
benchSimulator({ quick });
await benchHostile({ quick });
await benchE2e({ quick });
