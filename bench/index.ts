/**
 * `npm run bench`: prints one JSON object per line. `--quick` shortens every run (used by the
 * test suite to check the benchmarks still work; figures from it mean little). `--cluster-only`
 * (`npm run bench:cluster`) runs bench/cluster.ts alone.
 */
import { benchCluster } from './cluster.js';
import { benchE2e } from './e2e.js';
import { benchHostile } from './hostile.js';
import { benchReports } from './reports.js';
import { benchRouting } from './routing.js';
import { benchSimulator } from './sim.js';
import { benchStore } from './store.js';
import { benchTransfers } from './transfer.js';
import { benchWebhooks } from './webhooks.js';

const quick = process.argv.includes('--quick');
// `npm run bench:cluster`: the cluster figures alone (real processes on the local PostgreSQL and Redis).
if (!process.argv.includes('--cluster-only')) {
  benchRouting({ quick });
  await benchTransfers({ quick });
  await benchStore({ quick });
  await benchWebhooks({ quick });
  await benchReports({ quick });
  benchSimulator({ quick });
  await benchHostile({ quick });
  await benchE2e({ quick });
}
await benchCluster({ quick });
