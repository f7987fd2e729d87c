package org.khotin.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.khotin.cli.Main;

class ImportCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void importsAFolderAndReportsEachInput() throws IOException {
        Path in = ImportFixtures.write(dir, "seeds/a.txt", ImporterTest.ARTICLE);
        String into = dir.resolve("content").toString();
        Run first = run("import", in.getParent().toString(), "--into", into);
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("a.txt: new " + into + "/" + ImporterTest.PATH), first.out());
        assertTrue(first.out().endsWith("1 input: 1 new, 0 updated, 0 unchanged, 0 kept, 0 duplicate, 0 failed"
                + System.lineSeparator()), first.out());

        Run second = run("import", in.toString(), "--into", into);
        assertEquals(0, second.exit());
        assertTrue(second.out().contains("a.txt: unchanged"), second.out());
    }

    @Test
    void exitsOneWhenAnInputFailsButImportsTheRest() throws IOException {
        Path good = ImportFixtures.write(dir, "in/good.txt", ImporterTest.ARTICLE);
        Path empty = ImportFixtures.write(dir, "in/empty.txt", "");
        Run r = run("import", good.toString(), empty.toString(), "--into", dir.resolve("content").toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("empty.txt: failed: empty file"), r.out());
        assertTrue(Files.exists(dir.resolve("content").resolve(ImporterTest.PATH)));
    }

    @Test
    void dryRunAndForceAreOptions() throws IOException {
        Path good = ImportFixtures.write(dir, "in/good.txt", ImporterTest.ARTICLE);
        Run r = run("import", "--dry-run", "--force", good.toString(), "--into", dir.resolve("content").toString());
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("(dry run: nothing written)"), r.out());
        assertTrue(Files.notExists(dir.resolve("content")));
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("import", "--nonsense");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--nonsense"), r.err());
    }
}
