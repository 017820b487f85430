import type { Issue } from '../issues/issueSchema';
import { firstWords, listWithin } from '../text/cleanText';
import { defineCheck } from './check';

/** The RAG staff gave (PRODUCT §5.2): not a label of the scheme, or not the one the dates and progress make it. */
export const ragChecks = defineCheck({
  codes: ['invalid-rag', 'rag-mismatch'],
  action: ({ raw, rag, status }, { ctx }, raise) => {
    const cell = raw.rag?.address ?? null;
    const issues: Issue[] = [];
    if (rag.invalid !== undefined) {
      const labels = listWithin(ctx.scheme.labels.map((l) => l.label), 100);
      issues.push(raise('invalid-rag', cell, { text: firstWords(rag.invalid, 6), scheme: ctx.scheme.name, labels }));
    }
    if (rag.given && rag.computed && rag.given !== rag.computed) {
      issues.push(raise('rag-mismatch', cell, { given: rag.given, computed: rag.computed, status: status.status }));
    }
    return issues;
  },
});
