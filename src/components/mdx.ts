/** The components MDX authors may use without importing them (content/README.md lists them). */
import Callout from './Callout.astro';
import ContactCard from './ContactCard.astro';
import ContentLink from './ContentLink.astro';

export const mdxComponents = { Callout, ContactCard, a: ContentLink };
