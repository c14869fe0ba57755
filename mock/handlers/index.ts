import type { ContractVersion, Design, OperationSpec, Role } from '../../schemas';
import { contractFor } from '../../schemas';
import type { Handler } from '../context';
import { GA_HANDLERS } from '../attempts';
import { listAudit } from './audit';
import { createJson, createMultipart } from './create';
import { detectLiveness } from './device';
import { getSessionImage } from './sessionImage';
import { deleteSession, getSession, listSessions } from './sessions';

/**
 * The handler of each role of each design: an operation is answered by its version's design's handler of
 * its role, so a version that only restates or adds fields needs no handler of its own (a test checks
 * every operation of the contract table has one).
 */
export const HANDLERS: Readonly<Record<Design, Readonly<Partial<Record<Role, Handler>>>>> = {
  preview: {
    create: createJson,
    createWithVerifyImage: createMultipart,
    list: listSessions,
    get: getSession,
    delete: deleteSession,
    audit: listAudit,
    device: detectLiveness,
    sessionImage: getSessionImage,
  },
  ga: GA_HANDLERS,
};

/**
 * Handlers of single operations, by id, that answer otherwise than their design's handler of their role
 * (none yet: an operation a version adds with a role of its own, or a changed one, goes here).
 */
export const HANDLERS_BY_ID: Readonly<Record<string, Handler>> = {};

/** The handler of an operation of a version: its own (by id), else its design's handler of its role. */
export function handlerFor(version: ContractVersion, op: OperationSpec): Handler | undefined {
  return HANDLERS_BY_ID[op.id] ?? HANDLERS[contractFor(version).design][op.role];
}
