#!/usr/bin/env bash
# Regenerates models/time/icu-names.tsv (the ICU4J month and weekday names the temporal tagger
# enters at start-up, precomputed so that loading need not read 28 locales' calendar data) from
# the ICU4J on the build classpath, then the model manifest. Run it after upgrading ICU4J;
# TimeLexiconIcuNamesTest fails while the file and ICU disagree. Until it is run, TimeLexicon
# notices the version change and asks ICU itself, so results never depend on a stale file.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q ${MVN_ARGS:-} test -Dtest=TimeLexiconIcuNamesTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dhadath.regenerate="$PWD/models/time/icu-names.tsv"
scripts/update-model-manifest.sh
echo "models/time/icu-names.tsv regenerated; rebuild (mvn package) to bundle it" >&2
