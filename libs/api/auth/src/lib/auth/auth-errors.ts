import { HttpException, HttpStatus, UnauthorizedException } from '@nestjs/common';

export function invalidCredentials(): UnauthorizedException {
  return new UnauthorizedException({
    statusCode: 401,
    message: '用户名或密码错误',
    messageEn: 'invalid username or password',
  });
}

export function tooManyAttempts(retryAfterSeconds: number): HttpException {
  return new HttpException(
    {
      statusCode: 429,
      message: `登录尝试过于频繁，请 ${retryAfterSeconds} 秒后再试`,
      messageEn: `too many login attempts, try again in ${retryAfterSeconds} s`,
      retryAfterSeconds,
    },
    HttpStatus.TOO_MANY_REQUESTS,
  );
}

export function accountLocked(retryAfterSeconds: number): HttpException {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new HttpException(
    {
      statusCode: 423,
      message: `连续登录失败次数过多，账户已临时锁定，请 ${minutes} 分钟后再试`,
      messageEn: `account temporarily locked after repeated failed logins, try again in ${minutes} min`,
      retryAfterSeconds,
    },
    HttpStatus.LOCKED,
  );
}

export function notAuthenticated(): UnauthorizedException {
  return new UnauthorizedException({
    statusCode: 401,
    message: '未登录或登录已过期',
    messageEn: 'not authenticated or session expired',
  });
}
