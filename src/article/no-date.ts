// Kept apart from the article stage so that the command line's main thread, which only counts undated
// documents, does not load the stage and the HTML extractor behind it.

/** The issue code every undated document carries; the command line counts them. */
export const NO_DATE = 'no-date';
