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
  // Redis: each backend has its own names, so two backends can live side by side while LiveKit
  // moves from one to the other.
  redisEmbeddedAuth: "redis-embedded-auth",
  redisEmbeddedStatefulSet: "redis-embedded-statefulset",
  redisEmbeddedService: "redis-embedded-service",
  redisEmbeddedNetworkPolicy: "redis-embedded-networkpolicy",
  redisMemorystoreInstance: "redis-memorystore-instance",
  redisMemorystoreCa: "redis-memorystore-ca",
  redisElasticacheAuth: "redis-elasticache-auth",
  redisElasticacheSubnetGroup: "redis-elasticache-subnetgroup",
  redisElasticacheReplicationGroup: "redis-elasticache-replicationgroup",
} as const;
