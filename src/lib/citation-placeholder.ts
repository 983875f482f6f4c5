/**
 * Stands for the access date in a GB/T 7714 citation built at build time; the reading page's script
 * replaces it with the reader's date. Its own module so the browser bundle does not pull in citation-js.
 */
export const ACCESS_DATE_PLACEHOLDER = '引用日期';
