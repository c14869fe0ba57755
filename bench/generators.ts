/**
 * How fast the generators are: for each operation of each version, positive requests generated and
 * validated in serialized form per second, and the cost of the deterministic negative list (built and
 * re-checked). Prints a plain table; not a test. Run: `npm run bench:generators`.
 */
import fc from 'fast-check';
import { API_VERSIONS, operationsFor } from '../schemas';
import { confirmsViolation, negativeRequests, requestArbitrary, serializedViolations } from '../generators';

const POSITIVE_RUNS = 300;
const options = { pathParams: { sessionId: 'b12e033e-bda7-4b83-a211-e721c661f30e', sessionImageId: 'image-1' } };

function perSecond(count: number, ms: number): number {
  return Math.round((count * 1000) / Math.max(ms, 0.001));
}

const rows: Record<string, string | number>[] = [];
for (const version of API_VERSIONS) {
  for (const op of operationsFor(version)) {
    let started = performance.now();
    const positives = fc.sample(requestArbitrary(version, op.id, options), { seed: 1, numRuns: POSITIVE_RUNS });
    const invalid = positives.filter((r) => serializedViolations(r).length > 0).length;
    const positiveMs = performance.now() - started;
    started = performance.now();
    const negatives = negativeRequests(version, op.id, options);
    const listMs = performance.now() - started;
    started = performance.now();
    const confirmed = negatives.filter(confirmsViolation).length;
    const recheckMs = performance.now() - started;
    rows.push({
      version,
      operation: op.id,
      'positive cases': positives.length,
      'positive/s (gen+validate)': perSecond(positives.length, positiveMs),
      'positive invalid (must be 0)': invalid,
      'negative cases': negatives.length,
      'negative list ms (first build)': Math.round(listMs),
      'negative re-check/s': perSecond(confirmed, recheckMs),
    });
  }
}
console.table(rows);

// The pair for `npm run bench`: generating and validating cases, against validating the same cases only.
const sample = fc.sample(requestArbitrary(API_VERSIONS[0], 'createLivenessSession', options), {
  seed: 2,
  numRuns: POSITIVE_RUNS,
});
let t = performance.now();
fc.sample(requestArbitrary(API_VERSIONS[0], 'createLivenessSession', options), {
  seed: 2,
  numRuns: POSITIVE_RUNS,
}).forEach((r) => serializedViolations(r));
const genRate = perSecond(POSITIVE_RUNS, performance.now() - t);
t = performance.now();
sample.forEach((r) => serializedViolations(r));
const validateRate = perSecond(POSITIVE_RUNS, performance.now() - t);
console.log(`BENCH\tgenerators: create bodies\tgenerate+validate/s\t${genRate}\tvalidate only/s\t${validateRate}`);
