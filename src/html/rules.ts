// Boilerplate rules as data. Every rule has a stable id that is recorded with each removal it makes.
// Element rules look at the tag, the role, or the lower-cased "class id" string; text rules look at a whole
// short block of text. The tests hold a positive and a negative table for each.

export type RemovalKind = 'junk' | 'caption' | 'metadata';

export interface ElementRule {
  readonly id: string;
  readonly kind: RemovalKind;
  readonly tags?: ReadonlySet<string>;
  readonly roles?: ReadonlySet<string>;
  /** Tested against the lower-cased "class id" string. */
  readonly names?: RegExp;
  /** Tested against a few attributes (hidden, aria-hidden, style, itemprop). */
  readonly attribute?: { readonly name: string; readonly value: RegExp };
  /** Fires even on an element that holds most of the page's text (other rules never do). */
  readonly always?: boolean;
  /** Fires only when it matches a single element of the page (one standfirst; repeated ones are subheadings). */
  readonly single?: boolean;
}

const set = (...xs: string[]): ReadonlySet<string> => new Set(xs);

// A class word boundary: start, end, space, '-' or '_' (class names are "a-b_c d").
const w = (words: string): RegExp => new RegExp(`(?:^|[\\s_-])(?:${words})(?:$|[\\s_-])`);
const wPrefix = (words: string): RegExp => new RegExp(`(?:^|[\\s_-])(?:${words})`);

/** Rules that take a whole element (and its subtree) out of the page. Order matters: the first match names it. */
export const ELEMENT_RULES: readonly ElementRule[] = [
  { id: 'hidden/attribute', kind: 'junk', always: true, attribute: { name: 'hidden', value: /^/ } },
  { id: 'hidden/aria', kind: 'junk', attribute: { name: 'aria-hidden', value: /^true$/i } },
  { id: 'hidden/style', kind: 'junk', always: true, attribute: { name: 'style', value: /display\s*:\s*none|visibility\s*:\s*hidden/i } },
  { id: 'tag/head', kind: 'junk', always: true, tags: set('head', 'title') },
  { id: 'tag/navigation', kind: 'junk', tags: set('nav', 'menu', 'dialog') },
  { id: 'tag/aside', kind: 'junk', tags: set('aside') },
  { id: 'tag/footer', kind: 'junk', tags: set('footer') },
  { id: 'tag/form', kind: 'junk', tags: set('form', 'fieldset', 'label') },
  { id: 'tag/caption', kind: 'caption', tags: set('figcaption') },
  { id: 'role/navigation', kind: 'junk', roles: set('navigation', 'menu', 'menubar', 'banner', 'contentinfo', 'search', 'toolbar', 'tablist') },
  { id: 'role/complementary', kind: 'junk', roles: set('complementary', 'dialog', 'alertdialog') },
  { id: 'class/tooltip', kind: 'junk', names: w('tooltip|popover|hovercard|rollover-block') },
  // "caption" and "credit" inside any class word (newscaption, captionText, photocredit)
  { id: 'class/caption', kind: 'caption', names: /caption|credit/ },
  { id: 'class/share', kind: 'junk', names: wPrefix('share|sharing|social|addthis|sharethis|sharedaddy|shariff|a2a') },
  {
    id: 'class/related',
    kind: 'junk',
    names: w(
      'related|recommended|recommendations|more-stories|morestories|read-more|readmore|read-next|also-read|more-from|more-on|trending|popular|most-read|most-popular|mostread|outbrain|taboola|zergnet|recirc|recirculation|further-reading|more-news|next-article|up-next|you-may-like',
    ),
  },
  { id: 'class/newsletter', kind: 'junk', names: wPrefix('newsletter|subscribe|subscription|signup|sign-up|optin|opt-in|regwall') },
  { id: 'class/comments', kind: 'junk', names: w('comment|comments|comment-list|commentlist|disqus|respond|replies|discussion') },
  { id: 'class/ad', kind: 'junk', names: w('ad|ads|adv|advert|advertisement|advertising|ad-container|ad-slot|adslot|adunit|ad-unit|dfp|gpt-ad|sponsor|sponsored|promo|promotion|native-ad') },
  { id: 'class/promo', kind: 'junk', names: wPrefix('promo') },
  {
    id: 'class/navigation',
    kind: 'junk',
    names: w('nav|navbar|navigation|menu|breadcrumb|breadcrumbs|pagination|pager|masthead|site-header|site-footer|footer|sidebar|side-bar|widget|toolbar|skip-link|skiplink|cookie|cookies|gdpr|consent|modal|popup|overlay'),
  },
  { id: 'class/tags', kind: 'metadata', names: w('tags|tag-list|taglist|tagcloud|post-tags|article-tags|topics|categories|post-categories|keywords') },
  { id: 'class/standfirst', kind: 'metadata', single: true, names: w('dek|p-dek|standfirst|subtitle|sub-title|subheadline|sub-headline|strapline|kicker|article-summary|article-dek') },
  { id: 'class/byline', kind: 'metadata', names: w('byline|author|authors|author-info|author-bio|authorbox|author-box|about-author|writtenby|dateline|timestamp|post-meta|entry-meta|article-meta|meta-data|published|pubdate|updated|date') },
];

