import { randomUUID } from 'node:crypto';
import type { SessionUser } from '../../shared/users/contract';

/**
 * Logged-in sessions of this process, each with the user as of login or the last change
 * to that user. A restart asks everyone to log in again. Kept in memory so a call never
 * waits on the database to learn who is calling (a long import holds the connection).
 */
export class SessionStore {
  private readonly sessions = new Map<string, SessionUser>();

  open(user: SessionUser): string {
    const id = randomUUID();
    this.sessions.set(id, user);
    return id;
  }

  userOf(sessionId: string | undefined): SessionUser | null {
    return sessionId ? (this.sessions.get(sessionId) ?? null) : null;
  }

  /** A user's role, name or language changed: every session of theirs sees it at once. */
  refresh(user: SessionUser): void {
    for (const [id, u] of this.sessions) if (u.id === user.id) this.sessions.set(id, user);
  }

  /** A deactivated user is logged out everywhere. */
  closeUser(userId: number): void {
    for (const [id, u] of this.sessions) if (u.id === userId) this.sessions.delete(id);
  }

  close(sessionId: string): void {
    this.sessions.delete(sessionId);
  }

  closeAll(): void {
    this.sessions.clear();
  }
}
