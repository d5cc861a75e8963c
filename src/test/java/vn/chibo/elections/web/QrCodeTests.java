package vn.chibo.elections.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The QR code drawn on a delegate card reads back as the card's code. */
class QrCodeTests {

    private static final Pattern RUN = Pattern.compile("M(\\d+),(\\d+)h(\\d+)v1h-(\\d+)z");

    /** Draws the path's dark modules, scale pixels each, inside the quiet zone, and reads it as a scanner would. */
    static String read(QrCode qr, int scale) throws Exception {
        int side = (qr.size() + 2 * QrCode.QUIET_ZONE) * scale;
        int[] pixels = new int[side * side];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher runs = RUN.matcher(qr.path());
        int drawn = 0;
        while (runs.find()) {
            int x0 = Integer.parseInt(runs.group(1));
            int y = Integer.parseInt(runs.group(2));
            int length = Integer.parseInt(runs.group(3));
            assertThat(runs.group(4)).isEqualTo(runs.group(3));
            for (int x = x0; x < x0 + length; x++) {
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        int px = (x + QrCode.QUIET_ZONE) * scale + dx;
                        int py = (y + QrCode.QUIET_ZONE) * scale + dy;
                        pixels[py * side + px] = 0xFF000000;
                    }
                }
            }
            drawn += runs.group(0).length();
        }
        assertThat(drawn)
                .as("the path is only runs of modules")
                .isEqualTo(qr.path().length());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }

    @Test
    void theCardsQrCodeReadsBackAsItsCode() throws Exception {
        for (String code : new String[] {"K7Q2MX4P", "23456789", "ZZZZHJKM"}) {
            QrCode qr = QrCode.of(code);
            assertThat(qr.size()).isEqualTo(21); // version 1 holds 8 alphanumeric characters at level M
            assertThat(read(qr, 4)).isEqualTo(code);
            assertThat(qr.viewBox()).isEqualTo("-4 -4 29 29");
        }
    }
}
