// NLP.js ships no types; only what bench/nlpjs.ts uses.
declare module "@nlpjs/basic" {
  export function dockStart(settings: unknown): Promise<unknown>;
}
declare module "@nlpjs/lang-ru" {
  export const LangRu: unknown;
}
