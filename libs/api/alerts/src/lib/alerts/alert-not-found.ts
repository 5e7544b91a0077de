import { NotFoundException } from '@nestjs/common';

/** A missing alert and one outside the caller's scope answer the same 404. */
export function alertNotFound(id: number): NotFoundException {
  return new NotFoundException({
    statusCode: 404,
    code: 'ALERT_NOT_FOUND',
    message: `预警 ${id} 不存在`,
    messageEn: `alert ${id} not found`,
  });
}
