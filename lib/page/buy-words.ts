/**
 * The words of a buy button in the four languages ("Buy now", 「購入する」, 「立即购买」, 「加入購物車」). The
 * badge keeps clear of such buttons; the reader takes a sidebar holding the one buy button of the page as the
 * product's own buy box.
 */
export const BUY_WORDS = /\b(?:buy|cart|checkout|purchase|order|book)|購入|カート|申し?込|予約|购买|購買|购物车|購物車|订购|訂購|预订|預訂|选购|選購/i;
