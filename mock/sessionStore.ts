import { randomBytes, randomUUID } from 'node:crypto';
import type { SessionFamily } from '../schemas';
import { ImageStore } from './imageStore';

/** What every stored session has, whatever its design: id, family, device token, deleted mark. */
export interface StoredSession {
  id: string;
  family: SessionFamily;
  token: string;
  deleted: boolean;
}

/**
 * Sessions by id and by token, and their session images: the memory both designs share (the previews'
 * `MockState`, v1.2's `GaStore`). Deletion marks a session deleted and drops its images; lookups skip
 * deleted sessions unless asked (a fault may).
 */
export class SessionStore<S extends StoredSession> {
  private readonly sessions = new Map<string, S>();
  private readonly tokens = new Map<string, S>();
  /** Its session images (public for the delete-drops-every-image fault, which clears them all). */
  readonly images = new ImageStore<S>();

  /** Stores a new session under a fresh id and token, built by `make`. */
  protected store(make: (id: string, token: string) => S): S {
    const session = make(randomUUID(), randomBytes(32).toString('base64url'));
    this.sessions.set(session.id, session);
    this.tokens.set(session.token, session);
    return session;
  }

  /** A session of a family by id, deleted ones only when `includeDeleted`. */
  find(family: SessionFamily, id: string, includeDeleted = false): S | undefined {
    const s = this.sessions.get(id);
    return s && s.family === family && (includeDeleted || !s.deleted) ? s : undefined;
  }

  /** Any stored session by id, deleted or not, whatever its family. */
  protected byId(id: string): S | undefined {
    return this.sessions.get(id);
  }

  /** Every stored session, deleted ones too. */
  protected all(): IterableIterator<S> {
    return this.sessions.values();
  }

  /** The session a device token belongs to (deleted ones too: the caller decides). */
  byToken(token: string): S | undefined {
    return this.tokens.get(token);
  }

  /** Marks a session deleted; its images go at once. */
  delete(session: S): void {
    session.deleted = true;
    this.images.dropSession(session);
  }

  /** Stores a session image and returns its id. */
  addImage(session: S, bytes: Buffer): string {
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
