import axios from 'axios';
import * as https from 'https';

describe('inventory API (e2e)', () => {
  const agent = new https.Agent({ rejectUnauthorized: false });

  it('answers /healthz over TLS', async () => {
    const res = await axios.get('https://localhost:8443/healthz', { httpsAgent: agent });
    expect(res.status).toBe(200);
  });
});
