// The simulated cluster: an object store with the API server's write semantics that matter to a
// composition function: server-side apply replaces what the applier owns and keeps status, the
// generation moves when the spec changes, Secrets store stringData as data, and uids are stable.
import { createHash } from "node:crypto";
import { admissionProblems, objectKey, type Obj } from "./kube.js";

export class ApplyError extends Error {}

function specOf(o: Obj): string {
  return JSON.stringify(o.spec ?? null);
}

export class Cluster {
  private readonly objects = new Map<string, Obj>();
  /** Connection details a managed resource publishes (what Crossplane reads from its Secret). */
  private readonly connection = new Map<string, Record<string, string>>();
  private uids = 0;
  /** Writes so far: lets a test tell that nothing changed between two reconciles. */
  writes = 0;

  get(key: string): Obj | undefined {
    const o = this.objects.get(key);
    return o === undefined ? undefined : structuredClone(o);
  }

  list(): Obj[] {
    return [...this.objects.values()].map((o) => structuredClone(o));
  }

  /** Read-only views for controllers, which never mutate what they read (no copies: fast). */
  peek(key: string): Readonly<Obj> | undefined {
    return this.objects.get(key);
  }

  peekAll(): ReadonlyArray<Readonly<Obj>> {
    return [...this.objects.values()];
  }

  /** Creates or replaces an object as a user or controller would (no ownership, no admission). */
  put(o: Obj): void {
    const key = objectKey(o);
    const existing = this.objects.get(key);
    const copy = structuredClone(o);
    copy.metadata = { ...copy.metadata, uid: existing?.metadata?.uid ?? copy.metadata?.uid ?? this.newUid() };
    this.objects.set(key, copy);
    this.writes++;
  }

  delete(key: string): boolean {
    this.connection.delete(key);
    const had = this.objects.delete(key);
    if (had) this.writes++;
    return had;
  }

  /** Status is written by controllers only; returns true when it changed. */
  setStatus(key: string, status: Obj | undefined): boolean {
    const o = this.objects.get(key);
    if (!o || JSON.stringify(o.status) === JSON.stringify(status)) return false;
    if (status === undefined) delete o.status;
    else o.status = structuredClone(status);
    this.writes++;
    return true;
  }

  setConnectionDetails(key: string, details: Record<string, string>): void {
    this.connection.set(key, { ...details });
  }

  connectionDetails(key: string): Record<string, string> {
    return { ...(this.connection.get(key) ?? {}) };
  }

  /** Server-side apply with force: the applied object's fields replace the applier's previous
   * ones, status and system metadata are kept, and the generation moves with the spec. Throws
   * ApplyError when the API server would refuse the object. */
  apply(desired: Obj): void {
    const incoming = structuredClone(desired);
    if (incoming.kind === "Secret" && incoming.stringData) {
      const encoded = Object.fromEntries(
        Object.entries<string>(incoming.stringData).map(([k, v]) => [k, Buffer.from(v).toString("base64")]),
      );
      incoming.data = { ...(incoming.data ?? {}), ...encoded };
      delete incoming.stringData;
    }
    const problems = admissionProblems(incoming);
    if (problems.length > 0) throw new ApplyError(`${incoming.kind} ${incoming.metadata?.name}: ${problems.join("; ")}`);
    const key = objectKey(incoming);
    const existing = this.objects.get(key);
    const { status: _ignored, ...applied } = incoming;
    const stored: Obj = {
      ...applied,
      metadata: {
        ...applied.metadata,
        uid: existing?.metadata?.uid ?? this.newUid(),
        creationTimestamp: existing?.metadata?.creationTimestamp ?? "2024-01-01T00:00:00Z",
      },
    };
    if (applied.spec !== undefined) {
      const generation = existing?.metadata?.generation ?? 0;
      stored.metadata.generation = existing && specOf(existing) === specOf(applied) ? generation : generation + 1;
    }
    if (existing?.status !== undefined) stored.status = existing.status;
    if (JSON.stringify(existing) !== JSON.stringify(stored)) this.writes++;
    this.objects.set(key, stored);
  }

  private newUid(): string {
    this.uids++;
    return createHash("sha256")
      .update(`uid-${this.uids}`)
      .digest("hex")
      .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12}).*/, "$1-$2-$3-$4-$5");
  }
}
