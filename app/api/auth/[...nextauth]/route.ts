// GET|POST /api/auth/* – Auth.js (Kakao sign-in, session, sign-out); sign-in is rate-limited per IP
import { authRouteHandlers } from "@/lib/http/auth-routes";

export const { GET, POST } = authRouteHandlers;
