import type { KnowledgeBase } from "./knowledge-base.js";
import { normalize } from "./text.js";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export interface SubjectMention {
  subjectId: string;
  /** The words as written. */
  text: string;
  index: number;
}

/**
 * Finds the subjects a text names, in order, using the subjects' aliases ("дипсик р1",
 * "gpt-4", "llama 3.1 405b"). Longer aliases win, so "deepseek r1" is R1, not V3 + R1.
 */
export class SubjectNames {
  private readonly aliases: { pattern: RegExp; subjectId: string; length: number }[];

  constructor(kb: KnowledgeBase) {
    this.aliases = kb.subjects
      .flatMap((subject) =>
        [...new Set([subject.id, ...subject.aliases].map((a) => normalize(a).replace(/[-_]+/g, " ").trim()))].map((alias) => ({
          pattern: new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(alias).replace(/ /g, "[\\s_-]*")}(?![\\p{L}\\d])`, "gu"),
          subjectId: subject.id,
          length: alias.length,
        })),
      )
      .sort((a, b) => b.length - a.length);
  }

  find(text: string): SubjectMention[] {
    let s = normalize(text);
    const found: SubjectMention[] = [];
    for (const alias of this.aliases) {
      s = s.replace(alias.pattern, (match: string, index: number) => {
        found.push({ subjectId: alias.subjectId, text: match, index });
        return " ".repeat(match.length); // keep positions, stop shorter aliases matching inside
      });
    }
    return found.sort((a, b) => a.index - b.index);
  }

  /** Distinct subjects in order of mention. */
  subjects(text: string): string[] {
    return [...new Set(this.find(text).map((m) => m.subjectId))];
  }
}
