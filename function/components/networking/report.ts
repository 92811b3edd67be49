// What networking tells the user: public URL, TURN endpoints, the signaling address for DNS, and
// conditions naming what is missing.
import type { ReportContext } from "../../model/component.js";
import type { PoolCondition, ReportPart } from "../../model/outcome.js";
import { RESOURCE } from "../../model/resource-names.js";
import type { NetworkingFacts } from "./facts.js";
import { turnUris } from "./turn.js";
import type { NetworkingView } from "./view.js";

function turnCondition(view: NetworkingView, facts: NetworkingFacts, ctx: ReportContext): PoolCondition {
  const gw = `Gateway ${view.names.turnGateway}`;
  if (facts.credentials.state === "missing") {
    return {
      type: "TurnReady",
      status: false,
      reason: "WaitingForCredentials",
      message: `TURN is off until credentials exist: ${facts.credentials.problem}.`,
    };
  }
  const address = facts.address;
  if (!address) {
    return {
      type: "TurnReady",
      status: false,
      reason: "WaitingForAddress",
      message: `Waiting for ${gw} to get a public address; LiveKit runs without TURN until then.`,
    };
  }
  if (address.source === "remembered") {
    return {
      type: "TurnReady",
      status: false,
      reason: "AddressNotReported",
      message: `${gw} reports no address now; LiveKit keeps the last known TURN address ${address.value}.`,
    };
  }
  if (!ctx.ready(RESOURCE.turnGateway) || !ctx.ready(RESOURCE.turnRoute)) {
    return {
      type: "TurnReady",
      status: false,
      reason: "NotProgrammed",
      message: `TURN address ${address.value}; waiting for ${gw} to be programmed and its UDPRoute accepted.`,
    };
  }
  return {
    type: "TurnReady",
    status: true,
    reason: "Available",
    message: `TURN at ${address.value} (${address.source === "spec" ? "fixed in the spec" : `from ${gw}`}).`,
  };
}

function signalingCondition(view: NetworkingView, ctx: ReportContext): PoolCondition {
  const ready = ctx.ready(RESOURCE.signalingGateway) && ctx.ready(RESOURCE.signalingRoute);
  if (ready) {
    return {
      type: "SignalingReady",
      status: true,
      reason: "Available",
      message: `wss://${view.hostname} is served by Gateway ${view.names.signalingGateway}.`,
    };
  }
  return {
    type: "SignalingReady",
    status: false,
    reason: "NotProgrammed",
    message: `Waiting for Gateway ${view.names.signalingGateway} to be programmed and HTTPRoute ${view.names.signalingRoute} accepted.`,
  };
}

function certificateCondition(view: NetworkingView, ctx: ReportContext): PoolCondition {
  if (ctx.ready(RESOURCE.tlsCertificate)) {
    return { type: "CertificateReady", status: true, reason: "Issued", message: `Certificate ${view.names.certificate} is issued.` };
  }
  const issuer = `${view.tls.issuerRef.kind} ${view.tls.issuerRef.name}`;
  return {
    type: "CertificateReady",
    status: false,
    reason: "Issuing",
    message: `Waiting for Certificate ${view.names.certificate} from ${issuer}.`,
  };
}

export function reportNetworking(view: NetworkingView, facts: NetworkingFacts, ctx: ReportContext): ReportPart {
  const address = facts.address;
  return {
    status: {
      url: `wss://${view.hostname}`,
      turn: address ? { address: address.value, addressSource: address.source, uris: turnUris(view, address.value) } : {},
      signaling: facts.signalingAddress ? { address: facts.signalingAddress } : {},
    },
    conditions: [signalingCondition(view, ctx), turnCondition(view, facts, ctx), certificateCondition(view, ctx)],
  };
}
