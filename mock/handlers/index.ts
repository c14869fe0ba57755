import type { Handler } from '../context';
import { GA_HANDLERS } from '../ga';
import { listAudit } from './audit';
import { createJson, createMultipart } from './create';
import { detectLiveness } from './device';
import { getSessionImage } from './sessionImage';
import { deleteSession, getSession, listSessions } from './sessions';

/** The handler of every operation id of the contract table (schemas/contract/) (a test checks none is missing). */
export const HANDLERS: Readonly<Record<string, Handler>> = {
  createLivenessSession: createJson,
  createLivenessWithVerifySession: createJson,
  createLivenessWithVerifySessionWithVerifyImage: createMultipart,
  getLivenessSessions: listSessions,
  getLivenessWithVerifySessions: listSessions,
  getLivenessSessionResult: getSession,
  getLivenessWithVerifySessionResult: getSession,
  deleteLivenessSession: deleteSession,
  deleteLivenessWithVerifySession: deleteSession,
  getLivenessSessionAuditEntries: listAudit,
  getLivenessWithVerifySessionAuditEntries: listAudit,
  detectLiveness: detectLiveness,
  detectLivenessWithVerify: detectLiveness,
  getSessionImage: getSessionImage,
  ...GA_HANDLERS,
};
