/** The components MDX authors may use without importing them (content/README.md lists them). */
import Callout from './Callout.astro';
import ContactCard from './ContactCard.astro';
import ContentLink from './ContentLink.astro';
import EasyReadContact from './EasyReadContact.astro';
import EasyReadRow from './EasyReadRow.astro';
import HardWord from './HardWord.astro';
import Phone from './Phone.astro';
import ContentTable from './ContentTable.astro';

export const mdxComponents = {
  Callout,
  ContactCard,
  EasyReadContact,
  EasyReadRow,
  HardWord,
  Phone,
  a: ContentLink,
  table: ContentTable,
};
