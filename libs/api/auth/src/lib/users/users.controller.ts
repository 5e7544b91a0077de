import { Body, Controller, Get, Inject, Param, ParseIntPipe, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '@bs/api-core';
import { AuditContext } from '../http/audit-context.decorator';
import type { AuditActor } from '../http/audit-actor';
import { ErrorResponseDto } from '../http/error-response.dto';
import { AdminUserDto, CreateUserDto, UpdateUserDto, UserWithPasswordDto } from './dto/user.dto';
import type { AdminUserView, UserWithPassword } from './user-views';
import { UsersService } from './users.service';

@ApiTags('users')
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(@Inject(UsersService) private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'All accounts' })
  @ApiOkResponse({ type: AdminUserDto, isArray: true })
  list(): Promise<AdminUserView[]> {
    return this.users.list();
  }

  @Post()
  @ApiOperation({ summary: 'Create an account; without a password one is generated and returned once' })
  @ApiCreatedResponse({ type: UserWithPasswordDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'username taken' })
  create(@Body() body: CreateUserDto, @AuditContext() by: AuditActor): Promise<UserWithPassword> {
    return this.users.create(body, by);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change role, disable/enable, or reset the password' })
  @ApiOkResponse({ type: UserWithPasswordDto })
  @ApiConflictResponse({ type: ErrorResponseDto, description: 'would leave no enabled admin' })
  update(
    @Param('id', ParseIntPipe) id: number,
    @Body() body: UpdateUserDto,
    @AuditContext() by: AuditActor,
  ): Promise<UserWithPassword> {
    return this.users.update(id, body, by);
  }
}
