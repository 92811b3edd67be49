import { parseAllDocuments, stringify } from "yaml";

type Obj = Record<string, any>;

export function parseDocs(text: string): Obj[] {
  return parseAllDocuments(text)
    .map((d) => d.toJS() as Obj | null)
    .filter((d): d is Obj => d !== null);
}

export function toDocs(objs: Obj[]): string {
  return objs.map((o) => `---\n${stringify(o, { lineWidth: 0, sortMapEntries: true })}`).join("");
}
