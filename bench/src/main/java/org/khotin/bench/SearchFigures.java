package org.khotin.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.khotin.config.Language;
import org.khotin.search.SearchIndex;
import org.khotin.search.SearchQuery;

/**
 * What the search page does on a built archive, answered as the page answers ({@code SearchQuery}): how many
 * articles a few queries return, how many bytes a reader's first query fetches, and the size of the index.
 *
 * @param indexBytes  every file under {@code search/} (both languages: manifests, shards, result files)
 * @param shardBytes  of those, the word and pair shards
 * @param queries     per query of {@link #QUERIES}, on the Vietnamese index
 */
public record SearchFigures(long indexBytes, long shardBytes, List<Query> queries) {
    /**
     * Two words readers type for a place, without and with marks, a common two-word term and two longer
     * queries: the first two must not find "đã … nâng", the last two show a phrase of several words.
     */
    public static final List<String> QUERIES = List.of("da nang", "Đà Nẵng", "dang vien", "to chuc xay dung dang",
            "can bo tre can bo nu");
    /** The results a first page shows, whose files a first query fetches. */
    static final int FIRST_PAGE = 10;

    public SearchFigures {
        queries = List.copyOf(queries);
    }

    /**
     * @param together        articles that hold the words together, as typed
     * @param apart           articles listed after them, holding the words apart
     * @param firstQueryBytes what a reader's first query fetches: {@code search.js}, the manifest, the shards
     *                        it needs and the result files of the first page (as stored: shards plain, results gzip)
     */
    public record Query(String text, int together, int apart, long firstQueryBytes) {}

    /** @param site the built site ({@code public/}) */
    public static SearchFigures measure(Path site) {
        Path search = site.resolve("search");
        Path index = site.resolve(SearchIndex.folder(Language.VI));
        long script = size(site.resolve("assets/search.js"));
        List<Query> queries = new ArrayList<>();
        for (String text : QUERIES) {
            SearchQuery.Answer answer = SearchQuery.answer(text, path -> read(index.resolve(path)));
            long bytes = script;
            for (String file : answer.filesRead()) bytes += size(index.resolve(file));
            // each result file once, however many of the first page's documents it holds
            for (String pack : Stream.concat(answer.together().stream(), answer.apart().stream()).limit(FIRST_PAGE)
                    .map(SearchIndex::documentFile).distinct().toList()) {
                bytes += size(index.resolve(pack));
            }
            queries.add(new Query(text, answer.together().size(), answer.apart().size(), bytes));
        }
        try (Stream<Path> files = Files.walk(search)) {
            long all = 0;
            long shards = 0;
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                long bytes = size(f);
                all += bytes;
                String kind = f.getParent().getFileName().toString();
                if (kind.equals("w") || kind.equals("p")) shards += bytes;
            }
            return new SearchFigures(all, shards, queries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
