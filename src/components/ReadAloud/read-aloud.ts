/**
 * "Dengarkan / Listen": reads the page aloud with the device's own voice for the page's language,
 * one sentence per utterance (long ones are cut off on some Chrome builds), highlighting the
 * paragraph being read. Without such a voice the controls stay hidden. Nothing is requested or stored.
 */
const blocks = 'h1,h2,h3,p,li,dt,dd,legend';

/** Android has reported Indonesian voices under the old code "in". */
const speaks = (voice: SpeechSynthesisVoice, lang: string) => {
  const code = voice.lang.toLowerCase().split(/[-_]/)[0];
  return code === lang || (lang === 'id' && code === 'in');
};

export const sentencesOf = (text: string): string[] =>
  text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?…])\s+(?=\S)/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));

export function startReadAloud(doc: Document, synth: SpeechSynthesis | undefined): void {
  const controls = doc.querySelector<HTMLElement>('[data-read-aloud]');
  const region = doc.querySelector<HTMLElement>(controls?.dataset.readAloud || 'main');
  if (!controls || !region || !synth) return;
  const lang = doc.documentElement.lang.toLowerCase().split('-')[0]!;
  const [start, pause, stop] = (['start', 'pause', 'stop'] as const).map((name) => controls.querySelector<HTMLButtonElement>(`[data-ra=${name}]`)!);
  let voice: SpeechSynthesisVoice | undefined;
  let queue: [HTMLElement, string][] = [];
  let current: HTMLElement | undefined;

  const findVoice = () => {
    voice ??= synth.getVoices().find((v) => speaks(v, lang));
    controls.hidden = !voice;
  };
  const mark = (el?: HTMLElement) => {
    current?.classList.remove('read-aloud-current');
    current = el;
    el?.classList.add('read-aloud-current');
  };
  const reading = (on: boolean) => {
    start!.hidden = on;
    pause!.hidden = stop!.hidden = !on;
    pause!.textContent = pause!.dataset.pause!;
    if (!on) mark();
  };
  const next = () => {
    const item = queue.shift();
    if (!item || !voice) return reading(false);
    const utterance = new SpeechSynthesisUtterance(item[1]);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onstart = () => mark(item[0]);
    utterance.onend = next;
    synth.speak(utterance);
  };

  start!.addEventListener('click', () => {
    synth.cancel();
    // Read what is on screen now: a quiz shows its current question or its result.
    const visible = [...region.querySelectorAll<HTMLElement>(blocks)].filter(
      (el) => !controls.contains(el) && !el.closest('.no-print,[hidden]') && el.getClientRects().length > 0 && !el.querySelector(blocks),
    );
    queue = visible.flatMap((el) => sentencesOf(el.textContent ?? '').map((s): [HTMLElement, string] => [el, s]));
    reading(true);
    pause!.focus();
    next();
  });
  pause!.addEventListener('click', () => {
    const paused = synth.paused;
    if (paused) synth.resume();
    else synth.pause();
    pause!.textContent = paused ? pause!.dataset.pause! : pause!.dataset.resume!;
  });
  stop!.addEventListener('click', () => {
    queue = [];
    synth.cancel();
    reading(false);
    start!.focus();
  });

  findVoice();
  synth.addEventListener?.('voiceschanged', findVoice);
}
