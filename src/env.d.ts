declare namespace App {
  interface Locals {
    /** The language of the page's text when it differs from the URL's (a bokmål fallback page). */
    textLang?: import('./i18n/languages').Lang;
  }
}
