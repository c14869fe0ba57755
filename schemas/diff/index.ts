import type { OperationSpec } from '../contract';
import { operationsFor } from '../contract';
import type { ContractVersion } from '../versions';
import { behaviourChanges } from './behaviours';
import { compareOperations } from './compareOps';
import { pairOperations } from './pairing';
import type { ContractChange, ContractDiff } from './types';

export type { ChangeKind, ContractChange, ContractDiff } from './types';

/**
 * Compares two versions' contracts (operation table and definitions) and classifies each change as
 * breaking for a client of `from` or not, with the reason. Deterministic: the same versions give the same list.
 */
export function diffContracts(from: ContractVersion, to: ContractVersion): ContractDiff {
  // Device calls are left out: they are our mock's simulation protocol (CONTRACT.md §1), not the service's contract.
  const contract = (v: ContractVersion) => operationsFor(v).filter((op) => op.kind !== 'device');
  const { pairs, removed, added } = pairOperations(contract(from), contract(to));
  const whole = (op: OperationSpec, kind: 'operation-removed' | 'operation-added'): ContractChange => ({
    operation: op.name,
    where: `${op.method} ${op.path}`,
    kind,
    breaking: kind === 'operation-removed',
    reason: kind === 'operation-removed' ? 'a client calling it gets 404' : 'new: old clients do not call it',
  });
  const changes: ContractChange[] = [
    ...removed.map((op) => whole(op, 'operation-removed')),
    ...pairs.flatMap((pair) => compareOperations(pair, from, to)),
    ...added.map((op) => whole(op, 'operation-added')),
    ...behaviourChanges(from, to),
  ];
  const byKind: ContractDiff['counts']['byKind'] = {};
  for (const c of changes) byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
  const breaking = changes.filter((c) => c.breaking).length;
  return {
    from,
    to,
    counts: { total: changes.length, breaking, nonBreaking: changes.length - breaking, byKind },
    changes,
  };
}
