// One error type for use cases and one JSON shape for clients: { error: { code, message } }.
// The codes are declared once (ZErrorCode); the runtime mapping and the OpenAPI error schema use it.
import { z } from "zod";

export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION_FAILED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ZErrorCode = z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]);

const DEFAULT_MESSAGE: Record<ErrorCode, string> = {
  BAD_REQUEST: "잘못된 요청입니다.",
  UNAUTHENTICATED: "로그인이 필요합니다.",
  FORBIDDEN: "권한이 없습니다.",
  NOT_FOUND: "찾을 수 없습니다.",
  CONFLICT: "이미 처리된 요청입니다.",
  VALIDATION_FAILED: "입력값을 확인해 주세요.",
  RATE_LIMITED: "요청이 너무 많습니다. 잠시 후 다시 시도해 주세요.",
  INTERNAL: "일시적인 오류가 발생했습니다.",
  UNAVAILABLE: "서비스를 일시적으로 사용할 수 없습니다.",
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

export const notFound = (what = "대상") => new AppError("NOT_FOUND", `${what}을(를) 찾을 수 없습니다.`);

export const ZErrorBody = z.object({
  error: z.object({
    code: ZErrorCode,
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
    requestId: z.string().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ZErrorBody>;

/** Maps anything thrown to a status and the public error body. Never leaks internals in a 5xx. */
export function toErrorBody(err: unknown): { status: number; body: ErrorBody } {
  if (err instanceof z.ZodError) err = AppError.fromZod(err);
  if (err instanceof AppError) {
    const body: ErrorBody = { error: { code: err.code, message: err.message } };
    if (err.fields) body.error.fields = err.fields;
    return { status: err.status, body };
  }
  return { status: 500, body: { error: { code: "INTERNAL", message: DEFAULT_MESSAGE.INTERNAL } } };
}
