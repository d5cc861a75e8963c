/** The media library of each site: uploads checked by content, images in responsive sizes, stored in PostgreSQL. */
@org.springframework.modulith.NamedInterface("media")
package vn.chibo.portal.media;
