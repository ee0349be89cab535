package io.github.hadath.event;

import io.github.hadath.ner.Entity;
import io.github.hadath.text.CharSpan;
import io.github.hadath.text.Sentence;
import io.github.hadath.text.Token;
import io.github.hadath.text.TokenKind;
import io.github.hadath.text.TokenizedText;
import io.github.hadath.time.Timex;
import java.util.List;

/**
 * One sentence as the event rules see it: its tokens, and for each token the entity and the time
 * expression that cover it and the trigger it is. Indices are positions in {@link #tokens}.
 * Built and used within one call; not shared.
 */
final class SentenceView {

  final TokenizedText doc;
  final Sentence sentence;
  final List<Token> tokens;
  final Entity[] entity;
  final int[] entityEnd;
  final Timex[] timex;
  final TriggerLexicon.Hit[] trigger;
  final boolean headline;

  SentenceView(TokenizedText doc, Sentence sentence, List<Entity> entities, List<Timex> timexes,
      boolean headline) {
    this.doc = doc;
    this.sentence = sentence;
    this.tokens = doc.tokensOf(sentence.index());
    int n = tokens.size();
    this.entity = new Entity[n];
    this.entityEnd = new int[n];
    this.timex = new Timex[n];
    this.trigger = new TriggerLexicon.Hit[n];
    this.headline = headline;
    CharSpan s = sentence.span();
    for (Entity e : entities) {
      if (e.span().end() <= s.start() || e.span().start() >= s.end()) {
        continue;
      }
      if (n == 0) {
        break;
      }
      int first = -1;
      int last = -1;
      for (int k = 0; k < n; k++) {
        CharSpan t = tokens.get(k).span();
        if (t.start() < e.span().end() && e.span().start() < t.end()) {
          if (first < 0) {
            first = k;
          }
          last = k;
        }
      }
      for (int k = first; k >= 0 && k <= last; k++) {
        if (entity[k] == null) {
          entity[k] = e;
          entityEnd[k] = last;
        }
      }
    }
    for (Timex t : timexes) {
      for (int k = 0; k < n; k++) {
        CharSpan ts = tokens.get(k).span();
        if (ts.start() < t.span().end() && t.span().start() < ts.end() && timex[k] == null) {
          timex[k] = t;
        }
      }
    }
  }

  int size() {
    return tokens.size();
  }

  Token token(int k) {
    return tokens.get(k);
  }

  boolean isPunctuation(int k) {
    return tokens.get(k).kind() == TokenKind.PUNCTUATION;
  }

  /** Returns whether token {@code k} is one of the given punctuation marks. */
  boolean isMark(int k, String marks) {
    Token t = tokens.get(k);
    return t.kind() == TokenKind.PUNCTUATION && marks.contains(t.text());
  }

  /** Returns the original text from the start of token {@code from} to the end of {@code to}. */
  String text(int from, int to) {
    return doc.text().substring(tokens.get(from).span().start(), tokens.get(to).span().end());
  }

  CharSpan span(int from, int to) {
    return new CharSpan(tokens.get(from).span().start(), tokens.get(to).span().end());
  }
}
