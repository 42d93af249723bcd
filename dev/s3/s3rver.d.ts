// Minimal typings for s3rver 3.7 (the package ships none): only what dev/s3/server.ts uses.
declare module "s3rver" {
  import type { IncomingHttpHeaders, IncomingMessage, Server } from "node:http";
  import type { AddressInfo } from "node:net";

  export type S3rverContext = {
    method: string;
    req: IncomingMessage;
    headers: IncomingHttpHeaders;
    status: number;
    body: unknown;
    type: string;
    set(name: string, value: string): void;
    get(name: string): string;
  };
  export type S3rverMiddleware = (ctx: S3rverContext, next: () => Promise<void>) => Promise<void> | void;

  export type S3rverOptions = {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    resetOnClose?: boolean;
    allowMismatchedSignatures?: boolean;
    vhostBuckets?: boolean;
    configureBuckets?: { name: string; configs?: (string | Buffer)[] }[];
  };

  export default class S3rver {
    constructor(options?: S3rverOptions);
    /** Koa's middleware stack, composed when the server starts listening */
    middleware: S3rverMiddleware[];
    httpServer?: Server;
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  }
}
