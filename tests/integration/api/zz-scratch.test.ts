import { it } from 'vitest';
import { DemoBackend } from '@mocks/backend/demo-backend';
const ANCHOR = Date.parse('2026-11-22T12:00:00Z');
it('explore', () => {
  const b = new DemoBackend({ seedOrders: 200, anchorMs: ANCHOR, now: () => new Date(ANCHOR) });
  const all = b.list({ status: 'all', q: '', sort: '-createdAt', page: 1, pageSize: 250 });
  console.log(JSON.stringify(all.counts));
  for (const o of all.items.slice(0, 14)) console.log(o.id, o.code, o.status, o.createdAt, o.paidAt, o.customer.name, o.shippingAddress.line1, o.shippingAddress.country, o.shippingMethod, o.items.map(i=>i.productId+':'+i.kind).join(','), o.refundRequests.length);
  const names = new Set(all.items.map(o => o.customer.name));
  console.log([...names].filter(n => /Zoë|Ł|Ø|ü/.test(n)));
  const ip = all.items.filter(o => o.status==='in_production');
  console.log('inprod', ip.map(o=>o.id+':'+o.items.map(i=>i.kind).join('/')+':'+o.refundRequests.length).join(' '));
  console.log('shipped', all.items.filter(o=>o.status==='shipped').slice(0,3).map(o=>o.id+':'+o.refundRequests.length).join(' '));
  console.log('cities', [...new Set(all.items.map(o=>o.shippingAddress.city))].join('|'));
  console.log('pobox', all.items.filter(o=>/box|pob/i.test(o.shippingAddress.line1)).map(o=>o.id+':'+o.status+':'+o.shippingAddress.line1).join(' '));
});
