// Marks the source, target and trigger of an event in its sentence, with
// DOM nodes (never innerHTML: the text is the news, not markup).

// dyad's offsets are UTF-8 bytes; JavaScript strings count UTF-16 units.
export function byteToIndex(text, byteOffset) {
  const bytes = new TextEncoder().encode(text);
  return new TextDecoder().decode(bytes.slice(0, byteOffset)).length;
}

// spans: [{begin, end, kind}] as string indices; overlapping ones are dropped.
export function highlight(text, spans) {
  const out = document.createElement('p');
  out.className = 'sentence';
  const sorted = spans
    .filter((s) => s && s.end > s.begin)
    .sort((a, b) => a.begin - b.begin);
  let at = 0;
  for (const span of sorted) {
    if (span.begin < at) continue;
    out.append(text.slice(at, span.begin));
    const mark = document.createElement('mark');
    mark.className = span.kind;
    mark.title = span.kind;
    mark.textContent = text.slice(span.begin, span.end);
    out.append(mark);
    at = span.end;
  }
  out.append(text.slice(at));
  return out;
}

// Finds words in a sentence for a stored event (whose offsets are into its
// document): the first occurrence of each, trigger first.
export function findSpans(sentence, words) {
  const spans = [];
  for (const [kind, word] of words) {
    if (!word) continue;
    const begin = sentence.indexOf(word);
    if (begin >= 0) spans.push({ begin, end: begin + word.length, kind });
  }
  return spans;
}
