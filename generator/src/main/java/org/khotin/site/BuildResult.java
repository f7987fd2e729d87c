package org.khotin.site;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.khotin.config.Language;
import org.khotin.content.Corpus;
import org.khotin.diag.Problem;
import org.khotin.taxonomy.KeywordIndex;

/**
 * What a build did: problems (sorted), articles per language, files written, time taken, the articles built.
 *
 * @param pagesUntouched pages a preview rebuild took as the last build made them, since they show nothing
 *                       that changed
 */
public record BuildResult(List<Problem> problems, Map<Language, Integer> articles, LeftOut leftOut, int pagesWritten,
                          int pagesUntouched, int filesWritten, Duration elapsed, Corpus corpus, KeywordIndex keywords,
                          StageTimes stages) {
    public BuildResult {
        problems = List.copyOf(problems);
        articles = Map.copyOf(articles);
    }

    public boolean ok() {
        return problems.stream().noneMatch(Problem::isError);
    }

    public String summary() {
        String untouched = pagesUntouched == 0 ? ""
                : String.format(Locale.ROOT, ", %d of them unchanged since the last build", pagesUntouched);
        return String.format(Locale.ROOT, "Built %d vi + %d en articles: %d pages (%d files)%s in %.2f s%s",
                articles.getOrDefault(Language.VI, 0), articles.getOrDefault(Language.EN, 0), pagesWritten,
                filesWritten, untouched, elapsed.toMillis() / 1000.0, leftOut.describe());
    }
}
