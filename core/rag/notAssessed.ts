/**
 * How PlanCheck shows an action it could not assess (no due date it could read): one label and
 * one colour for the pane and sidebar chips, the RAG summary sheet and chart, and the HTML report.
 * Light grey, not white: on a white pane or page a white chip reads as "no chip", and the board
 * sees grey for "not assessed" in the chart it is handed.
 */
export const NOT_ASSESSED = 'Not assessed';
export const NOT_ASSESSED_COLOUR = '#D9D9D9';
