import { useMemo, useState } from 'preact/hooks';
import { fill } from '../../i18n/fill';
import { cleanNote, maxNoteLength } from '../../quiz/note';
import { qrModules, qrPath, qrSvgFile } from '../../qr/qr';
import { quizLink, whatsappHref } from './link';
import type { BuilderStrings } from './strings';

type Lang = 'id' | 'en';

export interface LinkBuilderProps {
  strings: BuilderStrings;
  origin: string;
  quizzes: { key: string; title: string; paths: Record<Lang, string> }[];
  languages: { value: Lang; label: string }[];
  /** The invitation before the link in a WhatsApp message, in each quiz language. */
  whatsappText: Record<Lang, string>;
  initialLanguage: Lang;
}

/** PNG of a QR code, drawn on a canvas in this browser: ten pixels a module, black on white. */
function pngDataUrl(modules: boolean[][]): string {
  const scale = 10;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = modules.length * scale;
  const context = canvas.getContext('2d');
  if (!context) return '';
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#000';
  modules.forEach((row, y) => row.forEach((dark, x) => dark && context.fillRect(x * scale, y * scale, scale, scale)));
  return canvas.toDataURL('image/png');
}

/**
 * Builds a quiz link for a counselor to send: quiz, language and an optional note, then the link,
 * a WhatsApp message and a QR code. Nothing leaves the browser; the note is cleaned exactly as the
 * quiz will clean it, and shown back so the counselor sees what the client will see.
 */
export default function LinkBuilder({ strings, origin, quizzes, languages, whatsappText, initialLanguage }: LinkBuilderProps) {
  const [quizKey, setQuizKey] = useState(quizzes[0]!.key);
  const [language, setLanguage] = useState<Lang>(initialLanguage);
  const [note, setNote] = useState('');
  const [copyStatus, setCopyStatus] = useState('');
  const quiz = quizzes.find((q) => q.key === quizKey) ?? quizzes[0]!;
  const cleaned = cleanNote(note);
  const link = quizLink(origin, quiz.paths[language], note);
  const modules = useMemo(() => qrModules(link), [link]);
  const png = useMemo(() => pngDataUrl(modules), [modules]);
  const svg = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvgFile(modules))}`;
  const fileName = `jalan-pulih-${quiz.key}-${language}`;
  const size = modules.length;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopyStatus(strings['copy.done']);
    } catch {
      setCopyStatus(strings['copy.failed']);
    }
  };

  return (
    <div class="builder">
      <div class="builder__field">
        <label for="builder-quiz">{strings['builder.quiz']}</label>
        <select id="builder-quiz" value={quizKey} onChange={(event) => setQuizKey(event.currentTarget.value)}>
          {quizzes.map((q) => (
            <option value={q.key}>{q.title}</option>
          ))}
        </select>
      </div>
      <fieldset class="builder__field">
        <legend>{strings['builder.language']}</legend>
        {languages.map((option) => (
          <label class="builder__choice" lang={option.value}>
            <input type="radio" name="builder-language" value={option.value} checked={language === option.value} onChange={() => setLanguage(option.value)} />{' '}
            {option.label}
          </label>
        ))}
      </fieldset>
      <div class="builder__field">
        <label for="builder-note">{strings['builder.note']}</label>
        <input
          id="builder-note"
          type="text"
          maxLength={maxNoteLength}
          value={note}
          autocomplete="off"
          aria-describedby="builder-note-help"
          onInput={(event) => {
            setNote(event.currentTarget.value);
            setCopyStatus('');
          }}
        />
        <p id="builder-note-help" class="muted">
          {strings['builder.noteHelp']}
        </p>
        {cleaned && <p class="builder__note-preview">{fill(strings['builder.noteCleaned'], { note: cleaned })}</p>}
      </div>

      <div class="builder__field">
        <label for="builder-link">{strings['builder.link']}</label>
        <input id="builder-link" type="text" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        <p class="builder__actions">
          <button type="button" class="button" onClick={() => void copy()}>
            {strings['builder.copy']}
          </button>
          <a class="button button--secondary" href={whatsappHref(whatsappText[language], link)} rel="noreferrer" target="_blank">
            {strings['builder.whatsapp']}
          </a>
          <span role="status">{copyStatus}</span>
        </p>
      </div>

      <h3>{strings['builder.qr']}</h3>
      <svg class="builder__qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={strings['builder.qrLabel']} shape-rendering="crispEdges">
        <rect width={size} height={size} fill="#fff" />
        <path d={qrPath(modules)} fill="#000" />
      </svg>
      <p class="builder__actions">
        <a class="button button--secondary" href={svg} download={`${fileName}.svg`}>
          {strings['builder.downloadSvg']}
        </a>
        <a class="button button--secondary" href={png} download={`${fileName}.png`}>
          {strings['builder.downloadPng']}
        </a>
      </p>
    </div>
  );
}
