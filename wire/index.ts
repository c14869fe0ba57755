/**
 * The one request model, from generators to the wire to recordings: a request as it goes on the wire
 * (before credentials), its serialization helpers, the response as checks see it, and the exchange of both.
 * Imports nothing of ours.
 */
export * from './request';
export * from './exchange';
export * from './json';
export * from './printable';
