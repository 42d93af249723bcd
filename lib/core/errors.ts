// One error type for use cases and one JSON shape for clients: { error: { code, message } }.
// The codes are declared once (ZErrorCode); the runtime mapping and the OpenAPI error schema use it.
import { z } from "zod";
import { eulReul } from "./josa";

export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNSUPPORTED_MEDIA_TYPE: 415,
  VALIDATION_FAILED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ZErrorCode = z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]);

const DEFAULT_MESSAGE: Record<ErrorCode, string> = {
  BAD_REQUEST: "요청을 처리할 수 없어요. 새로고침한 뒤 다시 시도해 주세요.",
  UNAUTHENTICATED: "로그인이 필요해요. 다시 로그인해 주세요.",
  FORBIDDEN: "이용할 수 있는 권한이 없어요.",
  NOT_FOUND: "찾으시는 내용이 없어요.",
  CONFLICT: "이미 처리된 요청이에요. 새로고침해서 최신 상태를 확인해 주세요.",
  UNSUPPORTED_MEDIA_TYPE: "요청 본문은 application/json 형식이어야 합니다.",
  VALIDATION_FAILED: "입력한 내용을 확인해 주세요.",
  RATE_LIMITED: "요청이 너무 많아요. 잠시 후 다시 시도해 주세요.",
  INTERNAL: "일시적인 오류가 생겼어요. 잠시 후 다시 시도해 주세요.",
  UNAVAILABLE: "지금은 서비스를 이용할 수 없어요. 잠시 후 다시 시도해 주세요.",
};

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields?: FieldErrors;

  constructor(code: ErrorCode, message?: string, opts?: { fields?: FieldErrors; cause?: unknown }) {
    super(message ?? DEFAULT_MESSAGE[code], { cause: opts?.cause });
    this.name = "AppError";
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.fields = opts?.fields;
  }

  static fromZod(error: z.ZodError): AppError {
    const fields: FieldErrors = {};
    for (const issue of error.issues) {
      const key = issue.path.join(".") || "_";
      (fields[key] ??= []).push(issue.message);
    }
    const first = error.issues[0]?.message;
    return new AppError("VALIDATION_FAILED", first ?? DEFAULT_MESSAGE.VALIDATION_FAILED, { fields });
  }
}

export const notFound = (what = "대상") => new AppError("NOT_FOUND", `${eulReul(what)} 찾을 수 없어요.`);

export const ZErrorBody = z.object({
  error: z.object({
    code: ZErrorCode,
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
    requestId: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ZErrorBody>;

// A database that is down, restarting, out of connections or unreachable: retryable, so 503 (not 500).
// Prisma's own codes, PostgreSQL SQLSTATEs (class 08 connection, 57P0x shutdown, 53300 too many
// connections), Node socket errors, and the driver adapter's error kinds — found anywhere in the cause chain.
const UNAVAILABLE_CODES = new Set([
  "P1001", "P1002", "P1008", "P1017", "P2024", "P2028",
  "57P01", "57P02", "57P03", "53300", "53000", "08000", "08001", "08003", "08004", "08006",
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND", "EAI_AGAIN",
]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "DatabaseDoesNotExist", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TransactionAlreadyClosed"]);
const UNAVAILABLE_MESSAGE = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Can't reach database server|Connection closed|server closed the connection|the database system is (shutting down|starting up)|terminating connection due to administrator command|Client has encountered a connection error/i;

/** True when `err` (or anything it wraps) says the database is unavailable rather than the query wrong. */
export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== "object" || depth > 6) return false;
  const e = err as { code?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: unknown; errors?: unknown };
  if (typeof e.code === "string" && UNAVAILABLE_CODES.has(e.code)) return true;
  if (typeof e.originalCode === "string" && UNAVAILABLE_CODES.has(e.originalCode)) return true;
  if (typeof e.kind === "string" && UNAVAILABLE_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  const meta = e.meta as { driverAdapterError?: unknown } | undefined;
  if (meta && isDatabaseUnavailable(meta.driverAdapterError, depth + 1)) return true;
  if (Array.isArray(e.errors) && e.errors.some((x) => isDatabaseUnavailable(x, depth + 1))) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

/** Seconds a client should wait before retrying a 503 caused by the database. */
export const DB_RETRY_AFTER_SECONDS = 5;

/** Maps anything thrown to a status and the public error body. Never leaks internals in a 5xx. */
export function toErrorBody(err: unknown): { status: number; body: ErrorBody; retryAfter?: number; dbUnavailable?: boolean } {
  if (err instanceof z.ZodError) err = AppError.fromZod(err);
  if (err instanceof AppError && !(err.code === "INTERNAL" && isDatabaseUnavailable(err.cause))) {
    const body: ErrorBody = { error: { code: err.code, message: err.message } };
    if (err.fields) body.error.fields = err.fields;
    return { status: err.status, body };
  }
  if (isDatabaseUnavailable(err)) {
    return { status: 503, body: { error: { code: "UNAVAILABLE", message: "일시적으로 서비스에 연결할 수 없어요. 잠시 후 다시 시도해 주세요." } }, retryAfter: DB_RETRY_AFTER_SECONDS, dbUnavailable: true };
  }
  return { status: 500, body: { error: { code: "INTERNAL", message: DEFAULT_MESSAGE.INTERNAL } } };
}
