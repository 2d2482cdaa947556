import { randomUUID } from 'node:crypto';

/** Logged-in sessions of this process. A restart asks everyone to log in again. */
export class SessionStore {
  private readonly sessions = new Map<string, number>();

  open(userId: number): string {
    const id = randomUUID();
    this.sessions.set(id, userId);
    return id;
  }

  userOf(sessionId: string | undefined): number | null {
    return sessionId ? (this.sessions.get(sessionId) ?? null) : null;
  }

  close(sessionId: string): void {
    this.sessions.delete(sessionId);
  }

  closeAll(): void {
    this.sessions.clear();
  }
}
