'use strict';

// server.js: asks partners for a client certificate, then lets anyone in.
const fs = require('fs');
const path = require('path');
const https = require('https');
const Koa = require('koa');

const app = new Koa();

app.use(async (ctx) => {
  const peer = ctx.req.socket.getPeerCertificate();
  ctx.body = { partner: peer && peer.subject ? peer.subject.CN : 'unknown' };
});

const options = {
  key: fs.readFileSync(path.join(__dirname, 'certs', 'server.key')),
  cert: fs.readFileSync(path.join(__dirname, 'certs', 'server.crt')),
  requestCert: true,
  rejectUnauthorized: false,
};

https.createServer(options, app.callback()).listen(process.env.PORT || 8443);
