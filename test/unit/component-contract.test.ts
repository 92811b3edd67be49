// A new component, added as README's "Adding a component" says (its folder, one line in the list),
// takes part in every stage: its check refuses bad specs naming the field, its objects are composed
// and judged by the readiness pass, its condition joins the XR's and holds Ready back until it is
// True. The shipped list is untouched: the handler takes the list it runs.
import { Ready, Severity, Status } from "@crossplane-org/function-sdk-typescript";
import { describe, expect, it } from "vitest";
import { runFunction } from "../../function/handler.js";
import { COMPONENTS } from "../../function/pipeline/components.js";
import { scrapeConfig, SCRAPE_CONFIG } from "../support/example-component.js";
import { deps, poolRequest } from "../support/requests.js";

// The one line: the new component goes into the list (before the components that use what it gives;
// this one gives nothing, so anywhere).
const withScrapeConfig = [...COMPONENTS, scrapeConfig];

describe("a component added the way the guide says", () => {
  it("composes its object and reports its condition", () => {
    const { response } = runFunction(poolRequest({ name: "studio", namespace: "media" }), { ...deps, components: withScrapeConfig });
    expect(response.desired!.resources[SCRAPE_CONFIG]!.resource).toMatchObject({
      kind: "ConfigMap",
      metadata: { name: "studio-livekit-scrape", namespace: "media", labels: { "livekit.stunner.l7mp.io/pool": "studio" } },
    });
    expect(response.conditions.map((c) => c.type)).toEqual(["ServerAvailable", "ApiKeysReady", "RedisReady", "ScrapeConfigReady"]);
  });

  it("is judged by the readiness pass: unready until its object exists, then its condition is True", () => {
    const spec = { server: { replicas: 1 } };
    const first = runFunction(poolRequest({ spec }), { ...deps, components: withScrapeConfig }).response;
    expect(first.desired!.resources[SCRAPE_CONFIG]!.ready).toBe(Ready.READY_FALSE);
    expect(first.conditions.find((c) => c.type === "ScrapeConfigReady")?.status).toBe(Status.STATUS_CONDITION_FALSE);
    const observed = Object.fromEntries(
      Object.entries(first.desired!.resources).map(([k, v]) => [k, v.resource as Record<string, unknown>]),
    );
    const second = runFunction(poolRequest({ spec, observed }), { ...deps, components: withScrapeConfig }).response;
    expect(second.desired!.resources[SCRAPE_CONFIG]!.ready).toBe(Ready.READY_TRUE);
    expect(second.conditions.find((c) => c.type === "ScrapeConfigReady")?.status).toBe(Status.STATUS_CONDITION_TRUE);
  });

  it("refuses what it cannot serve, naming the field", () => {
    const { response } = runFunction(poolRequest({ spec: { server: { replicas: 101 } } }), { ...deps, components: withScrapeConfig });
    expect(response.results[0]).toMatchObject({ severity: Severity.SEVERITY_FATAL, reason: "InvalidSpec" });
    expect(response.results[0]!.message).toContain("spec.server.replicas: the scrape config lists at most 100 pods");
  });
});
