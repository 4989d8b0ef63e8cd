import { focusMessageType, frameHeightLimits, heightMessageType } from './message';

interface SnippetOptions {
  /** The embed page's full address, e.g. https://jalanpulih.id/embed/id/use-check/. */
  src: string;
  /** The frame's title for screen readers. */
  title: string;
}

/** The height a frame keeps where the script does not run: a question and its answers fit. */
export const fallbackHeight = 760;

/**
 * The code another site pastes: the frame, and a few lines that set its height from our messages.
 * They accept a message only from this site's origin and only for the frame it came from, and
 * keep the height within sane limits, so no other page or frame can resize anything.
 */
export function embedSnippet({ src, title }: SnippetOptions): string {
  const origin = new URL(src).origin;
  const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return [
    `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="${fallbackHeight}" style="border:0;max-width:42rem" loading="lazy"></iframe>`,
    '<script>',
    'addEventListener("message", function (event) {',
    `  if (event.origin !== "${origin}" || !event.data) return;`,
    '  var frames = document.getElementsByTagName("iframe");',
    '  for (var i = 0; i < frames.length; i++) {',
    '    if (frames[i].contentWindow !== event.source) continue;',
    `    if (event.data.type === "${heightMessageType}") {`,
    `      var height = Math.min(Math.max(Number(event.data.height) || 0, ${frameHeightLimits.min}), ${frameHeightLimits.max});`,
    '      frames[i].style.height = height + "px";',
    `    } else if (event.data.type === "${focusMessageType}") {`,
    '      // What the quiz just showed (a question, the result) is brought into view if it is not.',
    '      var top = frames[i].getBoundingClientRect().top + Math.max(Number(event.data.top) || 0, 0);',
    '      if (top < 0 || top > innerHeight * 0.6) scrollBy(0, top - 16);',
    '    }',
    '  }',
    '});',
    '</script>',
  ].join('\n');
}
