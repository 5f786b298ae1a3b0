// Preloaded into a benchmarked dyad process (node --import): at exit it writes the process's CPU time
// (user + system, every thread) and peak RSS to the file in $DYAD_BENCH_USAGE, as one JSON line.
import { writeFileSync } from 'node:fs';

const file = process.env.DYAD_BENCH_USAGE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, `${JSON.stringify({ cpuSeconds: (u.userCPUTime + u.systemCPUTime) / 1e6, peakRssBytes: u.maxRSS * 1024 })}\n`);
  });
}
