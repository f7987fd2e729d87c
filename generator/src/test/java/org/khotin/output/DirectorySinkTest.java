package org.khotin.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectorySinkTest {
    @TempDir
    Path dir;

    @Test
    void pagesWrittenAtOnceIntoFoldersNoPageHasMadeYetAllLand() throws Exception {
        // Each round: many threads write into new folders at once, as the parallel render does; a thread
        // must never write into a folder another thread has claimed but not yet created.
        for (int round = 0; round < 30; round++) {
            Path out = dir.resolve("public" + round);
            try (DirectorySink sink = new DirectorySink(out)) {
                IntStream.range(0, 400).parallel().forEach(i -> {
                    try {
                        sink.write("vi/tu-khoa/k" + (i % 20) + "/trang/" + (i % 7) + "/p" + i + ".html",
                                ("trang " + i).getBytes(StandardCharsets.UTF_8));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                sink.commit();
            }
            assertThat(DirectorySink.list(out)).hasSize(400 + 1).contains(".khotin-output"); // the pages and the marker
            assertThat(Files.readString(out.resolve("vi/tu-khoa/k3/trang/2/p23.html"))).isEqualTo("trang 23");
        }
    }
}
