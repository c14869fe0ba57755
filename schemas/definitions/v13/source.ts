/** Where every v1.3-preview.1 definition comes from: the official excerpt and the reference README. */
export const V13_SOURCE =
  'v1.3-preview.1 swagger (reference/v1.3-preview.1/Face.liveness-excerpt.json) and reference/README.md "v1.3-preview.1 against v1.2"';

/** A `$comment` naming the v1.3 source and what it says. */
export const v13Note = (what: string): string => `${V13_SOURCE}: ${what}`;

/**
 * A value the swagger types `object` while its examples and the real service send a boolean (reference
 * README item 5): either is legal.
 */
export function booleanOrObject(description: string): Record<string, unknown> {
  return {
    type: ['boolean', 'object'],
    description,
    $comment: v13Note(
      'typed object in the swagger, a boolean in the examples and the real service (item 5): both legal',
    ),
  };
}
