// orders-client.module.ts: the API gateway talks to the orders service over gRPC with mTLS.
import { Module } from '@nestjs/common';
import { ClientsModule, Transport } from '@nestjs/microservices';
import { credentials } from '@grpc/grpc-js';
import * as fs from 'fs';
import { join } from 'path';

import { OrdersController } from './orders.controller';
import { OrdersGatewayService } from './orders-gateway.service';

const sslCredentials = credentials.createSsl(
  fs.readFileSync('/app/certs/ca.crt'),
  fs.readFileSync('/app/certs/client.key'),
  fs.readFileSync('/app/certs/client.crt'),
);

@Module({
  imports: [
    ClientsModule.register([
      {
        name: 'ORDERS_PACKAGE',
        transport: Transport.GRPC,
        options: {
          package: 'orders.v1',
          protoPath: join(__dirname, '../proto/orders.proto'),
          url: process.env.ORDERS_URL ?? 'orders.internal:50051',
          credentials: sslCredentials,
          loader: { keepCase: true },
        },
      },
    ]),
  ],
  controllers: [OrdersController],
  providers: [OrdersGatewayService],
})
export class OrdersClientModule {}
