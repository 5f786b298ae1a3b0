// Applies the element rules of rules.ts to every element of the tree.
import { CONTENT_NAMES, ELEMENT_RULES, type ElementRule } from './rules.js';
import { attr, TEXT_TAG, type Tree } from './tree.js';

/** The first rule that matches element i, ignoring size guards. */
export function matchElementRule(tree: Tree, i: number): ElementRule | null {
  const tag = tree.tag[i]!;
  if (tag === TEXT_TAG || tag === 'body' || tag === 'html') return null;
  const names = tree.names[i]!;
  const contentLike = CONTENT_NAMES.test(names);
  let role: string | null | undefined;
  for (const rule of ELEMENT_RULES) {
    if (rule.tags) {
      if (rule.tags.has(tag)) return rule;
    } else if (rule.roles) {
      if (role === undefined) role = attr(tree, i, 'role')?.toLowerCase() ?? null;
      if (role && rule.roles.has(role)) return rule;
    } else if (rule.names) {
      if (!contentLike && names.length > 1 && rule.names.test(names)) return rule;
    } else if (rule.attribute) {
      const value = attr(tree, i, rule.attribute.name);
      if (value !== null && rule.attribute.value.test(value)) return rule;
    }
  }
  return null;
}

/**
 * Rule index + 1 for every element an element rule removes, 0 elsewhere. A rule never removes an element that
 * holds most of the page's text (`rawText` are the subtree text lengths before any removal): a wrapper named
 * "page-with-sidebar" is still the page.
 */
export function classify(tree: Tree, rawText: ArrayLike<number>): Uint16Array {
  const out = new Uint16Array(tree.size);
  const total = rawText[0] ?? 0;
  const singles = new Map<number, number[]>();
  for (let i = 0; i < tree.size; i++) {
    if (tree.tag[i] === TEXT_TAG) continue;
    const rule = matchElementRule(tree, i);
    if (!rule) continue;
    if (!rule.always && rawText[i]! > 0.5 * total && total > 500) continue;
    const r = ELEMENT_RULES.indexOf(rule) + 1;
    out[i] = r;
    if (rule.single) {
      const list = singles.get(r) ?? [];
      list.push(i);
      singles.set(r, list);
    }
  }
  for (const matches of singles.values()) if (matches.length > 1) for (const i of matches) out[i] = 0;
  return out;
}
