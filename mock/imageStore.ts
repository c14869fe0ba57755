import { randomUUID } from 'node:crypto';

/** Session images by id, each tied to the session that made it (preview and v1.2 stores share this). */
export class ImageStore<S> {
  private readonly images = new Map<string, { bytes: Buffer; session: S }>();

  /** Stores an image of a session and returns its new id. */
  add(session: S, bytes: Buffer): string {
    const id = randomUUID();
    this.images.set(id, { bytes, session });
    return id;
  }

  /** The bytes of an image, if it is still stored. */
  get(id: string): Buffer | undefined {
    return this.images.get(id)?.bytes;
  }

  /** Drops every image of a session (when the session is deleted). */
  dropSession(session: S): void {
    for (const [id, image] of this.images) if (image.session === session) this.images.delete(id);
  }

  clear(): void {
    this.images.clear();
  }
}
