// GET /api/products – membership tiers and the match fee (public price table)
import { route } from "@/lib/http/route";
import { listProductsOperation } from "@/lib/payments/list-products";

export const GET = route(listProductsOperation);
