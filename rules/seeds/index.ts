/**
 * The rules the four seeds state in prose (operation descriptions, parameter cells, definition
 * descriptions), typed by hand with the original words, plus their definition tables (`../seedTables.ts`):
 * one file per seed document.
 */
import type { Rule } from '../types';
import { seed000Rules } from './seed000GetResult';
import { seed001Rules } from './seed001Audit';
import { seed002Rules } from './seed002List';
import { seed003Rules } from './seed003CreateWithVerify';

/** Every rule of the four seeds. */
export function seedRules(): Rule[] {
  return [...seed000Rules(), ...seed001Rules(), ...seed002Rules(), ...seed003Rules()];
}
