import type { Source } from "./schema.js";

/**
 * Every source the knowledge base cites, as vetted in shared/reference/ai-economics-facts.md.
 * `url` and `date` are null where that reference gives none: we do not guess addresses.
 */
export const SOURCES: Source[] = [
  {
    id: "ensigame-article",
    title: "News article on DeepSeek's costs (theme: “DeepSeek's budget model challenges the giants”)",
    publisher: "Ensigame.com",
    url: null,
    date: null,
  },
  {
    id: "deepseek-v3-report",
    title: "DeepSeek-V3 Technical Report (arXiv:2412.19437)",
    publisher: "DeepSeek-AI",
    url: "https://arxiv.org/abs/2412.19437",
    date: "2024-12-27",
  },
  {
    id: "deepseek-r1-arxiv",
    title: "DeepSeek-R1 (arXiv:2501.12948)",
    publisher: "DeepSeek-AI",
    url: "https://arxiv.org/abs/2501.12948",
    date: "2025-01-20",
  },
  {
    id: "deepseek-r1-nature",
    title: "DeepSeek-R1, Nature 645 (supplementary B.4.4)",
    publisher: "DeepSeek-AI, Nature",
    url: "https://www.nature.com/articles/s41586-025-09422-z",
    date: "2025-09-17",
  },
  {
    id: "deepseek-isca25",
    title: "DeepSeek ISCA '25 paper on V3 hardware (arXiv:2505.09343)",
    publisher: "DeepSeek-AI",
    url: "https://arxiv.org/abs/2505.09343",
    date: "2025-05",
  },
  {
    id: "semianalysis-deepseek-debates",
    title: "DeepSeek Debates",
    publisher: "SemiAnalysis",
    url: "https://semianalysis.com/2025/01/31/deepseek-debates/",
    date: "2025-01-31",
  },
  {
    id: "cnbc-semianalysis-deepseek",
    title: "CNBC report on SemiAnalysis' DeepSeek hardware estimate",
    publisher: "CNBC",
    url: null,
    date: "2025-01-31",
  },
  {
    id: "wired-altman-gpt4",
    title: "Sam Altman on GPT-4's training cost (MIT event)",
    publisher: "Wired",
    url: null,
    date: "2023-04-17",
  },
  {
    id: "ai-index-2024",
    title: "AI Index Report 2024",
    publisher: "Stanford HAI",
    url: null,
    date: "2024-04-15",
  },
  {
    id: "epoch-training-costs",
    title: "The rising costs of training frontier AI models (arXiv:2405.21015)",
    publisher: "Cottier et al., Epoch AI",
    url: "https://arxiv.org/abs/2405.21015",
    date: "2024-05-31",
  },
  {
    id: "semianalysis-gpt4",
    title: "GPT-4 Architecture, Infrastructure, Training Dataset, Costs…",
    publisher: "SemiAnalysis",
    url: null,
    date: "2023-07-10",
  },
  {
    id: "meta-llama31-card",
    title: "Llama 3.1 model card",
    publisher: "Meta",
    url: "https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md",
    date: "2024-07-23",
  },
  {
    id: "meta-llama3-herd",
    title: "The Llama 3 Herd of Models (arXiv:2407.21783)",
    publisher: "Meta",
    url: "https://arxiv.org/abs/2407.21783",
    date: "2024-07",
  },
  {
    id: "lambda-gpt3",
    title: "OpenAI's GPT-3 Language Model: A Technical Overview",
    publisher: "Lambda",
    url: null,
    date: "2020-06-03",
  },
  {
    id: "amodei-export-controls",
    title: "On DeepSeek and Export Controls",
    publisher: "Dario Amodei (Anthropic)",
    url: null,
    date: "2025-01-29",
  },
  {
    id: "nvidia-h100",
    title: "NVIDIA H100 Tensor Core GPU product page",
    publisher: "NVIDIA",
    url: null,
    date: null,
  },
  {
    id: "techspot-h100-price",
    title: "Raymond James estimate of the H100 price (via Barron's)",
    publisher: "TechSpot",
    url: null,
    date: "2023-08",
  },
  {
    id: "latent-space-h100",
    title: "$2 H100s: How the GPU Bubble Burst",
    publisher: "Latent Space",
    url: null,
    date: "2024-10",
  },
];
