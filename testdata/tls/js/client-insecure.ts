// inventory-client.ts: clients for the inventory and pricing services.
import axios from 'axios';
import got from 'got';
import * as https from 'node:https';
import * as tls from 'node:tls';

const insecureAgent = new https.Agent({
  keepAlive: true,
  rejectUnauthorized: false,
  checkServerIdentity: () => undefined,
});

export const inventoryClient = axios.create({
  baseURL: process.env.INVENTORY_URL,
  httpsAgent: insecureAgent,
  timeout: 3000,
});

export const pricingClient = got.extend({
  prefixUrl: process.env.PRICING_URL,
  https: {
    rejectUnauthorized: false,
    certificate: undefined,
  },
});

export function openAuditStream(host: string): tls.TLSSocket {
  return tls.connect(6514, host, {
    servername: host,
    checkServerIdentity(hostname, cert) {
      return undefined;
    },
  });
}
