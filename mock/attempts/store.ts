import type { SessionFamily } from '../../schemas';
import { SessionStore } from '../sessionStore';
import type { LivenessSettings, SessionTerms } from '../settings/values';
import { defaultSettings } from '../settings/values';

/** One v1.2 attempt as stored: what a simulated device call produced (CONTRACT.md §5). */
export interface GaAttempt {
  attemptId: number;
  attemptStatus: 'Succeeded';
  result: Record<string, unknown>;
  /** v1.3-preview.1: `clientInformation`, `abuseMonitoringResult`. */
  [extra: string]: unknown;
}

/** A v1.2 session: the create values and the attempts since. Kept apart from preview sessions. */
export interface GaSession {
  id: string;
  family: SessionFamily;
  token: string;
  /** Simulated ms since the epoch. */
  createdAt: number;
  ttl: number;
  deviceCorrelationId: string | null;
  enableSessionImage: boolean;
  returnVerifyImageHash: boolean;
  modelVersion: string;
  verifyImage?: Buffer;
  /** Its terms, in a version with the attempt limit: attempts allowed, user correlation, expected IP, abuse monitoring. */
  terms?: SessionTerms;
  attempts: GaAttempt[];
  deleted: boolean;
}

/** The values a v1.2 create hands to the store. */
export type NewGaSession = Omit<GaSession, 'id' | 'token' | 'attempts' | 'deleted'>;

/** The mock's v1.2 memory: sessions by id and by token, and session images. No lists: v1.2 has none. */
export class GaStore extends SessionStore<GaSession> {
  /** v1.3-preview.1 `/settings` of the resource. */
  settings: LivenessSettings = defaultSettings();

  /** Stores a new session with a fresh id and token. */
  create(values: NewGaSession): GaSession {
    return this.store((id, token) => ({ ...values, id, token, attempts: [], deleted: false }));
  }

  /** Forgets every session and image, and sets the settings back to their defaults. */
  override clear(): void {
    super.clear();
    this.settings = defaultSettings();
  }
}
