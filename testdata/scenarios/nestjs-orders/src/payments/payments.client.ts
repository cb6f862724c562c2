import * as fs from 'fs';
import * as https from 'https';
import { Injectable } from '@nestjs/common';

// Outgoing mTLS to the payments service: our server certificate doubles as client certificate.
@Injectable()
export class PaymentsClient {
  private readonly agent = new https.Agent({
    key: fs.readFileSync('/app/certs/server.key'),
    cert: fs.readFileSync('/app/certs/server.crt'),
    ca: fs.readFileSync('/app/certs/ca.crt'),
    keepAlive: true,
  });

  authorize(orderId: string, amountCents: number): Promise<void> {
    const body = JSON.stringify({ orderId, amountCents });
    return new Promise((resolve, reject) => {
      const req = https.request(
        {
          host: process.env.PAYMENTS_HOST ?? 'payments.payments.svc',
          port: 9443,
          path: '/v1/authorizations',
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.statusCode && res.statusCode < 300 ? resolve() : reject(new Error(`payments: ${res.statusCode}`));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }
}
