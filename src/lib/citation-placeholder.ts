/**
 * Stand-ins in citations built at build time, which the reading page's script fills in. Their own module
 * so the browser bundle does not pull in citation-js.
 */
/** The access date of the GB/T 7714 text shown without JavaScript. */
export const ACCESS_DATE_PLACEHOLDER = '引用日期';
/** The access date in the templates the script fills in (every format writes it as 1111-11-11 or 1111/11/11). */
export const ACCESS_DATE_SENTINEL = '1111-11-11';
/** The place cited within the page (第96段, 第三十四条) in the templates for citing one place. */
export const PLACE_SENTINEL = '{{PLACE}}';
