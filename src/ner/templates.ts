// Feature template ids: a feature is mix(template, part) or mix(mix(template, a), b) of hashed parts
// (hash.ts). The committed weights are keyed by these numbers: changing a template means retraining.
import { hashString } from './hash.js';

let nextTemplate = 1;
const T = () => hashString(`t${nextTemplate++}`);

// the token's own characters (features.ts, ownFeatures)
export const T_BIAS = T(),
  T_W0 = T(),
  T_FORM = T(),
  T_SH0 = T();
export const T_PRE = [T(), T(), T(), T()] as const,
  T_SUF = [T(), T(), T(), T()] as const;
// words and shapes around the token, hashed one by one (features.ts)
export const T_WM1 = T(),
  T_WP1 = T(),
  T_W_M1_0 = T(),
  T_W_0_P1 = T(),
  T_WM1_SH0 = T(),
  T_SH0_WP1 = T();
export const T_WM2_WM1 = T(),
  T_WP1_WP2 = T(),
  T_W_CAPS = T(),
  T_RUN_LAST = T(),
  T_RUN_FIRST = T(),
  T_SH_M1_0_P1 = T();
// parts of speech, casing, gazetteer tags and capitalised runs: few values each (groups.ts)
export const T_POS0 = T(),
  T_POS_CASE = T(),
  T_POS_M1_0 = T(),
  T_POS_0_P1 = T(),
  T_CASE_DOC_SENT = T();
export const T_GAZ0 = T(),
  T_GAZ_CASE = T(),
  T_GAZM1 = T(),
  T_GAZP1 = T(),
  T_RUN_SHAPE = T();
// the tags chosen so far (decode.ts)
export const T_PREV = T(),
  T_PREV_W = T(),
  T_PREV_SH = T(),
  T_HIST = T(),
  T_HIST_CASE = T(),
  T_HIST_SENT = T();

/** Stand-in parts before the first and after the last token of a sentence. */
export const BOUNDARY = [hashString('<s>'), hashString('</s>')] as const;
