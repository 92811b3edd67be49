// The pool's public networking: STUNner TURN, Envoy Gateway signaling, cert-manager TLS, and
// LiveKit's share of it (TURN servers in its config, the TURN secret mounted). It gives the server
// its pod share, Ingress the signaling address, and the connection details the TURN URIs.
import type { ResourceSelector } from "@crossplane-org/function-sdk-typescript";
import { component } from "../../model/component.js";
import { desiredObject, type DesiredObject, type PoolEvent } from "../../model/outcome.js";
import { RESOURCE } from "../../model/resource-names.js";
import type { Minter } from "../../secrets/mint.js";
import { discoverNetworking, type NetworkingFacts, type TurnCredentials } from "./facts.js";
import { reportNetworking } from "./report.js";
import { signalingGateway, signalingRoute } from "./signaling.js";
import { acmeIssuer, certificate } from "./tls.js";
import { gatewayClass, gatewayConfig, turnGateway, turnPodContribution, turnRoute, turnSecret, turnSecretData, turnUris } from "./turn.js";
import { networkingErrors } from "./validate.js";
import { networkingView, type NetworkingView } from "./view.js";

/** Key under which the platform's TURN auth Secret comes back in required_resources. */
export const PLATFORM_TURN_AUTH = "platform-turn-auth";

/** Dedicated pools mint their TURN credentials once; later calls read them back. */
function mintTurnCredentials(view: NetworkingView, mint: Minter, kept: Record<string, string>): TurnCredentials {
  if (view.turn.authType === "static") {
    return {
      type: "static",
      username: kept.username ?? `livekit-${mint(view.identity, "turn-username", 12)}`,
      password: kept.password ?? mint(view.identity, "turn-password", 40),
    };
  }
  return { type: "ephemeral", secret: kept.secret ?? mint(view.identity, "turn-shared-secret", 48) };
}

export const networking = component<NetworkingView, NetworkingFacts>({
  name: "networking",
  validate: networkingErrors,
  view: networkingView,
  requirements: (view): Record<string, ResourceSelector> => {
    const turn = view.turn.platformAuthSecret;
    return turn ? { [PLATFORM_TURN_AUTH]: { apiVersion: "v1", kind: "Secret", matchName: turn.name, namespace: turn.namespace } } : {};
  },
  discover: (view, cluster) => discoverNetworking(view, cluster.observed, cluster.required[PLATFORM_TURN_AUTH], cluster.composite),
  compose: (view, facts, _shared, mint) => {
    const events: PoolEvent[] = [];
    const objects: DesiredObject[] = [];
    const add = (name: string, object: object) => objects.push(desiredObject(name, object));

    let credentials: TurnCredentials | undefined;
    if (facts.credentials.state === "known") credentials = facts.credentials.credentials;
    if (facts.credentials.state === "mint") {
      credentials = mintTurnCredentials(view, mint, facts.credentials.kept);
      events.push({
        severity: "normal",
        reason: "TurnCredentialsGenerated",
        message: `Generated ${credentials.type} TURN credentials into Secret ${view.names.turnSecret}.`,
      });
    }
    if (view.turn.model === "shared" && credentials && view.turn.authType && view.turn.authType !== credentials.type) {
      events.push({
        severity: "warning",
        reason: "TurnAuthTypeIgnored",
        message: `spec.networking.turn.auth.type is ${view.turn.authType}, but this pool shares the platform's STUNner class, which uses ${credentials.type} auth.`,
      });
    }

    if (view.turn.model === "dedicated") {
      add(RESOURCE.turnGatewayClass, gatewayClass(view));
      add(RESOURCE.turnGatewayConfig, gatewayConfig(view));
    }
    if (credentials) add(RESOURCE.turnSecret, turnSecret(view, turnSecretData(credentials), facts.turnSecretCarried));
    add(RESOURCE.turnGateway, turnGateway(view));
    add(RESOURCE.turnRoute, turnRoute(view));
    add(RESOURCE.signalingGateway, signalingGateway(view));
    add(RESOURCE.signalingRoute, signalingRoute(view));
    add(RESOURCE.tlsCertificate, certificate(view));
    const issuer = acmeIssuer(view);
    if (issuer) add(RESOURCE.tlsIssuer, issuer);

    return {
      objects,
      events,
      gives: {
        pod: turnPodContribution(view, facts.address, credentials),
        ...(facts.signalingAddress ? { signalingAddress: facts.signalingAddress } : {}),
        turnUris: facts.address ? turnUris(view, facts.address.value) : [],
      },
    };
  },
  report: reportNetworking,
});
