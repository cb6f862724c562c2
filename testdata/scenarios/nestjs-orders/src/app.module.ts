import { Module } from '@nestjs/common';
import { OrdersController } from './orders/orders.controller';
import { PaymentsClient } from './payments/payments.client';

@Module({
  controllers: [OrdersController],
  providers: [PaymentsClient],
})
export class AppModule {}
