-- Whether a photo's smaller copies were made turned upright by its EXIF orientation, as every upload has done since
-- the upload learnt to (session 35); false for files stored earlier, whose copies of a phone's portrait photo may lie
-- on their side until the library's cleaning (MediaLibrary.cleanEarlierUploads) makes them again.
ALTER TABLE portal.media ADD COLUMN upright boolean NOT NULL DEFAULT false;
