import { routeList, type OperationId, type Route } from '@creditkit/client';

export interface RouteMatch {
  route: Route;
  operationId: OperationId;
  /** URL-decoded path parameters. */
  params: Record<string, string>;
}

interface Compiled {
  route: Route;
  pattern: RegExp;
  names: string[];
}

/**
 * A route path as a pattern: `{name}` holds one non-empty segment (captured in the order of
 * `names`), and one trailing slash is allowed. `flags` are the RegExp's (`i` to match as Express does).
 */
export function compileRoutePath(path: string, flags = ''): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name);
      return '([^/]+)';
    })
    .join('');
  return { pattern: new RegExp(`^${source}/?$`, flags), names };
}

const compiled: Compiled[] = routeList.map((route) => ({ route, ...compileRoutePath(route.path) }));

/**
 * Finds the route of a method and path (`/v1/…`, without origin or query). A path that exists
 * under other methods answers `{ allowed }` so an adapter can reply 405 with an `Allow` header.
 */
export function matchRoute(method: string, path: string): RouteMatch | { allowed: string[] } | null {
  const allowed: string[] = [];
  for (const { route, pattern, names } of compiled) {
    const found = pattern.exec(path);
    if (!found) continue;
    if (route.method !== method.toUpperCase()) {
      allowed.push(route.method);
      continue;
    }
    const params: Record<string, string> = {};
    names.forEach((name, i) => {
      params[name] = safeDecode(found[i + 1] ?? '');
    });
    return { route, operationId: route.id, params };
  }
  return allowed.length > 0 ? { allowed } : null;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // malformed escapes reach validation, which names the parameter
  }
}
