import type { DefinitionSet } from '../types';
import { v13CreateDefinitions } from './create';
import { v13SessionDefinitions } from './session';
import { v13SettingsDefinitions } from './settings';

export { ATTEMPTS_ALLOWED, USER_CORRELATION_RULE } from './create';

/**
 * v1.3-preview.1's definitions as a delta on its base's (v1.2's): the differences reference/README.md
 * states (create fields, session and attempt fields), and the settings definitions.
 */
export function v13Definitions(ga: DefinitionSet): DefinitionSet {
  return {
    ...ga,
    ...v13CreateDefinitions(ga),
    ...v13SessionDefinitions(ga),
    ...v13SettingsDefinitions(),
  };
}
