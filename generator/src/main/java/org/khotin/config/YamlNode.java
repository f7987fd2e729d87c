package org.khotin.config;

import java.util.List;
import java.util.Optional;
import org.khotin.diag.SourcePos;

/** A YAML value that remembers where it was written, so that every complaint about it can name file:line:col. */
public sealed interface YamlNode {
    SourcePos pos();

    /** What a reader calls this kind of value in an error message. */
    String kindName();

    enum ScalarKind { STRING, NUMBER, BOOLEAN, NULL }

    record Scalar(String text, ScalarKind kind, SourcePos pos) implements YamlNode {
        public String kindName() {
            return switch (kind) {
                case STRING -> "text";
                case NUMBER -> "a number";
                case BOOLEAN -> "true/false";
                case NULL -> "nothing";
            };
        }
    }

    record Sequence(List<YamlNode> items, SourcePos pos) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        public String kindName() {
            return "a list";
        }
    }

    record Mapping(List<Entry> entries, SourcePos pos) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public String kindName() {
            return "a mapping";
        }

        public Optional<Entry> find(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }
    }

    record Entry(String key, SourcePos keyPos, YamlNode value) {}
}
