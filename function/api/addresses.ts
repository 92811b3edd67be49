// Public addresses as Gateways report them and users may pin them: IPv4, IPv6 or a DNS name.
import { isIPv4, isIPv6 } from "node:net";

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/i;

export type AddressType = "IPAddress" | "Hostname";

export function addressType(value: string): AddressType | undefined {
  if (isIPv4(value) || isIPv6(value)) return "IPAddress";
  if (HOSTNAME.test(value)) return "Hostname";
  return undefined;
}

/** The host part of a URI or `host:port`: IPv6 literals need brackets (RFC 3986, RFC 7065). */
export function uriHost(value: string): string {
  return isIPv6(value) ? `[${value}]` : value;
}
