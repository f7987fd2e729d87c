package org.khotin.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Stream;
import org.khotin.diag.Progress;
import org.khotin.text.Fold;
import org.khotin.text.Slugs;

/**
 * {@code khotin import}: each input file becomes {@code <into>/<lang>/<yyyy>/<mm>/<slug>.md}.
 *
 * <p>Nothing is lost. Re-importing the same input writes the same bytes ({@code unchanged}). A file whose
 * bytes differ from the fresh import is replaced ({@code updated}) only if it still has exactly the bytes the
 * importer last wrote there, as recorded in {@link ImportManifest}; otherwise an editor changed it and it is
 * {@code kept}, with {@code --force} writing the fresh import beside it as {@code <slug>.md.import}. The same
 * article under another file name — same input bytes, or same title and date — is a {@code duplicate}.
 * Every write goes to a temporary file in the target folder and is then moved into place.
 */
public final class Importer {
    public static final String IMPORT_SUFFIX = ".import";

    /** Where to write and how. */
    public record Options(Path into, String intoDisplay, boolean dryRun, boolean force) {}

    /** One input: the path to read and the name the report shows. */
    public record Input(Path path, String display) {}

    /** The folder, beside the year folders, for articles whose date could not be read: drafts until dated. */
    public static final String UNDATED = "undated";

    private final Clock clock;
    private final KeywordSuggester suggester;
    private final Optional<LocalDate> batchDate;
    private final ExportColumns columns;
    private final MarkdownWriter writer = new MarkdownWriter();
    private final HtmlPageReader html = new HtmlPageReader();
    private final TextPageReader text = new TextPageReader();
    private final Decoder decoder = new Decoder();
    private final ReadPages readPages;

    public Importer(Clock clock, KeywordSuggester suggester) {
        this(clock, suggester, Optional.empty(), ExportColumns.defaultNames(), new ReadPages());
    }

    private Importer(Clock clock, KeywordSuggester suggester, Optional<LocalDate> batchDate, ExportColumns columns,
            ReadPages readPages) {
        this.clock = clock;
        this.suggester = suggester;
        this.batchDate = batchDate;
        this.columns = columns;
        this.readPages = readPages;
    }

    /** An importer that dates pages printing no date, and naming none in their text, by this day ({@code --date}). */
    public Importer withBatchDate(LocalDate day) {
        return new Importer(clock, suggester, Optional.of(day), columns, new ReadPages());
    }

    /** An importer that reads exports' columns as {@code columns} says ({@code --map}). */
    public Importer withColumns(ExportColumns newColumns) {
        return new Importer(clock, suggester, batchDate, newColumns, readPages);
    }

    /**
     * This importer with another suggester, sharing the pages this one has {@link #read}: a batch's keywords are
     * chosen from the pages read once before the import, and the import converts those same reads.
     */
    public Importer withSuggester(KeywordSuggester newSuggester) {
        return new Importer(clock, newSuggester, batchDate, columns, readPages);
    }

    /**
     * Pages {@link #read} ahead of their conversion, by file name and content, held softly: the import takes each
     * once, and when memory runs short the collector drops them and the import reads the page again.
     */
    private static final class ReadPages {
        private final java.util.concurrent.ConcurrentHashMap<String, java.lang.ref.SoftReference<Result<Page>>> pages =
                new java.util.concurrent.ConcurrentHashMap<>();

        void keep(String key, Result<Page> page) {
            pages.put(key, new java.lang.ref.SoftReference<>(page));
        }

        Optional<Result<Page>> take(String key) {
            var held = pages.remove(key);
            return held == null ? Optional.empty() : Optional.ofNullable(held.get());
        }
    }

    /** What one input becomes, before anything is written. */
    public record Conversion(String relativePath, String markdown, ScrapedArticle article, Provenance provenance,
            List<String> warnings) {}

    /** Converts one input's bytes; pure, no file system. */
    public Result<Conversion> convert(byte[] bytes, String fileName) {
        String sha = sha256(bytes);
        Result<Page> read = readPages.take(fileName + "\0" + sha).orElseGet(() -> readPage(bytes, fileName));
        if (read instanceof Result.Failed<Page> f) return Result.failed(f.reason());
        Page p = ((Result.Ok<Page>) read).value();
        List<String> notes = new ArrayList<>();
        if (!p.encoding().equals(Decoder.UTF_8)) notes.add("encoding converted from " + p.encoding());
        if (!p.controls().isEmpty()) notes.add(p.controls().warning());
        return finish(p.article(), new Provenance(fileName, sha, p.encoding()), notes);
    }

