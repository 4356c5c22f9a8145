/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /**
     * The language of the content being rendered, set by the page route. It differs from the shell's
     * language on a fallback page (English content in another language's shell), so components used
     * inside MDX label themselves in the language of the text around them.
     */
    contentLang?: string;
    /** The language of the page's shell (URL prefix, interface strings), set by the page route. */
    shellLang?: string;
  }
}
