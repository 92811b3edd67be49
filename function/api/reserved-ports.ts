// Ports the pool's programs and Gateways always use, so the spec can refuse a port that clashes.
/** The LiveKit server's signaling (HTTP and WebSocket) and metrics ports. */
export const SIGNAL_PORT = 7880;
export const METRICS_PORT = 6789;
/** LiveKit Ingress's health and metrics ports (set by the function), and the HTTP relay port its
 * handler processes use inside the pod (livekit/ingress pkg/config DefaultHTTPRelayPort). */
export const INGRESS_HEALTH_PORT = 7888;
export const INGRESS_METRICS_PORT = 7889;
export const INGRESS_RELAY_PORT = 9090;
/** The signaling Gateway's HTTPS listener, and its HTTP listener for ACME HTTP-01. */
export const SIGNALING_HTTPS_PORT = 443;
export const ACME_HTTP_PORT = 80;
