import type { DefinitionSet } from '../types';
import { errorDefinitions } from '../errors';
import { GA_SOURCE } from './enums';
import { gaCreateDefinitions } from './create';
import { gaEnumDefinitions } from './enums';
import { gaSessionDefinitions } from './session';

/**
 * Every definition of the v1.2 GA redesign (CONTRACT.md §5), before `$schema`/`$id` are added. No list
 * or audit definitions: those operations are gone. The error body is the preview's.
 */
export function gaDefinitions(): DefinitionSet {
  return {
    ...gaEnumDefinitions(),
    ...gaSessionDefinitions(),
    ...gaCreateDefinitions(),
    ...errorDefinitions(),
    SessionId: {
      type: 'string',
      minLength: 1,
      description: 'The id of a session (or of a session image), as a path segment.',
      $comment: `${GA_SOURCE}: /detectLiveness-sessions/{sessionId}, /sessionImages/{sessionImageId}`,
    },
  };
}
