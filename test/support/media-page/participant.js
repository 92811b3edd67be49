// One participant of the media test, driven through playwright by test/support/media-call-child.ts:
// it joins a room with LiveKit's own SDK and publishes Chromium's fake camera and microphone, or
// plays what it receives; `observe()` reports what the browser's WebRTC stack itself measured.
"use strict";

// Every RTCPeerConnection the SDK makes, so that the test reads the transport's own configuration
// and stats rather than the SDK's internals. Its history too, which a closed connection's stats no
// longer show: the states it went through, the candidates it gathered, and every ICE candidate
// error (a refused TURN allocation shows up there).
const peerConnections = [];
const candidateErrors = [];
const NativePeerConnection = window.RTCPeerConnection;
window.RTCPeerConnection = class extends NativePeerConnection {
  constructor(...args) {
    super(...args);
    peerConnections.push(this);
    this.states = [this.connectionState];
    this.gathered = [];
    this.addEventListener("connectionstatechange", () => this.states.push(this.connectionState));
    this.addEventListener(
      "icecandidate",
      (e) => e.candidate && e.candidate.candidate && this.gathered.push(gatheredCandidate(e.candidate)),
    );
    this.addEventListener("icecandidateerror", (e) => candidateErrors.push({ url: e.url, errorCode: e.errorCode, errorText: e.errorText }));
  }
};

const gatheredCandidate = (c) => ({
  candidateType: c.type,
  protocol: c.protocol,
  relayProtocol: c.relayProtocol,
  address: c.address,
  port: c.port,
  url: c.url,
});

let room;
// "pending", then "connected" or "failed: <why>" (the SDK gave up).
let connection = "pending";
// "no", or "pending", then "yes" or "failed: <why>".
let publishing = "no";
// The camera's size as captured, once publishing.
let capture;

/** Joins the room; resolves at once (observe() follows the outcome). */
window.join = ({ url, token, publish, peerConnectionTimeout }) => {
  const { Room, RoomEvent, VideoPresets } = LivekitClient;
  room = new Room({
    videoCaptureDefaults: { resolution: VideoPresets.h360.resolution },
    // One encoding, so the subscriber receives the camera's picture, not a smaller simulcast layer.
    publishDefaults: { simulcast: false },
  });
  room.on(RoomEvent.TrackSubscribed, (track) => track.attach(document.getElementById(`remote-${track.kind}`)));
  void (async () => {
    try {
      // Only the policy: the ICE servers stay the ones LiveKit hands out when the participant joins.
      await room.connect(url, token, { rtcConfig: { iceTransportPolicy: "relay" }, maxRetries: 0, peerConnectionTimeout });
      connection = "connected";
    } catch (err) {
      connection = `failed: ${err && err.message}`;
      return;
    }
    if (!publish) return;
    publishing = "pending";
    try {
      await room.localParticipant.enableCameraAndMicrophone();
      const camera = [...room.localParticipant.videoTrackPublications.values()][0];
      const { width, height } = camera.track.mediaStreamTrack.getSettings();
      capture = { width, height };
      publishing = "yes";
    } catch (err) {
      publishing = `failed: ${err && err.message}`;
    }
  })();
};

const candidate = (s) =>
  s && {
    candidateType: s.candidateType,
    protocol: s.protocol,
    relayProtocol: s.relayProtocol,
    address: s.address,
    port: s.port,
    url: s.url,
  };

const rtp = (s) => ({
  kind: s.kind,
  bytes: s.bytesReceived ?? s.bytesSent ?? 0,
  packets: s.packetsReceived ?? s.packetsSent ?? 0,
  framesDecoded: s.framesDecoded,
  framesEncoded: s.framesEncoded,
  frameWidth: s.frameWidth,
  frameHeight: s.frameHeight,
  audioLevel: s.audioLevel,
  totalAudioEnergy: s.totalAudioEnergy,
});

async function describe(pc) {
  const config = pc.getConfiguration();
  const stats = [...(await pc.getStats()).values()];
  const byId = new Map(stats.map((s) => [s.id, s]));
  const transport = stats.find((s) => s.type === "transport" && s.selectedCandidatePairId);
  const pair = transport && byId.get(transport.selectedCandidatePairId);
  return {
    iceTransportPolicy: config.iceTransportPolicy,
    iceServers: (config.iceServers || []).map(({ urls, username, credential }) => ({ urls: [urls].flat(), username, credential })),
    connectionState: pc.connectionState,
    states: [...pc.states],
    gathered: [...pc.gathered],
    iceGatheringState: pc.iceGatheringState,
    localCandidates: stats.filter((s) => s.type === "local-candidate").map(candidate),
    selectedPair: pair && {
      state: pair.state,
      local: candidate(byId.get(pair.localCandidateId)),
      remote: candidate(byId.get(pair.remoteCandidateId)),
    },
    inbound: stats.filter((s) => s.type === "inbound-rtp").map(rtp),
    outbound: stats.filter((s) => s.type === "outbound-rtp").map(rtp),
  };
}

window.observe = async () => ({
  connection,
  publishing,
  capture,
  participantSid: room && room.localParticipant ? room.localParticipant.sid : undefined,
  candidateErrors: [...candidateErrors],
  peerConnections: await Promise.all(peerConnections.map(describe)),
});

/** Writes a line under the received video, for the screenshot. */
window.caption = (text) => {
  document.getElementById("caption").textContent = text;
};
