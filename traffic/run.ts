import type { ContractVersion } from '../schemas';
import { DEFAULT_API_VERSION, registry } from '../schemas';
import '../checks';
import type { HarLog, TestOutcomes } from '../runner';
import { Redactor, shellWord } from '../runner';
import { TrafficChecks } from './checks';
import type { Recorded } from './adapter';
import { adaptEntry, credentialsRecorded } from './adapter';
import { EntryNotes, NOT_API_OPERATION, checkRecorded } from './exchanges';
import { UNKNOWN_INTENT, inferIntent } from './intent';
import { SDK_RECORDING_CREATOR } from './sdkRecording';
import { checkDeviceCalls } from './sequences/device';
import { checkListAnswers } from './sequences/lists';
import { checkAttemptSequences } from './sequences/attempts';
import { checkCreateAnswers } from './sequences/createAnswer';
import { checkReadBack } from './sequences/readBack';
import { checkSessionSequences } from './sequences/sessions';
import type { Step } from './sequences/timeline';
import { ok, roleOf } from './sequences/timeline';

/** The outcome of checking one HAR file: one TestOutcomes per contract version its exchanges used. */
export interface TrafficResult {
  versions: { version: ContractVersion; outcomes: TestOutcomes }[];
  /** Entries that are not part of the API: listed, never failed. */
  notApi: { index: number; method: string; url: string; reason: string }[];
  entries: number;
}

/** Entries outside the API named one by one in the notes; the others are grouped by reason. */
const NOT_API_NAMED = 20;

/** Every credential the recording carries in the clear (keys, bearer tokens, session tokens), to redact. */
function secretsOf(recorded: Recorded[], redactor: Redactor): void {
  for (const r of recorded) {
    redactor.add(r.requestHeaders['ocp-apim-subscription-key'], 'api-key');
    redactor.add(r.requestHeaders.authorization?.replace(/^Bearer\s+/i, ''), 'bearer');
    const token = (r.exchange.response.json as { authToken?: unknown } | undefined)?.authToken;
    if (typeof token === 'string') redactor.add(token, 'authToken');
  }
}

/**
 * Whether a 404 is on a session that a successful delete of the recording removed before: expected, not
 * worth a note. Indexed once per version (the earliest end of a successful delete per scope and session),
 * so each 404 is a look-up, not a scan of every step.
 */
function deleteExplains(steps: Step[]): (x: Recorded) => boolean {
  const stepOf = new Map<Recorded, Step>();
  const firstDeleteEnd = new Map<string, number>();
  for (const s of steps) {
    stepOf.set(s.r, s);
    const id = s.m.pathParams.sessionId;
    if (s.role !== 'delete' || !ok(s) || !id) continue;
    const key = `${s.scope}\u0000${id}`;
    firstDeleteEnd.set(key, Math.min(firstDeleteEnd.get(key) ?? Infinity, s.r.endMs));
  }
  return (x) => {
    const step = stepOf.get(x);
    const id = step?.m.pathParams.sessionId;
    if (!step || !id || x.exchange.response.status !== 404) return false;
    return (firstDeleteEnd.get(`${step.scope}\u0000${id}`) ?? Infinity) <= x.startMs;
  };
}

/** Checks every entry of a HAR against the contract, then the sequences the recording allows. */
export function checkTraffic(har: HarLog, file: string, override?: ContractVersion): TrafficResult {
  const kept = credentialsRecorded(har.log.entries);
  const sdk = har.log.creator?.name === SDK_RECORDING_CREATOR;
  const recorded = har.log.entries.map((e, i) => adaptEntry(e, i, file, override, kept, sdk));
  const redactor = new Redactor();
  secretsOf(recorded, redactor);
  const command = `npm run traffic -- ${shellWord(file)}${override ? ` --api-version ${override}` : ''}`;
  const recorders = new Map<ContractVersion, { rec: TrafficChecks; notes: EntryNotes; steps: Step[] }>();
  const slot = (v: ContractVersion): { rec: TrafficChecks; notes: EntryNotes; steps: Step[] } => {
    const found = recorders.get(v) ?? {
      rec: new TrafficChecks(v, redactor, command),
      notes: new EntryNotes(),
      steps: [],
    };
    recorders.set(v, found);
    return found;
  };
  const notApi: TrafficResult['notApi'] = [];
  for (const r of recorded) {
    const m = r.match;
    if (m.kind === 'not-api') {
      notApi.push({
        index: r.index,
        method: r.exchange.request.method,
        url: redactor.text(r.exchange.request.url),
        reason: m.reason,
      });
    } else if (r.exchange.response.status <= 0) {
      slot(m.version).notes.add(m.op.id, 'no response recorded (aborted or failed request)', r.index);
    } else {
      const role = roleOf(m.op);
      slot(m.version).steps.push({ r, m, role, inference: inferIntent(r, m), scope: `${r.origin}|${m.op.family}` });
    }
  }
  const main = override ?? [...recorders.keys()][0] ?? DEFAULT_API_VERSION;
  const mainSlot = slot(main);
  // The first entries outside the API are named one by one; the rest only by reason (a bounded report).
  for (const [i, n] of notApi.entries()) {
    const what = i < NOT_API_NAMED ? `${n.method} ${n.url}: ` : '';
    mainSlot.notes.add(NOT_API_OPERATION, `${what}not part of the API (${n.reason})`, n.index);
  }
  for (const [version, { rec, notes, steps }] of recorders) {
    steps.sort((a, b) => a.r.startMs - b.r.startMs || a.r.index - b.r.index);
    const explained = deleteExplains(steps);
    // A 404 on a session the recording deleted before is a read of an unknown session: rule 6 applies.
    for (const s of steps)
      if (s.inference.intent === UNKNOWN_INTENT && explained(s.r)) s.inference = { intent: { kind: 'notFound' } };
    for (const s of steps)
      checkRecorded(rec, { version, registry: registry() }, s.r, s.m, notes, s.inference, explained);
    checkListAnswers(rec, steps);
    checkSessionSequences(rec, steps);
    checkDeviceCalls(rec, steps, notes);
    checkAttemptSequences(rec, steps);
    checkCreateAnswers(rec, steps);
    checkReadBack(rec, steps);
    notes.flush(rec);
  }
  const versions = [...recorders.entries()].map(([version, { rec, steps }]) => ({
    version,
    outcomes: rec.result(steps.length),
  }));
  return { versions, notApi, entries: recorded.length };
}
