// Compile-time Kubernetes types from kubernetes-models. Objects are built as plain data checked
// against these interfaces; the model classes (and their validators) are only loaded by tests.
export type { IDeployment as Deployment } from "kubernetes-models/apps/v1/Deployment";
export type { ISecret as Secret } from "kubernetes-models/v1/Secret";
export type { IService as Service } from "kubernetes-models/v1/Service";
export type { IResourceRequirements as ResourceRequirements } from "kubernetes-models/v1/ResourceRequirements";
export type { IPodSpec as PodSpec } from "kubernetes-models/v1/PodSpec";
export type { IEnvVar as EnvVar } from "kubernetes-models/v1/EnvVar";
export type { IVolume as Volume } from "kubernetes-models/v1/Volume";
export type { IVolumeMount as VolumeMount } from "kubernetes-models/v1/VolumeMount";
export type { IGateway as Gateway } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/Gateway";
export type { IGatewayClass as GatewayClass } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/GatewayClass";
export type { IHTTPRoute as HTTPRoute } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1/HTTPRoute";
export type { ICertificate as Certificate } from "@kubernetes-models/cert-manager/cert-manager.io/v1/Certificate";
export type { IIssuer as Issuer } from "@kubernetes-models/cert-manager/cert-manager.io/v1/Issuer";
export type { IStatefulSet as StatefulSet } from "kubernetes-models/apps/v1/StatefulSet";
export type { INetworkPolicy as NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
export type { IPersistentVolumeClaim as PersistentVolumeClaim } from "kubernetes-models/v1/PersistentVolumeClaim";
export type { IHorizontalPodAutoscaler as HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
export type { IPodDisruptionBudget as PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import type { ITCPRoute } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1alpha2/TCPRoute";
import type { IUDPRoute } from "@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1alpha2/UDPRoute";
// The models ship TCPRoute and UDPRoute as v1alpha2 only; Gateway API v1.6 serves the same shape as v1,
// the version Envoy Gateway watches.
export type TCPRoute = Omit<ITCPRoute, "apiVersion"> & { apiVersion: "gateway.networking.k8s.io/v1" };
export type UDPRoute = Omit<IUDPRoute, "apiVersion"> & { apiVersion: "gateway.networking.k8s.io/v1" };
// Kinds no kubernetes-models package ships: generated from the upstream CRDs (generated/,
// npm run generate:crd-types). Namespaced pools compose the `.m.` managed resources, legacy pools
// the cluster-scoped ones, whose newest versions differ.
export type { IGatewayConfig as StunnerGatewayConfig } from "./generated/stunner.l7mp.io/v1/GatewayConfig.js";
export type { IUDPRoute as StunnerUDPRoute } from "./generated/stunner.l7mp.io/v1/UDPRoute.js";
import type { IInstance as NamespacedInstance } from "./generated/redis.gcp.m.upbound.io/v1beta1/Instance.js";
import type { IInstance as LegacyInstance } from "./generated/redis.gcp.upbound.io/v1beta2/Instance.js";
import type { IReplicationGroup as NamespacedReplicationGroup } from "./generated/elasticache.aws.m.upbound.io/v1beta1/ReplicationGroup.js";
import type { IReplicationGroup as LegacyReplicationGroup } from "./generated/elasticache.aws.upbound.io/v1beta2/ReplicationGroup.js";
import type { ISubnetGroup as NamespacedSubnetGroup } from "./generated/elasticache.aws.m.upbound.io/v1beta1/SubnetGroup.js";
import type { ISubnetGroup as LegacySubnetGroup } from "./generated/elasticache.aws.upbound.io/v1beta1/SubnetGroup.js";
export type MemorystoreInstance = NamespacedInstance | LegacyInstance;
export type ElasticacheReplicationGroup = NamespacedReplicationGroup | LegacyReplicationGroup;
export type ElasticacheSubnetGroup = NamespacedSubnetGroup | LegacySubnetGroup;
export type {
  NamespacedInstance,
  LegacyInstance,
  NamespacedReplicationGroup,
  LegacyReplicationGroup,
  NamespacedSubnetGroup,
  LegacySubnetGroup,
};
