// Outside production every JSON response is parsed with its operation's declared output schema, and
// any field the schema does not declare is refused too: a handler that drifts from its documented
// contract (or starts leaking a field) fails the request, so the test suites catch it.
import type { Operation } from "@/lib/core/operation";

export class ResponseContractError extends Error {
  constructor(op: Operation, detail: string) {
    super(`${op.method} ${op.path}: response does not match its declared schema: ${detail}`);
    this.name = "ResponseContractError";
  }
}

/** Paths present in `actual` that the parsed (declared) value does not have. */
function undeclared(actual: unknown, declared: unknown, path = "$"): string[] {
  if (Array.isArray(actual) && Array.isArray(declared)) return actual.flatMap((v, i) => undeclared(v, declared[i], `${path}[${i}]`));
  if (actual && typeof actual === "object" && declared && typeof declared === "object" && !(actual instanceof Date)) {
    return Object.entries(actual).flatMap(([k, v]) =>
      v === undefined ? [] : k in declared ? undeclared(v, (declared as Record<string, unknown>)[k], `${path}.${k}`) : [`${path}.${k}`],
    );
  }
  return [];
}

export function checkResponse(op: Operation, status: number, body: unknown) {
  const expected = [op.status ?? 200, ...(op.otherStatuses ?? [])];
  if (!expected.includes(status)) throw new ResponseContractError(op, `status ${status} is not declared`);
  const wire = JSON.parse(JSON.stringify(body ?? null));
  const parsed = op.output.safeParse(wire);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ResponseContractError(op, `${first?.path.join(".") || "$"}: ${first?.message}`);
  }
  const extra = undeclared(wire, parsed.data);
  if (extra.length) throw new ResponseContractError(op, `undeclared field(s) ${extra.slice(0, 5).join(", ")}`);
}