    /**
     * Converts one row of a crawler or CMS export: its columns give title, date, author, source, category, site
     * keywords, summary and URL; its text (plain or HTML) is cleaned as a page's would be. Pure, no file system.
     */
    public Result<Conversion> convertRow(ExportRows.Row row, String fileName) {
        Map<String, String> fields = columns.fields(row.values());
        if (!fields.containsKey("title")) {
            return Result.failed("no title: no value in a column title or headline (or the one --map title=COLUMN names)");
        }
        if (!fields.containsKey("content")) {
            return Result.failed("no text: no value in a column content, text or body (or the one --map content=COLUMN names)");
        }
        Optional<DateParser.ParsedDate> date = Optional.empty();
        if (fields.containsKey("date")) {
            date = exportDate(fields.get("date"));
            if (date.isEmpty()) {
                return Result.failed("cannot read the date '" + fields.get("date") + "'; write it as 2024-01-31T08:00:00+07:00,"
                        + " 2024-01-31 08:00 (Vietnam time) or 2024-01-31");
            }
        }
        String content = fields.get("content");
        boolean isHtml = LOOKS_LIKE_HTML.matcher(content).find();
        ControlCharacters.Cleaned raw = ControlCharacters.inText(content);
        PageText body = isHtml ? html.read(raw.text()) : text.read(raw.text());
        PageText.Hints hints = new PageText.Hints(Optional.of(fields.get("title")), date, Optional.ofNullable(fields.get("author")),
                ExportColumns.keywords(Optional.ofNullable(fields.get("keywords"))), Optional.ofNullable(fields.get("category")),
                Optional.ofNullable(fields.get("source")), Optional.ofNullable(fields.get("summary")));
        ControlCharacters.CleanedPage cleaned = ControlCharacters.inPage(new PageText(body.lines(), hints));
        Result<ScrapedArticle> read = new ArticleReader(clock, batchDate).read(cleaned.page());
        if (read instanceof Result.Failed<ScrapedArticle> f) return Result.failed(f.reason());
        ControlCharacters.Found controls = raw.found().plus(cleaned.found());
        List<String> notes = controls.isEmpty() ? List.of() : List.of(controls.warning());
        // the row's own values identify it, wherever it stands in the file
        String sha = sha256(new java.util.TreeMap<>(row.values()).toString().getBytes(StandardCharsets.UTF_8));
        return finish(((Result.Ok<ScrapedArticle>) read).value(),
                new Provenance(fileName, sha, Decoder.UTF_8, fields.getOrDefault("url", "")), notes);
    }

    /** An HTML element in a text column: {@code <p>}, {@code <br>}, {@code <div class=…>}. */
    private static final java.util.regex.Pattern LOOKS_LIKE_HTML =
            java.util.regex.Pattern.compile("<(?:p|br|div|h[1-6]|figure|img|span|strong|em|a|ul|ol|li|table|blockquote)[\\s/>]",
                    java.util.regex.Pattern.CASE_INSENSITIVE);

    /** An export's publication time: as a date line reads (ISO 8601, Vietnamese forms; no offset = Vietnam time), or Unix seconds. */
    private Optional<DateParser.ParsedDate> exportDate(String value) {
        if (value.matches("\\d{9,10}")) {
            java.time.Instant at = java.time.Instant.ofEpochSecond(Long.parseLong(value));
            return Optional.of(new DateParser.ParsedDate(at.atZone(DateParser.ZONE).toOffsetDateTime(), value, true));
        }
        return new DateParser().parseLine(value)
                .map(d -> new DateParser.ParsedDate(d.date().atZoneSameInstant(DateParser.ZONE).toOffsetDateTime(), d.raw(), d.hasTime()));
    }

