package vn.chibo.members.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.chibo.platform.InvalidInputException;

/**
 * Reads the first sheet of an XLSX file with POI's SAX event model: one row in memory at a time. The workbook's table of
 * shared strings, which the rows refer to, has to be held in memory whole: one larger than
 * {@link #MAX_SHARED_STRINGS} is refused before it is read (such a file imports as CSV).
 */
final class XlsxRows {

    /** The largest table of shared strings read, as stored (uncompressed XML): some 300,000 members' rows. */
    static final long MAX_SHARED_STRINGS = 48L * 1024 * 1024;

    private XlsxRows() {}

    /** Reads the rows; {@code progress} receives the fraction read in per mille (0–1000). */
    static void read(Path file, RowHandler handler, LongConsumer progress)
            throws IOException, OpenXML4JException, SAXException {
        read(file, handler, progress, MAX_SHARED_STRINGS);
    }

    static void read(Path file, RowHandler handler, LongConsumer progress, long maxSharedStrings)
            throws IOException, OpenXML4JException, SAXException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            for (var part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
                if (part.getSize() > maxSharedStrings) {
                    throw new InvalidInputException(
                            "file", "import.file.tooManyStrings", Math.max(1, maxSharedStrings / (1024 * 1024)));
                }
            }
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            long size = pkg.getParts().stream()
                    .filter(p -> p.getPartName().getName().startsWith("/xl/worksheets/sheet"))
                    .findFirst()
                    .map(p -> p.getSize())
                    .orElse(-1L);
            try (InputStream sheet = new CountingInputStream(sheets.next(), size, progress)) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(
                        new XSSFSheetXMLHandler(styles, null, strings, new Collector(handler), new DayFirst(), false));
                parser.parse(new InputSource(sheet));
            } catch (ParserConfigurationException e) {
                throw new IOException(e);
            }
        }
    }

    /** Shows date cells as dd/MM/yyyy whatever the cell's format, so that the date parser reads them day first. */
    static final class DayFirst extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                var date = DateUtil.getLocalDateTime(value).toLocalDate();
                return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private int row;

        Collector(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum + 1;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            boolean[] oversized = new boolean[cells.size()];
            for (int i = 0; i < cells.size(); i++) {
                String value = cells.get(i);
                if (value != null && value.length() > CsvRows.MAX_CELL) {
                    oversized[i] = true;
                    cells.set(i, value.substring(0, CsvRows.MAX_CELL));
                }
            }
            handler.row(row, cells.toArray(String[]::new), oversized);
        }

        @Override
        public void cell(String reference, String formattedValue, org.apache.poi.xssf.usermodel.XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column >= CsvRows.MAX_CELLS) {
                return;
            }
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, formattedValue == null || formattedValue.isEmpty() ? null : formattedValue);
        }
    }

    static String[] pad(String[] cells, int length) {
        return cells.length >= length ? cells : Arrays.copyOf(cells, length);
    }
}
