package io.github.hadath.cli;

import io.github.hadath.eval.ConllReader;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Corpus format names given on the command line ({@code --format F} or {@code FILE@F}): an
 * unknown name is the caller's mistake, so it is a usage error (exit 2, with the command's
 * usage) like a bad option, not a failure of the command.
 */
final class CorpusFormats {

  private CorpusFormats() {}

  static ConllReader.Format parse(CommandSpec spec, String name) {
    try {
      return ConllReader.Format.parse(name);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e, null,
          name);
    }
  }
}
