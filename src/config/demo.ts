/**
 * The demo store's published sign-in, shown on the sign-in page where the demo backend runs (the
 * dashboard never imports the backend; a test checks these match src/backend/demo-store.ts).
 */
export const DEMO_SIGN_IN = { email: 'demo@orderdesk.test', password: 'orderdesk-demo' } as const;
