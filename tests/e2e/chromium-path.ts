// Where the system Chromium is (Debian: /usr/bin/chromium); CHROMIUM_PATH overrides.
import { existsSync } from "node:fs";

export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  return candidates.find((p): p is string => !!p && existsSync(p));
}
