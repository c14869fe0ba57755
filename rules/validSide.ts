import type { Override } from './coverage';

/** Who enforces the valid side of every documented request bound and enum (a value on it is accepted). */
export const VALID_SIDE: Override = { checks: ['boundaryValuesAccepted'] };
