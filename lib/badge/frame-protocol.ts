import * as z from 'zod/mini';
import { CORNERS } from '../settings/corners';

/**
 * What the badge's frame and its page-side host say to each other with
 * postMessage. The frame (an extension page) renders the badge; the host (a
 * content script in the shop's page) sizes and places the frame and does what
 * needs the page's DOM: finding a quote, choosing a corner clear of the buy
 * button. Neither trusts the other's messages beyond these shapes, and
 * nothing here carries a verdict: the frame reads that from the background.
 * zod/mini keeps the page-side bundle small.
 */

export const FRAME_PAGE = '/badge-frame.html';

/** Frame → host. */
export const FromFrameSchema = z.discriminatedUnion('type', [
  /** the badge's size in CSS px (the frame is resized to it) and the corner the user prefers */
  z.object({ type: z.literal('esim-lens:size'), width: z.number(), height: z.number(), corner: z.enum(CORNERS) }),
  /** find this quote on the page; the host answers with esim-lens:found */
  z.object({ type: z.literal('esim-lens:find'), id: z.number(), quote: z.string().check(z.maxLength(2000)) }),
  /** the user hid the badge */
  z.object({ type: z.literal('esim-lens:remove') }),
]);
export type FromFrame = z.infer<typeof FromFrameSchema>;

/** Host → frame. */
export const FromHostSchema = z.discriminatedUnion('type', [
  /** the verdict changed: read it again from the background */
  z.object({ type: z.literal('esim-lens:refresh') }),
  /** where the badge sits, and how tall the page's viewport is (the panel fits in it) */
  z.object({ type: z.literal('esim-lens:layout'), corner: z.enum(CORNERS), viewportHeight: z.number() }),
  z.object({ type: z.literal('esim-lens:found'), id: z.number(), ok: z.boolean() }),
]);
export type FromHost = z.infer<typeof FromHostSchema>;

/** Room around the badge inside the frame for its shadow. */
export const FRAME_PAD = 8;
