/** Milliseconds of CPU (user and system) this process spent since `since` (from process.cpuUsage()). */
export function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}
