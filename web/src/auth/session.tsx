/**
 * The signed-in agent: token, tenant, id and role, kept in sessionStorage so a reload stays signed
 * in, plus the page's one realtime connection. The role here only chooses what the menu shows; the
 * server checks the live role on every call.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setBearer } from '../api/http.js';
import { Realtime } from '../api/realtime.js';

export type Role = 'agent' | 'supervisor' | 'admin';

export interface Session {
  readonly token: string;
  readonly tenantId: string;
  readonly agentId: string;
  readonly role: Role;
}

interface SessionContext {
  readonly session: Session | null;
  readonly realtime: Realtime | null;
  readonly signIn: (session: Session) => void;
  readonly signOut: () => void;
}

const storageKey = 'switchboard.session';
const Context = createContext<SessionContext | null>(null);

function saved(): Session | null {
  const text = sessionStorage.getItem(storageKey);
  if (text === null) return null;
  try {
    return JSON.parse(text) as Session;
  } catch {
    return null;
  }
}

export function SessionProvider({ children }: { readonly children: ReactNode }): ReactNode {
  const [session, setSession] = useState<Session | null>(() => {
    const initial = saved();
    setBearer(initial?.token ?? null);
    return initial;
  });
  const [realtime, setRealtime] = useState<Realtime | null>(null);

  useEffect(() => {
    if (session === null) return undefined;
    const connection = new Realtime(session.token);
    setRealtime(connection);
    const end = (): void => {
      sessionStorage.removeItem(storageKey);
      setBearer(null);
      setSession(null);
    };
    // The token expired, or the session was ended (password set, role changed, disabled, signed out everywhere).
    connection.socket.on('session.expired', end);
    connection.socket.on('session.revoked', end);
    return () => {
      connection.close();
      setRealtime(null);
    };
  }, [session]);

  const value = useMemo<SessionContext>(
    () => ({
      session,
      realtime,
      signIn: (next) => {
        sessionStorage.setItem(storageKey, JSON.stringify(next));
        setBearer(next.token);
        setSession(next);
      },
      signOut: () => {
        sessionStorage.removeItem(storageKey);
        setBearer(null);
        setSession(null);
      },
    }),
    [session, realtime],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useSession(): SessionContext {
  const context = useContext(Context);
  if (context === null) throw new Error('useSession outside SessionProvider');
  return context;
}

/** The signed-in session; only for pages behind the sign-in guard. */
export function useSignedIn(): Session & { readonly realtime: Realtime | null } {
  const { session, realtime } = useSession();
  if (session === null) throw new Error('useSignedIn without a session');
  return { ...session, realtime };
}
