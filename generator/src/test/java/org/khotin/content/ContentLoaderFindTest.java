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
    void findsMarkdownFilesInPathOrderWithTheirSizesIncludingLinkedOnesAndRefusesLinksOutOrToNothing() throws IOException {
        Path content = dir.resolve("content");
        Path month = Files.createDirectories(content.resolve("vi/2020/01"));
        Files.writeString(month.resolve("b.md"), "bb");
        Files.writeString(month.resolve("a.md"), "a");
        Files.writeString(month.resolve("notes.txt"), "not an article");
        Path shared = Files.writeString(dir.resolve("shared.md"), "linked");
        Files.createSymbolicLink(month.resolve("c.md"), shared);
        Files.createSymbolicLink(month.resolve("gone.md"), content.resolve("missing.md"));
        Path elsewhere = Files.writeString(dir.resolveSibling(dir.getFileName() + "-elsewhere.md"), "outside");
        Files.createSymbolicLink(month.resolve("d.md"), elsewhere);

        var found = new ContentLoader(new FrontMatterParser(SiteConfig.VIETNAM), java.util.Optional.of(dir), markdown -> "").find(content, "content/");

        assertThat(found).extracting(ContentLoader.SourceFile::displayPath).containsExactly("content/vi/2020/01/a.md",
                "content/vi/2020/01/b.md", "content/vi/2020/01/c.md", "content/vi/2020/01/d.md", "content/vi/2020/01/gone.md");
        assertThat(found).extracting(f -> f.refusal().map(p -> p.message()).orElse(""))
                .containsExactly("", "", "", "link leads outside the site, to " + elsewhere.toRealPath(),
                        "link leads to '" + content.resolve("missing.md") + "', which does not exist");
        assertThat(found.subList(0, 3)).extracting(ContentLoader.SourceFile::size).containsExactly(1L, 2L, 6L);
        assertThat(found).extracting(ContentLoader.SourceFile::linked).containsExactly(false, false, true, true, true);
        Files.delete(month.resolve("d.md"));
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
        Path elsewhere = Files.writeString(Files.createDirectories(dir.resolve(".shared")).resolve("linked.md"), "linked");
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
        assertThat(refreshed.get()).allMatch(f -> f.refusal().isEmpty());
    }

    @Test
    void reportedFilesAreJudgedAsAWalkJudgesThem(@TempDir Path outside) throws IOException {
        Path month = Files.createDirectories(dir.resolve("vi/2020/01"));
        Files.writeString(month.resolve("a.md"), "a");
        Path linkedMonth = Files.createDirectories(dir.resolve(".shared/02"));
        Files.createSymbolicLink(dir.resolve("vi/2020/02"), linkedMonth);
        var last = loader.find(dir, "content/");
        assertThat(last).extracting(ContentLoader.SourceFile::relativePath).containsExactly("vi/2020/01/a.md");

        Files.writeString(month.resolve(".hidden.md"), "never published");
        Files.writeString(month.resolve("#a.md#"), "autosave");
        Files.writeString(month.resolve("b.markdown"), "another spelling");
        Files.writeString(linkedMonth.resolve("c.md"), "in a linked folder");
        Path secret = Files.writeString(outside.resolve("secret.md"), "outside");
        Files.createSymbolicLink(month.resolve("d.md"), secret);
        var refreshed = loader.refresh(dir, "content/", last, java.util.Set.of(month.resolve(".hidden.md"),
                month.resolve("#a.md#"), month.resolve("b.markdown"), dir.resolve("vi/2020/02/c.md"), month.resolve("d.md")));

        assertThat(refreshed).isPresent();
        assertThat(seen(refreshed.get())).isEqualTo(seen(loader.find(dir, "content/")));
        assertThat(refreshed.get()).extracting(f -> f.relativePath() + " " + f.refusal().isPresent())
                .containsExactly("vi/2020/01/a.md false", "vi/2020/01/b.markdown true", "vi/2020/01/d.md true",
                        "vi/2020/02/c.md false");
        Files.delete(month.resolve("d.md"));

        Files.createSymbolicLink(dir.resolve("vi/2020/03"), linkedMonth);
        assertThat(loader.refresh(dir, "content/", refreshed.get(), java.util.Set.of(dir.resolve("vi/2020/03"))))
                .as("a new link to a folder needs a walk").isEmpty();
    }

    @Test
    void linksThatLeadBackIntoTheirOwnFoldersEndTheWalkThere() throws IOException {
        Path content = Files.createDirectories(dir.resolve("content/vi/2020"));
        Path shared = Files.createDirectories(dir.resolve("shared/x"));
        Files.createSymbolicLink(content.resolve("01"), shared); // into shared/x ...
        Files.createSymbolicLink(shared.resolve("back"), content); // ... and from there back to content/vi/2020
        Files.createSymbolicLink(content.resolve("self"), Path.of("."));

        var found = new ContentLoader(new FrontMatterParser(SiteConfig.VIETNAM), java.util.Optional.of(dir), markdown -> "")
                .find(dir.resolve("content"), "content/");

        assertThat(found).extracting(f -> f.displayPath() + ": " + f.refusal().map(p -> p.message()).orElse(""))
                .containsExactly("content/vi/2020/01/back: linked folder leads back to " + content.toRealPath() + ", which holds the link",
                        "content/vi/2020/self: linked folder leads back to " + content.toRealPath() + ", which holds the link");
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
