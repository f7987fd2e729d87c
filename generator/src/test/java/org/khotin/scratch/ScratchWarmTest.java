package org.khotin.scratch;

import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.time.Clock;
import java.util.*;
import org.junit.jupiter.api.Test;
import org.khotin.config.*;
import org.khotin.diag.Problems;
import org.khotin.output.MemorySink;
import org.khotin.site.*;

class ScratchWarmTest {
    @Test
    void warm() throws Exception {
        Path site = Path.of("/tmp/b10/n10000/site");
        SiteConfig cfg = new ConfigLoader().load(site.resolve("site-config.yml"), "site-config.yml", new Problems()).orElseThrow();
        SiteBuilder b = SiteBuilder.forPreview(site, Clock.systemUTC());
        b.buildPages(cfg, BuildOptions.defaults(), new MemorySink());
        b.searchIndex();
        Path file;
        try (var s = Files.walk(site.resolve("content/vi"))) { file = s.filter(p -> p.toString().endsWith(".md")).sorted().skip(3000).findFirst().orElseThrow(); }
        byte[] original = Files.readAllBytes(file);
        Map<String, Long> sum = new TreeMap<>();
        long searchSum = 0;
        int rounds = Integer.getInteger("rounds", 30);
        jdk.jfr.Recording rec = null;
        try {
            for (int r = 0; r < rounds; r++) {
                Files.write(file, (new String(original, StandardCharsets.UTF_8) + "\nMột đoạn văn được biên tập viên thêm vào khi xem trước " + r + ".\n").getBytes(StandardCharsets.UTF_8));
                b.editedPages(cfg, BuildOptions.defaults(), Set.of(file));
                long t = System.nanoTime();
                BuildResult res = b.buildPages(cfg, BuildOptions.defaults(), new MemorySink());
                long total = (System.nanoTime() - t) / 1000000;
                long s0 = System.nanoTime();
                b.searchIndex();
                long search = (System.nanoTime() - s0) / 1000000;
                if (r == rounds / 2 - 1 && System.getenv("JFR") != null) { rec = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile")); rec.start(); }
                if (r >= rounds / 2) {
                    res.stages().millis().forEach((k, v) -> sum.merge(k, v, Long::sum));
                    sum.merge("TOTAL", total, Long::sum);
                    searchSum += search;
                }
                System.err.println("DEBUG round " + r + " total " + total + " search " + search + " " + res.stages() + " untouched " + res.pagesUntouched());
            }
        } finally {
            Files.write(file, original);
        }
        if (rec != null) { rec.stop(); rec.dump(Path.of("/tmp/warm-steady.jfr")); }
        int n = rounds - rounds / 2;
        System.err.println("DEBUG mean " + sum.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() / n).toList() + " search=" + searchSum / n);
    }
}
