/**
 * The components every MDX page in content/pages can use without importing them.
 * Facts come through these, never typed in the MDX.
 */
export { default as About } from './About.astro';
export { default as Contact } from './Contact.astro';
export { default as Deadline } from './Deadline.astro';
export { default as Fact } from './Fact.astro';
export { default as MethodChooser } from './method/MethodChooser.astro';
export { default as MethodList } from './method/MethodList.astro';
export { default as RegLink } from './RegLink.astro';
export { default as RouteList } from './RouteList.astro';
export { default as PageList } from './PageList.astro';
export { default as Callout } from './Callout.astro';
export { default as PidComposer } from './composer/PidComposer.astro';
export { default as Checklist } from './checklist/Checklist.astro';
export { default as Steps } from './Steps.astro';
export { default as Download } from './download/Download.astro';
export { default as PrintableForm } from './form/PrintableForm.astro';
export { default as HelsenorgeGuide } from './guide/HelsenorgeGuide.astro';
export { default as GuideIllustration } from './guide/GuideIllustration.astro';
export { default as SearchPage } from './search/SearchPage.astro';
export { default as Changelog } from './Changelog.astro';
export { default as FeedbackContact } from './FeedbackContact.astro';
export { default as HandwrittenForm } from './form/HandwrittenForm.astro';
export { default as Lead } from './Lead.astro';
export { default as CardGrid } from './CardGrid.astro';
export { default as LinkCard } from './LinkCard.astro';
export { default as DownloadList } from './download/DownloadList.astro';
export { default as ButtonLink } from './ButtonLink.astro';
export { default as NoJsNote } from './NoJsNote.astro';
export { default as ScreenOnly } from './ScreenOnly.astro';
export { default as EasyRead } from './easy-read/EasyRead.astro';
export { default as MaterialList } from './material/MaterialList.astro';
export { default as MaterialDownloads } from './material/MaterialDownloads.astro';
export { default as Term } from './Term.astro';
export { default as Glossary } from './Glossary.astro';
