import stringWidth from 'string-width';

/** Pads `text` with spaces to `width` terminal columns, as string-width counts them (CJK two, combining marks none). */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}
