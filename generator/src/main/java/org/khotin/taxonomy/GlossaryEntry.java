package org.khotin.taxonomy;

import java.util.List;
import org.khotin.diag.SourcePos;

/**
 * One entry of {@code content/keywords.yml}: a keyword with a stable id (its URL slug in both languages),
 * its Vietnamese and English labels (English may be empty) and other spellings that mean the same.
 */
public record GlossaryEntry(String id, String vi, String en, List<String> aliases, SourcePos pos) {
    public GlossaryEntry {
        aliases = List.copyOf(aliases);
    }
}
