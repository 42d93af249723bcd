// FormData → the raw input of an operation, for `action(op, { form })` (lib/http/action.ts). The
// operation's schema still does all the checking; these only say what a form's controls mean in the
// JSON the API takes: an optional field left blank is absent, a checkbox is a boolean, an amount
// typed with separators ("50,000") is a number. Only the named fields are taken, so a form's other
// controls (a confirmation box, a filter) never reach a strict body schema.
type Raw = Record<string, unknown>;

/** The named text fields; blank ones (after trimming) left out, as an optional field absent from JSON. */
export function filled(fd: FormData, ...names: string[]): Raw {
  const out: Raw = {};
  for (const name of names) {
    const v = fd.get(name);
    if (typeof v === "string" && v.trim() !== "") out[name] = v;
  }
  return out;
}

/** A checkbox: checked ("on", or "true" from a hidden field) or not. */
export const checkbox = (fd: FormData, name: string): boolean => fd.get(name) === "on" || fd.get(name) === "true";

/**
 * A whole number typed by a person ("50,000", "50000원") → a number; blank → undefined; anything else
 * is passed on unchanged so the schema answers with its own message.
 */
export function wholeNumber(fd: FormData, name: string): number | string | undefined {
  const v = fd.get(name);
  if (typeof v !== "string" || v.trim() === "") return undefined;
  const digits = v.replace(/[\s,]/g, "").replace(/원$/, "");
  return /^-?\d+$/.test(digits) ? Number(digits) : v;
}

/** A date input ("YYYY-MM-DD") → the end of that day on the Seoul clock as an ISO instant; blank → null. */
export function endOfSeoulDay(fd: FormData, name: string): string | null {
  const v = fd.get(name);
  if (typeof v !== "string" || v.trim() === "") return null;
  // anything that is not a date input's value is passed on for the schema to refuse
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const at = new Date(`${v}T23:59:59.999+09:00`);
  return Number.isNaN(at.getTime()) ? v : at.toISOString();
}
