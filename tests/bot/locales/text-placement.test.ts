import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../../..");

/**
 * Texts a user reads live in src/bot/locales (and the knowledge base's data); the code that
 * decides what to say holds no language of its own. Russian letters are the easy check.
 */
const CHECKED = ["src/bot/features", "src/bot/render.ts", "src/bot/render-calc.ts", "src/bot/render-compare.ts", "src/calc", "src/chart"];

/** Grammar, not text: the words the calculator's parser understands. */
const ALLOWED = new Set(["src/calc/parse.ts"]);

function files(path: string): string[] {
  const full = join(ROOT, path);
  if (statSync(full).isFile()) return [path];
  return readdirSync(full).flatMap((name) => files(join(path, name)));
}

describe("where user-facing text lives", () => {
  it("no Cyrillic in features, renderers, calculator or charts (the parser's word lists excepted)", () => {
    const checked = CHECKED.flatMap(files).filter((f) => f.endsWith(".ts"));
    expect(checked.length).toBeGreaterThan(15);
    const offending = checked
      .filter((file) => !ALLOWED.has(file))
      .flatMap((file) =>
        readFileSync(join(ROOT, file), "utf8")
          .split("\n")
          .flatMap((line, i) => (/\p{Script=Cyrillic}/u.test(line) ? [`${relative(".", file)}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(offending).toEqual([]);
  });

  it("the allowed exceptions exist and still need to be", () => {
    for (const file of ALLOWED) expect(readFileSync(join(ROOT, file), "utf8")).toMatch(/\p{Script=Cyrillic}/u);
  });
});
