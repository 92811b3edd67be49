// Waiting on the control plane: poll a condition until it holds, with a generous deadline that ends
// early on success. Failures here are otherwise silent hangs (a backing-off gRPC client, a
// controller waiting on a status), so an expired deadline says what it waited for, what it last
// saw, and the diagnostics of the whole stack (logs and statuses).
import { setTimeout as sleep } from "node:timers/promises";

const POLL_MS = 250;

/** Diagnostics printed when a wait expires: the processes' last log lines, the objects' statuses. */
export type Diagnostics = () => Promise<string>;

let diagnostics: Diagnostics = async () => "";
/** Says which program of the stack has died, if one has: no wait can succeed then. */
let liveness: () => string | undefined = () => undefined;

export function setDiagnostics(d: Diagnostics): void {
  diagnostics = d;
}

export function setLiveness(l: () => string | undefined): void {
  liveness = l;
}

export async function describeStack(): Promise<string> {
  try {
    return await diagnostics();
  } catch (err) {
    return `(diagnostics failed: ${err instanceof Error ? err.message : String(err)})`;
  }
}

/**
 * Polls `check` until it returns a value that is not undefined (or false), and returns that value.
 * `check` may throw while the thing is not there yet (e.g. 404); the last error or value is reported.
 */
export async function eventually<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: string;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined && v !== false) return v;
      last = "the condition did not hold";
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
    }
    const dead = liveness();
    if (dead) throw new Error(`${dead}, while waiting for ${what} (last: ${last})\n${await describeStack()}`);
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what} (last: ${last})\n${await describeStack()}`);
    }
    await sleep(POLL_MS);
  }
}
