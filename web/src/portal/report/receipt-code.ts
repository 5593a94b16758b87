/**
 * The receipt code of a public report: 20 digits, shown in groups of four and typed with or
 * without spaces. It identifies the reporter's access to the report, so it travels only in
 * request bodies and lives only in memory (never in the address, never in storage).
 */
export const RECEIPT_CODE_DIGITS = 20;

/** What the visitor typed, without spaces and dashes (full-width digits read as digits). */
export function normaliseReceiptCode(value: string): string {
  return value
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[\s\-\u3000]/g, '');
}

/** Whether a normalised code has the right shape (20 digits). */
export function isReceiptCode(code: string): boolean {
  return new RegExp(`^\\d{${RECEIPT_CODE_DIGITS}}$`).test(code);
}

/** 12345678901234567890 → ['1234', '5678', …]: the groups the receipt page shows. */
export function receiptCodeGroups(code: string): string[] {
  return normaliseReceiptCode(code).match(/.{1,4}/g) ?? [];
}

/** 12345678901234567890 → '1234 5678 9012 3456 7890'. */
export function groupReceiptCode(code: string): string {
  return receiptCodeGroups(code).join(' ');
}

/**
 * The code handed from the receipt page to the status page within this visit ("check it now"),
 * taken once. A module variable: gone with a reload, never written anywhere.
 */
let handedOver: string | null = null;
export function handOverReceiptCode(code: string): void {
  handedOver = code;
}
export function takeReceiptCode(): string | null {
  const code = handedOver;
  handedOver = null;
  return code;
}
