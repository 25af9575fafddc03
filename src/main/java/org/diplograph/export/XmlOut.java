package org.diplograph.export;

import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin indenting layer over {@link XMLStreamWriter}: the StAX writer does all escaping; this class adds
 * line breaks and indentation between elements, and replaces characters XML 1.0 cannot carry (control
 * characters an article might contain) with U+FFFD so the output always parses.
 */
final class XmlOut implements AutoCloseable {
    private final XMLStreamWriter w;
    /** For each open element: whether it has child elements (then its end tag goes on its own line). */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    XmlOut(Writer out) {
        try {
            w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new ExportException("cannot start the XML output: " + e.getMessage(), e);
        }
    }

    /** The underlying writer, for namespace declarations. */
    XMLStreamWriter raw() {
        return w;
    }

    XmlOut start(String name) {
        return start(null, null, name);
    }

    XmlOut start(String prefix, String namespace, String name) {
        try {
            newline();
            if (prefix == null) {
                w.writeStartElement(name);
            } else {
                w.writeStartElement(prefix, name, namespace);
            }
            open.push(new boolean[] {false});
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** An element without content; give its attributes with {@link #attr} right after. */
    XmlOut empty(String name) {
        return empty(null, null, name);
    }

    XmlOut empty(String prefix, String namespace, String name) {
        try {
            newline();
            if (prefix == null) {
                w.writeEmptyElement(name);
            } else {
                w.writeEmptyElement(prefix, name, namespace);
            }
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    XmlOut attr(String name, String value) {
        try {
            w.writeAttribute(name, clean(value));
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    XmlOut attr(String prefix, String namespace, String name, String value) {
        try {
            w.writeAttribute(prefix, namespace, name, clean(value));
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Text content of the element just started (kept on its line). */
    XmlOut text(String text) {
        try {
            w.writeCharacters(clean(text));
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    XmlOut end() {
        try {
            boolean[] children = open.pop();
            if (children[0]) {
                w.writeCharacters("\n" + "  ".repeat(open.size()));
            }
            w.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private void newline() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
        w.writeCharacters("\n" + "  ".repeat(open.size()));
    }

    @Override
    public void close() {
        try {
            while (!open.isEmpty()) {
                end();
            }
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** {@code s} with every character XML 1.0 forbids replaced by U+FFFD. */
    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || Character.isSurrogate(c);
            if (!ok) {
                if (sb == null) {
                    sb = new StringBuilder(s.substring(0, i));
                }
                sb.append('\uFFFD');
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static ExportException failed(XMLStreamException e) {
        return new ExportException("cannot write XML: " + e.getMessage(), e);
    }
}
