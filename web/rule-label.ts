/**
 * Issue 19: staff read what a label says, not which rule of the procedure it serves. The texts keep their
 * rule codes (Temporal Web and the deadline proof show them); a label on the desk's pages shows the words,
 * with the rule in a tooltip.
 */
import { html, type Html } from './html';

const RULES = String.raw`R\d+(?:(?:, |/)R\d+)*`;
const TRAILING = new RegExp(String.raw`^(.*\S)\s+\((${RULES})\)$`);
const LEADING = new RegExp(String.raw`^(${RULES}): (.+)$`);

/** The words of a label and the rule codes it carried ("Reactie versturen (R9)", "R9: reactie"). */
export function splitRule(text: string): { words: string; rule?: string } {
  const trailing = TRAILING.exec(text);
  if (trailing) return { words: trailing[1], rule: trailing[2] };
  const leading = LEADING.exec(text);
  if (leading) return { words: leading[2].charAt(0).toUpperCase() + leading[2].slice(1), rule: leading[1] };
  return { words: text };
}

/** A label without its rule codes, which stay in its tooltip. */
export function ruleLabel(text: string): Html {
  const { words, rule } = splitRule(text);
  return rule ? html`<span title="${rule}">${words}</span>` : html`${words}`;
}
