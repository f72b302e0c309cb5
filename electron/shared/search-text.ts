/**
 * Folds text for accent- and case-insensitive matching: "Nguyễn" and "nguyen" match,
 * as do "Zoë" and "zoe". Scripts without case or accents (李雷, محمد) pass through.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('und')
    .normalize('NFC');
}
