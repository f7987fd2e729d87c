package org.khotin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void importedSeedsBuild() throws IOException {
        Files.copy(Path.of("..", "site-config.yml"), site.resolve("site-config.yml"));
        PathUtils.copyDirectory(Path.of("..", "templates"), site.resolve("templates"));
        ImportReport report = ImportFixtures.importer().run(List.of(new Importer.Input(Path.of("..", "seeds"), "seeds")),
                new Importer.Options(site.resolve("content"), "content", false, false));
        assertEquals(5, report.count(ImportReport.Status.NEW), String.join("\n", report.lines()));

        Problems problems = new Problems();
        SiteConfig config = new ConfigLoader().load(site.resolve("site-config.yml"), "site-config.yml", problems).orElseThrow();
        MemorySink sink = new MemorySink();
        BuildResult result = new SiteBuilder(site, ImportFixtures.CLOCK).build(config, BuildOptions.defaults(), sink);
        assertTrue(result.ok() && result.problems().isEmpty(), result.problems().toString());
        String page = sink.committed().entrySet().stream()
                .filter(e -> e.getKey().contains("lan-toa") || e.getKey().contains("ban-to-chuc-tinh-uy-da-tich-cuc"))
                .filter(e -> e.getKey().endsWith("index.html"))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertTrue(page.contains("Lan tỏa sâu rộng phong trào đảng viên tình nguyện</h2>"), page);
        assertTrue(page.contains("<em>"), page);
    }
}
