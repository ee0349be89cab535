package io.github.hadath.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import io.github.hadath.event.Argument;
import io.github.hadath.event.Event;
import io.github.hadath.event.EventDate;
import io.github.hadath.event.EventLocation;
import io.github.hadath.event.EventType;
import io.github.hadath.event.Modality;
import io.github.hadath.event.Plover;
import io.github.hadath.event.Polarity;
import io.github.hadath.event.Role;
import io.github.hadath.event.Tense;
import io.github.hadath.event.Trigger;
import io.github.hadath.ner.Entity;
import io.github.hadath.ner.EntityType;
import io.github.hadath.testutil.SpanInvariants;
import io.github.hadath.text.Article;
import io.github.hadath.text.CharSpan;
import io.github.hadath.text.Sentence;
import io.github.hadath.time.ArticleDate;
import io.github.hadath.time.DateSource;
import io.github.hadath.time.Timex;
import io.github.hadath.time.TimexType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The JSON contract: round trip, the schema in docs/, and no class instantiation from JSON. */
class AnalysisJsonTest {

  static final Hadath HADATH = Hadath.builder().build();
  static final LocalDate SEED_DATE = LocalDate.of(2023, 12, 18);
  static final JsonSchema SCHEMA = loadSchema();
  static final ObjectMapper PLAIN = new ObjectMapper();

