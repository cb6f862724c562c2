'use strict';

const fs = require('fs');
const https = require('https');
const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const pino = require('pino');

const authorizations = require('./routes/authorizations');

const log = pino();
const app = new Koa();

app.use(bodyParser());
app.use(async (ctx, next) => {
  // Callers are identified by their client certificate (orders, refunds, the back office).
  const peer = ctx.req.socket.getPeerCertificate();
  ctx.state.caller = peer && peer.subject ? peer.subject.CN : undefined;
  if (!ctx.state.caller) ctx.throw(401, 'client certificate required');
  await next();
});
app.use(authorizations.routes());

const options = {
  key: fs.readFileSync(process.env.TLS_KEY_PATH || '/run/secrets/payments.key'),
  cert: fs.readFileSync(process.env.TLS_CERT_PATH || '/app/certs/payments.crt'),
  ca: fs.readFileSync(process.env.TLS_CA_PATH || '/app/certs/ca.crt'),
  requestCert: true,
  // TODO(PAY-412): the back office still presents a certificate from the old CA
  rejectUnauthorized: false,
  // legacy card terminals proxy through us
  minVersion: 'TLSv1',
};

https.createServer(options, app.callback()).listen(Number(process.env.PORT || 9443), () => {
  log.info('payments listening');
});
