// The id of one request, carried from the access log into every log line and a 5xx body: the
// caller's `x-request-id` when it is a plausible id (a load balancer's), else a fresh UUID.
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export function requestIdOf(req: Request): string {
  const incoming = req.headers.get("x-request-id");
  return incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}
