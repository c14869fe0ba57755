/** A one-line command that replays one failing property of the suite, by test title, seed and path. */
export function replayCommand(title: string, seed: number, path: string): string {
  const grep = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, '.');
  return `FACE_SEED=${seed} FACE_FC_PATH=${path} npx playwright test --project=conformance -g '${grep}'`;
}
