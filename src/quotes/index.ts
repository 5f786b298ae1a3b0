export { extractQuotes, splitStances, type QuoteInput } from './extract.js';
export { ALL_CUES, MESSAGE_NOUNS, QUOTE_CLASSES, type CueClass, type CueEntry } from './cues.js';
export { withQuotedFirstPerson } from './first-person.js';
export { withQuotedThirdPerson } from './third-person.js';
