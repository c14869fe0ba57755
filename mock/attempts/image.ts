import { filetypeinfo } from 'magic-bytes.js';

/**
 * The smallest JPEG the real service's recordings hold (a 1×1 grey pixel, 125 bytes): what a v1.2 session
 * image is when the simulated device sent frames that are no image (CONTRACT.md §1's `Content` is opaque).
 */
export const PLACEHOLDER_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/yQALCAABAAEBAREA/8wABgAQEAX/2gAIAQEAAD8A0s8g/9k=',
  'base64',
);

/** The session image of a device call: its frames when they are an image, else the placeholder JPEG. */
export function sessionImageOf(content: Buffer): Buffer {
  return filetypeinfo(content).some((t) => t.mime?.startsWith('image/')) ? content : PLACEHOLDER_JPEG;
}

/** The face the mock "finds": the rectangle of the real service's recordings (v1.2 FaceRectangle, int32). */
export const FACE_RECTANGLE = { top: 669, left: 203, width: 646, height: 724 } as const;

/** The verify image's face (a with-verify session's `verifyReferences`), as the recordings show it. */
export const VERIFY_FACE_RECTANGLE = { top: 66, left: 440, width: 227, height: 304 } as const;
