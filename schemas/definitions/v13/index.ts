import { gaDefinitions } from '../ga';
import type { DefinitionSet } from '../types';
import { v13CreateDefinitions } from './create';
import { v13SessionDefinitions } from './session';
import { v13SettingsDefinitions } from './settings';

export { ATTEMPTS_ALLOWED, USER_CORRELATION_RULE } from './create';

/**
 * Every definition of v1.3-preview.1: the v1.2 GA definitions with the differences reference/README.md
 * states (create fields, session and attempt fields), and the settings definitions.
 */
export function v13Definitions(): DefinitionSet {
  const ga = gaDefinitions();
  return {
    ...ga,
    ...v13CreateDefinitions(ga),
    ...v13SessionDefinitions(ga),
    ...v13SettingsDefinitions(),
  };
}
