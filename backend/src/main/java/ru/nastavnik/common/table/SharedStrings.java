package ru.nastavnik.common.table;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared-strings part of an .xlsx workbook, where Excel and LibreOffice put every text cell. It is read only as
 * far as the sheet has referred to (both write it in the order the strings first occur), and what has been read is
 * kept in a temporary file, not on the heap: a list of 100 000 people has as many unique names, and holding them
 * all would make memory grow with the file. Recently used strings, such as a category repeated on every row, stay in
 * a small cache.
 */
final class SharedStrings implements Closeable {

    private static final int CACHE = 4096;
    private static final int BUFFER = 64 * 1024;

    private final XMLStreamReader xml;
    private final ByteBuffer pending = ByteBuffer.allocate(BUFFER);
    private final String[] cache = new String[CACHE];
    private final int[] cached = new int[CACHE];
    /** Where string i starts in the spill, and at [count] where the next one will. */
    private long[] offsets = new long[1024];
    private int count;
    private FileChannel spill;
    /** Bytes written to the spill file; those after it are still in {@link #pending}. */
    private long flushed;

    SharedStrings(XMLStreamReader xml) {
        this.xml = xml;
        Arrays.fill(cached, -1);
    }

    String get(int index) throws IOException, XMLStreamException {
        if (index < 0) {
            throw new TableException("Книга Excel повреждена: ссылка на несуществующую строку");
        }
        int slot = index % CACHE;
        if (cached[slot] == index) {
            return cache[slot];
        }
        while (count <= index) {
            if (!readNext()) {
                throw new TableException("Книга Excel повреждена: ссылка на несуществующую строку");
            }
        }
        if (cached[slot] == index) {
            return cache[slot];
        }
        String value = load(index);
        remember(index, value);
        return value;
    }

    private boolean readNext() throws IOException, XMLStreamException {
        if (!ZipParts.seek(xml, "si")) {
            return false;
        }
        String value = XlsxTableReader.richText(xml, "si");
        append(value.getBytes(StandardCharsets.UTF_8));
        remember(count - 1, value);
        return true;
    }

    private void remember(int index, String value) {
        cache[index % CACHE] = value;
        cached[index % CACHE] = index;
    }

    private void append(byte[] bytes) throws IOException {
        if (bytes.length > pending.remaining()) {
            flush();
        }
        if (bytes.length > pending.capacity()) {
            write(ByteBuffer.wrap(bytes));
        } else {
            pending.put(bytes);
        }
        if (count + 1 == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[count + 1] = offsets[count] + bytes.length;
        count++;
    }

    private void flush() throws IOException {
        pending.flip();
        write(pending);
        pending.clear();
    }

    private void write(ByteBuffer bytes) throws IOException {
        if (spill == null) {
            spill = FileChannel.open(Files.createTempFile("nastavnik-strings-", ".tmp"), StandardOpenOption.READ,
                    StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
        }
        while (bytes.hasRemaining()) {
            flushed += spill.write(bytes, flushed);
        }
    }

    private String load(int index) throws IOException {
        long start = offsets[index];
        int length = (int) (offsets[index + 1] - start);
        if (start >= flushed) {
            return new String(pending.array(), (int) (start - flushed), length, StandardCharsets.UTF_8);
        }
        ByteBuffer bytes = ByteBuffer.allocate(length);
        while (bytes.hasRemaining()) {
            if (spill.read(bytes, start + bytes.position()) < 0) {
                throw new IOException("Temporary file of shared strings is shorter than written");
            }
        }
        return new String(bytes.array(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            if (spill != null) {
                spill.close();
            }
        }
    }
}
