import type { RagScheme } from './schemeSchema';

/** The two schemes boards use (PRODUCT §5). */
export const FIVE: RagScheme = {
  name: 'five',
  labels: [
    { label: 'Green', colour: '#00B050', statuses: ['on-track'] },
    { label: 'Amber', colour: '#FFC000', statuses: ['at-risk'] },
    { label: 'Red', colour: '#FF0000', statuses: ['off-track'] },
    { label: 'Grey', colour: '#A6A6A6', statuses: ['complete'] },
    { label: 'Blue', colour: '#0070C0', statuses: ['carried-over'] },
  ],
};

export const THREE: RagScheme = {
  name: 'three',
  labels: [
    { label: 'Red', colour: '#FF0000', statuses: ['off-track', 'at-risk'] },
    { label: 'Amber', colour: '#FFC000', statuses: ['on-track', 'carried-over'] },
    { label: 'Green', colour: '#00B050', statuses: ['complete'] },
  ],
};

export const BUILT_IN_SCHEMES: Record<'five' | 'three', RagScheme> = { five: FIVE, three: THREE };

/** Fill colours for colour words a RAG key may use, where the key cell has no fill of its own. */
export const COLOUR_WORDS: Record<string, string> = {
  green: '#00B050',
  amber: '#FFC000',
  yellow: '#FFFF00',
  orange: '#FFC000',
  red: '#FF0000',
  grey: '#A6A6A6',
  gray: '#A6A6A6',
  blue: '#0070C0',
  purple: '#7030A0',
  black: '#000000',
  white: '#FFFFFF',
  'light green': '#92D050',
  'dark green': '#00B050',
};
