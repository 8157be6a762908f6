import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeFolder, openDatabase } from "../../src/db/database.js";

const dir = mkdtempSync(join(tmpdir(), "ai-costs-folder-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("makeFolder", () => {
  it("makes missing parents one by one, and accepts a folder that exists", () => {
    makeFolder(join(dir, "a", "b", "c"));
    expect(statSync(join(dir, "a", "b", "c")).isDirectory()).toBe(true);
    makeFolder(join(dir, "a", "b", "c"));
  });

  it("fails at once where Node's recursive mkdir spins forever (/proc, /sys)", () => {
    const started = Date.now();
    expect(() => makeFolder("/proc/no-such-thing/db")).toThrow(/ENOENT/);
    expect(() => makeFolder("/sys/no-such-thing")).toThrow(/EPERM|EACCES|ENOENT|EROFS/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("names a file standing where a folder should be", () => {
    writeFileSync(join(dir, "plain"), "x");
    expect(() => makeFolder(join(dir, "plain", "sub"))).toThrow(/ENOTDIR/);
    expect(() => makeFolder(join(dir, "plain"))).toThrow(/ENOTDIR: .*plain is a file, not a folder/);
  });
});

describe("openDatabase", () => {
  it("refuses a path under /proc quickly instead of hanging", () => {
    expect(() => openDatabase("/proc/x/bot.db")).toThrow(/ENOENT/);
  });
});
