// What scrapers leave in article text, as named whole-line patterns. A rule only ever matches a whole
// line (or, for credits, the tail of a line after a sentence end), so a real sentence that merely
// starts with the same word ("Advertisement revenue fell 4% ...") is never touched.

export interface LineRule {
  readonly id: string;
  readonly kind: 'junk' | 'caption' | 'navigation';
  readonly pattern: RegExp;
}

/** Lines that are never body text wherever they stand. */
export const JUNK_LINES: readonly LineRule[] = [
  { id: 'junk/advertisement', kind: 'junk', pattern: /^\(?(advertisement|advertising|ad|sponsored(?: content)?|promoted(?: content)?|story continues below(?: advertisement)?|continue reading( below)?)\)?$/i },
  { id: 'junk/share-prompt', kind: 'junk', pattern: /^(share( this)?( article| story| on (facebook|twitter|x|linkedin|whatsapp))?|tweet|email|print|save|copy link|comments?( \(\d+\))?|\d+ comments?)$/i },
  { id: 'junk/follow-prompt', kind: 'junk', pattern: /^(follow us( on .{1,40})?|sign up for (our|the) .{1,60}newsletters?.*|subscribe( now| to .{1,60})?|click here .{0,80}|download (our|the) app.*)$/i },
  { id: 'junk/license-photo', kind: 'junk', pattern: /^(\| )?license photo$/i },
  { id: 'junk/image-label', kind: 'junk', pattern: /^(image|photo|video|watch|listen|gallery)( \d+ of \d+)?:?$/i },
];

/**
 * Navigation that ends the article: the marker line and everything after it are dropped when the
 * marker stands in the last part of the text (a "Related" heading early on is left alone).
 */
export const TRAILING_NAVIGATION: readonly LineRule[] = [
  { id: 'navigation/latest-headlines', kind: 'navigation', pattern: /^(latest|top|more) (headlines|stories|news)$/i },
  {
    id: 'navigation/related',
    kind: 'navigation',
    pattern: /^(related( articles| stories| coverage| news| content| topics)?|recommended( for you| stories)?|you (may|might) also like|more from .{1,40}|read (more|next|also)|trending( now)?|most (read|popular|viewed))$/i,
  },
];

/** Photo credits at the end of a caption line: "... week. Photo by KCNA/UPI | License Photo". */
export const CREDIT_TAIL: LineRule = {
  id: 'caption/photo-credit',
  kind: 'caption',
  pattern: /(?:^|(?<=[.!?"”)]\s))(?:(?:file |afp |ap |reuters )?photos?|images?|pictures?|video)(?: by| courtesy of| credit|:)\s*[^.!?]{1,80}?(?:\s*\|\s*license photo)?$/i,
};

/** Lines that are captions as a whole: "(Photo: Jane Doe/Reuters)", "Credit: ...", "FILE PHOTO: ...". */
export const CAPTION_LINES: readonly LineRule[] = [{ id: 'caption/credit-line', kind: 'caption', pattern: /^\(?(photo|image|picture|credit|photograph|getty images|file photo)s?\s*(by|:|credit:?)\s*[^,.;!?]{1,80}\)?$/i }];
