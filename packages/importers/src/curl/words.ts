/** A shell word after quoting is undone, and the line it started on (for messages). */
export interface Word {
  value: string;
  line: number;
}

/** One command line as the shell sees it: continuation lines joined, numbered by its first physical line. */
export interface CommandLine {
  line: number;
  words: Word[];
}

/**
 * Collects words into command lines. Tokenizers feed characters to the current word, close words at
 * whitespace, and close lines at line ends that are not continued.
 */
export class WordCollector {
  readonly lines: CommandLine[] = [];
  private words: Word[] = [];
  private word: Word | undefined;
  private lineStart: number | undefined;

  /** Adds text to the current word, starting one on `line` if none is open (an empty quoted "" starts one too). */
  append(text: string, line: number): void {
    this.lineStart ??= line;
    this.word ??= { value: "", line };
    this.word.value += text;
  }

  endWord(): void {
    if (this.word) this.words.push(this.word);
    this.word = undefined;
  }

  endLine(): void {
    this.endWord();
    if (this.words.length > 0) this.lines.push({ line: this.lineStart!, words: this.words });
    this.words = [];
    this.lineStart = undefined;
  }

  get inWord(): boolean {
    return this.word !== undefined;
  }
}
