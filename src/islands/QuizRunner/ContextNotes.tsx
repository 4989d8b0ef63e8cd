import { fill } from '../../i18n/fill';
import type { Evaluation, Reader } from '../../quiz/types';
import { sectionTexts } from './advice';
import { sectionContacts, sectionLinks, whatsappHref, type NoteData } from './notes';
import type { QuizStrings } from './strings';

/**
 * The sections about the visitor's circumstances, at the very top of a result (after urgent help):
 * hopelessness, violence at home, a child helper, age under 18, pregnancy, debt, gambling and gaming,
 * each written for the person it concerns, with its contacts and pages.
 */
export function ContextNotes({ result, strings, reader = 'self', notes }: { result: Evaluation; strings: QuizStrings; reader?: Reader; notes?: NoteData }) {
  if (!result.sections.length) return null;
  return (
    <div class="quiz-context" aria-label={strings['quiz.notesLabel']} role="group">
      {result.sections.map((section) => {
        const { title, paragraphs } = sectionTexts(section, reader, result);
        const contacts = sectionContacts[section].flatMap((key) => (notes?.contacts[key] ? [notes.contacts[key]!] : []));
        const links = sectionLinks[section].flatMap((key) => (notes?.links[key] ? [notes.links[key]!] : []));
        return (
          <section class="quiz-context__section" data-context={section} aria-labelledby={`quiz-context-${section}`} key={section}>
            <h3 id={`quiz-context-${section}`}>{strings[title]}</h3>
            {paragraphs.map((paragraph) => (
              <p key={paragraph}>{strings[paragraph]}</p>
            ))}
            {contacts.length > 0 && (
              <ul class="quiz-context__contacts">
                {contacts.map((contact) => (
                  <li key={contact.name}>
                    <strong>{contact.name}</strong>
                    {contact.tel && (
                      <>
                        {' · '}
                        <a href={`tel:${contact.tel}`}>{fill(strings['quiz.noteCall'], { number: contact.tel })}</a>
                      </>
                    )}
                    {contact.whatsapp && (
                      <>
                        {' · '}
                        <a href={whatsappHref(contact.whatsapp)} rel="noreferrer">
                          {fill(strings['quiz.noteWhatsapp'], { number: contact.whatsapp })}
                        </a>
                      </>
                    )}
                    {contact.url && !contact.tel && !contact.whatsapp && (
                      <>
                        {' · '}
                        <a href={contact.url} rel="noreferrer">
                          {contact.url.replace(/^https?:\/\/|\/$/g, '')}
                        </a>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            )}
            {links.length > 0 && (
              <ul class="quiz-context__links">
                {links.map((link) => (
                  <li key={link.href}>
                    <a href={link.href}>{link.title}</a>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
