/** `npm run rules:export`: rewrites rules/generated/openapi-rules.json from the OpenAPI excerpts, after review. */
import { SNAPSHOT_FILE, writeSnapshot } from '../rules/snapshot';
import { runMain } from './usage';

runMain('rules:export', () => {
  writeSnapshot();
  process.stdout.write(`wrote ${SNAPSHOT_FILE}\n`);
  return 0;
});
