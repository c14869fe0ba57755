// Preloaded with `node --require` by bench/runTraffic.ts: on exit, writes this process's peak resident
// memory (max RSS, in KB) to the file PEAK_MEMORY_FILE names. Plain JavaScript, so it loads before tsx.
'use strict';
process.on('exit', () => {
  const file = process.env.PEAK_MEMORY_FILE;
  if (file) require('node:fs').writeFileSync(file, String(process.resourceUsage().maxRSS));
});
