package io.github.hadath.io;

/**
 * The counters of one batch run.
 *
 * @param documents records written (one per input line or file)
 * @param errors records that are error records
 * @param warnings records that carry a warning (invalid UTF-8)
 * @param timeouts error records with code {@code TIMEOUT}, whose worker thread was abandoned
 * @param tokens tokens in the analysed documents
 * @param entities entity mentions found
 * @param timexes time expressions found
 * @param events events found
 * @param seconds wall-clock time of the run
 */
public record BatchSummary(
    long documents,
    long errors,
    long warnings,
    long timeouts,
    long tokens,
    long entities,
    long timexes,
    long events,
    double seconds) {

  /** Returns tokens analysed per second of wall-clock time. */
  public double tokensPerSecond() {
    return seconds > 0 ? tokens / seconds : 0;
  }

  /** Returns the counters on one line, {@code name=value} separated by spaces. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT,
        "documents=%d tokens=%d entities=%d timexes=%d events=%d errors=%d warnings=%d "
            + "timeouts=%d seconds=%.2f tokens/s=%.0f",
        documents, tokens, entities, timexes, events, errors, warnings, timeouts, seconds,
        tokensPerSecond());
  }
}
