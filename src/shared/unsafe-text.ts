// One rule for characters that must not reach the screen, an index or a file name: C0 and C1
// controls, DEL, and the bidi overrides and isolates that can disguise "invoice\u202Efdp.exe" as
// "invoiceexe.pdf", plus zero-width space and BOM. Text keeps TAB, LF and CR; names keep nothing.

const IN_TEXT =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g
// eslint-disable-next-line no-control-regex
const IN_NAME = /[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g

/** Removes unsafe characters from running text (line breaks and tabs stay). */
export function stripUnsafeText(text: string): string {
  return text.replace(IN_TEXT, '')
}

/** Removes unsafe characters from a one-line value such as a file name (no line breaks either). */
export function stripUnsafeName(name: string): string {
  return name.replace(IN_NAME, '')
}
