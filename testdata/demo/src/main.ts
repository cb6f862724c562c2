import * as fs from 'fs';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';

async function bootstrap() {
  const app = await NestFactory.create(AppModule, {
    httpsOptions: {
      key: fs.readFileSync('/etc/orders/tls/server.key'),
      cert: fs.readFileSync('/etc/orders/tls/server.crt'),
      ca: fs.readFileSync('/etc/orders/tls/ca.crt'),
      requestCert: true,
      // TODO: re-enable once every client has a certificate from the new CA
      rejectUnauthorized: false,
    },
  });
  app.enableShutdownHooks();
  const port = Number(process.env.PORT ?? 8443);
  await app.listen(port);
  Logger.log(`orders-api listening on :${port} (mTLS)`, 'Bootstrap');
}

bootstrap();
