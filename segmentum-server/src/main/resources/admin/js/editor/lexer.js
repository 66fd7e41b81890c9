// Tokens of the segment query language (LANGUAGE.md §2), for highlighting and for working out what to
// suggest at the caret. Lenient: text it cannot read becomes an "error" token and lexing goes on; the
// server's diagnostics remain the judge of what is valid.

const KEYWORDS = new Set(['AND', 'OR', 'NOT', 'BETWEEN', 'CONTAINS', 'MATCHES', 'IN', 'IS', 'NULL', 'TRUE', 'FALSE']);
const NAMED_DATES = new Set(['today', 'yesterday']);
const PATTERNS = [
  ['string', /'(?:\\.|[^'\\])*(?:'|$)/y],
  ['date', /\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2})?(?![\w.])/y],
  ['date', /[+-]\d+[dwmy](?![\w.])/y],
  ['date', /\d+_(?:days|months)_ago(?![\w.])/y],
  ['number', /-?\d+(?:\.\d+)?(?![\w])/y],
  ['word', /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*/y],
  ['op', />=|<=|!=|=|>|</y],
  ['punct', /[(),:]/y],
];

/**
 * The tokens of `text`: {kind, start, end, text, upper}, kind being keyword, name, string, number, date,
 * op, punct or error. Whitespace is not a token.
 */
export function lex(text) {
  const tokens = [];
  let at = 0;
  while (at < text.length) {
    const c = text[at];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      at += 1;
      continue;
    }
    let token = null;
    for (const [kind, pattern] of PATTERNS) {
      pattern.lastIndex = at;
      const match = pattern.exec(text);
      if (match && match[0].length > 0) {
        token = { kind, start: at, end: at + match[0].length, text: match[0] };
        break;
      }
    }
    if (!token) token = { kind: 'error', start: at, end: at + 1, text: c };
    if (token.kind === 'word') {
      const upper = token.text.toUpperCase();
      if (KEYWORDS.has(upper)) token.kind = 'keyword';
      else if (NAMED_DATES.has(token.text)) token.kind = 'date';
      else token.kind = 'name';
    }
    if (token.kind === 'string' && (token.text.length < 2 || !token.text.endsWith("'") || token.text.endsWith("\\'"))) {
      token.unterminated = true;
    }
    token.upper = token.text.toUpperCase();
    tokens.push(token);
    at = token.end;
  }
  return tokens;
}
