import { defineCheck } from './check';

/** A row with a lead, date or progress but no action text, and no action above to belong to. */
export const actionTextCheck = defineCheck({
  codes: ['missing-action'],
  action: ({ raw }, _scope, raise) => (raw.orphan ? [raise('missing-action', raw.actionCell)] : []),
});
