/** An outlet as a reader knows it: a host without "www.", or a local file's base name. */
export function outletName(outlet: string): string {
  if (outlet.includes('/') && !outlet.includes('.')) return outlet;
  return (outlet.split(/[\\/]/).filter(Boolean).pop() ?? outlet).replace(/^www\./, '');
}
