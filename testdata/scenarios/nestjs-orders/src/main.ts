import * as fs from 'fs';
import { NestFactory } from '@nestjs/core';
import { Logger } from '@nestjs/common';
import { AppModule } from './app.module';

async function bootstrap() {
  // Mutual TLS: every caller (payments, shipping, the gateway) presents a certificate
  // issued by the shop internal CA.
  const app = await NestFactory.create(AppModule, {
    httpsOptions: {
      key: fs.readFileSync('/app/certs/server.key'),
      cert: fs.readFileSync('/app/certs/server.crt'),
      ca: fs.readFileSync('/app/certs/ca.crt'),
      requestCert: true,
      rejectUnauthorized: true,
      minVersion: 'TLSv1.2',
    },
  });
  app.enableShutdownHooks();
  const port = Number(process.env.PORT ?? 8443);
  await app.listen(port);
  Logger.log(`orders listening on https://0.0.0.0:${port}`, 'Bootstrap');
}

bootstrap();
