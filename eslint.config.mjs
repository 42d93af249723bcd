// ESLint flat config: Next's core-web-vitals + TypeScript rules, and the import boundaries of
// docs/architecture.md ("Layers"). Import cycles between lib domains are checked by
// dependency-cruiser (.dependency-cruiser.cjs), also part of `npm run lint`.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const NEXT = { group: ["next", "next/*", "next-auth", "next-auth/*"], message: "Only the framework glue (lib/http, lib/auth) imports Next.js or Auth.js." };
const DEV = { group: ["@/dev/*", "**/dev/*"], message: "dev/ holds local stand-ins for Kakao, Toss and S3; the app never imports them." };
const UI = { group: ["@/app/*", "@/components/*", "**/app/*", "**/components/*"], message: "lib/ knows nothing of pages or components." };
const LIB_IN_CORE = {
  group: ["@/lib/*", "!@/lib/core", "!@/lib/core/*", "!@/lib/generated", "../*"],
  message: "lib/core is the shared kernel: it imports nothing of lib but itself and the generated Prisma enums and types.",
};
const APP_IN_COMPONENTS = {
  group: ["@/app/*", "**/app/*"],
  message: "Components import nothing from app/: a page passes its server actions to a client component as props.",
};

const restrict = (...patterns) => ["error", { patterns }];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ["node_modules/**", ".next/**", ".next-*/**", "lib/generated/**", "data/**", ".tmp/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    files: ["tests/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  // Later blocks replace the rule's options for the files they match, so each block lists all of its folder's limits.
  { files: ["lib/**/*.{ts,tsx}"], rules: { "no-restricted-imports": restrict(NEXT, DEV, UI) } },
  { files: ["lib/http/**/*.{ts,tsx}", "lib/auth/**/*.{ts,tsx}"], rules: { "no-restricted-imports": restrict(DEV, UI) } },
  { files: ["lib/core/**/*.{ts,tsx}"], rules: { "no-restricted-imports": restrict(NEXT, DEV, UI, LIB_IN_CORE) } },
  { files: ["components/**/*.{ts,tsx}"], rules: { "no-restricted-imports": restrict(APP_IN_COMPONENTS) } },
  {
    // Temporary: removed once the page actions are derived from operations (pages then pass the
    // actions to these components as props). Do not add files to this list.
    name: "temporary/components-importing-app-actions",
    files: [
      "components/admin/memo-editor.tsx",
      "components/admin/pii-reveal.tsx",
      "components/admin/run-recs-form.tsx",
      "components/matching/contact-consent-form.tsx",
      "components/matching/match-feedback-form.tsx",
      "components/members/block-report-menu.tsx",
      "components/members/member-nav.tsx",
      "components/members/onboarding-form.tsx",
      "components/members/withdraw-form.tsx",
      "components/payments/admin-payment-forms.tsx",
      "components/payments/match-fee-card.tsx",
      "components/profiles/preferences-form.tsx",
      "components/profiles/profile-form.tsx",
      "components/recommendations/like-button.tsx",
      "components/recommendations/recommendation-card.tsx",
    ],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;
