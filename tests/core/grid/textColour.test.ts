/** Text on a RAG fill (pane chips, PlanCheck's sheets) chosen by WCAG contrast ratio: never under 4.5:1. */
import fc from 'fast-check';
import { contrastRatio, textColourOn } from '../../../core/grid/colour';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

it('black on the red chip (white is 3.998:1), white on dark blue', () => {
  expect(contrastRatio(luminance('#FF0000'), 1)).toBeCloseTo(4.0, 1);
  expect(textColourOn('#FF0000')).toBe('#000000');
  expect(textColourOn('#0070C0')).toBe('#FFFFFF');
  expect(textColourOn('#FFC000')).toBe('#000000');
});

it('every fill gets text of at least 4.5:1', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
      const fill = `#${n.toString(16).padStart(6, '0').toUpperCase()}`;
      const text = textColourOn(fill);
      expect(contrastRatio(luminance(fill), luminance(text))).toBeGreaterThanOrEqual(4.5);
    }),
  );
});
