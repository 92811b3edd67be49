// Composition resource names: the keys under which each composed object lives in the desired and
// observed state. Crossplane deletes and recreates an object whose key changes, so a name here is
// forever once released. Add new ones; never rename or reuse one.
export const RESOURCE = {
  serverConfig: "server-config",
  serverKeys: "server-keys",
  serverDeployment: "server-deployment",
  serverService: "server-service",
  turnGatewayClass: "turn-gateway-class",
  turnGatewayConfig: "turn-gateway-config",
  turnSecret: "turn-auth",
  turnGateway: "turn-gateway",
  turnRoute: "turn-route",
  signalingGateway: "signaling-gateway",
  signalingRoute: "signaling-route",
  tlsCertificate: "tls-certificate",
  tlsIssuer: "tls-issuer",
  connectionSecret: "connection-secret",
} as const;
