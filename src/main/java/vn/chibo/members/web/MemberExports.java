package vn.chibo.members.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.chibo.members.MemberQuery;
import vn.chibo.members.MemberSearch;
import vn.chibo.platform.CurrentUser;

/** Writes a filtered member list as a download, for the pages and the API alike. */
@Component
class MemberExports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MemberSearch members;
    private final MemberSheets sheets;

    MemberExports(MemberSearch members, MemberSheets sheets) {
        this.members = members;
        this.sheets = sheets;
    }

    void write(CurrentUser user, MemberQuery query, String format, HttpServletResponse response) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        // Checks the scope before the first byte, so that a refusal is a 403/404 and not a broken download.
        members.list(user, query.withPage(0, 1));
        boolean csv = "csv".equals(format);
        response.setContentType(csv ? "text/csv;charset=UTF-8" : XLSX);
        response.setHeader("Content-Disposition", "attachment; filename=\"dang-vien." + (csv ? "csv" : "xlsx") + "\"");
        OutputStream out = response.getOutputStream();
        long[] n = {0};
        if (csv) {
            sheets.csv(
                    out,
                    sheets.exportHeaders(locale),
                    sink -> members.export(user, query, format, m -> sink.accept(sheets.exportRow(++n[0], m, locale))));
        } else {
            sheets.xlsx(
                    out,
                    sheets.exportHeaders(locale),
                    sink -> members.export(user, query, format, m -> sink.accept(sheets.exportRow(++n[0], m, locale))));
        }
        out.flush();
    }
}
