import type { Role, UserDto } from '@bs/shared-model';
import type { AppUser } from '@bs/api-db';

/** A user as administrators see it. */
export interface AdminUserView extends UserDto {
  disabled: boolean;
  lockedUntil: string | null;
  createdAt: string;
}

export interface UserWithPassword {
  user: AdminUserView;
  /** Only when the system generated (or reset) the password: shown once, never stored in clear. */
  password: string | null;
}

export function toUserDto(u: AppUser): UserDto {
  return {
    id: u.id,
    username: u.username,
    role: u.role as Role,
    // Scopes only when set: an unscoped account looks as it always did.
    ...(u.agencyCode ? { agencyCode: u.agencyCode } : {}),
    ...(u.districtCode ? { districtCode: u.districtCode } : {}),
  };
}

export function toAdminView(u: AppUser, now = Date.now()): AdminUserView {
  return {
    ...toUserDto(u),
    disabled: u.disabled,
    lockedUntil: u.lockedUntil && u.lockedUntil.getTime() > now ? u.lockedUntil.toISOString() : null,
    createdAt: u.createdAt.toISOString(),
  };
}
