package vn.chibo.documents;

import java.util.List;

/**
 * A ballot (phiếu bầu) as printed for an election (QĐ 190-QĐ/TW Điều 15): the area top left where the convening
 * committee stamps it, the congress, the title and what is elected, the instruction, and the list of names, with
 * agree/disagree columns when the list has no surplus. It stays on one A4 page with 30 names and more: the rows
 * shrink, and a long crossing-out list runs in two columns. Every text is Vietnamese as it will be printed.
 *
 * @param sealArea the body whose seal goes top left, e.g. "ĐẢNG ỦY SỞ GIÁO DỤC VÀ ĐÀO TẠO"
 * @param congress the congress line, e.g. "ĐẠI HỘI CHI BỘ TRƯỜNG THPT NGUYỄN TRÃI LẦN THỨ HAI"
 * @param title "PHIẾU BẦU CỬ"
 * @param subject what is elected, e.g. "Ban Chấp hành Chi bộ nhiệm kỳ 2025–2027"
 * @param instruction how to vote on this ballot
 * @param headers the column headings: number, name, and for an agree/disagree ballot the two boxes
 * @param names the list in ballot order
 */
public record BallotSheet(
        String sealArea,
        String sealLabel,
        String congress,
        String title,
        String subject,
        String instruction,
        List<String> headers,
        List<String> names) {

    public BallotSheet {
        headers = List.copyOf(headers);
        names = List.copyOf(names);
    }

    /** Whether the ballot has the agree and disagree columns. */
    public boolean agreeDisagree() {
        return headers.size() > 2;
    }
}
