// The delivery job's pace toward providers (lib/notifications/pace.ts), shared by every instance
// through the rate-limit store's Redis when REDIS_URL is set, else kept in this process.
import { rateLimitStore } from "@/lib/http/rate-limit";
import { createPacer } from "@/lib/notifications/pace";

export const providerPace = createPacer({
  store: () => {
    const s = rateLimitStore();
    return s.kind === "redis" ? { kind: "redis", client: s.client, prefix: s.prefix } : { kind: "local" };
  },
});
