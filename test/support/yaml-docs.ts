import { isScalar, parseAllDocuments, stringify, visit } from "yaml";

type Obj = Record<string, any>;

/** Parses YAML documents. A plain scalar that reads as a non-finite number stays its original
 * text: Go's YAML encoder (crossplane render) leaves strings such as a hex checksum "301149258e033637"
 * unquoted, which YAML 1.2 reads as a float overflowing to Infinity. */
export function parseDocs(text: string): Obj[] {
  return parseAllDocuments(text)
    .map((doc) => {
      visit(doc, {
        Scalar(_, node) {
          if (isScalar(node) && typeof node.value === "number" && !Number.isFinite(node.value) && node.source) node.value = node.source;
        },
      });
      return doc.toJS() as Obj | null;
    })
    .filter((d): d is Obj => d !== null);
}

export function toDocs(objs: Obj[]): string {
  return objs.map((o) => `---\n${stringify(o, { lineWidth: 0, sortMapEntries: true })}`).join("");
}
