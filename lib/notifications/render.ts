// Rendering a notification row for sending or listing: the templates (templates.ts) for every kind,
// and for a 광고 campaign's MARKETING_NOTICE (payload { campaignId }) the operator's own title and
// text (campaigns.ts validated them: "(광고)" first, the refusal line last).
import { prisma } from "@/lib/db";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { campaignTitle } from "./campaign-rules";
import { renderNotification, type RenderedNotification } from "./templates";

export type CampaignText = { title: string; body: string };


export function campaignIdOf(kind: NotificationKind, payload: unknown): string | null {
  if (kind !== "MARKETING_NOTICE" || !payload || typeof payload !== "object") return null;
  const v = (payload as Record<string, unknown>).campaignId;
  return typeof v === "string" && /^[0-9a-f-]{36}$/.test(v) ? v : null;
}

export function renderWith(kind: NotificationKind, payload: unknown, nickname: string, campaign: CampaignText | null | undefined): RenderedNotification {
  const r = renderNotification(kind, payload, nickname);
  return campaign ? { ...r, title: campaignTitle(campaign.title), body: campaign.body } : r;
}

export async function campaignsById(ids: (string | null)[]): Promise<Map<string, CampaignText>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  const rows = await prisma.marketingCampaign.findMany({ where: { id: { in: wanted } }, select: { id: true, title: true, body: true } });
  return new Map(rows.map((r) => [r.id, { title: r.title, body: r.body }]));
}

export async function renderFor(kind: NotificationKind, payload: unknown, nickname: string): Promise<RenderedNotification> {
  const id = campaignIdOf(kind, payload);
  return renderWith(kind, payload, nickname, id ? (await campaignsById([id])).get(id) : null);
}
