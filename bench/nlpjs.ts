import { dockStart } from "@nlpjs/basic";
import { LangRu } from "@nlpjs/lang-ru";
import type { DevQuestion } from "../src/knowledge/evaluate.js";
import type { KnowledgeBase } from "../src/knowledge/knowledge-base.js";

interface NlpProcessResult {
  intent: string;
  score: number;
}
interface Nlp {
  use(plugin: unknown): void;
  addLanguage(lang: string): void;
  addDocument(lang: string, utterance: string, intent: string): void;
  train(): Promise<void>;
  process(lang: string, text: string): Promise<NlpProcessResult>;
}

/** NLP.js (@nlpjs/basic + @nlpjs/lang-ru) trained on exactly the phrasings our matcher is built from. */
export async function trainNlpJs(kb: KnowledgeBase): Promise<{ classify: (text: string) => Promise<string | undefined> }> {
  const dock = (await dockStart({
    use: ["Basic", "LangEn"],
    settings: { nlp: { languages: ["en", "ru"], forceNER: false, autoSave: false, log: false, nlu: { log: false } } },
  })) as { get(name: string): Nlp };
  const nlp = dock.get("nlp");
  nlp.use(LangRu);
  nlp.addLanguage("ru");
  for (const fact of kb.facts.filter((f) => f.answersQuestions)) {
    for (const p of fact.phrasings.ru) nlp.addDocument("ru", p, fact.id);
    for (const p of fact.phrasings.en) nlp.addDocument("en", p, fact.id);
  }
  const log = console.log;
  console.log = () => undefined; // NLP.js prints every training epoch
  try {
    await nlp.train();
  } finally {
    console.log = log;
  }
  return {
    classify: async (text) => {
      const result = await nlp.process(/[а-яё]/i.test(text) ? "ru" : "en", text);
      return result.intent === "None" ? undefined : result.intent;
    },
  };
}

export async function evaluateNlpJs(classify: (t: string) => Promise<string | undefined>, questions: DevQuestion[]) {
  let inScope = 0;
  let correct = 0;
  let outOfScope = 0;
  let rejected = 0;
  for (const { q, expect } of questions) {
    const intent = await classify(q);
    if (expect === null) {
      outOfScope++;
      if (intent === undefined) rejected++;
    } else {
      inScope++;
      if (intent !== undefined && expect.includes(intent)) correct++;
    }
  }
  return { top1: correct / inScope, rejection: rejected / outOfScope };
}
