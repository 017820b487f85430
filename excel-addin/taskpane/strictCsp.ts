/**
 * The pane runs under a Content-Security-Policy without 'unsafe-eval'. Zod (used by the
 * core to validate settings) would probe `new Function` to speed itself up; jitless mode
 * skips the probe, so the policy reports no violation. Imported first by the entry point.
 */
import { z } from 'zod';

z.config({ jitless: true });
