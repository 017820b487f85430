/**
 * Spreadsheet colours to '#RRGGBB': ARGB values, theme colours (with tint) and the legacy
 * indexed palette, as Excel resolves them. Pure functions, no ExcelJS needed.
 */
import { hexToRgb } from '../core/basics';

/** Theme colour slots in the order SpreadsheetML numbers them (note lt1/dk1 come first). */
const THEME_SLOTS = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'] as const;

/** The standard Office theme (Excel 2013 – 2022), used when a workbook carries none. */
export const OFFICE_THEME: readonly string[] = [
  'FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '0563C1', '954F72',
];

/** The legacy 64-colour indexed palette (indices 0–63). */
const INDEXED: readonly string[] = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
];

/**
 * The theme palette of a workbook from its theme XML (xl/theme/theme1.xml), in
 * SpreadsheetML index order; slots it lacks keep the Office default.
 */
export function themePalette(themeXml: string | undefined | null): string[] {
  const palette = [...OFFICE_THEME];
  if (!themeXml) return palette;
  const scheme = /<(?:\w+:)?clrScheme\b[\s\S]*?<\/(?:\w+:)?clrScheme>/.exec(themeXml)?.[0];
  if (!scheme) return palette;
  THEME_SLOTS.forEach((slot, i) => {
    const m = new RegExp(`<(?:\\w+:)?${slot}>\\s*<(?:\\w+:)?(srgbClr|sysClr)\\b([^>]*)>`).exec(scheme);
    if (!m) return;
    const attrs = m[2] ?? '';
    const hex = m[1] === 'srgbClr' ? /\bval="([0-9A-Fa-f]{6})"/.exec(attrs)?.[1] : /\blastClr="([0-9A-Fa-f]{6})"/.exec(attrs)?.[1];
    if (hex) palette[i] = hex.toUpperCase();
  });
  return palette;
}

/** A colour as ExcelJS describes it: { argb } or { theme, tint } or { indexed }. */
export interface SheetColour {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/** '#RRGGBB' for a colour, or null where it names none (automatic, system colours, unknown). */
export function colourToHex(colour: SheetColour | undefined | null, palette: readonly string[] = OFFICE_THEME): string | null {
  if (!colour || typeof colour !== 'object') return null;
  let hex: string | undefined;
  if (typeof colour.argb === 'string') {
    const s = colour.argb.trim();
    if (/^[0-9A-Fa-f]{8}$/.test(s)) hex = s.slice(2);
    else if (/^[0-9A-Fa-f]{6}$/.test(s)) hex = s;
  } else if (typeof colour.theme === 'number') {
    hex = palette[colour.theme];
  } else if (typeof colour.indexed === 'number') {
    hex = INDEXED[colour.indexed];
  }
  if (!hex) return null;
  const tint = typeof colour.tint === 'number' && Number.isFinite(colour.tint) ? colour.tint : 0;
  return `#${(tint ? applyTint(hex, tint) : hex).toUpperCase()}`;
}

/** Excel's tint: lightens (tint > 0) or darkens (tint < 0) the colour's luminance in HLS. */
export function applyTint(hex: string, tint: number): string {
  const [r, g, b] = (hexToRgb(hex) ?? [0, 0, 0]).map((c) => c / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let h = 0;
  let s = 0;
  let l = (max + min) / 2;
  const d = max - min;
  if (d !== 0) {
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    if (max === r) h = ((g - b) / d + (g < b ? 6 : 0)) / 6;
    else if (max === g) h = ((b - r) / d + 2) / 6;
    else h = ((r - g) / d + 4) / 6;
  }
  const t = Math.max(-1, Math.min(1, tint));
  l = t < 0 ? l * (1 + t) : l * (1 - t) + t;
  const hue = (p: number, q: number, x: number): number => {
    let k = x;
    if (k < 0) k += 1;
    if (k > 1) k -= 1;
    if (k < 1 / 6) return p + (q - p) * 6 * k;
    if (k < 1 / 2) return q;
    if (k < 2 / 3) return p + (q - p) * (2 / 3 - k) * 6;
    return p;
  };
  let rr = l;
  let gg = l;
  let bb = l;
  if (s !== 0) {
    const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
    const p = 2 * l - q;
    rr = hue(p, q, h + 1 / 3);
    gg = hue(p, q, h);
    bb = hue(p, q, h - 1 / 3);
  }
  const to = (v: number): string => Math.round(Math.max(0, Math.min(1, v)) * 255).toString(16).padStart(2, '0');
  return `${to(rr)}${to(gg)}${to(bb)}`.toUpperCase();
}

/** A cell fill as ExcelJS describes it. */
export interface SheetFill {
  type?: string;
  pattern?: string;
  fgColor?: SheetColour;
  bgColor?: SheetColour;
}

/** The colour staff see in a cell: a solid pattern fill's foreground colour; otherwise none. */
export function fillToHex(fill: SheetFill | undefined | null, palette: readonly string[] = OFFICE_THEME): string | null {
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  return colourToHex(fill.fgColor, palette);
}
