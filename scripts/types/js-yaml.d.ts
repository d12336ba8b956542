// js-yaml 3 ships no types, and @types/js-yaml would be one more package for the few calls fast-yaml.ts makes.
declare module "js-yaml" {
  interface TypeOptions {
    kind: "scalar" | "sequence" | "mapping";
    resolve?: (data: string | null) => boolean;
    construct?: (data: string | null) => unknown;
  }
  class Type {
    constructor(tag: string, options: TypeOptions);
  }
  class Schema {
    constructor(definition: { include?: Schema[]; implicit?: Type[]; explicit?: Type[] });
  }
  const FAILSAFE_SCHEMA: Schema;
  function load(text: string, options?: { schema?: Schema; json?: boolean; filename?: string }): unknown;
  const jsyaml: { Type: typeof Type; Schema: typeof Schema; FAILSAFE_SCHEMA: Schema; load: typeof load };
  export default jsyaml;
}
