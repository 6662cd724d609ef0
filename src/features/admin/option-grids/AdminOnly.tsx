import type { ReactNode } from 'react';
import { useSignedInAccount } from '../../../db';
import { NotAdmin } from '../NotAdmin';

/**
 * Shows its children to a signed-in administrator only; anyone else is told it needs an
 * administrator. A courtesy: the server lets only admins write organisation content.
 */
export function AdminOnly({ children }: { children: ReactNode }) {
  const account = useSignedInAccount();
  if (account === undefined) return null;
  if (account === null || !account.roles.includes('admin')) return <NotAdmin />;
  return <>{children}</>;
}
