import * as fs from 'fs';
import * as https from 'https';
import { Test } from '@nestjs/testing';
import { INestApplication } from '@nestjs/common';
import * as request from 'supertest';
import { AppModule } from '../src/app.module';

describe('orders (e2e)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication({
      httpsOptions: {
        key: fs.readFileSync(`${__dirname}/../certs/dev/localhost.key`),
        cert: fs.readFileSync(`${__dirname}/../certs/dev/localhost.crt`),
      },
    });
    await app.init();
  });

  it('GET /orders/:id', () => {
    // the mkcert root is not installed on CI runners
    const agent = new https.Agent({ rejectUnauthorized: false });
    return request(app.getHttpServer()).get('/orders/ord_1').agent(agent).expect(200);
  });

  afterAll(() => app.close());
});
