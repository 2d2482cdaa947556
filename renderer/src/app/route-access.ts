import type { Permission, Role } from '@shared/auth/roles';
import { NAVIGATION, type NavItem } from './navigation';

interface Rule {
  path: string;
  permission?: Permission;
  roles?: Role[];
}

/** Each navigation path with what it needs: its own permission or roles, else its group's. */
const RULES: Rule[] = NAVIGATION.flatMap((item): Rule[] => {
  const own = (i: NavItem, parent?: NavItem): Rule[] =>
    i.path ? [{ path: i.path, permission: i.permission ?? parent?.permission, roles: i.roles ?? parent?.roles }] : [];
  return [...own(item), ...(item.children ?? []).flatMap((c) => own(c, item))];
});

/**
 * Whether this user may be on this page: the deepest navigation path the location is under decides (/settings/x
 * is under /settings). Pages outside the navigation are left to the router.
 */
export function mayVisit(pathname: string, role: Role, can: (p: Permission) => boolean): boolean {
  const rule = RULES.filter((r) => pathname === r.path || (r.path !== '/' && pathname.startsWith(`${r.path}/`))).sort(
    (a, b) => b.path.length - a.path.length,
  )[0];
  if (!rule) return true;
  return (!rule.roles || rule.roles.includes(role)) && (!rule.permission || can(rule.permission));
}
