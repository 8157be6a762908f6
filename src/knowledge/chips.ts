/**
 * Chip names as Epoch AI's table and people write them: "NVIDIA H100 SXM5 80GB", "Nvidia H100 80G",
 * "H100 PCIe" and "h100" are all the H100; "NVIDIA A100 SXM4 40 GB" is the A100; "Google TPU v4" the
 * TPU v4. Pure text matching, no data.
 */

/** A chip as typed ("h100", "H100s", "tpu v4", "н100") reduced to what is matched: letters and digits. */
export function chipKey(typed: string): string {
  return typed
    .toLowerCase()
    .normalize("NFKC")
    .replace(/[нh](?=\d)/g, "h") // Cyrillic "н100"
    .replace(/[аa](?=\d)/g, "a") // Cyrillic "а100"
    .replace(/(?<=\d)s$/, "") // "H100s"
    .replace(/[^a-z0-9]+/g, "");
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Whether a hardware description names the chip: the chip's letters and digits in order, with any
 * spaces or hyphens between them, not inside a longer name ("H100" is not "H1000", "B200" is not
 * "GB200", "TPU v4" is not "TPU v4i"... but "H100 SXM5 80GB" is an H100).
 */
export function namesChip(hardware: string, chip: string): boolean {
  const key = chipKey(chip);
  if (!key) return false;
  const pattern = [...key].map(escape).join("[\\s_-]*");
  return new RegExp(`(?<![a-z0-9])${pattern}(?![a-z0-9])`, "i").test(hardware);
}

/** Chips people ask about by name, most specific first: what `chipIn` recognises in free text. */
export const KNOWN_CHIPS = [
  "GB200",
  "B200",
  "B100",
  "H200",
  "H100",
  "H800",
  "H20",
  "A100",
  "A800",
  "V100",
  "P100",
  "K80",
  "TPU v7",
  "TPU v6e",
  "TPU v5p",
  "TPU v5e",
  "TPU v4",
  "TPU v3",
  "TPU v2",
  "MI300X",
  "MI250X",
  "Ascend 910B",
  "Ascend 910",
  "Trainium",
] as const;

/** The first known chip a text names ("/top h100" → "H100"), or undefined. */
export function chipIn(text: string): string | undefined {
  const normalized = text.replace(/(?<![\p{L}\d])[нН](?=\d{3})/gu, "H").replace(/(?<![\p{L}\d])[аА](?=\d{3})/gu, "A");
  return KNOWN_CHIPS.find((chip) => namesChip(normalized, chip));
}
