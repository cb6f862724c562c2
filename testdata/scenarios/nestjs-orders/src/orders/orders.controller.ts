import { Body, Controller, Get, Param, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import type { TLSSocket } from 'tls';
import { PaymentsClient } from '../payments/payments.client';

interface CreateOrder {
  sku: string;
  quantity: number;
}

@Controller('orders')
export class OrdersController {
  constructor(private readonly payments: PaymentsClient) {}

  @Get(':id')
  find(@Param('id') id: string) {
    return { id, status: 'pending' };
  }

  @Post()
  async create(@Body() order: CreateOrder, @Req() req: Request) {
    const peer = (req.socket as TLSSocket).getPeerCertificate();
    const id = `ord_${Date.now()}`;
    await this.payments.authorize(id, order.quantity * 1000);
    return { id, createdBy: peer.subject?.CN };
  }
}
