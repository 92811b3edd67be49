// The keys LiveKit's config file may hold, as the pinned server's strict decoder reads them
// (livekit-config-shape.json, generated from the server itself by tools/livekit-config: `npm run
// generate:livekit-config`). A key LiveKit does not know stops every server pod at start, so the
// function refuses it in spec.server.config instead, naming it.
import generated from "./livekit-config-shape.json" with { type: "json" };

/** One node of the config's shape: a struct's fields, a map's values, a list's items, or a value
 * LiveKit decodes itself ("any") or a scalar; the decoder checks no key below the last two. */
export interface ConfigShape {
  fields?: Record<string, ConfigShape>;
  values?: ConfigShape;
  items?: ConfigShape;
  any?: boolean;
  scalar?: boolean;
}

export const LIVEKIT_CONFIG: { livekitServer: string; shape: ConfigShape } = generated;

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Paths of the keys in `config` that LiveKit does not know (`rtc.port_range_strat`,
 * `rtc.turn_servers[0].hots`); a value of the wrong kind is LiveKit's to refuse. */
export function unknownConfigKeys(config: Record<string, unknown>, shape: ConfigShape = LIVEKIT_CONFIG.shape, at = ""): string[] {
  const out: string[] = [];
  const join = (key: string) => (at ? `${at}.${key}` : key);
  for (const [key, value] of Object.entries(config)) {
    const known = shape.fields?.[key] ?? shape.values;
    if (!known) {
      out.push(join(key));
      continue;
    }
    out.push(...unknownIn(value, known, join(key)));
  }
  return out;
}

function unknownIn(value: unknown, shape: ConfigShape, path: string): string[] {
  if ((shape.fields || shape.values) && isMap(value)) return unknownConfigKeys(value, shape, path);
  if (shape.items && Array.isArray(value)) return value.flatMap((item, i) => unknownIn(item, shape.items!, `${path}[${i}]`));
  return [];
}
