// Dev stand-ins run until SIGINT/SIGTERM, then close their server and exit.
export function closeOnSignal(server: { close(): Promise<void> }): void {
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}
