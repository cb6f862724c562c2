'use strict';

const Router = require('@koa/router');
const ledger = require('../clients/ledger');

const router = new Router({ prefix: '/v1' });

router.post('/authorizations', async (ctx) => {
  const { orderId, amountCents } = ctx.request.body;
  if (!orderId || !Number.isInteger(amountCents)) ctx.throw(400, 'orderId and amountCents required');
  const entry = await ledger.hold({ orderId, amountCents, caller: ctx.state.caller });
  ctx.status = 201;
  ctx.body = { authorizationId: entry.id };
});

module.exports = router;
