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
