package vn.chibo.elections.web;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.web.multipart.MultipartFile;
import vn.chibo.platform.InvalidInputException;

/**
 * The code of a delegate card read from a photograph: what a phone's camera at the check-in desk takes of the printed
 * card (or of the card a member shows on her own phone). A phone's photo is large (12 megapixels and more); it is read
 * at most {@value #MAX_PIXELS} pixels (every n-th pixel of each n-th row), which still resolves a card's QR code held
 * at arm's length, and an image claiming more than {@value #MAX_SOURCE_PIXELS} pixels is not read at all.
 */
final class CardPhoto {

    static final int MAX_PIXELS = 4_000_000;
    static final long MAX_SOURCE_PIXELS = 120_000_000L;

    private CardPhoto() {}

    /**
     * What the desk's form or the API sent as field {@code photo}, to be read once the congress is known to be the
     * user's: nothing sent is refused as a missing field, as is a picture of several cards; a file that is no image,
     * or an image without a readable QR code, gives no code.
     */
    static Supplier<Optional<String>> of(MultipartFile photo) {
        return () -> {
            if (photo == null || photo.isEmpty()) {
                throw new InvalidInputException("photo", "validation.required");
            }
            List<String> codes;
            try (InputStream in = photo.getInputStream()) {
                codes = read(in);
            } catch (IOException e) {
                return Optional.empty();
            }
            if (codes.size() > 1) {
                // Several cards in one picture: which one is at the desk is not for the server to guess.
                throw new InvalidInputException("photo", "congress.checkIn.severalCodes", codes.size());
            }
            return codes.stream().findFirst();
        };
    }

    /**
     * The texts of the QR codes in the image (none when it is no image ImageIO reads, JPEG, PNG, GIF or BMP, or has no
     * readable code), each once.
     */
    static List<String> read(InputStream in) throws IOException {
        BufferedImage image = image(in);
        if (image == null) {
            return List.of();
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        Set<String> texts = new LinkedHashSet<>();
        try {
            for (Result result : new QRCodeMultiReader().decodeMultiple(bitmap, hints)) {
                texts.add(result.getText());
            }
        } catch (NotFoundException e) {
            // None found by the finder for several codes: the single reader below tries harder on one.
        }
        if (texts.isEmpty()) {
            try {
                texts.add(new QRCodeReader().decode(bitmap, hints).getText());
            } catch (NotFoundException | ChecksumException | FormatException e) {
                return List.of();
            }
        }
        return List.copyOf(texts);
    }

    private static BufferedImage image(InputStream in) throws IOException {
        try (ImageInputStream stream = ImageIO.createImageInputStream(in)) {
            if (stream == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_SOURCE_PIXELS) {
                    return null;
                }
                int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) pixels / MAX_PIXELS)));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } catch (IOException | RuntimeException e) {
                // A damaged or unusual file (a CMYK JPEG, a truncated upload): no image to read a code from.
                return null;
            } finally {
                reader.dispose();
            }
        }
    }
}
