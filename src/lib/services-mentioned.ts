/**
 * The services a page's MDX mentions through <Phone service="…">, <ContactCard service="…"> or
 * <EasyReadContact service="…">, in the
 * order they first appear. The page lists their sources under "Contact details", so an inline phone
 * number is never published without its source (DESIGN.md rule 6).
 */
export function servicesMentioned(mdx: string): string[] {
  const ids = [...mdx.matchAll(/<(?:Phone|ContactCard|EasyReadContact)\b[^>]*?\bservice="([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set(ids)];
}
