/**
 * The demo store and its user, the same on the demo (MSW) and on a server's first start. The
 * password is published (README, sign-in page): it opens a store of made-up orders.
 */
export const DEMO_MERCHANT = { id: 'mer_demo', name: 'Orderdesk Demo Store' } as const;
export const DEMO_USER = { id: 'usr_demo', name: 'Ana Souza', email: 'demo@orderdesk.test' } as const;
export const DEMO_PASSWORD = 'orderdesk-demo';
