package io.github.hadath.ner;

/** The kinds of named entity Hadath tags (the ANERcorp/CoNLL classes, spelled out). */
public enum EntityType {
  /** A person: {@code ميخائيل ميشوستين}. CoNLL tag {@code PER}. */
  PERSON("PER"),
  /** A country, city, region or named site: {@code الصين}, {@code قصر الدرعية}. {@code LOC}. */
  LOCATION("LOC"),
  /** A ministry, agency, party, company or international body. {@code ORG}. */
  ORGANIZATION("ORG"),
  /** Any other name: events, products, works. {@code MISC}. */
  MISC("MISC");

  private final String conllTag;

  EntityType(String conllTag) {
    this.conllTag = conllTag;
  }

  /** Returns the short tag used in CoNLL files ({@code PER}, {@code LOC}, ...). */
  public String conllTag() {
    return conllTag;
  }

  /**
   * Returns the type for a CoNLL tag suffix, accepting the variants corpora use
   * ({@code PER}, {@code PERS}, {@code LOC}, {@code GPE}, {@code ORG}, {@code MISC}).
   *
   * @throws IllegalArgumentException for an unknown tag
   */
  public static EntityType fromConllTag(String tag) {
    switch (tag) {
      case "PER":
      case "PERS":
      case "PERSON":
        return PERSON;
      case "LOC":
      case "GPE":
      case "LOCATION":
        return LOCATION;
      case "ORG":
      case "ORGANIZATION":
        return ORGANIZATION;
      case "MISC":
        return MISC;
      default:
        throw new IllegalArgumentException("unknown entity tag '" + tag + "'");
    }
  }
}
