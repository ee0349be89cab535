package io.github.hadath.testutil;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.Analysis;
import io.github.hadath.event.Argument;
import io.github.hadath.event.Event;
import io.github.hadath.event.Trigger;
import io.github.hadath.ner.Entity;
import io.github.hadath.text.CharSpan;
import io.github.hadath.text.Segment;
import io.github.hadath.text.Sentence;
import io.github.hadath.text.Token;
import io.github.hadath.time.Timex;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The invariants every result must satisfy, checked by every test that produces one: spans lie
 * inside the text, cover exactly their text, never go backwards, sentences do not overlap, and
 * every id an event names exists.
 */
public final class SpanInvariants {

  private SpanInvariants() {}

  /** Asserts every span invariant of {@code a}. */
  public static void assertValid(Analysis a) {
    String text = a.text();
    int prevEnd = 0;
    for (Sentence s : a.sentences()) {
      assertInside(text, s.span(), "sentence " + s.index());
      assertThat(s.span().start()).as("sentences must not overlap or go backwards")
          .isGreaterThanOrEqualTo(prevEnd);
      prevEnd = s.span().end();
    }
    prevEnd = 0;
    for (Token t : a.tokens()) {
      assertInside(text, t.span(), "token " + t.index());
      assertThat(t.span().textOf(text)).isEqualTo(t.text());
      assertThat(t.span().start()).as("tokens must not overlap").isGreaterThanOrEqualTo(prevEnd);
      prevEnd = t.span().end();
      for (Segment seg : t.segments()) {
        assertThat(t.span().contains(seg.span())).as("segment inside its token " + t.text())
            .isTrue();
        assertThat(seg.span().textOf(text)).isEqualTo(seg.text());
      }
    }
    Set<String> entityIds = new HashSet<>();
    CharSpan prev = null;
    for (Entity e : a.entities()) {
      assertInside(text, e.span(), "entity " + e.id());
      assertThat(e.span().textOf(text)).as("entity text of " + e.id()).isEqualTo(e.text());
      assertThat(entityIds.add(e.id())).as("unique entity id " + e.id()).isTrue();
      if (prev != null) {
        assertThat(e.span().compareTo(prev)).as("entities sorted").isGreaterThanOrEqualTo(0);
      }
      prev = e.span();
    }
    Set<String> timexIds = new HashSet<>();
    for (Timex t : a.timexes()) {
      assertInside(text, t.span(), "timex " + t.id());
      assertThat(t.span().textOf(text)).as("timex text of " + t.id()).isEqualTo(t.text());
      assertThat(timexIds.add(t.id())).as("unique timex id " + t.id()).isTrue();
    }
    for (Event v : a.events()) {
      assertTrigger(text, v.trigger());
      assertThat(v.mentions()).contains(v.trigger());
      for (Trigger m : v.mentions()) {
        assertTrigger(text, m);
      }
      for (Argument arg : v.arguments()) {
        if (arg.entity() != null) {
          assertThat(entityIds).as("argument entity of " + v.id()).contains(arg.entity());
        }
        if (arg.span() != null) {
          assertInside(text, arg.span(), "argument of " + v.id());
        }
      }
      if (v.location() != null && v.location().entity() != null) {
        assertThat(entityIds).as("location entity of " + v.id()).contains(v.location().entity());
      }
      if (v.date() != null && v.date().timex() != null) {
        assertThat(timexIds).as("date timex of " + v.id()).contains(v.date().timex());
      }
    }
  }

  /** Asserts that every span in {@code spans} lies inside {@code text}. */
  public static void assertInside(String text, List<CharSpan> spans) {
    for (CharSpan s : spans) {
      assertInside(text, s, "span");
    }
  }

  private static void assertTrigger(String text, Trigger t) {
    assertInside(text, t.span(), "trigger");
    assertThat(t.span().textOf(text)).isEqualTo(t.text());
  }

  private static void assertInside(String text, CharSpan s, String what) {
    assertThat(s.end()).as(what + " " + s + " inside text of length " + text.length())
        .isLessThanOrEqualTo(text.length());
  }
}
