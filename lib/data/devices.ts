import { z } from 'zod';
import raw from '../../data/devices.json';

/** Phones and tablets and whether they take an eSIM (data/devices.json), each row with sources. */

export const DeviceSchema = z.object({
  brand: z.string().min(1),
  model: z.string().min(1),
  year: z.number().int().min(2010).max(2030).optional(),
  esim: z.enum(['yes', 'no', 'region-dependent', 'unverified']),
  lines: z.string(),
  notes: z.string(),
  /** The notes in the other three languages (notes itself is English). */
  notesI18n: z.object({ ja: z.string(), zh_CN: z.string(), zh_TW: z.string() }).partial().optional(),
  codes: z.array(z.string()),
  sources: z.array(z.url()).min(1),
  checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type Device = z.infer<typeof DeviceSchema>;

export const DevicesFileSchema = z.object({ $comment: z.string().optional(), devices: z.array(DeviceSchema).min(1) });

let cached: Device[] | undefined;
export function devices(): Device[] {
  return (cached ??= DevicesFileSchema.parse(raw).devices);
}

/** A device's notes in a UI language (ja, zh-CN, zh-TW …), English where there is no translation. */
export function deviceNotes(d: Device, lang: string): string {
  const l = lang.toLowerCase();
  const key = l.startsWith('ja') ? 'ja' : l.startsWith('zh') ? (/^zh[-_](tw|hk|mo|hant)/.test(l) ? 'zh_TW' : 'zh_CN') : null;
  return (key && d.notesI18n?.[key]) || d.notes;
}

/** A stable id for settings: "Apple iPhone 15" → "apple-iphone-15". */
export function deviceId(d: Pick<Device, 'brand' | 'model'>): string {
  const name = d.model.toLowerCase().startsWith(d.brand.toLowerCase()) ? d.model : `${d.brand} ${d.model}`;
  return name.toLowerCase().replace(/\+/g, ' plus').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function deviceById(id: string, list: Device[] = devices()): Device | undefined {
  return list.find((d) => deviceId(d) === id);
}

/** Devices whose brand or model contains every word of the query. */
export function searchDevices(query: string, list: Device[] = devices(), limit = 20): Device[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  return list.filter((d) => words.every((w) => `${d.brand} ${d.model} ${d.codes.join(' ')}`.toLowerCase().includes(w))).slice(0, limit);
}
