/** Cell colours as the grid carries them: '#RRGGBB' text (the '#' optional, any case). */

/**
 * The red, green and blue (0–255) of a '#RRGGBB' colour, or null for any other text.
 *
 * @example
 * hexToRgb('#00B050') //=> [0, 176, 80]
 * hexToRgb('ffc000') //=> [255, 192, 0]
 * hexToRgb('red') //=> null
 */
export function hexToRgb(hex: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  return m ? [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)] : null;
}

/** WCAG 2 relative luminance of '#RRGGBB'. */
function relativeLuminance(r: number, g: number, b: number): number {
  const lin = (v: number) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio between two luminances (1 to 21). */
export function contrastRatio(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/**
 * Black or white, whichever has the higher WCAG contrast ratio on the fill: always at least
 * 4.58:1, so chip and cell text passes AA (white on Red #FF0000 is only 3.998:1; black is 5.25:1).
 *
 * @example
 * textColourOn('#FF0000') //=> '#000000'
 * textColourOn('#0070C0') //=> '#FFFFFF'
 */
export function textColourOn(fill: string): string {
  const rgb = hexToRgb(fill);
  if (!rgb) return '#000000';
  const [r, g, b] = rgb.map((c) => c / 255) as [number, number, number];
  const l = relativeLuminance(r, g, b);
  return contrastRatio(l, 1) > contrastRatio(l, 0) ? '#FFFFFF' : '#000000';
}
