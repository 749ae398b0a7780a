/**
 * CAMEO event codes for the site's events, read from cameo.json, so that records can be
 * joined with political-event datasets (041 telephone, 042–044 visits, 01x statements).
 */
import type { EventType, Mode } from '../schema.ts';
import cameo from './cameo.json' with { type: 'json' };

/** A CAMEO code with its codebook label. */
export interface CameoCode {
  code: string;
  label: string;
}

interface Rule {
  type: string;
  mode?: string;
  hostedInChina?: boolean;
  code: string;
  label: string;
}

/** The CAMEO code of `event`, or null when no rule covers it (type "other"). */
export function cameoCode(event: { type: EventType; mode?: Mode | undefined; location?: string | undefined }): CameoCode | null {
  const { location } = event;
  const hosted = location ? cameo.chinaPlaces.some((p) => location.includes(p)) : undefined;
  for (const rule of cameo.rules as Rule[]) {
    if (rule.type !== event.type) continue;
    if (rule.mode !== undefined && rule.mode !== event.mode) continue;
    if (rule.hostedInChina !== undefined && rule.hostedInChina !== hosted) continue;
    return { code: rule.code, label: rule.label };
  }
  return null;
}
