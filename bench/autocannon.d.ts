// Minimal types for the parts of autocannon bench/api-load.ts uses (the package ships none).
declare module "autocannon" {
  namespace autocannon {
    type Options = { url: string; connections?: number; duration?: number; requests?: unknown[]; headers?: Record<string, string> };
    type Result = { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number };
  }
  function autocannon(opts: autocannon.Options): Promise<autocannon.Result>;
  export default autocannon;
}
