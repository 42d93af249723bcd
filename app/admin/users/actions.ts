"use server";
// /admin/users search: the form posts here (derived from POST /api/admin/users/search), so a phone
// number or real name never lands in the URL; the list opens with the sealed token instead.
import { redirect } from "next/navigation";
import { action } from "@/lib/http/action";
import { createSearchOperation } from "@/lib/admin/search-token";

const FILTERS = ["status", "gender", "membership", "paid", "matched", "ageMin", "ageMax", "region", "sort"];

export const searchUsersAction = action(createSearchOperation, {
  form: (fd) => {
    const filters = new URLSearchParams();
    for (const k of FILTERS) {
      const v = fd.get(k);
      if (typeof v === "string" && v) filters.set(k, v);
    }
    const query = fd.get("query");
    return { ...(typeof query === "string" && query.trim() ? { query } : {}), filters: filters.toString() };
  },
  done: (r) => redirect(r.location),
});
