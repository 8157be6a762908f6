import type { SubjectInput, Topic } from "./schema.js";

/**
 * What facts are about. Aliases are what people type; the matcher normalises case and ё.
 * `epochModels`: the rows of Epoch AI's table (their Model cell, exactly) a subject stands for; their
 * figures attach here. DeepSeek-R1 (May 2025), R1's later update with more compute, stays a subject of its own.
 */
export const SUBJECTS: SubjectInput[] = [
  {
    id: "deepseek-v3",
    name: { ru: "DeepSeek V3", en: "DeepSeek V3" },
    aliases: ["deepseek-v3", "deepseek v3", "v3", "в3", "дипсик в3", "дипсик v3", "deepseek", "дипсик", "дипсек", "deepseekv3"],
    epochModels: ["DeepSeek-V3"],
  },
  {
    id: "deepseek-r1",
    name: { ru: "DeepSeek R1", en: "DeepSeek R1" },
    aliases: ["deepseek-r1", "deepseek r1", "r1", "р1", "дипсик r1", "дипсик р1", "deepseekr1"],
    epochModels: ["DeepSeek-R1"],
  },
  {
    id: "deepseek",
    name: { ru: "DeepSeek (компания)", en: "DeepSeek (the company)" },
    aliases: ["deepseek company", "компания deepseek", "deepseek ai", "high-flyer"],
  },
  {
    id: "gpt-4",
    name: { ru: "GPT-4", en: "GPT-4" },
    aliases: ["gpt-4", "gpt4", "gpt 4", "гпт-4", "гпт4", "гпт 4", "chatgpt", "чатгпт", "чат гпт", "openai"],
    epochModels: ["GPT-4 (Mar 2023)", "GPT-4 (Jun 2023)"],
  },
  {
    id: "gemini-ultra",
    name: { ru: "Gemini Ultra", en: "Gemini Ultra" },
    aliases: ["gemini-ultra", "gemini ultra", "gemini", "джемини", "гемини"],
    epochModels: ["Gemini 1.0 Ultra"],
  },
  {
    id: "llama-3.1-405b",
    name: { ru: "Llama 3.1 405B", en: "Llama 3.1 405B" },
    aliases: ["llama-3.1-405b", "llama 3.1 405b", "llama 3.1", "llama3", "llama 3", "llama 405b", "лама", "ллама", "llama"],
    epochModels: ["Llama 3.1-405B"],
  },
  {
    id: "gpt-3",
    name: { ru: "GPT-3", en: "GPT-3" },
    aliases: ["gpt-3", "gpt3", "gpt 3", "гпт-3", "гпт3", "гпт 3"],
    epochModels: ["GPT-3 175B (davinci)"],
  },
  {
    id: "claude-3.5-sonnet",
    name: { ru: "Claude 3.5 Sonnet", en: "Claude 3.5 Sonnet" },
    aliases: ["claude-3.5-sonnet", "claude 3.5 sonnet", "claude", "sonnet", "клод", "anthropic"],
    epochModels: ["Claude 3.5 Sonnet"],
  },
  {
    id: "palm-540b",
    name: { ru: "PaLM 540B", en: "PaLM 540B" },
    aliases: ["palm", "palm 540b", "палм"],
    epochModels: ["PaLM (540B)"],
  },
  {
    id: "llama-2-70b",
    name: { ru: "Llama 2 70B", en: "Llama 2 70B" },
    aliases: ["llama 2", "llama2", "llama-2-70b", "лама 2"],
    epochModels: ["Llama 2-70B"],
  },
  {
    id: "h100",
    name: { ru: "NVIDIA H100", en: "NVIDIA H100" },
    aliases: ["h100", "н100", "аш100", "hopper"],
  },
  {
    id: "h800",
    name: { ru: "NVIDIA H800", en: "NVIDIA H800" },
    aliases: ["h800", "н800", "аш800"],
  },
  {
    id: "a100",
    name: { ru: "NVIDIA A100", en: "NVIDIA A100" },
    aliases: ["a100", "а100"],
  },
  {
    id: "h200",
    name: { ru: "NVIDIA H200", en: "NVIDIA H200" },
    aliases: ["h200", "н200"],
  },
  {
    id: "b200",
    name: { ru: "NVIDIA B200", en: "NVIDIA B200" },
    aliases: ["b200", "blackwell"],
  },
  {
    id: "fx",
    name: { ru: "Курсы валют", en: "Exchange rates" },
    aliases: ["курс", "exchange rate"],
  },
  {
    id: "frontier-models",
    name: { ru: "передовые модели в целом", en: "frontier models in general" },
    aliases: ["frontier models", "frontier"],
  },
];

/** Browsing sections of /facts, in display order. */
export const TOPICS: Topic[] = [
  { id: "v3-cost", title: { ru: "DeepSeek V3: стоимость и вычисления", en: "DeepSeek V3: cost and compute" } },
  { id: "v3-arch", title: { ru: "DeepSeek V3: архитектура и методы", en: "DeepSeek V3: architecture and methods" } },
  { id: "r1", title: { ru: "DeepSeek R1", en: "DeepSeek R1" } },
  { id: "company", title: { ru: "DeepSeek: парк GPU, расходы, команда", en: "DeepSeek: GPU fleet, spending, team" } },
  { id: "gpt4", title: { ru: "GPT-4", en: "GPT-4" } },
  { id: "peers", title: { ru: "Другие модели", en: "Other models" } },
  { id: "gpus", title: { ru: "GPU: H100 и H800", en: "GPUs: H100 and H800" } },
  { id: "rates", title: { ru: "Курсы валют для пересчёта", en: "Exchange rates used for conversions" } },
  { id: "article", title: { ru: "Статья и её выводы", en: "The article and its conclusions" } },
];