/** Words in "class id" that make an element look like the article itself: element rules never fire on it. */
export const CONTENT_NAMES = /(?:^|[\s_-])(?:article|body|content|entry|main|story)(?:$|[\s_-])/;

// Readability's class weights (positive and negative words), used when scoring candidates.
export const POSITIVE_NAMES = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/;
export const NEGATIVE_NAMES = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/;

export interface TextRule {
  readonly id: string;
  readonly kind: RemovalKind;
  /** Tested against a whole block (trimmed); only blocks up to `maxLength` characters are tested. */
  readonly pattern: RegExp;
  readonly maxLength: number;
}

/** Rules that take out one block of text (a paragraph, a list item, a line) by what it says. */
export const TEXT_RULES: readonly TextRule[] = [
  {
    id: 'text/advertisement',
    kind: 'junk',
    maxLength: 40,
    pattern: /^(?:advertisement|advertising|advert|sponsored( content)?|ad|ads|story continues below( advertisement)?|continue reading (?:the )?(?:main )?story|scroll to continue|article continues below)\W*$/i,
  },
  {
    id: 'text/read-more',
    kind: 'junk',
    maxLength: 200,
    pattern:
      /^(?:read|see|click|tap|watch|listen)(?: the)? (?:more|also|next|full story|full article|here|related)(?:\s*(?:[:|>»›…]|\.\.\.|$)|\s+(?:about|on|from|at|here|stories|articles|news|coverage)\b)|^(?:related|recommended|more|also read|read also|see also|more from|more on|trending|popular)(?: (?:stories|articles|posts?|coverage|content|news|reading|links|videos?))?\s*[:|>»]|^(?:related|recommended)(?: (?:stories|articles|coverage|content|links))?\W*$|^more (?:great |top |from )?[\w'’ ]{0,30}?(?:stories|articles|news|reads)\W*$|^[([]?(?:you (?:may|might) (?:also )?(?:like|enjoy)|recommended for you|don'?t miss|editor'?s picks|most read|leia (?:também|mais)|veja também|saiba mais|você (?:também )?pode gostar|lesen sie (?:auch|mehr)|mehr zum thema|(?:à )?lire aussi|leggi anche|l[eé]e? también|ver también|lea también)(?:(?:\s+[\p{L}’']+){0,2}\s*[:|>»–-].{0,160})?\W*$/iu,
  },
  { id: 'text/click-here', kind: 'junk', maxLength: 160, pattern: /\bclick here (?:for more|to (?:subscribe|read (?:more|the full)|sign up|register|follow))\b[^.!?]{0,80}[.!?]?$/i },
  { id: 'text/contact', kind: 'junk', maxLength: 250, pattern: /^(?:email|e-mail|contact|write to|reach)\b.{0,80}\b[\w.+-]+@[\w-]+\.\w+/i },
  { id: 'text/listen-link', kind: 'junk', maxLength: 200, pattern: /^[\p{L} ]{1,24}:\s*(?:https?:\/\/|www\.)\S+$/u },
  {
    id: 'text/comment-prompt',
    kind: 'junk',
    maxLength: 250,
    pattern:
      /^join (?:our|the) (?:[\w-]+ )?(?:forums?|community|conversation|discussion)\b|^(?:tell us what you think|leave a (?:comment|reply)|join the (?:conversation|discussion)|what do you think\?|post a comment|have your say|comments? (?:are|is) closed|\d+ comments?|comments?(?: \(\d+\))?)\W*$/i,
  },
  {
    id: 'text/share',
    kind: 'junk',
    maxLength: 80,
    pattern:
      /^(?:share(?: this)?(?: (?:article|story|post|page))?(?: on| via)?|tweet|email|print|comment|comments|pin|whatsapp|facebook|twitter|linkedin|reddit|copy link|share on (?:facebook|twitter|linkedin|whatsapp))(?:\W+(?:facebook|twitter|linkedin|email|print|pinterest|whatsapp|reddit|share|comments?))*\W*$/i,
  },
  {
    id: 'text/newsletter',
    kind: 'junk',
    maxLength: 220,
    pattern: /^(?:sign up|subscribe|get (?:our|the)|join)\b.{0,120}\b(?:newsletter|updates|inbox|alerts|email)\b|^(?:sign up|subscribe)(?: now| today| here)?\W*$|\bnewsletter\b.{0,80}\b(?:sign up|subscribe)\b/i,
  },
  { id: 'text/subscription-offer', kind: 'junk', maxLength: 300, pattern: /^(?:get|subscribe|join|try|start|sign up|become|unlock|enjoy)\b.{0,250}\b(?:subscri\w+|premium|membership)\b/i },
  { id: 'text/follow', kind: 'junk', maxLength: 160, pattern: /^(?:follow|like) (?:us|me|him|her|them|@\w+|\w+ \w+) on (?:twitter|facebook|instagram|linkedin|youtube)|^follow @\w+/i },
  {
    id: 'text/copyright',
    kind: 'junk',
    maxLength: 200,
    pattern: /^(?:©|\(c\))|^copyright\s*(?:©|\(c\)|\d{4})|(?:all rights reserved|todos os direitos reservados|todos los derechos reservados|alle rechte vorbehalten|tous droits réservés|tutti i diritti riservati)\.?$/i,
  },
  {
    id: 'text/photo-credit',
    kind: 'caption',
    maxLength: 160,
    pattern:
      /^(?:photo|photograph|image|picture|video|illustration|graphic|credit|source|foto|imagem|bild)s?(?: credit)?\s*[:/|]|^\(?(?:ap|afp|reuters|getty images|ap photo|epa|shutterstock)(?: photo)?\)?(?:\s*\/.*)?$|(?:\(|\b)(?:ap|afp|epa|reuters) photo\/[^)]*\)?$|\/ ?(?:getty images|afp|ap|reuters|shutterstock|istock)(?: via getty images)?\)?$/i,
  },
  {
    id: 'text/reprints',
    kind: 'junk',
    maxLength: 300,
    pattern: /^this copy is for your personal,? non-commercial use only|^(?:order reprints|print article|text size|reprints?|print|permalink|font size|a{1,2}\s*a{1,2}|listen to (?:this )?article|\d+ min(?:ute)? read)\W*$/i,
  },
  { id: 'text/url', kind: 'junk', maxLength: 300, pattern: /^(?:https?:\/\/|www\.)\S+$/i },
  {
    id: 'meta/byline',
    kind: 'metadata',
    maxLength: 120,
    pattern:
      /^(?:[Bb]y|BY|[Ww]ritten by|[Ss]tory by|[Pp]or|[Vv]on|[Pp]ar)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|This|That|Then|Contrast|Comparison|Law|Far|Now)\b)\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|del|la|le|bin))*(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)*(?:\s*[|–—-].{0,60}|,\s*\p{Lu}[\p{L} .'’-]{0,50})?$/u,
  },
  // case-sensitive, so that a run of four lower-case words (a sentence) keeps a line in
  {
    id: 'meta/post-info',
    kind: 'metadata',
    maxLength: 180,
    pattern: /^(?!.*\b[a-z]+ [a-z]+ [a-z]+ [a-z]+\b)(?=.*\d)(?=.*\b(?:[Pp]osted|[Pp]ublished|[Pp]ublicado|[Pp]ublié|[Vv]eröffentlicht|[Pp]ubblicato|POSTED|PUBLISHED)\b)(?=.*\b(?:[Cc]ategor(?:y|ies|ia|ie)|[Tt]ags?|[Ff]iled under|in)\b).*$/,
  },
  {
    id: 'meta/date',
    kind: 'metadata',
    maxLength: 100,
    pattern:
      /^(?!.*\b[a-z]+ [a-z]+ [a-z]+ [a-z]+\b)(?:(?:updated|published|posted|last updated|last modified|originally published|first published)\b.{0,90}\d.*|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})(?:\s*(?:at|[|,/-])?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?)?\W*)$/i,
  },
  // a counter or a stray symbol ("0", "|", "»"); years stay (four digits can be a heading in a timeline)
  { id: 'text/no-words', kind: 'junk', maxLength: 3, pattern: /^[\d\W_]+$/ },
  { id: 'text/image-ui', kind: 'junk', maxLength: 30, pattern: /^(?:image|caption|close|open|expand|enlarge|fullscreen|full screen|play|play video|next|previous|prev|loading\.*|image \d+ of \d+|\d+ of \d+|back to (?:top|gallery))\W*$/i },
];

/** What the line rules see of one rendered line. */
export interface LineFacts {
  readonly text: string;
  /** Characters of the line inside links. */
  readonly linkChars: number;
}

export interface LineRule {
  readonly id: string;
  readonly kind: RemovalKind;
  readonly test: (line: LineFacts) => boolean;
}

const LETTERS = /\p{L}/gu;
const UPPER = /\p{Lu}/gu;
const upperShare = (s: string): number => (s.match(UPPER)?.length ?? 0) / Math.max(1, s.match(LETTERS)?.length ?? 0);

/** Rules on a whole line by its shape rather than its words. */
export const LINE_RULES: readonly LineRule[] = [
  // a headline of another story dropped between paragraphs: one link, all capitals
  { id: 'line/caps-link', kind: 'junk', test: (l) => l.text.length >= 20 && l.linkChars >= 0.9 * l.text.length && upperShare(l.text) > 0.8 },
];
