package org.khotin.bench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything measured for one archive size.
 *
 * @param requested  Vietnamese articles asked for
 * @param corpus     what was generated (articles per language, keywords)
 * @param generation time to generate and write the corpus (not part of any figure)
 * @param builds     cold build, no-op rebuild, one-article rebuild (fewer after running out of memory)
 * @param output     the cold build's output: files and bytes, when it finished
 * @param imported   the import of raw articles, when it was run
 * @param hugo       Hugo's cold builds of the same corpus, when hugo is installed and wanted
 * @param peakResidentBytes the process's peak resident set during this size, where the system reports it
 * @param search     the search index of the cold build, when it was built
 */
public record SizeResult(int requested, CorpusWriter.Written corpus, Duration generation, List<Scenario> builds,
                         Optional<OutputSize> output, Optional<Scenario> imported, List<HugoSite.Run> hugo, Optional<Long> peakResidentBytes,
                         Optional<SearchFigures> search) {
    public SizeResult {
        builds = List.copyOf(builds);
        hugo = List.copyOf(hugo);
    }

    public Optional<Scenario> build(String name) {
        return builds.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
