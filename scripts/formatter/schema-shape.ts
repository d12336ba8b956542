/**
 * What the formatter needs to know of a JSON Schema: the documented order of each object's keys, and which
 * values are dates. Read from the schema itself, so a field added to the schema is ordered without a
 * second list to keep in step.
 */
export interface SchemaNode {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  format?: string;
}

export interface RootSchema extends SchemaNode {
  $defs?: Record<string, SchemaNode>;
}

/** A position in the schema: the node for one value, with the root kept to resolve `$ref`s. */
export class SchemaCursor {
  private constructor(
    private readonly root: RootSchema,
    readonly node: SchemaNode | undefined,
    /** The `$defs` name the node came from (`meter`), else its property's name (`term`), else `item of <list>`. */
    readonly name: string,
  ) {}

  static at(root: RootSchema): SchemaCursor {
    return new SchemaCursor(root, root, "");
  }

  /** Where the schema says nothing: no order, no dates. */
  static empty(): SchemaCursor {
    return new SchemaCursor({}, undefined, "");
  }

  /** The keys in the order the schema lists them; empty where the schema says nothing. */
  get keyOrder(): readonly string[] {
    return Object.keys(this.node?.properties ?? {});
  }

  get isDate(): boolean {
    return this.node?.format === "date";
  }

  /** The schema of the value under `key` of an object; unknown keys lead to an empty cursor. */
  property(key: string): SchemaCursor {
    const properties = this.node?.properties;
    if (!properties || !Object.hasOwn(properties, key)) return SchemaCursor.empty();
    return this.follow(properties[key], key);
  }

  /** The schema of each item of a list. */
  item(): SchemaCursor {
    return this.follow(this.node?.items, `item of ${this.name}`);
  }

  private follow(node: SchemaNode | undefined, name: string): SchemaCursor {
    // Local references only (#/$defs/name), followed a bounded number of times so a looping schema cannot hang us.
    let current = node;
    let definition = name;
    for (let hops = 0; current?.$ref !== undefined && hops < 32; hops++) {
      const match = /^#\/\$defs\/([^/]+)$/.exec(current.$ref);
      definition = match?.[1] ?? definition;
      current = match ? this.root.$defs?.[definition] : undefined;
    }
    return current === undefined || current.$ref !== undefined ? SchemaCursor.empty() : new SchemaCursor(this.root, current, definition);
  }
}
