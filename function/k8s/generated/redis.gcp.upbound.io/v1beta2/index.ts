export * from "./Instance.js";
