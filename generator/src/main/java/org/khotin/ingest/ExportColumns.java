package org.khotin.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of an export holds which field of an article: the common names crawlers and CMSs use, unless
 * {@code --map field=column} names another. Column names match whatever their case.
 */
public final class ExportColumns {
    /** The fields, each with the column names tried in order. */
    private static final Map<String, List<String>> DEFAULTS = defaults();

    private static Map<String, List<String>> defaults() {
        Map<String, List<String>> d = new LinkedHashMap<>();
        d.put("title", List.of("title", "headline", "tieu_de", "tieude"));
        d.put("date", List.of("published_at", "published", "publish_date", "pubdate", "date", "time", "created_at", "ngay_dang"));
        d.put("url", List.of("url", "link", "source_url", "href"));
        d.put("category", List.of("category", "section", "chuyen_muc", "chuyenmuc"));
        d.put("keywords", List.of("keywords", "tags", "tu_khoa", "tukhoa"));
        d.put("content", List.of("content", "text", "body", "html", "noi_dung", "noidung"));
        d.put("author", List.of("author", "tac_gia", "tacgia"));
        d.put("source", List.of("source", "nguon"));
        d.put("summary", List.of("summary", "sapo", "description", "lead"));
        return Map.copyOf(d);
    }

    private final Map<String, String> chosen;

    private ExportColumns(Map<String, String> chosen) {
        this.chosen = Map.copyOf(chosen);
    }

    public static ExportColumns defaultNames() {
        return new ExportColumns(Map.of());
    }

    /**
     * The mapping with {@code field=column} overrides.
     *
     * @throws IllegalArgumentException naming an override that is not {@code field=column} or a field that does not exist
     */
    public static ExportColumns withOverrides(List<String> overrides) {
        Map<String, String> chosen = new HashMap<>();
        for (String o : overrides) {
            int eq = o.indexOf('=');
            String field = eq < 0 ? "" : o.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String column = eq < 0 ? "" : o.substring(eq + 1).strip();
            if (field.isEmpty() || column.isEmpty()) {
                throw new IllegalArgumentException("--map '" + o + "' is not field=column, e.g. --map content=body_html");
            }
            if (!DEFAULTS.containsKey(field)) {
                throw new IllegalArgumentException("--map '" + o + "': no field '" + field + "'; the fields are "
                        + String.join(", ", fieldNames()));
            }
            chosen.put(field, column.toLowerCase(Locale.ROOT));
        }
        return new ExportColumns(chosen);
    }

    private static List<String> fieldNames() {
        List<String> names = new ArrayList<>(DEFAULTS.keySet());
        names.sort(null);
        return names;
    }

    /** A row's values by field, empty values left out. */
    public Map<String, String> fields(Map<String, String> row) {
        Map<String, String> byColumn = new HashMap<>();
        row.forEach((column, value) -> byColumn.putIfAbsent(column.strip().toLowerCase(Locale.ROOT), value));
        Map<String, String> out = new HashMap<>();
        for (var field : DEFAULTS.entrySet()) {
            List<String> names = chosen.containsKey(field.getKey()) ? List.of(chosen.get(field.getKey())) : field.getValue();
            for (String name : names) {
                String value = byColumn.get(name);
                if (value != null && !value.isBlank()) {
                    out.put(field.getKey(), value.strip());
                    break;
                }
            }
        }
        return out;
    }

    /** Site keywords as exports write them: separated by commas, semicolons or bars. */
    public static List<String> keywords(Optional<String> value) {
        if (value.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        for (String k : value.get().split("[,;|]")) {
            if (!k.isBlank()) out.add(k.strip());
        }
        return out;
    }
}
