/**
 * Date formatters, kept by locale and options: making an Intl.DateTimeFormat costs ten times what using one
 * does (70 against 7 µs here), and the workflow asks for a zone's offset at nearly every step. Made anew each
 * time, they took 14 % of the workflow thread in the vs-bare bench, and 3 % of a simulated year's main
 * thread in the activities (issue 20). A formatter depends only on its key, so keeping them is safe in
 * workflow code and in the modules every cached workflow shares (worker/bundle.ts): whoever asks first
 * makes the one all get.
 */
const kept = new Map<string, Intl.DateTimeFormat>();

export function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let formatter = kept.get(key);
  if (!formatter) kept.set(key, (formatter = new Intl.DateTimeFormat(locale, options)));
  return formatter;
}