    /** An article read, with keywords suggested when it has none, as its Markdown file. */
    private Result<Conversion> finish(ScrapedArticle read, Provenance provenance, List<String> notes) {
        ScrapedArticle article = read;
        if (article.keywords().isEmpty()) article = article.withKeywords(suggester.suggest(article));
        String slug = Slugs.slug(article.title());
        if (slug.isEmpty()) return Result.failed("cannot make a URL slug from the title '" + article.title() + "'");
        List<String> warnings = new ArrayList<>();
        if (article.titleDerived()) warnings.add("title derived from the lead paragraph; check it");
        if (article.date().isEmpty()) {
            warnings.add("no date found: imported as a draft for review"
                    + article.dateEstimate().map(e -> " (estimate " + e.day() + ", " + e.reason() + ")").orElse("")
                    + (article.dateNote().isEmpty() ? "" : "; " + article.dateNote()));
        } else if (!article.dateNote().isEmpty()) {
            warnings.add(article.dateNote());
        }
        warnings.addAll(notes);
        return Result.ok(new Conversion(relativePath(article, slug), writer.write(article, provenance, slug),
                article, provenance, warnings));
    }

    /**
     * The article a raw page holds, as {@link #convert} reads it, before keywords are suggested and Markdown is
     * written. The read is kept for this importer's (and its {@link #withSuggester} copies') conversion of the same page.
     */
    public Result<ScrapedArticle> read(byte[] bytes, String fileName) {
        Result<Page> read = readPage(bytes, fileName);
        readPages.keep(fileName + "\0" + sha256(bytes), read);
        if (read instanceof Result.Failed<Page> f) return Result.failed(f.reason());
        return Result.ok(((Result.Ok<Page>) read).value().article());
    }

    /** A page read: its article, the encoding it was decoded from, and the control characters cleaned out of it. */
    private record Page(ScrapedArticle article, String encoding, ControlCharacters.Found controls) {}

    private Result<Page> readPage(byte[] bytes, String fileName) {
        boolean isHtml = isHtml(fileName);
        Result<Decoder.Decoded> decoded = isHtml ? html.decode(bytes) : decoder.decode(bytes);
        if (decoded instanceof Result.Failed<Decoder.Decoded> f) return Result.failed(f.reason());
        Decoder.Decoded d = ((Result.Ok<Decoder.Decoded>) decoded).value();
        // control characters go before reading (a vertical tab breaks a line), and again from what the
        // HTML's character references and metadata bring in
        ControlCharacters.Cleaned raw = ControlCharacters.inText(d.text());
        ControlCharacters.CleanedPage cleaned = ControlCharacters.inPage(isHtml ? html.read(raw.text()) : text.read(raw.text()));
        Result<ScrapedArticle> read = new ArticleReader(clock, batchDate).read(cleaned.page());
        if (read instanceof Result.Failed<ScrapedArticle> f) return Result.failed(f.reason());
        return Result.ok(new Page(((Result.Ok<ScrapedArticle>) read).value(), d.encoding(), raw.found().plus(cleaned.found())));
    }

    /** {@code <lang>/<yyyy>/<mm>/<slug>.md}, or {@code <lang>/undated/<slug>.md} while the date is unknown. */
    private static String relativePath(ScrapedArticle article, String slug) {
        if (article.date().isEmpty()) return article.lang().code() + "/" + UNDATED + "/" + slug + ".md";
        OffsetDateTime date = article.date().get().date().atZoneSameInstant(DateParser.ZONE).toOffsetDateTime();
        return String.format(Locale.ROOT, "%s/%04d/%02d/%s.md", article.lang().code(), date.getYear(),
                date.getMonthValue(), slug);
    }

    /** Files to import: the named files, and the .txt/.html/.htm files under named folders, sorted. */
    public static List<Input> expand(List<Input> named) {
        List<Input> out = new ArrayList<>();
        for (Input in : named) {
            if (!Files.isDirectory(in.path())) {
                out.add(in);
                continue;
            }
            try (Stream<Path> walk = Files.walk(in.path())) {
                walk.filter(Files::isRegularFile).filter(p -> isSupported(p.getFileName().toString()))
                        .sorted()
                        .forEach(p -> out.add(new Input(p, join(in.display(), in.path().relativize(p)))));
            } catch (IOException | UncheckedIOException e) {
                out.add(in); // reported as unreadable when it is imported
            }
        }
        return out;
    }

    private static String join(String display, Path relative) {
        String rel = relative.toString().replace('\\', '/');
        return display.endsWith("/") ? display + rel : display + "/" + rel;
    }

    /** Inputs being converted ahead of the one being written; bounded so that a large import never holds every conversion. */
    private static final int AHEAD = 256;

    public ImportReport run(List<Input> named, Options options) throws IOException {
        return run(named, options, Progress.NONE);
    }

