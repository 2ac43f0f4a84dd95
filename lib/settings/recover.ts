import { z } from 'zod';

/**
 * Parses a stored value against an object schema field by field: valid
 * fields survive, invalid or missing ones take their default, and every
 * repaired path is reported so the options page can tell the user what was
 * reset. Nothing throws; nothing else is lost.
 */
export function recover<T extends Record<string, unknown>>(
  schema: z.ZodObject,
  raw: unknown,
  defaults: T,
  path: string[] = [],
): { value: T; reset: string[] } {
  const input = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
  const reset: string[] = [];
  if (!input) {
    if (raw !== undefined && raw !== null) reset.push(path.join('.') || '(all settings)');
    else if (path.length) reset.push(path.join('.'));
    return { value: structuredClone(defaults), reset: raw === undefined && !path.length ? [] : reset };
  }
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const here = [...path, key];
    const def = defaults[key];
    if (field instanceof z.ZodObject && def && typeof def === 'object' && !Array.isArray(def)) {
      const inner = recover(field, input[key], def as Record<string, unknown>, here);
      out[key] = inner.value;
      reset.push(...inner.reset);
      continue;
    }
    const parsed = (field as z.ZodType).safeParse(input[key]);
    if (parsed.success) out[key] = parsed.data;
    else {
      out[key] = structuredClone(def);
      reset.push(here.join('.'));
    }
  }
  return { value: out as T, reset };
}
