package org.khotin.render;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.ParseException;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.khotin.diag.Problems;
import org.khotin.diag.SourcePos;

/**
 * Freemarker, strict: auto-escaping by file extension ({@code .ftlh} HTML, {@code .ftlx} XML), errors
 * rethrown and reported with the template's file:line:col, no null loop variables, no {@code ?api}.
 */
public final class TemplateEngine {
    private final Configuration cfg;
    /** Template name → how messages name its file (the site's own, or the built-in theme's). */
    private final Map<String, String> displays = new HashMap<>();

    /** The engine of a theme: its templates, each the site's own or else the built-in one, held in memory. */
    TemplateEngine(Theme theme) {
        StringTemplateLoader loader = new StringTemplateLoader();
        for (Theme.File f : theme.templates()) {
            loader.putTemplate(f.path(), f.text());
            displays.put(f.path(), f.display());
        }
        cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setTemplateLoader(loader);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setLocale(Locale.ROOT);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        // View records are read as properties: page.title, not page.title().
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        cfg.setObjectWrapper(wrapper.build());
        // One engine serves one build; templates do not change during it.
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setLocalizedLookup(false);
    }

    /** Renders one job; a template error becomes a problem and an empty result. */
    public Optional<String> render(RenderJob job, Problems problems) {
        try {
            Template template = cfg.getTemplate(job.template());
            TextWriter out = new TextWriter();
            template.process(job.model(), out);
            return Optional.of(out.text.toString());
        } catch (TemplateNotFoundException e) {
            problems.error(SourcePos.file(display(job.template())), "template not found",
                    "a template imports or includes a file the theme does not have: " + e.getTemplateName());
        } catch (ParseException e) {
            problems.error(SourcePos.at(display(e.getTemplateName()), e.getLineNumber(), e.getColumnNumber()),
                    "template syntax error: " + firstLine(e.getEditorMessage()), "");
        } catch (TemplateException e) {
            String name = e.getTemplateSourceName() == null ? job.template() : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            int col = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
            problems.error(SourcePos.at(display(name), line, col),
                    "template error while writing " + job.file() + ": " + firstLine(e.getMessageWithoutStackTop()), "");
        } catch (IOException e) {
            problems.error(SourcePos.file(display(job.template())), "cannot read template: " + e.getMessage(), "");
        }
        return Optional.empty();
    }

    private String display(String template) {
        return displays.getOrDefault(template, template);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    /**
     * A writer into a plain StringBuilder: {@link java.io.StringWriter} appends to a StringBuffer, which takes
     * a lock for each of the many small pieces a template writes.
     */
    private static final class TextWriter extends Writer {
        final StringBuilder text = new StringBuilder(16_384);

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String s, int offset, int length) {
            text.append(s, offset, offset + length);
        }

        @Override
        public void write(String s) {
            text.append(s);
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public Writer append(CharSequence s) {
            text.append(s);
            return this;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
