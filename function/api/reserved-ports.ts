// Container ports the LiveKit server always uses, so the spec can refuse a port that clashes.
export const SIGNAL_PORT = 7880;
export const METRICS_PORT = 6789;