    /** @param progress told how many inputs there are and how many are done, for a long import on a terminal */
    public ImportReport run(List<Input> named, Options options, Progress progress) throws IOException {
        List<Input> inputs = expand(named);
        // a content folder that cannot be made (a file in its way, a read-only disk) fails once, not per input
        if (!options.dryRun()) Files.createDirectories(options.into());
        progress.stage("import", Tasks.count(inputs), "articles");
        ImportManifest manifest = ImportManifest.load(options.into());
        ExistingArticles existing = ExistingArticles.scan(options.into());
        ImportPlacement placement = new ImportPlacement(writer, options, manifest, existing);
        // the suggester learns the content folder's keywords from the same read, before the first conversion asks
        Importer converting = withSuggester(suggester.into(options.into(), existing.tagged()));
        List<ImportReport.Entry> entries = new ArrayList<>();
        // reading and converting depend on the input alone, so they run on every core, ahead of this thread;
        // deciding where each article goes depends on the ones before it, so this thread does that in input
        // order (same report, same files) while the next inputs are being converted
        ExecutorService converters = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
                daemonThreads());
        try (Tasks tasks = converting.new Tasks(inputs)) {
            Deque<Future<Prepared>> ahead = new ArrayDeque<>();
            while (tasks.hasNext() || !ahead.isEmpty()) {
                while (tasks.hasNext() && ahead.size() < AHEAD) ahead.add(converters.submit(tasks.next()));
                Prepared prepared = await(ahead.remove());
                try {
                    entries.add(prepared.failure().isPresent() ? prepared.failure().get()
                            : placement.place(prepared.input(), prepared.fileName(), prepared.conversion().orElseThrow()));
                } catch (IOException e) {
                    entries.add(failed(prepared.input(), "cannot write the article (" + e.getClass().getSimpleName() + ": "
                            + e.getMessage() + ")"));
                } catch (RuntimeException e) {
                    // a bug in a cleaning rule must not cost the other inputs; the report names it for a bug report
                    entries.add(failed(prepared.input(), "importer error, please report it: " + e));
                }
                progress.advance(1);
            }
        } finally {
            converters.shutdownNow();
        }
        progress.end();
        if (!options.dryRun() && manifest.changed()) {
            writeAtomically(options.into().resolve(ImportManifest.FILE_NAME), manifest.text().getBytes(StandardCharsets.UTF_8));
        }
        return new ImportReport(entries, options.dryRun());
    }

    /** Converter threads must not keep the JVM alive, whatever happens to the import. */
    private static ThreadFactory daemonThreads() {
        ThreadFactory plain = Executors.defaultThreadFactory();
        return task -> {
            Thread thread = plain.newThread(task);
            thread.setDaemon(true);
            thread.setName("import-" + thread.getName());
            return thread;
        };
    }

    /** A conversion's result; {@link #prepare} reports its own failures, so what arrives here is an Error. */
    private static Prepared await(Future<Prepared> conversion) {
        try {
            return conversion.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) throw error;
            throw new IllegalStateException("converting an input failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", e);
        }
    }

    /** An input read and converted, or the report entry saying why it could not be. */
    private record Prepared(Input input, String fileName, Optional<Conversion> conversion,
                            Optional<ImportReport.Entry> failure) {
        static Prepared failed(Input input, String fileName, String reason) {
            return new Prepared(input, fileName, Optional.empty(), Optional.of(Importer.failed(input, reason)));
        }
    }

    /**
     * What to convert, one input after another: a page file is one task, an export one task a row, read as the
     * conversions go so that a large export is never held whole.
     */
    private final class Tasks implements java.util.Iterator<java.util.concurrent.Callable<Prepared>>, java.io.Closeable {
        private final java.util.Iterator<Input> inputs;
        private Input export;
        private ExportRows rows;

        Tasks(List<Input> inputs) {
            this.inputs = inputs.iterator();
        }

        /** How many articles there are to import, about: an export's lines stand for its rows. */
        static long count(List<Input> inputs) {
            long n = 0;
            for (Input in : inputs) n += isExport(in) ? lines(in.path()) : 1;
            return n;
        }

        private static long lines(Path file) {
            try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
                long lines = 0;
                byte[] buffer = new byte[1 << 16];
                for (int read; (read = in.read(buffer)) > 0; ) {
                    for (int i = 0; i < read; i++) if (buffer[i] == '\n') lines++;
                }
                return Math.max(0, lines - (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? 1 : 0));
            } catch (IOException e) {
                return 1;
            }
        }

        @Override
        public boolean hasNext() {
            if (rows != null && rows.hasNext()) return true;
            closeRows();
            return inputs.hasNext();
        }

        @Override
        public java.util.concurrent.Callable<Prepared> next() {
            if (rows != null && rows.hasNext()) {
                ExportRows.Item item = rows.next();
                Input in = new Input(export.path(), export.display() + ":" + item.line());
                String fileName = fileNameOf(export);
                if (item instanceof ExportRows.Row row) return () -> prepareRow(in, fileName, row);
                String reason = "cannot read this row: " + ((ExportRows.Bad) item).reason();
                return () -> Prepared.failed(in, fileName, reason);
            }
            Input input = inputs.next();
            if (!isExport(input)) return () -> prepare(input);
            try {
                rows = ExportRows.open(input.path());
                export = input;
            } catch (IOException e) {
                String reason = e instanceof NoSuchFileException ? "no such file"
                        : "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
                return () -> Prepared.failed(input, fileNameOf(input), reason);
            }
            // an export without rows reports nothing
            return hasNext() ? next() : () -> Prepared.failed(input, fileNameOf(input), "no rows in this export");
        }

        private void closeRows() {
            if (rows == null) return;
            try {
                rows.close();
            } catch (IOException e) {
                // read to the end already
            }
            rows = null;
        }

        @Override
        public void close() {
            closeRows();
        }
    }

    private static boolean isExport(Input input) {
        return input.path().getFileName() != null && ExportRows.isExport(input.path().getFileName().toString());
    }

    private static String fileNameOf(Input input) {
        String named = input.path().getFileName() == null ? input.display() : input.path().getFileName().toString();
        return ControlCharacters.inLine(named).text();
    }

    private Prepared prepareRow(Input row, String fileName, ExportRows.Row values) {
        try {
            Result<Conversion> result = convertRow(values, fileName);
            if (result instanceof Result.Failed<Conversion> f) return Prepared.failed(row, fileName, f.reason());
            return new Prepared(row, fileName, Optional.of(((Result.Ok<Conversion>) result).value()), Optional.empty());
        } catch (RuntimeException e) {
            return Prepared.failed(row, fileName, "importer error, please report it: " + e);
        }
    }

    private Prepared prepare(Input input) {
        String named = input.path().getFileName() == null ? input.display() : input.path().getFileName().toString();
        // the name goes into source_file: a control character in it would reach the front matter
        String fileName = ControlCharacters.inLine(named).text();
        if (!isSupported(fileName)) {
            return Prepared.failed(input, fileName, "not a file khotin imports: a page (.txt, .html, .htm) or an export (.csv, .jsonl, .ndjson)");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(input.path());
        } catch (NoSuchFileException e) {
            return Prepared.failed(input, fileName, "no such file");
        } catch (IOException e) {
            return Prepared.failed(input, fileName,
                    "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        try {
            Result<Conversion> result = convert(bytes, fileName);
            if (result instanceof Result.Failed<Conversion> f) return Prepared.failed(input, fileName, f.reason());
            return new Prepared(input, fileName, Optional.of(((Result.Ok<Conversion>) result).value()), Optional.empty());
        } catch (RuntimeException e) {
            return Prepared.failed(input, fileName, "importer error, please report it: " + e);
        }
    }

    private static ImportReport.Entry failed(Input input, String reason) {
        return new ImportReport.Entry(input.display(), ImportReport.Status.FAILED, reason, List.of());
    }

    /**
     * Title and date after normalisation, by which an article imported again from another file is known. Two
     * undated articles with one title may be different stories: only the same input bytes make them one.
     */
    static String titleDateKey(String title, Optional<OffsetDateTime> date, String sourceSha256) {
        return Fold.key(title) + "|" + date.map(d -> d.toInstant().toString()).orElse(UNDATED + "|" + sourceSha256);
    }

    static boolean isSupported(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".txt") || isHtml(lower);
    }

    private static boolean isHtml(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    /** What an imported article records as {@code source_sha256}: the SHA-256 of its input's bytes, in hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }


    /** A temporary file in the same folder, then a move: readers see the old file or the new one, never half. */
    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".import-", ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
