/**
 * Parses the output of `git cat-file --batch`: for each requested object "<sha> <type> <size>\n",
 * then exactly <size> bytes and a newline; or "<name> missing\n". Sizes are in bytes, so this works on
 * a Buffer: the contents are kept byte for byte (a file that is not valid UTF-8 must reach the parser
 * as it is, to be reported as such). Pure: bytes in, blobs by object id out.
 */
export function parseCatFileBatch(output: Buffer): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  let at = 0;
  while (at < output.length) {
    const headerEnd = output.indexOf(0x0a, at);
    if (headerEnd === -1) throw new Error("Git's cat-file output ended in the middle of a header.");
    const header = output.subarray(at, headerEnd).toString("utf8");
    const [name, type, size] = header.split(" ");
    if (type === "missing" || type === "ambiguous" || size === undefined) {
      at = headerEnd + 1;
      continue;
    }
    const start = headerEnd + 1;
    const end = start + Number(size);
    if (!Number.isSafeInteger(Number(size)) || end > output.length) throw new Error(`Git's cat-file output for ${name} is cut short.`);
    if (type === "blob") blobs.set(name!, output.subarray(start, end));
    at = end + 1;
  }
  return blobs;
}

/** The request for `git cat-file --batch`: one object id per line. Ids only, never paths: a path may hold a newline. */
export function catFileRequest(objectIds: readonly string[]): string {
  for (const id of objectIds) {
    if (!/^[0-9a-f]{40,64}$/.test(id)) throw new Error(`"${id}" is not a Git object id.`);
  }
  return objectIds.map((id) => `${id}\n`).join("");
}
