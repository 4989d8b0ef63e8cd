import { Fragment } from 'preact';
import type { Evaluation, Reader } from '../../quiz/types';
import { sectionTexts } from './advice';
import { Disclosure } from './Disclosure';
import { openSections, type NoteData } from './notes';
import { NoteLinks } from './NoteLinks';
import type { QuizStrings } from './strings';

/**
 * The sections about the visitor's circumstances, first in the result's read-first box (after urgent
 * help): hopelessness, violence at home, a child helper, age under 18, pregnancy, debt, gambling and
 * gaming, each written for the person it concerns: its contacts first, where they can be tapped at
 * once, then its words and pages. The ones about safety stay open; the others are one line, named for
 * what they are about, that opens to the rest, so the first steps and the plan stay near the top.
 */
export function ContextNotes({ result, strings, reader = 'self', notes }: { result: Evaluation; strings: QuizStrings; reader?: Reader; notes?: NoteData }) {
  if (!result.sections.length) return null;
  return (
    <div class="quiz-context" aria-label={strings['quiz.notesLabel']} role="group">
      {result.sections.map((section) => {
        const { title, paragraphs } = sectionTexts(section, reader, result);
        const { contacts = [], links } = notes?.sections[section] ?? {};
        return (
          <Disclosure
            id={`quiz-context-${section}`}
            title={strings[title]}
            open={openSections.includes(section)}
            class="quiz-context__section"
            data={{ 'data-context': section }}
            key={section}
          >
            {contacts.length > 0 && (
              <ul class="quiz-context__contacts">
                {contacts.map((contact) => {
                  // A service named by its address (healing119.id) is its own link, not said twice.
                  const [only] = contact.links;
                  if (contact.links.length === 1 && only?.text === contact.name) {
                    return (
                      <li key={contact.name}>
                        <a href={only.href} rel="noreferrer">
                          <strong>{contact.name}</strong>
                        </a>
                      </li>
                    );
                  }
                  return (
                    <li key={contact.name}>
                      <strong>{contact.name}</strong>
                      {contact.links.map((link) => (
                        <Fragment key={link.href}>
                          {' · '}
                          {/* rel has no effect on a tel: link; on WhatsApp and the web it sends no referrer. */}
                          <a href={link.href} rel="noreferrer">
                            {link.text}
                          </a>
                        </Fragment>
                      ))}
                      {contact.dialNote && ` · ${contact.dialNote}`}
                    </li>
                  );
                })}
              </ul>
            )}
            {paragraphs.map((paragraph) => (
              <p key={paragraph}>{strings[paragraph]}</p>
            ))}
            <NoteLinks links={links} />
          </Disclosure>
        );
      })}
    </div>
  );
}
