import { afterEach } from 'vitest';
import { setClock } from '../../../electron/core/dates';

// A test that sets the clock leaves the system clock to the next one.
afterEach(() => setClock(null));
