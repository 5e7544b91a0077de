import { Controller, Get, Inject, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, READERS, RequestUser, Roles, DistrictScope } from '@bs/api-core';
import type { PaymentPage } from '@bs/shared-model';
import { EXPORT_MIME_TYPES } from '../export/export-file';
import { PaymentPageResponse, PaymentQueryDto } from './payments.dto';
import { PaymentsService } from './payments.service';
import { KnownCodesPipe } from '@bs/api-db';

@ApiTags('execution')
@ApiBearerAuth()
@Roles(...READERS)
@DistrictScope('filter')
@Controller('payments')
export class PaymentsController {
  constructor(@Inject(PaymentsService) private readonly service: PaymentsService) {}

  @Get()
  @ApiOperation({
    summary:
      'Treasury payment vouchers: keyset pages with total count and exact sum of the filtered set; csv/xlsx streams every matching voucher',
  })
  @ApiProduces(...EXPORT_MIME_TYPES)
  @ApiOkResponse({ type: PaymentPageResponse })
  @ApiBadRequestResponse({ description: 'invalid filter, or a cursor made for another sort order' })
  payments(
    @Query(KnownCodesPipe) q: PaymentQueryDto,
    @CurrentUser() user?: RequestUser,
  ): Promise<PaymentPage | StreamableFile> {
    return this.service.payments(q, user);
  }
}
