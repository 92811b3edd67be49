export * from "./ReplicationGroup.js";
export * from "./SubnetGroup.js";
