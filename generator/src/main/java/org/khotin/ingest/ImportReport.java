package org.khotin.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One line per input and a summary; {@link #ok()} is false when any input failed. */
public record ImportReport(List<Entry> entries, boolean dryRun) {
    public ImportReport {
        entries = List.copyOf(entries);
    }

    public enum Status {
        NEW("new"), UPDATED("updated"), UNCHANGED("unchanged"), KEPT("kept (edited by hand)"),
        DUPLICATE("duplicate of"), FAILED("failed:");

        private final String word;

        Status(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /**
     * @param input the input as the user named it
     * @param detail the output path, the path it duplicates, or why it failed
     */
    public record Entry(String input, Status status, String detail, List<String> warnings) {
        public Entry {
            warnings = List.copyOf(warnings);
        }

        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add(input + ": " + status.word() + (detail.isEmpty() ? "" : " " + detail));
            for (String w : warnings) out.add("  warning: " + w);
            return out;
        }
    }

    public boolean ok() {
        return entries.stream().noneMatch(e -> e.status() == Status.FAILED);
    }

    public long count(Status status) {
        return entries.stream().filter(e -> e.status() == status).count();
    }

    public String summary() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) counts.put(s, count(s));
        String line = String.format(java.util.Locale.ROOT,
                "%d %s: %d new, %d updated, %d unchanged, %d kept, %d duplicate, %d failed",
                entries.size(), entries.size() == 1 ? "input" : "inputs", counts.get(Status.NEW), counts.get(Status.UPDATED),
                counts.get(Status.UNCHANGED), counts.get(Status.KEPT), counts.get(Status.DUPLICATE), counts.get(Status.FAILED));
        return dryRun ? line + " (dry run: nothing written)" : line;
    }

    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (Entry e : entries) out.addAll(e.lines());
        out.add(summary());
        return out;
    }
}
