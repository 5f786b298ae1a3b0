// Colour on standard error, for a person at a terminal only: never when the stream is not a terminal,
// when NO_COLOR is set to anything (https://no-color.org) or when TERM is "dumb".

export interface Style {
  readonly warn: (text: string) => string;
  readonly bad: (text: string) => string;
}

export function styleFor(out: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Style {
  const on = out.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
  const wrap = (open: number) => (text: string) => (on ? `\x1b[${open}m${text}\x1b[39m` : text);
  return { warn: wrap(33), bad: wrap(31) };
}
