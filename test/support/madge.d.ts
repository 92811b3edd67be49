// The part of madge's API (v8, lib/api.js) the architecture test uses; the package ships no types.
declare module "madge" {
  interface MadgeResult {
    /** Every module and the modules it imports, relative to the base directory. */
    obj(): Record<string, string[]>;
    circular(): string[][];
  }
  export default function madge(path: string, config?: { fileExtensions?: string[]; tsConfig?: string }): Promise<MadgeResult>;
}
