package vn.chibo.members.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.xml.sax.SAXException;
import vn.chibo.platform.InvalidInputException;

/** An uploaded import file: its format, told from its first bytes, and its rows, streamed to a {@link RowHandler}. */
final class ImportFile {

    private ImportFile() {}

    enum Format {
        CSV,
        XLSX
    }

    /** Tells the format from the file's first bytes, not its name. */
    static Format detect(Path file) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new InvalidInputException("file", "import.file.zeroBytes");
            }
            byte[] head = new byte[(int) Math.min(size, 8192)];
            try (InputStream in = Files.newInputStream(file)) {
                in.readNBytes(head, 0, head.length);
            }
            if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                return Format.XLSX;
            }
            if (head.length >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && head[2] == 0x11) {
                throw new InvalidInputException("file", "import.file.oldExcel");
            }
            for (byte b : head) {
                if (b == 0) {
                    throw new InvalidInputException("file", "import.file.notSpreadsheet");
                }
            }
            CharsetDecoder decoder = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            int end = head.length;
            if (size > head.length) {
                // The sample may end inside a character: drop the last, possibly incomplete, one.
                int i = end - 1;
                while (i > 0 && (head[i] & 0xC0) == 0x80) {
                    i--;
                }
                end = (head[i] & 0x80) == 0 ? end : i;
            }
            try {
                decoder.decode(java.nio.ByteBuffer.wrap(head, 0, end));
            } catch (CharacterCodingException e) {
                throw new InvalidInputException("file", "import.file.encoding");
            }
            return Format.CSV;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Streams the file's rows to the handler; a file that cannot be read is refused on the field {@code file}. */
    static void read(Format format, Path file, RowHandler rows, ImportProgress progress) {
        try {
            if (format == Format.CSV) {
                long size = Files.size(file);
                CharsetDecoder decoder = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
                try (InputStream in = new CountingInputStream(
                                new BufferedInputStream(Files.newInputStream(file), 1 << 16), size, progress::read);
                        Reader reader = new InputStreamReader(in, decoder)) {
                    new CsvRows(reader).read(rows);
                } catch (CharacterCodingException e) {
                    throw new InvalidInputException("file", "import.file.encoding");
                } catch (CsvRows.TooLargeRow e) {
                    throw new InvalidInputException("file", "import.file.rowTooLarge", Integer.toString(e.row()));
                }
            } else {
                try {
                    XlsxRows.read(file, rows, progress::read);
                } catch (OpenXML4JException | SAXException | RuntimeException e) {
                    if (e instanceof InvalidInputException
                            || e instanceof ImportCancelled
                            || e instanceof IllegalStateException) {
                        // The handler's own failures (a failed look-up is an IllegalStateException) pass.
                        throw (RuntimeException) e;
                    }
                    throw new InvalidInputException("file", "import.file.notSpreadsheet");
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException("file", "import.file.notSpreadsheet");
        }
    }
}
