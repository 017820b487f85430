import { buildHtmlReport, esc } from '../../../cli/output/htmlReport';
import { summarisePlan } from '../../../core/view/planSummary';
import { INJECTIONS, sampleResult } from '../../helpers/sampleResult';

describe('HTML board report', () => {
  const result = sampleResult();
  result.report.actions[1]!.action = '<script>alert(1)</script> & <img src=x onerror=alert(2)>';
  result.report.actions[0]!.section = '<b>1. Priority</b>';
  const html = buildHtmlReport(result);

  test('self-contained: no scripts, no links to other files, no URLs', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/<[^>]*\b(src|href)\s*=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import/i);
    // the only "http" is plan text, escaped, that happens to hold one
    expect(html).toContain(esc(INJECTIONS[0]));
    expect(html.split(esc(INJECTIONS[0])).join('')).not.toMatch(/http/i);
  });

  test('every piece of plan text is escaped', () => {
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('&lt;b&gt;1. Priority&lt;/b&gt;');
    expect(html).not.toContain('<b>1. Priority</b>');
    expect(esc(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });

  test('one bar group per section, each segment in its label colour', () => {
    const sections = summarisePlan(result).bySection;
    const bars = [...html.matchAll(/<g class="bar" data-section="([^"]*)">/g)].map((m) => m[1]);
    expect(bars).toEqual(sections.map((s) => esc(s.name)));
    expect(html).toContain('fill="#FF0000"');
    expect(html).toContain('fill="#0070C0"');
  });

  test('the summary tables, the late actions and the carry-over list', () => {
    for (const heading of ['Totals by RAG', 'By section', 'By lead', 'Needs attention: 2 late actions', 'Carry-over to 2019-20: 1 action']) {
      expect(html).toContain(heading);
    }
    expect(html).toContain('@media print');
  });
});
