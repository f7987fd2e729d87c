package org.khotin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.config.ConfigLoader;
import org.khotin.config.SiteConfig;
import org.khotin.diag.Problems;
import org.khotin.output.MemorySink;
import org.khotin.site.BuildOptions;
import org.khotin.site.BuildResult;
import org.khotin.site.SiteBuilder;

/** End to end: the seeds imported into an empty site build without a single problem. */
class ImportedSiteBuildTest {
    @TempDir
    Path site;

    @Test
    void importedSeedsBuildWithTheBatchDateForTheUndatedOne() throws IOException {
        BuildResult result = importAndBuild(ImportFixtures.importer().withBatchDate(LocalDate.of(2021, 1, 15)));
        assertTrue(result.ok() && result.problems().isEmpty(), result.problems().toString());
        String page = page("ban-to-chuc-tinh-uy-da-tich-cuc").orElseThrow();
        assertTrue(page.contains("Lan tỏa sâu rộng phong trào đảng viên tình nguyện</h2>"), page);
        assertTrue(page.contains("<em>"), page);
        // dated by the day alone: the page shows the day, no time
        assertTrue(page.contains("<time datetime=\"2021-01-15\">Thứ Sáu, 15/01/2021</time>"), page);
    }

    @Test
    void anUndatedImportIsNeverPublishedAndTheBuildSaysItWaitsForReview() throws IOException {
        BuildResult result = importAndBuild(ImportFixtures.importer());
        assertTrue(result.ok(), result.problems().toString());
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertTrue(result.problems().get(0).message().startsWith("draft waiting for review: no date yet"),
                result.problems().toString());
        assertTrue(page("ban-to-chuc-tinh-uy-da-tich-cuc").isEmpty());
        assertTrue(sink.committed().keySet().stream().noneMatch(k -> k.contains("/2021/")), "no archive under the estimated year");
        // even a preview of drafts has no date to place it by
        MemorySink drafts = new MemorySink();
        new SiteBuilder(site, ImportFixtures.CLOCK).build(config(), BuildOptions.of(java.util.Optional.empty(), true, false, false), drafts);
        assertTrue(drafts.committed().keySet().stream().noneMatch(k -> k.contains("ban-to-chuc-tinh-uy-da-tich-cuc")));
    }

    private final MemorySink sink = new MemorySink();

    private BuildResult importAndBuild(Importer importer) throws IOException {
        Files.copy(Path.of("..", "site-config.yml"), site.resolve("site-config.yml"));
        PathUtils.copyDirectory(Path.of("..", "templates"), site.resolve("templates"));
        ImportReport report = importer.run(List.of(new Importer.Input(Path.of("..", "seeds"), "seeds")),
                new Importer.Options(site.resolve("content"), "content", false, false));
        assertEquals(5, report.count(ImportReport.Status.NEW), String.join("\n", report.lines()));
        return new SiteBuilder(site, ImportFixtures.CLOCK).build(config(), BuildOptions.defaults(), sink);
    }

    private SiteConfig config() {
        return new ConfigLoader().load(site.resolve("site-config.yml"), "site-config.yml", new Problems()).orElseThrow();
    }

    private java.util.Optional<String> page(String slugPart) {
        return sink.committed().entrySet().stream()
                .filter(e -> e.getKey().contains(slugPart) && e.getKey().endsWith("index.html"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst();
    }
}
