import { ref } from '../ids';
import type { DefinitionSet } from './types';

/** The error body every non-2xx answer carries (seeds 000-003, "Other Status Codes"). */
export function errorDefinitions(): DefinitionSet {
  return {
    FaceError: {
      type: 'object',
      description: 'An error: a server-defined code and a human-readable message.',
      $comment: 'seeds 000 (ja), 001 (fr), 002 (ja), 003 (sv) Definitions: FaceError',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', description: 'One of the server-defined error codes.' },
        message: { type: 'string', description: 'A human-readable description of the error.' },
      },
    },
    FaceErrorResponse: {
      type: 'object',
      description: 'The body of an error answer.',
      $comment: 'seeds 000 (ja), 001 (fr), 002 (ja), 003 (sv) Definitions: FaceErrorResponse',
      required: ['error'],
      properties: { error: ref('FaceError') },
    },
  };
}
