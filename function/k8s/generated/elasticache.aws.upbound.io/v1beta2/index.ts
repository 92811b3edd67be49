export * from "./ReplicationGroup.js";
