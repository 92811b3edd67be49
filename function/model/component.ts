// The contract every component of a pool implements, and the one typed value through which a
// component hands data to the components after it. The pipeline (pipeline/) runs each stage over
// the ordered list in pipeline/components.ts; a component never calls another.
//
//   validate -> view -> requirements -> discover -> compose -> (readiness) -> report
import type { ResourceSelector } from "@crossplane-org/function-sdk-typescript";
import type { PoolDefaults } from "../api/input.js";
import type { PoolSpec } from "../api/spec.js";
import type { Minter } from "../secrets/mint.js";
import type { ClusterState } from "./cluster.js";
import type { DesiredObject, PodContribution, PoolEvent, ReportPart } from "./outcome.js";
import type { Pool, Scope } from "./pool.js";
import type { ApiKeyPair, RedisClient } from "./shared-values.js";

/** What components give the components after them, gathered in list order. */
export interface Shared {
  /** Shares of the server pod (config keys, env, volumes) from the components before the server. */
  pod: PodContribution[];
  /** The Redis LiveKit is configured with after this call, which Ingress and Egress use too. */
  redis?: RedisClient;
  /** The signaling Gateway's public address, as its load balancer reports it. */
  signalingAddress?: string;
  /** The TURN URIs clients are given (with networking and a known address). */
  turnUris: string[];
  /** The API key pair clients use, once the server's keys are known. */
  apiKeys?: ApiKeyPair;
}

/** What one component gives: a pod share (added to the others), or values it alone provides. */
export type Gives = Partial<Omit<Shared, "pod">> & { pod?: PodContribution };

export interface Composed {
  objects: DesiredObject[];
  events?: PoolEvent[];
  gives?: Gives;
  /** Legacy XRs only: connection details Crossplane writes to the XR's (and claim's) Secret. */
  compositeConnectionDetails?: Record<string, string>;
}

export interface ReportContext {
  /** The readiness pass's verdict on a composed object (false when it is not composed). */
  ready(resourceName: string): boolean;
}

export interface Component<View, Facts> {
  readonly name: string;
  /** The server's conditions lead the XR's list, where readers look first; the others follow the
   * order of the list. */
  readonly leadsReport?: boolean;
  /** Checks of the spec the schema cannot make alone (another field, the function input, the
   * pool's scope), each `field.path: problem`. */
  validate?(spec: PoolSpec, defaults: PoolDefaults, scope: Scope): string[];
  /** What the component needs of the pool, platform defaults resolved; undefined when the pool
   * does not use it. */
  view(pool: Pool): View | undefined;
  /** Resources Crossplane must fetch for it, from the view alone (so they are stable within a
   * reconcile, as Crossplane's requirements loop needs). */
  requirements?(view: View): Record<string, ResourceSelector>;
  /** What the cluster has learned about it. */
  discover(view: View, cluster: ClusterState): Facts;
  /** Its desired objects and events, and what it gives the components after it. */
  compose(view: View, facts: Facts, shared: Readonly<Shared>, mint: Minter): Composed;
  /** Its status fields and conditions, once every composed object's readiness is known. */
  report(view: View, facts: Facts, ctx: ReportContext): ReportPart;
}

/** Declares a component; the view and facts types stay checked inside it. */
export function component<View, Facts>(c: Component<View, Facts>): Component<View, Facts> {
  return c;
}
