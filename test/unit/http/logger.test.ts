import { describe, expect, it } from 'vitest';
import { issueToken } from '../../../shared/domain/token-format.js';
import { createLogger, REDACTED } from '../../../shared/observability/logger.js';
import { captureLogs } from '../../support/log-capture.js';

describe('Function: createLogger', () => {
  it('blanks secret-named fields and token-shaped strings wherever they appear', () => {
    // Prepare
    const token = issueToken('s').value;
    const capture = captureLogs();

    // Act
    try {
      const logger = createLogger('INFO');
      logger.info(`leaked ${token} in a message`, {
        authorization: 'Bearer abc',
        nested: { note: `x${token}y` },
      });
    } finally {
      capture.restore();
    }

    // Assess
    const line = capture.text();
    expect(line).not.toContain(token);
    expect(line).not.toContain('Bearer abc');
    expect(line.split(REDACTED).length - 1).toBe(3);
  });
});
