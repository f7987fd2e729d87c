package org.khotin.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML document into {@link YamlNode}s that carry their source positions. Syntax errors and
 * duplicate keys are reported to the collector, never thrown.
 */
public final class YamlReader {
    private final YAMLFactory factory = YAMLFactory.builder().build();

    /**
     * @param firstLine the line number in {@code path} of the YAML text's first line (front matter starts at 2)
     */
    public Optional<YamlNode> read(String yaml, String path, int firstLine, Problems problems) {
        // raw control characters would stop the YAML parser; a vertical tab in a title was meant as a space
        String clean = StrayCharacters.clean(yaml, " ", SourcePos.at(path, firstLine, 1), problems);
        try (JsonParser parser = factory.createParser(clean)) {
            Session s = new Session(parser, path, firstLine - 1, problems);
            JsonToken first = parser.nextToken();
            if (first == null) return Optional.of(new YamlNode.Mapping(List.of(), SourcePos.at(path, firstLine, 1)));
            return Optional.of(s.node(first));
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                reportParserProblem(marked, path, firstLine, problems);
                return Optional.empty();
            }
            JsonLocation loc = e.getLocation();
            int line = loc == null ? firstLine : loc.getLineNr() + firstLine - 1;
            int col = loc == null ? 0 : loc.getColumnNr();
            problems.error(SourcePos.at(path, line, col), "invalid YAML: " + firstLine(e.getOriginalMessage()), GENERAL_HINT);
            return Optional.empty();
        } catch (IOException e) {
            problems.error(SourcePos.file(path), "cannot read YAML: " + e.getMessage(), "");
            return Optional.empty();
        }
    }

    private static final String GENERAL_HINT = "check indentation, and quote values that contain ': ' or start with a special character";

    /**
     * The parser's own words at the place it stopped ("found character '\\t' that cannot start any token"), with what
     * it was reading and where that began ("while parsing a flow sequence from line 3, column 11"): an unclosed
     * bracket is found at the end, but began where the editor wrote it.
     */
    private static void reportParserProblem(MarkedYAMLException e, String path, int firstLine, Problems problems) {
        Mark at = e.getProblemMark();
        String problem = e.getProblem() == null ? "syntax error" : e.getProblem().replace("\\t(TAB)", "tab").strip();
        StringBuilder message = new StringBuilder("invalid YAML: ").append(problem);
        Mark from = e.getContextMark();
        boolean context = e.getContext() != null && from != null && (from.getLine() != at.getLine() || from.getColumn() != at.getColumn());
        // a quote or bracket left open is found at the end of the front matter, or at the next line's key: the place
        // to fix is where it opened
        boolean atEnd = problem.contains("end of stream") || problem.contains("<stream end>")
                || context && e.getContext().startsWith("while parsing a flow") && from.getLine() < at.getLine();
        Mark shown = context && atEnd ? from : at;
        if (context) {
            message.append(atEnd ? "; " + e.getContext() + " that starts here and is not closed"
                    : "; " + e.getContext() + " from line " + (from.getLine() + firstLine) + ", column " + (from.getColumn() + 1));
        }
        String hint = problem.contains("tab") ? "indent with spaces, not tabs"
                : atEnd ? "close the quote or bracket on the same line" : GENERAL_HINT;
        problems.error(SourcePos.at(path, shown.getLine() + firstLine, shown.getColumn() + 1), message.toString(), hint);
    }

    private static String firstLine(String message) {
        if (message == null) return "syntax error";
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }

    private record Session(JsonParser parser, String path, int lineOffset, Problems problems) {
        SourcePos pos() {
            JsonLocation loc = parser.currentTokenLocation();
            return SourcePos.at(path, loc.getLineNr() + lineOffset, Math.max(1, loc.getColumnNr()));
        }

        YamlNode node(JsonToken token) throws IOException {
            SourcePos at = pos();
            return switch (token) {
                case START_OBJECT -> mapping(at);
                case START_ARRAY -> sequence(at);
                case VALUE_STRING -> new YamlNode.Scalar(text(at), YamlNode.ScalarKind.STRING, at);
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
                        new YamlNode.Scalar(parser.getText(), YamlNode.ScalarKind.NUMBER, at);
                case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(parser.getText(), YamlNode.ScalarKind.BOOLEAN, at);
                case VALUE_NULL -> new YamlNode.Scalar("", YamlNode.ScalarKind.NULL, at);
                default -> new YamlNode.Scalar(text(at), YamlNode.ScalarKind.STRING, at);
            };
        }

        /** The current text value; escapes such as "\0" or "\v" can put control characters in it. */
        private String text(SourcePos at) throws IOException {
            return StrayCharacters.cleanValue(parser.getText(), " ", at, problems);
        }

        private YamlNode mapping(SourcePos at) throws IOException {
            List<YamlNode.Entry> entries = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_OBJECT && t != null) {
                SourcePos keyPos = pos();
                String key = StrayCharacters.cleanValue(parser.currentName(), " ", keyPos, problems);
                YamlNode value = node(parser.nextToken());
                if (!seen.add(key)) {
                    problems.error(keyPos, "duplicate key '" + key + "'", "keep one '" + key + ":' line and delete the other");
                    continue;
                }
                entries.add(new YamlNode.Entry(key, keyPos, value));
            }
            return new YamlNode.Mapping(entries, at);
        }

        private YamlNode sequence(SourcePos at) throws IOException {
            List<YamlNode> items = new ArrayList<>();
            JsonToken t;
            while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
                items.add(node(t));
            }
            return new YamlNode.Sequence(items, at);
        }
    }
}
