// Verifies the client certificate of an mTLS connection against the CAs in ca.crt, by signature.
//
// Why not OpenSSL's own verification: Crossplane generates its CA and every leaf with one and the
// same subject (C=Earth, ST=Earth, L=Earth, O=Crossplane, CN=Crossplane) and no Authority Key ID
// (internal/initializer/cert_generator.go and tls.go). OpenSSL builds chains by name, so it takes
// such a leaf for self-signed and refuses it ("self-signed certificate", error 18). Go's verifier,
// which Crossplane's own Go functions use, builds the chain by signature and accepts it. So the
// TLS layer only asks for the certificate, and this module decides, as Go would for a one-level
// chain: signed by a CA of ca.crt, both within their validity, and usable for client auth.
import { X509Certificate } from "node:crypto";

const CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
const ANY_EXTENDED_KEY_USAGE = "2.5.29.37.0";

export type ClientVerdict = { ok: true } | { ok: false; reason: string };

/** Every certificate of a PEM bundle; throws on a bundle with none or an unreadable one. */
export function parseCertificateBundle(pem: Buffer | string, file: string): X509Certificate[] {
  const blocks = pem.toString("utf8").match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) throw new Error(`${file} holds no PEM certificate`);
  return blocks.map((block, i) => {
    try {
      return new X509Certificate(block);
    } catch (err) {
      throw new Error(`${file}: certificate ${i + 1} cannot be read (${err instanceof Error ? err.message : String(err)})`, { cause: err });
    }
  });
}

function withinValidity(cert: X509Certificate, now: Date): boolean {
  const t = now.getTime();
  return Date.parse(cert.validFrom) <= t && t <= Date.parse(cert.validTo);
}

/** RFC 5280: without the extended key usage extension a certificate may be used for anything. */
function usableForClientAuth(cert: X509Certificate): boolean {
  const usages = cert.keyUsage as string[] | undefined;
  return !usages || usages.length === 0 || usages.includes(CLIENT_AUTH) || usages.includes(ANY_EXTENDED_KEY_USAGE);
}

/** `authorities`: the CAs of ca.crt. The TLS handshake has already proved that the peer holds the
 * certificate's private key; this proves who vouched for the certificate. */
export function verifyClientCertificate(
  peer: X509Certificate | undefined,
  authorities: readonly X509Certificate[],
  now: Date,
): ClientVerdict {
  if (!peer) return { ok: false, reason: "no client certificate" };
  if (!withinValidity(peer, now))
    return { ok: false, reason: `client certificate is not valid now (valid from ${peer.validFrom} to ${peer.validTo})` };
  if (!usableForClientAuth(peer)) return { ok: false, reason: "client certificate is not for client authentication (extended key usage)" };
  const issuer = authorities.find((ca) => ca.ca && peer.verify(ca.publicKey));
  if (!issuer) return { ok: false, reason: "client certificate is not signed by a CA in ca.crt" };
  if (!withinValidity(issuer, now))
    return {
      ok: false,
      reason: `the CA that signed the client certificate is not valid now (valid from ${issuer.validFrom} to ${issuer.validTo})`,
    };
  return { ok: true };
}
