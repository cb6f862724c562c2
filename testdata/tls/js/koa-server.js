'use strict';

// server.js: internal Koa service, mutual TLS towards the mesh's clients.
const fs = require('fs');
const https = require('https');
const Koa = require('koa');
const Router = require('@koa/router');

const app = new Koa();
const router = new Router();

router.get('/healthz', (ctx) => {
  ctx.body = { ok: true };
});

app.use(router.routes()).use(router.allowedMethods());

const key = fs.readFileSync('/etc/koa/tls/server.key');
const cert = fs.readFileSync('/etc/koa/tls/server.crt');
const ca = fs.readFileSync('/etc/koa/tls/clients-ca.crt');

https
  .createServer({ key, cert, ca, requestCert: true, rejectUnauthorized: true }, app.callback())
  .listen(8443, () => console.log('listening on 8443'));
