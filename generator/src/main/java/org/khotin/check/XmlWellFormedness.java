package org.khotin.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.khotin.diag.Problem;
import org.khotin.diag.SourcePos;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a built XML file (an Atom feed, a sitemap) as a strict parser does: a feed reader or a search engine
 * drops a file that is not well-formed, for instance one with a control character from pasted text in it.
 */
final class XmlWellFormedness {
    private XmlWellFormedness() {}

    static boolean isXml(String path) {
        return path.endsWith(".xml");
    }

    /** The first error a strict, namespace-aware XML 1.0 parser finds in the file, at its line and column. */
    static Optional<Problem> check(String displayPath, byte[] bytes) {
        try {
            parser().parse(new InputSource(new ByteArrayInputStream(bytes)), new DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return Optional.empty();
        } catch (SAXParseException e) {
            return Optional.of(Problem.error(SourcePos.at(displayPath, Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0)),
                    "not well-formed XML: " + e.getMessage(),
                    "feed readers and search engines reject the whole file; a control character in an article or in"
                            + " site-config.yml, or a template that writes unescaped text, is the usual cause"));
        } catch (SAXException | IOException e) {
            return Optional.of(Problem.error(SourcePos.file(displayPath), "cannot read as XML: " + e.getMessage(), ""));
        }
    }

    /** A new parser each time: parsers are not thread-safe, and files are checked in the build's threads. */
    private static SAXParser parser() throws SAXException {
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        try {
            // our files have no DOCTYPE; refusing one also rules out entity expansion and outside fetches
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newSAXParser();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        }
    }
}
