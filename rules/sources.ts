import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One source document, copied into `rules/sources/` (provenance in `rules/sources/PROVENANCE.md`). */
export interface SourceDocument {
  id: string;
  /** Path under `rules/sources/`. */
  path: string;
  title: string;
  /** `prose`: rules typed by hand, guarded by `fingerprint`; `openapi`: rules extracted mechanically. */
  kind: 'prose' | 'openapi';
  language: 'ja' | 'fr' | 'sv' | 'en';
  /**
   * SHA-256 of the file the hand-written rules were reviewed against. An edit to the document changes it and
   * fails `tests/rules`: review the document's rules, then update the fingerprint.
   */
  fingerprint: string;
}

/** Every document the inventory reads. */
export const SOURCES: readonly SourceDocument[] = [
  {
    id: 'seed000',
    path: 'seeds/000_02f26b85201b0826.txt',
    title: 'Get Liveness Session Result (ja)',
    kind: 'prose',
    language: 'ja',
    fingerprint: '1bcdb0015b5828c61ed86e90538bd1704d007ec10389f9f666ed8ad135cf124e',
  },
  {
    id: 'seed001',
    path: 'seeds/001_1d1d330073051943.txt',
    title: 'Get Liveness Session Audit Entries (fr)',
    kind: 'prose',
    language: 'fr',
    fingerprint: '9966b159a65163853a38667875ddcf2e6217371ed4d085595342a8907ec50978',
  },
  {
    id: 'seed002',
    path: 'seeds/002_3e9ae2f5e58b9cf3.txt',
    title: 'Get Liveness Sessions (ja)',
    kind: 'prose',
    language: 'ja',
    fingerprint: '04cddda559ed2d7e5b6ded7fd28f4eeb262ad73d338a7815ccd6909ebf95e0c3',
  },
  {
    id: 'seed003',
    path: 'seeds/003_b54e6acc8fa45b5f.txt',
    title: 'Create Liveness With Verify Session (sv)',
    kind: 'prose',
    language: 'sv',
    fingerprint: 'ab54634c6faf55d8fd4904384f7488406796e06a7b74799daa7e6236fa77a9aa',
  },
  {
    id: 'contract',
    path: 'CONTRACT.md',
    title: 'CONTRACT.md: the contract digested, and the product decisions',
    kind: 'prose',
    language: 'en',
    fingerprint: '6d9f021f413c3cd28fafdabfe381e653793257d8699797b7794f65cc385d9d8f',
  },
  {
    id: 'reference',
    path: 'reference/README.md',
    title: 'reference/README.md: v1.3 delta and where the official sources disagree',
    kind: 'prose',
    language: 'en',
    fingerprint: '6611ed005a310eb71a9705e11c5ee5187df906e9cf8bb6aa876567a8a75b0929',
  },
  {
    id: 'v1.2.swagger',
    path: 'reference/v1.2/Face.liveness-excerpt.json',
    title: 'v1.2 (GA) OpenAPI excerpt',
    kind: 'openapi',
    language: 'en',
    fingerprint: '6538e19a07791852188628db0024e381798c196b1fe571960aa42c2be6577815',
  },
  {
    id: 'v1.2-preview.1.swagger',
    path: 'reference/v1.2-preview.1/Face.liveness-definitions-excerpt.json',
    title: 'v1.2-preview.1 OpenAPI definitions excerpt',
    kind: 'openapi',
    language: 'en',
    fingerprint: '4f889610a111f98c9727755ffb894e9c8e6d0e69518592097a47b5c5c6297e23',
  },
  {
    id: 'v1.3-preview.1.swagger',
    path: 'reference/v1.3-preview.1/Face.liveness-excerpt.json',
    title: 'v1.3-preview.1 OpenAPI excerpt (version not yet supported)',
    kind: 'openapi',
    language: 'en',
    fingerprint: '232b5c03e7d7ee7ec9651b8b0fb009b0f2106ce0d8631b7e4c2be642a272f9fb',
  },
  {
    id: 'v1.2.example.delete',
    path: 'reference/examples/v1.2/LivenessSessionOperations_DeleteLivenessSession.json',
    title: 'v1.2 example: Delete Liveness Session',
    kind: 'prose',
    language: 'en',
    fingerprint: '0de89180ca656a8ced02e47f231b2ec44bdcd597d3e044bb13c1c7a52abdb3b4',
  },
  {
    id: 'v1.2.example.getResult',
    path: 'reference/examples/v1.2/LivenessSessionOperations_GetLivenessSessionResult.json',
    title: 'v1.2 example: Get Liveness Session Result',
    kind: 'prose',
    language: 'en',
    fingerprint: 'e5c64e936bee5225965aa633711319d0720481970d5d83fe8cd11a56105ce68d',
  },
  {
    id: 'v1.1-preview.1.example.list',
    path: 'reference/examples/v1.1-preview.1/LivenessSessionOperations_GetLivenessSessions.json',
    title: 'v1.1-preview.1 example: Get Liveness Sessions',
    kind: 'prose',
    language: 'en',
    fingerprint: 'a8e951773b01594d2b98e3d0b4c38f19d21c3b4bba5d633b2c4cd447c1b17204',
  },
  {
    id: 'v1.1-preview.1.example.audit',
    path: 'reference/examples/v1.1-preview.1/LivenessSessionOperations_GetLivenessSessionAuditEntries.json',
    title: 'v1.1-preview.1 example: Get Liveness Session Audit Entries',
    kind: 'prose',
    language: 'en',
    fingerprint: '5edece20631d2ddba48336e340f42b418552d4f08d041e0f3882d1889d922668',
  },
];

/** Folder of the copied documents. */
export const SOURCES_DIR = join(__dirname, 'sources');

/** A source document by id; an unknown id is a bug and throws. */
export function sourceDocument(id: string): SourceDocument {
  const doc = SOURCES.find((s) => s.id === id);
  if (!doc) throw new Error(`no source document "${id}" in rules/sources.ts`);
  return doc;
}

/** The text of a source document. */
export function sourceText(id: string): string {
  return readFileSync(join(SOURCES_DIR, sourceDocument(id).path), 'utf8');
}

/** SHA-256 (hex) of a source document's current bytes. */
export function currentFingerprint(id: string): string {
  return createHash('sha256')
    .update(readFileSync(join(SOURCES_DIR, sourceDocument(id).path)))
    .digest('hex');
}
