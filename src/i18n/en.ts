/**
 * The tools' messages in English, for developers (`LANG=en` or `--lang en`); journalists get
 * src/i18n/vi.ts. Typed against the Vietnamese object, so a key missing here does not compile.
 */
import type { ToolMessages } from './vi.ts';

/** "a district", "an author". */
const withArticle = (word: string) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

export const toolMessages: ToolMessages = {
  collections: {
    series: 'series',
    districts: 'district',
    models: 'model',
    people: 'person',
    authors: 'author',
    topics: 'topic',
  },
  or: 'or',
  didYouMean: (ids) => `did you mean ${ids}?`,
  report: {
    warning: 'warning: ',
    summary: (errors, warnings) =>
      `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`,
    clean: 'No problems found.',
    rewrittenNfc: (file) => `rewritten in NFC: ${file}`,
    contentHasErrors: (folder) =>
      `\nThe content folder ${folder} has errors: fix them first (npm run check lists them).`,
    buildStopped: 'Build stopped before writing anything: fix the errors above.',
    devStopped: 'The content has errors (listed above); fix them, then run again.',
    buildFailed: 'Build failed: ',
    pagesReused: (rendered, reused) => `Pages: ${rendered} rendered, ${reused} reused.`,
    searchIndexed: (pages, asWritten) =>
      `Search index: ${pages} pages${asWritten ? ', read as Astro wrote them' : ''}.`,
    newestIndexed: (pages) =>
      `A search index of the ${pages} newest pages too (searched first, for quick results).`,
    astroOutOfMemory: (heapMiB, memoryMiB) =>
      `Astro used all of the ${heapMiB} MiB of memory it was given (the machine has ` +
      `${memoryMiB} MiB) while writing the pages; the previous site is untouched. Build on a ` +
      'machine with more memory, or split the archive into builds by year (BENCHMARKS.md, ' +
      '"Past one machine").',
  },
  content: {
    folderMissing: 'the content folder does not exist',
    folderMissingHint: 'set CONTENT_DIR to a folder with site.yaml, articles/, series/, ...',
    siteMissing: 'the site settings file is missing',
    siteMissingHint:
      'create site.yaml with name, description, publisher, dateline, province and url',
    emptyFile: 'the file is empty',
    emptyFileHint: 'fill in the fields of the example in README.md',
    notSlug: (file) => `file name "${file}" is not an ASCII slug`,
    renameTo: (name) =>
      `rename it to ${name}: lower-case letters without diacritics, digits and "-"`,
    slugRule: 'use lower-case letters without diacritics, digits and "-", e.g. hoc-va-lam-theo-bac',
    duplicateId: (id, other) => `duplicate id "${id}": ${other} has the same file name`,
    duplicateIdHint: 'rename one of the two files',
    notNfc: 'the text is not in Unicode NFC (composed characters)',
    notNfcHint: 'run npm run check -- --fix to rewrite it in NFC',
    unknown: (kind, id) => `unknown ${kind} "${id}"`,
    addOrUse: (file) => `add ${file} or use an existing id`,
    seriesWithoutPart: (id) => `series "${id}" has no part`,
    seriesWithoutPartHint: (id) =>
      `add an article with series: ${id} and part: 1, or delete this file`,
    duplicatePart: (part, series, file) => `part ${part} of series "${series}" is also ${file}`,
    duplicatePartHint: 'give each part its own number',
    missingPart: (part) => `part ${part} is missing from the archive`,
    missingPartHint: 'list it under parts with its title, or add the article',
  },
  syntax: {
    yaml: (message) => `YAML syntax: ${message}`,
    noFrontMatter: 'the article has no front matter between "---" lines',
    noFrontMatterHint:
      'start the file with a line "---", then title, description, pubDate and the other fields, then another line "---"',
    otherHint: 'check quotes, colons and indentation on this line',
    aliasesHint: 'write the values out instead of repeating them with &name and *name',
    errors: {
      colonInValue: {
        message: 'the value holds ": ", which starts a new field',
        hint: 'put the whole value in double quotes',
      },
      strayLine: {
        message: 'the line is neither a field nor part of one',
        hint: 'write "field: value" on one line, and put long text in double quotes',
      },
      afterQuote: {
        message: 'the value goes on after its closing quote',
        hint: 'quotation marks inside a quoted value end it: write them as “ ” instead',
      },
      unclosedQuote: {
        message: 'a quoted value has no closing quote',
        hint: 'end the value with the quote it starts with',
      },
      twice: { message: 'the field appears twice', hint: 'keep only one of the two lines' },
      unclosedList: {
        message: 'a list has no closing "]"',
        hint: 'close the list with ] on the same line',
      },
      indentation: {
        message: 'the line is indented differently from the fields around it',
        hint: 'start every field at the same column',
      },
      tab: { message: 'the line is indented with a tab', hint: 'indent with spaces' },
    },
  },
  schema: {
    unknownField: 'is not a known field',
    unknownFieldHint: 'remove it, or check its spelling against README.md',
    required: 'is required',
    requiredWith: (other) => `is required with ${other}`,
    add: (name, kind, parent, other) =>
      `add ${name}: followed by ${kind}${parent ? ` in ${parent}` : ''}${other ? `, or remove ${other}` : ''}`,
    mustBe: (kind, value) => `must be ${kind}, not ${value}`,
    atLeast: (n) => `at least ${n}`,
    atMost: (n) => `at most ${n}`,
    englishWords: 'write one of these English words as it is spelled here',
    notEmpty: 'must not be empty',
    notId: 'must be lower-case ASCII words joined by "-"',
    notRepo: 'must be "owner/name"',
    notUrl: 'is not a web address',
    notTimeZone: 'is not an IANA time zone such as "Asia/Ho_Chi_Minh"',
    kinds: {
      id: (kind) => `${withArticle(kind)} id`,
      ids: (kind) => `a list of ${kind} ids`,
      url: 'a web address like "https://…"',
      text: 'text',
      number: 'a number',
      boolean: 'true or false',
      list: 'a list',
      date: 'a date like 2024-04-10',
      object: 'its fields in { }',
      value: 'a value',
    },
    hints: {
      text: 'put the text in double quotes',
      number: 'write the number in digits, without quotes',
      boolean: (name) => `write ${name}: true or ${name}: false`,
      list: (name, example) => `write it in brackets, e.g. ${name}: [${example}]`,
      listExample: 'a, b',
      date: 'write a date and time that exist, e.g. 2024-04-10 or 2024-04-10T07:00:00+07:00',
      object: 'write its fields in { }, as in README.md',
    },
  },
  dates: {
    notADate: (text) => `"${text}" is not a date like 2023-05-19 or 2023-05-19T07:00:00+07:00`,
    noMonth: (text, month) => `"${text}" has no month ${month}`,
    noDay: (text, month, year, day) => `"${text}": ${month}/${year} has no day ${day}`,
    impossibleTime: (text) => `"${text}" has an impossible time of day`,
  },
  body: {
    doesNotCompile: (reason) => `MDX does not compile: ${reason}`,
    closeTag: (tag) => `close it with </${tag}>, or write \\< where "<" is plain text`,
    closeBrace: 'close it with }, or write \\{ where "{" is plain text',
    htmlComment: 'remove the comment, or write \\< for a plain "<"',
    closeEverything:
      'close every <tag>, and write { } and < > as \\{ \\} and \\< \\> when they are plain text',
    code: (word) => `"${word}" is not allowed in an article: articles are data, not code`,
    codeHint: (components) => `remove it; the components ${components} need no import`,
    expression: (code) => `the expression {${code}} is not allowed in an article`,
    expressionHint:
      'write \\{ and \\} for literal braces; use a component for a box or a quotation',
    unsafeLink: (url) => `the link "${url}" would run code, not open a page`,
    unsafeLinkHint: 'link to an address that starts with https://, or to a page of the archive',
    remotePicture: (url) => `the picture "${url}" is on another site`,
    remotePictureHint:
      'save the picture next to the article and write its name, e.g. ![...](./anh-1.jpg)',
    noAlt: (url) => `the picture "${url}" has no alt text`,
    noAltHint: 'say what it shows between the brackets: ![Người dân mở đường](./anh-1.jpg)',
    pictureReference: 'a picture written as a reference ![...][...]',
    pictureReferenceHint: 'write it as ![what it shows](./anh-1.jpg)',
    htmlTag: (name) => `the HTML tag <${name}> is not allowed in an article`,
    htmlTagHint: (components) =>
      `use Markdown (**bold**, _italic_, lists, > quotations) or one of ${components}`,
    unknownComponent: (name) => `unknown component <${name}>`,
    useComponent: (components) => `use one of ${components}`,
    spreadProp: (name, code) => `<${name}> has a spread prop {${code}}`,
    spreadPropHint: 'write each prop as name="text"',
    expressionProp: (name, prop) => `<${name} ${prop}={...}> has an expression for a prop`,
    quoteProp: (prop) => `quote it: ${prop}="..."`,
  },
  components: {
    needsProp: (name, prop) => `<${name}> needs ${prop}`,
    writeAs: (tag) => `write it as ${tag}`,
    unknownCard: (name, kind, id) => `<${name}> names an unknown ${kind} "${id}"`,
  },
  files: {
    nouns: { image: 'picture', audio: 'recording' },
    fix: (noun, example) =>
      `put the ${noun} next to the article and write its name, e.g. ${example}`,
    notNextTo: (noun, src) => `the ${noun} "${src}" is not a file next to the article`,
    outside: (noun, src) => `the ${noun} "${src}" lies outside the content folder`,
    missing: (noun, src) => `${noun} file "${src}" does not exist`,
    linkOutside: (noun, src) =>
      `the ${noun} "${src}" is a link to a file outside the content folder`,
    copyInside: 'copy the file itself into the content folder',
    notOneOf: (noun, src, names) => `the ${noun} "${src}" is not one of ${names}`,
    saveAs: { image: 'save it as JPEG, PNG or WebP', audio: 'save it as MP3 (or M4A, Ogg)' },
    wrongFormat: (noun, src, found, expected) =>
      `the ${noun} "${src}" is a ${found} file, not ${expected} as its name says`,
    renameHint: (expected) => `rename it to the right extension, or save it again as ${expected}`,
    notKind: (noun, src, expected) =>
      `the ${noun} "${src}" is not a ${noun}: its content is not ${expected}`,
    notKindHint: (noun, expected) =>
      `save the ${noun} again as ${expected}, or choose another file`,
  },
  new: {
    usage: `Usage: npm run new -- --title "<title>" [options]

  --title <text>       the headline (required when not run in a terminal)
  --series <id>        the series the article is a part of
  --part <n>           its part number (default: the series' next free part)
  --district <id>      a district it is about; repeat it or write a comma list
  --topic <id>         a topic; repeat it or write a comma list
  --date <date>        2025-06-01 or 2025-06-01T07:00 (default: today)
  --lang en            messages in English (Vietnamese by default)

Run it without --title in a terminal to be asked for each of them.`,
    titleNeeded:
      'Give the article\'s title with --title "<title>" (there is no terminal to ask in).',
    intro: 'New article',
    title: 'Title',
    titleInvalid: 'Write a title with letters or digits.',
    series: 'Series',
    noSeries: 'None: a single article',
    part: 'Part number',
    partInvalid: 'Write 1, 2, 3, ...',
    districts: 'Districts it is about (space to choose, enter to go on)',
    topics: 'Topics (space to choose, enter to go on)',
    date: 'Publication date',
    cancelled: 'Cancelled: nothing was written.',
    error: (message) => `Error: ${message}`,
    nothingWritten: 'Nothing was written.',
    exists: (file) => `${file} already exists: nothing was written.`,
    cannotWrite: (file, reason) => `Could not write ${file}: ${reason}`,
    created: (file) => `Created ${file}, a draft.`,
    createdPart: (file, part, series) =>
      `Created ${file} (part ${part} of series "${series}"), a draft.`,
    nextSteps: (file) => [
      'Next steps:',
      `  1. Open ${file}: replace the description placeholder with the lead and write the article.`,
      '  2. Run `npm run check` to validate the content.',
      '  3. Set `draft: false` when the article is ready to publish.',
    ],
    titleEmpty: 'the title is empty',
    titleWithoutLetters: (title) =>
      `the title "${title}" has no letters or digits to make a file name from`,
    partNeedsSeries: 'a part number needs a series (--series)',
    knownIds: (ids) => `known ids: ${ids}`,
    noIds: 'none',
    partNumber: (part) => `the part number must be 1, 2, 3, ... (not ${part})`,
    partTaken: (part, series, file, next) =>
      `part ${part} of series "${series}" already exists: ${file} (the next free part is ${next})`,
    badDate: (reason) => `the date ${reason}`,
    leadComment: 'the lead: replace this placeholder with one or two sentences',
    draftComment: 'set to false when the article is ready to publish',
  },
  import: {
    usage: `Usage: npm run import -- [--out <folder>] [--force] <file.txt>...

  --out <folder>   write the articles there instead of articles/<year>/ in the content folder
  --force          replace an article file that already exists
  --lang en        messages in English (Vietnamese by default)

Each file is an article copied as plain text from the old website: the title on the first
line, then the lead ("BBK - ..."), then the body; "Xem thêm" and what follows are dropped.`,
    noFiles: 'Name at least one file to import.',
    unreadable: (reason) => `cannot be read (${reason})`,
    wouldOverwrite: 'a file it would write already exists',
    stopped: (reason) => `${reason}; stopped`,
    none: '(none)',
    noneFound: '(none found)',
    newSeries: (file) => ` (new: ${file})`,
    unknownDate: (placeholder) => `unknown (placeholder ${placeholder})`,
    draft: ' (draft)',
    todo: 'to do before publishing:',
    failures: (failed, total) => `${failed} of ${total} file(s) not imported cleanly.`,
    next: 'Next: edit the files (fill in what the comments ask), run `npm run check`, then set draft: false.',
    empty: (source) => `${source} is empty`,
    exists: (file) => `${file} already exists (use --force to replace it)`,
    badDate: (reason) => `pubDate: the text's date ${reason}; write the right one`,
    noDate: (placeholder) =>
      `pubDate: the text gives no date, so ${placeholder} stands in for it; write the date the article was first published and move the file to articles/<its year>/`,
    noLead: 'description: the text has no lead; write one',
    noDateline:
      'description: the text has no dateline such as "BBK - ", so its first paragraph was taken as the lead; check it',
    noBody: 'the text has no body below the lead; check the import',
    newSeriesTodo: (file) =>
      `series: ${file} is new; write its description and check its title and parts`,
    partTaken: (part, series, file) =>
      `part: part ${part} of series "${series}" is already ${file}; check that this is not the same article`,
    header: (source) =>
      `Imported by \`npm run import\` from ${source}: check it against the original.`,
    headerTodo: 'Before publishing, fill in or check, then set draft: false:',
    datePlaceholder: 'placeholder: the real date is unknown',
    leadPlaceholder: 'placeholder: write the lead',
    seriesHeader: (source) =>
      `Created by \`npm run import\` from ${source}. Write the description and check the title and the parts.`,
    seriesEnded:
      'The imported part ends with "(Hết)": set status: complete once every part is in the archive.',
    seriesDescription: 'placeholder: one or two sentences about the series',
  },
};
