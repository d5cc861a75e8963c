package vn.chibo.elections.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code as an SVG path, drawn inline on a page so that it prints as sharply as the text beside it (no image file,
 * nothing the content security policy has to allow). One unit of the view box is one module; the view box leaves the
 * quiet zone of four modules the standard asks for around it.
 *
 * @param size modules on a side
 * @param path the dark modules, one path
 */
public record QrCode(int size, String path) {

    static final int QUIET_ZONE = 4;

    /** Encodes the text with medium error correction (a card may be creased or smudged). */
    static QrCode of(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + text + " as a QR code", e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < matrix.getWidth() && matrix.get(x, y)) {
                    x++;
                }
                path.append('M')
                        .append(start)
                        .append(',')
                        .append(y)
                        .append('h')
                        .append(x - start)
                        .append("v1h-")
                        .append(x - start)
                        .append('z');
            }
        }
        return new QrCode(matrix.getWidth(), path.toString());
    }

    /** The SVG's view box, quiet zone included. */
    public String viewBox() {
        return -QUIET_ZONE + " " + -QUIET_ZONE + " " + (size + 2 * QUIET_ZONE) + " " + (size + 2 * QUIET_ZONE);
    }
}
