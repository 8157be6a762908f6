import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, type AppDatabase } from "../../src/db/database.js";
import { Repository } from "../../src/db/repository.js";
import { facts, knowledgeSync, sources } from "../../src/db/schema.js";
import { buildKnowledgeBase, loadKnowledgeBase } from "../../src/knowledge/knowledge-base.js";
import { knowledgeDataHash } from "../../src/knowledge/snapshot.js";

const dir = mkdtempSync(join(tmpdir(), "ai-costs-sync-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let databases = 0;
const fresh = (): AppDatabase => openDatabase(join(dir, `${databases++}.db`));
const changes = (database: AppDatabase) => database.sqlite.prepare("select total_changes()").pluck().get();

describe("knowledge sync", () => {
  const kb = loadKnowledgeBase();
  const all = kb.facts.length + kb.sources.length;

  it("stores every fact and source as validated, read back through drizzle, and the knowledge base's hash", () => {
    const database = fresh();
    expect(new Repository(database.db).syncKnowledgeBase(kb)).toEqual({ inserted: all, updated: 0, deleted: 0, unchanged: 0 });
    const rows = database.db.select().from(facts).all();
    expect(rows).toHaveLength(kb.facts.length);
    const gpt4 = kb.factById.get("gpt4-altman")!;
    const row = rows.find((r) => r.id === gpt4.id)!;
    expect(row).toMatchObject({
      subject: gpt4.subject,
      metric: gpt4.metric,
      value: gpt4.value ?? null,
      unit: gpt4.unit ?? null,
      claimType: gpt4.claimType,
      asOf: gpt4.asOf,
      topic: gpt4.topic,
      sourceIds: gpt4.sourceIds,
    });
    expect(row.body).toEqual(gpt4);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.contentHash))).toBe(true);
    expect(
      database.db
        .select()
        .from(sources)
        .all()
        .map(({ contentHash: _, ...source }) => source),
    ).toEqual(kb.sources.map((s) => ({ id: s.id, title: s.title, publisher: s.publisher, url: s.url, date: s.date })));
    expect(database.db.select().from(knowledgeSync).all()).toMatchObject([{ id: 1, dataHash: knowledgeDataHash(kb) }]);
    database.close();
  });

  it("skips the sync while the stored hash is the knowledge base's: one read, no write", () => {
    const database = fresh();
    const repo = new Repository(database.db);
    repo.syncKnowledgeBase(kb);
    // A row changed behind the bot's back stays changed: the hash says the data is the one synced.
    database.sqlite.prepare("update facts set metric = 'changed', content_hash = 'changed' where id = ?").run(kb.facts[0]!.id);
    const before = changes(database);
    expect(repo.syncKnowledgeBase(kb)).toEqual({ inserted: 0, updated: 0, deleted: 0, unchanged: all });
    expect(changes(database)).toBe(before);
    // Without the stored hash (a database synced before there was one), rows are compared one by one.
    database.sqlite.prepare("delete from knowledge_sync").run();
    expect(repo.syncKnowledgeBase(kb)).toEqual({ inserted: 0, updated: 1, deleted: 0, unchanged: all - 1 });
    expect(database.db.select().from(knowledgeSync).get()?.dataHash).toBe(knowledgeDataHash(kb));
    database.close();
  });

  it("on a change writes only what changed, removes what is gone, and stores the new hash", () => {
    const database = fresh();
    const repo = new Repository(database.db);
    repo.syncKnowledgeBase(kb);
    // A fact nothing refers to is removed (as in db.test.ts), so the edited data still validates.
    const [kept, edited, removed] = ["gpt4-altman", "v3-tokens", "palm-ai-index"].map((id) => kb.factById.get(id));
    const changedFacts = kb.facts
      .filter((f) => f.id !== removed!.id)
      .map((f) => (f.id === edited!.id ? { ...f, text: { ...f.text, en: "edited" } } : f));
    const kb2 = buildKnowledgeBase({ ...kb, facts: changedFacts });
    expect(knowledgeDataHash(kb2)).not.toBe(knowledgeDataHash(kb));
    expect(repo.syncKnowledgeBase(kb2)).toEqual({ inserted: 0, updated: 1, deleted: 1, unchanged: all - 2 });
    const body = (id: string) =>
      database.db
        .select()
        .from(facts)
        .all()
        .find((r) => r.id === id)?.body;
    expect(body(edited!.id)).toMatchObject({ text: { en: "edited" } });
    expect(body(removed!.id)).toBeUndefined();
    expect(body(kept!.id)).toEqual(kept);
    expect(database.db.select().from(knowledgeSync).get()?.dataHash).toBe(knowledgeDataHash(kb2));
    // And back: the removed fact returns, the edit is undone.
    expect(repo.syncKnowledgeBase(kb)).toEqual({ inserted: 1, updated: 1, deleted: 0, unchanged: all - 2 });
    database.close();
  });
});
