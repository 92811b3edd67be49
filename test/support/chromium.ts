// A real browser for WebRTC clients: Debian's Chromium (scripts/ensure-chromium.sh), headless,
// driven by playwright-core, which downloads no browser of its own. Its fake camera and microphone
// stand in for a user's devices; everything else is the browser's own WebRTC stack.
import { existsSync } from "node:fs";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM_BIN = "/usr/bin/chromium";

/** Why the browser cannot run here, or nothing. */
export function chromiumReasons(): string[] {
  return existsSync(CHROMIUM_BIN) ? [] : [`${CHROMIUM_BIN} is missing (scripts/ensure-chromium.sh installs Debian's chromium as root)`];
}

const ARGS = [
  // As root, in a closed network: no sandbox (it needs an unprivileged user), no GPU, and none of
  // the browser's own traffic (updates, sync, field trials), which this network refuses.
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // Chromium's test devices: a moving picture with a frame counter, and a beeping tone.
  "--use-fake-device-for-media-stream",
  "--use-fake-ui-for-media-stream",
  // WebRTC on loopback: without it Chromium gathers no candidate on 127.0.0.1 and never contacts
  // a TURN server there. A test-only need, like LiveKit's enable_loopback_candidate.
  "--allow-loopback-in-peer-connection",
  // Received audio is played (and so decoded) without a user's click.
  "--autoplay-policy=no-user-gesture-required",
];

/** Launches headless Chromium with a fresh profile in `userDataDir` (the caller removes it). */
export function launchChromium(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_BIN,
    headless: true,
    args: ARGS,
    viewport: { width: 640, height: 360 },
  });
}
