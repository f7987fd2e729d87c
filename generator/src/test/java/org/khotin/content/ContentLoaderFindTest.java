package org.khotin.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.config.SiteConfig;

/** Which files the content walk finds, and what it records of them. */
class ContentLoaderFindTest {
    @TempDir
    Path dir;

    @Test
    void findsMarkdownFilesInPathOrderWithTheirSizesIncludingLinkedOnes() throws IOException {
        Path month = Files.createDirectories(dir.resolve("vi/2020/01"));
        Files.writeString(month.resolve("b.md"), "bb");
        Files.writeString(month.resolve("a.md"), "a");
        Files.writeString(month.resolve("notes.txt"), "not an article");
        Path elsewhere = Files.writeString(dir.resolveSibling(dir.getFileName() + "-shared.md"), "linked");
        Files.createSymbolicLink(month.resolve("c.md"), elsewhere);
        Files.createSymbolicLink(month.resolve("gone.md"), dir.resolve("missing.md"));

        var found = new ContentLoader(new FrontMatterParser(SiteConfig.VIETNAM)).find(dir, "content/");

        assertThat(found).extracting(ContentLoader.SourceFile::displayPath)
                .containsExactly("content/vi/2020/01/a.md", "content/vi/2020/01/b.md", "content/vi/2020/01/c.md");
        assertThat(found).extracting(ContentLoader.SourceFile::size).containsExactly(1L, 2L, 6L);
        Files.delete(elsewhere);
    }

    private final ContentLoader loader = new ContentLoader(new FrontMatterParser(SiteConfig.VIETNAM));

    /** What a walk records of each file, for comparing a refreshed list with a walk's. */
    private static java.util.List<String> seen(java.util.List<ContentLoader.SourceFile> files) {
        return files.stream().map(f -> f.displayPath() + " " + f.size() + " " + f.modified() + " " + f.linked()).toList();
    }

    @Test
    void reportedChangesBringTheLastWalkUpToDateAsANewWalkWould() throws IOException {
        Path month = Files.createDirectories(dir.resolve("vi/2020/01"));
        Files.writeString(month.resolve("b.md"), "bb");
        Files.writeString(month.resolve("d.md"), "dd");
        Path elsewhere = Files.writeString(dir.resolveSibling(dir.getFileName() + "-linked.md"), "linked");
        Files.createSymbolicLink(month.resolve("c.md"), elsewhere);
        var last = loader.find(dir, "content/");

        Files.writeString(month.resolve("a.md"), "new"); // added, sorts first
        Files.writeString(month.resolve("b.md"), "edited"); // another size
        Files.delete(month.resolve("d.md"));
        Files.writeString(dir.resolve("keywords.yml"), "- id: x"); // holds no article
        Files.writeString(elsewhere, "linked, edited"); // not reported: the watcher cannot see it
        var refreshed = loader.refresh(dir, "content/", last, java.util.Set.of(month.resolve("a.md"),
                month.resolve("b.md"), month.resolve("d.md"), dir.resolve("keywords.yml")));

        assertThat(refreshed).isPresent();
        assertThat(seen(refreshed.get())).isEqualTo(seen(loader.find(dir, "content/")));
        assertThat(refreshed.get()).extracting(ContentLoader.SourceFile::relativePath)
                .containsExactly("vi/2020/01/a.md", "vi/2020/01/b.md", "vi/2020/01/c.md");
        Files.delete(elsewhere);
    }

    @Test
    void aReportedFolderNeedsAWalk() throws IOException {
        Path month = Files.createDirectories(dir.resolve("vi/2020/01"));
        Files.writeString(month.resolve("a.md"), "a");
        var last = loader.find(dir, "content/");

        Path added = Files.createDirectories(dir.resolve("vi/2020/02"));
        Files.writeString(added.resolve("b.md"), "moved in with its folder");
        assertThat(loader.refresh(dir, "content/", last, java.util.Set.of(added))).isEmpty();

        org.apache.commons.io.file.PathUtils.deleteDirectory(month);
        assertThat(loader.refresh(dir, "content/", last, java.util.Set.of(month))).isEmpty(); // it held an article
        assertThat(loader.refresh(dir, "content/", last, java.util.Set.of(dir.resolve("vi/2019")))).isPresent();
    }
}
