package org.khotin.testing;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The W3C Nu HTML Checker, in-process: the schema is loaded once per instance. */
public final class HtmlValidator {
    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    public HtmlValidator() throws Exception {
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
        validator.setUpValidatorAndParsers(collector, false, false);
    }

    /** Errors found in one file, as {@code file:line:col: message}; empty when valid. */
    public synchronized List<String> errors(Path file) throws Exception {
        collector.errors.clear();
        validator.checkHtmlFile(file.toFile(), true);
        return List.copyOf(collector.errors);
    }

    private static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            // warnings and info messages are advice, not failures
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(where(e) + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(where(e) + "fatal: " + e.getMessage());
        }

        private static String where(SAXParseException e) {
            String id = e.getSystemId() == null ? "" : new File(e.getSystemId().replaceFirst("^file:", "")).getName();
            return id + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": ";
        }
    }
}
