package org.khotin.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvReadException;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The rows of a crawler or CMS export, one at a time, so that memory does not grow with the file: a CSV file
 * with a header line, or JSON Lines (one object a line). Each row comes with the line it starts on; a row that
 * cannot be read comes as a {@link Bad} one and the rows after it are still read.
 */
public final class ExportRows implements Iterator<ExportRows.Item>, Closeable {
    /** A row or a row that could not be read. */
    public sealed interface Item permits Row, Bad {
        int line();
    }

    /** A row's values by column name, as the file spells the names. */
    public record Row(int line, Map<String, String> values) implements Item {}

    public record Bad(int line, String reason) implements Item {}

    /** Whether a file is an export by its name: {@code .csv}, {@code .jsonl} or {@code .ndjson}. */
    public static boolean isExport(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private final Source source;
    private Item next;

    private ExportRows(Source source) {
        this.source = source;
    }

    public static ExportRows open(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return new ExportRows(name.endsWith(".csv") ? new Csv(file) : new JsonLines(file));
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = source.read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return next != null;
    }

    @Override
    public Item next() {
        if (!hasNext()) throw new NoSuchElementException();
        Item item = next;
        next = null;
        return item;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }

    private interface Source extends Closeable {
        /** The next row, or null at the end. */
        Item read() throws IOException;
    }

    /** CSV with a header line; quoted values may span lines. */
    private static final class Csv implements Source {
        private final MappingIterator<Map<String, String>> rows;
        private final CsvParser parser;
        private boolean done;

        Csv(Path file) throws IOException {
            CsvMapper mapper = new CsvMapper();
            mapper.enable(CsvParser.Feature.TRIM_SPACES);
            this.rows = mapper.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader())
                    .readValues(Files.newBufferedReader(file, StandardCharsets.UTF_8));
            this.parser = (CsvParser) rows.getParser();
        }

        @Override
        public Item read() throws IOException {
            while (!done) {
                int line = parser.currentLocation().getLineNr();
                try {
                    if (!rows.hasNextValue()) {
                        done = true;
                        return null;
                    }
                    // a row's first token stands at the end of the line before it
                    line = parser.currentTokenLocation().getLineNr() + 1;
                    return new Row(line, new LinkedHashMap<>(rows.nextValue()));
                } catch (JsonProcessingException e) {
                    JsonLocation at = e.getLocation();
                    int bad = at == null ? line : at.getLineNr();
                    // Jackson's message prints numbers in the default locale's digits; say it in our words
                    String reason = e instanceof CsvReadException && e.getOriginalMessage().startsWith("Too many entries")
                            ? "more values than the header line has columns (a comma in a value that is not quoted?)"
                            : e.getOriginalMessage();
                    // the parser goes on with the next record; one that cannot is the end
                    if (parser.isClosed()) done = true;
                    return new Bad(bad, reason.length() > 200 ? reason.substring(0, 200) + "…" : reason);
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            rows.close();
        }
    }

    /** One JSON object a line; blank lines are skipped. */
    private static final class JsonLines implements Source {
        private final ObjectMapper mapper = new ObjectMapper();
        private final BufferedReader reader;
        private int line;

        JsonLines(Path file) throws IOException {
            this.reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        }

        @Override
        public Item read() throws IOException {
            String text;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) continue;
                JsonNode node;
                try {
                    node = mapper.readTree(text);
                } catch (JsonProcessingException e) {
                    return new Bad(line, "not JSON: " + e.getOriginalMessage());
                }
                if (!node.isObject()) return new Bad(line, "not a JSON object");
                Map<String, String> values = new LinkedHashMap<>();
                node.fields().forEachRemaining(f -> values.put(f.getKey(), text(f.getValue())));
                return new Row(line, values);
            }
            return null;
        }

        /** A value as text: a list (of keywords) joined with commas, null as nothing. */
        private static String text(JsonNode value) {
            if (value.isNull()) return "";
            if (value.isArray()) {
                StringBuilder out = new StringBuilder();
                value.forEach(v -> out.append(out.length() == 0 ? "" : ", ").append(v.asText()));
                return out.toString();
            }
            return value.isValueNode() ? value.asText() : value.toString();
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
