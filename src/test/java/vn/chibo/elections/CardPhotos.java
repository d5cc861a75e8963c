package vn.chibo.elections;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Pictures as a phone's camera takes them at the check-in desk: a card's QR code on a grey table, somewhere in a large
 * frame, slightly turned, saved as JPEG (lossy) or PNG.
 */
public final class CardPhotos {

    private CardPhotos() {}

    /** A {@code width}x{@code height} photo with the QR code of {@code text}, {@code module} pixels a module. */
    public static byte[] of(String text, int width, int height, int module, String format) {
        return several(text == null ? List.of() : List.of(text), width, height, module, format);
    }

    /** A photo of several cards side by side on the table. */
    public static byte[] several(List<String> texts, int width, int height, int module, String format) {
        BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        try {
            g.setColor(new Color(0x8a, 0x8d, 0x91));
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            for (int n = 0; n < texts.size(); n++) {
                BitMatrix matrix = new QRCodeWriter().encode(texts.get(n), BarcodeFormat.QR_CODE, 0, 0, Map.of());
                int side = matrix.getWidth() * module;
                int x = width / 3 + n * (side + 30 * module);
                int y = height / 4;
                Graphics2D card = (Graphics2D) g.create();
                card.rotate(Math.toRadians(7), x + side / 2.0, y + side / 2.0);
                // The card's white paper around the code.
                card.setColor(new Color(0xf4, 0xf2, 0xec));
                card.fillRect(x - 6 * module, y - 6 * module, side + 12 * module, side + 20 * module);
                card.setColor(new Color(0x1d, 0x1d, 0x22));
                for (int row = 0; row < matrix.getHeight(); row++) {
                    for (int col = 0; col < matrix.getWidth(); col++) {
                        if (matrix.get(col, row)) {
                            card.fillRect(x + col * module, y + row * module, module, module);
                        }
                    }
                }
                card.dispose();
            }
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(photo, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A phone-sized JPEG (3000x2000) of the card with this code. */
    public static byte[] of(String text) {
        return of(text, 3000, 2000, 14, "jpg");
    }
}
