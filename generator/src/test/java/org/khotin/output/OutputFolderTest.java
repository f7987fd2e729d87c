package org.khotin.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir
    Path dir;
    Path site;
    Map<String, Path> sources;

    @BeforeEach
    void site() throws IOException {
        site = Files.createDirectories(dir.toRealPath().resolve("repo/site"));
        Files.createDirectories(site.resolve("content/vi"));
        Files.createDirectories(site.resolve("templates"));
        sources = Map.of("content_dir", site.resolve("content"), "templates_dir", site.resolve("templates"));
    }

    private String refusal(Path out) throws IOException {
        return OutputFolder.refusal(OutputFolder.realPath(out), site, sources).orElse("allowed");
    }

    @Test
    void realPathsFollowLinksAndDotDotWhetherTheFolderExistsOrNot() throws IOException {
        Path elsewhere = Files.createDirectories(dir.toRealPath().resolve("elsewhere/www"));
        Path link = Files.createSymbolicLink(site.resolve("public"), elsewhere);
        assertThat(OutputFolder.realPath(link)).isEqualTo(elsewhere);
        assertThat(OutputFolder.realPath(site.resolve("public/"))).isEqualTo(elsewhere);
        // ".." after a link is the parent of its target, as the system reads it
        assertThat(OutputFolder.realPath(link.resolve("../www"))).isEqualTo(elsewhere);
        assertThat(OutputFolder.realPath(link.resolve("not-yet/site"))).isEqualTo(elsewhere.resolve("not-yet/site"));
        assertThat(OutputFolder.realPath(site.resolve("not-yet/../content"))).isEqualTo(site.resolve("content"));
        Path dangling = Files.createSymbolicLink(site.resolve("dangling"), dir.resolve("made-later"));
        assertThat(OutputFolder.realPath(dangling)).isEqualTo(dir.toRealPath().resolve("made-later"));
    }

    @Test
    void theSiteItsSourcesAndWhatHoldsThemAreRefusedWhateverTheyAreCalled() throws IOException {
        assertThat(refusal(site)).startsWith("is the site's own folder");
        assertThat(refusal(site.resolve("content/../"))).startsWith("is the site's own folder");
        assertThat(refusal(site.getParent())).startsWith("holds the site's folder");
        assertThat(refusal(Path.of("/"))).startsWith("holds the site's folder");
        assertThat(refusal(site.resolve("content"))).isEqualTo("is the content_dir folder " + site.resolve("content"));
        assertThat(refusal(site.resolve("content/vi/2024"))).startsWith("is inside the content_dir folder");
        assertThat(refusal(site.resolve("templates/assets"))).startsWith("is inside the templates_dir folder");
        Path alias = Files.createSymbolicLink(dir.resolve("alias"), site.resolve("content"));
        assertThat(refusal(alias)).startsWith("is the content_dir folder");
        assertThat(refusal(site.resolve("public"))).isEqualTo("allowed");
        assertThat(refusal(dir.resolve("elsewhere"))).isEqualTo("allowed");
    }

    @Test
    void aFolderHoldingContentKeptOutsideTheSiteIsRefused() throws IOException {
        Path shared = Files.createDirectories(dir.toRealPath().resolve("shared/articles"));
        Map<String, Path> outside = Map.of("content_dir", shared);
        assertThat(OutputFolder.refusal(dir.toRealPath().resolve("shared"), site, outside)).hasValue("holds the content_dir folder " + shared);
        assertThat(OutputFolder.refusal(site.resolve("public"), site, outside)).isEmpty();
    }
}
