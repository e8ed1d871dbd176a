/** Looks of the project's widgets in the admin: colours of the site's status tags (the text says the same). */
import type { ApprovalStatus } from '../src/data/lists.ts';

const TONES: Record<string, string> = { ok: '#00703c', bad: '#b1121b', info: '#1d4f91', warn: '#8a4b00', neutral: '#505a5f' };
const TONE_OF: Record<ApprovalStatus, keyof typeof TONES> = {
  draft: 'neutral', submitted: 'info', returned: 'bad', approved: 'ok', in_progress: 'info', completed: 'ok',
};

export function tagStyle(status: ApprovalStatus) {
  const color = TONES[TONE_OF[status]];
  return { color, border: `2px solid ${color}`, padding: '0 6px', borderRadius: '2px', display: 'inline-block' };
}

/** Added once to the admin page (its CSP allows inline styles, not scripts). */
export const WIDGET_CSS = `
.shnor-widget { border: 2px solid #dfe3e8; border-radius: 4px; padding: 12px 16px; background: #fff; font-size: 15px; line-height: 1.45; }
.shnor-widget label { display: block; font-weight: 600; margin: 8px 0 4px; }
.shnor-widget textarea { width: 100%; box-sizing: border-box; font: inherit; padding: 6px; border: 2px solid #dfe3e8; border-radius: 4px; }
.shnor-widget select { font: inherit; padding: 4px; }
.shnor-widget button { font: inherit; margin: 4px 8px 4px 0; padding: 6px 12px; border: 2px solid #1d4f91; border-radius: 4px; background: #fff; color: #1d4f91; cursor: pointer; }
.shnor-widget button:disabled { border-color: #b1b4b6; color: #6f777b; cursor: not-allowed; }
.shnor-widget .shnor-role label { display: inline; }
.shnor-widget .shnor-hint { color: #505a5f; font-size: 13px; margin: 2px 0 8px; }
.shnor-widget .shnor-error { color: #b1121b; font-weight: 600; }
.shnor-widget ol { margin: 4px 0; padding-left: 20px; }
.shnor-widget summary { cursor: pointer; margin-top: 8px; }
`;
