/**
 * The CSP hash of an inline stylesheet the page generates (the timeline's positions).
 */
import { createHash } from 'node:crypto';

/** 'sha256-…' of a <style> element's exact text. */
export function styleHash(css: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;
}
