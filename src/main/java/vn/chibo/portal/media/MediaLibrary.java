package vn.chibo.portal.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.platform.AuditTrail;
import vn.chibo.platform.CurrentUser;
import vn.chibo.platform.InputText;
import vn.chibo.platform.InvalidInputException;
import vn.chibo.platform.NotFoundException;
import vn.chibo.platform.Permission;
import vn.chibo.portal.ArticleId;
import vn.chibo.portal.ArticleStatus;
import vn.chibo.portal.MediaId;
import vn.chibo.portal.PortalManagement;
import vn.chibo.portal.SiteId;
import vn.chibo.portal.rendering.PageCache;

/**
 * The media library of each site, kept in PostgreSQL so that every application node serves the same files. An upload
 * is recognised by its content, never by its name: PNG, JPEG and GIF images (decoded to prove it, then re-encoded at a
 * few widths for responsive pages), PDF documents and office documents (Word, Excel, PowerPoint and OpenDocument files,
 * recognised by the parts inside their ZIP container). The same file uploaded twice to a site is stored once.
 */
@Service
public class MediaLibrary {

    /** The widths offered to browsers through srcset. */
    public static final List<Integer> WIDTHS = List.of(320, 640, 1280);

    private static final int MAX_PIXELS_SIDE = 10_000;
    /** The most pixels an upload is decoded to (a 2,800 x 2,800 image; 32 MB at four bytes a pixel). */
    static final long MAX_DECODED_PIXELS = 8_000_000;

    private final JdbcClient jdbc;
    private final PortalManagement portal;
    private final AuditTrail audit;
    private final long maxBytes;

    private final PageCache cache;
    private final TransactionTemplate transactions;

    MediaLibrary(
            JdbcClient jdbc,
            PortalManagement portal,
            AuditTrail audit,
            PageCache cache,
            PlatformTransactionManager transactionManager,
            @Value("${chibo.portal.media.max-bytes:10485760}") long maxBytes) {
        this.cache = cache;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.portal = portal;
        this.audit = audit;
        this.maxBytes = maxBytes;
    }

    /** A file of the library as listed for editors. */
    public record MediaItem(
            MediaId id,
            String fileName,
            String contentType,
            Integer width,
            Integer height,
            int sizeBytes,
            String alt,
            String caption,
            Instant uploadedAt) {

        public boolean image() {
            return width != null;
        }
    }

    /** Bytes to send, with their type and a strong validator. */
    public record Content(byte[] bytes, String contentType, String etag, String fileName) {}

    /** A file attached to an article, as listed under it. */
    public record Attachment(MediaId id, String fileName, String contentType, String typeLabel, int sizeBytes) {

        /** The size as readers read it: "350 KB", "2,4 MB". */
        public String size() {
            if (sizeBytes < 1024 * 1024) {
                return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
            }
            return String.format(java.util.Locale.forLanguageTag("vi"), "%.1f MB", sizeBytes / (1024.0 * 1024));
        }
    }

    /** Refuses a file larger than the library takes, before its bytes are read into memory. */
    public void checkSize(long bytes) {
        if (bytes > maxBytes) {
            throw new InvalidInputException("file", "portal.media.tooLarge", maxBytes / (1024 * 1024));
        }
    }

    /**
     * An upload's outcome: the file's id, whether what identified a person or a place was taken out of the photo (its
     * location, owner, serial numbers, tagged faces), whether its alternative text or caption came from the photo's
     * own description, whether the library held the same file already (nothing new stored), and whether a document's
     * properties named people (its author, last modifier, company, manager) who were taken out.
     */
    public record Uploaded(
            MediaId id,
            boolean identifyingRemoved,
            boolean describedFromPhoto,
            boolean alreadyThere,
            boolean authorsRemoved) {}

