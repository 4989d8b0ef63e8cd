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
                {contacts.map((contact) => {
                  const webOnly = contact.url && !contact.tel && !contact.whatsapp ? contact.url : undefined;
                  const address = webOnly?.replace(/^https?:\/\/|\/$/g, '');
                  // A service named by its address (healing119.id) is its own link, not said twice.
                  const named = address === contact.name;
                  return (
                    <li key={contact.name}>
                      {named ? (
                        <a href={webOnly} rel="noreferrer">
                          <strong>{contact.name}</strong>
                        </a>
                      ) : (
                        <strong>{contact.name}</strong>
                      )}
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
                      {webOnly && !named && (
                        <>
                          {' · '}
                          <a href={webOnly} rel="noreferrer">
                            {address}
                          </a>
                        </>
                      )}
                    </li>
                  );
                })}
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
