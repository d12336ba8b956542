// First step of `npm run build`: start from an empty dist/, so a file whose source was deleted cannot
// linger there and make a test pass that would fail on a fresh clone.
import { rmSync } from "node:fs";

rmSync(new URL("../../dist", import.meta.url), { recursive: true, force: true });
