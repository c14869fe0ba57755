import type { DefinitionSet } from './types';

/** The documented bounds of the list/audit paging parameters (seeds 001, 002). */
export const PAGING = { startMaxLength: 64, topMinimum: 1, topMaximum: 1000, topDefault: 1000 } as const;

/** Query and path parameters, as schemas, so generators and the mock share their bounds. */
export function parameterDefinitions(): DefinitionSet {
  return {
    ListStart: {
      type: 'string',
      maxLength: PAGING.startMaxLength,
      description: 'Paging cursor: list only resources whose id is greater than this. At most 64 characters.',
      $comment: 'seeds 001 (fr), 002 (ja) URI parameters: start',
    },
    ListTop: {
      type: 'integer',
      minimum: PAGING.topMinimum,
      maximum: PAGING.topMaximum,
      default: PAGING.topDefault,
      description: 'How many items to list, 1 to 1000; 1000 when not given.',
      $comment: 'seeds 001 (fr), 002 (ja) URI parameters: top (int32)',
    },
    SessionId: {
      type: 'string',
      minLength: 1,
      description: 'The id of a session, as a path segment.',
      $comment: 'seeds 000 (ja), 001 (fr) URI parameters: sessionId',
    },
  };
}
