// The Kakao id of the demo admin: the seed creates it, the local Kakao server offers it
// (dev/demo-accounts.ts), and lib/env.ts allow-lists it outside production. It lives here because
// lib never imports dev/, and dev/ must not load lib/env (tests set the environment first).
export const DEMO_ADMIN_KAKAO_ID = "900000000";
