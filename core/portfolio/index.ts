/** Many plans at once: a digest per checked plan, and the portfolio summary built from them. */
export { digestPlan, unreadablePlan, LOOKS_COMPLETE } from './planDigest';
export type { PlanDigest, PlanFigures, DigestRag, DigestLateAction } from './planDigest';
export { summarisePortfolio, TOP_LEADS } from './portfolioSummary';
export type { Portfolio, PortfolioPlan, PortfolioTotals, PortfolioLateAction, PortfolioLead } from './portfolioSummary';
export { portfolioPlanSheet, portfolioWorkbookEdits, PORTFOLIO_SHEET, PORTFOLIO_PLAN_HEADER } from './portfolioSheets';