  static JsonSchema loadSchema() {
    try {
      String s = Files.readString(Path.of("docs/analysis.schema.json"), StandardCharsets.UTF_8);
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(s);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String seed() throws IOException {
    return Files.readString(Path.of("testdata/seed/sana-2023-12-18.txt"), StandardCharsets.UTF_8);
  }

  static Set<ValidationMessage> validate(String json) throws IOException {
    return SCHEMA.validate(PLAIN.readTree(json));
  }

  /** A hand-built analysis that uses every field, whatever the current stages produce. */
  static Analysis everyField() {
    String text = "قال لافروف في موسكو يوم 19 كانون الأول إنه سيزور أنقرة.";
    CharSpan lavrov = span(text, "لافروف");
    CharSpan moscow = span(text, "موسكو");
    CharSpan date = span(text, "19 كانون الأول");
    CharSpan ankara = span(text, "أنقرة");
    CharSpan said = span(text, "قال");
    CharSpan visit = span(text, "سيزور");
    List<Entity> entities = List.of(
        new Entity("e1", EntityType.PERSON, lavrov, "لافروف", "لافروف", "c1"),
        new Entity("e2", EntityType.LOCATION, moscow, "موسكو", "موسكو", "c2"),
        new Entity("e3", EntityType.LOCATION, ankara, "أنقرة", "انقره", "c3"));
    List<Timex> timexes = List.of(new Timex("t1", TimexType.DATE, date, "19 كانون الأول",
        "2023-12-19", null, true, "weekday says 2023-12-20"));
    Trigger saidT = new Trigger(said, "قال");
    Trigger visitT = new Trigger(visit, "سيزور");
    List<Event> events = List.of(
        new Event("v1", EventType.STATEMENT, 0, saidT, List.of(saidT),
            List.of(new Argument(Role.SPEAKER, "e1", "لافروف", lavrov)),
            new EventLocation("e2", "موسكو"),
            new EventDate("t1", "2023-12-19", "2023-12-20", DateSource.TEXT),
            Tense.PAST, Polarity.POSITIVE, Modality.ASSERTED, "010", null),
        new Event("v2", EventType.VISIT, 0, visitT, List.of(visitT),
            List.of(new Argument(Role.VISITOR, null, "إنه", null)),
            new EventLocation(null, "أنقرة"),
            new EventDate(null, "2023-12-18", null, DateSource.PUBLICATION),
            Tense.FUTURE, Polarity.NEGATIVE, Modality.HYPOTHETICAL, "042",
            new Plover("CONSULT", "visit")));
    CharSpan all = new CharSpan(0, text.length());
    return new Analysis("doc-1", text, new ArticleDate(0, SEED_DATE, DateSource.CALLER),
        List.of(new Article(0, all)), List.of(new ArticleDate(0, SEED_DATE, DateSource.CALLER)),
        List.of(new Sentence(0, 0, all)), List.of(), entities, timexes, events);
  }

  static CharSpan span(String text, String part) {
    int i = text.indexOf(part);
    return new CharSpan(i, i + part.length());
  }

  @Test
  void seedRoundTripGivesIdenticalJson() throws IOException {
    Analysis a = HADATH.analyze("seed", seed(), SEED_DATE);
    SpanInvariants.assertValid(a);
    String json = AnalysisJson.toJson(a);
    Analysis back = AnalysisJson.fromJson(json);
    SpanInvariants.assertValid(back);
    assertThat(AnalysisJson.toJson(back)).isEqualTo(json);
    assertThat(back.text()).isEqualTo(a.text());
    assertThat(back.entities()).isEqualTo(a.entities());
    assertThat(back.timexes()).isEqualTo(a.timexes());
    assertThat(back.events()).isEqualTo(a.events());
  }

  @Test
  void everyFieldSurvivesTheRoundTrip() {
    Analysis a = everyField();
    SpanInvariants.assertValid(a);
    String json = AnalysisJson.toJson(a);
    Analysis back = AnalysisJson.fromJson(json);
    SpanInvariants.assertValid(back);
    assertThat(AnalysisJson.toJson(back)).isEqualTo(json);
    assertThat(back.events()).isEqualTo(a.events());
    assertThat(back.timexes()).isEqualTo(a.timexes());
    assertThat(back.publicationDate()).isEqualTo(a.publicationDate());
  }

  @Test
  void outputIsOneLine() throws IOException {
    String json = AnalysisJson.toJson(HADATH.analyze(seed(), SEED_DATE));
    assertThat(json).doesNotContain("\n").doesNotContain("\r");
  }

  @Test
  void seedOutputFollowsTheSchema() throws IOException {
    String json = AnalysisJson.toJson(HADATH.analyze("seed", seed(), SEED_DATE));
    assertThat(validate(json)).isEmpty();
    String undated = AnalysisJson.toJson(HADATH.analyze(seed()));
    assertThat(validate(undated)).isEmpty();
  }

  @Test
  void everyFieldAndEmptyAnalysesFollowTheSchema() throws IOException {
    assertThat(validate(AnalysisJson.toJson(everyField()))).isEmpty();
    assertThat(validate(AnalysisJson.toJson(HADATH.analyze("")))).isEmpty();
  }

  @Test
  void schemaRejectsOutputThatBreaksTheContract() throws IOException {
    ObjectNode n = (ObjectNode) PLAIN.readTree(AnalysisJson.toJson(everyField()));
    ObjectNode noText = n.deepCopy();
    noText.remove("text");
    assertThat(SCHEMA.validate(noText)).isNotEmpty();
    ObjectNode badType = n.deepCopy();
    ((ObjectNode) badType.get("entities").get(0)).put("type", "PER");
    assertThat(SCHEMA.validate(badType)).isNotEmpty();
    ObjectNode badStart = n.deepCopy();
    ((ObjectNode) badStart.get("sentences").get(0)).put("start", -1);
    assertThat(SCHEMA.validate(badStart)).isNotEmpty();
  }

  @Test
  void batchErrorRecordFollowsTheSchema() throws IOException {
    String rec = "{\"id\":null,\"line\":3,\"error\":{\"code\":\"INVALID_JSON\",\"message\":\"x\"}}";
    assertThat(validate(rec)).isEmpty();
    assertThat(validate(rec.replace("INVALID_JSON", "OOPS"))).isNotEmpty();
  }

  @Test
  void readingRefusesWhatIsNotAnAnalysis() {
    assertThatThrownBy(() -> AnalysisJson.fromJson("[1,2]"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AnalysisJson.fromJson("{\"id\":\"x\"}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
    assertThatThrownBy(() -> AnalysisJson.fromJson("{not json"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mapperHasNoDefaultTyping() {
    assertThat(AnalysisJson.MAPPER.getDeserializationConfig()
        .getDefaultTyper(AnalysisJson.MAPPER.constructType(Object.class))).isNull();
  }

  @Test
  void classNamesInTheJsonInstantiateNothing() {
    String canary = Canary.class.getName();
    String json = "{\"@class\":\"" + canary + "\",\"text\":\"abc\",\"id\":{\"@class\":\""
        + canary + "\"},\"sentences\":[{\"@type\":\"" + canary + "\",\"start\":0,\"end\":3}]}";
    Analysis a = AnalysisJson.fromJson(json);
    assertThat(a.text()).isEqualTo("abc");
    String typedArray = "{\"text\":\"abc\",\"entities\":[[\"" + canary + "\",{}]]}";
    assertThatThrownBy(() -> AnalysisJson.fromJson(typedArray))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(System.getProperty(Canary.PROPERTY)).as("Canary must never be initialised")
        .isNull();
  }

  /** A class whose initialisation would be visible: JSON must never make Hadath load it. */
  static final class Canary {
    static final String PROPERTY = "hadath.test.canary.initialised";

    static {
      System.setProperty("hadath.test.canary.initialised", "yes");
    }
  }
}
