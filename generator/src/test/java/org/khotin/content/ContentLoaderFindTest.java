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
}
