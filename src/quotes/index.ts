export { extractQuotes, type QuoteInput } from './extract.js';
export { ALL_CUES, MESSAGE_NOUNS, type CueEntry } from './cues.js';
