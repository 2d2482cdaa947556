import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Permission } from '@shared/auth/roles';
import type { SessionUser } from '@shared/users/contract';
import { onUnauthenticated, rpc, session } from '../rpc/client';

interface SessionState {
  user: SessionUser | null;
  /** True until we know whether a stored session is still valid. */
  checking: boolean;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  setUser(user: SessionUser): void;
  can(permission: Permission): boolean;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null>(null);
  const [checking, setChecking] = useState(true);
  const queryClient = useQueryClient();

  useEffect(() => {
    const off = onUnauthenticated(() => setUser(null));
    if (session.get()) {
      rpc('auth.me', {})
        .then(setUser)
        // A stored session the core no longer knows just means: log in again.
        .catch(() => setUser(null))
        .finally(() => setChecking(false));
    } else {
      setChecking(false);
    }
    return () => void off();
  }, []);

  const login = useCallback(
    async (username: string, password: string) => {
      const result = await rpc('auth.login', { username, password });
      session.set(result.sessionId);
      // Nothing the previous user saw is shown to the next one (a shared PC): every answer is asked again.
      queryClient.clear();
      setUser(result.user);
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    try {
      await rpc('auth.logout', {});
    } finally {
      session.clear();
      setUser(null);
    }
  }, []);

  const value = useMemo<SessionState>(
    () => ({ user, checking, login, logout, setUser, can: (p) => Boolean(user?.permissions.includes(p)) }),
    [user, checking, login, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}
