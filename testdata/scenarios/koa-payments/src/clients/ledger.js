'use strict';

const fs = require('fs');
const https = require('https');

const dir = process.env.LEDGER_TLS_DIR || '/run/secrets';

// Outgoing mTLS to the ledger with our client certificate.
const agent = new https.Agent({
  cert: fs.readFileSync('/app/certs/clients/ledger-client.crt'),
  key: fs.readFileSync(`${dir}/ledger-client.key`),
  ca: fs.readFileSync('/app/certs/ca.crt'),
  minVersion: 'TLSv1.2',
  ciphers: 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:!aNULL:!MD5:!RC4',
  keepAlive: true,
});

function hold(entry) {
  const body = JSON.stringify(entry);
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: process.env.LEDGER_HOST || 'ledger.ledger.svc',
        port: 9443,
        path: '/v2/holds',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        let data = '';
        res.on('data', (c) => (data += c));
        res.on('end', () => (res.statusCode === 201 ? resolve(JSON.parse(data)) : reject(new Error(data))));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

module.exports = { hold };
