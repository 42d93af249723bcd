// The contract between the delivery job (deliver.ts) and a channel adapter. The job hands over ids,
// the rendered template and the link; the adapter looks up the recipient's contact itself, so phone
// numbers and addresses are decrypted only inside it and never leave it (not returned, not logged).
import type { DeliveryChannel, NotificationKind } from "@/lib/generated/prisma/enums";
import type { RenderedNotification } from "./templates";

export type OutgoingNotification = {
  /** the notification's id */
  id: string;
  deliveryId: string;
  userId: string;
  kind: NotificationKind;
  createdAt: Date;
  rendered: RenderedNotification;
  /** absolute link to the notification's page */
  url: string;
};

/**
 * sent: the provider accepted it (its message id when it gives one) · retry: try again later (5xx,
 * timeout) · failed: this channel cannot deliver it (wrong number, blocked, no contact): the next
 * channel stands in. `code` is a provider or our code, never PII.
 */
export type SendResult = { status: "sent"; providerMessageId: string | null } | { status: "retry"; code: string } | { status: "failed"; code: string };

export interface NotificationChannel {
  /** the name listed in NOTIFICATION_CHANNELS */
  readonly name: string;
  readonly channel: DeliveryChannel;
  send(n: OutgoingNotification): Promise<SendResult>;
}
