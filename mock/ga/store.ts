import { randomBytes, randomUUID } from 'node:crypto';
import type { SessionFamily } from '../../schemas';
import { ImageStore } from '../imageStore';

/** One v1.2 attempt as stored: what a simulated device call produced (CONTRACT.md §5). */
export interface GaAttempt {
  attemptId: number;
  attemptStatus: 'Succeeded';
  result: Record<string, unknown>;
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
  attempts: GaAttempt[];
  deleted: boolean;
}

/** The values a v1.2 create hands to the store. */
export type NewGaSession = Omit<GaSession, 'id' | 'token' | 'attempts' | 'deleted'>;

/** The mock's v1.2 memory: sessions by id and by token, and session images. No lists: v1.2 has none. */
export class GaStore {
  private readonly sessions = new Map<string, GaSession>();
  private readonly tokens = new Map<string, GaSession>();
  private readonly images = new ImageStore<GaSession>();

  /** Stores a new session with a fresh id and token. */
  create(values: NewGaSession): GaSession {
    const session: GaSession = {
      ...values,
      id: randomUUID(),
      token: randomBytes(32).toString('base64url'),
      attempts: [],
      deleted: false,
    };
    this.sessions.set(session.id, session);
    this.tokens.set(session.token, session);
    return session;
  }

  /** A live session of a family by id (deleted ones too when `includeDeleted`, for a fault). */
  find(family: SessionFamily, id: string, includeDeleted = false): GaSession | undefined {
    const s = this.sessions.get(id);
    return s && s.family === family && (includeDeleted || !s.deleted) ? s : undefined;
  }

  /** The session a device token belongs to (deleted ones too: the caller decides). */
  byToken(token: string): GaSession | undefined {
    return this.tokens.get(token);
  }

  /** Marks a session deleted; its images go at once. */
  delete(session: GaSession): void {
    session.deleted = true;
    this.images.dropSession(session);
  }

  /** Stores a session image and returns its id. */
  addImage(session: GaSession, bytes: Buffer): string {
    return this.images.add(session, bytes);
  }

  /** A stored session image, unless its session was deleted. */
  image(id: string): Buffer | undefined {
    return this.images.get(id);
  }

  /** Forgets everything. */
  clear(): void {
    this.sessions.clear();
    this.tokens.clear();
    this.images.clear();
  }
}
