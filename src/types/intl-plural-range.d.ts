// Intl.PluralRules#selectRange (ES2023, in Node since 19) is not in TypeScript's lib yet.
declare namespace Intl {
  interface PluralRules {
    selectRange(start: number, end: number): LDMLPluralRule;
  }
}
