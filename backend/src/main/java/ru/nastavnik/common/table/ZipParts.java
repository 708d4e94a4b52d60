package ru.nastavnik.common.table;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A zip package of XML parts (.xlsx, .ods), each part read as a stream of XML events: never a whole part in
 * memory. Parts are parsed without DTDs or external entities, and a part that inflates far beyond what office
 * software writes is refused, so that an uploaded file can neither read the server's files nor fill its disk.
 */
final class ZipParts implements Closeable {

    /** Office XML inflates 5 to 30 times; the same bound as Apache POI's ZipSecureFile. */
    private static final int MAX_RATIO = 100;
    private static final long RATIO_FROM = 10L * 1024 * 1024;

    private final ZipFile zip;
    /** The JDK's own parser, whatever else is on the class path; a factory per package, as factories are not shared. */
    private final XMLInputFactory xml = XMLInputFactory.newDefaultFactory();

    ZipParts(Path file) throws IOException {
        zip = new ZipFile(file.toFile());
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        xml.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /** The entry of a part, found ignoring case as Excel does; null when there is none. */
    ZipEntry entry(String name) {
        String path = name.startsWith("/") ? name.substring(1) : name;
        ZipEntry entry = zip.getEntry(path);
        if (entry != null) {
            return entry;
        }
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            if (e.getName().equalsIgnoreCase(path)) {
                return e;
            }
        }
        return null;
    }

    boolean has(String name) {
        return entry(name) != null;
    }

    /** The first bytes of a small part, such as an OpenDocument mimetype. */
    byte[] bytes(String name, int max) throws IOException {
        try (InputStream in = zip.getInputStream(entry(name))) {
            return in.readNBytes(max);
        }
    }

    /** The part as XML. */
    XMLStreamReader xml(String name) throws IOException, XMLStreamException {
        ZipEntry entry = entry(name);
        if (entry == null) {
            throw new IOException("No part " + name + " in the package");
        }
        return xml.createXMLStreamReader(new Bounded(zip.getInputStream(entry), entry.getCompressedSize()));
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Moves to the next start of an element with this local name, in any namespace; false at the end. */
    static boolean seek(XMLStreamReader xml, String name) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Moves to the next start of {@code name} before the end of {@code parent}; false when there is none. */
    static boolean seekWithin(XMLStreamReader xml, String name, String parent) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals(name)) {
                return true;
            }
            if (event == XMLStreamReader.END_ELEMENT && xml.getLocalName().equals(parent)) {
                return false;
            }
        }
        return false;
    }

    /** Skips the element the reader stands at, with everything inside it. */
    static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** An attribute by its local name, whatever its namespace prefix; null when absent. */
    static String attribute(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(name)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Counts the bytes a part inflates to and stops a zip bomb. */
    private static final class Bounded extends FilterInputStream {

        private final long limit;
        private long read;

        Bounded(InputStream in, long compressed) {
            super(in);
            this.limit = compressed < 0 ? Long.MAX_VALUE : Math.max(RATIO_FROM, compressed * MAX_RATIO);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new TableException("Файл повреждён: его содержимое распаковывается в слишком большой объём");
            }
        }
    }
}
