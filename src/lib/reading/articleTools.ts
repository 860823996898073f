/** The article page's small script: copy the link, share through the device, listen through its voice. */

type Text = { copied: string; copyFailed: string; play: string; pause: string; resume: string };

/** Wires the tools of an article page, if it has them. */
export function mountArticleTools(root: Document): void {
  const tools = root.querySelector<HTMLElement>('[data-article-tools]');
  if (!tools) return;
  const text = JSON.parse(tools.dataset.text ?? '{}') as Text;
  const url = tools.dataset.url ?? location.href;
  const status = tools.querySelector<HTMLElement>('[data-copy-status]')!;
  tools.querySelector('[data-copy]')?.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = text.copied;
    } catch {
      status.textContent = text.copyFailed;
    }
  });
  const share = tools.querySelector<HTMLButtonElement>('[data-share]');
  if (share && typeof navigator.share === 'function') {
    share.hidden = false;
    share.addEventListener(
      'click',
      () => void navigator.share({ title: tools.dataset.title, url }).catch(() => undefined),
    );
  }
  const speech = root.querySelector<HTMLElement>('[data-speech]');
  if (speech && 'speechSynthesis' in window) mountSpeech(speech, text);
}

/** Shows the listen controls only when the device has a Vietnamese voice. */
function mountSpeech(panel: HTMLElement, text: Text): void {
  const synth = window.speechSynthesis;
  const play = panel.querySelector<HTMLButtonElement>('[data-speech-play]')!;
  const stop = panel.querySelector<HTMLButtonElement>('[data-speech-stop]')!;
  const rate = panel.querySelector<HTMLSelectElement>('[data-speech-rate]')!;
  const vietnameseVoice = () =>
    synth.getVoices().find((voice) => voice.lang.toLowerCase().startsWith('vi'));
  const reveal = () => {
    if (vietnameseVoice()) panel.hidden = false;
  };
  reveal();
  synth.addEventListener('voiceschanged', reveal);

  const articleText = () =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-speech-text]'))
      .map((element) => element.innerText)
      .join('\n');
  const setState = (state: 'idle' | 'speaking' | 'paused') => {
    play.textContent =
      state === 'speaking' ? text.pause : state === 'paused' ? text.resume : text.play;
    stop.disabled = state === 'idle';
  };
  play.addEventListener('click', () => {
    if (synth.speaking && !synth.paused) {
      synth.pause();
      setState('paused');
    } else if (synth.paused) {
      synth.resume();
      setState('speaking');
    } else {
      const utterance = new SpeechSynthesisUtterance(articleText());
      utterance.voice = vietnameseVoice() ?? null;
      utterance.lang = 'vi-VN';
      utterance.rate = Number(rate.value);
      utterance.addEventListener('end', () => setState('idle'));
      synth.speak(utterance);
      setState('speaking');
    }
  });
  stop.addEventListener('click', () => {
    synth.cancel();
    setState('idle');
  });
}
