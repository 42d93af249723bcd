// GET|POST /api/auth/* – Auth.js (Kakao sign-in, session, sign-out)
import { handlers } from "@/lib/auth";

export const { GET, POST } = handlers;
