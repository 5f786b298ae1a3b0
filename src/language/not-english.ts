// Kept apart from the language detector so that the command line's main thread, which only counts
// these documents, does not load the detector and the rest of the pipeline.

/** The issue code of a document skipped for its language; the command line counts them. */
export const NOT_ENGLISH = 'not-english';