    /**
     * Adds a file to the site's library (the same file again gives the one already there). A JPEG photo loses what
     * identifies a person or a place (PhotoMetadata), is turned upright for its smaller copies, and lends its own
     * description as the alternative text and caption the editor left empty.
     */
    @Transactional
    public Uploaded upload(CurrentUser user, SiteId site, String fileName, byte[] bytes, String alt, String caption) {
        portal.require(user, site, Permission.PORTAL_EDIT);
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("file", "portal.media.empty");
        }
        if (bytes.length > maxBytes) {
            throw new InvalidInputException("file", "portal.media.tooLarge", maxBytes / (1024 * 1024));
        }
        String type = detect(bytes);
        if (type == null) {
            throw new InvalidInputException("file", "portal.media.unsupported");
        }
        PhotoMetadata.Cleaned photo = type.equals("image/jpeg") ? PhotoMetadata.clean(bytes) : null;
        DocumentMetadata.Cleaned document = type.startsWith("image/") ? null : DocumentMetadata.clean(type, bytes);
        if (document != null) {
            bytes = document.bytes();
        }
        boolean authorsRemoved = document != null && document.removed();
        boolean described = false;
        if (photo != null) {
            bytes = photo.bytes();
            if (photo.description() != null
                    && (InputText.blankToNull(alt) == null || InputText.blankToNull(caption) == null)) {
                described = true;
                alt = InputText.blankToNull(alt) == null ? photo.description() : alt;
                caption = InputText.blankToNull(caption) == null ? photo.description() : caption;
            }
        }
        String name = cleanName(fileName);
        String sha = sha256(bytes);
        Optional<Long> existing = jdbc.sql("SELECT id FROM portal.media WHERE site_id = :site AND sha256 = :sha")
                .param("site", site.value())
                .param("sha", sha)
                .query(Long.class)
                .optional();
        if (existing.isPresent()) {
            return new Uploaded(MediaId.of(existing.get()), false, false, true, false);
        }
        Decoded image = type.startsWith("image/") ? decode(bytes) : null;
        if (image != null && photo != null && photo.orientation() > 1) {
            // A phone's portrait photo is stored on its side with an orientation the browser applies to the original;
            // its smaller copies, encoded anew without metadata, are turned here, and its size is the one seen.
            boolean turned = photo.orientation() >= 5;
            image = new Decoded(
                    PhotoMetadata.upright(image.pixels(), photo.orientation()),
                    turned ? image.height() : image.width(),
                    turned ? image.width() : image.height());
        }
        long id = jdbc.sql(
                        """
                        INSERT INTO portal.media (site_id, sha256, content_type, file_name, width, height, size_bytes,
                            bytes, alt_text, caption, uploaded_by, upright)
                        VALUES (:site, :sha, :type, :name, :width, :height, :size, :bytes, :alt, :caption, :by, true)
                        RETURNING id
                        """)
                .param("site", site.value())
                .param("sha", sha)
                .param("type", type)
                .param("name", name)
                .param("width", image == null ? null : image.width())
                .param("height", image == null ? null : image.height())
                .param("size", bytes.length)
                .param("bytes", bytes)
                .param("alt", InputText.blankToNull(alt))
                .param("caption", InputText.blankToNull(caption))
                .param("by", user.username())
                .query(Long.class)
                .single();
        if (image != null) {
            storeVariants(id, image, type);
        }
        audit.record(
                user,
                "portal.media.upload",
                "Media",
                id,
                null,
                Map.of(
                        "site",
                        site,
                        "file",
                        name,
                        "type",
                        type,
                        "identifyingRemoved",
                        photo != null && photo.identifyingRemoved(),
                        "describedFromPhoto",
                        described,
                        "authorsRemoved",
                        authorsRemoved));
        return new Uploaded(
                MediaId.of(id), photo != null && photo.identifyingRemoved(), described, false, authorsRemoved);
    }

    /**
     * What cleaning the files uploaded before their cleaning existed did: files looked at, photos that lost what
     * identified a person or a place, photos whose smaller copies were turned upright, documents whose properties lost
     * their people's names, and files left as they were because the cleaned copy is already in the library.
     */
    public record LibraryCleaned(int examined, int photos, int turned, int documents, int duplicates)
            implements java.io.Serializable {}

    /**
     * Cleans the site's files uploaded before ChiBo cleaned uploads (photos' locations, owners, serial numbers and
     * tagged faces; documents' authors), and turns upright the smaller copies of phone photos stored on their side,
     * as an upload now does. Each file in a transaction of its own, so that a large library is never held in memory at
     * once; what is already clean is not written again; each file changed is audited. Running it twice changes
     * nothing the second time.
     */
    public LibraryCleaned cleanEarlierUploads(CurrentUser user, SiteId site) {
        portal.require(user, site, Permission.PORTAL_EDIT);
        List<Long> ids = jdbc.sql(
                        """
                        SELECT id FROM portal.media
                        WHERE site_id = :site AND (content_type = 'image/jpeg' OR content_type NOT LIKE 'image/%')
                        ORDER BY id
                        """)
                .param("site", site.value())
                .query(Long.class)
                .list();
        int photos = 0;
        int turned = 0;
        int documents = 0;
        int duplicates = 0;
        for (long id : ids) {
            Cleaning outcome = transactions.execute(status -> cleanOne(user, id, site));
            if (outcome == null) {
                continue;
            }
            photos += outcome.photo() ? 1 : 0;
            turned += outcome.turned() ? 1 : 0;
            documents += outcome.document() ? 1 : 0;
            duplicates += outcome.duplicate() ? 1 : 0;
        }
        LibraryCleaned result = new LibraryCleaned(ids.size(), photos, turned, documents, duplicates);
        // Cleaning is one editor's act on the library: the counts in the audit, beside each file's own record.
        transactions.executeWithoutResult(
                status -> audit.record(user, "portal.media.cleanLibrary", "Site", site.value(), null, result));
        return result;
    }

    /** What cleaning one file did. */
    private record Cleaning(boolean photo, boolean turned, boolean document, boolean duplicate) {}

    private static final Cleaning NOTHING = new Cleaning(false, false, false, false);

    /** Cleans one file, unless its cleaned copy is in the library already (then it is left as it is). */
    private Cleaning cleanOne(CurrentUser user, long id, SiteId site) {
        record Stored(String type, byte[] bytes, boolean upright) {}
        Stored stored = jdbc.sql("SELECT content_type, bytes, upright FROM portal.media WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getBytes(2), rs.getBoolean(3)))
                .optional()
                .orElse(null);
        if (stored == null) {
            return NOTHING;
        }
        byte[] bytes = stored.bytes();
        boolean removed;
        int orientation = 1;
        if (stored.type().equals("image/jpeg")) {
            PhotoMetadata.Cleaned photo = PhotoMetadata.clean(bytes);
            removed = photo.identifyingRemoved();
            bytes = photo.bytes();
            orientation = photo.orientation();
        } else {
            DocumentMetadata.Cleaned document = DocumentMetadata.clean(stored.type(), bytes);
            removed = document.removed();
            bytes = document.bytes();
        }
        boolean toTurn = orientation > 1 && !stored.upright();
        if (!removed && !toTurn) {
            return NOTHING;
        }
        String sha = sha256(bytes);
        if (removed) {
            boolean duplicate = jdbc.sql("SELECT count(*) FROM portal.media WHERE site_id = :site AND sha256 = :sha"
                                    + " AND id <> :id")
                            .param("site", site.value())
                            .param("sha", sha)
                            .param("id", id)
                            .query(Integer.class)
                            .single()
                    > 0;
            if (duplicate) {
                return new Cleaning(false, false, false, true);
            }
            jdbc.sql("UPDATE portal.media SET bytes = :bytes, sha256 = :sha, size_bytes = :size WHERE id = :id")
                    .param("bytes", bytes)
                    .param("sha", sha)
                    .param("size", bytes.length)
                    .param("id", id)
                    .update();
        }
        boolean turned = false;
        if (toTurn) {
            Decoded image;
            try {
                image = decode(bytes);
            } catch (InvalidInputException e) {
                image = null;
            }
            if (image != null) {
                // The copies made before uploads were turned lay on their side: made again from the original, upright.
                boolean sideways = orientation >= 5;
                Decoded upright = new Decoded(
                        PhotoMetadata.upright(image.pixels(), orientation),
                        sideways ? image.height() : image.width(),
                        sideways ? image.width() : image.height());
                jdbc.sql("DELETE FROM portal.media_variant WHERE media_id = :id")
                        .param("id", id)
                        .update();
                storeVariants(id, upright, "image/jpeg");
                jdbc.sql("UPDATE portal.media SET width = :w, height = :h, upright = true WHERE id = :id")
                        .param("w", upright.width())
                        .param("h", upright.height())
                        .param("id", id)
                        .update();
                turned = true;
            }
        }
        if (!removed && !turned) {
            return NOTHING;
        }
        audit.record(
                user,
                "portal.media.clean",
                "Media",
                id,
                null,
                Map.of("identifyingRemoved", removed, "turnedUpright", turned));
        boolean photo = stored.type().equals("image/jpeg");
        return new Cleaning(removed && photo, turned, removed && !photo, false);
    }

    @Transactional(readOnly = true)
    public List<MediaItem> list(CurrentUser user, SiteId site) {
        portal.require(user, site, Permission.PORTAL_EDIT);
        return jdbc.sql("SELECT id, file_name, content_type, width, height, size_bytes, alt_text, caption, uploaded_at"
                        + " FROM portal.media WHERE site_id = :site ORDER BY uploaded_at DESC, id DESC")
                .param("site", site.value())
                .query((rs, n) -> new MediaItem(
                        MediaId.of(rs.getLong("id")),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        (Integer) rs.getObject("width"),
                        (Integer) rs.getObject("height"),
                        rs.getInt("size_bytes"),
                        rs.getString("alt_text"),
                        rs.getString("caption"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    /** The file, or its variant of the smallest width at least {@code width} (the original when none is). */
    @Transactional(readOnly = true)
    public Optional<Content> content(MediaId id, Integer width) {
        if (width != null) {
            Optional<Content> variant = jdbc.sql("SELECT v.bytes, v.content_type, m.sha256 || '-' || v.width AS etag"
                            + " FROM portal.media_variant v JOIN portal.media m ON m.id = v.media_id"
                            + " WHERE v.media_id = :id AND v.width >= :width ORDER BY v.width LIMIT 1")
                    .param("id", id.value())
                    .param("width", width)
                    .query((rs, n) ->
                            new Content(rs.getBytes("bytes"), rs.getString("content_type"), rs.getString("etag"), null))
                    .optional();
            if (variant.isPresent()) {
                return variant;
            }
        }
        return jdbc.sql("SELECT bytes, content_type, sha256, file_name FROM portal.media WHERE id = :id")
                .param("id", id.value())
                .query((rs, n) -> new Content(
                        rs.getBytes("bytes"),
                        rs.getString("content_type"),
                        rs.getString("sha256"),
                        rs.getString("file_name")))
                .optional();
    }

    // ---- attachments ------------------------------------------------------------------------------------------

    /** Refuses (403, or 404 outside her sites) a user who may not change the article's files in its present state. */
    @Transactional
    public void requireChangeable(CurrentUser user, ArticleId article) {
        articleSite(user, article);
    }

    /**
     * Uploads a document to the article's site and attaches it to the article, all or nothing; the article's state is
     * checked first (see {@link #attach}), so that a refused change stores no file either.
     */
    @Transactional
    public MediaId attachNew(CurrentUser user, ArticleId article, String fileName, byte[] bytes) {
        ArticleSite a = articleSite(user, article);
        MediaId uploaded = upload(user, a.site(), fileName, bytes, null, null).id();
        attach(user, article, uploaded);
        return uploaded;
    }

    /**
     * Attaches a document of the article's site to the article, with the permission the article's state asks for a
     * change: editors of that site for a draft, its editor-in-chief once submitted or public.
     */
    @Transactional
    public void attach(CurrentUser user, ArticleId article, MediaId file) {
        ArticleSite a = articleSite(user, article);
        String type = jdbc.sql("SELECT content_type FROM portal.media WHERE id = :id AND site_id = :site")
                .param("id", file.value())
                .param("site", a.site().value())
                .query(String.class)
                .optional()
                .orElseThrow(() -> new InvalidInputException("file", "portal.attachment.unknown"));
        if (!document(type)) {
            throw new InvalidInputException("file", "portal.attachment.notDocument");
        }
        jdbc.sql(
                        """
                        INSERT INTO portal.article_attachment (article_id, media_id, position)
                        SELECT :article, :media, coalesce(max(position), 0) + 1
                        FROM portal.article_attachment WHERE article_id = :article
                        ON CONFLICT DO NOTHING
                        """)
                .param("article", article.value())
                .param("media", file.value())
                .update();
        audit.record(user, "portal.attachment.add", "Article", article.value(), null, Map.of("media", file));
        if (a.published()) {
            cache.changed(a.site());
        }
    }

    /** Removes an attachment from the article (the file stays in the library). */
    @Transactional
    public void detach(CurrentUser user, ArticleId article, MediaId file) {
        ArticleSite a = articleSite(user, article);
        int removed = jdbc.sql(
                        "DELETE FROM portal.article_attachment WHERE article_id = :article AND media_id = :media")
                .param("article", article.value())
                .param("media", file.value())
                .update();
        if (removed > 0) {
            audit.record(user, "portal.attachment.remove", "Article", article.value(), Map.of("media", file), null);
            if (a.published()) {
                cache.changed(a.site());
            }
        }
    }

    /** The files attached to an article, in the order they were attached. */
    @Transactional(readOnly = true)
    public List<Attachment> attachments(ArticleId article) {
        return jdbc.sql(
                        """
                        SELECT m.id, m.file_name, m.content_type, m.size_bytes FROM portal.article_attachment aa
                        JOIN portal.media m ON m.id = aa.media_id WHERE aa.article_id = :article
                        ORDER BY aa.position, m.id
                        """)
                .param("article", article.value())
                .query((rs, n) -> new Attachment(
                        MediaId.of(rs.getLong("id")),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        OfficeDocuments.label(rs.getString("content_type")),
                        rs.getInt("size_bytes")))
                .list();
    }

    private record ArticleSite(SiteId site, ArticleStatus status) {

        boolean published() {
            return status.isPublic();
        }
    }

    /**
     * The article's site, once the user is found to hold what the article's state asks of a change to it, as for its
     * text: an editor changes the files of her drafts, only the editor-in-chief those of a submitted, scheduled or
     * published article, nobody those of an archived one. The row is locked, so that the state cannot change meanwhile.
     */
    private ArticleSite articleSite(CurrentUser user, ArticleId article) {
        ArticleSite a = jdbc.sql("SELECT site_id, status FROM portal.article WHERE id = :id FOR UPDATE")
                .param("id", article.value())
                .query((rs, n) -> new ArticleSite(
                        SiteId.of(rs.getLong("site_id")), ArticleStatus.valueOf(rs.getString("status"))))
                .optional()
                .orElseThrow(() -> new NotFoundException("Article", article));
        portal.require(user, a.site(), Permission.PORTAL_EDIT);
        Permission needed = a.status().editPermission();
        if (needed == null) {
            throw new InvalidInputException("status", "portal.article.archived");
        }
        portal.require(user, a.site(), needed);
        return a;
    }

    /**
     * Whether anyone may fetch the file: it is shown by a published article. A file uploaded for a draft stays
     * private until then, like the draft.
     */
    @Transactional(readOnly = true)
    public boolean isPublic(MediaId id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM portal.article_media am JOIN portal.article a"
                        + " ON a.id = am.article_id WHERE am.media_id = :id AND a.status = 'PUBLISHED')"
                        + " OR EXISTS (SELECT 1 FROM portal.article_attachment aa JOIN portal.article a"
                        + " ON a.id = aa.article_id WHERE aa.media_id = :id AND a.status = 'PUBLISHED')")
                .param("id", id.value())
                .query(Boolean.class)
                .single();
    }

    /** The site a file belongs to. */
    @Transactional(readOnly = true)
    public Optional<SiteId> siteOf(MediaId id) {
        return jdbc.sql("SELECT site_id FROM portal.media WHERE id = :id")
                .param("id", id.value())
                .query(Long.class)
                .optional()
                .map(SiteId::of);
    }

    /** The widths stored for an image, for srcset. */
    @Transactional(readOnly = true)
    public List<Integer> widths(MediaId id) {
        return jdbc.sql("SELECT width FROM portal.media_variant WHERE media_id = :id ORDER BY width")
                .param("id", id.value())
                .query(Integer.class)
                .list();
    }

    /** The type the content proves, or null: the name and the browser's claim are not trusted. */
    static String detect(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "image/gif";
        }
        if (starts(b, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (starts(b, 'P', 'K', 0x03, 0x04)) {
            return OfficeDocuments.detect(b);
        }
        return null;
    }

    /** Whether a type is a document to attach rather than an image to show. */
    public static boolean document(String contentType) {
        return !contentType.startsWith("image/");
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** An image as decoded for its variants (at most {@link #MAX_DECODED_PIXELS}), with its own size. */
    record Decoded(BufferedImage pixels, int width, int height) {}

    static Decoded decode(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InvalidInputException("file", "portal.media.unsupported");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // Refuse a huge canvas before decoding it: a small file can declare gigapixels.
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_PIXELS_SIDE || height > MAX_PIXELS_SIDE) {
                    throw new InvalidInputException("file", "portal.media.tooManyPixels", MAX_PIXELS_SIDE);
                }
                // The variants are at most 1,280 pixels wide: a large photo is decoded one pixel in n each way, so that
                // a 10,000 x 10,000 image takes some 25 MB of memory, not 400.
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.ceil(Math.sqrt((double) width * height / MAX_DECODED_PIXELS));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return new Decoded(reader.read(0, param), width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException("file", "portal.media.unreadable");
        }
    }

    /** The smaller copies offered through srcset, each narrower than the image itself. */
    private void storeVariants(long id, Decoded image, String type) {
        for (int width : WIDTHS) {
            if (width < image.width() && width <= image.pixels().getWidth()) {
                boolean jpeg = type.equals("image/jpeg");
                jdbc.sql("INSERT INTO portal.media_variant (media_id, width, content_type, bytes)"
                                + " VALUES (:id, :width, :type, :bytes)")
                        .param("id", id)
                        .param("width", width)
                        .param("type", jpeg ? "image/jpeg" : "image/png")
                        .param("bytes", resize(image.pixels(), width, jpeg))
                        .update();
            }
        }
    }

    private static byte[] resize(BufferedImage image, int width, boolean jpeg) {
        int height = Math.max(1, Math.round(image.getHeight() * (width / (float) image.getWidth())));
        BufferedImage scaled =
                new BufferedImage(width, height, jpeg ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scaled.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(scaled, jpeg ? "jpg" : "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Could not encode an image variant", e);
        }
    }

    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = name.replaceAll("[\\p{Cntrl}\"<>]", "");
        return name.isEmpty() ? "tep" : name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
