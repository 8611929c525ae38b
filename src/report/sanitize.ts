// Untrusted text (articles, claims files, file names) printed to a terminal: escape sequences and
// control characters never reach it raw.
//
// - sanitizeForTerminal (findings, pretty output): ANSI/ECMA-48 sequences are removed whole — CSI
//   (`ESC [` and 8-bit U+009B) up to its final byte, OSC (`ESC ]` and U+009D) up to BEL or ST
//   (`ESC \` or U+009C), DCS/SOS/PM/APC up to ST, and two-byte `ESC x` forms. Tabs and line
//   breaks become spaces. Every other C0 control, DEL, C1 control, U+2028/U+2029 and the bidi
//   embedding/override/isolate characters (Trojan Source, CVE-2021-42574) are shown as `\uXXXX`.
// - escapeControls (one-line messages naming a file or quoting a value): nothing is removed, every
//   such character (tab and line breaks too) is shown as `\uXXXX`, so a name reads as it is.
const ESCAPE_SEQUENCES =
  /(?:\u001b\][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u009d[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[PX^_][^\u001b\u009c]*(?:\u001b\\|\u009c)?|[\u0090\u0098\u009e\u009f][^\u001b\u009c]*(?:\u001b\\|\u009c)?|\u001b\[[0-?]*[ -/]*[@-~]?|\u009b[0-?]*[ -/]*[@-~]?|\u001b[ -/]*[0-~]?)/g

/** Characters never written raw: C0 (but tab, LF, CR), DEL, C1, line/paragraph separators, bidi controls. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** The same, tab and line breaks included. */
// eslint-disable-next-line no-control-regex
const ALL_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

const visible = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`

/** Text for one place on a terminal line: sequences removed, line breaks as spaces, controls escaped. */
export function sanitizeForTerminal(text: string): string {
  return text.replace(ESCAPE_SEQUENCES, '').replace(/[\t\r\n]+/g, ' ').replace(CONTROLS, visible)
}

/** A name or value inside a one-line message: every control character shown as `\uXXXX`, nothing dropped. */
export function escapeControls(text: string): string {
  return text.replace(ALL_CONTROLS, visible)
}

/** Shorten to `max` characters (by code point), marking the cut with an ellipsis. */
export function shorten(text: string, max: number): string {
  const chars = [...text]
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}
