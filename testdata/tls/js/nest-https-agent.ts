// payments.module.ts: outgoing calls to the payment provider go through a pinned-down agent.
import { HttpModule, HttpService } from '@nestjs/axios';
import { Injectable, Module } from '@nestjs/common';
import * as https from 'https';
import * as fs from 'fs';
import { firstValueFrom } from 'rxjs';

@Injectable()
export class PaymentsService {
  constructor(private readonly http: HttpService) {}

  async charge(orderId: string, amountCents: number): Promise<string> {
    const response = await firstValueFrom(
      this.http.post<{ id: string }>('/v2/charges', { orderId, amountCents }),
    );
    return response.data.id;
  }
}

@Module({
  imports: [
    HttpModule.register({
      baseURL: 'https://api.payments.example.com',
      timeout: 5000,
      httpsAgent: new https.Agent({
        keepAlive: true,
        minVersion: 'TLSv1.2',
        ciphers: [
          'TLS_AES_256_GCM_SHA384',
          'TLS_CHACHA20_POLY1305_SHA256',
          'ECDHE-ECDSA-AES256-GCM-SHA384',
          'ECDHE-RSA-AES256-GCM-SHA384',
        ].join(':'),
        ca: fs.readFileSync('/app/certs/payments-ca.pem'),
      }),
    }),
  ],
  providers: [PaymentsService],
  exports: [PaymentsService],
})
export class PaymentsModule {}
