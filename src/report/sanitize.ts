// Untrusted text (articles, claims files) printed to a terminal: escape sequences and control
// characters never reach it raw. ANSI CSI/OSC/DCS sequences are removed; other C0/C1 controls
// and DEL are shown as visible escapes; tabs and line breaks become spaces.
const ESCAPE_SEQUENCES =
  // OSC … BEL/ST, DCS/SOS/PM/APC … ST, CSI … final byte, two-byte ESC sequences; 8-bit forms too.
  /(?:\u001b\][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u009d[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[PX^_][^\u001b\u009c]*(?:\u001b\\|\u009c)?|[\u0090\u0098\u009e\u009f][^\u001b\u009c]*(?:\u001b\\|\u009c)?|\u001b\[[0-?]*[ -/]*[@-~]?|\u009b[0-?]*[ -/]*[@-~]?|\u001b[ -/]*[0-~]?)/g

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

export function sanitizeForTerminal(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCES, '')
    .replace(/[\t\r\n]+/g, ' ')
    .replace(CONTROLS, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Shorten to `max` characters (by code point), marking the cut with an ellipsis. */
export function shorten(text: string, max: number): string {
  const chars = [...text]
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}
