/**
 * The session-image checks on observations that keep and break their rules: Get Session Image answers an image
 * labelled as the definition produces, and a delete leaves another live session's image readable.
 */
import { expect, test } from '@playwright/test';
import { deleteKeepsOtherImages, sessionImageIsImage } from '../../checks';
import { FAKE_JPEG } from '../../generators';
import { registry } from '../../schemas';

const ctx = { version: 'v1.2' as const, registry: registry() };
const image = (contentType: string | undefined, body: Uint8Array = FAKE_JPEG, status = 200) =>
  sessionImageIsImage.evaluate({ status, body, contentType }, ctx).map((f) => f.pointer);

test('a session image labelled application/octet-stream or an image type passes', () => {
  for (const type of ['application/octet-stream', 'Application/Octet-Stream', 'image/jpeg', 'image/png; q=1'])
    expect(image(type), type).toEqual([]);
  // Bytes no signature names pass when the label says image.
  expect(image('image/webp', new Uint8Array([1, 2, 3]))).toEqual([]);
});

test('a session image without a Content-Type, or labelled otherwise, fails on the header', () => {
  for (const type of [undefined, '', 'application/json', 'text/plain', 'application/octet-streamx'])
    expect(image(type), String(type)).toEqual(['/headers/content-type']);
  // Not an image and not labelled as one: both findings.
  expect(image(undefined, new Uint8Array([1, 2, 3]))).toEqual(['/headers/content-type', '/body']);
  expect(image('application/octet-stream', FAKE_JPEG, 404)).toEqual(['/status']);
});

test("another live session's image after a delete: 200 passes, anything else fails", () => {
  expect(deleteKeepsOtherImages.evaluate({ status: 200 }, ctx)).toEqual([]);
  for (const status of [404, 410, 500]) expect(deleteKeepsOtherImages.evaluate({ status }, ctx)).toHaveLength(1);
});
