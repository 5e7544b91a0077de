import { DataSource } from 'typeorm';

/** `alerts --year Y …`: delegated to the alerts module's export once it is wired. */
export async function alertsCommand(_ds: DataSource, _args: string[]): Promise<number> {
  throw new Error('alerts export is not available in this build');
}
