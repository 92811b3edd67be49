// Structured JSON logs. Callers log names, counts and durations only; the redact list is a second
// line of defence should a request or credential ever reach a log call.
import { pino, type Logger } from "pino";

export function createLogger(debug: boolean): Logger {
  return pino({
    level: debug ? "debug" : "info",
    base: { fn: "function-livekit-pool" },
    messageKey: "msg",
    redact: {
      paths: ["req", "request", "observed", "desired", "data", "stringData", "*.data", "*.stringData", "connectionDetails"],
      censor: "[redacted]",
    },
  });
}
