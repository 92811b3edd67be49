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
  // Scaling of the server.
  serverAutoscaler: "server-autoscaler",
  serverDisruptionBudget: "server-disruption-budget",
  // A copy of the first pair of a user's key file, for Ingress and Egress's LIVEKIT_API_* env.
  serviceApiKeys: "service-api-keys",
  ingressDeployment: "ingress-deployment",
  ingressService: "ingress-service",
  ingressRtmpRoute: "ingress-rtmp-route",
  ingressWhipRoute: "ingress-whip-route",
  ingressWhipMediaRoute: "ingress-whip-media-route",
  ingressAutoscaler: "ingress-autoscaler",
  ingressDisruptionBudget: "ingress-disruption-budget",
  egressDeployment: "egress-deployment",
  egressAutoscaler: "egress-autoscaler",
  egressDisruptionBudget: "egress-disruption-budget",
} as const;
