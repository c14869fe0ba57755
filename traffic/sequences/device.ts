import type { DeviceObservation } from '../../checks';
import {
  auditIdsMatchDeviceCall,
  auditRecordsDeviceRequest,
  resultIsNewestAuditEntry,
  sendResultsToClientHonoured,
} from '../../checks';
import { parseJsonBounded } from '../../wire';
import type { TrafficChecks } from '../checks';
import type { EntryNotes } from '../exchanges';
import { multipartParts } from '../multipart';
import type { Step } from './timeline';
import { items, later, ofSession, ok } from './timeline';

/** The create body of a session created in the recording (JSON, or the multipart Parameters part). */
function createBody(create: Step): Record<string, unknown> {
  const text = create.r.requestText ?? '';
  const type = create.r.requestHeaders['content-type'] ?? '';
  const json = type.startsWith('multipart/')
    ? multipartParts(text, type)?.find((p) => p.name === 'Parameters')?.text
    : text;
  const parsed = parseJsonBounded(json ?? '{}');
  return parsed.ok && parsed.value && typeof parsed.value === 'object' ? (parsed.value as Record<string, unknown>) : {};
}

/** The first later audit listing of the scope holding the entry whose requestId is `requestId`. */
function findEntry(
  steps: Step[],
  device: Step,
  requestId: string,
): { audit: Step; entries: Record<string, unknown>[]; entry: Record<string, unknown> } | undefined {
  for (const audit of later(steps, device, 'audit')) {
    const entries = items(audit);
    const entry = entries?.find((e) => e.requestId === requestId);
    if (entries && entry && audit.r.exchange.response.status === 200) return { audit, entries, entry };
  }
  return undefined;
}

/**
 * §1 device calls against the audit entries they made: each successful device call is matched to the
 * entry of a later audit listing whose requestId is the apim-request-id the device got; then the entry must
 * record the call (ids, url, method, content type and length, user agent, status), a later read of the
 * session (before the next device call to it) shows that entry as `result`, and the status honours the
 * session's sendResultsToClient when its create is in the recording.
 */
export function checkDeviceCalls(rec: TrafficChecks, steps: Step[], notes: EntryNotes): void {
  const devices = steps.filter((s) => s.role === 'device' && ok(s));
  const sessionOfDevice = new Map<Step, string>();
  const found = devices.map((device) => {
    const requestId = device.r.exchange.response.headers['apim-request-id'];
    const hit = requestId ? findEntry(steps, device, requestId) : undefined;
    if (hit) sessionOfDevice.set(device, hit.audit.m.pathParams.sessionId);
    else
      notes.add(
        device.m.op.id,
        'device call whose audit entry no later listing of the recording shows',
        device.r.index,
      );
    return { device, hit };
  });
  // The devices of each session, in start order (the next device call to a session is a look-up).
  const devicesOf = new Map<string, Step[]>();
  for (const d of devices) {
    const id = sessionOfDevice.get(d);
    if (id === undefined) continue;
    const list = devicesOf.get(id);
    if (list) list.push(d);
    else devicesOf.set(id, [d]);
  }
  for (const { device, hit } of found) {
    if (!hit) continue;
    const { r } = device;
    const id = hit.audit.m.pathParams.sessionId;
    const nextDevice = (devicesOf.get(id) ?? []).find((d) => d.r.startMs >= r.endMs && d !== device);
    const read = later(steps, device, 'get', id).find(
      (g) => g.r.exchange.response.status === 200 && (!nextDevice || g.r.endMs <= nextDevice.r.startMs),
    );
    const create = ofSession(steps, device.scope, 'create', id)[0];
    const textSize = r.requestText !== undefined ? Buffer.byteLength(r.requestText) : -1;
    const o: DeviceObservation = {
      sent: {
        url: new URL(r.exchange.request.url).pathname,
        method: r.exchange.request.method,
        contentType: (r.requestHeaders['content-type'] ?? '').split(';')[0].trim().toLowerCase(),
        contentLength: r.requestBodySize >= 0 ? r.requestBodySize : textSize,
        userAgent: r.requestHeaders['user-agent'] ?? '',
        clientRequestId: r.requestHeaders['client-request-id'] ?? '',
      },
      got: {
        status: r.exchange.response.status,
        apimRequestId: r.exchange.response.headers['apim-request-id'],
        body: r.exchange.response.json,
      },
      sendResultsToClient: create ? createBody(create).sendResultsToClient === true : false,
      before: hit.entries.filter((e) => e !== hit.entry),
      after: hit.entries,
      ...(read ? { session: read.r.exchange.response.json as Record<string, unknown> } : {}),
    };
    const op = device.m.op.id;
    if (r.requestHeaders['client-request-id'] !== undefined) rec.run(auditIdsMatchDeviceCall, op, o, r.exchange);
    else
      rec.skip(auditIdsMatchDeviceCall, op, 'the device sent no client-request-id (requestId matched by construction)');
    if (r.requestHeaders['user-agent'] !== undefined && o.sent.contentLength >= 0)
      rec.run(auditRecordsDeviceRequest, op, o, r.exchange);
    else rec.skip(auditRecordsDeviceRequest, op, 'the HAR carries no User-Agent or body size of the device call');
    if (read) rec.run(resultIsNewestAuditEntry, op, o, r.exchange);
    if (create) rec.run(sendResultsToClientHonoured, op, o, r.exchange);
  }
}
